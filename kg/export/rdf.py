"""Store -> RDF files: N-Quads, TriG, Turtle, streamed by Oxigraph's own serialisers.

Nothing is copied into memory: N-Quads is Oxigraph's dump of the store (a
million events in about a minute), TriG and Turtle are Oxigraph's
serialisers fed quad by quad (Turtle merges the named graphs into one). The
summary graph (the store's counts) is bookkeeping and is left out. Quads
come in the store's index order, which depends only on what the store holds,
so the same store gives the same bytes (JSON-LD: ``kg.export.jsonld``).
"""

from __future__ import annotations

import pathlib
import tempfile
from collections.abc import Iterator

import pyoxigraph as ox

from kg.errors import ExportError
from kg.export.options import ExportOptions, Exporter
from kg.store import Store
from kg.vocab import PREFIXES, summary_graph_iri

__all__ = ["data_quads", "write_nquads", "write_trig", "write_turtle"]

_SUMMARY = ox.NamedNode(str(summary_graph_iri()))
_SUMMARY_TAIL = f" {_SUMMARY} .\n".encode()
# Prefixes Oxigraph writes in TriG and Turtle (N-Quads has none).
_PREFIXES = {name: iri for name, iri in PREFIXES.items()}


def data_quads(store: Store) -> Iterator[ox.Quad]:
    """Every quad of the store's named graphs but the summary graph."""
    return (q for q in store.quads() if q.graph_name != _SUMMARY)


def _fail(path: pathlib.Path, exc: OSError) -> ExportError:
    return ExportError(f"cannot write {path}: {exc.strerror or exc}")


def write_nquads(store: Store, path: pathlib.Path, options: ExportOptions | None = None) -> None:
    """Write every graph of the store (but its summary) as N-Quads."""
    try:
        if not store.writable:
            ox.serialize(data_quads(store), str(path), ox.RdfFormat.N_QUADS)
            return
        with tempfile.TemporaryDirectory(dir=path.parent, prefix=".nquads.") as folder:
            dump = pathlib.Path(folder) / "dump.nq"
            store.oxigraph.dump(str(dump), ox.RdfFormat.N_QUADS)
            # The summary graph's few lines are dropped as the dump is copied.
            with dump.open("rb") as source, path.open("wb") as target:
                for line in source:
                    if not line.endswith(_SUMMARY_TAIL):
                        target.write(line)
    except OSError as exc:
        raise _fail(path, exc) from exc


def write_trig(store: Store, path: pathlib.Path, options: ExportOptions | None = None) -> None:
    """Write every graph of the store (but its summary) as TriG."""
    try:
        ox.serialize(data_quads(store), str(path), ox.RdfFormat.TRIG, prefixes=_PREFIXES)
    except OSError as exc:
        raise _fail(path, exc) from exc


def _triples(store: Store) -> Iterator[ox.Triple]:
    for quad in data_quads(store):
        yield quad.triple


def write_turtle(store: Store, path: pathlib.Path, options: ExportOptions | None = None) -> None:
    """Write the union of the store's graphs (but its summary) as Turtle."""
    try:
        ox.serialize(_triples(store), str(path), ox.RdfFormat.TURTLE, prefixes=_PREFIXES)
    except OSError as exc:
        raise _fail(path, exc) from exc


_WRITERS: list[Exporter] = [write_nquads, write_trig, write_turtle]  # each fits the Exporter signature
