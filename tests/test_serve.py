"""kg serve: a read-only SPARQL 1.1 Protocol endpoint, queried by SPARQLWrapper and plain HTTP."""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.serve import Limits, make_server
from kg.store import Store, open_store
from tests.fixtures_rdf import build_fixture_extraction, build_second_extraction

PREFIX = "PREFIX kg: <https://w3id.org/kg-events/ontology#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
EVENTS = PREFIX + "SELECT ?event ?trigger WHERE { ?event a kg:Event ; kg:trigger ?trigger } ORDER BY ?trigger"


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    with open_store() as opened:
        opened.add_extractions([build_fixture_extraction(), build_second_extraction()])
        yield opened


def _serve(store: Store, limits: Limits) -> Iterator[str]:
    server = make_server(store, "127.0.0.1", 0, limits=limits)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/query"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def endpoint(store: Store) -> Iterator[str]:
    yield from _serve(store, Limits())


def _get(url: str, query: str, accept: str = "application/sparql-results+json", **extra: str) -> tuple[int, str, bytes]:
    request = urllib.request.Request(f"{url}?{urllib.parse.urlencode({'query': query, **extra})}",
                                     headers={"Accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers["Content-Type"], response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers["Content-Type"], exc.read()


def _post(url: str, data: bytes, content_type: str) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=data, method="POST", headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def test_serve_answers_sparqlwrapper(endpoint: str) -> None:
    wrapper = pytest.importorskip("SPARQLWrapper", reason="SPARQLWrapper (in the test extra) is not installed")
    for method in (wrapper.GET, wrapper.POST):
        client = wrapper.SPARQLWrapper(endpoint)
        client.setMethod(method)
        client.setQuery(EVENTS)
        client.setReturnFormat(wrapper.JSON)
        bindings = client.queryAndConvert()["results"]["bindings"]
        assert {b["trigger"]["value"] for b in bindings} >= {"imposed sanctions", "sold", "recalled"}
        client.setReturnFormat(wrapper.XML)
        assert len(client.queryAndConvert().getElementsByTagName("result")) == len(bindings)
    client = wrapper.SPARQLWrapper(endpoint)
    client.setQuery(PREFIX + "ASK { ?a skos:prefLabel 'Ostmark' }")
    client.setReturnFormat(wrapper.JSON)
    assert client.queryAndConvert()["boolean"] is True
    client.setQuery(PREFIX + "CONSTRUCT { ?a skos:prefLabel ?n } WHERE { ?a a kg:Actor ; skos:prefLabel ?n }")
    client.setReturnFormat(wrapper.TURTLE)
    assert b"Ostmark" in client.queryAndConvert()


def test_serve_refuses_updates(endpoint: str, store: Store) -> None:
    before = store.count_triples()
    update = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> 1 } }"
    wrapper = pytest.importorskip("SPARQLWrapper", reason="SPARQLWrapper (in the test extra) is not installed")
    client = wrapper.SPARQLWrapper(endpoint)
    client.setMethod(wrapper.POST)
    client.setQuery(update)
    with pytest.raises(Exception, match="403|read-only|Unauthorized"):
        client.query()
    assert _post(endpoint, urllib.parse.urlencode({"update": update}).encode(), "application/x-www-form-urlencoded")[0] == 403
    assert _post(endpoint, update.encode(), "application/sparql-update")[0] == 403
    # An update sent as a query does not parse as one.
    assert _get(endpoint, update)[0] == 400
    assert store.count_triples() == before


def test_serve_refuses_service(endpoint: str) -> None:
    status, _, body = _get(endpoint, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    assert status == 403 and b"SERVICE" in body


@pytest.mark.parametrize(("accept", "media", "marker"), [
    ("text/csv", "text/csv", b"event,trigger\r\n"),
    ("text/tab-separated-values", "text/tab-separated-values", b"?event\t?trigger\n"),
    ("application/sparql-results+xml", "application/sparql-results+xml", b"<sparql"),
], ids=["csv", "tsv", "xml"])
def test_serve_results_formats(endpoint: str, accept: str, media: str, marker: bytes) -> None:
    status, content_type, body = _get(endpoint, EVENTS, accept)
    assert status == 200 and content_type.startswith(media)
    assert marker in body and b"imposed sanctions" in body


def test_serve_construct_as_trig_and_cors(endpoint: str) -> None:
    query = PREFIX + "CONSTRUCT WHERE { ?a a kg:Actor ; skos:prefLabel ?n }"
    status, content_type, body = _get(endpoint, query, "application/trig")
    assert status == 200 and content_type.startswith("application/trig") and b"Ostmark" in body
    request = urllib.request.Request(endpoint, method="OPTIONS", headers={"Origin": "http://yasgui.example"})
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.headers["Access-Control-Allow-Origin"] == "*"


def test_serve_bad_query_and_format(endpoint: str) -> None:
    assert _get(endpoint, "SELECT WHERE nonsense")[0] == 400
    assert _get(endpoint, EVENTS, "image/png")[0] == 406
    assert _get(endpoint, EVENTS, format="turtle")[0] == 406
    assert _get(endpoint.replace("/query", "/nowhere"), EVENTS)[0] == 404


def test_serve_result_cap(store: Store) -> None:
    for url in _serve(store, Limits(max_rows=2)):
        status, _, body = _get(url, EVENTS)
        assert status == 413 and b"LIMIT" in body
        assert _get(url, EVENTS.replace("ORDER BY ?trigger", "LIMIT 2"))[0] == 200


def test_serve_cli_missing_store_is_an_error(tmp_path: pathlib.Path) -> None:
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "none"), "serve"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and "Traceback" not in result.stderr


def test_serve_cli_serves_until_stopped(tmp_path: pathlib.Path) -> None:
    store_path = tmp_path / "store"
    with open_store(store_path) as opened:
        opened.add_extraction(build_fixture_extraction())
    kg = pathlib.Path(sys.executable).with_name("kg")
    process = subprocess.Popen([str(kg), "--store", str(store_path), "serve", "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stderr is not None
        line = process.stderr.readline()
        url = line.split(" at ", 1)[1].split(";", 1)[0]
        status, _, body = _get(url, EVENTS)
        assert status == 200
        assert "imposed sanctions" in {b["trigger"]["value"] for b in json.loads(body)["results"]["bindings"]}
    finally:
        process.terminate()
        process.wait(timeout=10)
