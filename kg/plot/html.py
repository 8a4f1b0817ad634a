"""Interactive pages with plotly: one self-contained HTML file that opens offline.

plotly.js (MIT licence) ships inside the plotly Python package and is inlined
into the page, so the page loads nothing from the network. The page's div id
is fixed and data are written in a fixed order, so a rebuild gives the same
bytes. Hovering a mark shows its date, dyad, modality and sentence.
"""

from __future__ import annotations

import textwrap
from collections import defaultdict
from typing import Any

import plotly.graph_objects as go

from kg.export.network import Network
from kg.export.style import MODALITY_MARKS, QUAD_COLOURS, QuadClass
from kg.model import ActorKind
from kg.plot.marks import GAP_WIDTH, Mark, TimelinePicture

__all__ = ["CHAR_PIXELS", "PLOT_PIXELS", "network_page", "timeline_page"]

#: Width of the timeline's plotting area on a 1400-pixel-wide window, and of
#: one label character (11 px DejaVu Sans): labels are packed to fit them.
PLOT_PIXELS = 1160.0
CHAR_PIXELS = 6.6

_SYMBOL = {"day": "circle", "interval": "circle", "by": "triangle-left", "after": "triangle-right"}
_CONFIG = {"displaylogo": False, "responsive": True, "toImageButtonOptions": {"format": "png"}}
_FONT = {"family": "DejaVu Sans, Verdana, sans-serif", "size": 12}


def _hover(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        lines.extend(textwrap.wrap(line, 90) or [""])
    return "<br>".join(lines)


def _rgba(r: int, g: int, b: int, a: float) -> str:
    return f"rgba({r},{g},{b},{a:g})"


def _page(figure: go.Figure, div_id: str) -> str:
    html: str = figure.to_html(full_html=True, include_plotlyjs=True, div_id=div_id, config=_CONFIG,
                               validate=True)
    return html


def timeline_page(picture: TimelinePicture, *, title: str, x_max: float) -> str:
    """Return the timeline page: lanes, marks, bars over uncertain spans, hover with the sentence."""
    axis = picture.axis
    figure = go.Figure()
    by_class: dict[QuadClass, list[Mark]] = defaultdict(list)
    for mark in picture.marks:
        by_class[mark.quad].append(mark)
    for quad in QuadClass:
        marks = by_class.get(quad, [])
        colour = QUAD_COLOURS[quad]
        bars_x: list[float | None] = []
        bars_y: list[float | None] = []
        for mark in marks:
            if mark.bound == "interval":
                bars_x += [axis.x(mark.start), axis.x(mark.end) + 1, None]
                bars_y += [mark.row, mark.row, None]
        if bars_x:
            figure.add_trace(go.Scatter(x=bars_x, y=bars_y, mode="lines", hoverinfo="skip", showlegend=False,
                                        line={"color": _rgba(colour.r, colour.g, colour.b, 0.45), "width": 7},
                                        legendgroup=quad.label))
        figure.add_trace(go.Scatter(
            x=[axis.x(m.at) + 0.5 for m in marks], y=[m.row for m in marks], mode="markers",
            name=quad.label, legendgroup=quad.label, showlegend=False,
            marker={"symbol": [_SYMBOL[m.bound] + ("" if MODALITY_MARKS[m.modality].filled else "-open")
                               for m in marks],
                    "size": 11, "color": colour.hex, "opacity": [MODALITY_MARKS[m.modality].alpha for m in marks],
                    "line": {"width": 1.5, "color": colour.hex}},
            hovertext=[_hover(m.hover) for m in marks], hoverinfo="text"))
    for quad in QuadClass:  # legend entries: plain dots, whatever the first mark looks like
        figure.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=quad.label,
                                    legendgroup=quad.label, marker={"size": 11, "color": QUAD_COLOURS[quad].hex}))
    crossed = [m for m in picture.marks if MODALITY_MARKS[m.modality].crossed]
    if crossed:
        figure.add_trace(go.Scatter(x=[axis.x(m.at) + 0.5 for m in crossed], y=[m.row for m in crossed],
                                    mode="markers", name="denied / negated", hoverinfo="skip",
                                    marker={"symbol": "x-thin-open", "size": 12, "color": "#202020",
                                            "line": {"width": 2, "color": "#202020"}}))
    figure.add_trace(go.Scatter(
        x=[max(axis.x(m.end) + 1, axis.x(m.at) + 0.5) + 1.5 for m in picture.marks],
        y=[m.row for m in picture.marks], mode="text", text=[m.label for m in picture.marks],
        textposition="middle right", textfont={"size": 11, "color": "#1f2328"}, hoverinfo="skip",
        showlegend=False))
    shapes: list[dict[str, Any]] = []
    for i, lane in enumerate(picture.lanes):
        if i % 2 == 0:
            shapes.append({"type": "rect", "xref": "paper", "x0": 0, "x1": 1, "y0": lane.first_row - 0.5,
                           "y1": lane.first_row + lane.rows - 0.5, "fillcolor": "#f1f3f5",
                           "line": {"width": 0}, "layer": "below"})
    annotations: list[dict[str, Any]] = []
    for x, before, after in axis.gaps():
        shapes.append({"type": "rect", "x0": x - GAP_WIDTH / 2 + 1, "x1": x + GAP_WIDTH / 2 - 1,
                       "yref": "paper", "y0": 0, "y1": 1, "fillcolor": "white", "line": {"width": 0},
                       "layer": "below"})
        months = max(1, round((after - before).days / 30.4))
        annotations.append({"x": x, "yref": "paper", "y": 1.0, "text": f"{months} months skipped",
                            "showarrow": False, "font": {"size": 10, "color": "#6b6b6b"}, "yanchor": "bottom"})
    ticks = axis.ticks()
    figure.update_layout(
        title={"text": title, "x": 0.01}, template="plotly_white", font=_FONT, shapes=shapes,
        annotations=annotations, height=170 + 30 * max(picture.rows, 3), hovermode="closest",
        margin={"l": 190, "r": 30, "t": 80, "b": 60},
        legend={"orientation": "h", "y": -0.08, "x": 0.0, "yanchor": "top"},
        xaxis={"tickvals": [t[0] for t in ticks], "ticktext": [t[1] for t in ticks], "range": [-1, x_max],
               "showgrid": True, "gridcolor": "#e1e4e8", "zeroline": False},
        yaxis={"tickvals": [lane.first_row + (lane.rows - 1) / 2 for lane in picture.lanes],
               "ticktext": [lane.label for lane in picture.lanes], "range": [picture.rows - 0.5, -1.0],
               "showgrid": False, "zeroline": False})
    return _page(figure, "kg-timeline")


def network_page(network: Network, *, title: str) -> str:
    """Return the network page: the GEXF's positions, sizes and colours; hover on nodes and edges."""
    where = {n.id: n for n in network.nodes}
    figure = go.Figure()
    annotations: list[dict[str, Any]] = []
    mid_x: list[float] = []
    mid_y: list[float] = []
    mid_text: list[str] = []
    for edge in network.edges:
        a, b = where[edge.source], where[edge.target]
        colour = _rgba(edge.colour.r, edge.colour.g, edge.colour.b, edge.alpha * 0.85)
        annotations.append({"x": b.x, "y": b.y, "ax": a.x, "ay": a.y, "xref": "x", "yref": "y",
                            "axref": "x", "ayref": "y", "showarrow": True, "arrowhead": 2, "arrowsize": 1,
                            "arrowwidth": 0.8 + 0.6 * edge.thickness, "arrowcolor": colour,
                            "standoff": b.size * 0.55, "startstandoff": a.size * 0.55, "text": ""})
        mid_x.append((a.x + b.x) / 2)
        mid_y.append((a.y + b.y) / 2)
        details = "<br>".join(f"{k}: {v}" for k, v in sorted(edge.attributes.items()) if k != "sentence")
        mid_text.append(f"<b>{a.label} → {b.label}</b><br>{edge.label}<br>{details}")
    figure.add_trace(go.Scatter(x=mid_x, y=mid_y, mode="markers", hovertext=mid_text, hoverinfo="text",
                                marker={"size": 7, "color": "rgba(0,0,0,0.15)"}, name="edges (hover)"))
    kinds: dict[str, list[Any]] = defaultdict(list)
    for node in network.nodes:
        kinds[str(node.attributes.get("kind", node.type))].append(node)
    for kind in sorted(kinds, key=lambda k: (k not in ActorKind.__members__, k)):
        nodes = kinds[kind]
        figure.add_trace(go.Scatter(
            x=[n.x for n in nodes], y=[n.y for n in nodes], mode="markers+text", name=kind.lower(),
            text=[n.label if n.type == "actor" else "" for n in nodes], textposition="top center",
            textfont={"size": 11},
            marker={"size": [n.size * 0.9 for n in nodes], "color": [n.colour.hex for n in nodes],
                    "opacity": [n.alpha for n in nodes], "line": {"width": 1, "color": "white"}},
            hovertext=["<b>" + n.label + "</b><br>" + "<br>".join(
                f"{k}: {v}" for k, v in sorted(n.attributes.items()) if k != "sentence") for n in nodes],
            hoverinfo="text"))
    figure.update_layout(
        title={"text": title, "x": 0.01}, template="plotly_white", font=_FONT, annotations=annotations,
        height=850, hovermode="closest", margin={"l": 20, "r": 20, "t": 70, "b": 20},
        xaxis={"visible": False}, yaxis={"visible": False, "scaleanchor": "x"})
    return _page(figure, "kg-network")

