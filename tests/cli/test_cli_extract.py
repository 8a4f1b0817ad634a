"""kg extract: one object for one article, JSON Lines for several and for record corpora."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from click.testing import CliRunner

from kg.cli import cli
from kg.contract import read_schema

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_5a7ceb3fc77585f0.txt"


def test_cli_extract_one_article_is_one_object(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["extract", str(SEED), "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    jsonschema.validate(data, read_schema())
    assert data["document"]["id"] == "000_5a7ceb3fc77585f0"
    assert data["document"]["published"] == "2019-10-08"


def test_cli_extract_jsonl_records_keep_ids(runner: CliRunner, tmp_path: Path) -> None:
    corpus = tmp_path / "records.jsonl"
    records = [
        {"id": "s1", "text": "Iraq said its forces repelled an Iranian attack.", "published": "1987-03-11"},
        {"id": "s2", "text": "France and Germany signed an agreement on Tuesday.", "published": None},
        {"id": "s3", "text": "No event here at all."},
    ]
    corpus.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(corpus), "--format", "jsonl"], catch_exceptions=False)
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["document"]["id"] for line in lines] == ["s1", "s2", "s3"]
    for line in lines:
        jsonschema.validate(line, read_schema())


def test_cli_extract_several_articles_is_jsonl(runner: CliRunner, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("published: 2020-05-05\n\nNATO troops attacked rebel positions on Monday.\n", encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(SEED), str(other)], catch_exceptions=False)
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 2
