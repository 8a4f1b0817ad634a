"""Rules on the assembled article (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

from kg.extract import RULE_TABLES, OUTPUT_RULES, Extractor, extract
from kg.document import build_article
from kg.extract.rules import RuleSwitch
from kg.model import ActorKind
from kg.nlp import parse_articles

TEXT = "Peru accused Chile of spying on Monday. The minister spoke in Cusco, where he was visiting a museum."


def _extract(extractor: Extractor, text: str, *disabled: str) -> Any:
    article = build_article({"id": "t", "text": text, "published": "2021-05-04"}, origin="test")
    [(article, paragraphs)] = list(parse_articles(extractor.nlp, [article]))
    switch = RuleSwitch(frozenset(disabled))
    return extract(article, list(paragraphs), extractor, switch), switch


def test_output_rules_are_registered() -> None:
    assert RULE_TABLES["extract.OUTPUT_RULES"] == OUTPUT_RULES


def test_a_place_no_event_or_relation_names_is_no_actor(extractor: Extractor) -> None:
    with_rule, switch = _extract(extractor, TEXT)
    assert switch.fired["idle_places_are_no_actors"] > 0
    names = {a.name for a in with_rule.actors}
    assert "Cusco" not in names and {"Peru", "Chile"} <= names, names
    ids = {a.id for a in with_rule.actors}
    assert all(m.actor_id in ids for m in with_rule.mentions), "no mention points at a dropped place"
    without, _ = _extract(extractor, TEXT, "idle_places_are_no_actors")
    assert any(a.name == "Cusco" and a.kind is ActorKind.LOCATION for a in without.actors)


def test_a_place_acted_on_or_locating_stays_an_actor(extractor: Extractor) -> None:
    located, _ = _extract(extractor, "The journalist is held at Tornby prison in Madrid.")
    assert {"Tornby prison", "Madrid"} <= {a.name for a in located.actors}
