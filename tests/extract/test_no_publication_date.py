"""A text with no publication date still yields its events, undated (invented sentences)."""

from __future__ import annotations

from typing import Any

from kg.document import build_article
from kg.extract import extract_articles


def _events(extractor: Any, text: str, published: str | None = None) -> list[Any]:
    article = build_article({"id": "t", "text": text, "published": published})
    (extraction,) = list(extract_articles([article], extractor))
    return list(extraction.events)  # type: ignore[union-attr]


def test_a_dated_statement_without_publication_date_is_an_undated_event(extractor: Any) -> None:
    text = "The foreign minister of Peru said on Tuesday that the economy was growing."
    (said,) = _events(extractor, text)
    assert said.cameo == "010" and said.source == "per-government"
    assert (said.time.earliest, said.time.latest) == (None, None), "no interval is claimed without a reference date"
    assert said.time.text == "Tuesday" and said.time.value == "XXXX-WXX-2"
    (dated,) = _events(extractor, text, "2021-05-06")
    assert (dated.time.earliest, dated.time.latest) == (dated.time.earliest, dated.time.earliest) and dated.time.earliest is not None


def test_acts_without_publication_date_keep_their_participants(extractor: Any) -> None:
    events = _events(extractor, "Chile recalled its ambassador from Peru on Monday.")
    assert [(e.cameo[:2], e.source, e.target) for e in events] == [("16", "chl", "per")]
    assert events[0].time.earliest is None and events[0].time.latest is None


def test_no_event_has_crossed_time_bounds(extractor: Any) -> None:
    # A statement after a dated plan used to take the plan's day as its lower bound and the
    # publication day as its upper one (found by fuzzing the pipeline).
    text = "France said France tomorrow.\n\nFrance said France .0 the United States said France ."
    events = _events(extractor, text, "2000-01-01")
    assert events
    assert all(e.time.earliest is None or e.time.latest is None or e.time.earliest <= e.time.latest for e in events)
