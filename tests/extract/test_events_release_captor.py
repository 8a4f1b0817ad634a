"""Agentless releases of captives and exchanges (sentences written for these tests)."""

from __future__ import annotations

from kg.model import Extraction
from tests.helpers import extract_text as _extract


def _releases(extraction: Extraction) -> set[tuple[str | None, str | None]]:
    actors = {a.id: a for a in extraction.actors}

    def code(actor_id: str | None) -> str | None:
        actor = actors.get(actor_id or "")
        return None if actor is None else (actor.code or actor.country or "")[:3] or None

    return {(code(e.source), code(e.target)) for e in extraction.events if e.cameo.startswith("084")}


def test_holder_releases_the_captives_it_held(extractor) -> None:  # type: ignore[no-untyped-def]
    x = _extract(extractor, "Three aid workers who had been held by Syrian rebels were released on Friday.")
    assert any(src == "SYR" for src, _ in _releases(x))


def test_counterpart_of_a_swap_is_not_the_released_party(extractor) -> None:  # type: ignore[no-untyped-def]
    x = _extract(extractor, "Two sailors were released on Monday in a prisoner swap for five Iranian officers.")
    assert not any(tgt == "IRN" for _, tgt in _releases(x))
