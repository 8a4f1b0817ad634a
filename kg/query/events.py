"""The timeline of events: ``timeline()`` and ``describe_when()``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rdflib import Literal
from rdflib.namespace import XSD
from rdflib.query import ResultRow
from rdflib.term import Identifier

from kg.model import DatePrecision, Modality, TimeAnchor
from kg.query.actor import actor_ids
from kg.query.canned import NOBODY, Source, date_or_none, run_canned, solutions, str_or_none
from kg.vocab import MODALITY_TERMS, PRECISION_UNITS

__all__ = ["TimelineRow", "describe_when", "timeline"]

_MODALITIES = {term: modality for modality, term in MODALITY_TERMS.items()}
_PRECISIONS = {term: precision for precision, term in PRECISION_UNITS.items()}
# Neutral parameter values: bound when the caller gives no filter.
_MIN_DATE = Literal(dt.date(1, 1, 1), datatype=XSD.date)
_MAX_DATE = Literal(dt.date(9999, 12, 31), datatype=XSD.date)


@dataclass(frozen=True)
class TimelineRow:
    """One event of a timeline.

    Attributes:
        event: the event IRI.
        article: the id of the article it comes from.
        earliest, latest: inclusive day bounds (None when unknown).
        precision: the granularity the text gives.
        time_text, time_value, time_mod: the time expression as written, its
            TIMEX3 value ("2019-09") and modifier ("END").
        time_anchor: where the bounds come from.
        when: display string: "2019-09-21", "2018-08", "2019-09-21..2019-09-30",
            "by 2019-10-08" (only bounded by publication), "after 2019-10-08"
            (planned), "undated".
        source, target, attributed_to: actor labels.
        source_id, target_id: actor IRIs.
        cameo, cameo_label: CAMEO code and its label.
        trigger: the words that express the event.
        modality: how the text presents it.
        sentence: the sentence text.
        published: the article's publication date.
        position: the trigger's character offset in its article (story order).
    """

    event: str
    article: str
    earliest: dt.date | None
    latest: dt.date | None
    precision: DatePrecision
    time_text: str | None
    time_value: str | None
    time_mod: str | None
    time_anchor: TimeAnchor
    when: str
    source: str | None
    source_id: str | None
    cameo: str
    cameo_label: str | None
    trigger: str
    target: str | None
    target_id: str | None
    modality: Modality
    attributed_to: str | None
    sentence: str
    published: dt.date | None = None
    position: int = 0


def describe_when(earliest: dt.date | None, latest: dt.date | None, precision: DatePrecision,
                  *, mod: str | None = None, modality: Modality = Modality.ASSERTED,
                  published: dt.date | None = None) -> str:
    """Return the display string of an event's time, never finer than the text.

    Examples: "2019-09-21"; "2018-08" (a whole month at month precision);
    "2019-09-21..2019-09-30" (late in a month); "by 2019-10-08" (only the
    publication bounds it); "after 2019-10-08" (planned).
    """
    if earliest is not None and latest is not None:
        if earliest == latest:
            return earliest.isoformat()
        if mod is None and precision is DatePrecision.MONTH and earliest.day == 1 and (
            latest + dt.timedelta(days=1)
        ).month != latest.month and (earliest.year, earliest.month) == (latest.year, latest.month):
            return f"{earliest:%Y-%m}"
        if mod is None and precision is DatePrecision.YEAR and (earliest.month, earliest.day) == (
            1, 1) and (latest.month, latest.day) == (12, 31) and earliest.year == latest.year:
            return f"{earliest:%Y}"
        return f"{earliest.isoformat()}..{latest.isoformat()}"
    if latest is not None:
        return f"by {latest.isoformat()}"
    if earliest is not None:
        return f"after {earliest.isoformat()}"
    if published is not None:
        return f"after {published.isoformat()}" if modality is Modality.PLANNED else (
            f"by {published.isoformat()}")
    return "undated"


def _sort_key(row: TimelineRow) -> tuple[dt.date, str, int, str]:
    # Oldest first by the earliest possible day; an event bounded only by
    # publication ("by"/"after" it) sorts on the publication day. Ties keep
    # the story's order, which is how a reader meets them.
    anchor = row.earliest or row.latest or row.published or dt.date.max
    return (anchor, row.article, row.position, row.event)


def timeline(source: Source, *, actor: str | None = None, start: dt.date | None = None,
             end: dt.date | None = None, cameo: str | None = None) -> list[TimelineRow]:
    """Return the events of the store, oldest first.

    Undated events are placed by their latest bound, else by the publication
    date of their article.

    Args:
        source: the store (or an in-memory dataset from ``build_graph``).
        actor: keep events whose source or target is labelled or aliased so
            (case-insensitive).
        start, end: keep events that may overlap ``[start, end]``.
        cameo: keep events whose CAMEO code starts with this ("16" keeps 163).

    Raises:
        UnknownActorError: if ``actor`` matches no actor (with close names).
    """
    base: dict[str, Identifier] = {
        "start": Literal(start, datatype=XSD.date) if start else _MIN_DATE,
        "end": Literal(end, datatype=XSD.date) if end else _MAX_DATE,
        "prefix": Literal(cameo or ""),
    }
    if actor is None:
        bindings = [{**base, "anyActor": Literal(True), "actor": NOBODY}]
    else:
        bindings = [{**base, "anyActor": Literal(False), "actor": iri}
                    for iri in actor_ids(source, actor)]
    rows: dict[str, TimelineRow] = {}
    for binding in bindings:
        for row in sorted(solutions(run_canned(source, "timeline", binding)), key=lambda r: str(r.event)):
            event = str(row.event)
            if event not in rows:  # two labels would repeat a row; keep the first
                rows[event] = _timeline_row(row)
    return sorted(rows.values(), key=_sort_key)


def _timeline_row(row: ResultRow) -> TimelineRow:
    earliest, latest = date_or_none(row.earliest), date_or_none(row.latest)
    precision = _PRECISIONS.get(row.precision, DatePrecision.UNKNOWN)  # type: ignore[call-overload]
    modality = _MODALITIES.get(row.modality, Modality.ASSERTED)  # type: ignore[call-overload]
    published = date_or_none(row.published)
    mod = str_or_none(row.timeMod)
    anchor = str_or_none(row.anchor)
    return TimelineRow(
        event=str(row.event),
        article=str(row.articleId),
        earliest=earliest,
        latest=latest,
        precision=precision,
        time_text=str_or_none(row.timeText),
        time_value=str_or_none(row.timeValue),
        time_mod=mod,
        time_anchor=TimeAnchor(anchor) if anchor in set(TimeAnchor) else TimeAnchor.NONE,
        when=describe_when(earliest, latest, precision, mod=mod, modality=modality,
                           published=published),
        source=str_or_none(row.sourceLabel),
        source_id=str_or_none(row.source),
        cameo=str(row.code),
        cameo_label=str_or_none(row.cameoLabel),
        trigger=str(row.trigger),
        target=str_or_none(row.targetLabel),
        target_id=str_or_none(row.target),
        modality=modality,
        attributed_to=str_or_none(row.attributedLabel),
        sentence=str(row.sentenceText),
        published=published,
        position=int(row.triggerBegin) if row.triggerBegin is not None else 0,
    )
