"""Actor names: a possessor another mention took leaves no "'s" behind."""

from __future__ import annotations

from typing import Any

from kg.extract.actors.names import clean_name
from tests.helpers import extract_text


def test_clean_name_drops_a_leading_possessive_marker() -> None:
    assert clean_name("'s militia allies") == "militia allies"
    assert clean_name("the rebels' leaders") == "rebels' leaders"


def test_group_after_a_possessor_has_a_clean_name(extractor: Any) -> None:
    extraction = extract_text(extractor, "Rebels attacked Chad's militia allies in the north on Monday.")
    names = {a.name for a in extraction.actors}
    assert not any(n.startswith("'") for n in names)
    assert "Militia Allies" in names


def test_hyphenated_modifier_keeps_its_first_part(extractor: Any) -> None:
    extraction = extract_text(extractor, "The government freed three high-ranking insurgents on Monday.")
    names = {a.name for a in extraction.actors}
    assert any("high-ranking insurgents" in n for n in names)
    assert not any(n.startswith("ranking") for n in names)


def test_numbered_legal_provisions_are_no_actors(extractor: Any) -> None:
    extraction = extract_text(extractor, "Kenya scrapped Articles 204 and 19B of its constitution.")
    assert {a.name for a in extraction.actors} == {"Kenya"}


def test_a_leaders_administration_names_the_government_not_the_leader(extractor: Any) -> None:
    text = "Mwangi administration officials said they were not told in advance."
    extraction = extract_text(extractor, text)
    assert [a.kind.value for a in extraction.actors] == ["GOVERNMENT"]


def test_title_case_keeps_a_names_particles_lower_case() -> None:
    from kg.extract.actors.names import title_case

    assert title_case("ministry of health") == "Ministry of Health"
    assert title_case("joint chiefs of staff") == "Joint Chiefs of Staff"
    assert title_case("of mice") == "Of Mice"  # the first word is capitalised whatever it is
    assert title_case("OPEC and IEA") == "OPEC and IEA"


def test_name_tagged_with_its_opening_bracket_ends_before_it(extractor: Any) -> None:
    # The tagger may take "Movement for Democratic Change (MDC" as one name.
    text = "The Movement for Democratic Change (MDC) rejected the results in Harare on Monday."
    names = {a.name for a in extract_text(extractor, text).actors}
    assert not any("(" in n for n in names), names
    assert "Movement for Democratic Change" in names


def test_conjunct_with_its_own_article_is_an_actor_of_its_own(extractor: Any) -> None:
    # "the opposition" is no part of "Peru's government": two actors, each one side of the talks.
    text = "Peru's government and the opposition resumed talks in Quito on Monday."
    extraction = extract_text(extractor, text)
    names = {a.id: a.name for a in extraction.actors}
    sides = {(names.get(e.source), names.get(e.target)) for e in extraction.events}
    assert ("Peruvian government", "Peruvian Opposition") in sides, sides
    assert not any(a.country == "ECU" and a.kind.value == "GOVERNMENT" for a in extraction.actors)
