"""Read commands: ``timeline``, ``relations``, ``path``, ``sparql``, ``stats``, ``serve``."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from kg.cli import cli
from kg.cli.context import DATE, Settings, pass_settings
from kg.errors import InputError, StoreError
from kg.model import RelationKind
from kg.query import actors, iter_timeline, merge_actors, path_between, relation_counts, relations_of, run_sparql, stats
from kg.render import FORMATS as FORMAT_NAMES
from kg.render import (Format, iter_render_timeline, render_actors, render_path, render_relation_counts, render_relations,
                       render_sparql, render_stats)
from kg.store import Store, open_store

FORMATS = click.Choice(FORMAT_NAMES)


def open_for_reading(settings: Settings) -> Store:
    """The remote endpoint when one is given, else the embedded store (which must exist)."""
    if settings.endpoint:
        return open_store(endpoint=settings.endpoint)
    return open_store(settings.store_path, create=False, wait=settings.wait)


@cli.command("timeline")
@click.option("--actor", default=None, help="Only events with this actor (name or alias, any case) as source or target.")
@click.option("--from", "start", type=DATE, default=None, help="Only events that may have happened on or after this date.")
@click.option("--to", "end", type=DATE, default=None, help="Only events that may have happened on or before this date.")
@click.option("--cameo", default=None, help="Only events whose CAMEO code starts with this (e.g. 16, 163).")
@click.option("--limit", type=click.IntRange(min=1), default=None, metavar="N", help="Only the N oldest events.")
@click.option("--merge/--no-merge", "merge", default=True, show_default=True, help="One row per event (with how many articles report it) or one per report.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@pass_settings
def timeline_command(settings: Settings, actor: str | None, start: dt.date | None, end: dt.date | None, cameo: str | None,
                     limit: int | None, merge: bool, fmt: Format) -> None:
    """Print events oldest first, with when, who, what, whom and modality.

    Rows are printed as they are read, so a long timeline streams. An event
    several articles report is one row ("3 reports"); --no-merge shows each.

    Example: kg timeline --actor "United States" --from 2019-01-01 --limit 100 --format csv
    """
    with open_for_reading(settings) as store:
        rows = iter_timeline(store, actor=actor, start=start, end=end, cameo=cameo, limit=limit, merge_reports=merge)
        for text in iter_render_timeline(rows, fmt):
            click.echo(text, nl=False)


KINDS = click.Choice([kind.value for kind in RelationKind])


@cli.command("relations")
@click.argument("name")
@click.option("--with", "other", default=None, metavar="NAME", help="Only relations with this actor (name or alias, any case).")
@click.option("--kind", type=KINDS, default=None, help="Only relations of this kind.")
@click.option("--statements", is_flag=True, help="One row per statement (article, date, sentence), newest first, instead of one per relation.")
@click.option("--limit", type=click.IntRange(min=0), default=50, show_default=True, metavar="N", help="At most N rows (0: every row).")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@pass_settings
def relations_command(settings: Settings, name: str, other: str | None, kind: str | None, statements: bool, limit: int,
                      fmt: Format) -> None:
    """Print the relations of an actor (spokesperson_of, part_of, based_in...), most stated first.

    One row per relation (subject, kind, object) with the number of articles
    that state it. --statements lists the statements themselves, each with
    its article, date and sentence, newest first; --with and --kind narrow
    either list to one other actor or one kind.

    Example: kg relations China --with "Chinese government" --statements --limit 10
    """
    chosen = RelationKind(kind) if kind is not None else None
    with open_for_reading(settings) as store:
        if statements:
            said = relations_of(store, name, other=other, kind=chosen, limit=limit or None)
            text, more = render_relations(said.rows, fmt), said.more
        else:
            counted = relation_counts(store, name, other=other, kind=chosen, limit=limit or None)
            text, more = render_relation_counts(counted.rows, fmt), counted.more
    click.echo(text, nl=False)
    if more and not settings.quiet:
        what = "statements" if statements else "relations"
        click.echo(f"Note: the first {limit} {what} shown; --limit 0 shows every one.", err=True)


@cli.command("path")
@click.argument("first")
@click.argument("second")
@pass_settings
def path_command(settings: Settings, first: str, second: str) -> None:
    """Show how two actors connect, through relations and events.

    Example: kg path "Vladimir Putin" "United States"
    """
    with open_for_reading(settings) as store:
        steps = path_between(store, first, second)
    click.echo(render_path(steps), nl=False)


@cli.command("sparql")
@click.argument("query")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True, help="json, csv and tsv are the SPARQL 1.1 results formats; jsonl is one JSON binding a line.")
@click.option("--allow-service", is_flag=True, help="Let SERVICE clauses send requests to other servers (refused by default).")
@pass_settings
def sparql_command(settings: Settings, query: str, fmt: Format, allow_service: bool) -> None:
    """Run a read-only SPARQL query given as text, a .rq file, or - for stdin.

    Updates are refused. A query with SERVICE (federation) is refused unless
    --allow-service is given: it would send requests to any address the
    query names. Declare the prefixes you use (kg:, sem:, xsd:...); see README.

    Example: kg sparql "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    """
    text = _query_text(query)
    with open_for_reading(settings) as store:
        result = run_sparql(store, text, allow_service=allow_service)
    click.echo(render_sparql(result, fmt), nl=False)


def _query_text(query: str) -> str:
    if query == "-":
        return sys.stdin.read()
    path = Path(query)
    if query.endswith(".rq") or (len(query) < 256 and "\n" not in query and path.is_file()):
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{query}: cannot read the query file ({exc})") from exc
    return query


@cli.command("stats")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@pass_settings
def stats_command(settings: Settings, fmt: Format) -> None:
    """Count articles, events, actors, relations, claims and triples in the store.

    Example: kg stats --format json
    """
    with open_for_reading(settings) as store:
        figures = stats(store)
    click.echo(render_stats(figures, fmt), nl=False)


@cli.command("actors")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@pass_settings
def actors_command(settings: Settings, fmt: Format) -> None:
    """List actors with their aliases, kind, code, Wikidata id, mention and article counts.

    Example: kg actors --format csv
    """
    with open_for_reading(settings) as store:
        rows = actors(store)
    click.echo(render_actors(rows, fmt), nl=False)


@cli.command("merge-actors")
@click.argument("keep")
@click.argument("drop")
@pass_settings
def merge_actors_command(settings: Settings, keep: str, drop: str) -> None:
    """Merge actor DROP into actor KEEP (by name or alias); later builds keep the merge.

    Example: kg merge-actors "Chinese Muslim Population" "Muslims"
    """
    if settings.endpoint:
        raise StoreError("kg merge-actors changes the embedded store; --endpoint is read-only")
    with open_store(settings.store_path, create=False, wait=settings.wait) as store:
        result = merge_actors(store, keep, drop)
    click.echo(f"Merged {result.drop} into {result.keep} ({result.rewritten} statements rewritten).")


@cli.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: every interface).")
@click.option("--port", type=click.IntRange(min=0, max=65535), default=7878, show_default=True, help="Port (0: any free port).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True, metavar="SECONDS", help="Longest a query may run (checked between result rows).")
@click.option("--max-rows", type=click.IntRange(min=1), default=100_000, show_default=True, metavar="N", help="Most solutions or triples one answer may hold (more is an error).")
@pass_settings
def serve_command(settings: Settings, host: str, port: int, timeout: float, max_rows: int) -> None:
    """Serve the store as a read-only SPARQL 1.1 endpoint at /query until Ctrl-C.

    GET or POST; SELECT/ASK answer in JSON, XML, CSV or TSV and
    CONSTRUCT/DESCRIBE in Turtle, TriG, N-Triples, N-Quads or RDF/XML (Accept
    header or ?format=). Updates and SERVICE are refused; CORS is open, so
    YASGUI in a browser can query it. The store stays locked while it serves.

    Example: kg serve --port 7878 & curl 'http://127.0.0.1:7878/query?query=ASK{?s?p?o}'
    """
    from kg.serve import Limits, make_server

    if settings.endpoint:
        raise StoreError("kg serve serves the embedded store (--store), not another endpoint")
    with open_store(settings.store_path, create=False, wait=settings.wait) as store:
        try:
            server = make_server(store, host, port, limits=Limits(timeout=timeout, max_rows=max_rows))
        except OSError as exc:
            raise StoreError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
        bound_host, bound_port = str(server.server_address[0]), int(server.server_address[1])
        if not settings.quiet:
            click.echo(f"SPARQL endpoint (read-only) at http://{bound_host}:{bound_port}/query; Ctrl-C stops it.", err=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
