"""A read-only SPARQL 1.1 Protocol endpoint over an embedded store: ``make_server()``.

Why a small server of our own rather than ``oxigraph serve-read-only`` over
the same directory: that binary is a separate install (PyPI ``oxigraph``)
that kg does not otherwise need, and it offers no switch to refuse ``SERVICE``
(requests to any address a query names). This one is the
standard library's threaded HTTP server around pyoxigraph: queries only
(updates are refused before anything is parsed), ``SERVICE`` refused, a
result cap and a time limit, CORS so a browser client such as YASGUI can
call it. The default graph is the union of the named graphs, as in every
other kg command.

The time limit is checked while results are read and written: a query
that must sort or group everything before its first row can only be
stopped once that row comes (pyoxigraph cannot interrupt a running query).
"""

from __future__ import annotations

import json
import logging
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from kg.query.sparql import uses_service
from kg.store import Store

__all__ = ["Limits", "make_server"]

log = logging.getLogger(__name__)

_JSON, _XML = "application/sparql-results+json", "application/sparql-results+xml"
_CSV, _TSV = "text/csv", "text/tab-separated-values"
#: Results formats of SELECT/ASK, by media type and by the ``format`` parameter's short names.
_RESULTS = {_JSON: "json", _XML: "xml", _CSV: "csv", _TSV: "tsv", "application/json": "json",
            "application/xml": "xml", "text/xml": "xml"}
#: RDF formats of CONSTRUCT/DESCRIBE.
_GRAPHS = {"text/turtle": ox.RdfFormat.TURTLE, "application/trig": ox.RdfFormat.TRIG,
           "application/n-triples": ox.RdfFormat.N_TRIPLES, "application/n-quads": ox.RdfFormat.N_QUADS,
           "application/rdf+xml": ox.RdfFormat.RDF_XML}
_SHORT = {"json": _JSON, "xml": _XML, "csv": _CSV, "tsv": _TSV, "turtle": "text/turtle", "ttl": "text/turtle",
          "trig": "application/trig", "nt": "application/n-triples", "nq": "application/n-quads",
          "rdfxml": "application/rdf+xml"}
_MAX_BODY = 1 << 20


@dataclass(frozen=True)
class Limits:
    """What one query may cost.

    Attributes:
        timeout: seconds a query may run (checked between result rows).
        max_rows: solutions or triples returned at most; more is an error,
            not a silently cut answer.
    """

    timeout: float = 30.0
    max_rows: int = 100_000


class _Refused(Exception):
    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status


def make_server(store: Store, host: str = "127.0.0.1", port: int = 7878, *, limits: Limits = Limits()) -> ThreadingHTTPServer:
    """A threaded HTTP server answering SPARQL queries on ``store`` at ``/query`` (also ``/sparql``).

    Call ``serve_forever()`` on it, and ``shutdown()`` from another thread
    to stop. ``port`` 0 picks a free port (``server.server_address``).

    Raises:
        OSError: the address cannot be bound.
    """
    oxstore = store.oxigraph

    class Handler(_Handler):
        pass

    Handler.store, Handler.limits = oxstore, limits
    server = ThreadingHTTPServer((host, port), Handler)
    server.daemon_threads = True
    return server


class _Handler(BaseHTTPRequestHandler):
    store: ox.Store
    limits: Limits
    server_version = "kg-sparql"
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        log.info("%s %s", self.address_string(), format % args)

    def _cors(self) -> None:
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")

    def do_OPTIONS(self) -> None:  # noqa: N802 - http.server's naming
        self.send_response(HTTPStatus.NO_CONTENT)
        self._cors()
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        self._answer(url.path, urllib.parse.parse_qs(url.query), None)

    def do_POST(self) -> None:  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qs(url.query)
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= _MAX_BODY:
            self._error(_Refused(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"a request body of at most {_MAX_BODY} bytes"))
            return
        body = self.rfile.read(length).decode("utf-8", "replace")
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        query = None
        if kind == "application/x-www-form-urlencoded":
            for name, values in urllib.parse.parse_qs(body).items():
                params.setdefault(name, []).extend(values)
        elif kind == "application/sparql-query":
            query = body
        elif kind == "application/sparql-update":
            params["update"] = [body]
        else:
            self._error(_Refused(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "send application/x-www-form-urlencoded or "
                                 "application/sparql-query"))
            return
        self._answer(url.path, params, query)

    def do_PUT(self) -> None:  # noqa: N802
        self._error(_Refused(HTTPStatus.METHOD_NOT_ALLOWED, "this endpoint is read-only"))

    do_DELETE = do_PATCH = do_PUT  # noqa: N815

    def _answer(self, path: str, params: dict[str, list[str]], query: str | None) -> None:
        try:
            if path not in ("/query", "/sparql"):
                raise _Refused(HTTPStatus.NOT_FOUND, "the SPARQL endpoint is /query")
            if "update" in params:
                raise _Refused(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL UPDATE is refused")
            if query is None:
                given = params.get("query", [])
                if len(given) != 1:
                    raise _Refused(HTTPStatus.BAD_REQUEST, "give exactly one query parameter")
                query = given[0]
            if params.get("default-graph-uri") or params.get("named-graph-uri"):
                raise _Refused(HTTPStatus.BAD_REQUEST, "default-graph-uri and named-graph-uri are not supported; "
                               "the default graph is the union of the named graphs")
            if uses_service(query):
                raise _Refused(HTTPStatus.FORBIDDEN, "SERVICE (requests to other servers) is refused here")
            deadline = time.monotonic() + self.limits.timeout
            try:
                result = self.store.query(query, use_default_graph_as_union=True)
            except SyntaxError as exc:
                raise _Refused(HTTPStatus.BAD_REQUEST, f"the query does not parse: {' '.join(str(exc).split())[:300]}") from exc
            except OSError as exc:
                raise _Refused(HTTPStatus.INTERNAL_SERVER_ERROR, f"the store cannot be read: {exc}") from exc
            media, body = self._render(result, params, deadline)
        except _Refused as refused:
            self._error(refused)
            return
        self.send_response(HTTPStatus.OK)
        self._cors()
        self.send_header("Content-Type", f"{media}; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _wanted(self, params: dict[str, list[str]], offered: dict[str, Any], fallback: str) -> str:
        """The media type asked for (``format`` parameter, else the Accept header), among ``offered``."""
        asked = params.get("format") or params.get("output")
        if asked:
            media = _SHORT.get(asked[0].lower(), asked[0].lower())
            if media in offered:
                return media
            raise _Refused(HTTPStatus.NOT_ACCEPTABLE, f"format {asked[0]!r} is not offered for this query")
        ranges = []
        for index, part in enumerate((self.headers.get("Accept") or "*/*").split(",")):
            media, *options = [item.strip() for item in part.split(";")]
            weight = 1.0
            for option in options:
                if option.startswith("q="):
                    try:
                        weight = float(option[2:])
                    except ValueError:
                        weight = 0.0
            ranges.append((-weight, index, media.lower()))
        for _, _, media in sorted(ranges):
            if media in offered:
                return media
            if media in ("*/*", "application/*", "text/*") and (media == "*/*" or fallback.startswith(media[:-1])):
                return fallback
        raise _Refused(HTTPStatus.NOT_ACCEPTABLE, f"this query can be answered as {', '.join(sorted(offered))}")

    def _render(self, result: Any, params: dict[str, list[str]], deadline: float) -> tuple[str, bytes]:
        if isinstance(result, ox.QueryBoolean):
            media = self._wanted(params, {k: v for k, v in _RESULTS.items() if v in ("json", "xml")}, _JSON)
            return media, _boolean(bool(result), _RESULTS[media])
        if isinstance(result, ox.QuerySolutions):
            media = self._wanted(params, _RESULTS, _JSON)
            variables = [v.value for v in result.variables]
            rows = list(self._capped(result, deadline))
            return media, _solutions(variables, rows, _RESULTS[media])
        media = self._wanted(params, _GRAPHS, "text/turtle")
        triples = list(self._capped(result, deadline))
        rdf = _GRAPHS[media]
        items: list[Any] = [ox.Quad(t.subject, t.predicate, t.object) for t in triples] if rdf.supports_datasets else triples
        return media, ox.serialize(items, format=rdf) or b""

    def _capped(self, items: Iterator[Any], deadline: float) -> Iterator[Any]:
        for count, item in enumerate(items):
            if count >= self.limits.max_rows:
                raise _Refused(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"more than {self.limits.max_rows} results; "
                               "narrow the query or add LIMIT")
            if count % 256 == 0 and time.monotonic() > deadline:
                raise _Refused(HTTPStatus.SERVICE_UNAVAILABLE, f"the query ran longer than {self.limits.timeout:g} s")
            yield item
        if time.monotonic() > deadline:
            raise _Refused(HTTPStatus.SERVICE_UNAVAILABLE, f"the query ran longer than {self.limits.timeout:g} s")

    def _error(self, refused: _Refused) -> None:
        body = f"{refused}\n".encode()
        self.send_response(refused.status)
        self._cors()
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def _json_term(term: Any) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": str(term)}


def _xml_term(term: Any) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    return f"<literal>{escape(str(term))}</literal>"


def _csv_cell(term: Any) -> str:
    text = "" if term is None else (term.value if isinstance(term, ox.NamedNode | ox.Literal) else
                                     f"_:{term.value}" if isinstance(term, ox.BlankNode) else str(term))
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',"\r\n') else text


def _solutions(variables: list[str], rows: list[Any], kind: str) -> bytes:
    """SELECT results in a SPARQL 1.1 results format (JSON, XML, CSV, TSV)."""
    if kind == "json":
        bindings = [{v: _json_term(row[v]) for v in variables if row[v] is not None} for row in rows]
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}}).encode()
    if kind == "xml":
        lines = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', "<head>"]
        lines += [f"<variable name={quoteattr(v)}/>" for v in variables]
        lines += ["</head>", "<results>"]
        for row in rows:
            cells = "".join(f"<binding name={quoteattr(v)}>{_xml_term(row[v])}</binding>" for v in variables
                            if row[v] is not None)
            lines.append(f"<result>{cells}</result>")
        lines += ["</results>", "</sparql>"]
        return "\n".join(lines).encode()
    if kind == "csv":
        out = [",".join(variables)] + [",".join(_csv_cell(row[v]) for v in variables) for row in rows]
        return ("\r\n".join(out) + "\r\n").encode()
    # TSV: terms in their SPARQL/N-Triples syntax.
    out = ["\t".join(f"?{v}" for v in variables)] + ["\t".join("" if row[v] is None else str(row[v]) for v in variables)
                                                      for row in rows]
    return ("\n".join(out) + "\n").encode()


def _boolean(value: bool, kind: str) -> bytes:
    if kind == "xml":
        return ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/>'
                f"<boolean>{'true' if value else 'false'}</boolean></sparql>\n").encode()
    return json.dumps({"head": {}, "boolean": value}).encode()
