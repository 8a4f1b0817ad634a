"""Actors in the shared ``actors`` graph: ``actor_description()``."""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, SKOS

from kg.model import Actor
from kg.vocab import KG, KIND_CLASSES, SEM, mint_iri

__all__ = ["ACCUMULATING_ACTOR_PROPERTIES", "WIKIDATA", "actor_description"]

#: Actor properties that accumulate across articles; the others are replaced
#: by the latest description (see ``kg.store``).
ACCUMULATING_ACTOR_PROPERTIES = frozenset({SKOS.altLabel})
WIKIDATA = "http://www.wikidata.org/entity/"


def actor_description(actor: Actor) -> list[tuple[URIRef, URIRef, Literal | URIRef]]:
    """Return the triples that describe ``actor`` in the shared actors graph."""
    node = mint_iri("actor", actor.id)
    triples: list[tuple[URIRef, URIRef, Literal | URIRef]] = [
        (node, RDF.type, KG.Actor),
        (node, RDF.type, SEM.Actor),
        (node, RDF.type, KIND_CLASSES[actor.kind]),
        (node, SKOS.prefLabel, Literal(actor.name)),
        (node, KG.kind, Literal(actor.kind.value)),
    ]
    if actor.country:
        triples.append((node, KG.country, Literal(actor.country)))
    if actor.code:
        triples.append((node, KG.cameoCode, Literal(actor.code)))
    if actor.wikidata:
        triples.append((node, OWL.sameAs, URIRef(WIKIDATA + actor.wikidata)))
    for alias in sorted(set(actor.aliases) - {actor.name}):
        triples.append((node, SKOS.altLabel, Literal(alias)))
    return triples
