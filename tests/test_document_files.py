"""Reading articles that are not what they should be: limits, special files, encodings, odd text."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import pytest

from kg.document import (
    MAX_PARAGRAPH_CHARS,
    build_article,
    iter_articles,
    normalize_text,
    read_article,
    read_jsonl,
)
from kg.errors import InputError, KgError
from kg.model import Article

GOOD = "published: 2020-03-02\n\nFrance protested against the decision on Monday.\n"


def _kinds(items: list[Article | KgError]) -> list[str]:
    return [type(item).__name__ for item in items]


def test_document_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="named pipe"):
        read_article(fifo)


def test_document_device_is_refused() -> None:
    with pytest.raises(InputError, match="device"):
        read_article(Path("/dev/zero"))


def test_document_file_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(GOOD + "x " * 600, encoding="utf-8")
    with pytest.raises(InputError, match="larger than the limit of 1,000 bytes"):
        read_article(path, max_bytes=1000)
    assert read_article(path, max_bytes=5000).id == "big"


def test_document_jsonl_record_over_the_limit_is_skipped_not_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"id": "a", "text": "Talks began."}), json.dumps({"id": "b", "text": "x " * 5000}),
             json.dumps({"id": "c", "text": "Talks ended."})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_jsonl(path, max_bytes=1000))
    assert _kinds(items) == ["Article", "InputError", "Article"]
    assert "corpus.jsonl:2" in str(items[1]) and "limit" in str(items[1])
    assert [item.id for item in items if isinstance(item, Article)] == ["a", "c"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("Talks resumed in Geneva on Monday.".encode("utf-16"), "UTF-16"),
        ("Talks resumed in Geneva on Monday.".encode("utf-16-le"), "UTF-16"),
        ("Talks resumed in Geneva on Monday.".encode("utf-32"), "UTF-32"),
    ],
    ids=["utf16-bom", "utf16-le-no-bom", "utf32"],
)
def test_document_wide_encodings_are_named(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=message):
        read_article(path)


def test_document_id_zero_is_an_id() -> None:
    article = build_article({"id": 0, "text": "Talks resumed."})
    assert article.id == "0"


@pytest.mark.parametrize("value", [[1], {"a": 1}, True, None], ids=["list", "dict", "bool", "null"])
def test_document_id_of_the_wrong_type(value: Any) -> None:
    with pytest.raises(InputError, match="id"):
        build_article({"id": value, "text": "Talks resumed."})


def test_document_non_string_title_is_refused() -> None:
    with pytest.raises(InputError, match="'title' must be a string"):
        build_article({"id": "a", "title": {"x": 1}, "text": "Talks resumed."})


def test_document_control_characters_and_separators_are_normalized() -> None:
    article = build_article({"id": "a", "title": "Talks\fin\u2028Geneva\x07", "text": "Talks resumed\x00 today.\u2029They ended\u2028late."})
    assert article.title == "Talks in Geneva"
    assert article.text == "Talks resumed today.\n\nThey ended late."
    assert len(article.paragraphs) == 2


def test_document_lone_surrogate_becomes_a_replacement_character() -> None:
    record = json.loads('{"id": "s\\ud800", "text": "Talks \\udc00resumed."}')
    article = build_article(record)
    assert article.id == "s\ufffd" and article.text == "Talks \ufffdresumed."
    article.text.encode("utf-8")  # valid Unicode now


def test_document_normalize_text_keeps_ordinary_text() -> None:
    text = "Talks resumed.\n\nThey ended on Monday, said the ministry\u2019s spokesman\t(AFP)."
    assert normalize_text(text) == text


def test_document_published_far_future_is_refused() -> None:
    with pytest.raises(InputError, match="outside the range"):
        build_article({"id": "a", "text": "Talks resumed.", "published": "9999-12-31"})
    with pytest.raises(InputError, match="outside the range"):
        build_article({"id": "a", "text": "Talks resumed."}, published=dt.date(1, 1, 1))
    assert build_article({"id": "a", "text": "Talks resumed.", "published": "2999-12-31"}).published == dt.date(2999, 12, 31)


def test_document_long_paragraph_is_cut_at_sentence_ends() -> None:
    sentence = "The delegations met again in Geneva on Monday and agreed on nothing. "
    text = sentence * (3 * MAX_PARAGRAPH_CHARS // len(sentence))
    article = build_article({"id": "a", "text": text})
    pieces = [article.text[s.start : s.end] for s in article.paragraphs]
    assert len(pieces) >= 3
    assert all(len(p) <= MAX_PARAGRAPH_CHARS for p in pieces)
    assert all(p.endswith("nothing.") and p.startswith("The delegations") for p in pieces)
    assert "\n\n".join(pieces) == article.text


def test_document_long_paragraph_without_sentences_is_cut_at_spaces() -> None:
    text = "word " * (MAX_PARAGRAPH_CHARS // 4)  # 12,500 characters
    article = build_article({"id": "a", "text": text})
    pieces = [article.text[s.start : s.end] for s in article.paragraphs]
    assert len(pieces) == 2 and all(len(p) <= MAX_PARAGRAPH_CHARS for p in pieces)
    assert all(set(p.split()) == {"word"} for p in pieces)


def test_document_jsonl_deeply_nested_line(tmp_path: Path) -> None:
    path = tmp_path / "deep.jsonl"
    path.write_text("[" * 100_000 + "]" * 100_000 + "\n" + json.dumps({"id": "ok", "text": "Talks began."}) + "\n",
                    encoding="utf-8")
    items = list(read_jsonl(path))
    assert _kinds(items) == ["InputError", "Article"]
    assert "nested too deeply" in str(items[0]) or "expected a JSON object" in str(items[0])


def test_document_jsonl_bad_utf8_line_does_not_stop_the_file(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"id": "a", "text": "caf\xe9"}\n' + json.dumps({"id": "b", "text": "Talks began."}).encode() + b"\n")
    items = list(read_jsonl(path))
    assert _kinds(items) == ["InputError", "Article"] and "UTF-8" in str(items[0])


def test_document_non_utf8_file_name_without_id(tmp_path: Path) -> None:
    path = Path(os.fsdecode(os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt")))
    path.write_text(GOOD, encoding="utf-8")
    with pytest.raises(InputError, match="file name is not UTF-8") as info:
        read_article(path)
    str(info.value).encode("utf-8")  # the message itself prints anywhere
    path.write_text("id: cafe\n" + GOOD, encoding="utf-8")
    assert read_article(path).id == "cafe"


def test_document_folder_skips_readme_hidden_and_special(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# About these articles\n\nThey are news.\n", encoding="utf-8")
    (tmp_path / ".draft.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(tmp_path / "b.txt")
    items = list(iter_articles([tmp_path]))
    assert _kinds(items) == ["Article", "InputError"]
    assert "named pipe" in str(items[1])


def test_document_unreadable_subfolder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text(GOOD, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text(GOOD, encoding="utf-8")
    real_scandir = os.scandir

    # Root reads a chmod-000 folder anyway, so the refusal is simulated where
    # the walk meets it.
    def scandir(path: Any = ".") -> Any:
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(locked))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(iter_articles([tmp_path]))
    assert _kinds(items) == ["InputError", "Article"]
    assert "locked" in str(items[0]) and "Permission denied" in str(items[0])
    assert isinstance(items[1], Article) and items[1].id == "a"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads chmod-000 folders; the simulated test above covers it")
def test_document_chmod_000_subfolder_is_reported(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    locked.chmod(0)
    try:
        items = list(iter_articles([tmp_path]))
    finally:
        locked.chmod(0o755)
    assert _kinds(items) == ["InputError", "Article"]


def test_document_folder_renamed_during_the_walk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    moving = tmp_path / "moving"
    moving.mkdir()
    (moving / "b.txt").write_text(GOOD, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: Any = ".") -> Any:
        if os.fspath(path) == str(moving) and moving.exists():
            moving.rename(tmp_path / "moved")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(iter_articles([tmp_path]))
    assert _kinds(items) == ["InputError", "Article"]
    assert "disappeared" in str(items[0])
