"""Clauses that only date an act name no target of it (sentences written for these tests)."""

from __future__ import annotations

from tests.helpers import extract_text


def test_frames_since_clause_is_not_searched_for_a_target(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Erdogan has threatened to quit the pact since the invasion of Cyprus began.")
    threats = [e for e in x.events if e.cameo.startswith("13")]
    assert threats and all(e.target is None for e in threats)


def test_frames_after_clause_is_not_searched_for_a_target(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "The Peruvian minister demanded new elections after a court in Greece cleared him.")
    demands = [e for e in x.events if e.cameo.startswith("10")]
    assert demands and all(e.target is None for e in demands)


def test_frames_time_on_participle_of_agent_dates_the_act(extractor) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    x = extract_text(extractor, "Two engineers were kidnapped by gunmen wearing police uniforms in northern Mali in March 2019.")
    kidnaps = [e for e in x.events if e.cameo.startswith("18")]
    assert kidnaps and kidnaps[0].time.earliest == dt.date(2019, 3, 1)


def test_frames_since_on_participle_dates_only_the_state(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Syrian police arrested two activists living in Homs since 2015.")
    arrests = [e for e in x.events if e.cameo.startswith("17")]
    assert arrests and all(e.time.earliest is None or e.time.earliest.year != 2015 for e in arrests)
