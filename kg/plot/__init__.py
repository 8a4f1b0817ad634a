"""Pictures from the store: ``plot_timeline()`` and ``plot_network()`` to PNG, SVG or HTML.

* ``marks``: timeline rows -> lanes, marks and a time axis with breaks (pure);
* ``static``: PNG and SVG with matplotlib;
* ``html``: one self-contained interactive page with plotly (plotly.js is
  inlined: the page opens offline and loads nothing).

The network is :func:`kg.export.network.build_network`'s, so its positions,
sizes and colours are the GEXF's.
"""

from __future__ import annotations

import pathlib
from dataclasses import dataclass, field

from kg.errors import ExportError
from kg.export.network import EventFilter, NetworkOptions, build_network
from kg.plot.marks import LaneBy, TimelinePicture, build_timeline_picture
from kg.query import TimelineRow
from kg.query.canned import Source

__all__ = ["PLOT_SUFFIXES", "TimelineOptions", "plot_network", "plot_timeline"]

#: File suffixes ``kg plot`` writes.
PLOT_SUFFIXES = (".png", ".svg", ".html")


@dataclass(frozen=True)
class TimelineOptions:
    """What the timeline shows: the events the filter keeps, one lane per actor or dyad."""

    filter: EventFilter = field(default_factory=EventFilter)
    lanes: LaneBy = "actor"


def _format(path: pathlib.Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in PLOT_SUFFIXES:
        raise ExportError(f"cannot tell the picture format of {path.name}; end it in .png, .svg or .html")
    return suffix


def _timeline_title(rows: list[TimelineRow], picture: TimelinePicture) -> str:
    if not picture.marks:
        return "kg timeline: no dated events"
    first = min(m.start for m in picture.marks)
    last = max(m.end for m in picture.marks)
    extra = f"; {picture.left_out} undated not shown" if picture.left_out else ""
    return (f"kg timeline: {len(picture.marks)} events, {len(picture.lanes)} lanes, "
            f"{first:%d %b %Y} to {last:%d %b %Y}{extra}")


def plot_timeline(source: Source, path: pathlib.Path, options: TimelineOptions | None = None) -> int:
    """Draw the timeline to ``path`` (.png, .svg or .html); return the number of events drawn.

    Raises:
        ExportError: an unknown suffix or a file that cannot be written.
        UnknownActorError: an actor filter that names nobody.
    """
    options = options or TimelineOptions()
    fmt = _format(path)
    rows = options.filter.rows(source)
    title = ""
    if fmt == ".html":
        from kg.plot.html import CHAR_PIXELS, PLOT_PIXELS, timeline_page

        picture, x_max = _fit_labels(rows, options.lanes, PLOT_PIXELS, CHAR_PIXELS)
        title = _timeline_title(rows, picture)
        _write_text(path, timeline_page(picture, title=title, x_max=x_max))
        return len(picture.marks)
    from kg.plot.static import LABEL_INCHES_PER_CHAR, TIMELINE_PLOT_INCHES, draw_timeline

    picture, x_max = _fit_labels(rows, options.lanes, TIMELINE_PLOT_INCHES, LABEL_INCHES_PER_CHAR)
    _save(draw_timeline(picture, title=_timeline_title(rows, picture), x_max=x_max), path)
    return len(picture.marks)


def _fit_labels(rows: list[TimelineRow], lanes: LaneBy, plot_width: float,
                char_width: float) -> tuple[TimelinePicture, float]:
    """Lay out the timeline so labels fit: labels take room on the axis, so lay
    out, measure how far the labels reach, and lay out again at that scale.

    Returns the picture and the right end of the axis (in axis days).
    """
    picture = build_timeline_picture(rows, by=lanes)
    x_max = picture.axis.width * 1.4 + 10
    for _ in range(2):
        per_char = char_width * x_max / plot_width
        picture = build_timeline_picture(rows, by=lanes, days_per_char=per_char)
        x_max = max([picture.axis.width] + [
            max(picture.axis.x(m.end) + 1, picture.axis.x(m.at)) + 2.5 + len(m.label) * per_char
            for m in picture.marks])
    return picture, x_max


def plot_network(source: Source, path: pathlib.Path, options: NetworkOptions | None = None) -> int:
    """Draw the actor network to ``path`` (.png, .svg or .html); return the number of nodes.

    Raises:
        ExportError: an unknown suffix, options that do not combine, or a
            file that cannot be written.
        UnknownActorError: an actor filter that names nobody.
    """
    options = options or NetworkOptions()
    fmt = _format(path)
    network = build_network(source, options)
    actors = sum(1 for n in network.nodes if n.type == "actor")
    title = f"kg network: {actors} actors, {network.events} events"
    if network.left_out:
        title += f" ({network.left_out} without both ends not drawn)"
    if fmt == ".html":
        from kg.plot.html import network_page

        _write_text(path, network_page(network, title=title))
    else:
        from kg.plot.static import draw_network

        _save(draw_network(network, title=title), path)
    return len(network.nodes)


def _save(figure: object, path: pathlib.Path) -> None:
    from kg.plot.static import save

    try:
        save(figure, path)  # type: ignore[arg-type]
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc


def _write_text(path: pathlib.Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
