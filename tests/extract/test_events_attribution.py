"""Speech acts and their content: when a report is an event of its own (sentences written for these tests)."""

from __future__ import annotations

from kg.document import build_article
from kg.extract import extract_articles
from kg.model import Extraction


def _extract(extractor, text: str) -> Extraction:  # type: ignore[no-untyped-def]
    article = build_article({"id": "t", "text": text, "published": "2021-05-04"}, origin="test")
    result = next(extract_articles([article], extractor))
    assert isinstance(result, Extraction)
    return result


def _roots(extraction: Extraction) -> set[str]:
    return {e.cameo[:2] for e in extraction.events}


def test_events_plain_report_of_act_is_not_a_statement(extractor) -> None:  # type: ignore[no-untyped-def]
    roots = _roots(_extract(extractor, "The Chilean army said Peruvian troops had attacked a border post."))
    assert "01" not in roots
    assert roots & {"18", "19"}


def test_events_dated_report_stays_a_statement(extractor) -> None:  # type: ignore[no-untyped-def]
    roots = _roots(_extract(extractor, "The Chilean army said today Peruvian troops had attacked a border post."))
    assert "01" in roots
