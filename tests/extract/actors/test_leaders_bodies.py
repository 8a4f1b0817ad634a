"""A leader's government ("the X administration"): coded by the country the article ties the leader to (sentences written for these tests)."""

from __future__ import annotations

from tests.helpers import extract_text as _extract


def test_actors_leader_administration_takes_the_leaders_country(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Brazilian President Carlos Alvarez met farmers in Recife on Monday.\n\n"
        "Congress rejected the Alvarez administration's budget on Friday."
    )
    extraction = _extract(extractor, text)
    body = next(a for a in extraction.actors if a.name == "Alvarez administration")
    assert body.code == "BRAGOV"


def test_actors_leader_administration_of_an_unknown_leader_has_no_country(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "ACCRA, Ghana — Ghana's parliament met on Monday.\n\nAlvarez administration officials declined to comment on the vote."
    extraction = _extract(extractor, text)
    body = next(a for a in extraction.actors if a.name == "Alvarez administration")
    assert body.country is None
    assert body.kind.name == "GOVERNMENT"
    assert not any(r.subject == body.id for r in extraction.relations)  # not a part of the story's country either




def test_actors_acronym_with_a_modifier_is_the_named_organisation(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Members of the ruling National Renewal Front (NRF) walked out on Monday.\n\n"
        "But the conservative NRF still backs the budget."
    )
    extraction = _extract(extractor, text)
    fronts = [a for a in extraction.actors if "NRF" in a.name or any("NRF" in alias for alias in a.aliases)]
    assert len(fronts) == 1


def test_actors_administration_of_a_known_leader_takes_the_leaders_country(extractor) -> None:  # type: ignore[no-untyped-def]
    # No person "Biden" in the text: the dated leaders table says whose leader he was in 2023.
    extraction = _extract(extractor, "Biden administration officials said they were not told in advance.", "2023-05-04")
    body = next(a for a in extraction.actors if a.name == "Biden administration")
    assert (body.country, body.code) == ("USA", "USAGOV")
