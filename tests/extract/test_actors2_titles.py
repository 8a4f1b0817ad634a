"""Titled persons: a given name the tagger left out of the entity stays part of the name."""

from __future__ import annotations

from typing import Any

from tests.helpers import extract_text


def test_country_noun_and_pm_title_keep_the_given_name(extractor: Any) -> None:
    extraction = extract_text(extractor, "The visiting Kenya PM Imran Otieno met Chinese leaders.")
    person = next(a for a in extraction.actors if a.kind.value == "PERSON")
    assert (person.name, person.code) == ("Imran Otieno", "KENGOV")


def test_title_words_are_still_dropped(extractor: Any) -> None:
    extraction = extract_text(extractor, "British Defence Secretary Tom King met Chinese leaders.")
    person = next(a for a in extraction.actors if a.kind.value == "PERSON")
    assert (person.name, person.code) == ("Tom King", "GBRMIL")
