"""Store -> a GDELT-2.0-like event table, for people whose pipelines read GDELT.

Tab-separated and unquoted as GDELT's own files, with a header row of
GDELT's column names. Only the columns that apply are written, in GDELT's
order (geography, tone and religion/ethnic codes are left out), then a few
``kg_*`` columns GDELT has no place for (the honest date, modality, trigger).

* ``GlobalEventID``: a stable number from the event IRI (the first 12 hex
  digits of its SHA-1), so the same event has the same id in every export.
* ``Day``/``MonthYear``/``Year``/``FractionDate``: the first possible day of
  the event (the publication day when only "by" it); ``kg_when`` says how
  precise that is.
* Actor codes are split as CAMEO writes them: ``CHNGOV`` is country CHN,
  type GOV; ``IGOUNO`` is type IGO, known group UNO.
* ``NumMentions``/``NumSources``/``NumArticles`` are 1: one row per mention.
* ``DATEADDED`` is the publication day at 00:00:00 (never the clock).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import pathlib

from kg.export.network import EventFilter
from kg.export.options import ExportOptions
from kg.export.style import parse_goldstein, quad_class
from kg.export.table import Cell, write_table
from kg.graph import cameo_codebook, cameo_entry
from kg.query import ActorRow, TimelineRow, article_sources, find_actor
from kg.store import Store

__all__ = ["GDELT_COLUMNS", "global_event_id", "split_actor_code", "write_gdelt"]

_ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "Type1Code", "Type2Code", "Type3Code")
GDELT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in _ACTOR_FIELDS), *(f"Actor2{f}" for f in _ACTOR_FIELDS),
    "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "DATEADDED", "SOURCEURL",
    "kg_event", "kg_when", "kg_precision", "kg_modality", "kg_trigger", "kg_article",
)
# Codes that open a CAMEO actor code without a country: a known group follows.
_GROUP_TYPES = frozenset({"IGO", "NGO", "IMG", "MNC", "NGM", "INT"})


def global_event_id(iri: str) -> int:
    """A stable GDELT-style integer id of an event IRI."""
    return int(hashlib.sha1(iri.encode("utf-8")).hexdigest()[:12], 16)


def split_actor_code(code: str | None, country: str | None) -> tuple[str, str, tuple[str, str, str]]:
    """Split a CAMEO actor code into (country, known group, three type codes).

    ``split_actor_code("CHNGOV", "CHN")`` is ("CHN", "", ("GOV", "", "")) and
    ``split_actor_code("IGOUNO", None)`` is ("", "UNO", ("IGO", "", "")).
    """
    if not code:
        return country or "", "", ("", "", "")
    parts = [code[i:i + 3] for i in range(0, len(code), 3)]
    if parts[0] in _GROUP_TYPES:
        group, types = (parts[1] if len(parts) > 1 else ""), [parts[0], *parts[2:]]
        home = country or ""
    else:
        group, types, home = "", parts[1:], parts[0]
    types = (types + ["", "", ""])[:3]
    return home, group, (types[0], types[1], types[2])


def _actor(actor_id: str | None, label: str | None, known: dict[str, ActorRow]) -> list[Cell]:
    actor = known.get(actor_id or "")
    if actor is None:
        return [None, label, None, None, None, None, None]
    home, group, types = split_actor_code(actor.code, actor.country)
    return [actor.code, actor.label, home or None, group or None, *(t or None for t in types)]


def _day(row: TimelineRow) -> dt.date | None:
    return row.earliest or row.latest or row.published


def write_gdelt(store: Store, path: pathlib.Path, options: ExportOptions | None = None) -> None:
    """Write the events as a GDELT-2.0-like tab-separated table; filters apply.

    Raises:
        ExportError: if the file cannot be written.
    """
    rows = (options.filter if options else EventFilter()).rows(store)
    known = {a.id: a for a in find_actor(store, None)}
    articles = article_sources(store)
    book = cameo_codebook()
    table: list[list[Cell]] = []
    for row in rows:
        day = _day(row)
        article = articles.get(row.article)
        published = article.published if article else row.published
        table.append([
            global_event_id(row.event),
            f"{day:%Y%m%d}" if day else None,
            f"{day:%Y%m}" if day else None,
            day.year if day else None,
            round(day.year + (day.month * 30 + day.day) / 365, 4) if day else None,
            *_actor(row.source_id, row.source, known),
            *_actor(row.target_id, row.target, known),
            row.cameo, row.cameo[:3], row.cameo[:2], int(quad_class(row.cameo)),
            parse_goldstein(cameo_entry(row.cameo, book).goldstein),
            1, 1, 1,
            f"{published:%Y%m%d}000000" if published else None,
            article.url if article else None,
            row.event, row.when, row.precision.value, row.modality.value, row.trigger, row.article,
        ])
    write_table(path, GDELT_COLUMNS, table, tsv=True)
