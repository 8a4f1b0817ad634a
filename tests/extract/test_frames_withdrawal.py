"""Withdrawals by an instrument that names no agent (sentences written for these tests)."""

from __future__ import annotations

from tests.helpers import extract_text


def test_frames_law_withdrawing_a_country_makes_it_the_one_leaving(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "The new law withdraws Brazil from the fisheries treaty.")
    assert [(e.source, e.target) for e in x.events if e.cameo.startswith("16")] == [("bra", None)]


def test_frames_named_person_withdrawing_a_country_stays_the_agent(extractor) -> None:  # type: ignore[no-untyped-def]
    # An untyped name is an agent, not an instrument: its object does not leave of itself.
    x = extract_text(extractor, "Lula withdrew Brazil from the fisheries treaty.")
    assert all(e.source != "bra" for e in x.events if e.cameo.startswith("16"))
