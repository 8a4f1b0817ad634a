"""SHACL validation of a kg graph against ``ontology/shapes.ttl`` (pySHACL)."""

from __future__ import annotations

from dataclasses import dataclass

from pyshacl import validate
from rdflib import Dataset, Graph

from kg.errors import OntologyError
from kg.graph import to_graph
from kg.store import Store
from kg.vocab import ontology_path

__all__ = ["ValidationReport", "validate_graph"]


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of a SHACL check.

    Attributes:
        conforms: True when every shape holds.
        text: pySHACL's human-readable report.
    """

    conforms: bool
    text: str


def _load(name: str) -> Graph:
    graph = Graph()
    try:
        graph.parse(ontology_path(name), format="turtle")
    except OntologyError:
        raise
    except Exception as exc:  # rdflib parsers raise many unrelated types
        raise OntologyError(f"cannot load {name}: {' '.join(str(exc).split())}") from exc
    return graph


def validate_graph(data: Store | Dataset | Graph) -> ValidationReport:
    """Check a store, dataset or graph against the kg SHACL shapes.

    All named graphs are merged first: an event in an article graph points
    at an actor described in the shared actors graph, and pySHACL would
    otherwise check each named graph on its own. A store is copied into
    memory for this, so validate subsets of very large stores.

    Raises:
        OntologyError: if the shapes or the ontology cannot be loaded.
    """
    shapes = _load("shapes.ttl")
    ontology = _load("kg.ttl")
    if isinstance(data, Store):
        data = data.dataset
    merged = to_graph(data) if isinstance(data, Dataset) else data
    try:
        conforms, _, text = validate(
            merged,
            shacl_graph=shapes,
            ont_graph=ontology,
            inference="none",
            allow_warnings=True,
        )
    except Exception as exc:  # pySHACL reports broken shapes as assorted errors
        raise OntologyError(f"the SHACL shapes cannot be used: {exc}") from exc
    return ValidationReport(conforms=bool(conforms), text=str(text))
