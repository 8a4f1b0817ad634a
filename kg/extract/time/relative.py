"""Grammar rules for relative dates and the vague REF values.

Deictic expressions ("last week", "two years ago", "yesterday") count from
the publication date. Anaphoric ones ("a year earlier", "the following
day", "the end of the year" in a past-tense story) count from the last
specific date the text mentioned: the narrative anchor.
"""

from __future__ import annotations

import datetime as dt
import re

from kg.extract.time import lexicon as L
from kg.extract.time.anchor import Tense
from kg.extract.time.occurrence import weekday_date
from kg.extract.time.reading import Context, Reading, Rule, rule
from kg.extract.time.units import coarser_or_equal, format_value, shift, unknown_value
from kg.extract.words import WordClass, WordMap
from kg.model import DatePrecision, TimexType

DATE = TimexType.DATE
TIME = TimexType.TIME

#: Vague time words -> REF value ("recently" -> PAST_REF).
_REF_WORDS = WordMap("ref_words")
#: Understood by normalize_date but not looked for in running text ("former", "once").
_REF_ONLY_WORDS = WordMap("ref_only_words")


def _calendar_unit(word: str) -> str:
    """The calendar unit a unit word names ("weekend" is a part of its week)."""
    return L.unit_of("week" if word.lower() == "weekend" else word)[0]


_PRECISION_UNIT = {
    DatePrecision.DAY: "D", DatePrecision.WEEK: "W", DatePrecision.MONTH: "M",
    DatePrecision.QUARTER: "Q", DatePrecision.SEASON: "Q", DatePrecision.YEAR: "Y",
    DatePrecision.DECADE: "DE", DatePrecision.CENTURY: "CE",
}  # fmt: skip


def deictic_value(ctx: Context, unit: str, n: int) -> str:
    """Value of the ``unit`` ``n`` steps from the publication date (X-filled without one)."""
    if ctx.reference is None:
        return unknown_value(unit)
    try:
        return format_value(shift(ctx.reference, unit, n), unit)
    except (ValueError, OverflowError):
        return unknown_value(unit)


def anaphoric_value(ctx: Context, unit: str, n: int) -> str:
    """Value of the ``unit`` ``n`` steps from the narrative anchor.

    When the anchor is coarser than ``unit`` (a month, and "the day before")
    only its year is kept: the shift may cross a month boundary.
    """
    anchor = ctx.anchor
    if anchor is None or anchor.precision not in _PRECISION_UNIT:
        return unknown_value(unit)
    try:
        if coarser_or_equal(unit, _PRECISION_UNIT[anchor.precision]):
            return format_value(shift(anchor.day, unit, n), unit)
        if unit in ("D", "W", "M", "Q") and coarser_or_equal("Y", _PRECISION_UNIT[anchor.precision]):
            return f"{anchor.day.year:04d}" + unknown_value(unit)[4:]
    except (ValueError, OverflowError):
        pass
    return unknown_value(unit)


@rule("this_unit", r"(?:(?:earlier|later)\s+)?(?:the\s+)?(?P<rel>this\s+past|this|last|next|past|coming|current"
      r"|previous)\s+(?P<u>week|weekend|month|quarter|year|decade|century)")
def _this_unit(m: re.Match[str], ctx: Context) -> Reading | None:
    rel, word = re.sub(r"\s+", " ", m["rel"].lower()), m["u"].lower()
    if m[0].lower().startswith("the") and rel in ("past", "coming", "next"):
        return None  # "the past year" is a duration (durations.py)
    unit = _calendar_unit(word)
    if rel == "previous":
        value = anaphoric_value(ctx, unit, -1)
    else:
        value = deictic_value(ctx, unit, L.STEPS[rel])
    if word == "weekend":
        value += "-WE"
    return Reading(DATE, value)


@rule("the_weekend", r"the\s+weekend")
def _the_weekend(m: re.Match[str], ctx: Context) -> Reading | None:
    """"Over the weekend": the weekend the tense points to, the current one on a Saturday or Sunday."""
    if ctx.parse is not None:
        token = ctx.parse.token_at(m.end() - 1)
        if token is not None and token.dep_ == "compound":
            return None  # "the weekend edition"
    if ctx.reference is None:
        return Reading(DATE, "XXXX-WXX-WE")
    saturday = weekday_date(ctx, 6)
    if ctx.reference.isoweekday() == 7:
        saturday = ctx.reference - dt.timedelta(days=1)
    return Reading(DATE, format_value(saturday, "W") + "-WE")


def _quarter_day(ctx: Context) -> dt.date | None:
    """A day in the quarter "the quarter" means: the last one named, else the last one over (the one a report covers)."""
    if ctx.anchor is not None and ctx.anchor.quarter is not None:
        return ctx.anchor.quarter
    if ctx.reference is None:
        return None
    if ctx.tense in (Tense.PRESENT, Tense.FUTURE):
        return ctx.reference
    return shift(ctx.reference, "Q", -1)


#: Words before a bare "the year" or "the month" that make it a time ("for the year", "later in the month").
_BARE_UNIT_PREPOSITIONS = WordClass("bare_unit_prepositions")


@rule("the_unit", r"the\s+(?:(?P<mod>latest|most\s+recent|year[-\s]earlier|year[-\s]ago)\s+|(?P<y>" + L.YEAR
      + r")\s+)?(?P<u>quarter|year|month)(?![-\w])")
def _the_unit(m: re.Match[str], ctx: Context) -> Reading | None:
    """A quarter, year or month named by "the": the one the story is about ("in the quarter", "for the year")."""
    unit = _calendar_unit(m["u"])
    mod = re.sub(r"[-\s]+", " ", (m["mod"] or "").lower())
    if not mod and not m["y"] and not ctx.phrase:
        if ctx.word_before() not in _BARE_UNIT_PREPOSITIONS or ctx.word_after()[:1].isupper():
            return None  # "the year's best", "Player of the Year", "the month of May"
        if re.match(r"\s*of\b", ctx.text[ctx.end :]):
            return None
    if mod in ("latest", "most recent"):
        return Reading(DATE, deictic_value(ctx, unit, -1))
    if unit == "Y":
        return Reading(DATE, m["y"] or anaphoric_value(ctx, "Y", -1 if mod else 0))
    if unit == "M":
        return None if mod or m["y"] else Reading(DATE, anaphoric_value(ctx, "M", 0))
    day = _quarter_day(ctx)
    if day is None:
        return Reading(DATE, unknown_value("Q"))
    if m["y"]:
        day = day.replace(year=int(m["y"]))
    return Reading(DATE, format_value(shift(day, "Y", -1) if mod else day, "Q"))


#: A word after "the day before" that opens its complement ("the day before *the* vote").
_COMPLEMENT = re.compile(r"\s+(?!(?:and|or|but|when|as|to|in|on|at)\b)[A-Za-z]")


@rule("same_unit_year_back", r"the\s+same\s+(?P<u>day|week|month|quarter|period)\s+(?:(?P<last>last|a)\s+year(?:\s+(?P<ago>ago|earlier|before))?"
      r"|of\s+(?:the\s+)?(?P<prev>last|previous|prior)\s+year)")
def _same_unit_year_back(m: re.Match[str], ctx: Context) -> Reading | None:
    """"The same month last year": the story's month (quarter, day) a year back."""
    if m["last"] and m["last"].lower() == "a" and not m["ago"]:
        return None
    word = m["u"].lower()
    anchor = ctx.anchor
    if anchor is None:
        return Reading(DATE, unknown_value("M" if word == "period" else _calendar_unit(word)))
    unit = _PRECISION_UNIT.get(anchor.precision, "Y") if word == "period" else _calendar_unit(word)
    if unit in ("DE", "CE"):
        return None
    if unit == "W":
        return Reading(DATE, format_value(shift(anchor.day, "W", -52), "W"))
    if not coarser_or_equal(unit, _PRECISION_UNIT.get(anchor.precision, "Y")):
        return Reading(DATE, f"{anchor.day.year - 1:04d}" + unknown_value(unit)[4:])
    return Reading(DATE, format_value(shift(anchor.day, "Y", -1), unit))


@rule("narrative_unit", r"(?:the\s+)?(?P<rel>same|following|next|previous|prior|preceding)\s+"
      r"(?P<u>day|week|month|year)|(?P<d2>the|that)\s+(?P<u2>day|week|month|year)\s+"
      r"(?P<rel2>before|after|earlier|later)|(?:(?:earlier|later)\s+)?(?P<that>that)\s+(?P<u3>day|week|month|year)")
def _narrative_unit(m: re.Match[str], ctx: Context) -> Reading | None:
    rel = (m["rel"] or m["rel2"] or "same").lower()
    unit = _calendar_unit(m["u"] or m["u2"] or m["u3"])
    if rel == "next" and not m[0].lower().startswith("the"):
        return None  # "next week" is deictic (this_unit)
    if rel in ("before", "after") and not ctx.phrase and _COMPLEMENT.match(ctx.text, m.end()):
        # "the day before the vote": "before" heads a phrase of its own; the
        # expression is "the day", a day of the anchor's year we cannot tell.
        year = f"{ctx.anchor.day.year:04d}" if ctx.anchor is not None else "XXXX"
        value = unknown_value(unit) if unit == "Y" else year + unknown_value(unit)[4:]
        return Reading(DATE, value, trim_end=len(m[0]) - m.end("u2") + m.start())
    return Reading(DATE, anaphoric_value(ctx, unit, L.STEPS[rel]))


@rule("ago", lambda: r"(?P<n>" + L.number() + "|" + L.vague() + r")\s+(?P<u>" + L.UNIT + r")\s+ago")
def _ago(m: re.Match[str], ctx: Context) -> Reading | None:
    letter, clock = L.unit_of(m["u"])
    number = L.number_value(m["n"])
    if number is None:
        return Reading(DATE, "PAST_REF")
    if clock or not isinstance(number, int) or letter == "2W":
        return Reading(DATE, deictic_value(ctx, "D", 0)) if clock else None
    unit = "D" if letter == "W" else letter
    return Reading(DATE, deictic_value(ctx, unit, -number * (7 if letter == "W" else 1)))


@rule("earlier_later", lambda: r"(?P<n>" + L.number() + r")\s+(?P<u>" + L.UNIT + r")\s+(?P<dir>earlier|later)"
      r"(?!\s+than)")
def _earlier_later(m: re.Match[str], ctx: Context) -> Reading | None:
    letter, clock = L.unit_of(m["u"])
    number = L.number_value(m["n"])
    if clock or not isinstance(number, int) or letter in ("2W", "DE", "CE"):
        return None
    sign = 1 if m["dir"].lower() == "later" else -1
    unit = "D" if letter == "W" else letter
    return Reading(DATE, anaphoric_value(ctx, unit, sign * number * (7 if letter == "W" else 1)))


def end_of_unit_in_past_story_is_narrative(ctx: Context) -> bool:
    """In a past-tense clause "the end of the year" is the year being told about, not the current one ("by the end of the year the plant had closed")."""
    return ctx.tense in (Tense.PAST, Tense.PERFECT)


@rule("end_of_unit", r"(?:the\s+)?(?:very\s+)?(?P<mod>end|beginning|start|middle|close|turn)"
      r"\s+of\s+"
      r"(?:the\s+|this\s+)?(?P<u>year|month|week|decade|century)|(?P<u2>year|month)[\s-]end")
def _end_of_unit(m: re.Match[str], ctx: Context) -> Reading:
    unit = _calendar_unit(m["u"] or m["u2"])
    mod = {"end": "END", "close": "END", "turn": "END", "middle": "MID"}.get(
        (m["mod"] or "end").lower(), "START")
    deictic = deictic_value(ctx, unit, 0)
    if "this" not in m[0].lower() and ctx.applies(end_of_unit_in_past_story_is_narrative):
        narrative = anaphoric_value(ctx, unit, 0)
        if narrative != deictic:
            ctx.fired(end_of_unit_in_past_story_is_narrative)
        return Reading(DATE, narrative, mod=mod)
    return Reading(DATE, deictic, mod=mod)


def today_in_untensed_clause_is_present_ref(ctx: Context) -> bool:
    """"Today" in a clause with a modal or no tense is the present in general ("the work can be done today"); in a tensed clause it is the day ("ministers meet today", "said today")."""
    return ctx.tense is Tense.UNKNOWN


@rule("day_word", r"(?:the\s+day\s+(?P<rel>before|after)\s+)?"
      r"(?P<w>yesterday|today|tomorrow|tonight)"
      r"(?:\s+(?P<part>" + L.DAY_PART + r"))?")
def _day_word(m: re.Match[str], ctx: Context) -> Reading | None:
    word = m["w"].lower()
    if word == "tonight":
        return Reading(TIME, deictic_value(ctx, "D", 0) + "TNI")
    n = L.DAY_OFFSETS[word]
    n += {"before": -1, "after": 1}.get((m["rel"] or "").lower(), 0)
    if m["part"]:
        return Reading(TIME, deictic_value(ctx, "D", n) + "T" + L.DAY_PARTS[m["part"].lower()])
    if word == "today" and not m["rel"] and ctx.applies(today_in_untensed_clause_is_present_ref):
        ctx.fired(today_in_untensed_clause_is_present_ref)
        return Reading(DATE, "PRESENT_REF")
    return Reading(DATE, deictic_value(ctx, "D", n))


@rule("part_of_day", r"(?P<rel>this|last|yesterday|tomorrow)\s+(?P<part>" + L.DAY_PART + r")")
def _part_of_day(m: re.Match[str], ctx: Context) -> Reading:
    rel, part = m["rel"].lower(), m["part"].lower()
    n = {"this": 0, "yesterday": -1, "tomorrow": 1, "last": -1 if part == "night" else 0}[rel]
    return Reading(TIME, deictic_value(ctx, "D", n) + "T" + L.DAY_PARTS[part])


@rule("ref", lambda: L.alternation(_REF_WORDS))
def _ref(m: re.Match[str], ctx: Context) -> Reading | None:
    phrase = re.sub(r"\s+", " ", m[0].lower())
    if phrase == "soon" and ctx.word_before() in ("as", "how", "too"):
        return None  # "as soon as" is a conjunction
    if phrase == "soon" and ctx.word_after().lower() in ("after", "before", "afterwards", "thereafter"):
        return None  # "soon after X" says how close to X, not that it lies ahead
    if phrase == "recently" and ctx.parse is None and ctx.word_before() == "until":
        return None
    return Reading(DATE, _REF_WORDS[phrase])


@rule("ref_only", lambda: L.alternation(_REF_ONLY_WORDS))
def _ref_only(m: re.Match[str], ctx: Context) -> Reading:
    return Reading(DATE, _REF_ONLY_WORDS[re.sub(r"\s+", " ", m[0].lower())])


RULES: list[Rule] = [
    _this_unit, _the_weekend, _the_unit, _same_unit_year_back, _narrative_unit, _ago, _earlier_later, _end_of_unit, _day_word,
    _part_of_day, _ref,
]  # fmt: skip
PHRASE_ONLY_RULES: list[Rule] = [_ref_only]
