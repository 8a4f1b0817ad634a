"""Agentless passive withdrawals (sentences written for these tests)."""

from __future__ import annotations

from kg.model import Extraction
from tests.helpers import extract_text as _extract


def _dyads(extraction: Extraction) -> set[tuple[str, str | None, str | None]]:
    actors = {a.id: a for a in extraction.actors}

    def code(actor_id: str | None) -> str | None:
        actor = actors.get(actor_id or "")
        return None if actor is None else (actor.code or actor.country)

    return {(e.cameo[:2], (code(e.source) or "")[:3] or None, (code(e.target) or "")[:3] or None) for e in extraction.events}


def test_withdrawn_forces_withdraw_from_the_place(extractor) -> None:  # type: ignore[no-untyped-def]
    x = _extract(extractor, "Two hundred Kenyan peacekeepers were withdrawn from Somalia on Monday.")
    withdrawals = {d for d in _dyads(x) if d[0] in {"08", "16"}}
    assert withdrawals, "the withdrawal is coded"
    assert all(src == "KEN" for _, src, _ in withdrawals)
    assert any(tgt == "SOM" for _, _, tgt in withdrawals)


def test_expelled_forces_are_not_the_doer(extractor) -> None:  # type: ignore[no-untyped-def]
    x = _extract(extractor, "Two hundred Kenyan peacekeepers were expelled from Somalia on Monday.")
    assert not any(src == "KEN" for _, src, _ in _dyads(x))
