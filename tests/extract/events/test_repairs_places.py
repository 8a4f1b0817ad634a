"""A place acted on stands for its country; a place never speaks (invented sentences, real places)."""

from __future__ import annotations

from typing import Any


def _dyads(extraction: Any) -> list[tuple[str, str | None, str | None]]:
    names = {a.id: a.name for a in extraction.actors}
    return [(e.cameo, names.get(e.source or ""), names.get(e.target or "")) for e in extraction.events]


def test_an_act_aimed_at_a_capital_targets_its_country(extract_without: Any) -> None:
    text = "Kenya recalled its ambassador from Paris on Monday."
    from_paris = extract_without(text)
    assert ("161", "Kenya", "France") in _dyads(from_paris)
    assert any(a.id == "fra" and a.kind.value == "COUNTRY" for a in from_paris.actors), "the country actor is listed"
    assert ("161", "Kenya", "Paris") in _dyads(extract_without(text, "place_stands_for_its_country"))


def test_a_place_is_no_source_of_its_own(extract_without: Any) -> None:
    text = "Rebels shelled Mombasa on Monday. Mombasa said it would seek help from Kenya."
    places = lambda x: {a.id for a in x.actors if a.kind.value == "LOCATION"}  # noqa: E731
    with_rule = extract_without(text)
    assert ("194", "Kenyan Rebels", "Kenya") in _dyads(with_rule)
    assert not any(e.source in places(with_rule) for e in with_rule.events)
    without = extract_without(text, "place_stands_for_its_country")
    assert any(e.source in places(without) for e in without.events)


def test_a_capital_struck_is_its_country_not_its_government(extract_without: Any) -> None:
    # Force falls on the place: the country, not the government the capital stands for when it acts.
    assert ("190", "Russia", "Ukraine") in _dyads(extract_without("Russian missiles hit Kyiv overnight."))
    assert any(t == "Lebanon" for _, _, t in _dyads(extract_without("Israeli airstrikes on Beirut destroyed a bridge.")))
    # The capital that acts, or that a political act aims at, is still its government.
    assert ("120", "Ukrainian government", None) in _dyads(extract_without("Kyiv rejected the proposal."))
    assert ("163", "European Union", "Russian government") in _dyads(extract_without("The EU imposed sanctions on Moscow."))
