"""A SPARQL 1.1 server over HTTP: the Protocol (query, update) and the Graph Store Protocol.

Results are parsed by pyoxigraph (SPARQL JSON results, N-Triples), so a
remote store answers with the same terms as the embedded one. Every failure
(unreachable, refused, an answer that is not SPARQL results) is one
:class:`~kg.errors.StoreError` line. Only the standard library speaks HTTP.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from typing import Any

import pyoxigraph as ox

from kg.errors import StoreError

__all__ = ["put_graph", "query", "update"]

_RESULTS = "application/sparql-results+json"
_TRIPLES = "application/n-triples"
_USER_AGENT = "kg (SPARQL client)"


def _request(url: str, *, data: bytes | None, headers: dict[str, str], method: str, timeout: float) -> tuple[bytes, str]:
    request = urllib.request.Request(url, data=data, method=method, headers={"User-Agent": _USER_AGENT, **headers})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - the user's own endpoint
            return response.read(), response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        detail = " ".join(exc.read()[:300].decode("utf-8", "replace").split()) or exc.reason
        raise StoreError(f"the SPARQL endpoint {url} refused the request (HTTP {exc.code}: {detail})") from exc
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise StoreError(f"the SPARQL endpoint {url} is unreachable ({reason})") from exc


def query(url: str, text: str, *, timeout: float = 300.0) -> Any:
    """Run a query; return pyoxigraph QuerySolutions, a QueryBoolean or a list of Triples.

    Raises:
        StoreError: the endpoint is unreachable, refuses the query or does
            not answer with SPARQL results.
    """
    body = urllib.parse.urlencode({"query": text}).encode("utf-8")
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": f"{_RESULTS}, {_TRIPLES};q=0.9"}
    data, content_type = _request(url, data=body, headers=headers, method="POST", timeout=timeout)
    kind = content_type.split(";")[0].strip().lower()
    try:
        if kind in (_TRIPLES, "text/plain", "application/n-quads"):
            return [quad.triple for quad in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]
        return ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
    except (SyntaxError, ValueError) as exc:
        raise StoreError(f"the SPARQL endpoint {url} did not answer with SPARQL results "
                         f"({kind or 'no content type'}: {' '.join(str(exc).split())[:200]})") from exc


def update(url: str, text: str, *, timeout: float = 600.0) -> None:
    """Run a SPARQL UPDATE at ``url`` (its update endpoint).

    Raises:
        StoreError: unreachable or refused.
    """
    body = urllib.parse.urlencode({"update": text}).encode("utf-8")
    _request(url, data=body, headers={"Content-Type": "application/x-www-form-urlencoded"}, method="POST",
             timeout=timeout)


def put_graph(url: str, graph: str, ntriples: bytes, *, timeout: float = 600.0) -> None:
    """Replace the named graph ``graph`` at a Graph Store Protocol endpoint with these N-Triples.

    Raises:
        StoreError: unreachable or refused.
    """
    separator = "&" if "?" in url else "?"
    target = f"{url}{separator}{urllib.parse.urlencode({'graph': graph})}"
    _request(target, data=ntriples, headers={"Content-Type": _TRIPLES}, method="PUT", timeout=timeout)
