"""The actor network (networkx): ``actor_graph()`` and ``path_between()``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal as TypingLiteral

import networkx as nx

from kg.query.actor import actor_ids, find_actor
from kg.query.canned import Source
from kg.query.events import timeline
from kg.query.relations import relation_rows

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

    Relations are preferred over events when both link the same two actors.
    An empty list means the actors are not connected (or are the same).

    Raises:
        UnknownActorError: if ``a`` or ``b`` matches no actor (with close names).
    """
    starts, goals = actor_ids(source, a), actor_ids(source, b)
    graph = actor_graph(source)
    undirected = nx.Graph()
    undirected.add_nodes_from(graph.nodes)
    undirected.add_edges_from((u, v) for u, v in graph.edges())
    best: list[str] | None = None
    for start in map(str, starts):
        for goal in map(str, goals):
            try:
                path = nx.shortest_path(undirected, start, goal)
            except (nx.NetworkXNoPath, nx.NodeNotFound):
                continue
            if best is None or (len(path), path) < (len(best), best):
                best = path
    if best is None or len(best) < 2:
        return []
    return [_step(graph, u, v) for u, v in zip(best, best[1:])]


def _step(graph: nx.MultiDiGraph, u: str, v: str) -> PathStep:
    options: list[tuple[int, str, bool, dict[str, Any]]] = []
    for x, y, forward in ((u, v, True), (v, u, False)):
        for key, data in (graph.get_edge_data(x, y) or {}).items():
            options.append((0 if data["kind"] == "relation" else 1, key, not forward, data))
    # Relations before events, the stored direction first, then the busiest edge.
    rank, key, backward, data = min(options, key=lambda o: (o[0], o[2], -o[3]["weight"], o[1]))
    label = (data["relation"] if data["kind"] == "relation"
             else f"{data['cameo']} {data['cameo_label']}".strip())
    return PathStep(
        source=graph.nodes[u]["label"],
        target=graph.nodes[v]["label"],
        kind="relation" if rank == 0 else "event",
        link=label,
        forward=not backward,
        count=int(data["weight"]),
    )
