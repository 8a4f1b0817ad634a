"""In-memory datasets: ``new_dataset()``, ``to_graph()``, ``to_dataset()``, ``plain()``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import XSD
from rdflib.query import ResultRow
from rdflib.term import Node

from kg.errors import StoreError
from kg.vocab import PREFIXES

__all__ = ["Triple", "TripleSink", "bind_prefixes", "new_dataset", "plain", "to_dataset", "to_graph"]

Triple = tuple[Node, Node, Node]


class TripleSink(Protocol):
    """Where the graph builders put triples: an rdflib Graph, or a plain collector."""

    def add(self, triple: Triple) -> object:  # noqa: D102 - rdflib's own signature
        ...


def new_dataset() -> Dataset:
    """Return an empty in-memory Dataset with kg's prefixes bound.

    The default graph is the union of all named graphs, so SPARQL without
    ``GRAPH`` sees everything (as :func:`kg.store.open_store` does).
    """
    dataset = Dataset(default_union=True)
    bind_prefixes(dataset)
    return dataset


def bind_prefixes(graph: Graph) -> None:
    """Bind kg's prefixes on ``graph``, replacing rdflib's defaults."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, URIRef(namespace), override=True, replace=True)


def plain(term: Node) -> Node:
    """Return ``term`` with an explicit ``xsd:string`` datatype dropped.

    Oxigraph returns RDF 1.1 simple literals as ``"x"^^xsd:string``, which
    rdflib (and pySHACL's ``sh:in``) treats as different from ``"x"``.
    """
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


def _quads(dataset: Dataset) -> Iterator[tuple[Node, Node, Node, Node]]:
    """Every quad of ``dataset``, with graph names as terms."""
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    if isinstance(dataset.store, SPARQLStore):
        # A SPARQL endpoint cannot be listed by pattern; ask it once.
        try:
            rows = list(dataset.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"))
        except Exception as exc:  # rdflib reports HTTP and format failures as assorted types
            detail = " ".join(str(exc.__cause__ or exc).split())[:200]
            raise StoreError(f"cannot read the graphs of the SPARQL endpoint ({detail})") from exc
        for row in rows:
            assert isinstance(row, ResultRow)
            yield row[0], row[1], row[2], row[3]
        return
    for s, p, o, g in dataset.quads((None, None, None, None)):
        name = g.identifier if isinstance(g, Graph) else g
        yield s, p, o, DATASET_DEFAULT_GRAPH_ID if name is None else name


def to_graph(dataset: Dataset) -> Graph:
    """Return the union of all graphs of ``dataset`` as one plain in-memory Graph.

    Raises:
        StoreError: ``dataset`` is a SPARQL endpoint that cannot be read.
    """
    merged = Graph()
    bind_prefixes(merged)
    for s, p, o, _ in _quads(dataset):
        merged.add((s, p, plain(o)))
    return merged


def to_dataset(dataset: Dataset) -> Dataset:
    """Return an in-memory copy of ``dataset`` (literals normalized as by :func:`plain`).

    Raises:
        StoreError: ``dataset`` is a SPARQL endpoint that cannot be read.
    """
    copy = new_dataset()
    for s, p, o, g in _quads(dataset):
        copy.graph(g).add((s, p, plain(o)))  # type: ignore[arg-type]
    return copy
