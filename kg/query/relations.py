"""Relations between actors: ``relations_of()``."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Literal, URIRef
from rdflib.term import Identifier

from kg.model import RelationKind
from kg.query.actor import actor_ids
from kg.query.canned import NOBODY, Source, run_canned, solutions, str_or_none
from kg.vocab import RELATION_PROPERTIES

__all__ = ["RelationRow", "relation_rows", "relations_of"]

_RELATIONS = {term: kind for kind, term in RELATION_PROPERTIES.items()}


@dataclass(frozen=True)
class RelationRow:
    """One relation statement: ``subject predicate object``, with provenance."""

    subject: str
    predicate: RelationKind
    object: str
    article: str
    sentence: str | None
    subject_id: str
    object_id: str


def relation_rows(source: Source, actor: URIRef | None) -> list[RelationRow]:
    """Return the relations about ``actor`` (as subject or object); all when None."""
    binding: dict[str, Identifier] = {
        "anyActor": Literal(actor is None),
        "actor": actor if actor is not None else NOBODY,
    }
    out = set()
    for row in solutions(run_canned(source, "relations", binding)):
        kind = _RELATIONS.get(row.predicate)  # type: ignore[call-overload]
        if kind is None:
            continue
        out.add(RelationRow(
            subject=str(row.subjectLabel or row.subject),
            predicate=kind,
            object=str(row.objectLabel or row.object),
            article=str(row.articleId),
            sentence=str_or_none(row.sentenceText),
            subject_id=str(row.subject),
            object_id=str(row.object),
        ))
    return sorted(out, key=lambda r: (r.subject, r.predicate.value, r.object, r.article))


def relations_of(source: Source, name: str) -> list[RelationRow]:
    """Return the relations whose subject or object is the actor called ``name``.

    Raises:
        UnknownActorError: if ``name`` matches no actor.
    """
    rows: list[RelationRow] = []
    for iri in actor_ids(source, name):
        rows.extend(relation_rows(source, iri))
    return sorted(set(rows), key=lambda r: (r.subject, r.predicate.value, r.object, r.article))
