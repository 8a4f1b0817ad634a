"""Fixtures of the events-stage tests: extraction with rules switched off, and what each rule fired."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest

from kg.document import build_article
from kg.extract import extract
from kg.extract.rules import RuleSwitch
from kg.model import Extraction
from kg.nlp import parse_articles

#: Extract a test text with the named rules off: (text, *rule names) -> extraction.
ExtractWithout = Callable[..., Extraction]
#: Extract a test text and count what each rule fired: (text, *rules off) -> (extraction, fired).
ExtractFired = Callable[..., tuple[Extraction, Counter[str]]]


@pytest.fixture(scope="session")
def extract_without(extractor: Any) -> ExtractWithout:
    """Extract a text written for a test with some rules switched off (the same loaded pipeline)."""

    def run(text: str, *off: str) -> Extraction:
        return _extract(replace(extractor, disabled=frozenset(off)), text)[0]

    return run


@pytest.fixture(scope="session")
def extract_fired(extractor: Any) -> ExtractFired:
    """Extract a text written for a test and return what each rule fired (rules in ``off`` switched off)."""

    def run(text: str, *off: str) -> tuple[Extraction, Counter[str]]:
        return _extract(extractor, text, frozenset(off))

    return run


def _extract(extractor: Any, text: str, off: frozenset[str] | None = None) -> tuple[Extraction, Counter[str]]:
    article = build_article({"id": "t", "text": text, "published": "2021-05-04"}, origin="test")
    ((parsed_article, paragraphs),) = parse_articles(extractor.nlp, [article])
    switch = RuleSwitch(extractor.disabled if off is None else off)
    return extract(parsed_article, paragraphs, extractor, switch), switch.fired
