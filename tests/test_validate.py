"""Tests of kg.validate: SHACL shapes against built graphs."""

from __future__ import annotations

import datetime as dt

import pytest
from rdflib import Literal
from rdflib.namespace import XSD

from kg.errors import OntologyError
from kg.graph import build_graph, to_graph
from kg.graph.reports import event_iris
from kg.store import open_store
from kg.validate import validate_graph
from kg.vocab import KG, SEM, mint_iri
from tests.fixtures_rdf import ARTICLE_ID, build_fixture_extraction, build_second_extraction

E1 = event_iris(build_fixture_extraction())["e1"]


def test_validate_fixture_conforms() -> None:
    report = validate_graph(build_graph(build_fixture_extraction()))
    assert report.conforms, report.text


def test_validate_store_conforms() -> None:
    with open_store() as store:
        store.add_extractions([build_fixture_extraction(), build_second_extraction()])
        report = validate_graph(store)
    assert report.conforms, report.text


def test_validate_event_without_type_fails() -> None:
    graph = to_graph(build_graph(build_fixture_extraction()))
    graph.remove((E1, SEM.eventType, None))
    report = validate_graph(graph)
    assert not report.conforms
    assert "exactly one CAMEO event type" in report.text


def test_validate_earliest_after_latest_fails() -> None:
    graph = to_graph(build_graph(build_fixture_extraction()))
    graph.set((E1, SEM.hasEarliestBeginTimeStamp, Literal(dt.date(2019, 12, 1), datatype=XSD.date)))
    report = validate_graph(graph)
    assert not report.conforms
    assert "LessThanOrEquals" in report.text


def test_validate_claim_without_asserter_fails() -> None:
    graph = to_graph(build_graph(build_fixture_extraction()))
    graph.remove((mint_iri("claim", ARTICLE_ID, "e3"), KG.assertedBy, None))
    assert not validate_graph(graph).conforms


def test_validate_actor_with_two_labels_fails() -> None:
    graph = to_graph(build_graph(build_fixture_extraction()))
    from rdflib.namespace import SKOS

    graph.add((mint_iri("actor", "ostmark"), SKOS.prefLabel, Literal("Ostmarkia")))
    assert not validate_graph(graph).conforms


def test_validate_broken_shapes_raise_ontology_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.validate

    def missing(name: str) -> object:
        raise OntologyError(f"ontology file {name!r} not found")

    monkeypatch.setattr(kg.validate, "ontology_path", missing)
    with pytest.raises(OntologyError):
        validate_graph(build_graph(build_fixture_extraction()))
