"""The user's own SPARQL: ``run_sparql()``, with results as plain dataclasses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal as TypingLiteral

from rdflib import BNode, Literal, URIRef
from rdflib.query import Result, ResultRow
from rdflib.term import Node

from kg.errors import QueryError, StoreError
from kg.graph import plain
from kg.query.canned import Source
from kg.store import Store

__all__ = ["SparqlResult", "SparqlTerm", "run_sparql"]


@dataclass(frozen=True)
class SparqlTerm:
    """An RDF term of a SPARQL result, as in the SPARQL 1.1 JSON results format."""

    type: TypingLiteral["uri", "literal", "bnode"]
    value: str
    datatype: str | None = None
    lang: str | None = None


@dataclass(frozen=True)
class SparqlResult:
    """The result of :func:`run_sparql`.

    Attributes:
        kind: "SELECT", "ASK" or "GRAPH" (CONSTRUCT and DESCRIBE).
        variables: the projected variables of a SELECT.
        rows: one tuple per solution, aligned with ``variables`` (None = unbound).
        boolean: the answer of an ASK.
        ntriples: the triples of a CONSTRUCT/DESCRIBE, as sorted N-Triples.
    """

    kind: TypingLiteral["SELECT", "ASK", "GRAPH"]
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[SparqlTerm | None, ...], ...] = ()
    boolean: bool | None = None
    ntriples: str = ""


def _term(node: Node | None) -> SparqlTerm | None:
    if node is None:
        return None
    if isinstance(node, URIRef):
        return SparqlTerm("uri", str(node))
    if isinstance(node, BNode):
        return SparqlTerm("bnode", str(node))
    if isinstance(node, Literal):
        node = plain(node)
        assert isinstance(node, Literal)
        return SparqlTerm("literal", str(node),
                          datatype=str(node.datatype) if node.datatype else None,
                          lang=node.language)
    return SparqlTerm("literal", str(node))


def run_sparql(source: Source, query: str) -> SparqlResult:
    """Run the user's own SPARQL query as-is (read-only: updates are refused).

    The query runs with the union of all named graphs as its default graph.
    ``SERVICE`` clauses can reach the network; only run queries you trust.

    Raises:
        QueryError: if the query does not parse or cannot run; the message is
            one line with the parser's own explanation.
    """
    try:
        if isinstance(source, Store):
            result = source.run(query)
        else:
            result = source.query(query)
        return _to_sparql_result(result)
    except StoreError:
        raise
    except Exception as exc:  # parsers and engines raise assorted types
        message = " ".join(str(exc).split()) or type(exc).__name__
        hint = ""
        if any(word in query.upper() for word in ("INSERT", "DELETE", "DROP", "CLEAR", "LOAD")):
            hint = " (kg query runs read-only queries; updates are not supported)"
        raise QueryError(f"SPARQL query failed: {message}{hint}") from exc


def _to_sparql_result(result: Result) -> SparqlResult:
    if result.type == "ASK":
        return SparqlResult(kind="ASK", boolean=bool(result.askAnswer))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        assert result.graph is not None
        text = result.graph.serialize(format="nt")
        # Split at "\n" only: a literal may hold an unescaped U+2028.
        lines = {line + "\n" for line in text.split("\n") if line}
        return SparqlResult(kind="GRAPH", ntriples="".join(sorted(lines)))
    variables = tuple(str(v) for v in (result.vars or []))
    rows: list[tuple[SparqlTerm | None, ...]] = []
    for row in result:
        assert isinstance(row, ResultRow)
        rows.append(tuple(_term(row.get(v)) for v in variables))
    return SparqlResult(kind="SELECT", variables=variables, rows=tuple(rows))
