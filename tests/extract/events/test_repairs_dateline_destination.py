"""The dateline's country as the destination of an unplaced visit (texts written for these tests)."""

from __future__ import annotations

from pathlib import Path

from kg.document import build_article, read_article
from kg.extract import extract_articles
from kg.extract.actors.dateline import dateline_country
from kg.model import Extraction

_TEXT = (
    "Italian Prime Minister Marco Bellini opened talks with Canadian leaders on Tuesday. "
    "Italian officials said the main purpose of Bellini's visit was to discuss trade with Canada."
)


def _extract(extractor, text: str, dateline: str | None) -> Extraction:  # type: ignore[no-untyped-def]
    record = {"id": "t", "text": text, "published": "2021-05-04", "dateline": dateline}
    result = next(extract_articles([build_article(record, origin="test")], extractor))
    assert isinstance(result, Extraction)
    return result


def _visit_targets(extraction: Extraction) -> list[str | None]:
    actors = {a.id: a for a in extraction.actors}
    return [actors[e.target].code if e.target in actors else None for e in extraction.events if e.cameo == "042"]


def test_dateline_country_from_capital_or_country(extractor) -> None:  # type: ignore[no-untyped-def]
    gazetteer = extractor.gazetteer
    assert dateline_country("OTTAWA, May 4", gazetteer) == "CAN"
    assert dateline_country("LIMA, Peru", gazetteer) == "PER"
    assert dateline_country("May 4", gazetteer) is None
    assert dateline_country(None, gazetteer) is None


def test_unplaced_visit_goes_to_dateline_country(extractor) -> None:  # type: ignore[no-untyped-def]
    assert _visit_targets(_extract(extractor, _TEXT, "OTTAWA, May 4")) == ["CAN"]


def test_no_dateline_leaves_visit_unplaced(extractor) -> None:  # type: ignore[no-untyped-def]
    assert _visit_targets(_extract(extractor, _TEXT, None)) == [None]


def test_home_dateline_is_no_destination(extractor) -> None:  # type: ignore[no-untyped-def]
    # Filed from the visitor's own country: the visit's destination is unknown.
    assert _visit_targets(_extract(extractor, _TEXT, "ROME, May 4")) == [None]


def test_dateline_read_from_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("title: T\npublished: 2021-05-04\ndateline: OTTAWA, May 4\n\nCanada protested.\n", encoding="utf-8")
    assert read_article(path).dateline == "OTTAWA, May 4"
