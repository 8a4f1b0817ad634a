"""Fixtures of the time tests: date the predicates of an invented text with some timing rules off."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

import pytest

from kg.document import build_article
from kg.extract.events.predicates import find_candidates
from kg.extract.events.timing import time_of
from kg.extract.rules import RuleSwitch
from kg.extract.time import find_timexes
from kg.model import Event, EventTime, Modality, Span
from kg.nlp import parse_articles

Bounds = tuple[dt.date | None, dt.date | None]


@pytest.fixture(scope="session")
def date_predicates(extractor: Any) -> Callable[..., tuple[dict[str, Bounds], Counter[str]]]:
    """``date_predicates(text, published, disabled=(), planned=())``: each CAMEO predicate's (earliest, latest), and the rules that fired.

    Calls :func:`kg.extract.events.timing.time_of` the way the events stage
    does (reporting verbs first; content gets the time of the speech act it
    hangs under), without the rest of the stage. Predicates whose head word is
    in ``planned`` are dated as plans; keys are the head words.
    """

    def run(text: str, published: str = "2021-05-04", disabled: Iterable[str] = (), planned: Iterable[str] = ()) -> tuple[dict[str, Bounds], Counter[str]]:
        article = build_article({"id": "t", "text": text, "published": published}, origin="test")
        ((article, paragraphs),) = list(parse_articles(extractor.nlp, [article]))
        timexes = find_timexes(article.text, article.published, paragraphs)
        switch = RuleSwitch(frozenset(disabled))
        out: dict[str, Bounds] = {}
        for p_index, paragraph in enumerate(paragraphs):
            for sent in paragraph.doc.sents:
                sentence = Span(paragraph.offset + sent.start_char, paragraph.offset + sent.end_char)
                candidates = find_candidates(sent, p_index, sentence, extractor.lexicon)
                by_token = {c.token.i: c for c in candidates}
                built: dict[int, Event] = {}
                for cand in sorted(candidates, key=lambda c: (len(list(c.token.ancestors)), c.token.i)):
                    modality = Modality.PLANNED if cand.token.text in set(planned) else Modality.ASSERTED
                    time = time_of(article, paragraph, cand.token, cand, modality, timexes, built, by_token, report=_report(cand.token, built, by_token), switch=switch)
                    trigger = Span(paragraph.offset + cand.token.idx, paragraph.offset + cand.token.idx + len(cand.token))
                    built[cand.token.i] = Event(f"e{cand.token.i}", trigger, cand.match.code, sentence, time, modality)
                    out[cand.token.text] = (time.earliest, time.latest)
        return out, switch.fired

    return run


def _report(token: Any, built: dict[int, Event], by_token: dict[int, Any]) -> EventTime | None:
    """The time of the nearest reporting predicate above ``token``, if built."""
    for ancestor in token.ancestors:
        cand = by_token.get(ancestor.i)
        if cand is not None and cand.match.reporting and ancestor.i in built:
            return built[ancestor.i].time
    return None
