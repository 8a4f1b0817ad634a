"""What the questions are asked of, and how they read result values.

Every question module of ``kg.query`` asks a :class:`~kg.store.Store`
through :meth:`~kg.store.Store.select` / :meth:`~kg.store.Store.canned`:
SPARQL run on pyoxigraph (or sent to an endpoint), with values bound as
terms and results read as plain Python values. An rdflib ``Dataset`` (one
article's graph from ``build_graph``) is loaded into an in-memory store first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import TypeVar

from rdflib import Dataset, Graph

from kg.store import Store, open_store
from kg.store.terms import Row, Value, from_rdflib, integer_literal, iri

__all__ = ["Source", "as_store", "chunks", "date_or_none", "int_or_none", "numbered_lookup", "str_or_none"]

#: What a question is asked of: the store, or an in-memory dataset from ``build_graph``.
Source = Store | Dataset

T = TypeVar("T")
#: Keys bound per query by :func:`numbered_lookup`.
_BATCH = 300


def as_store(source: Source) -> Store:
    """``source`` as a store: itself, or a dataset loaded into a new in-memory store."""
    if isinstance(source, Store):
        return source
    import pyoxigraph as ox

    store = open_store(None)
    quads = []
    for s, p, o, g in source.quads((None, None, None, None)):
        name = g.identifier if isinstance(g, Graph) else g
        if name is None:
            continue
        quads.append(ox.Quad(from_rdflib(s), from_rdflib(p), from_rdflib(o), from_rdflib(name)))  # type: ignore[arg-type]
    store.oxigraph.extend(quads)
    return store


def str_or_none(value: Value) -> str | None:
    """A result value as text, None when unbound."""
    return None if value is None else str(value)


def int_or_none(value: Value) -> int | None:
    """A result value as an integer, None when unbound or not a number."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    try:
        return int(str(value)) if value is not None else None
    except ValueError:
        return None


def date_or_none(value: Value) -> dt.date | None:
    """A result value as a date, None when unbound or not a date."""
    if isinstance(value, dt.date):
        return value
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def chunks(items: Iterable[T], size: int) -> Iterator[Sequence[T]]:
    """``items`` in lists of at most ``size`` (one VALUES block each)."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def numbered_lookup(store: Store, name: str, variable: str, keys: Iterable[str]) -> Iterator[tuple[str, Row]]:
    """Run the canned query ``name`` for each IRI of ``keys``; yield (key, row) pairs.

    Each key is bound to ``?variable`` beside its number ``?i``, which the
    query projects instead of the key: the answer then carries a small
    number, which the store returns as is, rather than an IRI, which it must
    read back to decode. Keys go in batches of a few hundred.
    """
    for batch in chunks(sorted(set(keys)), _BATCH):
        table = [(iri(key), integer_literal(index)) for index, key in enumerate(batch)]
        for row in store.canned(name, tables=[((variable, "i"), table)]):
            number = row["i"]
            if isinstance(number, int) and not isinstance(number, bool) and 0 <= number < len(batch):
                yield batch[number], row
