"""Fixtures of the relations tests: run the extractor on an invented text with some rules off."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

import pytest

from kg.document import build_article
from kg.extract import extract
from kg.extract.rules import RuleSwitch
from kg.nlp import parse_articles

Triples = set[tuple[str, str, str]]


@pytest.fixture(scope="session")
def relations_of(extractor: Any) -> Callable[..., tuple[Triples, Counter[str]]]:
    """``relations_of(text, disabled=())``: the (subject name, predicate, object name) triples found, and the rules that fired."""

    def run(text: str, disabled: Iterable[str] = ()) -> tuple[Triples, Counter[str]]:
        article = build_article({"id": "t", "text": text, "published": "2021-05-04"}, origin="test")
        ((parsed_article, paragraphs),) = list(parse_articles(extractor.nlp, [article]))
        switch = RuleSwitch(frozenset(disabled))
        result = extract(parsed_article, paragraphs, extractor, switch)
        names = {a.id: a.name for a in result.actors}
        return {(names[r.subject], r.predicate.value, names[r.object]) for r in result.relations}, switch.fired

    return run
