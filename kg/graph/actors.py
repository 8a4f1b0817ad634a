"""Actors in the shared ``actors`` graph: ``actor_description()``."""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, SKOS

from kg.model import Actor, ActorKind
from kg.vocab import KG, KIND_CLASSES, SEM, mint_iri

__all__ = ["ACCUMULATING_ACTOR_PROPERTIES", "WIKIDATA", "actor_description", "name_key", "name_part"]

_SHORT_NAME_KINDS = frozenset({ActorKind.PERSON, ActorKind.ORGANIZATION})

#: Actor properties that accumulate across articles; the others are replaced
#: by the latest description (see ``kg.store``).
ACCUMULATING_ACTOR_PROPERTIES = frozenset({SKOS.altLabel})
WIKIDATA = "http://www.wikidata.org/entity/"


def name_key(name: str) -> str:
    """The form an actor's name is looked up by: case-folded, spaces collapsed."""
    return " ".join(name.casefold().split())


def name_part(actor: Actor) -> str | None:
    """The word a one-word name must equal to resolve into ``actor``, or None.

    People resolve by their last name ("Vladimir Putin" -> "Putin"),
    organisations by their first word ("Norvik Digital" -> "Norvik").
    """
    words = actor.name.split()
    if len(words) < 2 or actor.kind not in _SHORT_NAME_KINDS:
        return None
    return words[-1] if actor.kind is ActorKind.PERSON else words[0]


def actor_description(actor: Actor) -> list[tuple[URIRef, URIRef, Literal | URIRef]]:
    """Return the triples that describe ``actor`` in the shared actors graph.

    Besides the names, ``kg:nameKey`` holds every name in lookup form and
    ``kg:namePart`` the word a one-word name resolves by, so finding an
    actor by name is an index look-up however many actors the store holds.
    """
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
    for key in sorted({name_key(n) for n in (actor.name, *actor.aliases)} - {""}):
        triples.append((node, KG.nameKey, Literal(key)))
    part = name_part(actor)
    if part is not None:
        triples.append((node, KG.namePart, Literal(name_key(part))))
    return triples
