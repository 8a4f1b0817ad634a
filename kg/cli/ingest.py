"""``kg build`` and ``kg extract``: articles in, graph or JSON out."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from kg.cli import cli
from kg.cli.context import DATE, Settings, pass_settings
from kg.contract import to_json
from kg.document import iter_articles
from kg.errors import KgError, StoreError
from kg.extract import Extractor, extract_articles
from kg.store import open_store


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--published", type=DATE, default=None, help="Publication date (YYYY-MM-DD) for every article; overrides their metadata.")
@pass_settings
def build(settings: Settings, paths: tuple[Path, ...], published: dt.date | None) -> None:
    """Extract articles (files, folders, JSON Lines) into the store.

    Re-building an article replaces its named graph, so building twice
    changes nothing. A bad article is reported and skipped; the rest are
    built, and the exit code is 1.

    Example: kg build seeds/ more-articles.jsonl
    """
    if settings.endpoint:
        raise StoreError("kg build writes to the embedded store; --endpoint is read-only (drop it, or load an export into the server)")
    extractor = Extractor.load(settings.pipeline)
    items = list(iter_articles(paths, published=published))
    failures = 0
    counts = {"articles": 0, "events": 0, "actors": 0, "relations": 0}
    with open_store(settings.store_path) as store:
        stream = extract_articles(items, extractor)
        show_bar = len(items) > 1 and sys.stderr.isatty()
        with click.progressbar(stream, length=len(items), label="Building", file=sys.stderr, hidden=not show_bar) as bar:
            for result in bar:
                if isinstance(result, KgError):
                    failures += 1
                    click.echo(f"Error: {result}", err=True)
                    continue
                store.add_extraction(result)
                counts["articles"] += 1
                counts["events"] += len(result.events)
                counts["actors"] += len(result.actors)
                counts["relations"] += len(result.relations)
        total = store.count_triples()
    click.echo(
        f"Built {counts['articles']} article(s): {counts['events']} events, {counts['actors']} actors, "
        f"{counts['relations']} relations; skipped {failures}; the store at {settings.store_path} holds {total} triples."
    )
    if failures:
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json", show_default=True, help="json: one indented object for one article (JSON Lines for several); jsonl: always one object a line.")
@click.option("--published", type=DATE, default=None, help="Publication date (YYYY-MM-DD); overrides the metadata.")
@click.option("--disable", "disabled", multiple=True, metavar="RULE", help="Switch an extraction rule off by name (repeatable); 'kg eval ablate --list' lists them.")
@pass_settings
def extract(settings: Settings, paths: tuple[Path, ...], fmt: str, published: dt.date | None, disabled: tuple[str, ...]) -> None:
    """Print the extraction of articles as JSON, without touching the store.

    The output follows kg/schema/extraction.schema.json. A JSON Lines input
    of records {"id", "text", "published", ...} gives one object per record,
    with document.id equal to the record's id.

    Example: kg extract seeds/000_5a7ceb3fc77585f0.txt --format json
    """
    extractor = Extractor.load(settings.pipeline, disabled=disabled)
    items = list(iter_articles(paths, published=published))
    failures = 0
    single = fmt == "json" and len(items) == 1
    for result in extract_articles(items, extractor):
        if isinstance(result, KgError):
            failures += 1
            click.echo(f"Error: {result}", err=True)
            continue
        click.echo(to_json(result, indent=2 if single else None))
    if failures:
        sys.exit(1)
