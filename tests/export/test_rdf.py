"""Tests of kg.export.rdf (and the other table/graph exporters): outputs parse back."""

from __future__ import annotations

import csv
import pathlib
import shutil
import subprocess
from typing import Any

import networkx as nx
import pytest
from rdflib import Dataset, Graph

from kg.errors import ExportError
from kg.export import EXPORTERS
from kg.export.events_csv import EVENT_COLUMNS
from kg.store import Store, open_store
from tests.fixtures_rdf import build_fixture_extraction, build_second_extraction

RDF_FORMATS = {"turtle": "turtle", "trig": "trig", "nquads": "nquads", "jsonld": "json-ld"}
SUFFIX = {"turtle": "ttl", "trig": "trig", "nquads": "nq", "jsonld": "jsonld"}


@pytest.fixture(scope="module")
def store() -> Any:
    with open_store() as opened:
        opened.add_extractions([build_fixture_extraction(), build_second_extraction()])
        yield opened


@pytest.mark.parametrize("fmt", list(RDF_FORMATS))
def test_export_rdf_parses_back(store: Store, tmp_path: pathlib.Path, fmt: str) -> None:
    path = tmp_path / f"graph.{SUFFIX[fmt]}"
    EXPORTERS[fmt](store, path)
    if fmt == "turtle":
        parsed: Graph = Graph().parse(path, format="turtle")
        assert len(parsed) > 0
    else:
        dataset = Dataset().parse(path, format=RDF_FORMATS[fmt])
        names = {str(g.identifier) for g in dataset.graphs()}
        assert any(name.endswith("/graph/actors") for name in names)
        assert sum(1 for _ in dataset.quads((None, None, None, None))) == store.count_triples()


@pytest.mark.skipif(shutil.which("rapper") is None, reason="rapper (raptor2-utils) not installed")
@pytest.mark.parametrize("fmt", ["turtle", "trig", "nquads"])
def test_export_rdf_rapper_accepts(store: Store, tmp_path: pathlib.Path, fmt: str) -> None:
    path = tmp_path / f"graph.{SUFFIX[fmt]}"
    EXPORTERS[fmt](store, path)
    done = subprocess.run(["rapper", "-q", "-i", fmt, "-c", str(path)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_export_nquads_is_stable_and_holds_the_store(store: Store, tmp_path: pathlib.Path) -> None:
    # Oxigraph's dump streams in index order (not sorted text). On disk that order depends only
    # on the content: the same articles built in another order give the same bytes.
    EXPORTERS["nquads"](store, tmp_path / "a.nq")
    EXPORTERS["nquads"](store, tmp_path / "a2.nq")
    text = (tmp_path / "a.nq").read_text(encoding="utf-8")
    assert text == (tmp_path / "a2.nq").read_text(encoding="utf-8")
    summary = "/graph/summary> ."
    assert sorted(text.splitlines()) == [line for line in store.nquads() if not line.endswith(summary)]
    dumps = []
    for name, order in (("x", [build_fixture_extraction(), build_second_extraction()]),
                        ("y", [build_second_extraction(), build_fixture_extraction()])):
        with open_store(tmp_path / name) as on_disk:
            on_disk.add_extractions(order)
            EXPORTERS["nquads"](on_disk, tmp_path / f"{name}.nq")
        dumps.append((tmp_path / f"{name}.nq").read_bytes())
    assert dumps[0] == dumps[1] and sorted(dumps[0].decode().splitlines()) == sorted(text.splitlines())


def test_export_graphml_reads_back(store: Store, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "graph.graphml"
    EXPORTERS["graphml"](store, path)
    graph = nx.read_graphml(str(path), force_multigraph=True)
    assert graph.number_of_nodes() == 6
    assert any(d.get("kind") == "relation" for _, _, d in graph.edges(data=True))


def test_export_csv_has_one_row_per_event(store: Store, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "events.csv"
    EXPORTERS["csv"](store, path)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 6
    assert rows[0]["when"] == "2018-08" and rows[0]["modality"] == "reported"
    assert list(rows[0]) == list(EVENT_COLUMNS)


def test_export_unwritable_path_raises_export_error(store: Store, tmp_path: pathlib.Path) -> None:
    missing = tmp_path / "no" / "such" / "dir" / "graph.trig"
    for fmt in ("trig", "gexf", "csv", "graphml"):
        with pytest.raises(ExportError):
            EXPORTERS[fmt](store, missing)
