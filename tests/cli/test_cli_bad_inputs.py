"""A batch full of bad inputs between good articles: every good one built, every bad one reported once.

Each bad kind is one file, one JSON Lines record or one command-line path;
its marker (a file name or ``corpus.jsonl:<line>``) must appear in exactly
one ``Error:`` line. Odd but readable articles (a form feed in a title, a
lone surrogate, a paragraph over 10,000 characters, id 0) are good ones: they must
be in the store.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kg import ingest
from kg.cli import cli
from kg.store import open_store

GOOD_TEXT = "published: 2020-03-{day:02d}\n\nFrance protested against Germany's trade decision on Monday, officials said.\n"


def _good(folder: Path, name: str, day: int) -> str:
    (folder / f"{name}.txt").write_text(GOOD_TEXT.format(day=day), encoding="utf-8")
    return name


def _jsonl(records: list[Any]) -> list[str]:
    return [r if isinstance(r, str) else json.dumps(r) for r in records]


@pytest.fixture()
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, list[str], set[str], set[str]]:
    """(folder, extra command-line paths, markers of bad inputs, ids of good articles)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    good: set[str] = set()
    bad: set[str] = set()
    day = iter(range(1, 29))

    def bad_file(name: str, data: bytes) -> None:
        (folder / name).write_bytes(data)
        bad.add(name)
        good.add(_good(folder, f"good-after-{Path(name).stem}", next(day) % 28 + 1))

    meta = b"published: 2020-03-02\n\n"
    bad_file("empty.txt", b"")
    bad_file("blank.txt", b"  \n\n\t\n")
    bad_file("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    bad_file("latin1.txt", meta + "Le pr\u00e9sident a d\u00e9clar\u00e9.".encode("latin-1"))
    bad_file("utf16.txt", "Talks resumed in Geneva.".encode("utf-16"))
    bad_file("utf16le.txt", "Talks resumed in Geneva on Monday.".encode("utf-16-le"))
    bad_file("utf32.txt", "Talks resumed.".encode("utf-32"))
    bad_file("oversize.txt", meta + b"Talks resumed. " * 100_000)
    bad_file("far-future.txt", b"published: 9999-12-31\n\nTalks resumed in Geneva on Monday.\n")
    bad_file("year-one.txt", b"published: 0001-01-01\n\nTalks resumed in Geneva on Monday.\n")
    bad_file("word-date.txt", b"published: tomorrow\n\nTalks resumed in Geneva on Monday.\n")
    bad_file("feb30.txt", b"published: 2019-02-30\n\nTalks resumed in Geneva on Monday.\n")
    bad_file("only-furniture.txt", meta + b"Discuss\n")
    bad_file("only-meta.txt", b"title: Nothing here\npublished: 2020-03-02\n\n")
    (folder / "story.md").write_text(GOOD_TEXT.format(day=3), encoding="utf-8")
    good.add("story")
    bad_file("story.txt", GOOD_TEXT.format(day=4).encode())  # a second 'story', read after story.md
    os.mkfifo(folder / "pipe.txt")
    bad.add("pipe.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    bad.add("zero.txt")
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    bad.add("dangling.txt")
    raw_name = os.path.join(os.fsencode(folder), b"caf\xe9.txt")
    with open(raw_name, "wb") as handle:
        handle.write(GOOD_TEXT.format(day=5).encode())
    bad.add("caf\\xe9.txt")
    # Odd but readable: built.
    (folder / "odd-title.txt").write_text("title: Talks\fin\u2028Geneva\x07\npublished: 2020-03-06\n\n"
                                          "France protested\x0b against the decision on Monday.\u2029Germany replied.\n", encoding="utf-8")
    good.add("odd-title")
    long_paragraph = "The weather was mild and the sky was clear over the lake that week. " * 160  # 10,880 characters
    (folder / "long-paragraph.txt").write_text("published: 2020-03-07\n\n" + long_paragraph + "\n", encoding="utf-8")
    good.add("long-paragraph")
    # Folders that cannot be read, or vanish while they are walked.
    for name in ("locked", "moving"):
        (folder / name).mkdir()
        (folder / name / "x.txt").write_text(GOOD_TEXT.format(day=8), encoding="utf-8")
    bad.update({"locked", "moving"})
    real_scandir = os.scandir

    def scandir(path: Any = ".") -> Any:
        if os.fspath(path) == str(folder / "locked"):
            raise PermissionError(13, "Permission denied", str(folder / "locked"))
        if os.fspath(path) == str(folder / "moving") and (folder / "moving").exists():
            (folder / "moving").rename(tmp_path / "moved-away")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)

    records = _jsonl([
        {"id": "j-good-1", "text": "Iran attacked Iraqi positions near Basra on Tuesday.", "published": "1987-03-10"},
        "this is not json",
        [1, 2, 3],
        "[" * 100_000 + "]" * 100_000,
        {"id": "j-no-text"},
        {"id": "j-number-text", "text": 42},
        {"id": ["a"], "text": "Talks resumed."},
        {"id": True, "text": "Talks resumed."},
        {"id": "", "text": "Talks resumed."},
        {"id": None, "text": "Talks resumed."},
        {"id": "j-title-dict", "title": {"x": 1}, "text": "Talks resumed."},
        {"id": "j-published-int", "published": 20190101, "text": "Talks resumed."},
        {"id": "j-far-future", "published": "9999-12-31", "text": "Talks resumed in Geneva on Monday."},
        {"id": "j-big", "text": "Talks resumed. " * 100_000},
        "BAD-UTF8",
        {"id": "j-good-1", "text": "A duplicate of the first record's id."},
        {"id": "j-empty-text", "text": ""},
        {"id": "j-furniture", "text": "Read more\n\nDiscuss"},
        {"id": "j-good-2", "text": "Talks \ud800resumed after Iran attacked Iraq on Tuesday.", "published": "1987-03-11"},
        {"id": 0, "text": "Iraq repelled an Iranian attack on Wednesday.", "published": "1987-03-12"},
        {"id": "j-crash", "text": "Iraq said it repelled an Iranian attack on Thursday.", "published": "1987-03-13"},
        {"id": "j-inverted", "text": "Iraq said it repelled an Iranian attack on Friday.", "published": "1987-03-14"},
        {"id": "j-good-3", "text": "Kuwait protested against Iran's seizure of a tanker on Saturday.", "published": "1987-03-15"},
    ])
    lines = [line.encode("utf-8", "surrogatepass") for line in records]
    lines[records.index("BAD-UTF8")] = b'{"id": "j-latin1", "text": "caf\xe9"}'
    (folder / "corpus.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    good_lines = {1, 19, 20, 23}
    bad.update(f"corpus.jsonl:{n}" for n in range(1, len(lines) + 1) if n not in good_lines)
    good.update({"j-good-1", "j-good-2", "0", "j-good-3"})

    # Extraction failures are bugs, not inputs; simulate one of each kind
    # the pipeline must contain: an exception, and an inverted interval.
    real_extract = ingest.extract

    def extract(article: Any, paragraphs: Any, extractor: Any) -> Any:
        if article.id == "j-crash":
            raise RecursionError("maximum recursion depth exceeded")
        result = real_extract(article, paragraphs, extractor)
        if article.id == "j-inverted":
            assert result.events, "the invented sentence should give an event"
            event = result.events[0]
            time = dataclasses.replace(event.time, earliest=dt.date(1987, 3, 20), latest=dt.date(1987, 3, 19))
            result = dataclasses.replace(result, events=(dataclasses.replace(event, time=time), *result.events[1:]))
        return result

    monkeypatch.setattr(ingest, "extract", extract)
    extra = [tmp_path / "missing.txt", tmp_path / "no-articles"]
    (tmp_path / "no-articles").mkdir()
    (tmp_path / "no-articles" / "notes.csv").write_text("a,b\n", encoding="utf-8")
    bad.update({"missing.txt", "no-articles"})
    return folder, [str(p) for p in extra], bad, good


def test_cli_bad_inputs_cost_only_themselves(corpus: tuple[Path, list[str], set[str], set[str]], tmp_path: Path) -> None:
    folder, extra, bad, good = corpus
    assert len(bad) >= 40
    store = tmp_path / "store"
    result = CliRunner().invoke(cli, ["--store", str(store), "build", "--max-size", "200000", str(folder), *extra])
    assert result.exit_code == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == len(bad), "\n".join(errors)
    for marker in bad:
        # Every message starts with where the input is: ".../<marker>: what is wrong".
        hits = [line for line in errors if f"{os.sep}{marker}:" in line]
        assert len(hits) == 1, f"{marker} reported {len(hits)} times:\n" + "\n".join(errors)
    with open_store(store, create=False) as opened:
        assert set(opened.articles()) == good
    assert f"Built {len(good)} article(s)" in result.stdout and f"{len(bad)} failed" in result.stdout
    # Nothing half-written: the store is valid.
    check = CliRunner().invoke(cli, ["--store", str(store), "validate"])
    assert check.exit_code == 0, check.stdout


def test_cli_duplicate_ids_policies(tmp_path: Path) -> None:
    folder = tmp_path / "a"
    folder.mkdir()
    (folder / "story.txt").write_text(GOOD_TEXT.format(day=2), encoding="utf-8")
    (folder / "story.md").write_text(GOOD_TEXT.format(day=3).replace("France", "Spain"), encoding="utf-8")
    runner = CliRunner()
    refused = runner.invoke(cli, ["--store", str(tmp_path / "s1"), "build", str(folder)])
    assert refused.exit_code == 1 and "duplicate article id 'story'" in refused.stderr
    assert "Built 1 article(s)" in refused.stdout
    # story.md is read first (files are sorted): skip keeps it, replace keeps story.txt.
    for policy, country in (("skip", "Spain"), ("replace", "France")):
        result = runner.invoke(cli, ["--store", str(tmp_path / policy), "build", "--on-duplicate", policy, str(folder)], catch_exceptions=False)
        assert result.exit_code == 0 and "Note:" in result.stderr and "Built 1 article(s)" in result.stdout
        rows = json.loads(runner.invoke(cli, ["--store", str(tmp_path / policy), "timeline", "--format", "json"]).stdout)
        assert rows and {r["source"] for r in rows} == {country}


def test_cli_verbose_prints_a_line_per_article_and_distinct_actors(tmp_path: Path) -> None:
    folder = tmp_path / "a"
    folder.mkdir()
    for day in (2, 3, 4):
        _good(folder, f"day{day}", day)
    result = CliRunner().invoke(cli, ["-v", "--store", str(tmp_path / "s"), "build", str(folder)], catch_exceptions=False)
    assert result.exit_code == 0
    lines = [line for line in result.stderr.splitlines() if "kg.ingest: built" in line]
    assert [line.split("built ")[1].split(":")[0] for line in lines] == ["day2", "day3", "day4"]
    assert all("events" in line and "actors" in line for line in lines)
    per_article = int(lines[0].split(" actors")[0].rsplit(" ", 1)[1])
    # Three articles about the same two countries: the summary counts them once.
    assert f"{per_article} actors" in result.stdout
    plain = CliRunner().invoke(cli, ["--store", str(tmp_path / "s"), "build", str(folder)], catch_exceptions=False)
    assert "kg.ingest" not in plain.stderr
    assert "Building" not in plain.stderr + result.stderr  # no progress bar when stderr is not a terminal
