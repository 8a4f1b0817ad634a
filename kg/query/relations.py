"""Relations between actors: ``relations_of()``."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef

from kg.model import RelationKind
from kg.query.actor import actor_ids
from kg.query.canned import Source, as_store, chunks, numbered_lookup, str_or_none
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


@dataclass(frozen=True)
class _Said:
    """One statement as read: subject and object IRIs, kind, article id, sentence text."""

    subject: str
    kind: RelationKind
    object: str
    article: str
    sentence: str | None


def _read_full(store: Store, found: list[Row]) -> list[_Said]:
    """Statements from rows with their subject, predicate, object, graph and sentence IRI."""
    sentences = {str(r["sentence"]) for r in found if r["sentence"] is not None}
    texts: dict[str, str] = {}
    for batch in chunks(sorted(sentences), 300):
        for row in store.canned("texts", tables=[(("node",), [(iri(s),) for s in batch])]):
            texts[str(row["node"])] = str(row["text"])
    said = []
    for row in found:
        kind = _RELATIONS.get(str(row["predicate"]))
        if kind is None:
            continue
        said.append(_Said(str(row["subject"]), kind, str(row["object"]), article_id_of(str(row["g"])) or str(row["g"]),
                          texts.get(str(row["sentence"])) if row["sentence"] is not None else None))
    return said


def _rows(store: Store, said: list[_Said]) -> list[RelationRow]:
    labels: dict[str, str] = {}
    for actor, row in numbered_lookup(store, "actor_labels", "actor", {s.subject for s in said} | {s.object for s in said}):
        labels.setdefault(actor, str(row["label"]))
    out = {RelationRow(subject=labels.get(s.subject, s.subject), predicate=s.kind, object=labels.get(s.object, s.object),
                       article=s.article, sentence=s.sentence, subject_id=s.subject, object_id=s.object) for s in said}
    return sorted(out, key=lambda r: (r.subject, r.predicate.value, r.object, r.article))


def relation_rows(source: Source, actor: URIRef | None) -> list[RelationRow]:
    """Return the relations about ``actor`` (as subject or object); all when None."""
    store = as_store(source)
    if actor is None:
        return _rows(store, _read_full(store, store.canned("relations_all")))
    # The actor's statements from the index, with their sentences' text. A
    # statement's IRI is minted from its article, subject, kind and object
    # (kept so by merges), so only statements with another IRI have their
    # facts read.
    said: list[_Said] = []
    other: set[str] = set()
    actors: dict[str, str] = {}
    for row in store.canned("relations_of", {"actor": iri(str(actor))}):
        statement = str(row["statement"])
        keys = relation_key_of(statement)
        kind = _KINDS.get(keys[2]) if keys is not None else None
        if keys is None or kind is None:
            other.add(statement)
            continue
        subject = actors.get(keys[1]) or actors.setdefault(keys[1], str(mint_iri("actor", keys[1])))
        obj = actors.get(keys[3]) or actors.setdefault(keys[3], str(mint_iri("actor", keys[3])))
        said.append(_Said(subject, kind, obj, keys[0], str_or_none(row["text"])))
    for batch in chunks(sorted(other), 300):
        said += _read_full(store, store.canned("statement_facts", tables=[(("statement",), [(iri(s),) for s in batch])]))
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
