"""Canonical names of governments and national bodies built from the gazetteer's demonyms."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from kg.extract.actors.names import government_name, short_country
from tests.helpers import extract_text


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



@pytest.mark.parametrize(
    ("sentence", "iso3"),
    [
        ("The Bank of Norway raised interest rates on Tuesday.", "NOR"),
        ("The Supreme Court of Kenya ordered a new count of the votes.", "KEN"),
        ("The Parliament of Canada voted on the bill on Friday.", "CAN"),
    ],
)
def test_body_named_with_of_its_country_keeps_its_written_name(extractor, sentence: str, iso3: str) -> None:  # type: ignore[no-untyped-def]
    """"The Bank of Norway" is named as written (or with the demonym), never "Norwegian Bank Of"."""
    actors = extract_text(extractor, sentence).actors
    bodies = [a for a in actors if a.code and a.code.startswith(iso3) and a.code != iso3]
    assert bodies, [(a.name, a.code) for a in actors]
    assert not any(a.name.endswith(" Of") or a.name.endswith(" of") for a in actors), [a.name for a in actors]
