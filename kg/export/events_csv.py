"""Store -> CSV: one row per event, oldest first, with a documented column list.

Codes are text: every text cell is quoted and numbers are not, so a reader
that honours quotes keeps CAMEO "010" (pandas: ``dtype=str`` or
``dtype={"cameo": str}``; the README lists the columns).
"""

from __future__ import annotations

import pathlib
from collections.abc import Callable

from kg.export.network import EventFilter
from kg.export.options import ExportOptions
from kg.export.style import parse_goldstein, quad_class
from kg.export.table import Cell, write_table
from kg.graph import cameo_codebook, cameo_entry
from kg.query import TimelineRow
from kg.store import Store

__all__ = ["EVENT_COLUMNS", "write_events_csv"]


def _date(value: object) -> Cell:
    return value.isoformat() if hasattr(value, "isoformat") else None


def _goldstein(row: TimelineRow) -> Cell:
    return parse_goldstein(cameo_entry(row.cameo, cameo_codebook()).goldstein)


#: Column name -> (what it holds, how to read it from a timeline row), in file order.
EVENT_COLUMNS: dict[str, tuple[str, Callable[[TimelineRow], Cell]]] = {
    "event": ("event IRI", lambda r: r.event),
    "article": ("article id", lambda r: r.article),
    "when": ('display date: "2019-09-21", "2018-08", "A..B", "by D", "after D", "undated"', lambda r: r.when),
    "earliest": ("first possible day (YYYY-MM-DD), empty when open", lambda r: _date(r.earliest)),
    "latest": ("last possible day (YYYY-MM-DD), empty when open", lambda r: _date(r.latest)),
    "precision": ("day, week, month, quarter, season, year... or unknown", lambda r: r.precision.value),
    "time_text": ("the time expression as written", lambda r: r.time_text),
    "time_value": ('its TIMEX3 value ("2019-09")', lambda r: r.time_value),
    "time_mod": ('its TIMEX3 modifier ("END")', lambda r: r.time_mod),
    "time_anchor": ("explicit, discourse, publication or none", lambda r: r.time_anchor.value),
    "source": ("source actor label", lambda r: r.source),
    "source_id": ("source actor IRI", lambda r: r.source_id),
    "cameo": ('CAMEO code, text with leading zeros ("010")', lambda r: r.cameo),
    "cameo_label": ("CAMEO label", lambda r: r.cameo_label),
    "cameo_root": ('two-digit CAMEO root ("01")', lambda r: r.cameo[:2]),
    "quad_class": ("GDELT quad class 1-4 (verbal/material cooperation, verbal/material conflict)",
                   lambda r: int(quad_class(r.cameo))),
    "goldstein": ("Goldstein score of the code (-10..10), a number", _goldstein),
    "trigger": ("the words that express the event", lambda r: r.trigger),
    "target": ("target actor label", lambda r: r.target),
    "target_id": ("target actor IRI", lambda r: r.target_id),
    "modality": ("asserted, reported, alleged, denied, planned, conditional, negated, hypothetical",
                 lambda r: r.modality.value),
    "attributed_to": ("who the text attributes a reported/alleged event to", lambda r: r.attributed_to),
    "sentence": ("the sentence", lambda r: r.sentence),
    "published": ("the article's publication date", lambda r: _date(r.published)),
    "position": ("character offset of the trigger in its article, a number", lambda r: r.position),
}


def write_events_csv(store: Store, path: pathlib.Path, options: ExportOptions | None = None) -> None:
    """Write the timeline (oldest first) as CSV with a header row; filters apply.

    Raises:
        ExportError: if the file cannot be written.
    """
    rows = (options.filter if options else EventFilter()).rows(store)
    write_table(path, list(EVENT_COLUMNS),
                ([read(row) for _, read in EVENT_COLUMNS.values()] for row in rows))
