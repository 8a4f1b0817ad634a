"""Tests of kg.export.gexf and kg.export.network: GEXF that opens in Gephi as a picture.

The store holds the invented Valdoria/Ostmark articles of tests/fixtures_rdf.py:
six events (two without a target: a statement and a denial), two relations.
"""

from __future__ import annotations

import datetime as dt
import pathlib
from typing import Any

import pytest
from lxml import etree

from kg.errors import ExportError, UnknownActorError
from kg.export import EXPORTERS, EventFilter, ExportOptions, NetworkOptions, build_network, export
from kg.store import Store, open_store
from tests.export.gexf_tools import MAIN, VIZ, assert_valid, parse
from kg.graph.reports import event_iris
from tests.fixtures_rdf import build_fixture_extraction, build_second_extraction

ACTOR = "https://w3id.org/kg-events/id/actor/"
FORMS = {
    "default": NetworkOptions(),
    "events-as-nodes": NetworkOptions(events_as_nodes=True),
    "collapse": NetworkOptions(collapse=True),
    "no-relations": NetworkOptions(relations=False),
    "goldstein-mentions": NetworkOptions(edge_colour="goldstein", size_by="mentions"),
    "filtered": NetworkOptions(filter=EventFilter(actor="Kestrel Dynamics", start=dt.date(2019, 1, 1))),
}


@pytest.fixture(scope="module")
def store() -> Any:
    with open_store() as opened:
        opened.add_extractions([build_fixture_extraction(), build_second_extraction()])
        yield opened


def _write(store: Store, tmp_path: pathlib.Path, options: ExportOptions, fmt: str = "gexf") -> pathlib.Path:
    path = tmp_path / "graph.gexf"
    export(store, fmt, path, options)
    return path


def _ns(version: str) -> dict[str, str]:
    return {"g": MAIN[version], "viz": VIZ[version]}


@pytest.mark.parametrize("version", ["1.3", "1.2draft"])
@pytest.mark.parametrize("fmt", ["gexf", "gexf-static"])
@pytest.mark.parametrize("form", list(FORMS))
def test_gexf_every_variant_validates_and_has_viz(store: Store, tmp_path: pathlib.Path, version: str,
                                                  fmt: str, form: str) -> None:
    path = _write(store, tmp_path, ExportOptions(network=FORMS[form], gexf_version=version), fmt)
    document = assert_valid(path, version)
    ns = _ns(version)
    nodes = document.findall(".//g:node", ns)
    assert nodes, "no nodes"
    for node in nodes:
        colour = node.find("viz:color", ns)
        assert colour is not None and colour.get("a") is not None  # Gephi trips on colours without alpha
        assert node.find("viz:size", ns) is not None and node.find("viz:position", ns) is not None
    for edge in document.findall(".//g:edge", ns):
        assert edge.find("viz:color", ns) is not None and edge.find("viz:thickness", ns) is not None
    # graphology-gexf keeps only the last attributes block of a class: one each.
    assert len(document.findall(".//g:attributes[@class='node']", ns)) == 1
    assert len(document.findall(".//g:attributes[@class='edge']", ns)) == 1
    has_time = bool(document.findall(".//g:spell", ns))
    assert has_time == (fmt == "gexf")


def test_gexf_positions_spread_out_and_sizes_follow_degree(store: Store) -> None:
    network = build_network(store)
    positions = {(n.x, n.y) for n in network.nodes}
    assert len(positions) == len(network.nodes)  # no two nodes on one spot
    size = {n.id.removeprefix(ACTOR): n.size for n in network.nodes}
    # Kestrel Dynamics takes part in three drawn events; Mira Tanse only in one relation.
    assert size["kestrel-dynamics"] > size["mira-tanse"]
    kinds = {n.id.removeprefix(ACTOR): n.colour for n in network.nodes}
    assert kinds["valdoria"] == kinds["ostmark"] != kinds["kestrel-dynamics"]


def test_gexf_spells_run_from_first_to_last_event(store: Store, tmp_path: pathlib.Path) -> None:
    document = parse(_write(store, tmp_path, ExportOptions()))
    ns = _ns("1.3")
    spells = {n.get("id").removeprefix(ACTOR): (s.get("start"), s.get("end"))
              for n in document.iterfind(".//g:node", ns) for s in n.iterfind(".//g:spell", ns)}
    assert spells["kestrel-dynamics"] == ("2018-08-01", "2019-10-09")  # Aug 2018 sale .. planned challenge
    assert spells["ostmark"] == ("2018-08-01", "2019-11-01")  # .. the October 2019 recall
    # Known only through a relation: the span of the ministry it speaks for.
    assert spells["mira-tanse"] == spells["valdoria-trade-ministry"] == ("2019-09-21", "2019-10-09")
    assert "ostmark-foreign-ministry" not in spells  # its one event (a denial) has no target
    for element in document.iterfind(".//g:spell", ns):
        assert element.get("start") < element.get("end")  # Gephi drops start == end
    graph = document.find("g:graph", ns)
    assert graph is not None and graph.get("timeformat") == "date" and graph.get("mode") == "dynamic"


def test_gexf_relations_are_edges_of_their_own_kind(store: Store, tmp_path: pathlib.Path) -> None:
    document = parse(_write(store, tmp_path, ExportOptions()))
    kinds = sorted(e.get("kind") for e in document.iterfind(".//g:edge", _ns("1.3")))
    assert kinds == ["061", "115", "161", "163", "part_of", "spokesperson_of"]
    without = parse(_write(store, tmp_path, ExportOptions(network=NetworkOptions(relations=False))))
    assert sorted(e.get("kind") for e in without.iterfind(".//g:edge", _ns("1.3"))) == ["061", "115", "161", "163"]


def test_gexf_events_as_nodes_keeps_events_with_one_end(store: Store, tmp_path: pathlib.Path) -> None:
    options = ExportOptions(network=NetworkOptions(events_as_nodes=True))
    document = parse(_write(store, tmp_path, options))
    ns = _ns("1.3")
    events = {n.get("id") for n in document.iterfind(".//g:node", ns) if "/event/" in n.get("id")}
    # A dated event with both actors has the IRI other articles' reports share (kg.graph.reports).
    assert events == {str(i) for i in event_iris(build_fixture_extraction()).values()} | {
        str(event_iris(build_second_extraction())["e1"])}
    statement = next(n for n in document.iterfind(".//g:node", ns) if n.get("id").endswith("001/e2"))
    links = [e for e in document.iterfind(".//g:edge", ns) if statement.get("id") in (e.get("source"), e.get("target"))]
    assert [(e.get("kind"), e.get("source")) for e in links] == [("source", ACTOR + "mira-tanse")]
    spell = statement.find(".//g:spell", ns)
    assert spell is not None and (spell.get("start"), spell.get("end")) == ("2019-10-08", "2019-10-09")


def test_gexf_collapse_sums_events_per_dyad_and_root(store: Store) -> None:
    twice = build_second_extraction()
    with open_store() as opened:
        # The same dyad and root twice: the recall in two articles.
        from dataclasses import replace

        other = replace(twice, article=replace(twice.article, id="fixture-ostmark-003",
                                                published=dt.date(2019, 11, 2)))
        opened.add_extractions([build_fixture_extraction(), twice, other])
        network = build_network(opened, NetworkOptions(collapse=True, relations=False))
    recall = next(e for e in network.edges if e.id == "ostmark->valdoria:16")
    assert recall.weight == 2 and recall.attributes["count"] == 2
    assert recall.attributes["goldstein_sum"] == -8.0  # 161 is -4.0 twice
    assert recall.thickness > 1.0 and recall.kind == "16"
    assert sum(e.weight for e in network.edges) == 5  # every event with both ends, once


def test_gexf_filters_keep_matching_events_and_their_actors(store: Store) -> None:
    network = build_network(store, FORMS["filtered"])
    assert sorted(e.kind for e in network.edges if e.type == "event") == ["115", "163"]
    assert {n.id.removeprefix(ACTOR) for n in network.nodes} == {"kestrel-dynamics", "valdoria-trade-ministry"}
    with pytest.raises(UnknownActorError):
        build_network(store, NetworkOptions(filter=EventFilter(actor="Nobody At All")))


def test_gexf_collapse_and_event_nodes_do_not_combine(store: Store, tmp_path: pathlib.Path) -> None:
    with pytest.raises(ExportError, match="do not combine"):
        _write(store, tmp_path, ExportOptions(network=NetworkOptions(collapse=True, events_as_nodes=True)))


def test_gexf_is_byte_identical_on_rebuild(store: Store, tmp_path: pathlib.Path) -> None:
    for form in ("default", "events-as-nodes", "collapse"):
        options = ExportOptions(network=FORMS[form])
        first = _write(store, tmp_path, options).read_bytes()
        assert _write(store, tmp_path, options).read_bytes() == first, form


def test_gexf_static_has_no_time(store: Store, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "static.gexf"
    EXPORTERS["gexf-static"](store, path)
    root = parse(path).getroot()
    ns = _ns("1.3")
    assert root.find("g:graph", ns).get("mode") == "static"  # type: ignore[union-attr]
    assert not root.findall(".//g:spell", ns) and root.find("g:graph", ns).get("timeformat") is None  # type: ignore[union-attr]


def test_gexf_xml_refuses_entities(tmp_path: pathlib.Path) -> None:
    # The parser used by every GEXF test never expands an external entity.
    hostile = tmp_path / "hostile.gexf"
    secret = tmp_path / "secret.txt"
    secret.write_text("do-not-read", encoding="utf-8")
    hostile.write_text(f'<?xml version="1.0"?><!DOCTYPE g [<!ENTITY x SYSTEM "file://{secret}">]>'
                       '<gexf>&x;</gexf>', encoding="utf-8")
    assert "do-not-read" not in etree.tostring(parse(hostile)).decode()
