"""Office holders coded by their institution take its country too (sentences written for these tests)."""

from __future__ import annotations

from tests.helpers import extract_text as _extract


def test_actors_foreign_spokesperson_takes_the_institutions_country(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "LIMA, Peru — Peru's congress voted to remove the president on Monday.\n\n"
        "Peru will hold new elections in March, the government said.\n\n"
        "State Department spokesperson Dana Whitfield told reporters that Washington was watching closely."
    )
    extraction = _extract(extractor, text)
    person = next(a for a in extraction.actors if a.name == "Dana Whitfield")
    assert (person.country, person.code) == ("USA", "USAGOV")


def test_actors_name_closed_by_a_known_acronym_is_that_organisation(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "The Bangladeshi News Agency BSS said on Sunday the talks had failed.")
    agency = next(a for a in extraction.actors if "Bangladeshi News Agency BSS" in a.aliases)
    assert agency.id == "bss"
    assert agency.code == "BGDMED"


def test_actors_title_with_an_elided_article_is_a_role(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Chilean Charge d'Affaires Marta Quiroga was called to the foreign ministry on Monday.")
    person = next(a for a in extraction.actors if a.name == "Marta Quiroga")
    assert person.code == "CHLGOV"


def test_actors_minister_of_a_country_is_its_government(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "U.S. Secretary of State Dana Whitfield met the Chilean trade minister in Lima on Friday.")
    person = next(a for a in extraction.actors if a.name == "Dana Whitfield")
    assert person.code == "USAGOV"


def test_actors_foreign_counterpart_is_a_government_official(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Her Peruvian counterpart Luis Zegarra said the border would reopen soon.")
    person = next(a for a in extraction.actors if a.name == "Luis Zegarra")
    assert person.code == "PERGOV"


def test_actors_force_named_in_a_chiefs_title_is_an_actor_he_leads(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Peru army chief Gen Pablo Rojas inspected the border posts on Monday."
    extraction = _extract(extractor, text)
    army = next(a for a in extraction.actors if "Peru army" in a.aliases)
    assert army.code == "PERMIL"
    assert any(r.subject == "pablo-rojas" and r.predicate == "leader_of" and r.object == army.id for r in extraction.relations)


def test_actors_name_described_as_a_newspaper_is_no_person(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Soldiers raided the offices of the opposition newspaper La Tribuna in Managua.")
    paper = next(a for a in extraction.actors if a.name == "La Tribuna")
    assert paper.kind.name != "PERSON"
