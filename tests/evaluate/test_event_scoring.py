"""The event scorers on small gold sets written for these tests (no dev data)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kg.evaluate.events import SentenceLocator, _type_ok, evaluate_event_articles, evaluate_event_sentences, format_article_report
from kg.evaluate.gold import read_article_gold
from kg.model import DatePrecision, Event, EventTime, Modality, Span, TimeAnchor

TEXT = "Chile and Peru signed a border agreement on Monday. Peru later accused Chile of spying."


def _event(text: str, trigger: str) -> Event:
    at = text.index(trigger)
    return Event(
        id="e", trigger=Span(at, at + len(trigger)), cameo="010", sentence=Span(0, len(text)),
        time=EventTime(None, None, DatePrecision.UNKNOWN, TimeAnchor.NONE), modality=Modality.ASSERTED,
    )


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


def test_locator_finds_a_gold_sentence_without_its_final_stop_across_line_wraps() -> None:
    text = "He spoke.\n  The talks, he said,\n were over on Monday.  Then they left."
    locate = SentenceLocator(text)
    bounds = locate.span("The talks, he said, were over on Monday")
    assert bounds is not None and text[bounds[0] : bounds[1]] == "The talks, he said,\n were over on Monday"
    in_sentence = locate.matcher("The talks, he said, were over on Monday")
    assert in_sentence(_event(text, "said"))
    assert not in_sentence(_event(text, "left"))


def test_type_map_accepts_spoken_praise_as_a_statement_but_not_other_cooperation() -> None:
    assert _type_ok("STATEMENT", "051") and _type_ok("STATEMENT", "055")
    assert not _type_ok("STATEMENT", "057")
    assert _type_ok("POLICY", "0814") and not _type_ok("ATTACK", "010")


def test_type_map_accepts_cameo_intents_only_for_planned_acts() -> None:
    assert _type_ok("EASE_SANCTION", "0354", "planned")
    assert not _type_ok("EASE_SANCTION", "0354", "actual")
    assert _type_ok("ATTACK", "1384", "conditional") and not _type_ok("ATTACK", "1312", "conditional")


def test_article_scoring_counts_a_conjoined_mention_once(tmp_path: Path, extractor) -> None:  # type: ignore[no-untyped-def]
    gold = [
        {"trigger": "signed", "type": "AGREE", "source": "Chile", "target": "Peru", "date": "2021-05-03",
         "sentence": "Chile and Peru signed a border agreement on Monday.", "modality": "actual"},
        {"trigger": "accused", "type": "ACCUSE", "source": "Peru", "target": "Chile", "date": None,
         "sentence": "Peru later accused Chile of spying.", "modality": "actual"},
    ]
    report, (extraction,) = evaluate_event_articles(read_article_gold(_write_gold(tmp_path, gold)), extractor)
    signed = [e for e in extraction.events if e.trigger.text(extraction.article.text) == "signed a border agreement"]
    assert len(signed) == 2, "one event per conjoined party, as CAMEO codes it"
    assert (report.gold, report.matched) == (2, 2)
    assert report.mentions == report.mentions_matched == 2
    assert report.predicted == 3
    assert report.date_exact == 1
    assert "100.0%  (2/2 event mentions; per coded event 66.7% = 2/3)" in format_article_report(report)


def test_article_scoring_rejects_a_wrong_source(tmp_path: Path, extractor) -> None:  # type: ignore[no-untyped-def]
    gold = [{"trigger": "accused", "type": "ACCUSE", "source": "Chile", "target": "Peru", "date": None,
             "sentence": "Peru later accused Chile of spying.", "modality": "actual"}]
    report, _ = evaluate_event_articles(read_article_gold(_write_gold(tmp_path, gold)), extractor)
    assert report.matched == 0 and report.misses[0]["trigger"] == "accused"


def test_sentence_scoring_codes_root_and_dyad(tmp_path: Path, extractor) -> None:  # type: ignore[no-untyped-def]
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


@pytest.mark.parametrize("gold_type", ["STATEMENT", "ATTACK", "RELEASE", "POLICY"])
def test_every_used_type_has_a_root_map(gold_type: str) -> None:
    from kg.evaluate.gold import TYPE_ROOTS

    assert TYPE_ROOTS[gold_type]


def test_cli_eval_events_prints_the_figures_and_the_misses(tmp_path: Path, runner) -> None:  # type: ignore[no-untyped-def]
    from kg.cli import cli

    gold = [{"trigger": "accused", "type": "ACCUSE", "source": "Chile", "target": "Peru", "date": None,
             "sentence": "Peru later accused Chile of spying.", "modality": "actual"}]
    result = runner.invoke(cli, ["eval", "events", "--misses", str(_write_gold(tmp_path, gold))])
    assert result.exit_code == 0, result.output
    assert "event F1" in result.stdout and "0/1" in result.stdout
    assert '"trigger": "accused"' in result.stderr


def test_assignment_lets_a_loose_gold_event_give_way_to_a_strict_one() -> None:
    from kg.evaluate.events import _best_assignment

    # Gold 0 fits predictions 0 and 1 (0 preferred); gold 1 fits only prediction 0.
    assert _best_assignment([[0, 1], [0]]) == {0: 1, 1: 0}
    # With nothing to give way to, each gold event keeps its preferred prediction.
    assert _best_assignment([[0, 1], [2]]) == {0: 0, 1: 2}
    assert _best_assignment([[0], [0]]) in ({0: 0}, {1: 0})


def test_a_gold_group_named_as_a_conjunction_accepts_either_member() -> None:
    from kg.evaluate.events import _role_ok
    from kg.evaluate.gold import GoldActor
    from kg.model import Actor, ActorKind

    chile = Actor(id="chl", name="Chile", kind=ActorKind.COUNTRY, aliases=("Chile",), code="CHL")
    actors = {"chl": chile}
    group = GoldActor("Chile and Bolivia", ("the two neighbours",), "GROUP", None)
    country = GoldActor("Chile and Bolivia", (), "COUNTRY", None)
    assert _role_ok("Chile and Bolivia", "chl", {group.name: group}, actors)
    assert not _role_ok("Chile and Bolivia", "chl", {country.name: country}, actors), "only a GROUP is split into members"
    assert not _role_ok("Peru and Bolivia", "chl", {"Peru and Bolivia": GoldActor("Peru and Bolivia", (), "GROUP", None)}, actors)
