"""``kg relations``: relations counted by default, statements on demand, limits, filters, bad input."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kg.cli import cli
from kg.store import open_store
from tests.fixtures_rdf import build_relation_articles


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("relations") / "store"
    with open_store(path) as opened:
        opened.add_extractions(build_relation_articles())
    return path


def _kg(runner: CliRunner, store: Path, *args: str) -> Result:
    return runner.invoke(cli, ["--store", str(store), "relations", *args], catch_exceptions=False)


def test_cli_relations_counts_each_relation_once(runner: CliRunner, store: Path) -> None:
    result = _kg(runner, store, "Valdoria")
    assert result.exit_code == 0 and result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["subject", "relation", "object", "statements"]
    assert lines[2].split() == ["Valdorian", "Trade", "Ministry", "part_of", "Valdoria", "3"]
    assert len(lines) == 2 + 6


def test_cli_relations_statements_carry_article_date_and_sentence(runner: CliRunner, store: Path) -> None:
    rows = json.loads(_kg(runner, store, "Valdoria", "--statements", "--with", "Ostmark", "--format", "json").stdout)
    assert [(r["article"], r["published"], r["predicate"]) for r in rows] == [
        ("r2", "2021-05-09", "ally_of"), ("r5", None, "ally_of")]
    assert rows[0]["sentence"] == "Valdoria is ally of Ostmark, the r2 report says."


def test_cli_relations_limit_notes_what_it_left_out(runner: CliRunner, store: Path) -> None:
    result = _kg(runner, store, "Valdoria", "--limit", "2", "--format", "csv")
    records = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["subject"], r["statements"]) for r in records] == [("Valdorian Trade Ministry", "3"), ("Valdoria", "2")]
    assert result.stderr == "Note: the first 2 relations shown; --limit 0 shows every one.\n"
    quiet = runner.invoke(cli, ["--store", str(store), "-q", "relations", "Valdoria", "--limit", "2"], catch_exceptions=False)
    assert quiet.exit_code == 0 and quiet.stderr == ""
    every = _kg(runner, store, "Valdoria", "--statements", "--limit", "0", "--format", "jsonl")
    assert len(every.stdout.splitlines()) == 10 and every.stderr == ""


def test_cli_relations_kind_narrows(runner: CliRunner, store: Path) -> None:
    rows = json.loads(_kg(runner, store, "Valdoria", "--kind", "citizen_of", "--format", "json").stdout)
    assert [(r["subject"], r["statements"]) for r in rows] == [("Ivo Pell", 1), ("Mira Tanse", 1)]


@pytest.mark.parametrize(("args", "code"), [
    (["Valdoria", "--with", "Nowhere Land"], 1),
    (["Nowhere Land"], 1),
    (["Valdoria", "--kind", "enemy_of"], 2),
    (["Valdoria", "--limit", "-1"], 2),
], ids=["unknown-other", "unknown-actor", "unknown-kind", "negative-limit"])
def test_cli_relations_bad_input_is_one_error_line(runner: CliRunner, store: Path, args: list[str], code: int) -> None:
    result = runner.invoke(cli, ["--store", str(store), "relations", *args])
    assert result.exit_code == code and result.stdout == ""
    lines = result.stderr.splitlines()
    # A user error is one line; a usage error (click's) ends with one.
    assert (len(lines) == 1 if code == 1 else lines[-1].startswith("Error:")) and lines[-1].startswith("Error:")
    assert "Traceback" not in result.stderr
