"""``kg plot timeline|network OUT``: pictures to PNG, SVG or a self-contained HTML page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from kg.cli import cli
from kg.cli.context import Settings, pass_settings
from kg.cli.filters import event_filter, filter_options, network_options, network_settings
from kg.cli.query import open_for_reading
from kg.plot import TimelineOptions, plot_network, plot_timeline

_OUT = click.argument("out", type=click.Path(dir_okay=False, path_type=Path))


@cli.group("plot")
def plot_group() -> None:
    """Draw the timeline or the actor network to a .png, .svg or .html file.

    The HTML page is one self-contained file: it opens offline.

    Example: kg plot timeline exports/seed_timeline.html
    """


@plot_group.command("timeline")
@_OUT
@filter_options
@click.option("--lanes", type=click.Choice(["actor", "dyad"]), default="actor", show_default=True, help="One lane per actor (the source, else the target) or per dyad.")
@pass_settings
def plot_timeline_command(settings: Settings, /, out: Path, lanes: str, **params: Any) -> None:
    """Draw events on a time axis, one lane per actor or dyad.

    A dot is a dated event, a bar an uncertain span ("late March"), a
    triangle an event known only to have happened by (or to come after) a
    day; planned events are hollow, denied ones crossed, reported ones faded.
    Colour is the CAMEO quad class. The HTML shows the sentence on hover.

    Example: kg plot timeline timeline.png --actor "United States"
    """
    options = TimelineOptions(filter=event_filter(params), lanes="dyad" if lanes == "dyad" else "actor")
    with open_for_reading(settings) as store:
        drawn = plot_timeline(store, out, options)
    click.echo(f"Wrote {out} ({drawn} events)", err=True)


@plot_group.command("network")
@_OUT
@filter_options
@network_options
@pass_settings
def plot_network_command(settings: Settings, /, out: Path, **params: Any) -> None:
    """Draw the actor network with the GEXF export's positions, sizes and colours.

    Example: kg plot network network.html --collapse
    """
    options = network_settings(params, event_filter(params))
    with open_for_reading(settings) as store:
        drawn = plot_network(store, out, options)
    click.echo(f"Wrote {out} ({drawn} nodes)", err=True)
