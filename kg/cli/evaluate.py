"""``kg eval``: extraction quality as numbers.

The evaluation and extraction code is imported by the commands that use
it, so the other commands start without it.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from kg.cli import cli
from kg.cli.context import Settings, pass_settings

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
    from kg.evaluate.timex import evaluate_timex, format_timex_report, read_timex_gold
    from kg.extract import Extractor

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
    from kg.evaluate.events import (
        evaluate_event_articles,
        evaluate_event_sentences,
        format_article_report,
        format_sentence_report,
    )
    from kg.evaluate.gold import read_article_gold
    from kg.extract import Extractor

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
    from kg.evaluate.actors import alias_merge
    from kg.evaluate.events import evaluate_event_articles, format_actor_report
    from kg.evaluate.gold import read_article_gold
    from kg.extract import Extractor

    golds = read_article_gold(gold)
    extractor = Extractor.load(settings.pipeline)
    evaluation = evaluate_event_articles(golds, extractor)
    click.echo(format_actor_report(evaluation), nl=False)
    merged, groups = alias_merge(golds, evaluation.extractions)
    click.echo(f"alias merge            {100 * merged / groups if groups else 0:5.1f}%  ({merged}/{groups} gold actors with 2+ aliases found)")


@eval_group.command("ablate")
@click.argument("gold", nargs=-1, type=click.Path(path_type=Path))
@click.option("--list", "list_only", is_flag=True, help="Only list the rules (name, table, summary).")
@click.option("--rule", "only", multiple=True, metavar="NAME", help="Ablate only these rules (repeatable); default: all.")
@click.option("--jobs", type=click.IntRange(min=1), default=None, help="Worker processes (default: one per core).")
@pass_settings
def eval_ablate(settings: Settings, gold: tuple[Path, ...], list_only: bool, only: tuple[str, ...], jobs: int | None) -> None:
    """Switch each extraction rule off alone and print how the figures change (Markdown table).

    GOLD are article folders and sentence JSON Lines files; each is read and
    parsed once. The first line gives the figures with every rule on; each
    rule's line gives how often it fired then, and each figure's change
    without it.

    Example: kg eval ablate ../shared/bench/articles ../shared/bench/check
    """
    from kg.evaluate.ablation import ablate, format_ablation, prepare_dataset
    from kg.extract import Extractor, rule_infos
    from kg.errors import InputError

    infos = rule_infos()
    if list_only:
        for info in infos:
            click.echo(f"{info.name}\t{info.table}\t{info.summary}")
        return
    if not gold:
        raise click.UsageError("give at least one GOLD folder or JSON Lines file (or --list)")
    unknown = sorted(set(only) - {i.name for i in infos})
    if unknown:
        raise InputError(f"unknown rule(s) {', '.join(unknown)}: 'kg eval ablate --list' lists the rules")
    chosen = [i for i in infos if not only or i.name in only]
    extractor = Extractor.load(settings.pipeline)
    datasets = [prepare_dataset(path, extractor) for path in gold]
    done = 0

    def progress(name: str) -> None:
        nonlocal done
        done += 1
        click.echo(f"[{done}/{len(chosen)}] {name}", err=True)

    click.echo(format_ablation(ablate(datasets, extractor, chosen, jobs=jobs, progress=progress)), nl=False)
