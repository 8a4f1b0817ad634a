"""The actor network (networkx): ``actor_graph()`` and ``path_between()``.

``path_between()`` never builds the whole network: it searches from both
actors at once, one hop at a time, reading each frontier's neighbours from
the direct facts the graph keeps (``kg:actedOn`` for events, the relation
triples), expanding the smaller side first. networkx then runs on the small
neighbourhood it met in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal as TypingLiteral

import networkx as nx

from kg.query.actor import actor_ids, find_actor
from kg.query.canned import Source, as_store, chunks, str_or_none
from kg.query.events import timeline
from kg.query.relations import relation_rows
from kg.store import Store
from kg.store.terms import iri
from kg.vocab import KG, RELATION_PROPERTIES

_LINKS = [iri(str(KG.actedOn)), *(iri(str(p)) for p in RELATION_PROPERTIES.values())]
_RELATIONS = {str(term): kind for kind, term in RELATION_PROPERTIES.items()}
#: Frontier actors asked about in one query.
_FRONTIER_BATCH = 200

__all__ = ["PathStep", "actor_graph", "path_between"]


@dataclass(frozen=True)
class PathStep:
    """One hop of a path between actors.

    Attributes:
        source, target: actor labels, in path order.
        kind: "relation" or "event".
        link: the relation kind ("spokesperson_of") or the CAMEO code and
            label of the event(s) ("163 Impose embargo, boycott, or sanctions").
        forward: True when the stored edge points from ``source`` to ``target``.
        count: how many statements or events back the hop.
    """

    source: str
    target: str
    kind: TypingLiteral["relation", "event"]
    link: str
    forward: bool
    count: int = 1


def actor_graph(source: Source) -> nx.MultiDiGraph:
    """Return the aggregated actor graph.

    Nodes are actor IRIs (attributes ``label``, ``kind``, ``country``,
    ``code``). Edges are keyed ``"relation:<kind>"`` (attributes ``kind``
    "relation", ``relation``, ``weight`` = number of statements) or
    ``"event:<cameo>"`` (``kind`` "event", ``cameo``, ``cameo_label``,
    ``weight`` = number of events, ``events`` = their IRIs). Events without
    both a source and a target make no edge.
    """
    graph = nx.MultiDiGraph()
    for actor in find_actor(source, None):
        graph.add_node(actor.id, label=actor.label, kind=actor.kind.value if actor.kind else "",
                       country=actor.country or "", code=actor.code or "")
    for rel in relation_rows(source, None):
        key = f"relation:{rel.predicate.value}"
        if graph.has_edge(rel.subject_id, rel.object_id, key):
            graph.edges[rel.subject_id, rel.object_id, key]["weight"] += 1
        else:
            graph.add_edge(rel.subject_id, rel.object_id, key, kind="relation",
                           relation=rel.predicate.value, weight=1)
    for row in timeline(source):
        if row.source_id is None or row.target_id is None:
            continue
        key = f"event:{row.cameo}"
        if graph.has_edge(row.source_id, row.target_id, key):
            data = graph.edges[row.source_id, row.target_id, key]
            data["weight"] += 1
            data["events"] = (*data["events"], row.event)
        else:
            graph.add_edge(row.source_id, row.target_id, key, kind="event", cameo=row.cameo,
                           cameo_label=row.cameo_label or "", weight=1, events=(row.event,))
    return graph


def path_between(source: Source, a: str, b: str) -> list[PathStep]:
    """Return a shortest path between two actors, ignoring edge direction.

    Among shortest paths the one whose actor IRIs come first in order is
    chosen, so the answer never depends on how the store was built.
    Relations are preferred over events when both link the same two actors.
    An empty list means the actors are not connected (or are the same).

    Raises:
        UnknownActorError: if ``a`` or ``b`` matches no actor (with close names).
    """
    store = as_store(source)
    starts, goals = [str(i) for i in actor_ids(store, a)], [str(i) for i in actor_ids(store, b)]
    best: list[str] | None = None
    for start in starts:
        for goal in goals:
            path = _shortest(store, start, goal)
            if path is not None and (best is None or (len(path), path) < (len(best), best)):
                best = path
    if best is None or len(best) < 2:
        return []
    return [_step(store, u, v) for u, v in zip(best, best[1:])]


def _neighbours(store: Store, actors: Iterable[str]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for batch in chunks(sorted(actors), _FRONTIER_BATCH):
        rows = store.canned("neighbours", tables=[(("actor",), [(iri(x),) for x in batch]),
                                                  (("link",), [(link,) for link in _LINKS])])
        for row in rows:
            other = str(row["other"])
            if other != row["actor"]:
                found[str(row["actor"])].add(other)
    return found


def _shortest(store: Store, start: str, goal: str) -> list[str] | None:
    """The first (by IRIs) shortest path from ``start`` to ``goal``, by a search from both ends."""
    if start == goal:
        return [start]
    seen = ({start: 0}, {goal: 0})
    frontiers = ([start], [goal])
    edges: set[tuple[str, str]] = set()
    while frontiers[0] and frontiers[1]:
        side = 0 if len(frontiers[0]) <= len(frontiers[1]) else 1
        dist, other = seen[side], seen[1 - side]
        found = _neighbours(store, frontiers[side])
        grown: list[str] = []
        met = False
        for node in frontiers[side]:
            for near in found.get(node, ()):
                edges.add((node, near))
                if near not in dist:
                    dist[near] = dist[node] + 1
                    grown.append(near)
                if near in other:
                    met = True
        frontiers = (sorted(grown), frontiers[1]) if side == 0 else (frontiers[0], sorted(grown))
        if met:
            graph = nx.Graph()
            graph.add_edges_from(edges)
            paths: list[list[str]] = list(nx.all_shortest_paths(graph, start, goal))
            return min(paths, key=lambda p: (len(p), p))
    return None


def _step(store: Store, u: str, v: str) -> PathStep:
    """The hop from ``u`` to ``v``: relations first, the stored direction first, then the busiest link."""
    labels = {str(r["actor"]): str(r["label"]) for r in store.canned(
        "labels", tables=[(("actor",), [(iri(u),), (iri(v),)])])}
    options: list[tuple[int, bool, int, str, str]] = []
    for x, y, forward in ((u, v, True), (v, u, False)):
        relations: dict[str, int] = defaultdict(int)
        for row in store.canned("dyad_relations", {"subject": iri(x), "object": iri(y)}):
            kind = _RELATIONS.get(str(row["predicate"]))
            if kind is not None:
                relations[kind.value] += 1
        for name, count in relations.items():
            options.append((0, not forward, -count, f"relation:{name}", name))
        events: dict[str, int] = defaultdict(int)
        for row in store.canned("dyad_events", {"source": iri(x), "target": iri(y)}):
            events[str(row["concept"])] += 1
        if events:
            concepts = {str(r["concept"]): (str(r["code"]), str_or_none(r["label"])) for r in store.canned(
                "concept_labels", tables=[(("concept",), [(iri(c),) for c in sorted(events)])])}
            for concept, count in events.items():
                code, label = concepts.get(concept, (concept.rsplit("/", 1)[-1], None))
                options.append((1, not forward, -count, f"event:{code}", f"{code} {label or ''}".strip()))
    rank, backward, weight, _, link = min(options)
    return PathStep(
        source=labels.get(u, u),
        target=labels.get(v, v),
        kind="relation" if rank == 0 else "event",
        link=link,
        forward=not backward,
        count=-weight,
    )
