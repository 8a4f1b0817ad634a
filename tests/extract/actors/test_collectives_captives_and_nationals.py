"""Captives and nationals: counted or definite hostages are actors a release is about; a nationality as a singular noun is one civilian."""

from __future__ import annotations

from typing import Any

from tests.helpers import dyads, extract_text


def _target_names(extraction: Any, root: str) -> set[str]:
    actors = {a.id: a for a in extraction.actors}
    return {actors[e.target].name for e in extraction.events if e.cameo.startswith(root) and e.target in actors}


def test_counted_prisoners_are_released(extractor: Any) -> None:
    result = extract_text(extractor, "The rebels freed three prisoners on Monday.")
    assert _target_names(result, "084") == {"Three Prisoners"}


def test_definite_hostages_are_released(extractor: Any) -> None:
    result = extract_text(extractor, "The kidnappers released the hostages near the border on Monday.")
    assert _target_names(result, "084") == {"Hostages"}


def test_hostages_with_mixed_nationalities_have_no_country(extractor: Any) -> None:
    text = "Two hostages — a Canadian and a Norwegian — who had been held by the rebels in Mali since 2018 were released Monday."
    result = extract_text(extractor, text)
    group = next(a for a in result.actors if a.name == "Two Hostages")
    assert group.country is None
    assert "Two Hostages" in _target_names(result, "084")




def test_kidnapped_national_is_a_civilian_of_the_country(extractor: Any) -> None:
    result = extract_text(extractor, "Gunmen kidnapped an American in Accra on Monday.")
    person = next(a for a in result.actors if a.name == "American")
    assert (person.kind.value, person.code) == ("PERSON", "USACVL")
    assert ("18", "GHA", "USA") in dyads(result)


def test_a_nationality_adjective_is_no_person(extractor: Any) -> None:
    result = extract_text(extractor, "The Kuwaiti response to the plan was swift.")
    assert [(a.kind.value, a.code) for a in result.actors] == [("COUNTRY", "KWT")]


def test_a_nationality_in_apposition_only_describes(extractor: Any) -> None:
    result = extract_text(extractor, "Two hostages — a Canadian and a Norwegian — were freed by kidnappers on Monday.")
    assert not any(a.name in {"Canadian", "Norwegian"} for a in result.actors)
    assert "Two Hostages" in _target_names(result, "084")
