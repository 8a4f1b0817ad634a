"""Calendar arithmetic at a granularity, and TIMEX3 value formatting.

Units are the TIMEX3 duration letters plus two of our own: ``D`` day,
``W`` week, ``M`` month, ``Q`` quarter, ``H`` half year, ``Y`` year,
``DE`` decade, ``CE`` century.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum


class CalendarUnit(StrEnum):
    """Units of calendar granularity, finest first; the values are the unit letters."""

    DAY = "D"
    WEEK = "W"
    MONTH = "M"
    QUARTER = "Q"
    HALF = "H"
    YEAR = "Y"
    DECADE = "DE"
    CENTURY = "CE"


#: Months in each unit of a month or longer.
_MONTHS_IN = {
    CalendarUnit.MONTH: 1, CalendarUnit.QUARTER: 3, CalendarUnit.HALF: 6, CalendarUnit.YEAR: 12,
    CalendarUnit.DECADE: 120, CalendarUnit.CENTURY: 1200,
}  # fmt: skip
#: A TIMEX3 value with every part unknown, per unit.
_UNKNOWN = {
    CalendarUnit.DAY: "XXXX-XX-XX", CalendarUnit.WEEK: "XXXX-WXX", CalendarUnit.MONTH: "XXXX-XX",
    CalendarUnit.QUARTER: "XXXX-QX", CalendarUnit.HALF: "XXXX-HX", CalendarUnit.YEAR: "XXXX",
    CalendarUnit.DECADE: "XXX", CalendarUnit.CENTURY: "XX",
}  # fmt: skip


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by ``months`` months, the day clamped to the month's length.

    Raises:
        ValueError: when the result leaves years 1..9999.
    """
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, d))
        except ValueError:
            continue
    raise ValueError(f"no valid date for {year}-{month}")


def shift(day: dt.date, unit: str, n: int) -> dt.date:
    """Move ``day`` by ``n`` units.

    Raises:
        ValueError or OverflowError: when the result leaves the calendar.
    """
    if unit == "D":
        return day + dt.timedelta(days=n)
    if unit == "W":
        return day + dt.timedelta(weeks=n)
    return add_months(day, _MONTHS_IN[CalendarUnit(unit)] * n)


def format_value(day: dt.date, unit: str) -> str:
    """TIMEX3 value of the ``unit`` that contains ``day`` ("2019-W40", "2019-Q3", "199")."""
    if unit == "D":
        return day.isoformat()
    if unit == "W":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if unit == "M":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "Q":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if unit == "H":
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    if unit == "Y":
        return f"{day.year:04d}"
    if unit == "DE":
        return f"{day.year // 10:03d}"
    if unit == "CE":
        return f"{day.year // 100:02d}"
    raise ValueError(f"unknown calendar unit {unit!r}")


def unknown_value(unit: str) -> str:
    """A TIMEX3 value with every part unknown at ``unit`` granularity."""
    return _UNKNOWN[CalendarUnit(unit)]


def coarser_or_equal(unit: str, than: str) -> bool:
    """Whether ``unit`` is at least as coarse as ``than`` (weeks count as finer than months)."""
    order = list(CalendarUnit)
    return order.index(CalendarUnit(unit)) >= order.index(CalendarUnit(than))


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist (February 30)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
