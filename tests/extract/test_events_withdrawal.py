"""Agentless passive withdrawals (sentences written for these tests)."""

from __future__ import annotations

from tests.helpers import dyads as _dyads
from tests.helpers import extract_text as _extract


def test_withdrawn_forces_withdraw_from_the_place(extractor) -> None:  # type: ignore[no-untyped-def]
    x = _extract(extractor, "Two hundred Kenyan peacekeepers were withdrawn from Somalia on Monday.")
    withdrawals = {d for d in _dyads(x) if d[0] in {"08", "16"}}
    assert withdrawals, "the withdrawal is coded"
    assert all(src == "KEN" for _, src, _ in withdrawals)
    assert any(tgt == "SOM" for _, _, tgt in withdrawals)


def test_expelled_forces_are_not_the_doer(extractor) -> None:  # type: ignore[no-untyped-def]
    x = _extract(extractor, "Two hundred Kenyan peacekeepers were expelled from Somalia on Monday.")
    assert not any(src == "KEN" for _, src, _ in _dyads(x))
