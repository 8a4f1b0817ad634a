"""Tests of kg.export.jsonld: a compact @context, a faithful round trip, framed events."""

from __future__ import annotations

import json
import pathlib
from typing import Any

import pytest
from rdflib import Dataset

from kg.export import EventFilter, ExportOptions, NetworkOptions, export
from kg.export.jsonld import frame_events, jsonld_context, refuse_remote_documents
from kg.graph import to_dataset
from kg.model import Extraction
from kg.store import Store, open_store
from kg.vocab import summary_graph_iri
from tests.fixtures_rdf import build_fixture_extraction, build_second_extraction


@pytest.fixture(scope="module")
def store() -> Any:
    with open_store() as opened:
        opened.add_extractions([build_fixture_extraction(), build_second_extraction()])
        yield opened


def _quads(dataset: Dataset) -> set[Any]:
    # The store's summary graph (its counts) is bookkeeping, not exported.
    summary = summary_graph_iri()
    return {q for q in dataset.quads((None, None, None, None))
            if (q[3].identifier if hasattr(q[3], "identifier") else q[3]) != summary}


def test_jsonld_has_a_compact_context(store: Store, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "graph.jsonld"
    export(store, "jsonld", path)
    document = json.loads(path.read_text(encoding="utf-8"))
    context = document["@context"]
    assert context["@vocab"] == "https://w3id.org/kg-events/ontology#"
    assert context["earliest"] == {"@id": "sem:hasEarliestBeginTimeStamp", "@type": "xsd:date"}
    text = path.read_text(encoding="utf-8")
    assert '"trigger": "imposed sanctions"' in text  # kg terms read as plain names
    assert "https://w3id.org/kg-events/ontology#trigger" not in text


def test_jsonld_round_trips_to_the_same_quads(store: Store, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "graph.jsonld"
    export(store, "jsonld", path)
    back = Dataset(default_union=True).parse(path, format="json-ld")
    original = _quads(to_dataset(store.dataset))
    assert _quads(back) == original and len(original) == store.count_triples()


def test_jsonld_seed_round_trips(seed_extraction: Extraction, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "seed.jsonld"
    with open_store() as opened:
        opened.add_extraction(seed_extraction)
        export(opened, "jsonld", path)
        original = _quads(to_dataset(opened.dataset))
    assert _quads(Dataset(default_union=True).parse(path, format="json-ld")) == original


def test_jsonld_framed_lists_events_with_their_facts(store: Store, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "events.jsonld"
    export(store, "jsonld-framed", path)
    document = json.loads(path.read_text(encoding="utf-8"))
    events = document["@graph"]
    assert len(events) == 6
    sanction = next(e for e in events if e.get("trigger") == "imposed sanctions")
    assert sanction["eventType"]["notation"] == "163"  # the CAMEO concept is embedded
    assert sanction["source"]["label"] == "Valdorian Trade Ministry"
    assert "Kestrel Dynamics" in sanction["sentence"]["text"]
    assert document["@context"] == jsonld_context()


def test_jsonld_framed_takes_the_filters(store: Store, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "events.jsonld"
    export(store, "jsonld-framed", path,
           ExportOptions(network=NetworkOptions(filter=EventFilter(actor="Ostmark"))))
    triggers = sorted(e["trigger"] for e in json.loads(path.read_text(encoding="utf-8"))["@graph"])
    assert triggers == ["recalled", "sold"]


def test_jsonld_framing_never_loads_remote_documents(store: Store) -> None:
    from pyld import jsonld

    dataset = to_dataset(store.dataset)
    assert frame_events(dataset)["@graph"]
    with pytest.raises(jsonld.JsonLdError):
        jsonld.frame({"@context": "https://example.org/context.jsonld", "@id": "x"}, {},
                     options={"documentLoader": refuse_remote_documents})


def test_jsonld_is_byte_identical_on_rebuild(store: Store, tmp_path: pathlib.Path) -> None:
    for fmt in ("jsonld", "jsonld-framed"):
        export(store, fmt, tmp_path / "a")
        export(store, fmt, tmp_path / "b")
        assert (tmp_path / "a").read_bytes() == (tmp_path / "b").read_bytes(), fmt
