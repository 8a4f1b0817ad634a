"""Options shared by the commands that draw or export events: the ``kg timeline`` filters
and the network forms."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import click

from kg.cli.context import DATE
from kg.export import EventFilter, NetworkOptions

__all__ = ["event_filter", "filter_options", "network_options", "network_settings"]

F = Callable[..., Any]


def filter_options(command: F) -> F:
    """Add ``--actor``, ``--from``, ``--to`` and ``--cameo`` (as ``kg timeline`` has them)."""
    for option in reversed((
        click.option("--actor", default=None, help="Only events with this actor (name or alias) as source or target."),
        click.option("--from", "start", type=DATE, default=None, help="Only events that may have happened on or after this date."),
        click.option("--to", "end", type=DATE, default=None, help="Only events that may have happened on or before this date."),
        click.option("--cameo", default=None, help="Only events whose CAMEO code starts with this (e.g. 16, 163)."),
    )):
        command = option(command)
    return command


def network_options(command: F) -> F:
    """Add the network forms: relations, events as nodes, collapse, size and edge colour."""
    for option in reversed((
        click.option("--relations/--no-relations", default=True, show_default=True, help="Draw relations (spokesperson_of, part_of...) as edges of their own kind."),
        click.option("--events-as-nodes", is_flag=True, help="Events become dated nodes linked to source and target; keeps events with one end."),
        click.option("--collapse", is_flag=True, help="One weighted edge per source, target and CAMEO root (count, Goldstein sum, first/last day)."),
        click.option("--size-by", type=click.Choice(["degree", "mentions"]), default="degree", show_default=True, help="Node size: events and relations taken part in, or mentions."),
        click.option("--edge-colour", type=click.Choice(["quad", "goldstein"]), default="quad", show_default=True, help="Edge colour: CAMEO quad class or Goldstein sign."),
    )):
        command = option(command)
    return command


def event_filter(params: dict[str, Any]) -> EventFilter:
    """The filter the options of :func:`filter_options` give (they are removed from ``params``)."""
    start: dt.date | None = params.pop("start")
    end: dt.date | None = params.pop("end")
    return EventFilter(actor=params.pop("actor"), start=start, end=end, cameo=params.pop("cameo"))


def network_settings(params: dict[str, Any], chosen: EventFilter) -> NetworkOptions:
    """The network options of :func:`network_options` (removed from ``params``)."""
    return NetworkOptions(filter=chosen, relations=params.pop("relations"),
                          events_as_nodes=params.pop("events_as_nodes"), collapse=params.pop("collapse"),
                          size_by=params.pop("size_by"), edge_colour=params.pop("edge_colour"))
