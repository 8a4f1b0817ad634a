"""Sentence splitting presets and parse repairs: what the parser would get wrong on news copy."""

from __future__ import annotations

from typing import Any

from kg.document import build_article
from kg.nlp import parse_articles


def _sentences(nlp: Any, text: str) -> list[str]:
    article = build_article({"id": "t", "text": text, "published": "2020-01-01"}, origin="test")
    ((_, paragraphs),) = list(parse_articles(nlp, [article]))
    return [article.text[p.offset + s.start_char : p.offset + s.end_char] for p in paragraphs for s in p.doc.sents]


def test_a_spaced_ellipsis_inside_a_quotation_keeps_the_sentence_whole(nlp: Any) -> None:
    text = '"Refiners could be hurt if the . . . import ban on ore were enforced," the brief said. Then it ended.'
    assert _sentences(nlp, text) == ['"Refiners could be hurt if the . . . import ban on ore were enforced," the brief said.', "Then it ended."]


def test_a_capitalised_word_after_a_period_starts_a_sentence(nlp: Any) -> None:
    text = "The talks covered Articles 370 and 35A. Qureshi's counterpart said nothing."
    assert len(_sentences(nlp, text)) == 2


def _head_of(nlp: Any, text: str, word: str) -> str:
    article = build_article({"id": "t", "text": text, "published": "2020-01-01"}, origin="test")
    ((_, paragraphs),) = list(parse_articles(nlp, [article]))
    token = next(t for p in paragraphs for t in p.doc if t.text == word)
    return str(token.head.text)


def test_a_simple_past_after_a_modal_content_joins_the_speech_verb(nlp: Any) -> None:
    # "called" cannot continue "would recall": Peru called on Chile.
    assert _head_of(nlp, "Peru said it would recall its ambassador and called on Chile to apologise.", "called") == "said"


def test_a_participle_after_a_perfect_stays_in_the_content(nlp: Any) -> None:
    # "had" carries over "and": Chile killed the soldiers, as Peru said.
    assert _head_of(nlp, "Peru said Chile had attacked its border post and killed two soldiers.", "killed") != "said"
