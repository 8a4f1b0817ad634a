"""Grammar rules for clock times ("8 p.m.", "15:00 GMT Saturday", "noon").

A clock time takes its day from an attached day word ("Saturday",
"tomorrow", "March 5") or else from the narrative anchor when that is a
day, else from the publication date. Clock readings with seconds and no
am/pm ("finishing in 3:07:35") are race or run times: durations.
"""

from __future__ import annotations

import re

from kg.extract.time import lexicon as L
from kg.extract.time.dates import month_day_value, month_number, weekday_number
from kg.extract.time.occurrence import weekday_date
from kg.extract.time.anchor import Tense
from kg.extract.time.reading import Context, Reading, Rule, rule
from kg.extract.words import WordClass
from kg.model import DatePrecision, TimexType

#: Words before a bare 24-hour clock that make it a time ("at 15:00"), not a score.
_CLOCK_PREPOSITIONS = WordClass("clock_prepositions")


def _hour_words() -> str:
    """Number words that can name an hour ("ten o'clock"), as an alternation."""
    return L.alternation(w for w, n in L.NUMBERS.items() if 1 <= n <= 12 and w.isalpha())

_ZONE = r"(?:GMT|UTC|[ECMP][SD]?T|BST|CET|CEST|IST|JST|local\s+time)"
_DAY = (
    r"(?:,?\s+(?:on\s+)?(?:(?P<wd>" + L.WEEKDAY + r")|(?P<dw>today|tomorrow|yesterday)"
    r"|(?P<mon>" + L.MONTH + r")\s+(?P<d>" + L.DAY_NUMBER + r")))?"
)


_DAY_BEFORE = (
    r"(?:(?P<wd0>" + L.WEEKDAY + r")|(?P<dw0>today|tomorrow|yesterday))(?:\s+at|,)?\s+"
)


def _day_value(match: re.Match[str] | None, ctx: Context) -> str:
    """The day a clock time belongs to, as a TIMEX3 date value (the anchor's or publication day without ``match``)."""
    m = {k: v for k, v in match.groupdict().items() if v} if match else {}
    # The patterns allow a day before ("Friday at 3 p.m.") or after the time.
    m["wd"] = m.get("wd") or m.get("wd0")
    m["dw"] = m.get("dw") or m.get("dw0")
    m["mon"] = m.get("mon")
    if m["wd"]:
        if ctx.reference is None:
            return f"XXXX-WXX-{weekday_number(m['wd'])}"
        return weekday_date(ctx, weekday_number(m["wd"])).isoformat()
    if m["dw"]:
        if ctx.reference is None:
            return "XXXX-XX-XX"
        n = L.DAY_OFFSETS[m["dw"].lower()]
        return ctx.reference.fromordinal(ctx.reference.toordinal() + n).isoformat()
    if m["mon"]:
        day = int(re.sub(r"\D", "", m.get("d") or "0"))
        value = month_day_value(ctx, month_number(m["mon"]), day, None)
        if value:
            return value
    if ctx.anchor is not None and ctx.anchor.precision is DatePrecision.DAY:
        return ctx.anchor.day.isoformat()
    return ctx.reference.isoformat() if ctx.reference else "XXXX-XX-XX"


def _hour_24(hour: int, meridiem: str | None) -> int | None:
    if meridiem is None:
        return hour if 0 <= hour <= 24 else None
    if not 1 <= hour <= 12:
        return None
    pm = meridiem.lower().startswith("p")
    return (hour % 12) + (12 if pm else 0)


@rule("clock_meridiem", r"(?:" + _DAY_BEFORE + r")?(?P<h>\d{1,2})(?::(?P<min>[0-5]\d))?\s*"
      r"(?P<ap>[ap]\.?\s?m\b\.?)"
      r"(?:\s*" + _ZONE + r")?" + _DAY)
def _clock_meridiem(m: re.Match[str], ctx: Context) -> Reading | None:
    hour = _hour_24(int(m["h"]), m["ap"])
    if hour is None:
        return None
    minute = f":{m['min']}" if m["min"] else ":00"
    return Reading(TimexType.TIME, f"{_day_value(m, ctx)}T{hour:02d}{minute}")


@rule("clock_24", r"(?:" + _DAY_BEFORE + r")?(?P<h>[01]?\d|2[0-4]):(?P<min>[0-5]\d)(?!:\d)"
      r"(?:\s*(?P<z>" + _ZONE + r"))?"
      r"(?:\s*(?P<hrs>hrs|hours|h)\b)?" + _DAY)
def _clock_24(m: re.Match[str], ctx: Context) -> Reading | None:
    hour = int(m["h"])
    attached = m["z"] or m["hrs"] or m["wd"] or m["dw"] or m["mon"] or m["wd0"] or m["dw0"]
    if not attached and ctx.word_before() not in _CLOCK_PREPOSITIONS:
        return None  # "won 6:3" or a ratio, not a time
    return Reading(TimexType.TIME, f"{_day_value(m, ctx)}T{hour:02d}:{m['min']}")


@rule("clock_word", r"(?:" + _DAY_BEFORE + r")?(?P<w>noon|midday|midnight)" + _DAY)
def _clock_word(m: re.Match[str], ctx: Context) -> Reading | None:
    if m["w"].lower() == "midnight":
        return Reading(TimexType.TIME, f"{_day_value(m, ctx)}T24:00")
    return Reading(TimexType.TIME, f"{_day_value(m, ctx)}T12:00")


@rule("clock_military", r"(?:" + _DAY_BEFORE + r")?(?P<h>[01]\d|2[0-3])(?P<min>[0-5]\d)\s*(?P<z>GMT|UTC|Z\b|" + _ZONE[3:]
      + _DAY)
def _clock_military(m: re.Match[str], ctx: Context) -> Reading:
    """Wire copy's four-digit clock with a zone: "1500 GMT" is 3 p.m."""
    return Reading(TimexType.TIME, f"{_day_value(m, ctx)}T{m['h']}:{m['min']}")


#: "ten o'clock at night": parts of the day after an o'clock hour that put it after noon.
_AFTER_NOON = re.compile(r"afternoon|evening|night", re.I)


@rule("clock_oclock", lambda: r"(?:" + _DAY_BEFORE + r")?(?P<h>\d{1,2}|" + _hour_words()[3:-1]
      + r")\s+o['’]clock(?:\s+(?:in\s+the\s+(?P<part>morning|afternoon|evening)|at\s+(?P<night>night)))?" + _DAY)
def _clock_oclock(m: re.Match[str], ctx: Context) -> Reading | None:
    """"Ten o'clock", "5 o'clock in the afternoon": the hour, after noon when a later part of the day follows."""
    number = L.number_value(m["h"])
    if not isinstance(number, int) or not 1 <= number <= 12:
        return None
    part = m["part"] or m["night"] or ""
    hour = number % 12 + 12 if _AFTER_NOON.fullmatch(part) and not (number == 12 and part == "night") else number
    return Reading(TimexType.TIME, f"{_day_value(m, ctx)}T{hour:02d}:00")


#: Words before a part of the day that make it a time ("before dawn", "into the night").
_PART_PREPOSITIONS = WordClass("time_prepositions") | _CLOCK_PREPOSITIONS


@rule("day_part", r"(?:(?:(?P<mod>early|late)\s+)?(?:(?P<the>the)\s+)?(?P<part>morning|afternoon|evening|night|dawn|daybreak"
      r"|dusk|nightfall|sunrise|sunset)|(?P<over>overnight))(?:\s+on\s+(?P<wd>" + L.WEEKDAY + r"))?")
def _day_part(m: re.Match[str], ctx: Context) -> Reading | None:
    """A part of the day named on its own ("shortly before dawn", "by late afternoon", "overnight"): that part of the day the story is on."""
    word = (m["part"] or m["over"]).lower()
    if not ctx.phrase:
        if ctx.word_before() not in _PART_PREPOSITIONS and not (m["over"] or m["mod"]):
            return None
        token = ctx.parse.token_at(m.start("part") if m["part"] else m.start()) if ctx.parse else None
        if token is not None and (token.dep_ == "compound" or (m["over"] and token.tag_.startswith("JJ"))):
            return None  # "the night sky", "an overnight stay"
        if re.match(r"\s+of\b", ctx.text[m.end() :]):
            return None  # "the night of the vote" says which night elsewhere
    # A part of the day in a present or future clause is today's ("it will
    # snow overnight"); in a story told in the past, the story's day's.
    # "before dawn on Tuesday": that Tuesday's dawn.
    day = _day_value(m, ctx) if m["wd"] else _day_value(None, ctx) if ctx.tense not in (Tense.PRESENT, Tense.FUTURE) else ctx.reference.isoformat() if ctx.reference else "XXXX-XX-XX"
    mod = {"early": "START", "late": "END"}.get((m["mod"] or "").lower())
    return Reading(TimexType.TIME, f"{day}T{L.DAY_PARTS[word]}", mod=mod)


@rule("run_time", r"(?P<h>\d{1,2}):(?P<min>[0-5]\d):(?P<s>[0-5]\d)(?!\s*[ap]\.?m)")
def _run_time(m: re.Match[str], ctx: Context) -> Reading:
    hours, minutes, seconds = int(m["h"]), int(m["min"]), int(m["s"])
    parts = ((hours, "H"), (minutes, "M"), (seconds, "S"))
    value = "PT" + "".join(f"{n}{u}" for n, u in parts if n)
    return Reading(TimexType.DURATION, value if value != "PT" else "PT0S")


RULES: list[Rule] = [_clock_meridiem, _clock_24, _clock_military, _clock_oclock, _clock_word, _day_part, _run_time]
