"""The user's own SPARQL: ``run_sparql()``, with results as plain dataclasses."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal as TypingLiteral

from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.query.canned import Source, as_store
from kg.store.terms import XSD

__all__ = ["SparqlResult", "SparqlTerm", "run_sparql", "uses_service"]


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


def _term(node: Any) -> SparqlTerm | None:
    if node is None:
        return None
    if isinstance(node, ox.NamedNode):
        return SparqlTerm("uri", node.value)
    if isinstance(node, ox.BlankNode):
        return SparqlTerm("bnode", node.value)
    if isinstance(node, ox.Literal):
        datatype: str | None = node.datatype.value if node.datatype else None
        if node.language or datatype == XSD + "string":
            datatype = None  # RDF 1.1 simple literals are written without their datatype
        return SparqlTerm("literal", node.value, datatype=datatype, lang=node.language)
    return SparqlTerm("literal", str(node))


# Where a SERVICE keyword is not one: comments, strings (all four quotings)
# and IRIs. An unterminated string runs to the end (the parser refuses it).
_SKIPPED = re.compile(
    r"#[^\n\r]*"
    r"|'''(?:[^'\\]|\\.|'(?!''))*(?:'''|$)"
    r'|"""(?:[^"\\]|\\.|"(?!""))*(?:"""|$)'
    r"|'(?:[^'\\\n\r]|\\.)*(?:'|$)"
    r'|"(?:[^"\\\n\r]|\\.)*(?:"|$)'
    r'|<[^<>"{}|^`\\\x00-\x20]*>',
    re.DOTALL,
)
_SERVICE = re.compile(r"(?<![\w?$:])SERVICE(?![\w:.-])", re.IGNORECASE)
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def _decode_codepoints(text: str) -> str:
    def char(match: re.Match[str]) -> str:
        value = int(match[1] or match[2], 16)
        return chr(value) if value < 0x110000 else ""

    return _CODEPOINT.sub(char, text)


def uses_service(query: str) -> bool:
    """True when ``query`` may hold a ``SERVICE`` clause (federation: a network request).

    Comments, strings and IRIs are skipped, so the word inside a literal or
    an IRI does not count. SPARQL allows ``\\u`` code point escapes anywhere,
    so the query is read both as written and with them decoded. When in
    doubt it says yes: a query is refused rather than sent out.
    """
    return any(_SERVICE.search(_SKIPPED.sub(" ", text)) for text in (query, _decode_codepoints(query)))


def run_sparql(source: Source, query: str, *, allow_service: bool = False) -> SparqlResult:
    """Run the user's own SPARQL query as-is (read-only: updates are refused).

    The query runs with the union of all named graphs as its default graph.
    A ``SERVICE`` clause would make the store (or the remote endpoint) send
    requests to any address, so it is refused unless ``allow_service``.

    Raises:
        QueryError: if the query does not parse, cannot run, or uses SERVICE
            without ``allow_service``; the message is one line (at most 300
            characters of the engine's own explanation).
    """
    if not allow_service and uses_service(query):
        raise QueryError("the query uses SERVICE, which sends requests to other servers; "
                         "kg refuses it unless you pass --allow-service")
    try:
        return _to_sparql_result(as_store(source).raw(query))
    except StoreError:
        raise
    except Exception as exc:  # parsers and engines raise assorted types
        # One line, and short: a remote SERVICE's answer is not echoed at length.
        message = " ".join(str(exc).split())[:300] or type(exc).__name__
        hint = ""
        if any(word in query.upper() for word in ("INSERT", "DELETE", "DROP", "CLEAR", "LOAD")):
            hint = " (kg query runs read-only queries; updates are not supported)"
        raise QueryError(f"SPARQL query failed: {message}{hint}") from exc


def _to_sparql_result(result: Any) -> SparqlResult:
    if isinstance(result, ox.QueryBoolean):
        return SparqlResult(kind="ASK", boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        variables = tuple(v.value for v in result.variables)
        rows = tuple(tuple(_term(solution[i]) for i in range(len(variables))) for solution in result)
        return SparqlResult(kind="SELECT", variables=variables, rows=rows)
    # CONSTRUCT / DESCRIBE: triples, written as N-Triples by Oxigraph.
    lines = {f"{t.subject} {t.predicate} {t.object} .\n" for t in result}
    return SparqlResult(kind="GRAPH", ntriples="".join(sorted(lines)))
