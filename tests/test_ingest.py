"""kg.ingest: extraction outside the store lock, writers that wait, one failure per article."""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path
from typing import Any

import pytest

from kg.document import build_article
from kg.errors import ExtractionError, KgError, StoreError
from kg.ingest import build_articles, extract_each
from kg.model import Article, Extraction
from kg.store import open_store


def _articles(*days: int) -> list[Article | KgError]:
    return [build_article({"id": f"day{d}", "published": f"2020-03-{d:02d}",
                           "text": f"France protested against Germany's trade decision on day {d}, officials said."})
            for d in days]


class _PeekingNlp:
    """The real pipeline; before each parse it opens the store as a reader would."""

    def __init__(self, nlp: Any, store: Path) -> None:
        self._nlp = nlp
        self._store = store
        self.seen: list[int] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._nlp, name)

    def pipe(self, *args: Any, **kwargs: Any) -> Any:
        with open_store(self._store, create=False, wait=0) as store:  # fails at once if locked
            self.seen.append(len(store.articles()))
        return self._nlp.pipe(*args, **kwargs)


def test_ingest_readers_can_open_the_store_while_a_build_extracts(extractor: Any, tmp_path: Path) -> None:
    store = tmp_path / "store"
    list(build_articles(_articles(1), extractor, store))
    peeking = _PeekingNlp(extractor.nlp, store)
    outcomes = list(build_articles(_articles(2, 3, 4), dataclasses.replace(extractor, nlp=peeking), store, batch_size=1))
    assert [o.item for o in outcomes if o.write] == ["day2", "day3", "day4"]
    # Each parse ran with the store free, and saw the articles written before it.
    assert peeking.seen == sorted(peeking.seen) and set(peeking.seen) == {1, 2, 3}


def test_ingest_a_second_writer_waits_for_the_first(extractor: Any, tmp_path: Path) -> None:
    store = tmp_path / "store"
    holder = open_store(store)  # another writer, mid-build
    done: list[list[str]] = []
    thread = threading.Thread(target=lambda: done.append([o.item for o in build_articles(_articles(5), extractor, store, wait=60)]))
    thread.start()
    thread.join(2)
    assert thread.is_alive() and not done  # extracted, now waiting for the lock
    holder.close()
    thread.join(60)
    assert done == [["day5"]]


def test_ingest_a_writer_that_cannot_wait_says_so(extractor: Any, tmp_path: Path) -> None:
    store = tmp_path / "store"
    with open_store(store):
        with pytest.raises(StoreError, match="in use by another process"):
            list(build_articles(_articles(6), extractor, store, wait=0.1))


def test_ingest_extraction_crash_costs_one_article(extractor: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from kg import ingest

    real = ingest.extract

    def extract(article: Article, paragraphs: Any, resources: Any) -> Extraction:
        if article.id == "day8":
            raise IndexError("list index out of range")
        return real(article, paragraphs, resources)

    monkeypatch.setattr(ingest, "extract", extract)
    results = list(extract_each(_articles(7, 8, 9), extractor))
    assert [type(r).__name__ for r in results] == ["Extraction", "ExtractionError", "Extraction"]
    assert isinstance(results[1], ExtractionError) and "day8" in str(results[1]) and "IndexError" in str(results[1])


def test_ingest_parse_crash_costs_one_article(extractor: Any) -> None:
    class _Fragile:
        def __init__(self, nlp: Any) -> None:
            self._nlp = nlp

        def __getattr__(self, name: str) -> Any:
            return getattr(self._nlp, name)

        def pipe(self, items: Any, **kwargs: Any) -> Any:
            for doc, context in self._nlp.pipe(items, **kwargs):
                if "day 11" in doc.text:
                    raise ValueError("[E088] Text of length 1000001 exceeds maximum")
                yield doc, context

    results = list(extract_each(_articles(10, 11, 12), dataclasses.replace(extractor, nlp=_Fragile(extractor.nlp))))
    assert [type(r).__name__ for r in results] == ["Extraction", "ExtractionError", "Extraction"]
    assert "E088" in str(results[1])


def test_ingest_a_large_build_compacts_the_store_once_at_its_end(extractor: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.ingest
    from kg.store import Store

    compacted: list[int] = []
    monkeypatch.setattr(Store, "compact", lambda self: compacted.append(len(self.articles())))
    monkeypatch.setattr(kg.ingest, "COMPACT_AFTER_BATCHES", 2)
    store = tmp_path / "store"
    list(build_articles(_articles(1), extractor, store, batch_size=1))
    assert compacted == []  # one batch: no compaction
    list(build_articles(_articles(2, 3), extractor, store, batch_size=1))
    assert compacted == [3]  # after every article of the build is written


def test_ingest_compacting_keeps_the_store_readable(extractor: Any, tmp_path: Path) -> None:
    store = tmp_path / "store"
    list(build_articles(_articles(1, 2), extractor, store))
    with open_store(store) as opened:
        before = opened.count_triples()
        opened.compact()
    with open_store(store) as opened:
        assert opened.count_triples() == before > 0
