"""Actor codes of titled people and collectives (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text as _extract




@pytest.mark.parametrize(
    ("text", "alias", "code"),
    [
        ("Chilean President Marta Solis visited Lima on Monday.", "Marta Solis", "CHLGOV"),
        ("The Kenyan foreign minister met the delegation on Monday.", "Kenyan", "KENGOV"),
        ("Afghan rebel leaders said on Monday they would meet the envoy.", "rebel", "AFGREB"),
    ],
    ids=["nationality-title", "unnamed-office-holder", "group-role"],
)
def test_actors_titled_person_coded_by_country_and_role(extractor, text: str, alias: str, code: str) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, text)
    person = next(a for a in extraction.actors if alias in a.name)
    assert person.code == code


def test_actors_surname_inherits_title_code(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Chilean President Marta Solis signed the decree. Solis said it was needed.")
    person = next(a for a in extraction.actors if "Solis" in a.name)
    assert person.code == "CHLGOV"
    assert person.name == "Marta Solis"


def test_actors_unnamed_collective(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Angry protesters blocked the main road on Monday.")
    assert any(a.name.lower().endswith("protesters") for a in extraction.actors)


def test_actors_title_naming_a_two_word_organization(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Arab League Secretary General Omar Haddad arrived in Cairo on Monday.")
    person = next(a for a in extraction.actors if "Haddad" in a.name)
    assert person.code is not None and person.code.startswith("IGO")


def test_actors_title_without_nationality_takes_the_story_country(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "President Marta Solis imposed a curfew in Chile on Monday.")
    person = next(a for a in extraction.actors if "Solis" in a.name)
    assert person.code == "CHLGOV"


def test_actors_militants_coded_as_rebels(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Somali militants attacked a convoy on Monday.")
    codes = {a.code for a in extraction.actors}
    assert "SOMREB" in codes


def test_actors_counted_nationals_are_a_people(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Chile deported 40 Peruvians on Monday.")
    people = next(a for a in extraction.actors if "Peruvians" in a.name)
    assert people.code == "PERCVL"


def test_actors_military_equipment_is_the_armed_forces_sector(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Chilean warplanes bombed the bridge on Monday.")
    assert any(a.code == "CHLMIL" for a in extraction.actors)


def test_actors_bare_modifier_word_is_not_an_actor(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "A local police source said Peru closed the border on Monday.")
    assert not any(a.name.lower() == "police" for a in extraction.actors)
    assert [a.id for a in extraction.actors] == ["per"]


@pytest.mark.parametrize(
    "text",
    ["Secretary of State Ana Ruiz said Peru would resume the talks."],
    ids=["title-complement"],
)
def test_actors_title_words_are_not_actors(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, text)
    assert not any(a.name in {"State", "intermediate nuclear forces"} for a in extraction.actors)
    assert "per" in {a.id for a in extraction.actors}


def test_actors_youths_with_nationality_are_civilians(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Chilean youths threw stones at the convoy on Monday.")
    assert any(a.code == "CHLCVL" for a in extraction.actors)


@pytest.mark.parametrize(
    ("text", "alias", "code"),
    [
        ("Vice-President Amos Kirui has refused to resign despite pressure from Kenya's courts.", "Amos Kirui", "KENGOV"),
        ("Lt. Gen. Paul Odier stepped down yesterday ahead of Chad's first free vote.", "Paul Odier", "TCDMIL"),
    ],
    ids=["hyphenated-title", "abbreviated-rank"],
)
def test_actors_bare_title_holds_office_in_the_story_country(extractor, text: str, alias: str, code: str) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, text)
    person = next(a for a in extraction.actors if alias in a.name)
    assert person.code == code


@pytest.mark.parametrize(
    ("text", "alias", "code"),
    [
        ("Chad's prime minister, Paul Odier, met the envoy on Monday.", "Paul Odier", "TCDGOV"),
        ("Paul Odier, Chad's prime minister, met the envoy on Monday.", "Paul Odier", "TCDGOV"),
    ],
    ids=["description-first", "description-after"],
)
def test_actors_person_coded_by_description_in_apposition(extractor, text: str, alias: str, code: str) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, text)
    person = next(a for a in extraction.actors if alias in a.name)
    assert person.code == code


def test_actors_misspelt_country_is_the_country(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Pakistan rejected a fresh offer from Afganistan on Monday.")
    assert any(a.code == "AFG" for a in extraction.actors)


@pytest.mark.parametrize(
    ("text", "alias", "code"),
    [
        ("The conservative Democratic Renewal party said it will boycott Chad's first free elections.", "Democratic Renewal", "TCDPTY"),
        ("The main rebel group, Forces for Renewal of Justice (FRJ), demanded that Chad's government resign.", "Forces for Renewal", "TCDREB"),
    ],
    ids=["party", "rebel-group-apposition"],
)
def test_actors_domestic_organisation_acts_in_the_sentence_country(extractor, text: str, alias: str, code: str) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, text)
    org = next(a for a in extraction.actors if alias in a.name)
    assert org.code == code


def test_actors_a_title_of_two_words_is_no_part_of_the_name(extractor) -> None:  # type: ignore[no-untyped-def]
    """"High Commissioner" before a name the tagger tagged alone is the title, not the person's first names."""
    extraction = _extract(extractor, "Kenya recalled High Commissioner Maria Otieno from Kampala on Monday.")
    assert any(a.name == "Maria Otieno" for a in extraction.actors), [a.name for a in extraction.actors]
