"""Inclusive day bounds and precision of a TIMEX3 value.

Bounds are computed from the value string alone (plus the mod and the
reference for REF values), so a finer value always lies inside the coarser
value it refines: 2019-09-30 inside 2019-09 inside 2019-Q3 inside 2019.

Conventions (documented here because TIMEX3 leaves them open):

* START / MID / END split the unit in thirds ("the end of" a year is its last eleven days): days 1-10 / 11-20 / 21-end of
  a month; January-April / May-August / September-December of a year; years
  0-3 / 4-6 / 7-9 of a decade; other units by day counts. A single day is
  never narrowed.
* APPROX widens the unit by a margin: 1 day for days, 3 for weeks, 10 for
  months, a month for quarters and seasons, 6 months for years (fiscal years
  are written as calendar years with APPROX, and most fiscal calendars start
  or end within six months of the calendar year), 2 years for decades.
* BEFORE / AFTER open one side; ON_OR_BEFORE / ON_OR_AFTER keep the unit's edge.
* Seasons are astronomical: from the UTC day of their equinox or solstice,
  computed for the year (autumn 1986 opens on 23 September, autumn 2024 on
  the 22nd), to the day before the next; winter 2019 runs into 2020.
* Weeks run Monday to Sunday (ISO); a "-WE" weekend is its Saturday and Sunday.
* Unknown parts keep the bounds of the known prefix (2012-XX-XX -> the year
  2012); with no known prefix (XXXX-09) there are no bounds.
* PAST_REF ends at the reference, FUTURE_REF starts there, PRESENT_REF is
  the reference day.
"""

from __future__ import annotations

import datetime as dt
import re

from kg.extract.time.anchor import season_bounds
from kg.extract.time.units import add_months
from kg.model import DatePrecision

Bounds = tuple[dt.date | None, dt.date | None]

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?")
_WEEK = re.compile(r"(\d{4})-W(\d{1,2})(-WE)?")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_QUARTER = re.compile(r"(\d{4})-([QH])([1-4])")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_YEAR = re.compile(r"(\d{4})")
_DECADE = re.compile(r"(\d{3})X?")
_CENTURY = re.compile(r"(\d{2})(?:XX)?")


def _unit_bounds(value: str) -> tuple[dt.date, dt.date, DatePrecision] | None:
    """Bounds of a fully specified calendar value, None for anything else."""
    if m := _DAY.fullmatch(value):
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return day, day, DatePrecision.DAY
    if m := _WEEK.fullmatch(value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), DatePrecision.WEEK
        return monday, monday + dt.timedelta(days=6), DatePrecision.WEEK
    if m := _MONTH.fullmatch(value):
        first = dt.date(int(m[1]), int(m[2]), 1)
        return first, add_months(first, 1) - dt.timedelta(days=1), DatePrecision.MONTH
    if m := _QUARTER.fullmatch(value):
        size = 3 if m[2] == "Q" else 6
        first = dt.date(int(m[1]), size * (int(m[3]) - 1) + 1, 1)
        # Half years claim no more than year precision (DatePrecision has no half).
        precision = DatePrecision.QUARTER if m[2] == "Q" else DatePrecision.YEAR
        return first, add_months(first, size) - dt.timedelta(days=1), precision
    if m := _SEASON.fullmatch(value):
        start, end = season_bounds(int(m[1]), m[2])
        return start, end, DatePrecision.SEASON
    if m := _YEAR.fullmatch(value):
        year = int(m[1])
        return dt.date(year, 1, 1), dt.date(year, 12, 31), DatePrecision.YEAR
    if m := _DECADE.fullmatch(value):
        year = int(m[1]) * 10
        return dt.date(max(year, 1), 1, 1), dt.date(year + 9, 12, 31), DatePrecision.DECADE
    if m := _CENTURY.fullmatch(value):
        year = int(m[1]) * 100
        return dt.date(max(year, 1), 1, 1), dt.date(year + 99, 12, 31), DatePrecision.CENTURY
    return None


def _thirds(start: dt.date, end: dt.date, precision: DatePrecision, mod: str) -> Bounds:
    """The START / MID / END third of ``[start, end]`` (see the module docstring)."""
    part = {"START": 0, "MID": 1, "END": 2}[mod]
    if precision is DatePrecision.MONTH:
        cuts = [start, start.replace(day=11), start.replace(day=21), end + dt.timedelta(days=1)]
    elif precision is DatePrecision.YEAR and start.month == 1 and end.month == 12:
        cuts = [start, start.replace(month=5), start.replace(month=9), end + dt.timedelta(days=1)]
    elif precision is DatePrecision.DECADE:
        y = start.year - start.year % 10
        cuts = [start, dt.date(y + 4, 1, 1), dt.date(y + 7, 1, 1), end + dt.timedelta(days=1)]
    else:
        n = (end - start).days + 1
        if n < 3:
            return start, end
        cuts = [start + dt.timedelta(days=n * k // 3) for k in range(3)]
        cuts.append(end + dt.timedelta(days=1))
    return cuts[part], cuts[part + 1] - dt.timedelta(days=1)


#: APPROX margins: days for short units, months for long ones.
_APPROX_DAYS = {DatePrecision.DAY: 1, DatePrecision.WEEK: 3, DatePrecision.MONTH: 10}
_APPROX_MONTHS = {
    DatePrecision.QUARTER: 1, DatePrecision.SEASON: 1, DatePrecision.YEAR: 6,
    DatePrecision.DECADE: 24, DatePrecision.CENTURY: 120,
}  # fmt: skip


def _known_prefix(value: str) -> str | None:
    """The calendar value left after cutting at the first unknown part."""
    head = value.split("T")[0]
    parts = head.split("-")
    kept: list[str] = []
    for part in parts:
        if "X" in part:
            break
        kept.append(part)
    return "-".join(kept) if kept and kept != parts else None


def bounds(value: str, mod: str | None, reference: dt.date | None) -> tuple[
        dt.date | None, dt.date | None, DatePrecision]:
    """Inclusive day bounds and precision of a DATE or TIME value.

    Args:
        value: a TIMEX3 value ("2019-09", "2019-W40", "PAST_REF", "XXXX-09").
        mod: a TIMEX3 mod or None.
        reference: the publication date, needed only for the REF values.

    Returns:
        ``(earliest, latest, precision)``; either bound may be None (open or
        unknown); when both are set, ``earliest <= latest``.
    """
    if value in ("PAST_REF", "PRESENT_REF", "FUTURE_REF"):
        if reference is None:
            return None, None, DatePrecision.UNKNOWN
        if value == "PAST_REF":
            return None, reference, DatePrecision.UNKNOWN
        if value == "FUTURE_REF":
            return reference, None, DatePrecision.UNKNOWN
        return reference, reference, DatePrecision.DAY
    try:
        unit = _unit_bounds(value)
        if unit is None:
            prefix = _known_prefix(value)
            unit = _unit_bounds(prefix) if prefix else None
        if unit is None:
            return None, None, DatePrecision.UNKNOWN
    except ValueError:  # a syntactically fine value naming no real day (week 54)
        return None, None, DatePrecision.UNKNOWN
    start, end, precision = unit
    if mod in ("START", "MID", "END"):
        lo, hi = _thirds(start, end, precision, mod)
        return lo, hi, precision
    if mod == "APPROX":
        try:
            if precision in _APPROX_DAYS:
                margin = dt.timedelta(days=_APPROX_DAYS[precision])
                return start - margin, end + margin, precision
            months = _APPROX_MONTHS.get(precision, 0)
            after = add_months(end + dt.timedelta(days=1), months) - dt.timedelta(days=1)
            return add_months(start, -months), after, precision
        except (OverflowError, ValueError):
            return start, end, precision
    if mod == "BEFORE":
        return None, _minus_day(start), precision
    if mod == "AFTER":
        return _plus_day(end), None, precision
    if mod == "ON_OR_BEFORE":
        return None, end, precision
    if mod == "ON_OR_AFTER":
        return start, None, precision
    return start, end, precision


def _minus_day(day: dt.date) -> dt.date | None:
    return None if day == dt.date.min else day - dt.timedelta(days=1)


def _plus_day(day: dt.date) -> dt.date | None:
    return None if day == dt.date.max else day + dt.timedelta(days=1)
