"""``kg export`` and ``kg validate``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from kg.cli import cli
from kg.cli.context import Settings, pass_settings
from kg.cli.filters import event_filter, filter_options, network_options, network_settings
from kg.cli.query import open_for_reading
from kg.errors import KgError
from kg.export import EXPORTERS, ExportOptions
from kg.export.writing import write_export


@cli.command("export")
@click.argument("fmt", metavar="FORMAT", type=click.Choice(sorted(EXPORTERS)))
@click.argument("out", type=click.Path(path_type=Path))
@filter_options
@network_options
@click.option("--gexf-version", type=click.Choice(["1.3", "1.2draft"]), default="1.3", show_default=True, help="GEXF version of gexf and gexf-static.")
@pass_settings
def export_command(settings: Settings, /, fmt: str, out: Path, gexf_version: str, **params: Any) -> None:
    """Write the graph as FORMAT to OUT.

    gexf (Gephi, with a timeline), gexf-static (Gephi Lite, sigma.js),
    gephi-csv (a folder with nodes.csv and edges.csv), graphml, turtle, trig,
    nquads, jsonld (with @context), jsonld-framed (events), csv (events), or
    gdelt (a GDELT-2.0-like table). The filters apply to gexf, gexf-static,
    gephi-csv, csv, gdelt and jsonld-framed; the network options to gexf,
    gexf-static and gephi-csv. OUT is replaced only when the export is
    complete, and its folder must exist. Table cells that a spreadsheet
    would run as a formula get a leading apostrophe.

    Example: kg export gexf exports/seed.gexf --events-as-nodes --from 2019-01-01
    """
    network = network_settings(params, event_filter(params))
    with open_for_reading(settings) as store:
        write_export(store, fmt, out, ExportOptions(network=network, gexf_version=gexf_version))
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
            from kg.validate import validate_graph  # pySHACL: imported only here

            report = validate_graph(store)
    except KgError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(2)
    if report.conforms:
        click.echo("The graph conforms to the SHACL shapes.")
        return
    click.echo(report.text)
    sys.exit(1)
