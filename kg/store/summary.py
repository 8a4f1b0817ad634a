"""The store's counts, kept in its summary graph by every write: ``plan_summary()``.

``kg stats`` at a million events cannot count (a COUNT over 30 million quads
takes tens of seconds), so every write also updates, in the same
transaction, a small ``summary`` graph: how many articles, events, actors,
relation statements, claims and quads the store holds, how many events have
no day, and how many events each month holds (the date-window questions use
these to skip empty months). The delta of a write is computed exactly from
what it drops, deletes and inserts, against the store as it is, so the
summary is a function of the store's content: building in another order or
again gives the same summary, and a killed write leaves the old one with the
old content.

A :class:`~kg.store.Store` keeps the summary it last wrote in memory while it
is open (it holds the store's lock, and every write goes through it), so a
write reads neither the summary graph nor restates it: it deletes and inserts
only the few quads whose numbers change. The first write after opening reads
the graph and restates it whole, which also repairs a summary an older kg
wrote in another form.

An event reported by several articles is one IRI stated in several graphs;
it counts once, and leaves the count only when its last report goes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

import pyoxigraph as ox
from rdflib.namespace import RDF

from kg.vocab import KG, mint_iri, summary_graph_iri

__all__ = ["COUNTED", "Overlay", "Summary", "count_summary", "plan_summary", "read_summary", "summary_quads"]

SUMMARY = ox.NamedNode(str(summary_graph_iri()))
_TYPE = ox.NamedNode(str(RDF.type))
_SUMMARY_CLASS = ox.NamedNode(str(KG.Summary))
_EVENT = ox.NamedNode(str(KG.Event))
_DAY = ox.NamedNode(str(KG.day))
_OPEN = ox.NamedNode(str(KG.timeOpen))
_MONTH = ox.NamedNode(str(KG.month))
_EVENT_COUNT = ox.NamedNode(str(KG.eventCount))
_GYEARMONTH = ox.NamedNode("http://www.w3.org/2001/XMLSchema#gYearMonth")
_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")

#: Class -> the summary property that counts its distinct instances.
COUNTED: dict[str, str] = {
    str(KG.Article): str(KG.articleCount),
    str(KG.Event): str(KG.eventCount),
    str(KG.Actor): str(KG.actorCount),
    str(KG.RelationStatement): str(KG.relationCount),
    str(KG.Claim): str(KG.claimCount),
}
_QUADS = str(KG.quadCount)
_OPEN_COUNT = str(KG.openCount)


class _Change(Protocol):
    drop: list[ox.NamedNode]
    delete: set[ox.Quad]
    insert: set[ox.Quad]


@dataclass
class Summary:
    """What the summary graph says.

    Attributes:
        counts: summary property IRI -> number (classes, quads, open events).
        months: "YYYY-MM" -> events whose day falls in that month.
    """

    counts: dict[str, int] = field(default_factory=dict)
    months: dict[str, int] = field(default_factory=dict)

    def count(self, prop: str) -> int:
        """The number stored under ``prop`` (0 when absent)."""
        return self.counts.get(prop, 0)


def _month_node(month: str) -> ox.NamedNode:
    return ox.NamedNode(str(mint_iri("graph", "summary", month)))


def _number(term: Any) -> int:
    return int(term.value) if isinstance(term, ox.Literal) else 0


def read_summary(store: Any) -> Summary | None:
    """The summary graph of ``store``, or None when it has none (an empty or older store)."""
    quads = list(store.quads_for_pattern(None, None, None, SUMMARY))
    if not any(q.subject == SUMMARY and q.predicate == _TYPE for q in quads):
        return None
    summary = Summary()
    months: dict[Any, str] = {}
    counts: dict[Any, int] = {}
    for quad in quads:
        if quad.subject == SUMMARY and quad.predicate != _TYPE:
            summary.counts[quad.predicate.value] = _number(quad.object)
        elif quad.predicate == _MONTH:
            months[quad.subject] = str(quad.object.value)
        elif quad.predicate == _EVENT_COUNT:
            counts[quad.subject] = _number(quad.object)
    summary.months = {month: counts.get(node, 0) for node, month in months.items() if counts.get(node, 0) > 0}
    return summary


_PROPS = (*COUNTED.values(), _QUADS, _OPEN_COUNT)


def _stated(summary: Summary, props: Iterable[str], months: Iterable[str]) -> set[ox.Quad]:
    """The quads that state these counts and months of ``summary``."""
    quads = set()
    for prop in props:
        quads.add(ox.Quad(SUMMARY, ox.NamedNode(prop), ox.Literal(str(summary.count(prop)), datatype=_INTEGER), SUMMARY))
    for month in months:
        number = summary.months.get(month, 0)
        if number > 0:
            node = _month_node(month)
            quads.add(ox.Quad(node, _MONTH, ox.Literal(month, datatype=_GYEARMONTH), SUMMARY))
            quads.add(ox.Quad(node, _EVENT_COUNT, ox.Literal(str(number), datatype=_INTEGER), SUMMARY))
    return quads


def summary_quads(summary: Summary) -> set[ox.Quad]:
    """The quads that state ``summary`` in the summary graph."""
    return {ox.Quad(SUMMARY, _TYPE, _SUMMARY_CLASS, SUMMARY)} | _stated(summary, _PROPS, summary.months)


def _changed(before: Summary, after: Summary) -> tuple[set[ox.Quad], set[ox.Quad]]:
    """The quads of ``before`` that ``after`` no longer states, and those it adds (the numbers that moved)."""
    props = [p for p in _PROPS if before.count(p) != after.count(p)]
    months = [m for m in {*before.months, *after.months} if before.months.get(m, 0) != after.months.get(m, 0)]
    old, new = _stated(before, props, months), _stated(after, props, months)
    return old - new, new - old


def _scalar(store: Any, text: str) -> int:
    rows = list(store.query(text, use_default_graph_as_union=True))
    return _number(rows[0][0]) if rows and rows[0][0] is not None else 0


def count_summary(store: Any) -> Summary:
    """Count everything the summary holds by scanning the store (slow on large stores)."""
    summary = Summary()
    summary.counts[_QUADS] = _scalar(
        store, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != {SUMMARY}) }}")
    for cls, prop in COUNTED.items():
        summary.counts[prop] = _scalar(
            store, f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ GRAPH ?g {{ ?s a <{cls}> }} FILTER(?g != {SUMMARY}) }}")
    summary.counts[_OPEN_COUNT] = _scalar(
        store, f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ GRAPH ?g {{ ?e {_OPEN} ?o }} }}")
    rows = store.query(f"SELECT ?m (COUNT(DISTINCT ?e) AS ?n) WHERE {{ GRAPH ?g {{ ?e {_DAY} ?d }} "
                       f"BIND(SUBSTR(STR(?d), 1, 7) AS ?m) }} GROUP BY ?m", use_default_graph_as_union=True)
    summary.months = {row[0].value: _number(row[1]) for row in rows if row[0] is not None}
    return summary


class Overlay:
    """The store as it is and as it will be once a change is applied (for pattern look-ups only).

    Each ``subject predicate ?`` pattern is read from the store once, for
    both states: on a large store every read costs far more than the
    Python around it.
    """

    def __init__(self, store: Any, change: _Change) -> None:
        self.store = store
        self.dropped = frozenset(change.drop)
        self.deleted = change.delete - change.insert
        self.inserted: dict[tuple[Any, Any], list[ox.Quad]] = {}
        for quad in change.insert:
            self.inserted.setdefault((quad.subject, quad.predicate), []).append(quad)
        self._read: dict[tuple[Any, Any], list[ox.Quad]] = {}

    def _stored(self, subject: Any, predicate: Any) -> list[ox.Quad]:
        found = self._read.get((subject, predicate))
        if found is None:
            found = self._read[subject, predicate] = [
                q for q in self.store.quads_for_pattern(subject, predicate, None, None) if q.graph_name != SUMMARY]
        return found

    def _kept(self, quad: ox.Quad) -> bool:
        return quad.graph_name not in self.dropped and quad not in self.deleted

    def before(self, subject: Any, predicate: Any) -> Iterator[Any]:
        """Objects of ``subject predicate ?`` in any graph but the summary, as the store is."""
        return (quad.object for quad in self._stored(subject, predicate))

    def added(self, subject: Any, predicate: Any) -> Iterator[Any]:
        """Objects of ``subject predicate ?`` the change inserts (outside the summary)."""
        return (quad.object for quad in self.inserted.get((subject, predicate), ()) if quad.graph_name != SUMMARY)

    def objects(self, subject: Any, predicate: Any) -> Iterator[Any]:
        """Objects of ``subject predicate ?`` in any graph but the summary, after the change."""
        for quad in self._stored(subject, predicate):
            if self._kept(quad):
                yield quad.object
        for quad in self.inserted.get((subject, predicate), ()):
            if quad.graph_name != SUMMARY:
                yield quad.object


def _graph_size(store: Any, graph: ox.NamedNode) -> int:
    return _scalar(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}")


def _exists(store: Any, quad: ox.Quad) -> bool:
    # A point look-up: several times cheaper than a pattern read on a large store.
    return quad in store


def _event_state(objects: Iterable[Any], day_objects: Iterable[Any], open_objects: Iterable[Any]) -> tuple[bool, str | None, bool]:
    exists = any(o == _EVENT for o in objects)
    if not exists:
        return False, None, False
    month = next((str(o.value)[:7] for o in day_objects if isinstance(o, ox.Literal)), None)
    return True, month, any(True for _ in open_objects)


def plan_summary(store: Any, change: _Change, before: Summary | None = None) -> Summary:
    """Add to ``change`` the update of the summary graph that it implies; return the summary after it.

    Args:
        store: the store as it is.
        change: the write, to which the summary's update is added.
        before: the summary as the store states it now, when the caller
            knows it (kept since its last write); read from the store when
            None, and then the summary graph is restated whole.
    """
    restate = before is None
    if before is None:
        before = read_summary(store)
    if before is None:
        empty = next(iter(store.quads_for_pattern(None, None, None, None)), None) is None
        before = Summary() if empty else count_summary(store)
    after = Summary(dict(before.counts), dict(before.months))
    overlay = Overlay(store, change)
    dropped = overlay.dropped

    # A new article's graph is not there to be read (one point look-up says so).
    held_graphs = [graph for graph in change.drop if store.contains_named_graph(graph)]
    quads = 0
    for graph in held_graphs:
        quads -= _graph_size(store, graph)
    for quad in overlay.deleted:
        if quad.graph_name not in dropped and quad.graph_name != SUMMARY and _exists(store, quad):
            quads -= 1
    held = set()
    for quad in change.insert:
        if quad.graph_name == SUMMARY:
            continue
        if quad.graph_name in dropped:
            quads += 1
        elif _exists(store, quad):
            held.add(quad)  # the shared CAMEO concepts every article restates
        else:
            quads += 1
    after.counts[_QUADS] = before.count(_QUADS) + quads

    # Typed subjects the change may create or remove, per counted class.
    typed: dict[str, set[Any]] = {cls: set() for cls in COUNTED}
    for graph in held_graphs:
        for cls in COUNTED:
            typed[cls].update(q.subject for q in store.quads_for_pattern(None, _TYPE, ox.NamedNode(cls), graph))
    for quad in (*overlay.deleted, *change.insert):
        obj = quad.object
        if quad.predicate == _TYPE and isinstance(obj, ox.NamedNode) and obj.value in COUNTED and quad.graph_name != SUMMARY:
            typed[obj.value].add(quad.subject)
    for quad in (*overlay.deleted, *change.insert):
        if quad.predicate in (_DAY, _OPEN) and quad.graph_name != SUMMARY:
            typed[str(KG.Event)].add(quad.subject)
    for graph in held_graphs:
        for predicate in (_DAY, _OPEN):
            typed[str(KG.Event)].update(q.subject for q in store.quads_for_pattern(None, predicate, None, graph))

    months: Counter[str] = Counter()
    opened = 0
    for cls, subjects in typed.items():
        node = ox.NamedNode(cls)
        delta = 0
        for subject in subjects:
            if cls == str(KG.Event):
                was, was_month, was_open = _event_state(overlay.before(subject, _TYPE), overlay.before(subject, _DAY),
                                                        overlay.before(subject, _OPEN))
                if was:
                    now, now_month, now_open = _event_state(overlay.objects(subject, _TYPE), overlay.objects(subject, _DAY),
                                                            overlay.objects(subject, _OPEN))
                else:
                    # kg states an event's kg:day and kg:timeOpen only beside its
                    # rdf:type, so an event the store does not hold has none stored.
                    now, now_month, now_open = _event_state(overlay.objects(subject, _TYPE), overlay.added(subject, _DAY),
                                                            overlay.added(subject, _OPEN))
                delta += int(now) - int(was)
                if was_month:
                    months[was_month] -= 1
                if now_month:
                    months[now_month] += 1
                opened += int(now_open) - int(was_open)
                continue
            was = any(o == node for o in overlay.before(subject, _TYPE))
            now = any(o == node for o in overlay.objects(subject, _TYPE))
            delta += int(now) - int(was)
        after.counts[COUNTED[cls]] = before.count(COUNTED[cls]) + delta
    after.counts[_OPEN_COUNT] = before.count(_OPEN_COUNT) + opened
    for month, delta in months.items():
        after.months[month] = after.months.get(month, 0) + delta
    after.months = {m: n for m, n in after.months.items() if n > 0}

    if restate:
        old = set(store.quads_for_pattern(None, None, None, SUMMARY))
        new = summary_quads(after)
        change.delete |= old - new
        change.insert |= new - old
    else:
        gone, added = _changed(before, after)
        change.delete |= gone
        change.insert |= added
    # Inserting a quad the store holds changes nothing, and Oxigraph would look each one up again.
    change.insert -= held - change.delete
    return after
