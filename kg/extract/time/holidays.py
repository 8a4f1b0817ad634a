"""Grammar rule for named holidays ("Christmas Day", "Thanksgiving", "Easter").

A holiday names one day a year: a fixed day ("Christmas" is 25 December), a
weekday of a month ("Thanksgiving" is the fourth Thursday of November) or a
day counted from Easter ("Good Friday"). The names and their rules are data
(``kg/data/words/holidays.tsv``); the year comes from the text ("Christmas
1997"), a relative word ("last Christmas") or the clause's tense, like any
date written without a year.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from kg.extract.time import lexicon as L
from kg.extract.time.anchor import resolve_yearly_day
from kg.extract.time.occurrence import DISTANT_PAST_DAYS, by_tense, distant_past_day_is_this_year
from kg.extract.time.reading import Context, Reading, Rule, rule
from kg.extract.words import WordClass, WordMap
from kg.model import TimexType

#: Holiday names -> the rule giving their day (see the table's header).
HOLIDAYS = WordMap("holidays")

_FIXED = re.compile(r"(\d{2})-(\d{2})")
_NTH_WEEKDAY = re.compile(r"(\d{2})/(-?[1-5])/([1-7])")
_EASTER = re.compile(r"easter([+-]\d+)")


def easter_sunday(year: int) -> dt.date:
    """Western (Gregorian) Easter Sunday of ``year`` (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def holiday_date(rule_text: str, year: int) -> dt.date:
    """The day a holiday rule from the table gives in ``year``.

    Raises:
        ValueError: for a rule the table's header does not describe.
    """
    if m := _FIXED.fullmatch(rule_text):
        return dt.date(year, int(m[1]), int(m[2]))
    if m := _NTH_WEEKDAY.fullmatch(rule_text):
        month, nth, weekday = int(m[1]), int(m[2]), int(m[3])
        if nth > 0:
            first = dt.date(year, month, 1)
            return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
        last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7 + 7 * (-nth - 1))
    if m := _EASTER.fullmatch(rule_text):
        return easter_sunday(year) + dt.timedelta(days=int(m[1]))
    raise ValueError(f"kg/data/words/holidays.tsv: {rule_text!r} is not a holiday rule")


def _name_pattern() -> str:
    # Apostrophes may be straight, curly or left out ("New Years Eve").
    return L.alternation(HOLIDAYS).replace("'", "['’]?")


@functools.cache
def _source() -> str:
    return (r"(?:(?P<rel>last|next|this|coming|past)\s+)?(?P<h>" + _name_pattern() + r")"
            r"(?:(?:,\s*|\s+)(?P<y>" + L.YEAR + r"))?")


#: Nouns a holiday name may modify and stay a date ("Christmas holidays");
#: before any other noun it is part of a thing ("Christmas tree").
_TIME_HEADS = WordClass("holiday_heads")


@rule("holiday", _source)
def _holiday(m: re.Match[str], ctx: Context) -> Reading | None:
    if not ctx.proper(m["h"]):
        return None
    if ctx.parse is not None and m["y"] is None:
        token = ctx.parse.token_at(m.end("h") - 1)
        if token is not None and token.dep_ == "compound" and token.head.lower_ not in _TIME_HEADS:
            return None  # "a Christmas tree", "the Easter parade"
    key = re.sub(r"\s+", " ", m["h"].lower()).replace("’", "'")
    rule_text = HOLIDAYS.get(key) or next(v for k, v in HOLIDAYS.items() if k.replace("'", "") == key.replace("'", ""))
    if m["y"]:
        return Reading(TimexType.DATE, holiday_date(rule_text, int(m["y"])).isoformat())
    if ctx.reference is None:
        return None if not _FIXED.fullmatch(rule_text) else Reading(TimexType.DATE, "XXXX-" + rule_text)
    rel = (m["rel"] or "").lower() or None
    reference, tense, relation = ctx.reference, ctx.tense, "last" if rel == "past" else rel
    day_in = functools.partial(holiday_date, rule_text)
    day = by_tense(ctx, lambda lean: resolve_yearly_day(reference, day_in, tense, relation, present_leans_future=lean))
    if relation is None and (reference - day).days > DISTANT_PAST_DAYS:
        # A holiday is named without "last" long after it only in passing;
        # one coming within a season is the one meant ("a truce for Christmas").
        coming = day_in(day.year + 1)
        if (coming - reference).days <= _NEAR_DAYS and ctx.applies(distant_past_day_is_this_year):
            ctx.fired(distant_past_day_is_this_year)
            day = coming
    return Reading(TimexType.DATE, day.isoformat())


#: How near a coming holiday must be to win over the one past in a past-tense clause.
_NEAR_DAYS = 92

RULES: list[Rule] = [_holiday]
