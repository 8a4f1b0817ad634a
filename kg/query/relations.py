"""Relations between actors: ``relations_of()``."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef

from kg.model import RelationKind
from kg.query.actor import actor_ids
from kg.query.canned import Source, as_store, chunks, str_or_none
from kg.store import Store
from kg.store.terms import Row, iri
from kg.vocab import RELATION_PROPERTIES, article_id_of, mint_iri, relation_key_of

__all__ = ["RelationRow", "relation_rows", "relations_of"]

_RELATIONS = {str(term): kind for kind, term in RELATION_PROPERTIES.items()}
_KINDS = {kind.value: kind for kind in RELATION_PROPERTIES}


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


def _rows(store: Store, found: list[Row]) -> list[RelationRow]:
    actors = {str(r[k]) for r in found for k in ("subject", "object")}
    sentences = {str(r["sentence"]) for r in found if r["sentence"] is not None}
    labels: dict[str, str] = {}
    texts: dict[str, str] = {}
    for batch in chunks(sorted(actors), 300):
        for row in store.canned("labels", tables=[(("actor",), [(iri(a),) for a in batch])]):
            labels.setdefault(str(row["actor"]), str(row["label"]))
    for batch in chunks(sorted(sentences), 300):
        for row in store.canned("texts", tables=[(("node",), [(iri(s),) for s in batch])]):
            texts[str(row["node"])] = str(row["text"])
    out = set()
    for row in found:
        kind = _RELATIONS.get(str(row["predicate"]))
        if kind is None:
            continue
        subject, obj = str(row["subject"]), str(row["object"])
        out.add(RelationRow(
            subject=labels.get(subject, subject),
            predicate=kind,
            object=labels.get(obj, obj),
            article=article_id_of(str(row["g"])) or str(row["g"]),
            sentence=texts.get(str(row["sentence"])) if row["sentence"] is not None else None,
            subject_id=subject,
            object_id=obj,
        ))
    return sorted(out, key=lambda r: (r.subject, r.predicate.value, r.object, r.article))


def relation_rows(source: Source, actor: URIRef | None) -> list[RelationRow]:
    """Return the relations about ``actor`` (as subject or object); all when None."""
    store = as_store(source)
    if actor is None:
        return _rows(store, store.canned("relations_all"))
    # The actor's statements from the index, with their sentences. A statement's
    # IRI is minted from its subject, kind and object (kept so by merges), so
    # only statements with another IRI have their facts read.
    said: list[Row] = []
    other: list[Row] = []
    for row in store.canned("relations_of", {"actor": iri(str(actor))}):
        keys = relation_key_of(str(row["statement"]))
        kind = _KINDS.get(keys[2]) if keys is not None else None
        if keys is None or kind is None:
            other.append(row)
            continue
        said.append({**row, "subject": str(mint_iri("actor", keys[1])), "predicate": str(RELATION_PROPERTIES[kind]),
                     "object": str(mint_iri("actor", keys[3]))})
    for batch in chunks(other, 300):
        said += store.canned("statement_facts", tables=[(("statement", "g"), [(iri(str(r["statement"])), iri(str(r["g"])))
                                                                                for r in batch])])
    return _rows(store, said)


def relations_of(source: Source, name: str) -> list[RelationRow]:
    """Return the relations whose subject or object is the actor called ``name``.

    Raises:
        UnknownActorError: if ``name`` matches no actor.
    """
    store = as_store(source)
    rows: list[RelationRow] = []
    for node in actor_ids(store, name):
        rows.extend(relation_rows(store, node))
    return sorted(set(rows), key=lambda r: (r.subject, r.predicate.value, r.object, r.article))
