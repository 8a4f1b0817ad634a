"""One event, many reports (kg.graph.reports): invented article pairs.

Each test writes two short invented articles about the invented countries
Valdoria and Ostmark and checks whether the store makes one event of their
reports (conservative: same dyad, day, CAMEO root, modality and verb) or two.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from kg.model import (
    Actor,
    ActorKind,
    Article,
    DatePrecision,
    Event,
    EventTime,
    Extraction,
    Mention,
    Modality,
    Sentence,
    Span,
    TimeAnchor,
)
from kg.query import timeline
from kg.render import render_timeline
from kg.store import Store, open_store

_ACTORS = (
    Actor("valdoria", "Valdoria", ActorKind.COUNTRY, country="VLD", code="VLD"),
    Actor("ostmark", "Ostmark", ActorKind.COUNTRY, country="OST", code="OST"),
)
_DAY = dt.date(2021, 3, 4)


def _report(aid: str, text: str, trigger: str, *, cameo: str = "163", day: dt.date | None = _DAY,
            modality: Modality = Modality.ASSERTED, source: str = "valdoria", target: str = "ostmark") -> Extraction:
    """An invented one-sentence article reporting one event of ``source`` on ``target``."""
    whole = Span(0, len(text))
    start = text.index(trigger)
    time = (EventTime(day, day, DatePrecision.DAY, TimeAnchor.EXPLICIT, text=day.isoformat(), value=day.isoformat())
            if day is not None else EventTime(None, dt.date(2021, 3, 10), DatePrecision.UNKNOWN, TimeAnchor.PUBLICATION))
    names = {a.id: a.name for a in _ACTORS}
    mentions = tuple(Mention(Span(text.index(names[a]), text.index(names[a]) + len(names[a])), a)
                     for a in (source, target))
    return Extraction(
        article=Article(id=aid, text=text, paragraphs=(whole,), title=None, published=dt.date(2021, 3, 10),
                        source=f"Wire {aid}"),
        actors=_ACTORS,
        mentions=mentions,
        events=(Event("e1", Span(start, start + len(trigger)), cameo, whole, time, modality,
                      source=source, target=target),),
        sentences=(Sentence(whole, 0),),
    )


_FIRST = _report("pair-a", "Valdoria imposed sanctions on Ostmark on 4 March 2021.", "imposed")
_SAME = _report("pair-b", "On 4 March, Valdoria imposes new sanctions on Ostmark, officials said.", "imposes")


@pytest.fixture()
def store() -> Iterator[Store]:
    with open_store() as opened:
        yield opened


def _rows(store: Store, **options: Any) -> list[tuple[str, int, tuple[str, ...]]]:
    return [(r.article, r.reports, r.reported_in) for r in timeline(store, actor="Valdoria", **options)]


def test_graph_reports_same_event_in_two_articles_is_one_event(store: Store) -> None:
    store.add_extraction(_FIRST)
    store.add_extraction(_SAME)
    assert _rows(store) == [("pair-a", 2, ("pair-b",))]
    # One row per report when asked, each from its own article.
    assert sorted(_rows(store, merge_reports=False)) == [("pair-a", 1, ()), ("pair-b", 1, ())]
    assert "2 reports" in render_timeline(timeline(store, actor="Valdoria"))


def test_graph_reports_merge_does_not_depend_on_order(store: Store) -> None:
    store.add_extraction(_SAME)
    store.add_extraction(_FIRST)
    assert _rows(store) == [("pair-a", 2, ("pair-b",))]


def test_graph_reports_no_merge_keeps_two_events(store: Store) -> None:
    store.add_extraction(_FIRST, merge_reports=False)
    store.add_extraction(_SAME, merge_reports=False)
    assert sorted(_rows(store)) == [("pair-a", 1, ()), ("pair-b", 1, ())]


def test_graph_reports_dropping_one_report_keeps_the_other(store: Store) -> None:
    store.add_extraction(_FIRST)
    store.add_extraction(_SAME)
    # Re-building pair-b as a different event leaves pair-a's report alone.
    store.add_extraction(_report("pair-b", "Valdoria met Ostmark on 4 March 2021.", "met", cameo="036"))
    assert sorted(_rows(store)) == [("pair-a", 1, ()), ("pair-b", 1, ())]


@pytest.mark.parametrize(
    "other",
    [
        _report("pair-c", "Valdoria imposed sanctions on Ostmark on 5 March 2021.", "imposed", day=dt.date(2021, 3, 5)),
        _report("pair-c", "Ostmark imposed sanctions on Valdoria on 4 March 2021.", "imposed",
                source="ostmark", target="valdoria"),
        _report("pair-c", "Valdoria praised Ostmark on 4 March 2021 for imposing order.", "praised", cameo="051"),
        _report("pair-c", "Valdoria denied it imposed sanctions on Ostmark on 4 March 2021.", "imposed",
                modality=Modality.DENIED),
        _report("pair-c", "Valdoria halted trade with Ostmark on 4 March 2021.", "halted"),
        _report("pair-c", "Valdoria imposed sanctions on Ostmark in March.", "imposed", day=None),
    ],
    ids=["other-day", "reversed-dyad", "other-cameo-root", "denied", "other-verb", "undated"],
)
def test_graph_reports_different_events_stay_apart(store: Store, other: Extraction) -> None:
    store.add_extraction(_FIRST)
    store.add_extraction(other)
    rows = timeline(store, actor="Valdoria")
    assert len(rows) == 2
    assert all(r.reports == 1 for r in rows)
