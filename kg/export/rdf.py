"""Store -> RDF files: Turtle, TriG, N-Quads (JSON-LD: ``kg.export.jsonld``).

The store is copied into memory first (literals normalized), then written by
``kg.graph.serialize``: N-Quads are sorted, Turtle merges all named graphs
into one, TriG keeps them. rdflib writes TriG's graphs in hash order, so
TriG is written one graph at a time, sorted by graph name: the same store
gives the same bytes in every process.
"""

from __future__ import annotations

import pathlib

from rdflib import Dataset

from kg.errors import ExportError
from kg.export.options import ExportOptions, Exporter
from kg.graph import new_dataset, serialize, to_dataset
from kg.store import Store

__all__ = ["sorted_trig", "write_nquads", "write_trig", "write_turtle"]


def sorted_trig(dataset: Dataset) -> str:
    """Return ``dataset`` as TriG with its named graphs in IRI order and the prefixes once."""
    prefixes: set[str] = set()
    bodies: list[str] = []
    for graph in sorted(dataset.graphs(), key=lambda g: str(g.identifier)):
        if len(graph) == 0:
            continue
        single = new_dataset()
        target = single.graph(graph.identifier)
        for triple in graph:
            target.add(triple)
        lines = serialize(single, "trig").splitlines()
        head = [line for line in lines if line.startswith("@prefix")]
        prefixes.update(head)
        bodies.append("\n".join(lines[len(head):]).strip("\n"))
    return "\n".join(sorted(prefixes)) + "\n\n" + "\n\n".join(bodies) + "\n"


def _writer(fmt: str) -> Exporter:
    def write(store: Store, path: pathlib.Path, options: ExportOptions | None = None) -> None:
        dataset = to_dataset(store.dataset)
        text = sorted_trig(dataset) if fmt == "trig" else serialize(dataset, fmt)
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc

    write.__name__ = f"write_{fmt}"
    write.__doc__ = f"Write every graph of the store as {fmt}."
    return write


write_turtle = _writer("turtle")
write_trig = _writer("trig")
write_nquads = _writer("nquads")
