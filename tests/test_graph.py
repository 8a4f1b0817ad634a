"""Tests of kg.graph: Extraction -> RDF dataset."""

from __future__ import annotations

import dataclasses
import datetime as dt
import pathlib
from decimal import Decimal

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import DCTERMS, OWL, RDF, SKOS, XSD

from kg.errors import InputError
from kg.graph import build_graph, read_graph, serialize, to_graph, write_graph
from kg.graph.reports import event_iris
from kg.model import Extraction
from kg.vocab import CAMEO, KG, SEM, actors_graph_iri, cameo_graph_iri, mint_iri
from tests.fixtures_rdf import ARTICLE_ID, build_fixture_extraction

ARTICLE = mint_iri("article", ARTICLE_ID)


def ev(name: str) -> URIRef:
    # A dated event with both actors gets the IRI other articles' reports share.
    return event_iris(build_fixture_extraction())[name]


@pytest.fixture()
def extraction() -> Extraction:
    return build_fixture_extraction()


@pytest.fixture()
def dataset(extraction: Extraction) -> Dataset:
    return build_graph(extraction)


def test_graph_is_deterministic(extraction: Extraction) -> None:
    first = to_graph(build_graph(extraction))
    second = to_graph(build_graph(build_fixture_extraction()))
    if not isomorphic(first, second):
        _, only_first, only_second = graph_diff(to_isomorphic(first), to_isomorphic(second))
        pytest.fail(f"only first:\n{only_first.serialize(format='nt')}\n"
                    f"only second:\n{only_second.serialize(format='nt')}")
    assert serialize(build_graph(extraction), "nquads") == serialize(
        build_graph(extraction), "nquads")


def test_graph_has_article_actor_and_cameo_graphs(dataset: Dataset) -> None:
    names = {g.identifier for g in dataset.graphs()}
    assert {ARTICLE, actors_graph_iri(), cameo_graph_iri()} <= names
    article = dataset.graph(ARTICLE)
    assert (ARTICLE, DCTERMS.issued, Literal(dt.date(2019, 10, 8), datatype=XSD.date)) in article
    assert (ARTICLE, KG.articleId, Literal(ARTICLE_ID)) in article
    actors = dataset.graph(actors_graph_iri())
    kestrel = mint_iri("actor", "kestrel-dynamics")
    assert (kestrel, SKOS.prefLabel, Literal("Kestrel Dynamics")) in actors
    assert (kestrel, SKOS.altLabel, Literal("Kestrel")) in actors
    assert (kestrel, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q4115189")) in actors
    # actor descriptions live only in the shared graph
    assert (kestrel, SKOS.prefLabel, None) not in article


def test_graph_event_has_type_actors_and_bounds(dataset: Dataset) -> None:
    g = dataset.graph(ARTICLE)
    e1 = ev("e1")
    assert (e1, SEM.eventType, CAMEO["163"]) in g
    assert (e1, KG.source, mint_iri("actor", "valdoria-trade-ministry")) in g
    assert (e1, KG.target, mint_iri("actor", "kestrel-dynamics")) in g
    assert (e1, KG.day, Literal(dt.date(2019, 9, 21), datatype=XSD.date)) in g
    assert (mint_iri("actor", "kestrel-dynamics"), KG.activeOn, Literal(dt.date(2019, 9, 21), datatype=XSD.date)) in g
    assert (mint_iri("actor", "valdoria-trade-ministry"), KG.actedOn, mint_iri("actor", "kestrel-dynamics")) in g
    assert g.value(e1, SEM.hasEarliestBeginTimeStamp) == Literal(dt.date(2019, 9, 21),
                                                                  datatype=XSD.date)
    assert g.value(e1, KG.trigger) == Literal("imposed sanctions")


def test_graph_month_precision_keeps_month_value(dataset: Dataset) -> None:
    g = dataset.graph(ARTICLE)
    e3 = ev("e3")
    assert g.value(e3, KG.timeValue) == Literal("2018-08", datatype=XSD.gYearMonth)
    assert str(g.value(e3, KG.precision)).endswith("unitMonth")
    assert g.value(e3, SEM.hasLatestEndTimeStamp) == Literal(dt.date(2018, 8, 31),
                                                              datatype=XSD.date)


def test_graph_claim_links_asserter_and_denier(dataset: Dataset) -> None:
    g = dataset.graph(ARTICLE)
    claim = mint_iri("claim", ARTICLE_ID, "e3")
    assert (claim, KG.content, ev("e3")) in g
    assert (claim, KG.assertedBy, mint_iri("actor", "mira-tanse")) in g
    assert (claim, KG.deniedBy, mint_iri("actor", "ostmark-foreign-ministry")) in g
    assert (claim, KG.reportedIn, ev("e2")) in g
    assert (claim, KG.deniedIn, ev("e4")) in g
    assert (ev("e4"), KG.denies, claim) in g
    assert (ev("e3"), KG.modality, KG.Reported) in g


def test_graph_relation_is_direct_and_reified(dataset: Dataset) -> None:
    g = dataset.graph(ARTICLE)
    tanse, ministry = mint_iri("actor", "mira-tanse"), mint_iri("actor", "valdoria-trade-ministry")
    assert (tanse, KG.spokespersonOf, ministry) in g
    statement = mint_iri("relation", ARTICLE_ID, "mira-tanse", "spokesperson_of",
                         "valdoria-trade-ministry")
    assert (statement, RDF.type, KG.RelationStatement) in g
    assert (statement, RDF.subject, tanse) in g
    assert (statement, RDF.predicate, KG.spokespersonOf) in g
    assert (statement, RDF.object, ministry) in g
    sentence = g.value(statement, KG.sentence)
    assert "spokesperson Mira Tanse" in str(g.value(sentence, KG.text))


def test_graph_cameo_concepts_have_notation_label_broader(dataset: Dataset) -> None:
    g = dataset.graph(cameo_graph_iri())
    assert g.value(CAMEO["163"], SKOS.notation) == Literal("163")
    assert g.value(CAMEO["163"], SKOS.broader) == CAMEO["16"]
    assert "sanctions" in str(g.value(CAMEO["163"], SKOS.prefLabel))


def test_graph_unknown_cameo_refinement_gets_parent_label(extraction: Extraction) -> None:
    e1 = dataclasses.replace(extraction.events[0], cameo="1639")
    g = build_graph(dataclasses.replace(extraction, events=(e1,))).graph(cameo_graph_iri())
    assert g.value(CAMEO["1639"], SKOS.broader) == CAMEO["163"]
    assert "(1639)" in str(g.value(CAMEO["1639"], SKOS.prefLabel))


@pytest.mark.parametrize(
    "change",
    [
        {"source": "nobody"},
        {"reported_by": "e99"},
        {"cameo": "abc"},
    ],
    ids=["unknown-actor", "unknown-event", "bad-cameo"],
)
def test_graph_rejects_dangling_references(extraction: Extraction, change: dict[str, str]) -> None:
    bad = dataclasses.replace(extraction.events[0], **change)  # type: ignore[arg-type]
    with pytest.raises(InputError):
        build_graph(dataclasses.replace(extraction, events=(bad,)))


def _by_value(graph: Graph) -> Graph:
    """Return ``graph`` with decimals in one lexical form ("-8" and "-8.0" differ in rdflib)."""
    out = Graph()
    for s, p, o in graph:
        if isinstance(o, Literal) and o.datatype == XSD.decimal:
            o = Literal(format(Decimal(str(o)).normalize(), "f"), datatype=XSD.decimal)
        out.add((s, p, o))
    return out


@pytest.mark.parametrize("fmt", ["trig", "nquads", "jsonld"])
def test_graph_write_read_round_trip(dataset: Dataset, tmp_path: pathlib.Path, fmt: str) -> None:
    path = tmp_path / f"graph.{fmt}"
    write_graph(dataset, path, fmt)
    back = read_graph(path, fmt)
    assert isomorphic(_by_value(to_graph(back)), _by_value(to_graph(dataset)))
    assert {g.identifier for g in back.graphs()} >= {ARTICLE, actors_graph_iri()}


def test_graph_read_bad_file_raises_input_error(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "bad.ttl"
    path.write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(InputError, match="not valid turtle"):
        read_graph(path)
    with pytest.raises(InputError):
        read_graph(tmp_path / "missing.trig")
