"""Running the canned queries of ``kg/queries/*.rq`` and reading their result terms.

Values are bound as RDF terms, never formatted into the query text. Every
question module of ``kg.query`` asks the store through :func:`run_canned`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from rdflib import Dataset, Literal
from rdflib.query import Result, ResultRow
from rdflib.term import Identifier, Node

from kg.store import Store
from kg.vocab import KG, query_text

__all__ = ["NOBODY", "Source", "date_or_none", "run_canned", "solutions", "str_or_none"]

# Neutral parameter value: bound when the caller gives no actor filter.
NOBODY = KG.Actor  # an IRI no event has as source or target

#: What a question is asked of: the store, or an in-memory dataset from ``build_graph``.
Source = Store | Dataset


def run_canned(source: Source, name: str, bindings: Mapping[str, Identifier] | None = None) -> Result:
    """Run the canned query ``name`` with ``bindings`` bound as RDF terms."""
    if isinstance(source, Store):
        return source.run(query_text(name), bindings)
    return source.query(query_text(name), initBindings=dict(bindings or {}))


def solutions(result: Result) -> list[ResultRow]:
    """Return the solution rows of a SELECT result."""
    return [row for row in result if isinstance(row, ResultRow)]


def str_or_none(value: Node | None) -> str | None:
    """Return the lexical form of a result term, None when unbound."""
    return None if value is None else str(value)


def date_or_none(value: Node | None) -> dt.date | None:
    """Return a result term as a date, None when unbound or not a date."""
    if value is None:
        return None
    python = value.toPython() if isinstance(value, Literal) else None
    if isinstance(python, dt.date):
        return python
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None

