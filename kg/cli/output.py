"""``kg export`` and ``kg validate``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli import cli
from kg.cli.context import Settings, pass_settings
from kg.cli.query import open_for_reading
from kg.errors import KgError
from kg.export import EXPORTERS
from kg.export.writing import write_export
from kg.validate import validate_graph


@cli.command("export")
@click.argument("fmt", metavar="FORMAT", type=click.Choice(sorted(EXPORTERS)))
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@pass_settings
def export_command(settings: Settings, fmt: str, out: Path) -> None:
    """Write the graph as gexf (Gephi, with a timeline), graphml, turtle, trig, nquads, jsonld or csv.

    The file is replaced only when the export is complete. CSV cells that a
    spreadsheet would run as a formula get a leading apostrophe.

    Example: kg export gexf exports/seed.gexf
    """
    with open_for_reading(settings) as store:
        write_export(store, fmt, out)
    if not settings.quiet:
        click.echo(f"Wrote {out}", err=True)


@cli.command("validate")
@pass_settings
def validate_command(settings: Settings) -> None:
    """Check the graph against the SHACL shapes of ontology/shapes.ttl.

    Exit 0 when it conforms, 1 when it does not (the report is printed),
    2 when the shapes cannot be loaded or the store cannot be read (as
    pySHACL: 1 always means "does not conform").

    Example: kg validate
    """
    try:
        with open_for_reading(settings) as store:
            report = validate_graph(store)
    except KgError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(2)
    if report.conforms:
        click.echo("The graph conforms to the SHACL shapes.")
        return
    click.echo(report.text)
    sys.exit(1)
