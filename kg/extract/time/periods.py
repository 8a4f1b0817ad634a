"""Grammar rules for parts of a year and runs of years: quarters, halves, fiscal years, seasons, decades, centuries.

Like :mod:`dates`, each rule is a regex and a handler; a quarter or a
season written without a year takes one from the publication date and the
clause's tense (:mod:`kg.extract.time.anchor`).
"""

from __future__ import annotations

import re

from kg.extract.time import lexicon as L
from kg.extract.time.anchor import resolve_quarter_year, resolve_season_year, season_bounds
from kg.extract.time.dates import TIME_PREPOSITIONS
from kg.extract.time.occurrence import by_tense
from kg.extract.time.reading import Context, Reading, Rule, rule
from kg.model import TimexType

DATE = TimexType.DATE
#: Words for a quarter of the year ("the *third* quarter") -> its number.
_QUARTERS = L.NumberMap("quarter_numbers")


@rule("decade", r"(?:the\s+)?(?:(?P<c>1\d|20)(?P<d>\d)0s|['’](?P<d2>\d)0s)"
      r"|the\s+(?P<c3>1\d|20)(?P<d3>\d)0['’]s")
def _decade(m: re.Match[str], ctx: Context) -> Reading | None:
    if m["c"] or m["c3"]:
        return Reading(DATE, f"{m['c'] or m['c3']}{m['d'] or m['d3']}")
    digit = int(m["d2"])
    # "the '20s": the 1920s when writing before 2020, else the 2020s.
    century = "20" if ctx.reference and ctx.reference.year >= 2000 + 10 * digit + 10 else "19"
    if digit >= 3 or not ctx.reference:
        century = "19"
    return Reading(DATE, f"{century}{digit}")


@rule("century", lambda: r"(?:the\s+)?(?P<n>" + L.ordinal() + "|" + L.ORDINAL_DIGITS + r")[\s-]+century")
def _century(m: re.Match[str], ctx: Context) -> Reading | None:
    word = m["n"].lower()
    n = L.ORDINALS.get(word) or int(re.sub(r"\D", "", word) or 0)
    return Reading(DATE, f"{n - 1:02d}") if 1 <= n <= 21 else None


@rule("quarter", lambda: r"(?:the\s+)?(?:(?P<y1>" + L.YEAR + r")\s+)?(?:fiscal\s+)?(?P<q>" + L.alternation(_QUARTERS)
      + r")[\s-]+(?:fiscal\s+)?quarter(?:\s+of(?:\s+fiscal)?\s+(?P<y2>" + L.YEAR + r"))?"
      r"|\b[Qq](?P<qn>[1-4])(?:\s+(?P<y3>" + L.YEAR + r"))?")
def _quarter(m: re.Match[str], ctx: Context) -> Reading | None:
    quarter = int(m["qn"]) if m["qn"] else _QUARTERS[m["q"].lower()]
    year = m["y1"] or m["y2"] or m["y3"]
    if year is None:
        if ctx.reference is None:
            return Reading(DATE, f"XXXX-Q{quarter}")
        reference, tense = ctx.reference, ctx.tense
        year = str(by_tense(ctx, lambda lean: resolve_quarter_year(reference, quarter, tense, present_leans_future=lean)))
    return Reading(DATE, f"{int(year):04d}-Q{quarter}")


@rule("half", r"(?:the\s+)?(?P<h>first|second|1st|2nd)\s+half(?:\s+of\s+(?:(?P<y>" + L.YEAR
      + r")|(?P<this>this|the|next|last)\s+year))?")
def _half(m: re.Match[str], ctx: Context) -> Reading | None:
    half = 1 if m["h"].lower() in ("first", "1st") else 2
    if m["y"]:
        return Reading(DATE, f"{m['y']}-H{half}")
    if ctx.reference is None:
        return Reading(DATE, f"XXXX-H{half}")
    shift = L.STEPS.get((m["this"] or "").lower(), 0)
    return Reading(DATE, f"{ctx.reference.year + shift:04d}-H{half}")


@rule("fiscal_year", r"(?:the\s+)?(?:(?P<rel>this|last|next|current|previous|coming|the)\s+)?"
      r"fiscal(?:\s+year)?(?:\s+(?P<y>" + L.YEAR + r"))?|(?P<y2>" + L.YEAR
      + r")\s+fiscal\s+year|\bFY\s?(?P<y3>" + L.YEAR + r"|\d{2})")
def _fiscal_year(m: re.Match[str], ctx: Context) -> Reading | None:
    # A fiscal year is written as its calendar year with APPROX: fiscal
    # calendars differ by organisation (see interval.py for the bounds).
    year_text = m["y"] or m["y2"] or m["y3"]
    if year_text is not None:
        year = int(year_text)
        year += 2000 if year < 50 else 1900 if year < 100 else 0
        return Reading(DATE, f"{year:04d}", mod="APPROX")
    rel = (m["rel"] or "").lower()
    if not rel or "year" not in m[0].lower():
        return None  # a bare "fiscal" is an adjective, not a date
    if ctx.reference is None:
        return Reading(DATE, "XXXX", mod="APPROX")
    shift = L.STEPS.get(rel, 0)
    return Reading(DATE, f"{ctx.reference.year + shift:04d}", mod="APPROX")


#: Words after "the <season>" that make the season word a noun of its own
#: ("the fall of the regime", "the fall in prices"), not a season.
_SEASON_NOUN_NEXT = re.compile(r"\s+(?:of|in|from|to|by)\b(?!\s+(?:" + L.YEAR + r")\b)", re.I)


def _season_word_is_season(m: re.Match[str], ctx: Context) -> bool:
    """Whether a season word without a relative or a year ("in the fall") names a season.

    It must follow a time preposition ("in", "during", "by the"), not be a
    verb ("prices fall") or a noun modifier ("spring water", "Summer
    Olympics"), and with "the" not head a phrase of its own ("the fall of
    the regime").
    """
    if ctx.phrase:
        return True
    before = ctx.word_before()
    if before not in TIME_PREPOSITIONS or before == "the":
        return False
    after = ctx.word_after()
    if after[:1].isupper():
        return False  # "British Summer Time", "Summer Olympics"
    if m["the"] and _SEASON_NOUN_NEXT.match(ctx.text, m.end()):
        return False
    tag = ctx.tag_at(m.start("s"))
    if tag is not None and tag.startswith("VB"):
        return False
    if m["months"]:
        return True  # "during the summer months"
    if ctx.parse is not None:
        token = ctx.parse.token_at(m.start("s"))
        if token is not None and token.dep_ == "compound":
            return False  # "the spring water"
    elif re.match(r"\s+[a-z]+", ctx.text[m.end() :]) and after.lower() not in TIME_PREPOSITIONS:
        return False
    return True


@rule("season", r"(?:(?P<the>the)\s+)?(?:(?P<rel>last|next|this\s+past|this|coming|past|following|previous)\s+)?(?P<s>" + L.SEASON
      + r")(?:\s+(?:of\s+)?(?P<y>" + L.YEAR + r")|(?P<months>\s+months))?|(?P<y2>" + L.YEAR + r")\s+(?P<s2>"
      + L.SEASON + r")")
def _season(m: re.Match[str], ctx: Context) -> Reading | None:
    code = L.SEASONS[(m["s"] or m["s2"]).lower()]
    year = m["y"] or m["y2"]
    if year:
        return Reading(DATE, f"{year}-{code}")
    rel = re.sub(r"\s+", " ", m["rel"].lower()) if m["rel"] else None
    if rel is None and not _season_word_is_season(m, ctx):
        return None
    if rel in ("following", "previous") or (rel == "next" and m["the"]):
        # "the following spring": the one after the story's time, not after today.
        if ctx.anchor is None:
            return Reading(DATE, f"XXXX-{code}")
        day = ctx.anchor.day
        years = [y for y in (day.year - 1, day.year, day.year + 1)
                 if (season_bounds(y, code)[0] > day if rel != "previous" else season_bounds(y, code)[1] < day)]
        return Reading(DATE, f"{(min(years) if rel != 'previous' else max(years)):04d}-{code}")
    if ctx.reference is None:
        return Reading(DATE, f"XXXX-{code}")
    reference, tense, relation = ctx.reference, ctx.tense, "last" if rel in ("past", "this past") else rel
    year_n = by_tense(ctx, lambda lean: resolve_season_year(reference, code, tense, relation, present_leans_future=lean))
    return Reading(DATE, f"{year_n:04d}-{code}")


RULES: list[Rule] = [_decade, _century, _quarter, _half, _fiscal_year, _season]
