"""States of an article's year: a capital acts for the state that held it then (sentences written for these tests)."""

from __future__ import annotations

from tests.helpers import extract_text as _extract


def test_actors_capital_acts_for_the_state_of_the_articles_year(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Moscow rejected the offer on Tuesday, the agency said.", published="1984-05-02")
    event = next(e for e in extraction.events if e.cameo.startswith("12"))
    actor = next(a for a in extraction.actors if a.id == event.source)
    assert actor.country == "SUN"


def test_actors_capital_after_the_state_ended_is_its_successor(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Moscow rejected the offer on Tuesday, the agency said.", published="2015-05-02")
    event = next(e for e in extraction.events if e.cameo.startswith("12"))
    actor = next(a for a in extraction.actors if a.id == event.source)
    assert actor.country == "RUS"
