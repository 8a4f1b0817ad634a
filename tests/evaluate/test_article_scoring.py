"""The article scorer (reference rules) on small gold sets written for these tests, and its parity with the reference scorer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kg.evaluate.articles import greedy_assign, name_strength, sentence_similarity, type_compatible
from kg.evaluate.events import evaluate_event_articles, format_article_report
from kg.evaluate.gold import read_article_gold

TEXT = "Chile and Peru signed a border agreement on Monday. Peru later accused Chile of spying."


def _write_gold(folder: Path, events: list[dict[str, Any]]) -> Path:
    (folder / "01_test.txt").write_text("title: Test\npublished: 2021-05-05\n\n" + TEXT + "\n", encoding="utf-8")
    gold = {
        "article": "01_test.txt", "published": "2021-05-05", "events": events,
        "actors": [{"name": "Chile", "aliases": ["Chile"], "kind": "COUNTRY", "country": "CHL"},
                   {"name": "Peru", "aliases": ["Peru"], "kind": "COUNTRY", "country": "PER"}],
        "relations": [],
    }
    (folder / "01_test.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("The talks, he said, were over on Monday.", "The talks, he said,\n were over on Monday", True),
        ("“We protest,” she said.", '"We protest," she said.', True),
        ("He left early. The talks were over on Monday.", "The talks were over on Monday.", True),
        ("The talks were over on Monday.", "The visit was cancelled on Friday.", False),
    ],
    ids=["wrapped-no-stop", "curly-quotes", "merged-sentences", "different"],
)
def test_sentence_similarity_tolerates_wraps_quotes_and_merges(a: str, b: str, same: bool) -> None:
    assert (sentence_similarity(a, b) >= 0.8) is same


@pytest.mark.parametrize(
    ("a", "b", "strength"),
    [("U.S.", "US", 2), ("the United States", "United States", 2), ("Reagan", "President Reagan", 1),
     ("U.S. officials", "U.S.", 1), ("Ministry", "Foreign Ministry", 0), ("Chile", "Peru", 0)],
    ids=["dots", "article", "title", "officials", "generic-only", "different"],
)
def test_names_match_alias_leniently_but_not_on_generic_words(a: str, b: str, strength: int) -> None:
    assert name_strength(a, b) == strength


def test_type_compatibility_follows_the_type_table() -> None:
    assert type_compatible("111", ("11", "14")) and type_compatible("1411", ("11", "14"))
    assert not type_compatible("010", ("11", "14"))
    assert type_compatible("010", None), "a type with no CAMEO home accepts any valid code"
    assert not type_compatible("x10", None) and not type_compatible(None, None)


def test_greedy_assignment_takes_the_best_pairs_once() -> None:
    assert greedy_assign([(1.0, 0, 0), (3.0, 1, 0), (2.0, 0, 1)]) == [(1, 0), (0, 1)]


def test_article_scoring_matches_sentence_source_and_target(tmp_path: Path, extractor) -> None:  # type: ignore[no-untyped-def]
    gold = [
        {"trigger": "signed", "type": "AGREE", "source": "Chile", "target": "Peru", "date": "2021-05-03",
         "sentence": "Chile and Peru signed a border agreement on Monday.", "modality": "actual"},
        {"trigger": "accused", "type": "ACCUSE", "source": "Peru", "target": "Chile", "date": None,
         "sentence": "Peru later accused Chile of spying.", "modality": "actual"},
    ]
    evaluation = evaluate_event_articles(read_article_gold(_write_gold(tmp_path, gold)), extractor)
    total = evaluation.total
    assert (total.gold_events, total.matched, total.typed) == (2, 2, 2)
    assert total.pred_events == len(evaluation.extractions[0].events) >= 2
    assert (total.date_n, total.date_exact) == (1, 1)
    assert total.missed == []
    assert "event F1" in format_article_report(evaluation)


def test_article_scoring_rejects_a_wrong_source(tmp_path: Path, extractor) -> None:  # type: ignore[no-untyped-def]
    gold = [{"trigger": "accused", "type": "ACCUSE", "source": "Chile", "target": "Peru", "date": None,
             "sentence": "Peru later accused Chile of spying.", "modality": "actual"}]
    evaluation = evaluate_event_articles(read_article_gold(_write_gold(tmp_path, gold)), extractor)
    assert evaluation.total.matched == 0 and evaluation.total.missed[0]["trigger"] == "accused"
    assert evaluation.total.aligned == 1, "the prediction is in the sentence; only its source is wrong"


def test_sentence_scoring_codes_root_and_dyad(tmp_path: Path, extractor) -> None:  # type: ignore[no-untyped-def]
    from kg.evaluate.events import evaluate_event_sentences

    records = [
        {"id": "a", "text": "Japan imposed sanctions on North Korea on Tuesday.", "date": "2020-02-02",
         "expected": [{"cameo": "163", "source_code": "JPN", "target_code": "PRK"}]},
        {"id": "b", "text": "Japan imposed sanctions on North Korea on Tuesday.", "date": "2020-02-02",
         "expected": [{"cameo": "163", "source_code": "PRK", "target_code": "JPN"}]},
        {"id": "c", "text": "The weather was mild in Oslo.", "date": "2020-02-02", "expected": [], "expect_no_events": True},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    report = evaluate_event_sentences(path, extractor)
    assert (report.roots_found, report.roots_expected) == (2, 2)
    assert (report.dyads_country, report.dyads_expected) == (1, 2)
    assert (report.no_event_clean, report.no_event_records) == (1, 1)


def test_cli_eval_events_prints_the_figures_and_the_misses(tmp_path: Path, runner) -> None:  # type: ignore[no-untyped-def]
    from kg.cli import cli

    gold = [{"trigger": "accused", "type": "ACCUSE", "source": "Chile", "target": "Peru", "date": None,
             "sentence": "Peru later accused Chile of spying.", "modality": "actual"}]
    result = runner.invoke(cli, ["eval", "events", "--misses", str(_write_gold(tmp_path, gold))])
    assert result.exit_code == 0, result.output
    assert "event F1" in result.stdout and "0/1" in result.stdout
    assert '"trigger": "accused"' in result.stderr


def test_kg_eval_agrees_with_the_reference_scorer_on_dev(shared_dir: Path, extractor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """kg's scorer and ../shared/eval/score_articles.py give the same counts on the dev articles."""
    from kg.contract import to_contract

    folder = shared_dir / "bench" / "articles"
    scorer = shared_dir / "eval" / "score_articles.py"
    if not scorer.is_file():
        pytest.skip("../shared/eval/score_articles.py not found")
    evaluation = evaluate_event_articles(read_article_gold(folder), extractor)
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(to_contract(e)) + "\n" for e in evaluation.extractions), encoding="utf-8")
    out = tmp_path / "scores.json"
    subprocess.run([sys.executable, str(scorer), "--gold", str(folder), "--pred", str(pred), "--json", str(out), "--no-validate"],
                   check=True, capture_output=True)
    reference = json.loads(out.read_text())["overall"]
    ours = evaluation.total
    for key in ("gold_events", "pred_events", "matched", "typed", "aligned", "date_n", "date_exact", "mod_ok",
                "actors_found", "pred_actors", "relations_found"):
        assert getattr(ours, key) == reference[key], key
