"""``kg eval``: extraction quality as numbers."""

from __future__ import annotations

import json
from pathlib import Path

import click

from kg.cli import cli
from kg.cli.context import Settings, pass_settings
from kg.evaluate.actors import alias_merge
from kg.evaluate.events import (
    evaluate_event_articles,
    evaluate_event_sentences,
    format_actor_report,
    format_article_report,
    format_sentence_report,
)
from kg.evaluate.gold import read_article_gold
from kg.evaluate.timex import evaluate_timex, format_timex_report, read_timex_gold
from kg.extract import Extractor

_MISSES = click.option("--misses", is_flag=True, help="Also print what was missed, as JSON Lines on stderr.")


@cli.group("eval")
def eval_group() -> None:
    """Measure extraction quality against gold data.

    Example: kg eval events ../shared/bench/articles
    """


@eval_group.command("timex")
@click.argument("gold", type=click.Path(path_type=Path))
@_MISSES
@pass_settings
def eval_timex(settings: Settings, gold: Path, misses: bool) -> None:
    """Score time expressions on TempEval-3 style gold (JSON Lines with dct and timexes).

    Example: kg eval timex ../shared/bench/timex/te3_platinum.jsonl
    """
    docs = read_timex_gold(gold)
    extractor = Extractor.load(settings.pipeline)
    report = evaluate_timex(docs, extractor.nlp)
    click.echo(format_timex_report(report), nl=False)
    if misses:
        for miss in getattr(report, "misses", []):
            click.echo(json.dumps(miss, default=str, ensure_ascii=False), err=True)


@eval_group.command("events")
@click.argument("gold", type=click.Path(path_type=Path))
@_MISSES
@pass_settings
def eval_events(settings: Settings, gold: Path, misses: bool) -> None:
    """Score events: a folder of gold articles, or a JSON Lines file of coded sentences.

    Example: kg eval events ../shared/bench/events/plover_gsr_cameo.jsonl
    """
    extractor = Extractor.load(settings.pipeline)
    if gold.is_dir():
        evaluation = evaluate_event_articles(read_article_gold(gold), extractor)
        click.echo(format_article_report(evaluation), nl=False)
        missed = evaluation.total.missed
    else:
        sentence_report = evaluate_event_sentences(gold, extractor)
        click.echo(format_sentence_report(sentence_report), nl=False)
        missed = sentence_report.misses
    if misses:
        for miss in missed:
            click.echo(json.dumps(miss, ensure_ascii=False), err=True)


@eval_group.command("actors")
@click.argument("gold", type=click.Path(path_type=Path))
@pass_settings
def eval_actors(settings: Settings, gold: Path) -> None:
    """Score actors (alias-tolerant) and relations on a folder of gold articles.

    Example: kg eval actors ../shared/bench/articles
    """
    golds = read_article_gold(gold)
    extractor = Extractor.load(settings.pipeline)
    evaluation = evaluate_event_articles(golds, extractor)
    click.echo(format_actor_report(evaluation), nl=False)
    merged, groups = alias_merge(golds, evaluation.extractions)
    click.echo(f"alias merge            {100 * merged / groups if groups else 0:5.1f}%  ({merged}/{groups} gold actors with 2+ aliases found)")
