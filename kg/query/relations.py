"""Relations between actors: ``relations_of()``."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef

from kg.model import RelationKind
from kg.query.actor import actor_ids
from kg.query.canned import Source, as_store, chunks, str_or_none
from kg.store import Store
from kg.store.terms import Row, iri
from kg.vocab import RELATION_PROPERTIES, article_id_of

__all__ = ["RelationRow", "relation_rows", "relations_of"]

_RELATIONS = {str(term): kind for kind, term in RELATION_PROPERTIES.items()}


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
    # The actor's statements from the index first, then what their graphs say about them.
    found = store.canned("relations_of", {"actor": iri(str(actor))})
    said: list[Row] = []
    for batch in chunks(found, 300):
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
