"""``kg build`` and ``kg extract``: articles in, graph or JSON out."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from kg.cli import cli
from kg.cli.context import PUBLISHED, Settings, pass_settings
from kg.contract import to_json
from kg.document import DEFAULT_MAX_BYTES, iter_articles
from kg.errors import InputError, KgError, StoreError
from kg.ingest import Duplicates, build_articles, extract_each
from kg.store import check_location, open_store

_PUBLISHED = click.option("--published", type=PUBLISHED, default=None, help="Publication date (YYYY-MM-DD) for every article; overrides their metadata.")
_MAX_SIZE = click.option("--max-size", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True, metavar="BYTES", help="Refuse an article file (or JSON Lines record) larger than this.")


@contextmanager
def _progress(settings: Settings, length: int, label: str) -> Iterator[Any]:
    """A progress bar on stderr for more than one article, when stderr is a terminal."""
    shown = length > 1 and not settings.quiet and settings.verbose == 0 and sys.stderr.isatty()
    with click.progressbar(length=length, label=label, file=sys.stderr, hidden=not shown) as bar:
        yield bar


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_PUBLISHED
@_MAX_SIZE
@click.option("--on-duplicate", type=click.Choice([d.value for d in Duplicates]), default=Duplicates.ERROR.value, show_default=True, help="Two articles with one id: report the later one as an error, skip it, or let it replace the earlier one.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True, metavar="N", help="Extract in N processes feeding the one that writes.")
@click.option("--merge/--no-merge", "merge", default=True, show_default=True, help="An event several articles report (same actors, day, CAMEO root, modality and verb) is one event with several reports; --no-merge keeps every report an event of its own.")
@click.option("--resume/--no-resume", default=True, show_default=True, help="Skip articles the store holds exactly as this build would make them (same text, metadata, kg code, pipeline and options).")
@pass_settings
def build(settings: Settings, paths: tuple[Path, ...], published: dt.date | None, max_size: int, on_duplicate: str,
          workers: int, merge: bool, resume: bool) -> None:
    """Extract articles (files, folders, JSON Lines) into the store.

    Each article is written in one transaction, replacing its earlier
    version, so building twice (or in another order) changes nothing; an
    article built before with the same text and pipeline is skipped. A bad
    article is reported on stderr and skipped; the rest are built, and the
    exit code is 1. A progress bar shows on a terminal; -v prints a line per
    article.

    Example: kg build seeds/ more-articles.jsonl --workers 2
    """
    if settings.endpoint:
        raise StoreError("kg build writes to the embedded store; --endpoint is read-only (drop it, or load an export into the server)")
    check_location(settings.store_path, create=True)  # before spaCy loads
    items = list(iter_articles(paths, published=published, max_bytes=max_size))
    from kg.extract import Extractor  # spaCy and the rules: imported by the commands that extract

    extractor = Extractor.load(settings.pipeline)
    failures = noted = built = events = relations = skipped = 0
    actors: set[str] = set()
    absorbed: set[str] = set()
    with _progress(settings, len(items), "Building") as bar:
        for outcome in build_articles(items, extractor, settings.store_path, duplicates=Duplicates(on_duplicate),
                                      wait=settings.wait, merge_reports=merge, resume=resume, workers=workers):
            bar.update(1)
            if outcome.unchanged:
                skipped += 1
            elif outcome.error is not None:
                failures += 1
                click.echo(f"Error: {outcome.error}", err=True)
            elif outcome.note is not None:
                noted += 1
                if not settings.quiet:
                    click.echo(f"Note: {outcome.note}", err=True)
            elif outcome.write is not None:
                built += 1
                events += outcome.events
                relations += outcome.relations
                actors |= outcome.write.actors
                absorbed.update(outcome.write.merged)
    with open_store(settings.store_path, wait=settings.wait) as store:
        total = store.count_triples()
    left_out = f", {noted} duplicate(s) left out" if noted else ""
    left_out += f", {skipped} unchanged (skipped)" if skipped else ""
    # Distinct actors, as `kg stats` counts them: a short name a later article
    # resolved into a full one is one actor.
    click.echo(
        f"Built {built} article(s): {events} events, {len(actors - absorbed)} actors, {relations} relations; "
        f"{failures} failed{left_out}; the store at {settings.store_path} holds {total} triples."
    )
    if failures:
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json", show_default=True, help="json: one indented object for one article (JSON Lines for several); jsonl: always one object a line.")
@_PUBLISHED
@_MAX_SIZE
@click.option("--disable", "disabled", multiple=True, metavar="RULE", help="Switch an extraction rule off by name (repeatable); 'kg eval ablate --list' lists them.")
@click.option("--dask", "scheduler", default=None, metavar="ADDRESS", help="Extract on a Dask cluster (a scheduler address, or 'local' for worker processes here) and write N-Quads partitions into --out for kg load.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None, help="Folder for the partitions of --dask (one every worker can write).")
@click.option("--dask-workers", type=click.IntRange(min=1), default=2, show_default=True, metavar="N", help="Worker processes of --dask local.")
@click.option("--merge/--no-merge", "merge", default=True, show_default=True, help="With --dask: share an event several articles report (as kg build does).")
@pass_settings
def extract(settings: Settings, paths: tuple[Path, ...], fmt: str, published: dt.date | None, max_size: int,
            disabled: tuple[str, ...], scheduler: str | None, out: Path | None, dask_workers: int, merge: bool) -> None:
    """Print the extraction of articles as JSON, without touching the store.

    The output follows kg/schema/extraction.schema.json. A JSON Lines input
    of records {"id", "text", "published", ...} gives one object per record,
    with document.id equal to the record's id. A bad article is reported on
    stderr and skipped (exit code 1). With --dask the articles are extracted
    on a Dask cluster and written as N-Quads partitions for kg load instead.

    Example: kg extract seeds/000_5a7ceb3fc77585f0.txt --format json
    """
    items = list(iter_articles(paths, published=published, max_bytes=max_size))
    if scheduler is not None:
        _extract_on_dask(settings, items, out, scheduler, disabled, dask_workers, merge)
        return
    from kg.extract import Extractor

    extractor = Extractor.load(settings.pipeline, disabled=disabled)
    failures = 0
    single = fmt == "json" and len(items) == 1
    with _progress(settings, len(items), "Extracting") as bar:
        for result in extract_each(items, extractor):
            bar.update(1)
            if isinstance(result, KgError):
                failures += 1
                click.echo(f"Error: {result}", err=True)
                continue
            click.echo(to_json(result, indent=2 if single else None))
    if failures:
        sys.exit(1)


def _extract_on_dask(settings: Settings, items: list[Any], out: Path | None, scheduler: str,
                     disabled: tuple[str, ...], workers: int, merge: bool) -> None:
    from kg.cluster import extract_corpus

    if out is None:
        raise click.UsageError("--dask needs --out FOLDER for the partitions")
    report = extract_corpus(items, out, scheduler=scheduler, pipeline=settings.pipeline, disabled=disabled,
                            merge_reports=merge, workers=workers)
    for error in report.errors:
        click.echo(f"Error: {error}", err=True)
    click.echo(f"Extracted {report.articles} article(s) into {report.partitions} partition(s) in {out}; "
               f"{len(report.errors)} failed. Load them with: kg load {out}")
    if report.errors:
        sys.exit(1)


@cli.command("load")
@click.argument("parts", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--update-endpoint", default=None, metavar="URL", help="SPARQL 1.1 Update URL of the server to load into (with the global --endpoint as its query URL).")
@click.option("--graph-store", default=None, metavar="URL", help="Graph Store Protocol URL of that server: article graphs are PUT there (else sent as SPARQL UPDATE).")
@pass_settings
def load_command(settings: Settings, parts: tuple[Path, ...], update_endpoint: str | None, graph_store: str | None) -> None:
    """Load N-Quads partitions (from kg extract --dask) into the store or a SPARQL server.

    PARTS are .nq files or folders of them. An empty store is bulk-loaded;
    a store that holds articles gets each article replaced in one
    transaction, with the actor descriptions joined into its own. With
    --endpoint QUERY_URL --update-endpoint UPDATE_URL [--graph-store URL] the
    partitions go to any SPARQL 1.1 server (Oxigraph, Fuseki, Virtuoso...).

    Example: kg load parts/ && kg --endpoint http://127.0.0.1:7878/query load parts/ --update-endpoint http://127.0.0.1:7878/update
    """
    from kg.corpus import load_parts, load_remote

    files = _part_files(parts)
    if settings.endpoint or update_endpoint or graph_store:
        if not (settings.endpoint and update_endpoint):
            raise StoreError("loading into a server needs its query URL (--endpoint, before load) and --update-endpoint")
        report = load_remote(files, query_url=settings.endpoint, update_url=update_endpoint, graph_store=graph_store)
        where = settings.endpoint
    else:
        check_location(settings.store_path, create=True)
        with open_store(settings.store_path, wait=settings.wait) as store:
            report = load_parts(store, files)
        where = str(settings.store_path)
    how = "bulk-loaded" if report.bulk else "loaded"
    click.echo(f"Loaded {len(files)} file(s) ({how}): {report.articles} article(s), {report.quads} quads into {where}.")


def _part_files(parts: tuple[Path, ...]) -> list[Path]:
    files: list[Path] = []
    for part in parts:
        if part.is_dir():
            found = sorted(p for p in part.iterdir() if p.suffix == ".nq" and p.is_file())
            if not found:
                raise InputError(f"{part}: no .nq files in this folder")
            files += found
        elif part.is_file():
            files.append(part)
        else:
            raise InputError(f"{part}: no such file or folder")
    return files
