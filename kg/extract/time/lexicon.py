"""Word tables for time expressions, and the regex fragments built from them.

Everything here is plain data: month, weekday, season, unit and number
words. The grammar in :mod:`kg.extract.time.rules` composes the fragments;
the normaliser looks words up in the tables.
"""

from __future__ import annotations
from kg.extract.words import WordClass

import re
from collections.abc import Iterable

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

#: Month names that are also ordinary English words ("may", "march"); they
#: count as months only with a date around them or a preposition before them.
AMBIGUOUS_MONTHS = WordClass("ambiguous_months")

WEEKDAYS: dict[str, int] = {
    "monday": 1, "mon": 1, "tuesday": 2, "tues": 2, "tue": 2, "wednesday": 3,
    "wed": 3, "thursday": 4, "thurs": 4, "thu": 4, "friday": 5, "fri": 5,
    "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
}  # fmt: skip

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}  # fmt: skip

#: Parts of the day as TIMEX3 writes them.
DAY_PARTS: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "overnight": "NI", "tonight": "NI",
}  # fmt: skip

NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a hundred": 100, "one hundred": 100,
    "a dozen": 12, "dozen": 12, "a couple of": 2, "couple of": 2, "a couple": 2,
}  # fmt: skip

#: Quantity words that leave the number unknown ("several days" -> PXD).
VAGUE_NUMBERS = WordClass("vague_numbers")

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21, "last": -1, "final": -1,
}  # fmt: skip

#: Duration units: singular/plural word -> (TIMEX3 unit letter, is a clock unit).
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "seconds": ("S", True), "minute": ("M", True),
    "minutes": ("M", True), "hour": ("H", True), "hours": ("H", True),
    "day": ("D", False), "days": ("D", False), "week": ("W", False),
    "weeks": ("W", False), "fortnight": ("2W", False), "fortnights": ("2W", False),
    "month": ("M", False), "months": ("M", False), "quarter": ("Q", False),
    "quarters": ("Q", False), "year": ("Y", False), "years": ("Y", False),
    "decade": ("DE", False), "decades": ("DE", False), "century": ("CE", False),
    "centuries": ("CE", False),
}  # fmt: skip

#: Set adverbs: word -> (value, freq).
SET_ADVERBS: dict[str, str] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "XXXX-XX-XXTNI", "weekly": "P1W",
    "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y",
    "biannually": "P6M", "biennially": "P2Y",
}  # fmt: skip


def alternation(words: Iterable[str]) -> str:
    """Return a regex alternation of ``words``, longest first, spaces as ``\\s+``."""
    ordered = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


_NUMBER_WORDS = list(NUMBERS)
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"

# Regex fragments (compiled case-insensitively by the rules module).
MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan\.?|feb\.?|mar\.|apr\.?|jun\.|jul\.|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.)(?![a-z])"
)
WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon\.|tues?\.|wed\.|thu(?:rs)?\.|fri\.|sat\.|sun\.)(?![a-z])"
)
WEEKDAYS_PLURAL = r"(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)"
SEASON = r"(?:spring|summer|autumn|fall|winter)"
DAY_PART = r"(?:morning|afternoon|evening|night)"
YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
DAY_NUMBER = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
NUMBER = (
    r"(?:\d+(?:,\d{3})*(?:\.\d+)?|(?:" + _TENS + r")(?:[\s-](?:" + _ONES + r"))?|"
    + alternation(_NUMBER_WORDS)[3:-1] + r")"
)
VAGUE = alternation(VAGUE_NUMBERS)
UNIT_SINGULAR = r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century)"
UNIT_PLURAL = (
    r"(?:seconds|minutes|hours|days|weeks|fortnights|months|quarters|years|decades|centuries)"
)
UNIT = r"(?:" + UNIT_PLURAL[3:-1] + "|" + UNIT_SINGULAR[3:-1] + ")"
ORDINAL = alternation([w for w in ORDINALS if w not in {"last", "final"}])
ORDINAL_DIGITS = r"(?:\d{1,2}(?:st|nd|rd|th))"


def number_value(word: str) -> int | float | None:
    """Return the number a numeral or number word stands for (None when vague).

    ``"twenty-five"`` -> 25, ``"1,000"`` -> 1000, ``"2.5"`` -> 2.5, ``"several"`` -> None.
    """
    text = re.sub(r"\s+", " ", word.strip().lower())
    if re.fullmatch(r"\d+(?:,\d{3})*", text):
        return int(text.replace(",", ""))
    if re.fullmatch(r"\d+\.\d+", text):
        return float(text)
    if text in NUMBERS:
        return NUMBERS[text]
    parts = re.split(r"[\s-]", text)
    if len(parts) == 2 and parts[0] in NUMBERS and parts[1] in NUMBERS:
        return NUMBERS[parts[0]] + NUMBERS[parts[1]]
    return None
