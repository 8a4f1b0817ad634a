"""Which occurrence a date written without a year means: the anchoring rules on tense, ranges and distance.

"On Friday", "Dec. 1", "in March", "the third quarter", "Christmas" name a
day or a period that comes back every week or year; the clause's tense
picks one (:mod:`kg.extract.time.anchor`). The rules here are the named
exceptions to that general reading (see :data:`kg.extract.time.ANCHORING_RULES`),
each switchable: how a present tense leans, how far back a past day may
lie, and how the end of a range follows its start.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TypeVar

from kg.extract.time.anchor import Tense, resolve_weekday
from kg.extract.time.reading import Context
from kg.extract.time.units import safe_date
from kg.model import DatePrecision

T = TypeVar("T")


def perfect_tense_weekday_is_nearest(ctx: Context) -> bool:
    """A weekday in a perfect-tense clause is the nearest one, not the last ("has called talks for Friday" on a Thursday: the next day)."""
    return ctx.tense is Tense.PERFECT


def present_tense_weekday_is_coming(ctx: Context) -> bool:
    """A weekday in a present-tense clause is the coming one, or today: news writes plans in the present ("parliament reconvenes Monday" on a Friday: in three days); a possessive one names a past event ("investigating Monday's attack")."""
    return ctx.tense is Tense.PRESENT and not re.match(r"['’]s\b", ctx.text[ctx.end : ctx.end + 3])


def present_tense_date_leans_to_future(ctx: Context) -> bool:
    """A month, day, quarter, season or holiday without a year in a present-tense clause is the coming one unless the last one is clearly nearer ("the tax expires Sept. 30" in March: this September)."""
    return ctx.tense is Tense.PRESENT


def by_tense(ctx: Context, resolve: Callable[[bool], T]) -> T:
    """``resolve(present_leans_future)`` as the anchoring rule :func:`present_tense_date_leans_to_future` says."""
    if ctx.applies(present_tense_date_leans_to_future):
        leaning = resolve(True)
        if leaning != resolve(False):
            ctx.fired(present_tense_date_leans_to_future)
        return leaning
    return resolve(False)


def weekday_date(ctx: Context, weekday: int, relation: str | None = None) -> dt.date:
    """The date of a weekday (1 = Monday) as the clause means it; needs ``ctx.reference``."""
    assert ctx.reference is not None
    if relation is None and ctx.applies(present_tense_weekday_is_coming):
        coming = resolve_weekday(ctx.reference, weekday, Tense.FUTURE)
        if coming != resolve_weekday(ctx.reference, weekday, ctx.tense):
            ctx.fired(present_tense_weekday_is_coming)
        return coming
    if relation is None and ctx.applies(perfect_tense_weekday_is_nearest):
        nearest = resolve_weekday(ctx.reference, weekday, ctx.tense)
        if nearest != resolve_weekday(ctx.reference, weekday, ctx.tense, perfect_is_past=True):
            ctx.fired(perfect_tense_weekday_is_nearest)
        return nearest
    return resolve_weekday(ctx.reference, weekday, ctx.tense, relation, perfect_is_past=True)


#: Days back beyond which a month and day without a year is not the past one.
DISTANT_PAST_DAYS = 183


def distant_past_day_is_this_year(ctx: Context) -> bool:
    """A month and day without a year in a past-tense clause is not more than half a year back: news writes the year of other years, so "approved a split payable Dec. 1" written in October is this December."""
    return ctx.tense in (Tense.PAST, Tense.PERFECT)


#: What joins the two ends of a range of dates ("from March 1 *to* April 15", "Dec. 20-Jan. 5").
_RANGE_LINK = re.compile(r"\s*(?:to|until|till|through|thru|and|-|–|—)\s*", re.I)


def range_end_follows_its_start(ctx: Context) -> bool:
    """The second date of a range is the first one after its start, whatever the tense ("the ban lasted from March 1 to April 15": the April after that March; "from Dec. 20 to Jan. 5": the next January)."""
    anchor = ctx.anchor
    if anchor is None or anchor.end is None or anchor.precision not in (DatePrecision.DAY, DatePrecision.MONTH):
        return False
    return 0 <= ctx.start - anchor.end <= 12 and _RANGE_LINK.fullmatch(ctx.text, anchor.end, ctx.start) is not None


def year_after_range_start(ctx: Context, month: int, day: int) -> int | None:
    """The year that puts ``month``/``day`` first on or after the range's start (the anchor), or None when no range."""
    if ctx.anchor is None or not ctx.applies(range_end_follows_its_start):
        return None
    start = ctx.anchor.day
    for year in (start.year, start.year + 1):
        found = safe_date(year, month, day)
        if found is not None and found >= start:
            return year
    return None


def not_distant_past(ctx: Context, day: dt.date) -> dt.date:
    """``day``, or the same day a year later when :func:`distant_past_day_is_this_year` holds and it lies over half a year back."""
    if ctx.reference is None or (ctx.reference - day).days <= DISTANT_PAST_DAYS or not ctx.applies(distant_past_day_is_this_year):
        return day
    later = safe_date(day.year + 1, day.month, day.day)
    if later is None:
        return day
    ctx.fired(distant_past_day_is_this_year)
    return later
