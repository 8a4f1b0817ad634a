"""Office holders coded by their institution take its country too (sentences written for these tests)."""

from __future__ import annotations

from tests.helpers import extract_text as _extract


def test_actors_foreign_spokesperson_takes_the_institutions_country(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "LIMA, Peru — Peru's congress voted to remove the president on Monday.\n\n"
        "Peru will hold new elections in March, the government said.\n\n"
        "Washington is watching closely, State Department spokesperson Dana Whitfield said."
    )
    extraction = _extract(extractor, text)
    person = next(a for a in extraction.actors if a.name == "Dana Whitfield")
    assert (person.country, person.code) == ("USA", "USAGOV")
