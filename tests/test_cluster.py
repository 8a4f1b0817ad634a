"""kg extract --dask: extraction on a Dask LocalCluster of 2 workers, partitions loaded with kg load."""

from __future__ import annotations

import json
import pathlib

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.store import open_store
from kg.vocab import summary_graph_iri

pytest.importorskip("dask.bag", reason="Dask is not installed (pip install 'kg[dask]'; the test extra has it)")
pytest.importorskip("distributed", reason="dask.distributed is not installed (pip install 'kg[dask]')")

# Invented articles about invented countries; the third record has no text.
RECORDS = [
    {"id": "dask-1", "published": "2021-05-04",
     "text": "Valdoria imposed sanctions on Ostmark on Monday.\n\nOstmark's foreign minister Lena Brandt "
             "condemned the sanctions on Tuesday."},
    {"id": "dask-2", "published": "2021-05-06",
     "text": "Ostmark recalled its ambassador from Valdoria on Wednesday.\n\nBrandt said the talks had failed."},
    {"id": "dask-3", "published": "2021-05-07", "text": ""},
    {"id": "dask-4", "published": "2021-05-08",
     "text": "Valdoria and Ostmark agreed on Friday to resume talks in Geneva."},
]


def _quads(path: pathlib.Path) -> set[str]:
    summary = ox.NamedNode(str(summary_graph_iri()))
    with open_store(path, create=False) as store:
        return {str(q) for q in store.oxigraph.quads_for_pattern(None, None, None, None) if q.graph_name != summary}


def test_cluster_extract_on_local_cluster_then_load(tmp_path: pathlib.Path) -> None:
    source = tmp_path / "articles.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    parts = tmp_path / "parts"
    runner = CliRunner()
    result = runner.invoke(cli, ["-q", "extract", str(source), "--dask", "local", "--dask-workers", "2", "--out", str(parts)],
                           catch_exceptions=False)
    # The empty record is reported and skipped; the others are written.
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and "articles.jsonl:3" in result.stderr and "Traceback" not in result.stderr
    assert "Extracted 3 article(s)" in result.stdout
    assert (parts / "actors.nq").exists() and list(parts.glob("part-*.nq"))
    loaded = tmp_path / "loaded"
    assert runner.invoke(cli, ["--store", str(loaded), "load", str(parts)], catch_exceptions=False).exit_code == 0
    # The same articles built one by one into a store give the same graph.
    built = tmp_path / "built"
    build = runner.invoke(cli, ["-q", "--store", str(built), "build", str(source)])
    assert build.exit_code == 1, build.stderr
    assert _quads(loaded) == _quads(built)
    # And kg build resumes over the loaded store: nothing to extract again.
    again = runner.invoke(cli, ["-q", "--store", str(loaded), "build", str(source)])
    assert "3 unchanged (skipped)" in again.stdout, again.stdout
    assert _quads(loaded) == _quads(built)


def test_cluster_dask_needs_out(tmp_path: pathlib.Path) -> None:
    source = tmp_path / "articles.jsonl"
    source.write_text(json.dumps(RECORDS[0]) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(source), "--dask", "local"])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: ") and "--out" in result.stderr


def test_cluster_unreachable_scheduler_is_one_error_line(tmp_path: pathlib.Path) -> None:
    source = tmp_path / "articles.jsonl"
    source.write_text(json.dumps(RECORDS[0]) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(source), "--dask", "tcp://127.0.0.1:9", "--out", str(tmp_path / "p")])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and "scheduler" in result.stderr and "Traceback" not in result.stderr
