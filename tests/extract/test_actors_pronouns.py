"""Pronoun resolution (sentences written for these tests)."""

from __future__ import annotations

from kg.model import Extraction
from tests.helpers import extract_text as _extract




def _actor_of(extraction: Extraction, start: int) -> str | None:
    return next((m.actor_id for m in extraction.mentions if m.span.start <= start < m.span.end), None)


def test_actors_fronted_possessive_points_to_the_subject(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Senator Ruth Adler met the envoy on Monday. Before his speech on Tuesday, Governor Tom Bryce visited the port."
    extraction = _extract(extractor, text)
    assert _actor_of(extraction, text.index("his")) == _actor_of(extraction, text.index("Tom Bryce"))


def test_actors_pronoun_outside_quote_skips_people_named_in_it(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Mayor Dan Ortiz spoke on Friday. “We will never forgive Carl Benson,” he said."
    extraction = _extract(extractor, text)
    assert _actor_of(extraction, text.index("he said")) == _actor_of(extraction, text.index("Dan Ortiz"))
