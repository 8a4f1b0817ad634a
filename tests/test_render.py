"""Tests of kg.render: pure text output."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from kg.query import SparqlResult, SparqlTerm, path_between, relation_counts, relations_of, run_sparql, stats, timeline
from kg.render import render_path, render_relation_counts, render_relations, render_sparql, render_stats, render_timeline
from kg.store import Store, open_store
from tests.fixtures_rdf import build_fixture_extraction


@pytest.fixture(scope="module")
def store() -> Any:
    with open_store() as opened:
        opened.add_extraction(build_fixture_extraction())
        yield opened


def test_render_timeline_table_marks_non_asserted(store: Store) -> None:
    text = render_timeline(timeline(store), "table")
    lines = text.splitlines()
    assert lines[0].split() == ["when", "who", "what", "whom", "modality"]
    sold = next(line for line in lines if '"sold"' in line)
    assert "*REPORTED* (Mira Tanse)" in sold
    assert "*PLANNED*" in text
    assert all(line == line.rstrip() for line in lines)


def test_render_timeline_json_and_csv(store: Store) -> None:
    rows = timeline(store)
    data = json.loads(render_timeline(rows, "json"))
    assert data[0]["when"] == "2018-08" and data[0]["modality"] == "reported"
    records = list(csv.DictReader(io.StringIO(render_timeline(rows, "csv"))))
    assert len(records) == len(rows) and records[0]["cameo"] == "061"


def test_render_sparql_json_follows_the_results_format(store: Store) -> None:
    result = run_sparql(store, "PREFIX kg: <https://w3id.org/kg-events/ontology#>\n"
                               "SELECT ?a ?id WHERE { ?a kg:articleId ?id }")
    data = json.loads(render_sparql(result, "json"))
    assert data["head"]["vars"] == ["a", "id"]
    binding = data["results"]["bindings"][0]
    assert binding["a"]["type"] == "uri"
    assert binding["id"] == {"type": "literal", "value": "fixture-valdoria-001"}
    assert render_sparql(result, "csv").startswith("a,id\r\n")


def test_render_sparql_ask_and_unbound() -> None:
    assert json.loads(render_sparql(SparqlResult(kind="ASK", boolean=True), "json")) == {
        "head": {}, "boolean": True}
    result = SparqlResult(kind="SELECT", variables=("x", "y"),
                          rows=((SparqlTerm("literal", "1", lang="en"), None),))
    data = json.loads(render_sparql(result, "json"))
    assert data["results"]["bindings"] == [{"x": {"type": "literal", "value": "1", "xml:lang": "en"}}]
    assert render_sparql(result, "csv") == "x,y\r\n1,\r\n"


def test_render_relations_path_stats(store: Store) -> None:
    assert "spokesperson_of" in render_relations(relations_of(store, "Mira Tanse").rows)
    path = render_path(path_between(store, "Mira Tanse", "Valdoria"))
    assert path.splitlines()[0] == "Mira Tanse"
    assert "-[part_of]-> Valdoria" in path
    assert render_path([]) == "no path\n"
    assert json.loads(render_stats(stats(store), "json"))["events"] == 5


def test_render_relation_counts_and_statements(store: Store) -> None:
    counts = render_relation_counts(relation_counts(store, "Valdorian Trade Ministry").rows).splitlines()
    assert counts[0].split() == ["subject", "relation", "object", "statements"]
    assert counts[2].split() == ["Mira", "Tanse", "spokesperson_of", "Valdorian", "Trade", "Ministry", "1"]
    said = list(csv.DictReader(io.StringIO(render_relations(relations_of(store, "Mira Tanse").rows, "csv"))))
    assert [(r["relation"], r["published"]) for r in said] == [("spokesperson_of", "2019-10-08")]
    assert said[0]["sentence"].startswith("Ministry spokesperson Mira Tanse said")


def test_render_rejects_unknown_format(store: Store) -> None:
    with pytest.raises(ValueError):
        render_timeline([], "xml")  # type: ignore[arg-type]
