"""Relations between actors: ``relation_counts()`` and ``relations_of()``.

An article that states a relation holds it twice in its graph: as a direct
triple (``subject kg:partOf object``) and as a ``kg:RelationStatement``
with the sentence it came from (see :mod:`kg.graph.build`). So:

* ``relation_counts()`` gives one row per relation of an actor (kind, other
  actor, direction) with the number of articles that state it, most stated
  first. The store counts the direct triples (one look-up a statement) and
  decodes only the other actor of each row it returns; no sentence is read;
* ``relations_of()`` gives one row per statement, with its article, date and
  sentence, newest article first; sentences are read for the rows shown only;
* ``relation_rows(store, None)`` reads every statement (exports, paths).

A ``limit`` is applied in the store without cutting ties at random: the
query is ordered by a value the store compares without decoding (the count,
the article's date) and cut a little past the limit; only when a tie runs
past that cut are the rows at or above the limit-th read again. Python
orders the ties (by label) and keeps ``limit`` (see :func:`_page`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Generic, TypeVar
from urllib.parse import unquote

from rdflib import URIRef

from kg.model import RelationKind
from kg.query.actor import actor_ids
from kg.query.canned import Source, as_store, chunks, date_or_none, int_or_none, numbered_lookup, str_or_none
from kg.store import Store
from kg.store.terms import Row, Term, date_literal, integer_literal, iri
from kg.vocab import RELATION_PROPERTIES, article_id_of, mint_iri, query_text

__all__ = ["RelationCount", "RelationPage", "RelationRow", "relation_counts", "relation_rows", "relations_of"]

_RELATIONS = {str(term): kind for kind, term in RELATION_PROPERTIES.items()}
#: The relation kinds as the queries number them (?k).
_NUMBERED = tuple(RELATION_PROPERTIES)
_LAST = dt.date(1, 1, 1)
_PREFIXES = {kind: str(mint_iri(kind, "x"))[:-1] for kind in ("article", "actor", "relation")}

R = TypeVar("R")
#: A relation as read: subject IRI, kind, object IRI.
_Key = tuple[str, RelationKind, str]
_Table = tuple[Sequence[str], Iterable[Sequence[Term | None]]]


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
    published: dt.date | None = None


@dataclass(frozen=True)
class RelationCount:
    """One relation of an actor, ``subject predicate object``, stated by ``statements`` articles."""

    subject: str
    predicate: RelationKind
    object: str
    statements: int
    subject_id: str
    object_id: str


@dataclass(frozen=True)
class RelationPage(Generic[R]):
    """The rows a relations question shows; ``more`` when its limit left rows out."""

    rows: tuple[R, ...]
    more: bool


def _check_limit(limit: int | None) -> None:
    if limit is not None and limit < 1:
        raise ValueError(f"limit must be at least 1 (None: every row), not {limit}")


def _tables(actors: Sequence[str], others: Sequence[str] | None, kind: RelationKind | None) -> list[_Table]:
    """The VALUES tables of the relation queries: the actors, the kinds, the other actor (or any)."""
    numbered = [(iri(actor), integer_literal(i)) for i, actor in enumerate(actors)]
    kinds = [(iri(str(RELATION_PROPERTIES[each])), integer_literal(k)) for k, each in enumerate(_NUMBERED)
             if kind is None or each is kind]
    other: list[Sequence[Term | None]] = [(iri(o),) for o in others] if others is not None else [(None,)]
    return [(("actor", "i"), numbered), (("p", "k"), kinds), (("other",), other)]


def _key(row: Row, actors: Sequence[str]) -> _Key | None:
    i, k, other = row["i"], row["k"], row["other"]
    if not isinstance(i, int) or not isinstance(k, int) or not 0 <= i < len(actors) or not 0 <= k < len(_NUMBERED) \
            or other is None:
        return None
    actor, kind = actors[i], _NUMBERED[k]
    return (actor, kind, str(other)) if row["d"] == 1 else (str(other), kind, actor)


def _labels(store: Store, actors: Iterable[str]) -> dict[str, str]:
    labels: dict[str, str] = {}
    for actor, row in numbered_lookup(store, "actor_labels", "actor", actors):
        labels.setdefault(actor, str(row["label"]))
    return labels


def _ids(store: Store, name: str, other: str | None) -> tuple[list[str], list[str] | None]:
    return ([str(a) for a in actor_ids(store, name)],
            [str(a) for a in actor_ids(store, other)] if other is not None else None)


def _page(store: Store, name: str, rank: str, floor: str, tables: list[_Table], limit: int | None,
          several: bool) -> tuple[list[Row], bool]:
    """The rows of the canned query ``name`` a page of ``limit`` rows needs, highest ``rank`` first, and whether there are more.

    The query keeps the rows whose ``rank`` is at least ``?<floor>`` (all
    when unbound). The first read takes the ``2 * limit + 1`` highest,
    decoding only those: when a row after the limit-th ranks lower, every
    row tied with the limit-th is among them; else the rows at or above the
    limit-th rank are read again. The caller orders the ties itself. With
    ``several`` actors a relation between two of them is read twice, so
    every row is read.
    """
    text = query_text(name)
    unbound = [*tables, ((floor,), [(None,)])]
    if limit is None or several:
        return list(store.select(text, tables=unbound)), False
    fetch = 2 * int(limit) + 1
    first = list(store.select(text + f"\nORDER BY DESC(?{rank})\nLIMIT {fetch}", tables=unbound))
    if len(first) < fetch:
        return first, len(first) > limit
    last = first[limit - 1][rank]
    if last is not None and first[-1][rank] != last:
        return [row for row in first if row[rank] is not None and _at_least(row[rank], last)], True
    # None: the limit falls among rows without a rank, which every row may precede.
    least = None if last is None else date_literal(last) if isinstance(last, dt.date) else integer_literal(int(last))
    return list(store.select(text, tables=[*tables, ((floor,), [(least,)])])), True


def _at_least(value: object, floor: object) -> bool:
    if isinstance(value, dt.date) and isinstance(floor, dt.date):
        return value >= floor
    if isinstance(value, int) and isinstance(floor, int):
        return value >= floor
    return False


def relation_counts(source: Source, name: str, *, other: str | None = None, kind: RelationKind | None = None,
                    limit: int | None = None) -> RelationPage[RelationCount]:
    """Return the relations of the actor called ``name``, one row each, most stated first.

    A row is a relation (``subject predicate object``) whose subject or
    object is the actor, with the number of articles that state it; ties
    are ordered by subject, kind and object.

    Args:
        source: the store (or a dataset).
        name: the actor (name or alias, any case).
        other: only relations with this actor.
        kind: only relations of this kind.
        limit: at most this many rows (None: every row).

    Raises:
        UnknownActorError: if ``name`` or ``other`` matches no actor.
    """
    _check_limit(limit)
    store = as_store(source)
    actors, others = _ids(store, name, other)
    tables = _tables(actors, others, kind)
    found, more = _page(store, "relation_counts", "n", "least", tables, limit, len(actors) > 1)
    counts: dict[_Key, int] = {}
    for row in found:
        key, count = _key(row, actors), int_or_none(row["n"])
        if key is not None and count:
            counts[key] = count
    labels = _labels(store, {k[0] for k in counts} | {k[2] for k in counts})
    rows = sorted((RelationCount(labels.get(s, s), kind_, labels.get(o, o), n, s, o) for (s, kind_, o), n in counts.items()),
                  key=lambda r: (-r.statements, r.subject, r.predicate.value, r.object, r.subject_id, r.object_id))
    if limit is not None:
        more = more or len(rows) > limit
        rows = rows[:limit]
    return RelationPage(tuple(rows), more)


def relations_of(source: Source, name: str, *, other: str | None = None, kind: RelationKind | None = None,
                 limit: int | None = None) -> RelationPage[RelationRow]:
    """Return the relation statements about the actor called ``name``, newest article first.

    A row is one article's statement of a relation whose subject or object
    is the actor, with the article's date and the sentence it came from;
    undated articles come last, ties by article id, subject, kind, object.

    Args:
        source: the store (or a dataset).
        name: the actor (name or alias, any case).
        other: only relations with this actor.
        kind: only relations of this kind.
        limit: at most this many rows (None: every row).

    Raises:
        UnknownActorError: if ``name`` or ``other`` matches no actor.
    """
    _check_limit(limit)
    store = as_store(source)
    actors, others = _ids(store, name, other)
    return _statements(store, actors, others, kind, limit)


def _statements(store: Store, actors: Sequence[str], others: Sequence[str] | None, kind: RelationKind | None,
                limit: int | None) -> RelationPage[RelationRow]:
    tables = _tables(actors, others, kind)
    rows, more = _page(store, "relation_statements", "published", "since", tables, limit, len(actors) > 1)
    found: dict[tuple[str, str, RelationKind, str], dt.date | None] = {}
    for row in rows:
        key = _key(row, actors)
        if key is not None and row["g"] is not None:
            found[(str(row["g"]), *key)] = date_or_none(row["published"])
    labels = _labels(store, {k[1] for k in found} | {k[3] for k in found})
    said = sorted(((RelationRow(labels.get(s, s), kind_, labels.get(o, o), _article_id(g), None, s, o, day), g)
                   for (g, s, kind_, o), day in found.items()), key=lambda pair: _newest_first(pair[0]))
    if limit is not None:
        more = more or len(said) > limit
        said = said[:limit]
    return RelationPage(tuple(_with_sentences(store, said)), more)


def _newest_first(row: RelationRow) -> tuple[int, int, str, str, str, str, str, str]:
    day = row.published or _LAST
    return (row.published is None, -day.toordinal(), row.article, row.subject, row.predicate.value, row.object,
            row.subject_id, row.object_id)


def _with_sentences(store: Store, rows: Sequence[tuple[RelationRow, str]]) -> list[RelationRow]:
    """The rows (each with its article graph) with their sentences' text, read for these rows only.

    A statement's IRI is minted from its article, subject, kind and object
    (and re-minted by merges), so its sentence is two look-ups away; a
    statement not found under that IRI is looked for by its subject, kind
    and object.
    """
    texts: dict[int, str | None] = {}
    minted = [(n, statement, g) for n, (r, g) in enumerate(rows) if (statement := _statement_iri(r, g)) is not None]
    for batch in chunks(minted, 300):
        table = [(iri(statement), iri(g), integer_literal(n)) for n, statement, g in batch]
        texts.update(_numbered_texts(store, "relation_texts", ("statement", "g", "i"), table))
    missing = [(n, r, g) for n, (r, g) in enumerate(rows) if n not in texts]
    for part in chunks(missing, 300):
        facts = [(iri(g), iri(r.subject_id), iri(str(RELATION_PROPERTIES[r.predicate])), iri(r.object_id), integer_literal(n))
                 for n, r, g in part]
        texts.update(_numbered_texts(store, "relation_sentences", ("g", "subject", "p", "object", "i"), facts))
    return [replace(r, sentence=texts.get(n)) for n, (r, _) in enumerate(rows)]


def _suffix(kind: str, text: str) -> str | None:
    """The key an IRI of ``kind`` was minted from, as it stands in the IRI (percent-encoded); None for another IRI."""
    prefix = _PREFIXES[kind]
    key = text[len(prefix):]
    return key if text.startswith(prefix) and key and "/" not in key else None


def _statement_iri(row: RelationRow, graph: str) -> str | None:
    """The IRI kg mints for the statement of ``row`` in ``graph`` (None: not minted by kg).

    Read off the keys as they stand in the IRIs: unquoting and quoting them
    again (``mint_iri``) costs more than the look-up it serves.
    """
    article, subject, obj = _suffix("article", graph), _suffix("actor", row.subject_id), _suffix("actor", row.object_id)
    if article is None or subject is None or obj is None:
        return None
    return f"{_PREFIXES['relation']}{article}/{subject}/{row.predicate.value}/{obj}"


def _article_id(graph: str) -> str:
    key = _suffix("article", graph)
    return graph if key is None else unquote(key) if "%" in key else key


def _numbered_texts(store: Store, name: str, variables: Sequence[str],
                   table: Sequence[Sequence[Term]]) -> dict[int, str | None]:
    texts: dict[int, str | None] = {}
    for found in store.canned(name, tables=[(variables, table)]):
        number = found["i"]
        if isinstance(number, int) and not isinstance(number, bool) and texts.get(number) is None:
            texts[number] = str_or_none(found["text"])
    return texts


def relation_rows(source: Source, actor: URIRef | None) -> list[RelationRow]:
    """Return every relation statement about ``actor`` (as subject or object); all when None.

    Sorted by subject, kind, object and article.
    """
    store = as_store(source)
    if actor is not None:
        rows = list(_statements(store, [str(actor)], None, None, None).rows)
    else:
        rows = _read_all(store)
    return sorted(rows, key=lambda r: (r.subject, r.predicate.value, r.object, r.article))


def _read_all(store: Store) -> list[RelationRow]:
    """Every statement, each fact read from the graph."""
    found = store.canned("relations_all")
    sentences = {str(r["sentence"]) for r in found if r["sentence"] is not None}
    texts: dict[str, str] = {}
    for batch in chunks(sorted(sentences), 300):
        for row in store.canned("texts", tables=[(("node",), [(iri(s),) for s in batch])]):
            texts[str(row["node"])] = str(row["text"])
    said: set[tuple[str, RelationKind, str, str, str | None, dt.date | None]] = set()
    for row in found:
        kind = _RELATIONS.get(str(row["predicate"]))
        if kind is not None:
            said.add((str(row["subject"]), kind, str(row["object"]), article_id_of(str(row["g"])) or str(row["g"]),
                      texts.get(str(row["sentence"])) if row["sentence"] is not None else None,
                      date_or_none(row["published"])))
    labels = _labels(store, {s[0] for s in said} | {s[2] for s in said})
    return [RelationRow(labels.get(s, s), kind, labels.get(o, o), article, sentence, s, o, day)
            for s, kind, o, article, sentence, day in said]
