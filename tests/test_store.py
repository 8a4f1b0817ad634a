"""Tests of kg.store: embedded Oxigraph stores, atomic re-ingest."""

from __future__ import annotations

import dataclasses
import pathlib
from typing import Any

import pytest
from rdflib.compare import isomorphic

from kg.errors import InputError, StoreError
from kg.graph import build_graph, serialize, to_dataset, to_graph
from kg.graph.reports import event_iris
from kg.model import Extraction
from kg.store import Store, open_store
from kg.vocab import mint_iri, summary_graph_iri
from tests.fixtures_rdf import ARTICLE_ID, build_fixture_extraction, build_second_extraction


@pytest.fixture()
def store() -> Any:
    with open_store() as opened:
        opened.add_extraction(build_fixture_extraction())
        yield opened


def _snapshot(store: Store) -> str:
    return serialize(to_dataset(store.dataset), "nquads")


def test_store_holds_what_build_graph_builds(store: Store) -> None:
    expected = to_graph(build_graph(build_fixture_extraction()))
    # Beside the article's graphs the store keeps its counts in the summary graph.
    held = to_dataset(store.dataset)
    held.remove_graph(held.graph(summary_graph_iri()))
    assert isomorphic(to_graph(held), expected)
    assert store.count_triples() == len(expected)
    assert store.articles() == [ARTICLE_ID]


def test_store_reingest_is_idempotent(store: Store) -> None:
    before = _snapshot(store)
    count = store.count_triples()
    store.add_extraction(build_fixture_extraction())
    assert store.count_triples() == count
    assert _snapshot(store) == before


def test_store_reingest_replaces_the_article_graph(store: Store) -> None:
    extraction = build_fixture_extraction()
    fewer = dataclasses.replace(extraction, events=extraction.events[:1], relations=())
    count = store.count_triples()
    store.add_extraction(fewer)
    assert store.count_triples() < count
    gone = mint_iri("event", ARTICLE_ID, "e2")
    assert (gone, None, None) not in store.dataset
    assert (event_iris(fewer)["e1"], None, None) in store.dataset


def test_store_shares_actors_across_articles(store: Store) -> None:
    count = store.count_triples()
    store.add_extraction(build_second_extraction())
    assert store.articles() == ["fixture-ostmark-002", ARTICLE_ID]
    second_only = to_graph(build_graph(build_second_extraction()))
    # Ostmark's and Valdoria's descriptions are already there: no duplicates.
    assert store.count_triples() < count + len(second_only)


def test_store_failing_build_leaves_store_unchanged(store: Store) -> None:
    before = _snapshot(store)
    extraction = build_fixture_extraction()
    broken = dataclasses.replace(extraction.events[0], target="nobody")
    with pytest.raises(InputError):
        store.add_extraction(dataclasses.replace(extraction, events=(broken,)))
    assert _snapshot(store) == before


class _FailingUpdate:
    """Wraps a pyoxigraph Store; the write transaction fails as a full disk would."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self.failed = False

    def update(self, text: str) -> None:
        if not self.failed:
            self.failed = True
            raise OSError(28, "No space left on device")
        self._inner.update(text)

    def __contains__(self, quad: object) -> bool:
        return quad in self._inner

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def test_store_failing_write_restores_previous_article(store: Store) -> None:
    before = _snapshot(store)
    inner = store._ox
    store._ox = failing = _FailingUpdate(inner)
    try:
        extraction = build_fixture_extraction()
        changed = dataclasses.replace(extraction, events=extraction.events[:2])
        with pytest.raises(StoreError, match="left as it was"):
            store.add_extraction(changed)
    finally:
        store._ox = inner
    assert failing.failed
    assert _snapshot(store) == before


def test_store_on_disk_persists_and_reopens(tmp_path: pathlib.Path) -> None:
    location = tmp_path / "store"
    with open_store(location) as store:
        store.add_extractions([build_fixture_extraction(), build_second_extraction()])
        count = store.count_triples()
    with open_store(location) as store:
        assert store.count_triples() == count
        assert len(store.articles()) == 2


def test_store_locked_directory_raises_store_error(tmp_path: pathlib.Path) -> None:
    with open_store(tmp_path / "store"):
        with pytest.raises(StoreError, match="another process"):
            open_store(tmp_path / "store")


def test_store_path_that_is_a_file(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "file"
    path.write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="is a file"):
        open_store(path)


def test_store_endpoint_is_read_only() -> None:
    store = open_store(endpoint="http://127.0.0.1:9/query")
    assert not store.writable
    with pytest.raises(StoreError, match="read-only"):
        store.add_extraction(build_fixture_extraction())


def test_store_extraction_type_is_checked() -> None:
    assert isinstance(build_fixture_extraction(), Extraction)


def test_store_waits_for_a_lock_another_holder_releases(tmp_path: pathlib.Path) -> None:
    import threading

    location = tmp_path / "store"
    holder = open_store(location)
    holder.add_extraction(build_fixture_extraction())
    opened: list[int] = []

    def reader() -> None:
        with open_store(location, create=False, wait=30) as store:
            opened.append(store.count_triples())

    thread = threading.Thread(target=reader)
    thread.start()
    thread.join(0.3)
    assert thread.is_alive()  # still waiting: the holder has the lock
    holder.close()
    thread.join(30)
    assert opened and opened[0] > 0


def test_store_wait_gives_up_with_a_clear_error(tmp_path: pathlib.Path) -> None:
    with open_store(tmp_path / "store"):
        with pytest.raises(StoreError, match=r"in use by another process.*\(waited 0.2 s"):
            open_store(tmp_path / "store", wait=0.2)


def test_store_reading_a_missing_store_is_an_error(tmp_path: pathlib.Path) -> None:
    with pytest.raises(StoreError, match="there is no kg store at"):
        open_store(tmp_path / "typo", create=False)
    assert not (tmp_path / "typo").exists()
    (tmp_path / "empty").mkdir()
    with pytest.raises(StoreError, match="there is no kg store at"):
        open_store(tmp_path / "empty", create=False)
    with open_store(tmp_path / "made"):
        pass
    with open_store(tmp_path / "made", create=False) as store:
        assert store.count_triples() == 0


def test_store_old_rocksdb_logs_do_not_pile_up(tmp_path: pathlib.Path) -> None:
    location = tmp_path / "store"
    for _ in range(4):
        with open_store(location) as store:
            store.add_extraction(build_fixture_extraction())
    names = {p.name for p in location.iterdir()}
    assert "LOG" in names and "CURRENT" in names
    assert not [name for name in names if name.startswith("LOG.old")]
