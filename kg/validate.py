"""SHACL validation of a kg graph against ``ontology/shapes.ttl`` (pySHACL).

A store is checked one batch of article graphs at a time, each with the
descriptions of the actors and the CAMEO concepts it uses, then the shared
actors graph on its own, so memory stays flat however large the store is. An
event that several articles report is one node with one report in each of
their graphs: no batch holds two reports of one event (the shapes say an
event has one trigger, one sentence...). A single graph or dataset (one
article, a test) is checked whole.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pyoxigraph as ox
from pyshacl import validate
from rdflib import Dataset, Graph
from rdflib.namespace import RDF

from kg.errors import OntologyError
from kg.graph import bind_prefixes, to_graph
from kg.store import Store
from kg.store.terms import to_rdflib
from kg.vocab import ID, KG, SEM, actors_graph_iri, cameo_graph_iri, ontology_path, summary_graph_iri

__all__ = ["ValidationReport", "validate_graph", "validate_store"]

_ACTORS = ox.NamedNode(str(actors_graph_iri()))
_CAMEO = ox.NamedNode(str(cameo_graph_iri()))
_SHARED = frozenset({str(actors_graph_iri()), str(cameo_graph_iri()), str(summary_graph_iri()),
                     str(ID) + "graph/merges"})
_ACTOR_PREFIX = str(ID) + "actor/"
_EVENT_TYPE = ox.NamedNode(str(SEM.eventType))
_TYPE = ox.NamedNode(str(RDF.type))
_EVENT = ox.NamedNode(str(KG.Event))
#: Quads of article graphs checked in one pySHACL run (about 30 articles).
BATCH_QUADS = 25_000
#: Actors checked in one run.
BATCH_ACTORS = 2_000
#: The report keeps the first this many characters of each failing batch.
_REPORT_LIMIT = 20_000


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of a SHACL check.

    Attributes:
        conforms: True when every shape holds.
        text: pySHACL's human-readable report (of the failing batches).
    """

    conforms: bool
    text: str


@functools.cache
def _load(name: str) -> Graph:
    graph = Graph()
    try:
        graph.parse(ontology_path(name), format="turtle")
    except OntologyError:
        raise
    except Exception as exc:  # rdflib parsers raise many unrelated types
        raise OntologyError(f"cannot load {name}: {' '.join(str(exc).split())}") from exc
    return graph


def _check(data: Graph) -> tuple[bool, str]:
    try:
        conforms, _, text = validate(
            data,
            shacl_graph=_load("shapes.ttl"),
            ont_graph=_load("kg.ttl"),
            inference="none",
            allow_warnings=True,
        )
    except Exception as exc:  # pySHACL reports broken shapes as assorted errors
        raise OntologyError(f"the SHACL shapes cannot be used: {exc}") from exc
    return bool(conforms), str(text)


def validate_graph(data: Store | Dataset | Graph) -> ValidationReport:
    """Check a store, dataset or graph against the kg SHACL shapes.

    A store is checked article by article (see :func:`validate_store`); a
    dataset or graph is merged and checked whole.

    Raises:
        OntologyError: if the shapes or the ontology cannot be loaded.
    """
    if isinstance(data, Store):
        return validate_store(data)
    _load.cache_clear()  # a test may have swapped the ontology files
    conforms, text = _check(to_graph(data) if isinstance(data, Dataset) else data)
    return ValidationReport(conforms=conforms, text=text)


def _graph(quads: Iterable[ox.Quad]) -> Graph:
    graph = Graph()
    bind_prefixes(graph)
    for quad in quads:
        graph.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
    return graph


def _events_of(quads: list[ox.Quad]) -> set[str]:
    return {q.subject.value for q in quads
            if q.predicate == _TYPE and q.object == _EVENT and isinstance(q.subject, ox.NamedNode)}


def _pack(graphs: Iterable[list[ox.Quad]], held: list[list[ox.Quad]]) -> Iterator[list[ox.Quad]]:
    """Graphs packed into batches of about BATCH_QUADS quads; a graph reporting an event the
    batch already holds is put in ``held`` for a later round."""
    batch: list[ox.Quad] = []
    events: set[str] = set()
    for quads in graphs:
        mine = _events_of(quads)
        if mine & events:
            held.append(quads)
            continue
        batch += quads
        events |= mine
        if len(batch) >= BATCH_QUADS:
            yield batch
            batch, events = [], set()
    if batch:
        yield batch


def _article_batches(store: Store) -> Iterator[list[ox.Quad]]:
    """The store's article graphs in batches, no event reported twice in one batch."""
    graphs: Iterable[list[ox.Quad]] = (list(store.quads(g)) for g in store.graphs() if g.value not in _SHARED)
    while True:
        held: list[list[ox.Quad]] = []
        yield from _pack(graphs, held)
        if not held:
            return
        graphs = held  # other reports of events already checked: another round


def _with_shared(store: Store, quads: list[ox.Quad]) -> list[ox.Quad]:
    """The batch with the descriptions of the actors and CAMEO concepts it refers to."""
    actors = {t for q in quads for t in (q.subject, q.object)
              if isinstance(t, ox.NamedNode) and t.value.startswith(_ACTOR_PREFIX)}
    concepts = {q.object for q in quads if q.predicate == _EVENT_TYPE and isinstance(q.object, ox.NamedNode)}
    return quads + list(store.describe(actors, _ACTORS)) + list(store.describe(concepts, _CAMEO))


def validate_store(store: Store) -> ValidationReport:
    """Check every article graph of ``store`` (with the actors and concepts it uses), then its actors.

    Raises:
        OntologyError: if the shapes or the ontology cannot be loaded.
        StoreError: if the store cannot be read.
    """
    _load.cache_clear()
    failures: list[str] = []
    for batch in _article_batches(store):
        conforms, text = _check(_graph(_with_shared(store, batch)))
        if not conforms:
            failures.append(text[:_REPORT_LIMIT])
    actors = sorted({q.subject for q in store.quads(_ACTORS)
                     if q.predicate == _TYPE and isinstance(q.subject, ox.NamedNode)}, key=str)
    for start in range(0, len(actors), BATCH_ACTORS):
        conforms, text = _check(_graph(store.describe(actors[start:start + BATCH_ACTORS], _ACTORS)))
        if not conforms:
            failures.append(text[:_REPORT_LIMIT])
    if not failures:
        return ValidationReport(conforms=True, text="Validation Report\nConforms: True\n")
    return ValidationReport(conforms=False, text="\n".join(failures))
