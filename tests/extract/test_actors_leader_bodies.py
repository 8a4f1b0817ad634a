"""A leader's government ("the X administration"): coded by the country the article ties the leader to (sentences written for these tests)."""

from __future__ import annotations

from tests.helpers import extract_text as _extract


def test_actors_leader_administration_takes_the_leaders_country(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Brazilian President Carlos Alvarez met farmers in Recife on Monday.\n\n"
        "Critics said the plan went against the Alvarez administration's promise to cut spending."
    )
    extraction = _extract(extractor, text)
    body = next(a for a in extraction.actors if a.name == "Alvarez administration")
    assert body.code == "BRAGOV"


def test_actors_leader_administration_of_an_unknown_leader_has_no_country(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "ACCRA, Ghana — Ghana's parliament met on Monday.\n\nAlvarez administration officials said they were not consulted."
    extraction = _extract(extractor, text)
    body = next(a for a in extraction.actors if a.name == "Alvarez administration")
    assert body.country is None
