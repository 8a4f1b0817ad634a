"""Store -> RDF files: Turtle, TriG, N-Quads (JSON-LD: ``kg.export.jsonld``).

The store is copied into memory first (literals normalized), then written by
``kg.graph.serialize``: N-Quads are sorted, Turtle merges all named graphs
into one, TriG and JSON-LD keep them.
"""

from __future__ import annotations

import pathlib

from kg.errors import ExportError
from kg.export.options import ExportOptions, Exporter
from kg.graph import serialize, to_dataset
from kg.store import Store

__all__ = ["write_nquads", "write_trig", "write_turtle"]


def _writer(fmt: str) -> Exporter:
    def write(store: Store, path: pathlib.Path, options: ExportOptions | None = None) -> None:
        text = serialize(to_dataset(store.dataset), fmt)
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
