"""Every user-error path: one ``Error:`` line on stderr, non-zero exit, no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kg.cli import cli


def _assert_clean_error(result: Result, code: int | None = None) -> None:
    assert result.exit_code != 0, result.output
    if code is not None:
        assert result.exit_code == code
    assert result.stderr.startswith("Error:"), result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.fixture()
def bad_files(tmp_path: Path) -> dict[str, Path]:
    files = {
        "empty": tmp_path / "empty.txt",
        "binary": tmp_path / "binary.txt",
        "latin1": tmp_path / "latin1.txt",
    }
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    files["latin1"].write_bytes("Le pr\u00e9sident a d\u00e9clar\u00e9.".encode("latin-1"))
    return files


@pytest.mark.parametrize("which", ["empty", "binary", "latin1"])
def test_cli_extract_bad_file(runner: CliRunner, bad_files: dict[str, Path], which: str) -> None:
    result = runner.invoke(cli, ["extract", str(bad_files[which])])
    _assert_clean_error(result, 1)


def test_cli_extract_missing_path(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["extract", str(tmp_path / "missing.txt")])
    _assert_clean_error(result, 1)
    assert "no such file" in result.stderr


def test_cli_bad_published_is_one_line(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("The army attacked the town.\n", encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(path), "--published", "last Tuesday"])
    _assert_clean_error(result, 2)
    assert "YYYY-MM-DD" in result.stderr


def test_cli_sparql_syntax_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["--store", str(tmp_path / "store"), "sparql", "SELEC ?x WHERE {"])
    _assert_clean_error(result, 1)


def test_cli_sparql_missing_query_file(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["--store", str(tmp_path / "store"), "sparql", str(tmp_path / "nope.rq")])
    _assert_clean_error(result, 1)


def test_cli_timeline_bad_date(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["--store", str(tmp_path / "store"), "timeline", "--from", "2019-02-30"])
    _assert_clean_error(result, 2)


def test_cli_unknown_command_is_one_line(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["frobnicate"])
    _assert_clean_error(result, 2)


def test_cli_path_unknown_actor(runner: CliRunner, tmp_path: Path) -> None:
    store = tmp_path / "store"
    article = tmp_path / "a.txt"
    article.write_text("published: 2020-03-02\n\nFrance protested against Germany's decision on Monday.\n", encoding="utf-8")
    assert runner.invoke(cli, ["--store", str(store), "build", str(article)]).exit_code == 0
    result = runner.invoke(cli, ["--store", str(store), "path", "Nobody Atall", "France"])
    _assert_clean_error(result, 1)


def test_cli_build_folder_with_one_bad_article(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("published: 2020-03-02\n\nFrance protested against Germany's decision on Monday.\n", encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\x00\x00binary")
    (folder / "c.txt").write_text("published: 2020-03-03\n\nRussian troops attacked Ukrainian positions on Tuesday.\n", encoding="utf-8")
    store = tmp_path / "store"
    result = runner.invoke(cli, ["--store", str(store), "build", str(folder)])
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and "b.txt" in errors[0]
    assert "Built 2 article(s)" in result.stdout
    stats = runner.invoke(cli, ["--store", str(store), "stats"], catch_exceptions=False)
    assert stats.exit_code == 0


def test_cli_build_failure_keeps_store(runner: CliRunner, tmp_path: Path) -> None:
    store = tmp_path / "store"
    good = tmp_path / "good.txt"
    good.write_text("published: 2020-03-02\n\nFrance protested against Germany's decision on Monday.\n", encoding="utf-8")
    assert runner.invoke(cli, ["--store", str(store), "build", str(good)]).exit_code == 0
    before = runner.invoke(cli, ["--store", str(store), "sparql", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--format", "csv"]).stdout
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    result = runner.invoke(cli, ["--store", str(store), "build", str(bad)])
    assert result.exit_code == 1
    after = runner.invoke(cli, ["--store", str(store), "sparql", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--format", "csv"]).stdout
    assert before == after and before.strip() != ""
