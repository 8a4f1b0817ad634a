"""Clauses that only date an act name no target of it (sentences written for these tests)."""

from __future__ import annotations

from tests.helpers import extract_text


def test_frames_since_clause_is_not_searched_for_a_target(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Erdogan has threatened to quit the pact since the invasion of Cyprus began.")
    threats = [e for e in x.events if e.cameo.startswith("13")]
    assert threats and all(e.target is None for e in threats)


def test_frames_after_clause_is_not_searched_for_a_target(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "The minister demanded new elections after a court in Greece cleared him.")
    demands = [e for e in x.events if e.cameo.startswith("10")]
    assert demands and all(e.target is None for e in demands)
