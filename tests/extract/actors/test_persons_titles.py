"""Titled persons: the name and the country its description gives (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

from tests.helpers import extract_text as _extract


def test_actors_counterpart_before_a_name_describes_the_person(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Lee's Chinese counterpart Wang Ming said on Monday that talks would resume.")
    person = next(a for a in extraction.actors if a.name == "Wang Ming")
    assert person.country == "CHN"
    assert not any(a.code == "CHN" and "Chinese" in a.aliases for a in extraction.actors)


def test_actors_title_the_parse_coordinates_still_describes_the_person(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "The visit matters at a time when Shehbaz Sharif and Egypt army chief Gen Mahmoud Hegazy are in Ankara to meet Erdogan."
    extraction = _extract(extractor, text)
    person = next(a for a in extraction.actors if "Hegazy" in a.name)
    assert person.code == "EGYMIL"
    assert any("army chief" in alias for alias in person.aliases)
    assert not any(a.name == "army chief" for a in extraction.actors)


def test_actors_shared_surname_is_the_person_named_last(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Local shopkeeper Anna Park said the vote was a mistake. "
        "Later the president accepted the resignation of his finance minister Park Jin-soo. "
        "Prosecutors are investigating Park over the budget."
    )
    extraction = _extract(extractor, text)
    minister = next(a for a in extraction.actors if a.name == "Park Jin-soo")
    shopkeeper = next(a for a in extraction.actors if a.name == "Anna Park")
    assert "Park" in minister.aliases
    assert "Park" not in shopkeeper.aliases


def test_actors_surname_read_as_date_beside_a_person_is_a_person(nlp, extractor) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Span as SpacySpan

    from kg.extract.actors.spans import surname_read_as_a_date

    doc = nlp("Mary Jones and Paul Weeks arrived.")
    king = [t for t in doc if t.text == "Jones"][0]
    weeks = [t for t in doc if t.text == "Weeks"][0]
    doc.ents = [SpacySpan(doc, king.i - 1, king.i + 1, label="PERSON"), SpacySpan(doc, weeks.i, weeks.i + 1, label="DATE")]
    assert weeks.dep_ == "conj" and weeks.head == king
    person = surname_read_as_a_date(doc.ents[1], extractor.gazetteer)
    assert person is not None and person.label_ == "PERSON"
    doc2 = nlp("Mary Jones met him two weeks ago.")
    assert [e.label_ for e in doc2.ents] == ["PERSON", "DATE"]
    assert all(surname_read_as_a_date(e, extractor.gazetteer) is None for e in doc2.ents)


def test_country_noun_and_pm_title_keep_the_given_name(extractor: Any) -> None:
    extraction = _extract(extractor, "The visiting Kenya PM Imran Otieno met Chinese leaders.")
    person = next(a for a in extraction.actors if a.kind.value == "PERSON")
    assert (person.name, person.code) == ("Imran Otieno", "KENGOV")


def test_title_words_are_still_dropped(extractor: Any) -> None:
    extraction = _extract(extractor, "British Defence Secretary Tom King met Chinese leaders.")
    person = next(a for a in extraction.actors if a.kind.value == "PERSON")
    assert (person.name, person.code) == ("Tom King", "GBRMIL")
