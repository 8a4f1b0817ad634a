"""'The country' is the story's home country when the nearest country was only talked about."""

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
