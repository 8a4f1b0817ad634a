"""N-Quads partitions (kg.corpus) and kg load: into the embedded store and into a real SPARQL server."""

from __future__ import annotations

import json
import pathlib
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.corpus import ActorBook, write_actors, write_partition
from kg.model import Extraction
from kg.store import open_store
from kg.vocab import summary_graph_iri
from tests.fixtures_rdf import build_fixture_extraction, build_second_extraction

_SUMMARY = ox.NamedNode(str(summary_graph_iri()))


def _parts(folder: pathlib.Path, extractions: list[Extraction]) -> pathlib.Path:
    """One partition per article and the joined actors, as kg extract --dask writes them."""
    folder.mkdir()
    book = ActorBook().add(extractions)
    mapping, names = book.resolution(), book.names()
    for index, extraction in enumerate(extractions):
        write_partition([extraction], folder / f"part-{index:05d}.nq", mapping, names)
    write_actors(book, mapping, folder / "actors.nq")
    return folder


def _quads(path: pathlib.Path) -> set[str]:
    """The store's quads as text, its summary graph left out."""
    with open_store(path, create=False) as store:
        return {str(q) for q in store.oxigraph.quads_for_pattern(None, None, None, None) if q.graph_name != _SUMMARY}


@pytest.fixture()
def parts(tmp_path: pathlib.Path) -> pathlib.Path:
    return _parts(tmp_path / "parts", [build_fixture_extraction(), build_second_extraction()])


def test_corpus_load_gives_what_build_gives(tmp_path: pathlib.Path, parts: pathlib.Path) -> None:
    built = tmp_path / "built"
    with open_store(built) as store:
        store.add_extractions([build_fixture_extraction(), build_second_extraction()])
    loaded = tmp_path / "loaded"
    result = CliRunner().invoke(cli, ["--store", str(loaded), "load", str(parts)], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert "bulk-loaded" in result.stdout and "2 article(s)" in result.stdout
    assert _quads(loaded) == _quads(built)
    # The summary graph was counted after the bulk load.
    stats = CliRunner().invoke(cli, ["--store", str(loaded), "stats", "--format", "json"], catch_exceptions=False)
    assert json.loads(stats.stdout)["articles"] == 2


def test_corpus_load_into_a_store_with_articles_is_idempotent(tmp_path: pathlib.Path, parts: pathlib.Path) -> None:
    store_path = tmp_path / "store"
    with open_store(store_path) as store:
        store.add_extraction(build_fixture_extraction())
    runner = CliRunner()
    first = runner.invoke(cli, ["--store", str(store_path), "load", str(parts)], catch_exceptions=False)
    assert first.exit_code == 0, first.stderr
    assert "(loaded)" in first.stdout
    once = _quads(store_path)
    again = runner.invoke(cli, ["--store", str(store_path), "load", *map(str, sorted(parts.iterdir()))],
                          catch_exceptions=False)
    assert again.exit_code == 0, again.stderr
    assert _quads(store_path) == once


@pytest.mark.parametrize("case", ["missing", "empty-folder", "not-nquads", "default-graph"])
def test_corpus_load_bad_input_is_one_error_line(tmp_path: pathlib.Path, case: str) -> None:
    target = tmp_path / "input"
    if case == "empty-folder":
        target.mkdir()
    elif case == "not-nquads":
        target = tmp_path / "bad.nq"
        target.write_text("this is not N-Quads\n", encoding="utf-8")
    elif case == "default-graph":
        target = tmp_path / "default.nq"
        target.write_text("<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n", encoding="utf-8")
    store_path = tmp_path / "store"
    with open_store(store_path) as store:  # a store that holds articles reads the files quad by quad
        store.add_extraction(build_fixture_extraction())
    before = _quads(store_path)
    result = CliRunner().invoke(cli, ["--store", str(store_path), "load", str(target)])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and "Traceback" not in result.stderr
    del result  # its exc_info holds the store open (pyoxigraph releases a store when collected)
    assert _quads(store_path) == before


def test_corpus_load_server_needs_both_urls(parts: pathlib.Path) -> None:
    result = CliRunner().invoke(cli, ["load", str(parts), "--update-endpoint", "http://127.0.0.1:9/update"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and "--endpoint" in result.stderr


def _oxigraph() -> str | None:
    local = pathlib.Path(sys.executable).with_name("oxigraph")
    return str(local) if local.exists() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture()
def server(tmp_path: pathlib.Path) -> Iterator[str]:
    """A writable `oxigraph serve` on loopback (kg reads the union of the graphs); its base URL."""
    exe = _oxigraph()
    if exe is None:
        pytest.skip("the oxigraph server (PyPI 'oxigraph', in the test extra) is not installed")
    port = _free_port()
    process = subprocess.Popen([exe, "serve", "--location", str(tmp_path / "served"), "--bind", f"127.0.0.1:{port}",
                                "--union-default-graph"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    pytest.fail("oxigraph serve did not start")
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.mark.parametrize("graph_store", [False, True], ids=["sparql-update", "graph-store-protocol"])
def test_corpus_load_into_oxigraph_serve(server: str, parts: pathlib.Path, tmp_path: pathlib.Path,
                                         graph_store: bool) -> None:
    runner = CliRunner()
    command = ["--endpoint", f"{server}/query", "load", str(parts), "--update-endpoint", f"{server}/update"]
    if graph_store:
        command += ["--graph-store", f"{server}/store"]
    for _ in range(2):  # loading twice changes nothing
        result = runner.invoke(cli, command, catch_exceptions=False)
        assert result.exit_code == 0, result.stderr
        assert "2 article(s)" in result.stdout
    # The server now holds what the embedded store gets from the same files.
    loaded = tmp_path / "loaded"
    assert runner.invoke(cli, ["--store", str(loaded), "load", str(parts)], catch_exceptions=False).exit_code == 0
    held = runner.invoke(cli, ["--endpoint", f"{server}/query", "sparql", "--format", "json",
                               "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"], catch_exceptions=False)
    assert held.exit_code == 0, held.stderr
    count = int(json.loads(held.stdout)["results"]["bindings"][0]["n"]["value"])
    assert count == len(_quads(loaded))
    timeline = runner.invoke(cli, ["--endpoint", f"{server}/query", "timeline", "--actor", "Ostmark", "--format", "json"],
                             catch_exceptions=False)
    assert timeline.exit_code == 0, timeline.stderr
    assert {r["trigger"] for r in json.loads(timeline.stdout)} >= {"sold", "recalled"}
