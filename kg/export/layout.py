"""Node positions: a seeded ForceAtlas2 layout, the one Gephi users know.

The same graph always gets the same positions (fixed seed, nodes and edges
in sorted order, coordinates rounded), so exports are byte-identical on
rebuild.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable, Mapping

import networkx as nx

__all__ = ["LAYOUT_LIMIT", "layout_positions"]

log = logging.getLogger(__name__)

#: ForceAtlas2 in networkx compares every pair of nodes (memory grows with the
#: square of the node count); past this many nodes a circle is used instead.
LAYOUT_LIMIT = 1500
#: Positions are scaled to fit a square of this half-width (Gephi's units).
EXTENT = 400.0


def layout_positions(nodes: Iterable[str], edges: Iterable[tuple[str, str, float]], *,
                     seed: int = 13) -> Mapping[str, tuple[float, float]]:
    """Return node -> (x, y), laid out by ForceAtlas2 over undirected weighted edges.

    Args:
        nodes: node ids.
        edges: (u, v, weight); parallel edges add their weights.
        seed: the layout's random seed.
    """
    graph = nx.Graph()
    graph.add_nodes_from(sorted(set(nodes)))
    for u, v, weight in sorted(edges):
        if u == v:
            continue
        if graph.has_edge(u, v):
            graph.edges[u, v]["weight"] += weight
        else:
            graph.add_edge(u, v, weight=weight)
    if len(graph) == 0:
        return {}
    if len(graph) == 1:
        return {next(iter(graph)): (0.0, 0.0)}
    if len(graph) > LAYOUT_LIMIT:
        log.warning("%d nodes: placing them on a circle (ForceAtlas2 is used up to %d)",
                    len(graph), LAYOUT_LIMIT)
        raw = {n: (math.cos(2 * math.pi * i / len(graph)), math.sin(2 * math.pi * i / len(graph)))
               for i, n in enumerate(graph)}
    else:
        found = nx.forceatlas2_layout(graph, seed=seed, max_iter=300, weight="weight",
                                      scaling_ratio=4.0, gravity=1.0, strong_gravity=True)
        raw = {n: (float(found[n][0]), float(found[n][1])) for n in graph}
    return _fit(raw)


def _fit(raw: Mapping[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    xs = [p[0] for p in raw.values()]
    ys = [p[1] for p in raw.values()]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    half = max(max(xs) - min(xs), max(ys) - min(ys)) / 2 or 1.0
    # ``+ 0.0`` turns -0.0 into 0.0, so no "-0.0" appears in a file.
    return {n: (round((x - cx) / half * EXTENT, 1) + 0.0, round((y - cy) / half * EXTENT, 1) + 0.0)
            for n, (x, y) in raw.items()}
