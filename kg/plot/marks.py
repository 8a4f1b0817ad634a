"""Timeline rows -> what the timeline picture draws: lanes, marks, a time axis with breaks.

Pure: no drawing library here, so the PNG/SVG (matplotlib) and the HTML page
(plotly) place every event at the same spot.

* One lane per actor (the source, else the target) or per dyad, in the order
  the actors first appear.
* An event is a mark: a dot on its day; a bar over its interval when the text
  gives a span ("2021-05", "late March"), with the dot in the middle; a
  left-pointing triangle on the day it happened *by* (only the publication
  bounds it); a right-pointing one on the day it happens *after* (planned).
* Within a lane, marks whose bars and labels would overlap go to separate
  rows, so no label covers another mark.
* Long empty stretches of time are cut out of the axis (drawn as a break),
  so events of 2018 and of late 2019 are both readable on one page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from kg.export.style import QUAD_COLOURS, QuadClass, Rgb, quad_class
from kg.model import Modality
from kg.query import TimelineRow

__all__ = ["Axis", "Lane", "Mark", "TimelinePicture", "LaneBy", "build_timeline_picture"]

LaneBy = Literal["actor", "dyad"]
Bound = Literal["day", "interval", "by", "after"]
NOBODY = "(no actor)"
#: Days of padding around each stretch of activity on the axis.
PAD_DAYS = 6
#: A gap of more than this many days (and a fifth of the span) is cut out.
MIN_GAP_DAYS = 45
#: Width of a cut-out gap, in days of the axis.
GAP_WIDTH = 12.0


@dataclass(frozen=True)
class Mark:
    """One event as drawn. ``start``/``end`` are its inclusive days, ``at`` where its dot sits."""

    event: str
    lane: int
    row: int
    start: dt.date
    end: dt.date
    at: dt.date
    bound: Bound
    quad: QuadClass
    colour: Rgb
    modality: Modality
    label: str
    hover: str


@dataclass(frozen=True)
class Lane:
    """A lane: its label, first row and number of rows."""

    label: str
    first_row: int
    rows: int


@dataclass(frozen=True)
class Segment:
    """A stretch of time drawn at full scale, from ``start`` to ``end`` (inclusive)."""

    start: dt.date
    end: dt.date
    x: float  # axis position of ``start``


@dataclass(frozen=True)
class Axis:
    """A time axis with the empty stretches cut out: ``x(day)`` maps a day to a position."""

    segments: tuple[Segment, ...]

    def x(self, day: dt.date) -> float:
        """The axis position of ``day`` (days outside every segment are clamped to the nearest)."""
        for i, seg in enumerate(self.segments):
            if day <= seg.end or i == len(self.segments) - 1:
                if day < seg.start:
                    return seg.x - (GAP_WIDTH / 2 if i else 0.0)
                return seg.x + (day - seg.start).days
        return 0.0  # no segment: an empty picture

    @property
    def width(self) -> float:
        """Position of the day after the last segment."""
        last = self.segments[-1] if self.segments else None
        return 0.0 if last is None else last.x + (last.end - last.start).days + 1

    def gaps(self) -> list[tuple[float, dt.date, dt.date]]:
        """(axis position of the cut, last day before it, first day after it), one per break."""
        return [(a.x + (a.end - a.start).days + 1 + GAP_WIDTH / 2, a.end, b.start)
                for a, b in zip(self.segments, self.segments[1:])]

    def ticks(self) -> list[tuple[float, str]]:
        """Tick positions and labels: months on long stretches, weeks on short ones."""
        ticks: list[tuple[float, str]] = []
        for seg in self.segments:
            length = (seg.end - seg.start).days
            day = seg.start
            shown_year = False
            while day <= seg.end:
                if length > 150:
                    keep = day.day == 1
                    text = f"{day:%b %Y}" if day.month == 1 or not shown_year else f"{day:%b}"
                else:
                    keep = day.day in (1, 8, 15, 22)
                    text = f"{day.day} {day:%b %Y}" if not shown_year else f"{day.day} {day:%b}"
                if keep:
                    ticks.append((self.x(day), text))
                    shown_year = True
                day += dt.timedelta(days=1)
        return ticks


@dataclass(frozen=True)
class TimelinePicture:
    """Everything the timeline views draw, plus what was left out (undated events)."""

    lanes: tuple[Lane, ...]
    marks: tuple[Mark, ...]
    axis: Axis
    rows: int
    left_out: int


def _bounds(row: TimelineRow) -> tuple[dt.date, dt.date, dt.date, Bound] | None:
    if row.earliest is not None and row.latest is not None:
        middle = row.earliest + (row.latest - row.earliest) / 2
        return row.earliest, row.latest, middle, "day" if row.earliest == row.latest else "interval"
    if row.latest is not None:
        return row.latest, row.latest, row.latest, "by"
    if row.earliest is not None:
        return row.earliest, row.earliest, row.earliest, "after"
    if row.published is not None:  # only the publication date places it
        planned = row.modality is Modality.PLANNED
        return row.published, row.published, row.published, "after" if planned else "by"
    return None


def _lane_key(row: TimelineRow, by: LaneBy) -> str:
    if by == "dyad":
        return f"{row.source or '?'} → {row.target or '?'}"
    return row.source or row.target or NOBODY


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _label(row: TimelineRow, by: LaneBy) -> str:
    if by == "actor" and row.source:
        other = f" → {_short(row.target, 28)}" if row.target else ""
    elif by == "actor" and row.target:
        other = " (target)"
    else:
        other = ""
    return f"{row.cameo} {_short(row.trigger, 30)}{other}"


def _hover(row: TimelineRow) -> str:
    said = f" (according to {row.attributed_to})" if row.attributed_to else ""
    return (f"{row.when}: {row.source or '?'} — {row.cameo} {row.cameo_label or ''} — "
            f"{row.target or '?'}\n{row.modality.value}{said}\n{row.sentence}")


def _axis(spans: list[tuple[dt.date, dt.date]]) -> Axis:
    if not spans:
        return Axis(())
    first = min(s for s, _ in spans)
    last = max(e for _, e in spans)
    threshold = max(MIN_GAP_DAYS, (last - first).days // 5)
    merged: list[list[dt.date]] = []
    for start, end in sorted(spans):
        if merged and (start - merged[-1][1]).days <= threshold:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    pad = dt.timedelta(days=PAD_DAYS)
    segments: list[Segment] = []
    x = 0.0
    for start, end in merged:
        segments.append(Segment(start - pad, end + pad, x))
        x += ((end + pad) - (start - pad)).days + 1 + GAP_WIDTH
    return Axis(tuple(segments))


def build_timeline_picture(rows: list[TimelineRow], *, by: LaneBy = "actor",
                           days_per_char: float = 0.0) -> TimelinePicture:
    """Lay out the timeline of ``rows`` (oldest first, as ``kg.query.timeline`` returns them).

    Args:
        rows: the events.
        by: one lane per "actor" (the source, else the target) or per "dyad".
        days_per_char: how many axis days one label character takes in the
            renderer; marks whose bar and label would overlap go to separate
            rows (0 packs by bars only).
    """
    placed = [(row, b) for row in rows if (b := _bounds(row)) is not None]
    axis = _axis([(b[0], b[1]) for _, b in placed])
    order: list[str] = []
    for row, _ in placed:
        if (key := _lane_key(row, by)) not in order:
            order.append(key)
    marks: list[Mark] = []
    lanes: list[Lane] = []
    next_row = 0
    for lane_index, key in enumerate(order):
        ends: list[float] = []  # per row: where its last bar or label ends
        members = sorted(((r, b) for r, b in placed if _lane_key(r, by) == key),
                         key=lambda rb: (axis.x(rb[1][0]), rb[0].position, rb[0].event))
        lane_marks = []
        for row, (start, end, at, bound) in members:
            label = _label(row, by)
            left = axis.x(start) - 1.0
            right = max(axis.x(end), axis.x(at)) + 1.5 + len(label) * days_per_char
            slot = next((i for i, used in enumerate(ends) if used < left), len(ends))
            if slot == len(ends):
                ends.append(right)
            else:
                ends[slot] = right
            lane_marks.append(Mark(event=row.event, lane=lane_index, row=next_row + slot, start=start,
                                   end=end, at=at, bound=bound, quad=quad_class(row.cameo),
                                   colour=QUAD_COLOURS[quad_class(row.cameo)],
                                   modality=row.modality, label=label, hover=_hover(row)))
        lanes.append(Lane(key, next_row, len(ends)))
        next_row += len(ends)
        marks.extend(lane_marks)
    return TimelinePicture(lanes=tuple(lanes), marks=tuple(marks), axis=axis, rows=next_row,
                           left_out=len(rows) - len(placed))
