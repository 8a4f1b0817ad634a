"""Canonical names of governments and national bodies built from the gazetteer's demonyms."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from kg.extract.actors.names import government_name, short_country


@pytest.mark.parametrize(
    ("name", "demonyms", "expected"),
    [
        ("New Zealand", ["New Zealander", "New Zealanders", "Kiwi"], "New Zealand government"),
        ("Israel", ["Israeli", "Israelis"], "Israeli government"),
        ("Iraq", ["Iraqi", "Iraqis"], "Iraqi government"),
        ("Norland", [], "Norland government"),
    ],
)
def test_government_name_uses_the_adjective_not_a_persons_noun(name: str, demonyms: list[str], expected: str) -> None:
    entry = SimpleNamespace(name=name, demonyms=demonyms, aliases=[])
    assert government_name(entry) == expected


def test_short_country_of_a_body_is_no_persons_noun() -> None:
    entry = SimpleNamespace(name="Iceland", demonyms=["Icelander", "Icelanders"], aliases=[])
    assert short_country(entry) == "Iceland"
    entry = SimpleNamespace(name="Iraq", demonyms=["Iraqi", "Iraqis"], aliases=[])
    assert short_country(entry) == "Iraqi"
