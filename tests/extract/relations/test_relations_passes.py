"""Each relation pass: an invented sentence it reads, and the extractor without it (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract import RULE_TABLES
from kg.extract.relations import MENTION_READINGS, OFFICE_PASSES, RELATION_PASSES, STRUCTURE_PASSES, unknown_name_read_as_person
from kg.extract.rules import rule_name
from kg.model import Actor, ActorKind, RelationKind
from kg.extract.words import word_map

# rule, text, the relation it adds, other rules that would find it too (switched off with it)
CASES = [
    ("title_before_name_gives_office", "Brazilian President Marco Tavares arrived in Lima on Monday for a two-day visit.",
     ("Marco Tavares", "leader_of", "Brazil"), ("title_read_left_of_name_gives_office",)),
    ("title_read_left_of_name_gives_office", "Brazilian President Marco Tavares arrived in Lima on Monday for a two-day visit.",
     ("Marco Tavares", "leader_of", "Brazil"), ("title_before_name_gives_office",)),
    ("apposition_title_gives_office", "Emre Demirci, the foreign minister of Turkey, said the talks would continue.",
     ("Emre Demirci", "minister_of", "Turkey"), ()),
    ("shared_apposition_gives_each_conjunct_office", "Tim Hooke and Kevin Lane, both professors at Cairo University, were released on Monday.",
     ("Kevin Lane", "member_of", "Cairo University"), ()),
    ("copula_title_gives_office", "Emre Demirci is the foreign minister of Turkey.", ("Emre Demirci", "minister_of", "Turkey"), ()),
    ("lead_verb_gives_leader", "Omar Khalid, who heads the Popular Front, rejected the proposal on Monday.",
     ("Omar Khalid", "leader_of", "Popular Front"), ()),
    ("spouse_gives_other_relation", "Senator Paul Grant attended the ceremony with his wife, Anne Grant, on Sunday.",
     ("Anne Grant", "other", "Paul Grant"), ()),
    ("country_modifier_gives_seat", "The Chilean firm Andes Copper said on Monday it would expand.", ("Andes Copper", "located_in", "Chile"), ()),
    ("state_marker_gives_state_owner", "The official Egyptian news agency MENA said the border was closed.", ("MENA", "owned_by", "Egypt"), ()),
    ("named_place_gives_location", "Researchers at the Karolinska Institute in Stockholm published the study on Monday.",
     ("Karolinska Institute", "located_in", "Stockholm"), ()),
    ("city_before_a_state_body_locates_it", "Lyon police said on Monday that two men were arrested.",
     ("French Police", "located_in", "Lyon"), ()),
    ("backer_before_a_group_is_its_ally", "The Iran-backed Houthis attacked a ship in the Red Sea on Monday.",
     ("Houthis", "affiliated_with", "Iran"), ()),
    ("affiliation_phrase_gives_affiliation", "Kataib Hezbollah, affiliated with Iran, attacked the base on Monday.",
     ("Kataib Hezbollah", "affiliated_with", "Iran"), ()),
    ("member_noun_gives_membership", "Chile is a member of the Pacific Alliance.", ("Chile", "member_of", "Pacific Alliance"), ()),
    ("person_of_a_body_is_member", "Tom Harlow of the World Health Organization criticised the plan on Monday.",
     ("Tom Harlow", "member_of", "World Health Organization"), ()),
    ("counterpart_holds_same_office", "French President Anne Moreau met Karl Weber, her German counterpart, on Monday.",
     ("Karl Weber", "leader_of", "Germany"), ()),
    ("bare_title_holds_home_office",
     "Chilean troops were deployed near the border on Sunday, the Chilean government said. Defence Minister Pablo Rojas said the deployment would last a week.",
     ("Pablo Rojas", "minister_of", "Chile"), ()),
    ("state_body_part_of_its_state", "The Kenyan government said on Friday it would appeal.", ("Kenyan government", "part_of", "Kenya"), ()),
    ("unplaced_state_body_part_of_home", "Kenya's Interior Ministry said on Monday that the Customs Service seized drugs.",
     ("Customs Service", "part_of", "Kenya"), ()),
    ("international_body_part_of_parent", "The UN Security Council met on Monday.", ("United Nations Security Council", "part_of", "United Nations"), ()),
    ("body_named_after_place_located_there", "The Lima Security Bureau arrested two men in Lima on Monday.",
     ("Lima Security Bureau", "located_in", "Lima"), ()),
]


@pytest.mark.parametrize(("rule", "text", "relation", "alternatives"), CASES, ids=[c[0] for c in CASES])
def test_relations_pass_adds_its_relation_and_only_it(relations_of: Any, rule: str, text: str, relation: tuple[str, str, str], alternatives: tuple[str, ...]) -> None:
    found, fired = relations_of(text, disabled=alternatives)
    assert relation in found, found
    assert fired[rule] >= 1, fired
    without, fired_without = relations_of(text, disabled=(rule, *alternatives))
    assert relation not in without, without
    assert rule not in fired_without
    # Nothing else is lost: the pass is independent of the others.
    assert without >= found - {relation} - _derived(found, relation), (found, without)


def _derived(found: set[tuple[str, str, str]], relation: tuple[str, str, str]) -> set[tuple[str, str, str]]:
    """Relations other passes derive from ``relation`` (a counterpart's office from the office it mirrors)."""
    return {r for r in found if r[1] == relation[1] and r[0] != relation[0]}


def test_relations_every_pass_has_a_case() -> None:
    tested = {c[0] for c in CASES}
    passes = {rule_name(r) for r in (*RELATION_PASSES, *OFFICE_PASSES, *STRUCTURE_PASSES)}
    assert passes == tested


def test_relations_tables_are_registered() -> None:
    for table in (MENTION_READINGS, RELATION_PASSES, OFFICE_PASSES, STRUCTURE_PASSES):
        assert table in RULE_TABLES.values()


def test_relations_unknown_name_read_as_person(extractor: Any) -> None:
    gazetteer = extractor.gazetteer
    unknown = Actor("zarvek-ostrin", "Zarvek Ostrin", ActorKind.LOCATION, None, None, None, ())
    known = Actor("nairobi", "Nairobi", ActorKind.LOCATION, None, None, None, ())
    placed = Actor("zarvek", "Zarvek", ActorKind.LOCATION, "CHE", None, None, ())
    assert unknown_name_read_as_person(unknown, gazetteer)
    assert not unknown_name_read_as_person(known, gazetteer)
    assert not unknown_name_read_as_person(placed, gazetteer)


def test_relations_member_nouns_name_relation_kinds() -> None:
    kinds = {RelationKind(v) for v in word_map("member_noun_relations").values()}
    assert RelationKind.MEMBER_OF in kinds and RelationKind.PART_OF in kinds


def test_relations_a_person_of_a_country_is_no_member(relations_of: Any) -> None:
    # "of Chile" says where she is from, not what she belongs to.
    found, fired = relations_of("Ann Price of Chile criticised the plan on Monday.")
    assert not any(r[1] == "member_of" for r in found), found
    assert "person_of_a_body_is_member" not in fired


def test_relations_a_count_of_people_is_no_state_body(relations_of: Any) -> None:
    # "12 soldiers" are the people killed, not a body of the home state.
    found, _ = relations_of("LIMA (Reuters) - Peruvian police said on Monday that 12 soldiers were killed near the border.")
    assert not any(s == "12 soldiers" for s, _, _ in found), found
