"""The timeline of events: ``timeline()``, ``iter_timeline()`` and ``describe_when()``.

Events are found through the day index (see :mod:`kg.query.index`) in day
order, then read in batches: on the embedded store one query gives, per
article graph that reports an event, the facts its row shows, its sentence's
text and the article's id and date (``event_rows.rq``, one row an event);
actor and CAMEO labels follow, cached across batches. A SPARQL server is
asked one fact a row (``event_facts.rq``) and the rest looked up. Nothing is
copied out of the store but the events shown, so ``--limit`` answers in
milliseconds and the whole timeline streams.

An event several articles report is one row (its first report by article id
and position speaks for it) with ``reports`` and the other articles in
``reported_in``; ``merge_reports=False`` gives one row per report.
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

import pyoxigraph as ox

from kg.model import DatePrecision, Modality, TimeAnchor
from kg.query.actor import actor_ids
from kg.query.canned import Source, as_store, chunks, date_or_none, int_or_none, numbered_lookup, str_or_none
from kg.query.index import Candidate, actor_candidates, open_candidates, window_candidates
from kg.store import Store
from kg.store.terms import Value, iri
from kg.vocab import KG, MODALITY_TERMS, PRECISION_UNITS, SEM, article_id_of

__all__ = ["TimelineRow", "describe_when", "iter_timeline", "timeline"]

_MODALITIES = {str(term): modality for modality, term in MODALITY_TERMS.items()}
_PRECISIONS = {str(term): precision for precision, term in PRECISION_UNITS.items()}
_TRIGGER = str(KG.trigger)
_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
#: Column of event_rows.rq -> the property whose value it holds.
_COLUMNS = {column: str(prop) for column, prop in (
    ("trigger", KG.trigger), ("begin", KG.triggerBegin), ("concept", SEM.eventType),
    ("earliest", SEM.hasEarliestBeginTimeStamp), ("latest", SEM.hasLatestEndTimeStamp), ("precision", KG.precision),
    ("modality", KG.modality), ("mod", KG.timeMod), ("anchor", KG.timeAnchor), ("source", KG.source),
    ("target", KG.target), ("attributed", KG.attributedTo), ("timeText", KG.timeText), ("timeValue", KG.timeValue),
    ("sentence", KG.sentence))}
#: Events read per batch of VALUES queries.
_BATCH = 300


@dataclass(frozen=True)
class TimelineRow:
    """One event of a timeline.

    Attributes:
        event: the event IRI.
        article: the id of the article it comes from (the first report's).
        earliest, latest: inclusive day bounds (None when unknown).
        precision: the granularity the text gives.
        time_text, time_value, time_mod: the time expression as written, its
            TIMEX3 value ("2019-09") and modifier ("END").
        time_anchor: where the bounds come from.
        when: display string: "2019-09-21", "2018-08", "2019-09-21..2019-09-30",
            "by 2019-10-08" (only bounded by publication), "after 2019-10-08"
            (planned), "undated".
        source, target, attributed_to: actor labels.
        source_id, target_id: actor IRIs.
        cameo, cameo_label: CAMEO code and its label.
        trigger: the words that express the event.
        modality: how the text presents it.
        sentence: the sentence text.
        published: the article's publication date.
        position: the trigger's character offset in its article (story order).
        reports: how many articles report the event (see :mod:`kg.graph.reports`).
        reported_in: the other articles that report it, by id.
    """

    event: str
    article: str
    earliest: dt.date | None
    latest: dt.date | None
    precision: DatePrecision
    time_text: str | None
    time_value: str | None
    time_mod: str | None
    time_anchor: TimeAnchor
    when: str
    source: str | None
    source_id: str | None
    cameo: str
    cameo_label: str | None
    trigger: str
    target: str | None
    target_id: str | None
    modality: Modality
    attributed_to: str | None
    sentence: str
    published: dt.date | None = None
    position: int = 0
    reports: int = 1
    reported_in: tuple[str, ...] = ()


def describe_when(earliest: dt.date | None, latest: dt.date | None, precision: DatePrecision,
                  *, mod: str | None = None, modality: Modality = Modality.ASSERTED,
                  published: dt.date | None = None, anchor: TimeAnchor = TimeAnchor.EXPLICIT) -> str:
    """Return the display string of an event's time, never finer than the text.

    Examples: "2019-09-21"; "2019-10-08 (story date)" (the text names no
    time: the publication's day); "2018-08" (a whole month at month precision);
    "2019-09-21..2019-09-30" (late in a month); "by 2019-10-08" (only the
    publication bounds it); "after 2019-10-08" (planned).
    """
    if earliest is not None and latest is not None:
        if earliest == latest:
            return f"{earliest.isoformat()} (story date)" if anchor is TimeAnchor.PUBLICATION else earliest.isoformat()
        if mod is None and precision is DatePrecision.MONTH and earliest.day == 1 and (
            latest + dt.timedelta(days=1)
        ).month != latest.month and (earliest.year, earliest.month) == (latest.year, latest.month):
            return f"{earliest:%Y-%m}"
        if mod is None and precision is DatePrecision.YEAR and (earliest.month, earliest.day) == (
            1, 1) and (latest.month, latest.day) == (12, 31) and earliest.year == latest.year:
            return f"{earliest:%Y}"
        return f"{earliest.isoformat()}..{latest.isoformat()}"
    if latest is not None:
        return f"by {latest.isoformat()}"
    if earliest is not None:
        return f"after {earliest.isoformat()}"
    if published is not None:
        return f"after {published.isoformat()}" if modality is Modality.PLANNED else (
            f"by {published.isoformat()}")
    return "undated"


def _sort_key(row: TimelineRow) -> tuple[dt.date, str, int, str]:
    # Oldest first by the earliest possible day; an event bounded only by
    # publication ("by"/"after" it) sorts on the publication day. Ties keep
    # the story's order, which is how a reader meets them.
    anchor = row.earliest or row.latest or row.published or dt.date.max
    return (anchor, row.article, row.position, row.event)


def timeline(source: Source, *, actor: str | None = None, start: dt.date | None = None,
             end: dt.date | None = None, cameo: str | None = None, limit: int | None = None,
             merge_reports: bool = True) -> list[TimelineRow]:
    """Return the events of the store, oldest first (see :func:`iter_timeline`)."""
    return list(iter_timeline(source, actor=actor, start=start, end=end, cameo=cameo, limit=limit,
                              merge_reports=merge_reports))


def iter_timeline(source: Source, *, actor: str | None = None, start: dt.date | None = None,
                  end: dt.date | None = None, cameo: str | None = None, limit: int | None = None,
                  merge_reports: bool = True) -> Iterator[TimelineRow]:
    """Yield the events of the store, oldest first, reading them batch by batch.

    Undated events are placed by their latest bound, else by the publication
    date of their article; events no day places come last.

    Args:
        source: the store (or an in-memory dataset from ``build_graph``).
        actor: keep events whose source or target is labelled or aliased so
            (case-insensitive).
        start, end: keep events that may overlap ``[start, end]``.
        cameo: keep events whose CAMEO code starts with this ("16" keeps 163).
        limit: stop after this many events.
        merge_reports: one row per event (False: one per article reporting it).

    Raises:
        UnknownActorError: if ``actor`` matches no actor (with close names).
    """
    store = as_store(source)
    reader = _Reader(store, start, end, cameo, merge_reports)
    if actor is None:
        batches = window_candidates(store, list(store.summary().months), start, end)
        opened = open_candidates(store)
    else:
        iris = [str(i) for i in actor_ids(store, actor)]
        # With a limit, read about as many of each actor's days as rows are wanted (more pages follow if needed).
        page = max(limit + 1, 50) if limit is not None else 500
        streams = [itertools.chain.from_iterable(actor_candidates(store, a, start, end, page=page)) for a in iris]
        merged = heapq.merge(*streams, key=lambda c: (c.day or dt.date.max, c.event))
        batches = (list(group) for _, group in itertools.groupby(merged, key=lambda c: c.day))
        opened = sorted({c for a in iris for c in open_candidates(store, a)}, key=lambda c: c.event)
    # Events no day places are few: read them first and slot them in by their sort key.
    late = sorted(reader.rows([c.event for c in opened]), key=_sort_key)
    shown = 0
    for rows in _batched(reader, batches, limit):
        for row in rows:
            while late and _sort_key(late[0]) <= _sort_key(row):
                yield late.pop(0)
                shown += 1
                if limit is not None and shown >= limit:
                    return
            yield row
            shown += 1
            if limit is not None and shown >= limit:
                return
    for row in late:
        yield row
        shown += 1
        if limit is not None and shown >= limit:
            return


def _batched(reader: _Reader, batches: Iterable[list[Candidate]], limit: int | None) -> Iterator[list[TimelineRow]]:
    """Rows in sort order: candidates gathered by whole days, read a batch at a time."""
    pending: dict[str, None] = {}
    wanted = _BATCH if limit is None else min(_BATCH, max(limit, 1))
    found = 0
    for batch in batches:
        for _, group in itertools.groupby(batch, key=lambda c: c.day):
            pending.update((c.event, None) for c in group)
            if len(pending) >= wanted:
                rows = sorted(reader.rows(list(pending)), key=_sort_key)
                pending.clear()
                found += len(rows)
                yield rows
                if limit is not None:
                    wanted = min(_BATCH, max(limit - found, 1))
    if pending:
        yield sorted(reader.rows(list(pending)), key=_sort_key)


@dataclass
class _Reader:
    """Reads events' facts in batches, with labels and dates cached across batches."""

    store: Store
    start: dt.date | None
    end: dt.date | None
    cameo: str | None
    merge_reports: bool
    labels: dict[str, str | None] = field(default_factory=dict)
    concepts: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    articles: dict[str, tuple[str, dt.date | None]] = field(default_factory=dict)

    def rows(self, events: Sequence[str]) -> list[TimelineRow]:
        out: list[TimelineRow] = []
        for batch in chunks(events, _BATCH):
            out += self._rows(batch)
        return out

    def _lookup(self, name: str, variable: str, keys: Iterable[str]) -> list[dict[str, Value]]:
        rows: list[dict[str, Value]] = []
        for batch in chunks(sorted(set(keys)), _BATCH):
            rows += self.store.canned(name, tables=[((variable,), [(iri(k),) for k in batch])])
        return rows

    def _rows(self, events: Sequence[str]) -> list[TimelineRow]:
        self.sentences: dict[str, str] = {}
        facts = self._facts(events) if self.store.endpoint is None else self._facts_remote(events)
        reports: dict[str, list[tuple[str, str, dict[str, list[Value]]]]] = {}
        for event, graphs in facts.items():
            found = []
            for graph, said in graphs.items():
                article = article_id_of(graph)
                # A graph that gives the event a trigger reports it.
                if article is not None and said.get(_TRIGGER):
                    found.append((article, graph, said))
            if found:
                reports[event] = sorted(found, key=lambda r: (r[0], _first_int(r[2].get(str(KG.triggerBegin)))))
        self._fill(reports)
        out: list[TimelineRow] = []
        for event, found in reports.items():
            chosen = found if not self.merge_reports else found[:1]
            for article, graph, said in chosen:
                others = tuple(a for a, _, _ in found if a != article) if self.merge_reports else ()
                made = self._row(event, article, graph, said, len(found) if self.merge_reports else 1, others)
                if made is not None:
                    out.append(made)
        return out

    def _facts(self, events: Sequence[str]) -> dict[str, dict[str, dict[str, list[Value]]]]:
        """Event -> article graph -> property -> values, with sentence texts and article dates, in one query."""
        facts: dict[str, dict[str, dict[str, list[Value]]]] = {}
        numbered = [(iri(e), ox.Literal(str(i), datatype=_INTEGER)) for i, e in enumerate(events)]
        for row in self.store.canned("event_rows", tables=[(("event", "i"), numbered)]):
            graph = str(row["g"])
            said = facts.setdefault(events[int(str(row["i"]))], {}).setdefault(graph, {})
            for column, prop in _COLUMNS.items():
                found = row[column]
                if found is not None:
                    said.setdefault(prop, []).append(found)
            if row["sentence"] is not None and row["text"] is not None:
                self.sentences.setdefault(str(row["sentence"]), str(row["text"]))
            if row["article"] is not None:
                self.articles.setdefault(graph, (str(row["article"]), date_or_none(row["published"])))
        return facts

    def _facts_remote(self, events: Sequence[str]) -> dict[str, dict[str, dict[str, list[Value]]]]:
        """As :meth:`_facts` for a SPARQL server, whose plain joins suit the one-fact-a-row shape."""
        facts: dict[str, dict[str, dict[str, list[Value]]]] = {}
        numbered = [(iri(e), ox.Literal(str(i), datatype=_INTEGER)) for i, e in enumerate(events)]
        for row in self.store.canned("event_facts", tables=[(("event", "i"), numbered)]):
            graphs = facts.setdefault(events[int(str(row["i"]))], {})
            graphs.setdefault(str(row["g"]), {}).setdefault(str(row["p"]), []).append(row["o"])
        return facts

    def _fill(self, reports: dict[str, list[tuple[str, str, dict[str, list[Value]]]]]) -> None:
        actors: set[str] = set()
        concepts: set[str] = set()
        graphs: set[str] = set()
        sentences: set[str] = set()
        for found in reports.values():
            for _, graph, said in found:
                graphs.add(graph)
                for prop in (KG.source, KG.target, KG.attributedTo):
                    actors.update(str(v) for v in said.get(str(prop), []))
                concepts.update(str(v) for v in said.get(str(SEM.eventType), []))
                sentences.update(str(v) for v in said.get(str(KG.sentence), []))
        for actor, row in numbered_lookup(self.store, "actor_labels", "actor", actors - set(self.labels)):
            self.labels.setdefault(actor, str_or_none(row["label"]))
        self.labels.update((a, None) for a in actors if a not in self.labels)
        for row in self._lookup("concept_labels", "concept", concepts - set(self.concepts)):
            self.concepts.setdefault(str(row["concept"]), (str(row["code"]), str_or_none(row["label"])))
        for row in self._lookup("article_dates", "g", graphs - set(self.articles)):
            self.articles.setdefault(str(row["g"]), (str(row["id"]), date_or_none(row["published"])))
        for row in self._lookup("texts", "node", sentences - set(self.sentences)):
            self.sentences.setdefault(str(row["node"]), str(row["text"]))

    def _row(self, event: str, article: str, graph: str, said: dict[str, list[Value]], reports: int,
             others: tuple[str, ...]) -> TimelineRow | None:
        def one(prop: object) -> Value:
            values = said.get(str(prop))
            return values[0] if values else None

        concept = str_or_none(one(SEM.eventType))
        code, label = self.concepts.get(concept or "", (concept.rsplit("/", 1)[-1] if concept else "", None))
        if self.cameo and not code.startswith(self.cameo):
            return None
        earliest, latest = date_or_none(one(SEM.hasEarliestBeginTimeStamp)), date_or_none(one(SEM.hasLatestEndTimeStamp))
        article, published = self.articles.get(graph, (article, None))
        low, high = earliest or latest or published, latest or earliest or published
        if self.start is not None and high is not None and high < self.start:
            return None
        if self.end is not None and low is not None and low > self.end:
            return None
        precision = _PRECISIONS.get(str(one(KG.precision)), DatePrecision.UNKNOWN)
        modality = _MODALITIES.get(str(one(KG.modality)), Modality.ASSERTED)
        mod = str_or_none(one(KG.timeMod))
        anchor = str_or_none(one(KG.timeAnchor))
        source, target, attributed = (str_or_none(one(p)) for p in (KG.source, KG.target, KG.attributedTo))
        return TimelineRow(
            event=event,
            article=article,
            earliest=earliest,
            latest=latest,
            precision=precision,
            time_text=str_or_none(one(KG.timeText)),
            time_value=str_or_none(one(KG.timeValue)),
            time_mod=mod,
            time_anchor=TimeAnchor(anchor) if anchor in set(TimeAnchor) else TimeAnchor.NONE,
            when=describe_when(earliest, latest, precision, mod=mod, modality=modality, published=published,
                               anchor=TimeAnchor(anchor) if anchor in set(TimeAnchor) else TimeAnchor.NONE),
            source=self.labels.get(source) if source else None,
            source_id=source,
            cameo=code,
            cameo_label=label,
            trigger=str(one(KG.trigger) or ""),
            target=self.labels.get(target) if target else None,
            target_id=target,
            modality=modality,
            attributed_to=self.labels.get(attributed) if attributed else None,
            sentence=self.sentences.get(str(one(KG.sentence)), ""),
            published=published,
            position=int_or_none(one(KG.triggerBegin)) or 0,
            reports=reports,
            reported_in=others,
        )


def _first_int(values: list[Value] | None) -> int:
    return int_or_none(values[0]) or 0 if values else 0
