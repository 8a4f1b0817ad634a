"""A nationality used as a singular noun names one civilian of that country."""

from __future__ import annotations

from typing import Any

from tests.helpers import dyads, extract_text


def test_kidnapped_national_is_a_civilian_of_the_country(extractor: Any) -> None:
    result = extract_text(extractor, "Gunmen kidnapped an American in Accra on Monday.")
    person = next(a for a in result.actors if a.name == "American")
    assert (person.kind.value, person.code) == ("PERSON", "USACVL")
    assert ("18", "GHA", "USA") in dyads(result)


def test_a_nationality_adjective_is_no_person(extractor: Any) -> None:
    result = extract_text(extractor, "The Kuwaiti response to the plan was swift.")
    assert all(a.kind.value != "PERSON" for a in result.actors)


def test_a_nationality_in_apposition_only_describes(extractor: Any) -> None:
    result = extract_text(extractor, "Two hostages — a Canadian and a Norwegian — were freed by kidnappers on Monday.")
    assert not any(a.name in {"Canadian", "Norwegian"} for a in result.actors)
