"""Relation rules on hand-written sentences: titles, appositions, seats, ownership, structure."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from kg.document import build_article
from kg.model import Extraction
from tests.helpers import extract_text


@pytest.fixture(scope="module")
def run(extractor):  # type: ignore[no-untyped-def]
    from kg.extract import extract_articles

    def _run(text: str) -> set[tuple[str, str, str]]:
        article = build_article({"id": "t", "text": text, "published": "2021-05-04"}, published=dt.date(2021, 5, 4))
        (result,) = list(extract_articles([article], extractor))
        assert isinstance(result, Extraction)
        names = {a.id: a.name for a in result.actors}
        return {(names[r.subject], r.predicate.value, names[r.object]) for r in result.relations}

    return _run


CASES = [
    ("Brazilian President Marco Tavares arrived in Lima on Monday for a two-day visit.", ("Marco Tavares", "leader_of", "Brazil")),
    ("Turkey's foreign minister, Emre Demirci, said the talks would continue.", ("Emre Demirci", "minister_of", "Turkey")),
    ("Norwegian Prime Minister Ingrid Solberg met the delegation in Oslo on Tuesday.", ("Ingrid Solberg", "leader_of", "Norway")),
    ("The official Egyptian news agency MENA said the border was closed.", ("MENA", "owned_by", "Egypt")),
    ("The Kenyan government said on Friday it would appeal.", ("Kenyan government", "part_of", "Kenya")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=["compound-president", "possessive-minister", "compound-pm", "official-agency", "government"])
def test_relations_rules_sentence(run, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    found = run(text)
    assert any(s.startswith(expected[0].split()[0]) and p == expected[1] and o == expected[2] for s, p, o in found), found


def test_relations_rules_bare_title_takes_home_country(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Chilean troops were deployed near the Chilean border town on Sunday, the Chilean government said.\n\n"
        "Defence Minister Pablo Rojas said the deployment would last a week."
    )
    found = run(text)
    assert ("Pablo Rojas", "minister_of", "Chile") in found, found


def test_relations_rules_institute_in_city(run) -> None:  # type: ignore[no-untyped-def]
    found = run("Researchers at the Karolinska Institute in Stockholm published the study on Monday.")
    assert any(p == "located_in" and o == "Stockholm" for _, p, o in found), found


def test_relations_rules_heads_verb(run) -> None:  # type: ignore[no-untyped-def]
    found = run("Omar Khalid, who heads the Popular Front, rejected the proposal on Monday.")
    assert any(s == "Omar Khalid" and p == "leader_of" for s, p, _ in found), found


def test_relations_rules_title_in_coordination(run) -> None:  # type: ignore[no-untyped-def]
    text = "Greek prosecutors are questioning Nikos Pappas, Eleni Vlachou and Finance Minister Kostas Rallis over the contracts."
    found = run(text)
    assert any(s.startswith("Kostas") and p == "minister_of" and o == "Greece" for s, p, o in found), found


def test_relations_rules_bare_title_not_of_another_stated_country(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Polish Prime Minister Adam Nowak opened talks with President Laura Menendez in Madrid on Monday.\n\n"
        "Poland and Spain signed two accords. Polish officials said the Polish government was pleased."
    )
    found = run(text)
    assert not any(s.startswith("Laura") and o == "Poland" for s, _, o in found), found


def test_relations_rules_spouse_is_other(run) -> None:  # type: ignore[no-untyped-def]
    found = run("Senator Paul Grant attended the ceremony with his wife, Anne Grant, on Sunday.")
    assert all(p != "spouse_of" for _, p, _ in found)


def test_plural_apposition_describes_each_conjunct(extractor: Any) -> None:
    text = "Tim Hooke and Kevin Lane, both professors at Cairo University, were released on Monday."
    extraction = extract_text(extractor, text)
    members = {r.subject for r in extraction.relations if r.predicate.value == "member_of" and r.object == "cairo-university"}
    assert members == {"tim-hooke", "kevin-lane"}
