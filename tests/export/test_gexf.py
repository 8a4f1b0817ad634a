"""Tests of kg.export.gexf: valid GEXF 1.2draft with dated edges."""

from __future__ import annotations

import pathlib
from typing import Any

import pytest
from lxml import etree

from kg.export import EXPORTERS
from kg.export.gexf import GEXF_NS, write_gexf, write_gexf_static
from kg.store import Store, open_store
from tests.fixtures_rdf import build_fixture_extraction, build_second_extraction

SCHEMA = (pathlib.Path(__file__).resolve().parents[2] / ".." / "shared" / "gexf-schema"
          / "1.2draft" / "gexf.xsd")
PARSER = etree.XMLParser(resolve_entities=False, no_network=True)
NS = {"g": GEXF_NS}


@pytest.fixture(scope="module")
def store() -> Any:
    with open_store() as opened:
        opened.add_extractions([build_fixture_extraction(), build_second_extraction()])
        yield opened


def _parse(path: pathlib.Path) -> etree._ElementTree:
    return etree.parse(str(path), PARSER)


def _schema() -> etree.XMLSchema:
    if not SCHEMA.is_file():
        pytest.skip(f"GEXF XSD not found at {SCHEMA} (the shared/ folder beside the repo)")
    return etree.XMLSchema(etree.parse(str(SCHEMA), PARSER))


@pytest.mark.parametrize("writer", [write_gexf, write_gexf_static], ids=["dynamic", "static"])
def test_gexf_validates_against_xsd(store: Store, tmp_path: pathlib.Path, writer: Any) -> None:
    path = tmp_path / "graph.gexf"
    writer(store, path)
    schema = _schema()
    document = _parse(path)
    assert schema.validate(document), schema.error_log


def test_gexf_edges_are_dated_events_with_both_ends(store: Store, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "graph.gexf"
    write_gexf(store, path)
    root = _parse(path).getroot()
    graph = root.find("g:graph", NS)
    assert graph is not None
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    edges = {e.get("id"): e for e in root.iterfind(".//g:edge", NS)}
    # e2 (a statement) and e4 (a denial) have no target: not in the network.
    assert len(edges) == 4
    sanction = next(e for i, e in edges.items() if i and i.endswith("fixture-valdoria-001/e1"))
    assert (sanction.get("start"), sanction.get("end")) == ("2019-09-21", "2019-09-22")
    for edge in edges.values():
        assert edge.get("start") is None or edge.get("start") < edge.get("end")
    values = {a.get("for"): a.get("value") for a in sanction.iterfind(".//g:attvalue", NS)}
    assert values["cameo"] == "163" and values["modality"] == "asserted"
    nodes = root.findall(".//g:node", NS)
    assert len(nodes) == 6 and all(n.find(".//g:attvalue", NS) is not None for n in nodes)


def test_gexf_is_deterministic(store: Store, tmp_path: pathlib.Path) -> None:
    write_gexf(store, tmp_path / "a.gexf")
    write_gexf(store, tmp_path / "b.gexf")
    assert (tmp_path / "a.gexf").read_bytes() == (tmp_path / "b.gexf").read_bytes()


def test_gexf_static_has_no_time(store: Store, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "static.gexf"
    EXPORTERS["gexf-static"](store, path)
    root = _parse(path).getroot()
    assert root.find("g:graph", NS).get("mode") == "static"  # type: ignore[union-attr]
    assert all(e.get("start") is None for e in root.iterfind(".//g:edge", NS))
    assert len(root.findall(".//g:attributes[@class='node']", NS)) == 1
