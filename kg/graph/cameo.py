"""The CAMEO codebook (``ontology/cameo.ttl``) and the ``cameo`` graph's concepts."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass

from rdflib import Graph, Literal
from rdflib.namespace import RDF, SKOS, XSD

from kg.errors import OntologyError
from kg.graph.dataset import TripleSink
from kg.vocab import CAMEO, CAMEO_SCHEME, KG, ontology_path

__all__ = ["CameoEntry", "add_cameo", "cameo_codebook", "cameo_entry"]


@dataclass(frozen=True)
class CameoEntry:
    """One CAMEO code of the codebook (``ontology/cameo.ttl``)."""

    label: str
    goldstein: str | None = None  # canonical xsd:decimal lexical form
    plover: str | None = None


@functools.cache
def cameo_codebook() -> Mapping[str, CameoEntry]:
    """Return CAMEO code -> entry, read once from ``ontology/cameo.ttl``.

    Raises:
        OntologyError: if the file is missing or does not parse.
    """
    graph = Graph()
    try:
        graph.parse(ontology_path("cameo.ttl"), format="turtle")
    except (OSError, SyntaxError, ValueError) as exc:
        raise OntologyError(f"cannot load the CAMEO codebook: {exc}") from exc
    book: dict[str, CameoEntry] = {}
    for concept, notation in graph.subject_objects(SKOS.notation):
        label = graph.value(concept, SKOS.prefLabel)
        goldstein = graph.value(concept, KG.goldstein)
        plover = graph.value(concept, KG.plover)
        book[str(notation)] = CameoEntry(
            label=str(label) if label is not None else str(notation),
            goldstein=str(goldstein) if goldstein is not None else None,
            plover=str(plover) if plover is not None else None,
        )
    return book


def _cameo_chain(code: str) -> list[str]:
    """Return ``code`` and its ancestors ("1631" -> ["1631", "163", "16"])."""
    return [code[:n] for n in range(len(code), 1, -1)]


def cameo_entry(code: str, book: Mapping[str, CameoEntry]) -> CameoEntry:
    """Return the codebook entry of ``code``, or one derived from its nearest parent."""
    if code in book:
        return book[code]
    for ancestor in _cameo_chain(code)[1:]:
        if ancestor in book:
            # A refinement the codebook lacks: name it after its parent.
            parent = book[ancestor]
            return CameoEntry(f"{parent.label} ({code})", parent.goldstein, parent.plover)
    return CameoEntry(f"CAMEO {code}")


def add_cameo(graph: TripleSink, code: str, book: Mapping[str, CameoEntry]) -> None:
    """Add the SKOS concept of ``code`` and of its ancestors to ``graph``."""
    graph.add((CAMEO_SCHEME, RDF.type, SKOS.ConceptScheme))
    graph.add((CAMEO_SCHEME, SKOS.prefLabel, Literal("CAMEO event codes", lang="en")))
    chain = _cameo_chain(code)
    for i, current in enumerate(chain):
        concept = CAMEO[current]
        graph.add((concept, RDF.type, SKOS.Concept))
        graph.add((concept, SKOS.inScheme, CAMEO_SCHEME))
        graph.add((concept, SKOS.notation, Literal(current)))
        entry = cameo_entry(current, book)
        graph.add((concept, SKOS.prefLabel, Literal(entry.label, lang="en")))
        # An event's score and category are its concept's, stated once here.
        if entry.goldstein is not None:
            graph.add((concept, KG.goldstein, Literal(entry.goldstein, datatype=XSD.decimal)))
        if entry.plover is not None:
            graph.add((concept, KG.plover, Literal(entry.plover)))
        if i + 1 < len(chain):
            graph.add((concept, SKOS.broader, CAMEO[chain[i + 1]]))
        else:
            graph.add((concept, SKOS.topConceptOf, CAMEO_SCHEME))
