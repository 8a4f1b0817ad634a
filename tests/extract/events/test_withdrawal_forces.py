"""Withdrawals: agentless passive withdrawals and withdrawals by an instrument that names no agent (sentences written for these tests)."""

from __future__ import annotations

from tests.helpers import dyads as _dyads
from tests.helpers import extract_text


def test_withdrawn_forces_withdraw_from_the_place(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Two hundred Kenyan peacekeepers were withdrawn from Somalia on Monday.")
    withdrawals = {d for d in _dyads(x) if d[0] in {"08", "16"}}
    assert withdrawals, "the withdrawal is coded"
    assert all(src == "KEN" for _, src, _ in withdrawals)
    assert any(tgt == "SOM" for _, _, tgt in withdrawals)


def test_expelled_forces_are_not_the_doer(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Two hundred Kenyan peacekeepers were expelled from Somalia on Monday.")
    assert not any(src == "KEN" for _, src, _ in _dyads(x))
    assert ("16", None, "KEN") in _dyads(x), "the expelled forces are its target"


def test_frames_law_withdrawing_a_country_makes_it_the_one_leaving(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "The new law withdraws Brazil from the fisheries treaty.")
    assert [(e.source, e.target) for e in x.events if e.cameo.startswith("16")] == [("bra", None)]


def test_frames_named_person_withdrawing_a_country_stays_the_agent(extractor) -> None:  # type: ignore[no-untyped-def]
    # An untyped name is an agent, not an instrument: its object does not leave of itself.
    x = extract_text(extractor, "Lula withdrew Brazil from the fisheries treaty.")
    assert all(e.source != "bra" for e in x.events if e.cameo.startswith("16"))
