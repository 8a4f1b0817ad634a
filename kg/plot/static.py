"""Static pictures (PNG, SVG) with matplotlib: the timeline and the actor network.

Figures are made with ``matplotlib.figure.Figure`` (no pyplot, no global
backend); ``svg.hashsalt`` and a fixed metadata make the files byte-identical
on rebuild.
"""

from __future__ import annotations

import pathlib
from collections import defaultdict
from typing import Any

import matplotlib
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch, Patch

from kg.export.network import Network
from kg.export.style import ACTOR_COLOURS, MODALITY_MARKS, QUAD_COLOURS, RELATION_COLOUR, QuadClass
from kg.model import ActorKind
from kg.plot.marks import GAP_WIDTH, Mark, TimelinePicture

__all__ = ["LABEL_INCHES_PER_CHAR", "TIMELINE_PLOT_INCHES", "draw_network", "draw_timeline", "save"]

#: Width of the timeline's plotting area and of one label character (7.5 pt DejaVu Sans).
TIMELINE_PLOT_INCHES = 10.4
LABEL_INCHES_PER_CHAR = 0.058
_SYMBOL = {"day": "o", "interval": "o", "by": "<", "after": ">"}


def _style() -> Any:
    """Scoped rc settings: a fixed SVG id salt (byte-identical SVGs) and the font matplotlib ships."""
    return matplotlib.rc_context({"svg.hashsalt": "kg", "font.family": "DejaVu Sans", "font.size": 8.0})


def save(figure: Figure, path: pathlib.Path) -> None:
    """Write ``figure`` as PNG or SVG (by suffix), with metadata that does not change per run."""
    fmt = path.suffix.lower().lstrip(".")
    metadata: dict[str, Any] = {"Date": None} if fmt == "svg" else {}
    with _style():
        figure.savefig(str(path), format=fmt, dpi=150, metadata=metadata, facecolor="white")


def _rgba(mark: Mark) -> tuple[float, float, float, float]:
    alpha = MODALITY_MARKS[mark.modality].alpha
    return (mark.colour.r / 255, mark.colour.g / 255, mark.colour.b / 255, alpha)


def draw_timeline(picture: TimelinePicture, *, title: str, x_max: float) -> Figure:
    """Draw the timeline picture: lanes top to bottom, time left to right, labels beside marks."""
    with _style():
        height = 1.7 + 0.27 * max(picture.rows, 3)
        figure = Figure(figsize=(13.0, height))
        left = 2.4 / 13.0
        axes = figure.add_axes((left, 1.05 / height, TIMELINE_PLOT_INCHES / 13.0, 1 - 1.5 / height))
        for i, lane in enumerate(picture.lanes):
            if i % 2 == 0:
                axes.axhspan(lane.first_row - 0.5, lane.first_row + lane.rows - 0.5, color="#f1f3f5", zorder=0)
        for mark in picture.marks:
            _draw_mark(axes, picture, mark)
        for x, before, after in picture.axis.gaps():
            axes.axvspan(x - GAP_WIDTH / 2 + 1, x + GAP_WIDTH / 2 - 1, color="white", zorder=1)
            axes.axvline(x - 1.2, color="#9a9a9a", lw=0.8, ls=(0, (2, 2)), zorder=1)
            axes.axvline(x + 1.2, color="#9a9a9a", lw=0.8, ls=(0, (2, 2)), zorder=1)
            months = max(1, round((after - before).days / 30.4))
            axes.text(x, -0.075, f"{months} months skipped", ha="center", va="top", fontsize=6.5,
                      color="#6b6b6b", transform=axes.get_xaxis_transform())
        axes.set_ylim(picture.rows - 0.5, -1.0)
        axes.set_xlim(-1.0, x_max)
        axes.set_yticks([lane.first_row + (lane.rows - 1) / 2 for lane in picture.lanes],
                        [lane.label for lane in picture.lanes], fontsize=8)
        ticks = picture.axis.ticks()
        axes.set_xticks([t[0] for t in ticks], [t[1] for t in ticks], fontsize=7.5)
        axes.tick_params(axis="y", length=0)
        for side in ("top", "right", "left"):
            axes.spines[side].set_visible(False)
        axes.grid(axis="x", color="#e1e4e8", lw=0.6, zorder=0)
        axes.set_axisbelow(True)
        axes.set_title(title, loc="left", fontsize=10.5, fontweight="bold")
        figure.legend(handles=_timeline_legend(), loc="lower center", ncol=6, fontsize=7, frameon=False,
                      bbox_to_anchor=(0.5, 0.0))
    return figure


def _draw_mark(axes: Any, picture: TimelinePicture, mark: Mark) -> None:
    axis = picture.axis
    rgba = _rgba(mark)
    style = MODALITY_MARKS[mark.modality]
    x_at = axis.x(mark.at) + 0.5  # the middle of the day
    if mark.bound == "interval":
        axes.plot([axis.x(mark.start), axis.x(mark.end) + 1], [mark.row, mark.row], color=rgba,
                  lw=5, solid_capstyle="butt", alpha=0.45, zorder=2)
    axes.plot([x_at], [mark.row], marker=_SYMBOL[mark.bound], ms=7, color=rgba,
              markerfacecolor=rgba if style.filled else "white", markeredgecolor=rgba, mew=1.4,
              ls="none", zorder=3)
    if style.crossed:
        axes.plot([x_at], [mark.row], marker="x", ms=8, color="#202020", mew=1.4, ls="none", zorder=4)
    text_x = max(axis.x(mark.end) + 1, x_at) + 1.5
    axes.text(text_x, mark.row, mark.label, va="center", ha="left", fontsize=7.5, color="#1f2328",
              alpha=max(style.alpha, 0.55), zorder=3)


def _timeline_legend() -> list[Any]:
    handles: list[Any] = [Line2D([], [], marker="o", ls="none", color=QUAD_COLOURS[q].hex, label=q.label)
                          for q in QuadClass]
    handles += [
        Line2D([], [], marker="o", ls="none", color="#555555", alpha=0.4, label="reported / alleged"),
        Line2D([], [], marker="o", ls="none", color="#555555", markerfacecolor="white", label="planned"),
        Line2D([], [], marker="x", ls="none", color="#202020", label="denied / negated"),
        Line2D([], [], marker="<", ls="none", color="#555555", label="by this day"),
        Line2D([], [], marker=">", ls="none", color="#555555", label="after this day"),
        Line2D([], [], lw=5, color="#555555", alpha=0.45, label="uncertain span"),
    ]
    return handles


def draw_network(network: Network, *, title: str) -> Figure:
    """Draw the network with the GEXF's positions, sizes and colours."""
    with _style():
        figure = Figure(figsize=(12.0, 9.0))
        axes = figure.add_axes((0.02, 0.08, 0.96, 0.86))
        axes.set_axis_off()
        axes.set_aspect("equal")
        where = {n.id: n for n in network.nodes}
        pairs: dict[frozenset[str], int] = defaultdict(int)
        for edge in network.edges:
            a, b = where[edge.source], where[edge.target]
            k = pairs[frozenset((edge.source, edge.target))]
            pairs[frozenset((edge.source, edge.target))] += 1
            bend = 0.0 if k == 0 else (0.12 * ((k + 1) // 2)) * (1 if k % 2 else -1)
            colour = (edge.colour.r / 255, edge.colour.g / 255, edge.colour.b / 255, edge.alpha * 0.85)
            axes.add_patch(FancyArrowPatch(
                (a.x, a.y), (b.x, b.y), arrowstyle="-|>", mutation_scale=9, lw=0.6 + 0.6 * edge.thickness,
                color=colour, ls="--" if edge.dashed else "-", connectionstyle=f"arc3,rad={bend}",
                shrinkA=a.size * 0.45, shrinkB=b.size * 0.45 + 1, zorder=1))
        for node in network.nodes:
            colour = (node.colour.r / 255, node.colour.g / 255, node.colour.b / 255, node.alpha)
            axes.scatter([node.x], [node.y], s=(node.size * 0.9) ** 2, color=colour, edgecolors="white",
                         linewidths=1.0, zorder=2)
            if node.type == "actor":
                axes.annotate(node.label, (node.x, node.y), xytext=(0, node.size * 0.45 + 3),
                              textcoords="offset points", ha="center", va="bottom", fontsize=7.5,
                              color="#1f2328", zorder=3)
        xs = [n.x for n in network.nodes] or [0.0]
        ys = [n.y for n in network.nodes] or [0.0]
        axes.set_xlim(min(xs) - 60, max(xs) + 60)
        axes.set_ylim(min(ys) - 60, max(ys) + 70)
        axes.set_title(title, loc="left", fontsize=10.5, fontweight="bold")
        kinds = sorted({ActorKind(str(n.attributes["kind"])) for n in network.nodes if "kind" in n.attributes},
                       key=list(ActorKind).index)
        handles: list[Any] = [Patch(color=ACTOR_COLOURS[k].hex, label=k.value.lower()) for k in kinds]
        handles += [Line2D([], [], color=QUAD_COLOURS[q].hex, lw=2, label=q.label) for q in QuadClass]
        if any(e.dashed for e in network.edges):
            handles.append(Line2D([], [], color=RELATION_COLOUR.hex, lw=1.5, ls="--", label="relation"))
        figure.legend(handles=handles, loc="lower center", ncol=8, fontsize=7, frameon=False)
    return figure

