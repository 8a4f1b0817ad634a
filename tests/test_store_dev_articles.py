"""The dev articles built twice and in two orders give identical quads (needs ../shared)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kg.document import iter_articles
from kg.ingest import extract_each
from kg.model import Extraction
from kg.query import stats
from kg.store import open_store


def test_store_dev_articles_twice_and_in_two_orders(extractor: Any, shared_dir: Path) -> None:
    items = list(iter_articles([shared_dir / "bench" / "articles"]))
    extractions = [r for r in extract_each(items, extractor) if isinstance(r, Extraction)]
    assert len(extractions) == len(items) >= 10
    with open_store() as forward:
        writes = [forward.add_extraction(x) for x in extractions]
        first = forward.nquads()
        forward.add_extractions(extractions)
        assert forward.nquads() == first  # idempotent from the first rebuild
        # The build summary's distinct actors are the store's actors.
        absorbed = {actor for w in writes for actor in w.merged}
        assert len({a for w in writes for a in w.actors} - absorbed) == stats(forward).actors
    with open_store() as backward:
        backward.add_extractions(list(reversed(extractions)))
        assert backward.nquads() == first
    assert len(first) > 10_000
