from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from kg.document import build_article, iter_articles, parse_published, read_article
from kg.errors import DateParseError, InputError, KgError
from kg.model import Article


def test_document_seed_metadata_and_boilerplate(seed_article: Article) -> None:
    assert seed_article.id == "000_5a7ceb3fc77585f0"
    assert seed_article.published == dt.date(2019, 10, 8)
    assert seed_article.source == "Sputnik"
    assert seed_article.section == "Asia"
    assert seed_article.title and seed_article.title.startswith("China's Hikvision")
    text = seed_article.text
    # Section label, headline, credit line and the trailing link are gone.
    assert not text.startswith("Asia")
    assert "Oppose US Blacklisting" not in text
    assert "\nSputnik" not in text and "Sputnik\n" not in text
    assert not text.rstrip().endswith("Discuss")
    assert text.startswith("The US Commerce Department has blacklisted")


def test_document_paragraph_spans_cover_text(seed_article: Article) -> None:
    spans = seed_article.paragraphs
    assert len(spans) == 11
    joined = "\n\n".join(seed_article.text[s.start : s.end] for s in spans)
    assert joined == seed_article.text


def test_document_wire_copy_indents_start_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text("published: 1987-03-06\n\nThe Treasury proposed allowing\nimports until July 1.\n    The proposal will be\npublished next week.\n  Reuter\n", encoding="utf-8")
    article = read_article(path)
    assert article.text == "The Treasury proposed allowing imports until July 1.\n\nThe proposal will be published next week."


def test_document_without_front_matter_detects_headline(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("World\n\nLeaders Meet in Geneva\n\nThe leaders met on Monday.\n", encoding="utf-8")
    article = read_article(path, published=dt.date(2020, 1, 8))
    assert article.title == "Leaders Meet in Geneva"
    assert article.text == "The leaders met on Monday."
    assert article.published == dt.date(2020, 1, 8)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"\x00\x01\x02binary", "binary"),
        ("caf\u00e9 crisis".encode("latin-1"), "not UTF-8"),
    ],
    ids=["empty", "blank", "binary", "latin1"],
)
def test_document_bad_files_raise_input_error(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_article(path)


def test_document_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "nope.txt")


def test_document_folder_yields_errors_in_place(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("published: 2020-01-01\n\nThe army attacked the town.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_text("The talks resumed.\n", encoding="utf-8")
    items = list(iter_articles([tmp_path]))
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "Article"]


def test_document_jsonl_records_keep_their_ids(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"id": "r1", "text": "Iran attacked Iraq.", "published": "1987-03-11"}),
        "not json",
        json.dumps({"id": "r3", "text": "Talks began.", "published": "yesterday"}),
        json.dumps({"id": "r4", "text": "Talks ended."}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(iter_articles([path]))
    assert isinstance(items[0], Article) and items[0].id == "r1"
    assert isinstance(items[1], KgError) and ":2:" in str(items[1])
    assert isinstance(items[2], KgError) and "YYYY-MM-DD" in str(items[2])
    assert isinstance(items[3], Article) and items[3].published is None


@pytest.mark.parametrize("value", ["2019-13-01", "08/10/2019", "tomorrow", ""], ids=["month13", "us-format", "word", "empty"])
def test_document_parse_published_rejects(value: str) -> None:
    with pytest.raises(DateParseError):
        parse_published(value)


def test_document_parse_published_accepts_timestamps() -> None:
    assert parse_published("2019-11-19T09:20:50Z") == dt.date(2019, 11, 19)


def test_document_build_article_rejects_missing_text() -> None:
    with pytest.raises(InputError, match="text"):
        build_article({"id": "x"})
