"""The screen before reading a noun phrase changes no result: it only skips common nouns no reading takes (sentences written for these tests)."""

from __future__ import annotations

import pytest

from kg.extract.actors import denotation
from kg.extract.actors.screen import may_denote_an_actor
from kg.model import Extraction
from tests.helpers import extract_text

TEXTS = [
    "Troops stormed the village on Tuesday and riot police dispersed the marchers.",
    "A judge rejected the appeal, and the embassy said the report was false.",
    "Extreme right-wingers and thousands of Tamarans marched in the capital.",
    "The Norlandic foreign minister met his counterpart; officials of the ministry signed the agreement.",
    "The Ortega administration said the decision on uranium ore imports was final.",
    "Hundreds of fishermen, students and workers protested against the new law last week.",
    "Gunmen wearing military uniforms attacked a police station; the company denied the allegation.",
    "The state and the party agreed on a ceasefire, the spokesman told the press.",
]


def _key(extraction: Extraction) -> tuple[object, ...]:
    return (extraction.actors, extraction.mentions, extraction.events, extraction.relations)


@pytest.mark.parametrize("text", TEXTS, ids=[t.split()[0].lower() + str(k) for k, t in enumerate(TEXTS)])
def test_screen_changes_no_extraction(extractor, monkeypatch, text: str) -> None:  # type: ignore[no-untyped-def]
    screened = extract_text(extractor, text)
    monkeypatch.setattr(denotation, "may_denote_an_actor", lambda *args: True)
    full = extract_text(extractor, text)
    assert _key(screened) == _key(full)


def test_screen_changes_no_seed_extraction(extractor, seed_article, seed_extraction, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kg.extract import extract_articles

    monkeypatch.setattr(denotation, "may_denote_an_actor", lambda *args: True)
    (full,) = list(extract_articles([seed_article], extractor))
    assert _key(seed_extraction) == _key(full)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The report was false.", "report", False),
        ("They sold uranium ore.", "ore", False),
        ("Troops stormed the village.", "Troops", True),
        ("Later the police arrived.", "police", True),
        ("Later a judge ruled.", "judge", True),
        ("Later the ministry said so.", "ministry", True),
    ],
    ids=["report", "ore", "capitalised", "police", "judge", "ministry"],
)
def test_screen_skips_only_nouns_no_lexicon_knows(extractor, text: str, word: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    head = next(t for t in extractor.nlp(text) if t.text == word)
    assert may_denote_an_actor(head, extractor.gazetteer, extractor.dictionary) is expected
