"""Store -> Gephi's spreadsheet import: ``nodes.csv`` and ``edges.csv`` in a folder.

The columns Gephi recognises come first: ``Id``, ``Label`` (nodes);
``Source``, ``Target``, ``Type``, ``Id``, ``Label``, ``Weight``, ``Kind``
(edges); then ``Start`` and ``End`` (the day after the last, as in the GEXF,
so Gephi's Data Laboratory "Merge columns -> Create time interval" never
meets an empty interval), then the attribute columns of the GEXF. The
network is the one ``kg export gexf`` draws, with the same options.
"""

from __future__ import annotations

import pathlib
from collections.abc import Mapping

from kg.errors import ExportError
from kg.export.network import EDGE_COLUMNS, NODE_COLUMNS, Network, Spell, Value, build_network
from kg.export.options import ExportOptions
from kg.export.table import Cell, write_table
from kg.store import Store

__all__ = ["write_gephi_csv", "write_gephi_tables"]


def _when(spell: Spell | None) -> list[Cell]:
    return [spell.start.isoformat(), spell.end.isoformat()] if spell else [None, None]


def _used(columns: tuple[tuple[str, str], ...], rows: list[Mapping[str, Value]]) -> list[str]:
    seen = {name for row in rows for name in row}
    return [name for name, _ in columns if name in seen]


def write_gephi_tables(network: Network, folder: pathlib.Path) -> tuple[pathlib.Path, pathlib.Path]:
    """Write ``nodes.csv`` and ``edges.csv`` of ``network`` into ``folder``; return their paths.

    Raises:
        ExportError: if ``folder`` is a file or cannot be written.
    """
    if folder.exists() and not folder.is_dir():
        raise ExportError(f"{folder} is a file; gephi-csv writes nodes.csv and edges.csv into a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create {folder}: {exc.strerror or exc}") from exc
    node_columns = _used(NODE_COLUMNS, [n.attributes for n in network.nodes])
    edge_columns = _used(EDGE_COLUMNS, [e.attributes for e in network.edges])
    nodes, edges = folder / "nodes.csv", folder / "edges.csv"
    write_table(nodes, ["Id", "Label", "Start", "End", *node_columns], (
        [n.id, n.label, *_when(n.spell), *(n.attributes.get(c) for c in node_columns)]
        for n in network.nodes))
    write_table(edges, ["Source", "Target", "Type", "Id", "Label", "Weight", "Kind", "Start", "End",
                        *edge_columns], (
        [e.source, e.target, "Directed", e.id, e.label, e.weight, e.kind, *_when(e.spell),
         *(e.attributes.get(c) for c in edge_columns)]
        for e in network.edges))
    return nodes, edges


def write_gephi_csv(store: Store, path: pathlib.Path, options: ExportOptions | None = None) -> None:
    """Write the network as Gephi spreadsheet CSVs into the folder ``path``."""
    options = options or ExportOptions()
    write_gephi_tables(build_network(store, options.network), path)
