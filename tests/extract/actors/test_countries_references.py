"""Countries the article settles: "the country" is the story's home when the nearest one was only talked about; a capital acts for the state that held it in the article's year."""

from __future__ import annotations

from typing import Any

from tests.helpers import extract_text

_LAST = " The decree also ordered the country's striking teachers to return to work."


def _country_of_teachers(extractor: Any, first: str) -> str | None:
    text = first + _LAST
    extraction = extract_text(extractor, text)
    start = text.index("country's")
    return next((m.actor_id for m in extraction.mentions if m.span.start == start), None)


def test_a_country_only_talked_about_is_not_the_country(extractor: Any) -> None:
    assert _country_of_teachers(extractor, "Peru's president accused his rivals of siding with Bolivia, its old rival.") == "per"


def test_a_country_that_acts_stays_the_nearest(extractor: Any) -> None:
    assert _country_of_teachers(extractor, "Peru's president accused Bolivia of meddling, and Bolivia denied it.") == "bol"


def test_actors_capital_acts_for_the_state_of_the_articles_year(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = extract_text(extractor, "Moscow rejected the offer on Tuesday, the agency said.", published="1984-05-02")
    event = next(e for e in extraction.events if e.cameo.startswith("12"))
    actor = next(a for a in extraction.actors if a.id == event.source)
    assert actor.country == "SUN"


def test_actors_capital_after_the_state_ended_is_its_successor(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = extract_text(extractor, "Moscow rejected the offer on Tuesday, the agency said.", published="2015-05-02")
    event = next(e for e in extraction.events if e.cameo.startswith("12"))
    actor = next(a for a in extraction.actors if a.id == event.source)
    assert actor.country == "RUS"
