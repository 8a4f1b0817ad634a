"""Grammar rules for calendar dates: days, months, years, weeks, weekdays.

Each rule is a regex and a handler that reads the match into a TIMEX3
value. Dates written without a year ("on Feb. 28", "in August", "Friday")
get one from the publication date and the tense of their clause
(:mod:`kg.extract.time.anchor`).
"""

from __future__ import annotations

import datetime as dt
import re

from kg.extract.time import lexicon as L
from kg.extract.time.anchor import Tense, resolve_day_year, resolve_month_year
from kg.extract.time.occurrence import (
    by_tense,
    not_distant_past,
    range_end_follows_its_start,
    weekday_date,
    year_after_range_start,
)
from kg.extract.time.reading import Context, Reading, Rule, rule
from kg.extract.time.units import safe_date
from kg.model import TimexType
from kg.extract.words import WordClass

DATE = TimexType.DATE
TIME = TimexType.TIME

#: Words that, just before a bare month or season, make it a time expression
#: ("in May", "since March", "early spring") rather than a verb or a name.
TIME_PREPOSITIONS = WordClass("time_prepositions")


def month_number(word: str) -> int:
    """Month number of a month name or abbreviation ("Sept." -> 9)."""
    return L.MONTHS[word.lower().rstrip(".")]


def weekday_number(word: str) -> int:
    """ISO weekday of a weekday name or abbreviation ("Thurs." -> 4)."""
    return L.WEEKDAYS[word.lower().rstrip(".")]


def day_number(word: str) -> int:
    """Day of month from "5", "05" or "5th"."""
    return int(re.sub(r"\D", "", word))


def bare_month_ok(ctx: Context, word: str, offset: int) -> bool:
    """Whether a month name standing alone is a month, not "may" the verb or a name."""
    if ctx.phrase:
        return True
    if not ctx.proper(word):
        return False
    tag = ctx.tag_at(offset)
    if tag is not None and (tag == "MD" or tag.startswith("VB")):
        return False
    if word.lower().rstrip(".") not in L.AMBIGUOUS_MONTHS:
        return True
    return ctx.word_before() in TIME_PREPOSITIONS


def month_day_value(ctx: Context, month: int, day: int, year: str | None) -> str | None:
    """Value of a month and day, the year taken from the text, a range's start or the tense."""
    if year is not None:
        found = safe_date(int(year), month, day)
        return found.isoformat() if found else None
    if safe_date(2000, month, day) is None:  # 2000 is a leap year
        return None
    if ctx.reference is None:
        return f"XXXX-{month:02d}-{day:02d}"
    in_range = year_after_range_start(ctx, month, day)
    if in_range is not None:
        usual = resolve_day_year(ctx.reference, month, day, ctx.tense)
        if usual != in_range:
            ctx.fired(range_end_follows_its_start)
        return f"{in_range:04d}-{month:02d}-{day:02d}"
    reference, tense = ctx.reference, ctx.tense
    resolved = by_tense(ctx, lambda lean: resolve_day_year(reference, month, day, tense, present_leans_future=lean))
    if resolved is not None:
        found = safe_date(resolved, month, day)
        if found is not None and not_distant_past(ctx, found) != found:
            resolved += 1
    return None if resolved is None else f"{resolved:04d}-{month:02d}-{day:02d}"


def with_part(value: str, part: str | None) -> Reading:
    """A DATE reading, or a TIME one when a part of the day follows ("Friday night")."""
    if part:
        return Reading(TIME, f"{value}T{L.DAY_PARTS[part.lower()]}")
    return Reading(DATE, value)


@rule("iso_date", r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")
def _iso_date(m: re.Match[str], ctx: Context) -> Reading | None:
    found = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return Reading(DATE, found.isoformat()) if found else None


@rule("slash_date", r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})")
def _slash_date(m: re.Match[str], ctx: Context) -> Reading | None:
    a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
    if year < 100:
        year += 2000 if year < 50 else 1900
    month, day = (a, b) if a <= 12 else (b, a)  # US order unless impossible
    found = safe_date(year, month, day)
    return Reading(DATE, found.isoformat()) if found else None


@rule("month_day", r"(?:(?P<wd>" + L.WEEKDAY + r"),?\s+)?(?P<mon>" + L.MONTH + r")\s*"
      r"(?P<d>" + L.DAY_NUMBER + r")(?!\s*(?:%|percent|million|billion|,\d|\.\d|:))"
      r"(?:,?\s+(?P<y>" + L.YEAR + r"))?(?:\s+(?P<part>" + L.DAY_PART + r"))?")
def _month_day(m: re.Match[str], ctx: Context) -> Reading | None:
    if not ctx.proper(m["mon"]):
        return None
    value = month_day_value(ctx, month_number(m["mon"]), day_number(m["d"]), m["y"])
    return with_part(value, m["part"]) if value else None


@rule("day_month", r"(?:the\s+)?(?P<d>" + L.DAY_NUMBER + r")(?:\s+of)?\s+(?P<mon>" + L.MONTH
      + r")(?:,?\s+(?P<y>" + L.YEAR + r"))?")
def _day_month(m: re.Match[str], ctx: Context) -> Reading | None:
    if not ctx.proper(m["mon"]):
        return None
    value = month_day_value(ctx, month_number(m["mon"]), day_number(m["d"]), m["y"])
    return Reading(DATE, value) if value else None


@rule("month_year", r"(?P<mon>" + L.MONTH + r")(?:\s+of|,)?\s+(?P<y>" + L.YEAR + r")")
def _month_year(m: re.Match[str], ctx: Context) -> Reading | None:
    if not ctx.proper(m["mon"]):
        return None
    return Reading(DATE, f"{int(m['y']):04d}-{month_number(m['mon']):02d}")


@rule("month", r"(?:(?P<rel>last|next|this|coming|past)\s+)?(?P<mon>" + L.MONTH + r")")
def _month(m: re.Match[str], ctx: Context) -> Reading | None:
    rel = m["rel"].lower() if m["rel"] else None
    if rel is None and not bare_month_ok(ctx, m["mon"], m.start("mon")):
        return None
    if rel is not None and not ctx.proper(m["mon"]):
        return None
    month = month_number(m["mon"])
    if ctx.reference is None:
        return Reading(DATE, f"XXXX-{month:02d}")
    in_range = year_after_range_start(ctx, month, 1) if rel is None else None
    if in_range is not None:
        return Reading(DATE, f"{in_range:04d}-{month:02d}")
    reference, tense, relation = ctx.reference, ctx.tense, "last" if rel == "past" else rel
    year = by_tense(ctx, lambda lean: resolve_month_year(reference, month, tense, relation, present_leans_future=lean))
    return Reading(DATE, f"{year:04d}-{month:02d}")


_NOT_A_YEAR_AFTER = re.compile(
    r"\s*(?:%|percent|per\b|million|billion|thousand|people|troops|times|[a-z]+-)", re.I)
_QUANTITY_BEFORE = WordClass("quantity_before")


def plausible_year(ctx: Context, text: str) -> bool:
    """Whether a bare four-digit number reads as a year, not a count or an amount."""
    year = int(text)
    if not 1000 <= year <= 2099:
        return False
    if ctx.phrase:
        return True
    if _NOT_A_YEAR_AFTER.match(ctx.text, ctx.end) or ctx.char_after() == "%":
        return False
    before = ctx.word_before()
    if before in _QUANTITY_BEFORE:
        return False
    if year < 1600 and before not in TIME_PREPOSITIONS | {"year"}:
        return False
    if year < 1950 or year > 2050:
        # Outside the usual news range a number before a plural noun is a count.
        after = ctx.word_after()
        if after.islower() and after.endswith("s") and len(after) > 3:
            return False
    return True


@rule("year", r"(?:(?P<the>the\s+)?year\s+)?(?P<y>" + L.YEAR + r")(?!\s*[-–]?\s*\d)"
      r"|(?P<y2>" + L.YEAR + r")(?=\s*[-–]\s*\d)")
def _year(m: re.Match[str], ctx: Context) -> Reading | None:
    text = m["y"] or m["y2"]
    if m["y2"] is None and not plausible_year(ctx, text):
        return None
    if m["y2"] is not None and not 1000 <= int(text) <= 2099:
        return None
    return Reading(DATE, text)


@rule("short_year", r"['’](?P<yy>\d{2})(?![\d'’]|s\b)")
def _short_year(m: re.Match[str], ctx: Context) -> Reading | None:
    """A year written with an apostrophe ("the crash of '87"): the century that keeps it in the past, or near."""
    if not ctx.phrase and ctx.word_before() not in TIME_PREPOSITIONS:
        return None
    yy = int(m["yy"])
    if ctx.reference is None:
        return Reading(DATE, f"XX{yy:02d}")
    century = ctx.reference.year // 100 * 100
    year = century + yy if century + yy <= ctx.reference.year + 10 else century - 100 + yy
    return Reading(DATE, f"{year:04d}")


def _spelled_year_source() -> str:
    """ "nineteen eighty-five", "nineteen oh five", "eighteen ninety": a year said in words (transcripts)."""
    tens = "|".join(w for w, n in L.NUMBERS.items() if n in range(20, 100, 10))
    ones = "|".join(w for w, n in L.NUMBERS.items() if 1 <= n <= 9 and w.isalpha() and w not in ("a", "an"))
    teens = "|".join(w for w, n in L.NUMBERS.items() if 10 <= n <= 19 and w.isalpha())
    return (r"(?P<c>eighteen|nineteen)[\s-]+(?:(?P<t>" + tens + r")(?:[\s-](?P<o>" + ones + r"))?|(?P<teen>" + teens
            + r")|oh[\s-](?P<oh>" + ones + r"))(?![\s-]+(?:" + ones + r"|hundred|thousand)\b)")


@rule("spelled_year", _spelled_year_source)
def _spelled_year(m: re.Match[str], ctx: Context) -> Reading | None:
    """A year in words after a time preposition ("since nineteen eighty-five")."""
    if not ctx.phrase and ctx.word_before() not in TIME_PREPOSITIONS:
        return None
    century = L.NUMBERS[m["c"].lower()] * 100
    rest = sum(L.NUMBERS[g.lower()] for g in (m["t"], m["o"], m["teen"], m["oh"]) if g)
    return Reading(DATE, f"{century + rest:04d}")


@rule("part_of_date", r"(?:the\s+)?(?P<part>" + L.DAY_PART + r")\s+of\s+(?:(?P<wd>" + L.WEEKDAY + r"),?\s+)?(?P<mon>"
      + L.MONTH + r")\s*(?P<d>" + L.DAY_NUMBER + r")(?:,?\s+(?P<y>" + L.YEAR + r"))?")
def _part_of_date(m: re.Match[str], ctx: Context) -> Reading | None:
    """"The morning of March 3": that day's morning."""
    if not ctx.proper(m["mon"]):
        return None
    value = month_day_value(ctx, month_number(m["mon"]), day_number(m["d"]), m["y"])
    return with_part(value, m["part"]) if value else None


@rule("year_range_tail", r"(?<=[12]\d\d\d[-–])(?P<yy>\d{2}|\d{4})(?!\d)")
def _year_range_tail(m: re.Match[str], ctx: Context) -> Reading | None:
    head = int(ctx.text[m.start() - 5 : m.start() - 1])
    if len(m["yy"]) == 4:
        tail = int(m["yy"])
    else:
        tail = head // 100 * 100 + int(m["yy"])
        if tail < head:
            tail += 100
    return Reading(DATE, f"{tail:04d}") if 0 < tail - head <= 20 else None


_DAY_RANGE_HEAD = re.compile(
    r"(?P<mon>" + L.MONTH + r")\s*(?P<d>" + L.DAY_NUMBER + r")(?:\s*(?:-|–|to|through|and|until)\s*)$", re.I
)


@rule("day_range_tail", r"(?<![\w.,])(?P<d>" + L.DAY_NUMBER + r")(?![\w%]|\s*(?:%|percent|million|billion|,\d|\.\d|:))")
def _day_range_tail(m: re.Match[str], ctx: Context) -> Reading | None:
    """The bare second day of a range: "13" in "between October 11 and 13", "June 2-4"."""
    head = _DAY_RANGE_HEAD.search(ctx.text[max(0, m.start() - 30) : m.start()])
    if head is None or not ctx.proper(head["mon"]):
        return None
    first, last = day_number(head["d"]), day_number(m["d"])
    if last <= first:
        return None
    month = month_number(head["mon"])
    # The head was read just before: it is the narrative anchor and lends its year.
    if ctx.anchor is not None and (ctx.anchor.day.month, ctx.anchor.day.day) == (month, first):
        found = safe_date(ctx.anchor.day.year, month, last)
        return Reading(DATE, found.isoformat()) if found else None
    start = month_day_value(ctx, month, first, None)
    if start is None or start.startswith("XXXX"):
        return Reading(DATE, f"XXXX-{month:02d}-{last:02d}") if start else None
    found = safe_date(int(start[:4]), month, last)
    return Reading(DATE, found.isoformat()) if found else None


@rule("weekday", r"(?:(?P<rel>last|next|this\s+past|this|coming|past)\s+)?(?P<wd>" + L.WEEKDAY + r")"
      r"(?:\s+(?P<part>" + L.DAY_PART + r"))?")
def _weekday(m: re.Match[str], ctx: Context) -> Reading | None:
    if not ctx.proper(m["wd"]):
        return None
    if m["wd"].endswith(".") and ctx.word_before() == "the":
        return None  # "the Sun." is a newspaper
    weekday = weekday_number(m["wd"])
    if ctx.reference is None:
        return with_part(f"XXXX-WXX-{weekday}", m["part"])
    rel = re.sub(r"\s+", " ", m["rel"].lower()) if m["rel"] else None
    day = weekday_date(ctx, weekday, "last" if rel in ("past", "this past") else rel)
    return with_part(day.isoformat(), m["part"])


@rule("weekday_set", r"(?P<wd>" + L.WEEKDAYS_PLURAL + r")")
def _weekday_set(m: re.Match[str], ctx: Context) -> Reading | None:
    if not ctx.proper(m["wd"]):
        return None
    return Reading(TimexType.SET, f"XXXX-WXX-{weekday_number(m['wd'][:-1])}")


@rule("iso_week", r"(?P<y>\d{4})-W(?P<w>\d{1,2})(?P<we>-WE)?")
def _iso_week(m: re.Match[str], ctx: Context) -> Reading | None:
    try:
        dt.date.fromisocalendar(int(m["y"]), int(m["w"]), 1)
    except ValueError:
        return None
    return Reading(DATE, f"{m['y']}-W{int(m['w']):02d}{m['we'] or ''}")


@rule("timex_value", r"(?P<v>\d{4}-(?:0[1-9]|1[0-2]|[QH][1-4]|SP|SU|FA|WI)|PAST_REF|PRESENT_REF"
      r"|FUTURE_REF)")
def _timex_value(m: re.Match[str], ctx: Context) -> Reading | None:
    value = m["v"].upper()
    if re.fullmatch(r"\d{4}-H[34]", value):
        return None
    return Reading(DATE, value)


#: TIMEX3 values typed as phrases ("2019-09", "2019-Q3"); only for
#: normalize_date, since "2009-10" in running text is a range of years.
PHRASE_ONLY_RULES: list[Rule] = [_timex_value]

RULES: list[Rule] = [
    _iso_date, _iso_week, _slash_date, _month_day, _day_month, _month_year, _month, _year,
    _short_year, _spelled_year, _part_of_date, _year_range_tail, _day_range_tail, _weekday, _weekday_set,
]  # fmt: skip

__all__ = ["PHRASE_ONLY_RULES", "RULES", "TIME_PREPOSITIONS", "Tense", "month_number", "weekday_date", "weekday_number"]
