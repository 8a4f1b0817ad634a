"""Seats, owners, places and state structure of organisations and bodies (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

CASES = [
    ("The official Egyptian news agency MENA said the border was closed.", ("MENA", "owned_by", "Egypt")),
    ("The Kenyan government said on Friday it would appeal.", ("Kenyan government", "part_of", "Kenya")),
    ("Researchers at the Karolinska Institute in Stockholm published the study on Monday.", ("Karolinska Institute", "located_in", "Stockholm")),
    ("The Chilean firm Andes Copper said on Monday it would expand.", ("Andes Copper", "located_in", "Chile")),
    ("The government-controlled Syrian Arab News Agency said the road was open.", ("Syrian Arab News Agency", "owned_by", "Syria")),
    ("The state-run Korean Central News Agency said the test was a success.", ("Korean Central News Agency", "owned_by", "North Korea")),
    ("Turkey, a NATO member, bought Russian missiles.", ("Turkey", "member_of", "North Atlantic Treaty Organization")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=["official-agency", "government", "institute-in-city", "firm-seat", "hyphened-marker", "coded-owner", "member-noun-modifier"])
def test_organizations_relation_of_a_body(relations_of: Any, text: str, expected: tuple[str, str, str]) -> None:
    found, _ = relations_of(text)
    assert expected in found, found
