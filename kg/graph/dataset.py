"""In-memory datasets: ``new_dataset()``, ``to_graph()``, ``to_dataset()``, ``plain()``."""

from __future__ import annotations

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from kg.vocab import PREFIXES

__all__ = ["bind_prefixes", "new_dataset", "plain", "to_dataset", "to_graph"]


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


def to_graph(dataset: Dataset) -> Graph:
    """Return the union of all graphs of ``dataset`` as one plain in-memory Graph."""
    merged = Graph()
    bind_prefixes(merged)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        merged.add((s, p, plain(o)))
    return merged


def to_dataset(dataset: Dataset) -> Dataset:
    """Return an in-memory copy of ``dataset`` (literals normalized as by :func:`plain`)."""
    copy = new_dataset()
    for s, p, o, g in dataset.quads((None, None, None, None)):
        name = g.identifier if isinstance(g, Graph) else g
        copy.graph(name).add((s, p, plain(o)))
    return copy
