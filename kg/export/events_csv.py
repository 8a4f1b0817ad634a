"""Store -> CSV: one row per event, the columns of ``kg.query.TimelineRow``.

Cells a spreadsheet would run as a formula get a leading apostrophe
(:func:`kg.spreadsheet.safe_cell`).
"""

from __future__ import annotations

import csv
import dataclasses
import enum
import pathlib

from kg.errors import ExportError
from kg.query import TimelineRow, timeline
from kg.spreadsheet import safe_cell
from kg.store import Store

__all__ = ["write_events_csv"]


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, enum.Enum):
        return str(value.value)
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return safe_cell(str(value))


def write_events_csv(store: Store, path: pathlib.Path) -> None:
    """Write the timeline (oldest first) as a CSV table with a header row."""
    fields = [f.name for f in dataclasses.fields(TimelineRow)]
    try:
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(fields)
            for row in timeline(store):
                writer.writerow([_cell(getattr(row, name)) for name in fields])
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
