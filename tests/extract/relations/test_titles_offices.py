"""Offices from titles next to names: premodifiers, appositions, "who heads", bare titles (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers import extract_text

CASES = [
    ("Brazilian President Marco Tavares arrived in Lima on Monday for a two-day visit.", ("Marco Tavares", "leader_of", "Brazil")),
    ("Turkey's foreign minister, Emre Demirci, said the talks would continue.", ("Emre Demirci", "minister_of", "Turkey")),
    ("Norwegian Prime Minister Ingrid Solberg met the delegation in Oslo on Tuesday.", ("Ingrid Solberg", "leader_of", "Norway")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=["compound-president", "possessive-minister", "compound-pm"])
def test_titles_office_of_a_titled_name(relations_of: Any, text: str, expected: tuple[str, str, str]) -> None:
    found, _ = relations_of(text)
    assert any(s.startswith(expected[0].split()[0]) and p == expected[1] and o == expected[2] for s, p, o in found), found


def test_titles_bare_title_takes_home_country(relations_of: Any) -> None:
    text = (
        "Chilean troops were deployed near the Chilean border town on Sunday, the Chilean government said.\n\n"
        "Defence Minister Pablo Rojas said the deployment would last a week."
    )
    found, _ = relations_of(text)
    assert ("Pablo Rojas", "minister_of", "Chile") in found, found


def test_titles_heads_verb(relations_of: Any) -> None:
    found, _ = relations_of("Omar Khalid, who heads the Popular Front, rejected the proposal on Monday.")
    assert any(s == "Omar Khalid" and p == "leader_of" for s, p, _ in found), found


def test_titles_title_in_coordination(relations_of: Any) -> None:
    text = "Greek prosecutors are questioning Nikos Pappas, Eleni Vlachou and Finance Minister Kostas Rallis over the contracts."
    found, _ = relations_of(text)
    assert any(s.startswith("Kostas") and p == "minister_of" and o == "Greece" for s, p, o in found), found


def test_titles_bare_title_not_of_another_stated_country(relations_of: Any) -> None:
    text = (
        "Polish Prime Minister Adam Nowak opened talks with President Laura Menendez in Madrid on Monday.\n\n"
        "Poland and Spain signed two accords. Polish officials said the Polish government was pleased."
    )
    found, _ = relations_of(text)
    assert ("Adam Nowak", "leader_of", "Poland") in found, found
    assert not any(s.startswith("Laura") and o == "Poland" for s, _, o in found), found


def test_titles_plural_apposition_describes_each_conjunct(extractor: Any) -> None:
    text = "Tim Hooke and Kevin Lane, both professors at Cairo University, were released on Monday."
    extraction = extract_text(extractor, text)
    members = {r.subject for r in extraction.relations if r.predicate.value == "member_of" and r.object == "cairo-university"}
    assert members == {"tim-hooke", "kevin-lane"}


def test_titles_envoy_serves_the_sender_not_the_host(relations_of: Any) -> None:
    found, _ = relations_of("Peru's ambassador to Chile, John Smith, met the president on Monday.")
    assert ("John Smith", "other", "Peru") in found, found
    assert not any(o == "Chile" for s, _, o in found if s == "John Smith"), "posted to Chile is no membership of Chile"


def test_titles_envoy_in_a_country_serves_the_sender(relations_of: Any) -> None:
    found, _ = relations_of("John Smith, Iran's charge d'affaires in Kuwait, was summoned on Monday.")
    assert ("John Smith", "other", "Iran") in found, found
    assert not any(o == "Kuwait" for s, _, o in found if s == "John Smith"), "posted in Kuwait is no membership of Kuwait"


def test_titles_high_commissioner_is_an_envoy(relations_of: Any) -> None:
    found, _ = relations_of("John Smith, Canada's high commissioner to Ghana, was recalled on Monday.")
    assert any(s == "John Smith" and p == "other" and o.startswith("Canad") for s, p, o in found), found


def test_titles_body_named_inside_the_complement(relations_of: Any) -> None:
    found, _ = relations_of("John Smith, the leader of the opposition Popular Force party, criticised the government.")
    assert ("John Smith", "leader_of", "Popular Force") in found, found
    found, _ = relations_of("John Smith, the head of Peruvian intelligence, resigned on Monday.")
    assert not any(o == "Peru" and p == "leader_of" for s, p, o in found), "a nationality inside the complement names no body"


@pytest.mark.parametrize("text", ["The Lima-based company Andes Mining said on Monday it would appeal.", "Andes Mining, headquartered in Lima, said on Monday it would appeal."])
def test_organisation_seat_from_based_and_headquartered(relations_of: Any, text: str) -> None:
    found, _ = relations_of(text)
    assert ("Andes Mining", "located_in", "Lima") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "UN Secretary-General Karin Lund urged restraint on Monday.",
        "Karin Lund, the secretary-general of the United Nations, urged restraint on Monday.",
        "Karin Lund, the UN secretary-general, urged restraint on Monday.",
    ],
    ids=["premodifier", "apposition-of", "apposition-premodified"],
)
def test_titles_hyphened_title_is_one_title(relations_of: Any, text: str) -> None:
    """"Secretary-General" is one title (a leader of the UN), not "Secretary" (a minister) and a name "General Karin Lund"."""
    found, _ = relations_of(text)
    assert any(s.startswith("Karin") and p == "leader_of" and o == "United Nations" for s, p, o in found), found
    assert not any(p == "minister_of" for _, p, _ in found), found


def test_titles_second_half_of_a_hyphened_title_is_no_title_of_its_own(relations_of: Any) -> None:
    found, _ = relations_of("Ivo Kral, the vice-president of Peru, resigned on Monday.")
    assert ("Ivo Kral", "member_of", "Peru") in found, found
    assert ("Ivo Kral", "leader_of", "Peru") not in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bolivian opposition leader Ana Quispe said the count was rigged.", ("Ana Quispe", "leader_of", "Bolivian opposition")),
        ("Colombian rebel commander Iván Rojas said the town had fallen.", ("Iván Rojas", "leader_of", "Colombian rebels")),
    ],
    ids=["opposition-leader", "rebel-commander"],
)
def test_titles_group_leader_leads_the_group_not_the_country(relations_of: Any, text: str, expected: tuple[str, str, str]) -> None:
    # The nationality only says whose opposition or rebels they are.
    found, _ = relations_of(text)
    assert expected in found, found
    assert not any(p == "leader_of" and o in {"Bolivia", "Colombia"} for _, p, o in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Former Bolivian President Jorge Mesa was arrested on Wednesday.",
        "Jorge Mesa, the former president of Bolivia, was arrested on Wednesday.",
    ],
    ids=["former-before", "former-apposition"],
)
def test_titles_a_former_holder_leads_nothing_and_is_an_elite(extractor: Any, relations_of: Any, text: str) -> None:
    found, _ = relations_of(text)
    assert not any(p == "leader_of" for _, p, _ in found), found
    person = next(a for a in extract_text(extractor, text, "2023-05-04").actors if a.name == "Jorge Mesa")
    assert person.code == "BOLELI"  # the field's agents code FORMER_PRESIDENT as an elite


def test_titles_bare_title_of_a_placed_person_is_their_own_countrys(relations_of: Any) -> None:
    # The story's home is China; the dictionaries place Tsai Ing-wen in Taiwan on the story's date.
    text = "China held military drills near Taiwan on Monday. President Tsai Ing-wen condemned the drills."
    found, _ = relations_of(text)
    assert ("Tsai Ing-wen", "leader_of", "Taiwan") in found, found
    assert not any(o == "China" for s, _, o in found if s == "Tsai Ing-wen"), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistan's envoy to Kabul, Mansoor Khan, met Taliban officials.", ("Mansoor Khan", "other", "Pakistan")),
        ("A spokesman for the ministry in Kabul, Ali Reza, said.", ("Ali Reza", "spokesperson_of", "Afghan Ministry")),
    ],
    ids=["envoy-to-a-capital", "spokesman-for-a-placed-body"],
)
def test_titles_name_hung_on_a_place_renames_the_title(relations_of: Any, text: str, expected: tuple[str, str, str]) -> None:
    # The parser may make the name an apposition of the place ending the title's complement; a person renames the title.
    found, _ = relations_of(text)
    assert expected in found, found
