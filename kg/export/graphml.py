"""Store -> GraphML: the aggregated actor graph, through networkx."""

from __future__ import annotations

import pathlib

import networkx as nx

from kg.errors import ExportError
from kg.export.options import ExportOptions
from kg.query import actor_graph
from kg.store import Store

__all__ = ["write_graphml"]


def write_graphml(store: Store, path: pathlib.Path, options: ExportOptions | None = None) -> None:
    """Write the aggregated actor graph (relations and event edges) as GraphML.

    Edge attribute ``events`` (a tuple of IRIs) is written space-separated,
    since GraphML values are scalars.
    """
    graph = actor_graph(store)
    flat = nx.MultiDiGraph()
    flat.add_nodes_from(sorted(graph.nodes(data=True)))
    for u, v, key, data in sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3]):
        flat.add_edge(u, v, key, **{
            name: " ".join(value) if isinstance(value, tuple) else value
            for name, value in data.items()
        })
    try:
        nx.write_graphml(flat, str(path))
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
