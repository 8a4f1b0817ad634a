"""Reading through a real SPARQL endpoint (Oxigraph's server on loopback)."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.model import Extraction
from kg.store import open_store


def _oxigraph() -> str | None:
    local = Path(sys.executable).with_name("oxigraph")
    return str(local) if local.exists() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory, seed_extraction: Extraction) -> Iterator[str]:
    exe = _oxigraph()
    if exe is None:
        pytest.skip("the oxigraph server (PyPI 'oxigraph') is not installed")
    folder = tmp_path_factory.mktemp("endpoint")
    dump = folder / "seed.nq"
    with open_store(None) as store:
        store.add_extraction(seed_extraction)
        dump.write_text(store.dataset.serialize(format="nquads"), encoding="utf-8")
    location = folder / "db"
    subprocess.run([exe, "load", "--location", str(location), "--file", str(dump)], check=True, capture_output=True)
    port = _free_port()
    server = subprocess.Popen(
        [exe, "serve-read-only", "--location", str(location), "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}/query"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_endpoint_timeline_and_actor_filter(endpoint: str) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["--endpoint", endpoint, "timeline", "--actor", "Beijing", "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert rows and any(r["trigger"] == "protested" and r["when"] == "2019-09-21..2019-09-30" for r in rows)


def test_endpoint_relations_path_and_sparql(endpoint: str) -> None:
    runner = CliRunner()
    out = runner.invoke(cli, ["--endpoint", endpoint, "relations", "Geng", "--format", "json"], catch_exceptions=False).stdout
    assert any(r["predicate"] == "spokesperson_of" and r["statements"] == 1 for r in json.loads(out))
    out = runner.invoke(cli, ["--endpoint", endpoint, "relations", "Geng", "--statements", "--limit", "1", "--format", "json"],
                        catch_exceptions=False).stdout
    assert [(r["predicate"], r["published"]) for r in json.loads(out)] == [("spokesperson_of", "2019-10-08")]
    out = runner.invoke(cli, ["--endpoint", endpoint, "sparql", "ASK { ?s ?p ?o }", "--format", "json"], catch_exceptions=False).stdout
    assert json.loads(out)["boolean"] is True


def test_endpoint_is_read_only_for_build(endpoint: str) -> None:
    result = CliRunner().invoke(cli, ["--endpoint", endpoint, "build", "seeds"])
    assert result.exit_code == 1 and result.stderr.startswith("Error:") and "read-only" in result.stderr


def test_endpoint_unreachable_is_one_error_line() -> None:
    result = CliRunner().invoke(cli, ["--endpoint", f"http://127.0.0.1:{_free_port()}/query", "stats"])
    assert result.exit_code == 1 and result.stderr.startswith("Error:") and "Traceback" not in result.stderr


def test_endpoint_validate_and_rdf_exports(endpoint: str, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["--endpoint", endpoint, "validate"], catch_exceptions=False)
    assert result.exit_code == 0 and "conforms" in result.stdout
    from kg.export import EXPORTERS

    for fmt in sorted(EXPORTERS):  # every export works through the endpoint
        out = tmp_path / f"g.{fmt}"
        result = runner.invoke(cli, ["--endpoint", endpoint, "export", fmt, str(out)], catch_exceptions=False)
        assert result.exit_code == 0, result.stderr
        assert out.stat().st_size > 1000, fmt
    lines = (tmp_path / "g.nquads").read_text(encoding="utf-8").splitlines()
    assert any("/id/article/" in line and "Hikvision" in line for line in lines)


def test_endpoint_sparql_service_is_refused_there_too(endpoint: str) -> None:
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    result = CliRunner().invoke(cli, ["--endpoint", endpoint, "sparql", query])
    assert result.exit_code == 1 and result.stderr.startswith("Error:") and "--allow-service" in result.stderr
