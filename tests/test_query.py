"""Tests of kg.query: timelines, relations, paths, SPARQL."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from kg.errors import QueryError, UnknownActorError
from kg.graph import build_graph
from kg.model import DatePrecision, EventTime, Modality, RelationKind, TimeAnchor
from kg.query import (
    actor_graph,
    describe_when,
    find_actor,
    path_between,
    relation_counts,
    relations_of,
    run_sparql,
    stats,
    timeline,
)
from kg.store import Store, open_store
from kg.vocab import mint_iri
from tests.fixtures_rdf import ARTICLE_ID, build_fixture_extraction, build_second_extraction


@pytest.fixture()
def store() -> Any:
    with open_store() as opened:
        opened.add_extractions([build_fixture_extraction(), build_second_extraction()])
        yield opened


def _events(rows: list[Any]) -> list[str]:
    return [row.event.rsplit("/", 2)[-2][-3:] + "/" + row.event.rsplit("/", 1)[-1] for row in rows]


def test_query_timeline_is_oldest_first(store: Store) -> None:
    rows = timeline(store)
    assert [row.when for row in rows] == [
        "2018-08",
        "2019-09-21",
        "2019-09-21..2019-09-30",
        "2019-10",
        "by 2019-10-08",
        "after 2019-10-08",
    ]
    keys = [row.earliest or row.latest or row.published for row in rows]
    assert keys == sorted(keys)  # type: ignore[type-var]


def test_query_timeline_row_fields(store: Store) -> None:
    row = next(r for r in timeline(store) if r.cameo == "061")
    assert row.source == "Kestrel Dynamics" and row.target == "Ostmark"
    assert row.modality is Modality.REPORTED
    assert row.attributed_to == "Mira Tanse"
    assert row.precision is DatePrecision.MONTH
    assert row.time_value == "2018-08"
    assert row.cameo_label == "Cooperate economically"
    assert row.article == ARTICLE_ID
    assert "sold surveillance drones" in row.sentence


def test_query_timeline_same_on_dataset_and_store(store: Store) -> None:
    dataset = build_graph(build_fixture_extraction())
    from_store = [r for r in timeline(store) if r.article == ARTICLE_ID]
    assert timeline(dataset) == from_store


@pytest.mark.parametrize(
    ("actor", "expected"),
    [("Kestrel Dynamics", {"imposed sanctions", "sold", "challenge"}),
     ("KESTREL", {"imposed sanctions", "sold", "challenge"}),
     ("ostmark", {"sold", "recalled@2"})],
    ids=["label", "alias-any-case", "two-articles"],
)
def test_query_timeline_actor_filter(store: Store, actor: str, expected: set[str]) -> None:
    # Events by trigger: a dated event with both actors has a shared IRI (kg.graph.reports).
    got = {r.trigger + ("@2" if r.article != ARTICLE_ID else "") for r in timeline(store, actor=actor)}
    assert got == expected


def test_query_timeline_cameo_prefix(store: Store) -> None:
    assert {r.cameo for r in timeline(store, cameo="16")} == {"163", "161"}
    assert {r.cameo for r in timeline(store, cameo="163")} == {"163"}


def test_query_timeline_date_window(store: Store) -> None:
    rows = timeline(store, start=dt.date(2019, 9, 25), end=dt.date(2019, 10, 5))
    assert {r.cameo for r in rows} == {"016", "161"}
    assert timeline(store, end=dt.date(2018, 12, 31))[0].cameo == "061"


def test_query_injection_in_actor_name_is_a_literal(store: Store) -> None:
    count = store.count_triples()
    for name in ['x" } ; DROP ALL ; #', "x' } DROP ALL #", "?actor"]:
        with pytest.raises(UnknownActorError):
            timeline(store, actor=name)
        assert find_actor(store, name) == []
    assert store.count_triples() == count


def test_query_unknown_actor_hints_close_names(store: Store) -> None:
    with pytest.raises(UnknownActorError, match="Kestrel Dynamics"):
        relations_of(store, "Kestrel Dynamix")


def test_query_relations_of(store: Store) -> None:
    page = relations_of(store, "Valdorian Trade Ministry")
    assert {(r.subject, r.predicate, r.object) for r in page.rows} == {
        ("Mira Tanse", RelationKind.SPOKESPERSON_OF, "Valdorian Trade Ministry"),
        ("Valdorian Trade Ministry", RelationKind.PART_OF, "Valdoria"),
    }
    assert not page.more
    assert all(r.article == ARTICLE_ID and r.published == dt.date(2019, 10, 8) and r.sentence for r in page.rows)


def test_query_find_actor(store: Store) -> None:
    [actor] = find_actor(store, "kestrel")
    assert actor.label == "Kestrel Dynamics"
    assert actor.wikidata == "Q4115189"
    assert actor.aliases == ("Kestrel",)


def test_query_actor_graph(store: Store) -> None:
    graph = actor_graph(store)
    kestrel, ostmark = str(mint_iri("actor", "kestrel-dynamics")), str(mint_iri("actor", "ostmark"))
    assert graph.nodes[kestrel]["kind"] == "ORGANIZATION"
    assert graph.edges[kestrel, ostmark, "event:061"]["weight"] == 1
    tanse, ministry = str(mint_iri("actor", "mira-tanse")), str(mint_iri("actor", "valdoria-trade-ministry"))
    assert graph.has_edge(tanse, ministry, "relation:spokesperson_of")


def test_query_path_between(store: Store) -> None:
    steps = path_between(store, "Mira Tanse", "Valdoria")
    assert [(s.source, s.link, s.target) for s in steps] == [
        ("Mira Tanse", "spokesperson_of", "Valdorian Trade Ministry"),
        ("Valdorian Trade Ministry", "part_of", "Valdoria"),
    ]
    assert path_between(store, "Valdoria", "Valdoria") == []
    with pytest.raises(UnknownActorError):
        path_between(store, "Mira Tanse", "Atlantis")


def test_query_stats(store: Store) -> None:
    result = stats(store)
    assert (result.articles, result.events, result.actors, result.relations, result.claims) == (
        2, 6, 6, 2, 1)
    assert result.triples == store.count_triples()


def test_query_run_sparql_select_and_ask(store: Store) -> None:
    result = run_sparql(store, "PREFIX kg: <https://w3id.org/kg-events/ontology#>\n"
                               "SELECT ?id WHERE { ?a kg:articleId ?id } ORDER BY ?id")
    assert result.variables == ("id",)
    assert [row[0].value for row in result.rows if row[0]] == ["fixture-ostmark-002", ARTICLE_ID]
    assert run_sparql(store, "ASK { ?s ?p ?o }").boolean is True


@pytest.mark.parametrize("bad", ["SELECT ?s WHERE { ?s ?p }", "SELEC * {}", "DROP ALL"],
                         ids=["truncated", "keyword", "update"])
def test_query_run_sparql_syntax_error_is_one_line(store: Store, bad: str) -> None:
    with pytest.raises(QueryError) as info:
        run_sparql(store, bad)
    assert "\n" not in str(info.value)
    assert store.count_triples() > 0


def test_query_describe_when() -> None:
    d = dt.date
    assert describe_when(d(2019, 9, 1), d(2019, 9, 30), DatePrecision.MONTH) == "2019-09"
    assert describe_when(d(2019, 1, 1), d(2019, 12, 31), DatePrecision.YEAR) == "2019"
    assert describe_when(d(2019, 9, 21), d(2019, 9, 30), DatePrecision.MONTH, mod="END") == (
        "2019-09-21..2019-09-30")
    assert describe_when(None, d(2019, 10, 8), DatePrecision.UNKNOWN) == "by 2019-10-08"
    # A day taken from the publication, not the text, says so.
    assert describe_when(d(2019, 10, 8), d(2019, 10, 8), DatePrecision.DAY, anchor=TimeAnchor.PUBLICATION) == "2019-10-08 (story date)"
    assert describe_when(d(2019, 10, 8), d(2019, 10, 8), DatePrecision.DAY, anchor=TimeAnchor.EXPLICIT) == "2019-10-08"
    assert describe_when(d(2019, 10, 8), None, DatePrecision.UNKNOWN) == "after 2019-10-08"
    assert describe_when(None, None, DatePrecision.UNKNOWN, modality=Modality.PLANNED,
                         published=d(2019, 10, 8)) == "after 2019-10-08"
    assert describe_when(None, None, DatePrecision.UNKNOWN) == "undated"


def test_query_lateral_shapes_answer_as_plain_joins(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    # The embedded store runs batched look-ups row by row (LATERAL) and the
    # *_lateral.rq shapes; a SPARQL server gets plain joins. Same answers.
    import kg.store as store_module
    from kg.store.terms import with_values

    def answers() -> tuple[Any, ...]:
        return (timeline(store), timeline(store, actor="Ostmark", limit=1), relations_of(store, "Valdorian Trade Ministry"),
                relations_of(store, "Valdoria", limit=1), relation_counts(store, "Valdorian Trade Ministry", limit=1),
                relation_counts(store, "Valdoria", kind=RelationKind.PART_OF), path_between(store, "Mira Tanse", "Ostmark"))

    lateral = answers()
    monkeypatch.setattr(store_module, "has_query", lambda name: False)
    monkeypatch.setattr(store_module, "with_values", lambda *args, **kwargs: with_values(*args, **{**kwargs, "lateral": False}))
    assert answers() == lateral


def _overlaps(row: Any, start: dt.date, end: dt.date) -> bool:
    low = row.earliest or row.latest or row.published
    high = row.latest or row.earliest or row.published
    return low is None or high is None or (low <= end and high >= start)


@pytest.mark.parametrize(
    ("start", "end"),
    [(dt.date(2019, 8, 1), dt.date(2019, 8, 31)), (dt.date(2019, 9, 1), dt.date(2019, 9, 20)),
     (dt.date(2019, 7, 16), dt.date(2019, 7, 20)), (dt.date(2019, 11, 10), dt.date(2019, 12, 31)),
     (dt.date(2019, 11, 11), dt.date(2019, 12, 31)), (dt.date(2018, 8, 1), dt.date(2018, 8, 1))],
    ids=["first-of-a-month-inside-the-span", "first-of-a-month-to-mid-month", "mid-month-inside-the-span",
         "the-last-day-of-the-span", "a-day-after-the-span", "one-day-of-a-month-event"],
)
def test_query_timeline_window_keeps_events_under_way(start: dt.date, end: dt.date) -> None:
    # An event from mid-July to 10 November 2019 is under way in each month between (kg:ongoingOn).
    extraction = build_fixture_extraction()
    spanning = dataclasses.replace(extraction.events[0], time=EventTime(
        dt.date(2019, 7, 15), dt.date(2019, 11, 10), DatePrecision.DAY, TimeAnchor.EXPLICIT))
    with open_store() as store:
        store.add_extractions([dataclasses.replace(extraction, events=(spanning, *extraction.events[1:])),
                               build_second_extraction()])
        every = timeline(store)
        expected = [r.event for r in every if _overlaps(r, start, end)]
        assert [r.event for r in timeline(store, start=start, end=end)] == expected
    shown = spanning.id in {e.rsplit("/", 1)[-1] for e in expected}
    assert shown == (start <= dt.date(2019, 11, 10) and end >= dt.date(2019, 7, 15))


def test_query_relations_sentences_found_without_the_minted_iri(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    # A statement's sentence is read under the IRI kg mints for it; a statement
    # not found there is found by its subject, kind and object. Same rows
    # either way, also after a merge re-mints the statements of the merged actor.
    import kg.query.relations as relations

    names = ["Valdorian Trade Ministry", "Valdoria", "Mira Tanse", "Ostmark", "Kestrel Dynamics"]
    for merged in (False, True):
        if merged:
            store.merge_actors("valdoria", "valdoria-trade-ministry")
            names.remove("Valdorian Trade Ministry")
        minted = {name: relations_of(store, name) for name in names}
        with monkeypatch.context() as patched:
            patched.setattr(relations, "_statement_iri", lambda row, graph: None)
            assert {name: relations_of(store, name) for name in names} == minted
        assert any(r.sentence for page in minted.values() for r in page.rows)
    assert all(r.subject != r.object for page in minted.values() for r in page.rows)


def test_query_relations_of_an_actor_match_every_relation(store: Store) -> None:
    # The actor's statements (found from the direct triples, sentences read for the
    # rows shown) are those of the whole-store read (every fact from the graph) that involve it.
    from kg.query.actor import actor_ids
    from kg.query.relations import relation_rows

    every = relation_rows(store, None)
    assert any(r.sentence for r in every) and all(r.published for r in every)
    for name in ["Valdorian Trade Ministry", "Valdoria", "Mira Tanse", "Ostmark", "Kestrel Dynamics"]:
        ids = {str(i) for i in actor_ids(store, name)}
        expected = [r for r in every if r.subject_id in ids or r.object_id in ids]
        assert sorted(relations_of(store, name).rows, key=lambda r: (r.subject, r.predicate.value, r.object, r.article)) \
            == expected


def test_query_timeline_rows_in_one_query_match_fact_by_fact(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    # The embedded store reads a row's facts, sentence and article in one query (event_rows.rq);
    # a SPARQL server reads them a fact a row (event_facts.rq) and looks the rest up. Same rows.
    from kg.query.events import _Reader

    first = build_fixture_extraction()
    store.add_extraction(dataclasses.replace(first, article=dataclasses.replace(first.article, id="first-copy")))

    def answers() -> tuple[Any, ...]:
        return (timeline(store), timeline(store, merge_reports=False), timeline(store, actor="Ostmark"),
                timeline(store, start=dt.date(2019, 9, 1), end=dt.date(2019, 9, 30)), timeline(store, cameo="06"))

    one_query = answers()
    assert any(row.reports > 1 for row in one_query[0]) and all(row.sentence for row in one_query[0])
    monkeypatch.setattr(_Reader, "_facts", _Reader._facts_remote)
    assert answers() == one_query
