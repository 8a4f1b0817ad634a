"""Tests of kg.store.summary: the counts a Store keeps while open stay those a recount gives."""

from __future__ import annotations

import dataclasses
import pathlib

import pyoxigraph as ox
import pytest

from kg.errors import StoreError
from kg.store import Store, open_store
from kg.store.summary import SUMMARY, count_summary, summary_quads
from kg.vocab import KG, mint_iri
from tests.fixtures_rdf import build_fixture_extraction, build_second_extraction
from tests.test_store import _FailingUpdate


def _stated(store: Store) -> set[ox.Quad]:
    return set(store.oxigraph.quads_for_pattern(None, None, None, SUMMARY))


def _assert_exact(store: Store) -> None:
    """The summary graph is what counting the store gives, and so is what the Store keeps."""
    counted = count_summary(store.oxigraph)
    assert _stated(store) == summary_quads(counted)
    assert store.summary() == counted


def test_store_summary_kept_exact_across_writes() -> None:
    first, second = build_fixture_extraction(), build_second_extraction()
    with open_store() as store:
        store.add_extraction(first)
        _assert_exact(store)
        events = store.summary().count(str(KG.eventCount))
        assert events == len(first.events)
        store.add_extraction(second)
        _assert_exact(store)
        assert store.summary().count(str(KG.eventCount)) > events
        # Replacing an article with fewer events takes its dropped events' months out.
        store.add_extraction(dataclasses.replace(first, events=first.events[:1], relations=()))
        _assert_exact(store)
        store.add_extraction(first)
        _assert_exact(store)
        store.merge_actors(first.actors[0].id, first.actors[1].id)
        _assert_exact(store)


def test_store_summary_survives_a_failed_write() -> None:
    first = build_fixture_extraction()
    with open_store() as store:
        store.add_extraction(first)
        inner = store._ox
        store._ox = failing = _FailingUpdate(inner)
        try:
            with pytest.raises(StoreError, match="left as it was"):
                store.add_extraction(build_second_extraction())
        finally:
            store._ox = inner
        assert failing.failed
        # The counts of the write that failed were not kept: the next write starts from the store.
        _assert_exact(store)
        store.add_extraction(build_second_extraction())
        _assert_exact(store)


def test_store_summary_restated_at_the_first_write_after_opening(tmp_path: pathlib.Path) -> None:
    location = tmp_path / "store"
    with open_store(location) as store:
        store.add_extraction(build_fixture_extraction())
    # A summary graph in another form (an older kg's): a month entry left at zero.
    raw = ox.Store(str(location))
    stray = ox.NamedNode(str(mint_iri("graph", "summary", "1999-01")))
    raw.add(ox.Quad(stray, ox.NamedNode(str(KG.month)), ox.Literal("1999-01", datatype=ox.NamedNode(
        "http://www.w3.org/2001/XMLSchema#gYearMonth")), SUMMARY))
    raw.add(ox.Quad(stray, ox.NamedNode(str(KG.eventCount)), ox.Literal("0", datatype=ox.NamedNode(
        "http://www.w3.org/2001/XMLSchema#integer")), SUMMARY))
    del raw
    with open_store(location) as store:
        store.add_extraction(build_second_extraction())
        _assert_exact(store)
        store.add_extraction(build_fixture_extraction())
        _assert_exact(store)
    with open_store(location) as store:
        _assert_exact(store)


def test_store_summary_counts_an_event_several_articles_report_once() -> None:
    from tests.test_graph_reports import _FIRST, _SAME, _report

    with open_store() as store:
        store.add_extraction(_FIRST)
        store.add_extraction(_SAME)
        _assert_exact(store)
        assert store.summary().count(str(KG.eventCount)) == 1
        assert store.summary().months == {"2021-03": 1}
        # pair-b becomes another event, then pair-a one without a day: the shared event goes with its last report.
        store.add_extraction(_report("pair-b", "Valdoria met Ostmark on 4 March 2021.", "met", cameo="036"))
        _assert_exact(store)
        assert store.summary().count(str(KG.eventCount)) == 2
        store.add_extraction(_report("pair-a", "Valdoria imposed sanctions on Ostmark in March.", "imposed", day=None))
        _assert_exact(store)
        assert store.summary().months == {"2021-03": 2}
