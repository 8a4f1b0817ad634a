"""Store -> the network picture every network view shares: GEXF, Gephi CSV, ``kg plot network``.

``build_network()`` decides once what is drawn and how: which actors and
events, node positions (seeded ForceAtlas2), sizes, colours and time spells.
The writers only translate it, so Gephi, the PNG and the HTML page agree.

Forms (``NetworkOptions``):

* default: actors are nodes, each event with a source and a target is a
  dated edge (its GEXF ``kind`` is the CAMEO code);
* ``events_as_nodes``: each event is a dated node linked to its source and
  target, so unary events ("X declared a state of emergency") are kept too;
* ``collapse``: one weighted edge per dyad and CAMEO root, with the count,
  the Goldstein sum and the first and last day;
* ``relations``: relation statements (spokesperson_of, part_of...) as edges
  whose kind is the relation.

Time: an event spans ``[earliest, latest + 1 day)`` (an event bounded on one
side only sits on that day); an actor spans its first to its last event, an
actor known only through relations the span of its partners. Nothing with no
date gets a spell (it shows at every time).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Literal

from kg.errors import ExportError
from kg.export.layout import layout_positions
from kg.export.style import (
    EVENT_NODE_COLOUR,
    MODALITY_MARKS,
    QUAD_COLOURS,
    RELATION_COLOUR,
    Rgb,
    actor_colour,
    goldstein_colour,
    parse_goldstein,
    quad_class,
    scale_size,
)
from kg.graph import cameo_codebook, cameo_entry
from kg.query import ActorRow, TimelineRow, actors, timeline
from kg.query.canned import Source
from kg.query.relations import RelationRow, relation_rows
from kg.vocab import actor_id_of

__all__ = [
    "EDGE_COLUMNS",
    "EdgeColour",
    "EventFilter",
    "NODE_COLUMNS",
    "NetEdge",
    "NetNode",
    "Network",
    "NetworkOptions",
    "SizeBy",
    "Spell",
    "build_network",
    "event_interval",
]

SizeBy = Literal["degree", "mentions"]
EdgeColour = Literal["quad", "goldstein"]
Value = str | int | float

#: Node attribute columns (name, GEXF type), in file order.
NODE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("role", "string"), ("kind", "string"), ("country", "string"), ("code", "string"),
    ("mentions", "integer"), ("degree", "integer"), ("first", "string"), ("last", "string"),
    ("cameo", "string"), ("cameo_label", "string"), ("quad_class", "string"),
    ("goldstein", "double"), ("modality", "string"), ("when", "string"), ("trigger", "string"),
    ("article", "string"), ("sentence", "string"),
)
#: Edge attribute columns (name, GEXF type), in file order.
EDGE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("role", "string"), ("relation", "string"), ("cameo", "string"), ("cameo_label", "string"),
    ("cameo_root", "string"), ("quad_class", "string"), ("goldstein", "double"),
    ("modality", "string"), ("when", "string"), ("trigger", "string"), ("article", "string"),
    ("sentence", "string"), ("count", "integer"), ("goldstein_sum", "double"),
    ("first", "string"), ("last", "string"),
)
#: Event nodes are small beside actors (sizes 8-40).
EVENT_NODE_SIZE = 6.0


@dataclass(frozen=True)
class EventFilter:
    """The filters ``kg timeline`` takes: actor name, date window, CAMEO prefix."""

    actor: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    cameo: str | None = None

    @property
    def active(self) -> bool:
        """True when any filter is set."""
        return any(v is not None for v in (self.actor, self.start, self.end, self.cameo))

    def rows(self, source: Source) -> list[TimelineRow]:
        """The timeline rows this filter keeps, oldest first."""
        return timeline(source, actor=self.actor, start=self.start, end=self.end, cameo=self.cameo)


@dataclass(frozen=True)
class NetworkOptions:
    """What a network view shows and how (see the module docstring)."""

    filter: EventFilter = field(default_factory=EventFilter)
    relations: bool = True
    events_as_nodes: bool = False
    collapse: bool = False
    size_by: SizeBy = "degree"
    edge_colour: EdgeColour = "quad"
    seed: int = 13


@dataclass(frozen=True, order=True)
class Spell:
    """A time interval ``[start, end)`` in days (``end`` is the day after the last)."""

    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class NetNode:
    """A node as drawn: actor or event, with its position, size, colour and spell."""

    id: str
    label: str
    type: Literal["actor", "event"]
    colour: Rgb
    size: float
    x: float
    y: float
    spell: Spell | None
    attributes: Mapping[str, Value]
    alpha: float = 1.0


@dataclass(frozen=True)
class NetEdge:
    """An edge as drawn. ``kind`` is GEXF 1.3's edge kind (Gephi keeps edges of
    different kinds apart instead of merging them)."""

    id: str
    source: str
    target: str
    type: Literal["event", "dyad", "relation", "source", "target"]
    kind: str
    label: str
    colour: Rgb
    weight: float
    thickness: float
    spell: Spell | None
    dashed: bool
    attributes: Mapping[str, Value]
    alpha: float = 1.0


@dataclass(frozen=True)
class Network:
    """The whole picture. ``events`` counts the events the filter kept,
    ``left_out`` those the form cannot draw (no source or no target)."""

    nodes: tuple[NetNode, ...]
    edges: tuple[NetEdge, ...]
    options: NetworkOptions
    events: int
    left_out: int


def event_interval(row: TimelineRow) -> tuple[dt.date, dt.date] | None:
    """The inclusive days of an event; one-sided bounds give that one day; None if undated."""
    first = row.earliest or row.latest
    last = row.latest or row.earliest
    if first is None or last is None:
        return None
    return first, last


def _spell(days: Iterable[tuple[dt.date, dt.date]]) -> Spell | None:
    days = list(days)
    if not days:
        return None
    return Spell(min(d[0] for d in days), max(d[1] for d in days) + dt.timedelta(days=1))


def _short(iri: str) -> str:
    return actor_id_of(iri) or iri


def _clean(values: Mapping[str, Value | None]) -> dict[str, Value]:
    return {k: v for k, v in values.items() if v is not None and v != ""}


class _Builder:
    def __init__(self, source: Source, options: NetworkOptions) -> None:
        self.options = options
        self.book = cameo_codebook()
        self.rows = options.filter.rows(source)
        self.everyone = {a.id: a for a in actors(source)}
        self.relations = relation_rows(source, None) if options.relations else []

    def goldstein(self, cameo: str) -> float | None:
        return parse_goldstein(cameo_entry(cameo, self.book).goldstein)

    def colour(self, cameo: str, score: float | None) -> Rgb:
        if self.options.edge_colour == "goldstein":
            return goldstein_colour(score)
        return QUAD_COLOURS[quad_class(cameo)]

    def event_values(self, row: TimelineRow) -> dict[str, Value | None]:
        return {"cameo": row.cameo, "cameo_label": row.cameo_label,
                "quad_class": quad_class(row.cameo).label, "goldstein": self.goldstein(row.cameo),
                "modality": row.modality.value, "when": row.when, "trigger": row.trigger,
                "article": row.article, "sentence": row.sentence}

    def build(self) -> Network:
        opts = self.options
        if opts.collapse and opts.events_as_nodes:
            raise ExportError("--collapse and --events-as-nodes do not combine: "
                              "collapse merges event edges, event nodes keep every event")
        known = self.everyone
        drawn = [r for r in self.rows if opts.events_as_nodes
                 or (r.source_id in known and r.target_id in known)]
        ends = {a for r in drawn for a in (r.source_id, r.target_id) if a in known}
        kept = set(known) if not opts.filter.active else ends
        relations = [r for r in self.relations if r.subject_id in kept and r.object_id in kept]
        if opts.events_as_nodes:
            edges, event_nodes = self.event_node_edges(drawn), self.event_nodes(drawn)
        elif opts.collapse:
            edges, event_nodes = self.dyad_edges(drawn), []
        else:
            edges, event_nodes = self.event_edges(drawn), []
        edges += self.relation_edges(relations)
        spells = self.actor_spells(drawn, relations)
        involvement: dict[str, int] = defaultdict(int)
        for row in drawn:
            for actor in {row.source_id, row.target_id} & kept:
                involvement[str(actor)] += 1
        for rel in relations:
            involvement[rel.subject_id] += 1
            involvement[rel.object_id] += 1
        positions = layout_positions(
            [*kept, *(n.id for n in event_nodes)],
            [(e.source, e.target, e.weight) for e in edges], seed=opts.seed)
        nodes = self.actor_nodes([known[a] for a in sorted(kept)], involvement, spells, positions)
        nodes += [replace(n, x=positions[n.id][0], y=positions[n.id][1]) for n in event_nodes]
        return Network(nodes=tuple(sorted(nodes, key=lambda n: n.id)),
                       edges=tuple(sorted(edges, key=lambda e: e.id)),
                       options=opts, events=len(self.rows), left_out=len(self.rows) - len(drawn))

    def actor_nodes(self, chosen: list[ActorRow], involvement: Mapping[str, int],
                    spells: Mapping[str, Spell], positions: Mapping[str, tuple[float, float]],
                    ) -> list[NetNode]:
        def measure(actor: ActorRow) -> int:
            return actor.mentions if self.options.size_by == "mentions" else involvement.get(actor.id, 0)

        largest = max((measure(a) for a in chosen), default=0)
        nodes = []
        for actor in chosen:
            spell = spells.get(actor.id)
            values = {"role": "actor", "kind": actor.kind.value if actor.kind else None,
                      "country": actor.country, "code": actor.code, "mentions": actor.mentions,
                      "degree": involvement.get(actor.id, 0),
                      "first": spell.start.isoformat() if spell else None,
                      "last": (spell.end - dt.timedelta(days=1)).isoformat() if spell else None}
            nodes.append(NetNode(id=actor.id, label=actor.label, type="actor",
                                 colour=actor_colour(actor.kind), size=scale_size(measure(actor), largest),
                                 x=positions[actor.id][0], y=positions[actor.id][1], spell=spell,
                                 attributes=_clean(values)))
        return nodes

    def actor_spells(self, rows: list[TimelineRow], relations: list[RelationRow]) -> dict[str, Spell]:
        days: dict[str, list[tuple[dt.date, dt.date]]] = defaultdict(list)
        for row in rows:
            interval = event_interval(row)
            if interval is not None:
                for actor in {row.source_id, row.target_id} - {None}:
                    days[str(actor)].append(interval)
        spells = {a: s for a, s in ((a, _spell(d)) for a, d in days.items()) if s is not None}
        # Actors known only through relations take the span of their partners,
        # step by step along chains (a region linked to a bureau linked to a state).
        while True:
            borrowed: dict[str, list[Spell]] = defaultdict(list)
            for rel in relations:
                for mine, other in ((rel.subject_id, rel.object_id), (rel.object_id, rel.subject_id)):
                    if mine not in spells and other in spells:
                        borrowed[mine].append(spells[other])
            if not borrowed:
                return spells
            for actor, found in borrowed.items():
                spells[actor] = Spell(min(s.start for s in found), max(s.end for s in found))

    def event_edges(self, rows: list[TimelineRow]) -> list[NetEdge]:
        edges = []
        for row in rows:
            score = self.goldstein(row.cameo)
            edges.append(NetEdge(
                id=row.event, source=str(row.source_id), target=str(row.target_id), type="event",
                kind=row.cameo, label=f"{row.cameo} {row.trigger}", colour=self.colour(row.cameo, score),
                weight=1.0, thickness=1.0, spell=_spell(filter(None, [event_interval(row)])), dashed=False,
                attributes=_clean({"role": "event", **self.event_values(row)}),
                alpha=MODALITY_MARKS[row.modality].alpha))
        return edges

    def dyad_edges(self, rows: list[TimelineRow]) -> list[NetEdge]:
        groups: dict[tuple[str, str, str], list[TimelineRow]] = defaultdict(list)
        for row in rows:
            groups[(str(row.source_id), str(row.target_id), row.cameo[:2])].append(row)
        edges = []
        for (source, target, root), members in sorted(groups.items()):
            scores = [s for s in (self.goldstein(r.cameo) for r in members) if s is not None]
            total = round(sum(scores), 2) if scores else None
            spell = _spell(filter(None, map(event_interval, members)))
            label = cameo_entry(root, self.book).label
            edges.append(NetEdge(
                id=f"{_short(source)}->{_short(target)}:{root}", source=source, target=target,
                type="dyad", kind=root, label=f"{root} {label} x{len(members)}",
                colour=self.colour(root, total), weight=float(len(members)),
                thickness=round(1.0 + 1.5 * math.log2(len(members)), 2), spell=spell, dashed=False,
                attributes=_clean({
                    "role": "dyad", "cameo_root": root, "cameo_label": label,
                    "quad_class": quad_class(root).label, "count": len(members), "goldstein_sum": total,
                    "first": spell.start.isoformat() if spell else None,
                    "last": (spell.end - dt.timedelta(days=1)).isoformat() if spell else None})))
        return edges

    def event_nodes(self, rows: list[TimelineRow]) -> list[NetNode]:
        """Event nodes, placed at the origin until the layout runs."""
        nodes = []
        for row in rows:
            colour = self.colour(row.cameo, self.goldstein(row.cameo)) if row.cameo else EVENT_NODE_COLOUR
            nodes.append(NetNode(id=row.event, label=f"{row.cameo} {row.trigger}", type="event",
                                 colour=colour, size=EVENT_NODE_SIZE, x=0.0, y=0.0,
                                 spell=_spell(filter(None, [event_interval(row)])),
                                 attributes=_clean({"role": "event", **self.event_values(row)}),
                                 alpha=MODALITY_MARKS[row.modality].alpha))
        return nodes

    def event_node_edges(self, rows: list[TimelineRow]) -> list[NetEdge]:
        edges = []
        known = self.everyone
        for row in rows:
            colour = self.colour(row.cameo, self.goldstein(row.cameo))
            spell = _spell(filter(None, [event_interval(row)]))
            alpha = MODALITY_MARKS[row.modality].alpha
            ends: tuple[tuple[Literal["source", "target"], str | None, str, str], ...] = (
                ("source", row.source_id, str(row.source_id), row.event),
                ("target", row.target_id, row.event, str(row.target_id)))
            for role, actor, source, target in ends:
                if actor not in known:
                    continue
                edges.append(NetEdge(
                    id=f"{row.event}#{role}", source=source, target=target, type=role,
                    kind=role, label=role, colour=colour, weight=1.0, thickness=1.0, spell=spell,
                    dashed=False, attributes={"role": role, "cameo": row.cameo}, alpha=alpha))
        return edges

    def relation_edges(self, relations: list[RelationRow]) -> list[NetEdge]:
        groups: dict[tuple[str, str, str], list[RelationRow]] = defaultdict(list)
        for rel in relations:
            groups[(rel.subject_id, rel.predicate.value, rel.object_id)].append(rel)
        edges = []
        for (subject, predicate, obj), members in sorted(groups.items()):
            articles = sorted({m.article for m in members})
            edges.append(NetEdge(
                id=f"rel:{_short(subject)}:{predicate}:{_short(obj)}", source=subject, target=obj,
                type="relation", kind=predicate, label=predicate, colour=RELATION_COLOUR,
                weight=float(len(members)), thickness=1.0, spell=None, dashed=True,
                attributes={"role": "relation", "relation": predicate, "count": len(members),
                            "article": " ".join(articles)}))
        return edges


def build_network(source: Source, options: NetworkOptions | None = None) -> Network:
    """Return the network picture of the store (see the module docstring for the forms).

    Raises:
        UnknownActorError: if the actor filter names nobody.
        ExportError: for options that do not combine.
    """
    return _Builder(source, options or NetworkOptions()).build()
