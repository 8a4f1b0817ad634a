"""Which events a timeline shows, found through the day index, in day order.

The graph gives every event its day (``kg:day``), the first day of each later
month it may still be under way (``kg:ongoingOn``) or ``kg:timeOpen``, and
each of its actors that day (``kg:activeOn``); the summary graph counts the
events of each month. So the questions never scan:

* a date window reads, month by month in order, the events placed on its
  days (an exact look-up per day), plus those that began earlier and are
  still under way on its first day (``kg:ongoingOn`` on the first of its
  month, and the days of its month before it, checked against their latest
  bound);
* an actor's timeline reads the actor's days in order (one index range,
  ``ORDER BY ?day`` with a ``LIMIT``) and then the actor's events on them;
* events no day places come last (and in every window).

Each function yields :class:`Candidate` batches in day order; a batch always
holds every candidate of its last day, so a caller can stop after a batch
once it has enough.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from kg.query.canned import chunks, date_or_none
from kg.store import Store
from kg.store.terms import Term, date_literal, iri
from kg.vocab import query_text

__all__ = ["Candidate", "actor_candidates", "open_candidates", "window_candidates"]

_FIRST = dt.date(1, 1, 1)
_LAST = dt.date(9999, 12, 31)
#: How many of an actor's days one query reads.
_ACTOR_PAGE = 500


@dataclass(frozen=True)
class Candidate:
    """An event a timeline may show, with its day (None: no day places it)."""

    event: str
    day: dt.date | None


def _month_days(month: str, start: dt.date, end: dt.date) -> list[dt.date]:
    year, number = int(month[:4]), int(month[5:7])
    last = calendar.monthrange(year, number)[1]
    first_day, last_day = max(dt.date(year, number, 1), start), min(dt.date(year, number, last), end)
    return [first_day + dt.timedelta(days=i) for i in range((last_day - first_day).days + 1)]


def _on_days(store: Store, days: Sequence[dt.date]) -> list[Candidate]:
    rows = store.canned("events_on_days", tables=[(("day",), [(date_literal(d),) for d in days])])
    return [Candidate(str(r["event"]), date_or_none(r["day"])) for r in rows]


def _carried_over(store: Store, start: dt.date) -> list[Candidate]:
    """Events that began before ``start`` and may still be under way on it."""
    first = start.replace(day=1)
    ongoing: dict[str, dt.date | None] = {}
    for row in store.canned("events_ongoing", {"first": date_literal(first)}):
        ongoing.setdefault(str(row["event"]), date_or_none(row["day"]))
    if start == first:
        # kg:ongoingOn the first of a month is only given up to the month of
        # the latest bound: each of these reaches ``start``, no bound to read.
        return sorted((Candidate(e, d) for e, d in ongoing.items() if d is not None),
                      key=lambda c: (c.day or _LAST, c.event))
    found: dict[str, None] = dict.fromkeys(ongoing)
    earlier = [first + dt.timedelta(days=i) for i in range((start - first).days)]
    if earlier:
        found.update((c.event, None) for c in _on_days(store, earlier))
    if not found:
        return []
    # Keep those whose latest bound reaches ``start``; read their day for sorting.
    out = []
    for batch in chunks(sorted(found), 400):
        rows = store.canned("event_days", tables=[(("event",), [(iri(e),) for e in batch])])
        seen: dict[str, Candidate] = {}
        for row in rows:
            day, latest = date_or_none(row["day"]), date_or_none(row["latest"])
            reach = latest or day
            if reach is not None and reach >= start and day is not None:
                seen.setdefault(str(row["event"]), Candidate(str(row["event"]), day))
        out += list(seen.values())
    return sorted(out, key=lambda c: (c.day or _LAST, c.event))


def window_candidates(store: Store, months: Sequence[str], start: dt.date | None,
                      end: dt.date | None) -> Iterator[list[Candidate]]:
    """Events with a day in ``[start, end]`` (or still under way at ``start``), month by month.

    Args:
        store: the store.
        months: the months ("YYYY-MM") that hold events, from the summary.
        start, end: the window (None: open on that side).
    """
    low, high = start or _FIRST, end or _LAST
    if start is not None:
        carried = _carried_over(store, start)
        if carried:
            yield carried
    for month in sorted(months):
        if month < f"{low:%Y-%m}" or month > f"{high:%Y-%m}":
            continue
        days = _month_days(month, low, high)
        if days:
            found = _on_days(store, days)
            if found:
                yield sorted(found, key=lambda c: (c.day or _LAST, c.event))


def actor_candidates(store: Store, actor: str, start: dt.date | None,
                     end: dt.date | None, *, page: int = _ACTOR_PAGE) -> Iterator[list[Candidate]]:
    """The events of ``actor`` (an IRI) in ``[start, end]`` in day order, read from its kg:activeOn days.

    ``page`` days are read per query: a caller that wants the first N events
    passes N (each day read holds at least one of the actor's events).
    """
    page = max(1, min(page, _ACTOR_PAGE))
    node: Term = iri(actor)
    low, high = start or _FIRST, end or _LAST
    if start is not None:
        carried = _carried_over(store, start)
        if carried:
            mine = _involving(store, actor, [c.event for c in carried])
            kept = [c for c in carried if c.event in mine]
            if kept:
                yield kept
    after: dt.date | None = None
    text = query_text("actor_days")
    while True:
        first = low if after is None else after + dt.timedelta(days=1)
        if first > high:
            return
        rows = list(store.select(text + f"\nLIMIT {page}", {
            "actor": node, "start": date_literal(first), "end": date_literal(high)}))
        if not rows:
            return
        days = [(date_or_none(r["day"]), str(r["g"])) for r in rows]
        last = days[-1][0]
        assert last is not None
        if len(rows) >= page:
            # The page may end inside a day: leave that day to the next page.
            earlier = [d for d in days if d[0] != last]
            if earlier:
                days = earlier
                last = days[-1][0]
            else:
                days = [(date_or_none(r["day"]), str(r["g"])) for r in store.select(text, {
                    "actor": node, "start": date_literal(last), "end": date_literal(last)})]
        pairs = sorted({(g, d) for d, g in days if d is not None})
        found: dict[str, Candidate] = {}
        for batch in chunks(pairs, 400):
            for row in store.canned("actor_events_on", {"actor": node},
                                    tables=[(("g", "day"), [(iri(g), date_literal(d)) for g, d in batch])]):
                found.setdefault(str(row["event"]), Candidate(str(row["event"]), date_or_none(row["day"])))
        if found:
            yield sorted(found.values(), key=lambda c: (c.day or _LAST, c.event))
        after = last


def _involving(store: Store, actor: str, events: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for batch in chunks(events, 400):
        rows = store.canned("actor_events", {"actor": iri(actor)}, tables=[(("event",), [(iri(e),) for e in batch])])
        found.update(str(r["event"]) for r in rows)
    return found


def open_candidates(store: Store, actor: str | None = None) -> list[Candidate]:
    """Events no day places (``kg:timeOpen``), of ``actor`` when given."""
    events = [str(r["event"]) for r in store.canned("open_events")]
    if actor is not None and events:
        mine = _involving(store, actor, events)
        events = [e for e in events if e in mine]
    return [Candidate(e, None) for e in sorted(events)]
