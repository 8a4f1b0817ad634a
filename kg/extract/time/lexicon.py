"""Word tables for time expressions, and the regex fragments built from them.

The words are data (``kg/data/words/``: month, weekday, season, unit, number
words and the like), read on first use. The grammar modules
(:mod:`dates`, :mod:`relative`, :mod:`clock`, :mod:`durations`) compose the
fragments; the fragments that list words from the tables are functions, so
that nothing is read at import time.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping

from kg.extract.words import WordClass, WordMap, word_map

__all__ = [
    "AMBIGUOUS_MONTHS", "DAY_NUMBER", "DAY_OFFSETS", "DAY_PART", "DAY_PARTS", "MONTH", "MONTHS", "NUMBERS",
    "NumberMap", "ORDINALS", "ORDINAL_DIGITS", "SEASON", "SEASONS", "STEPS", "UNIT", "UNIT_PLURAL",
    "UNIT_SINGULAR", "VAGUE_NUMBERS", "WEEKDAY", "WEEKDAYS", "WEEKDAYS_PLURAL", "YEAR", "alternation",
    "number", "number_value", "ordinal", "unit_of", "vague",
]  # fmt: skip


@functools.cache
def _numbers(name: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for key, value in word_map(name).items():
        try:
            out[key] = int(value)
        except ValueError:
            raise ValueError(f"kg/data/words/{name}.tsv: {key!r} maps to {value!r}, not a whole number") from None
    return out


class NumberMap(Mapping[str, int]):
    """A lazily read word map whose values are whole numbers (``kg/data/words/<name>.tsv``)."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __getitem__(self, key: str) -> int:
        return _numbers(self.name)[key]

    def __iter__(self) -> Iterator[str]:
        return iter(_numbers(self.name))

    def __len__(self) -> int:
        return len(_numbers(self.name))

    def __repr__(self) -> str:
        return f"NumberMap({self.name!r})"


#: Month names and abbreviations -> month number ("sept" -> 9).
MONTHS = NumberMap("month_numbers")
#: Month names that are also ordinary English words ("may", "march"); they
#: count as months only with a date around them or a preposition before them.
AMBIGUOUS_MONTHS = WordClass("ambiguous_months")
#: Weekday names and abbreviations -> ISO weekday ("thurs" -> 4).
WEEKDAYS = NumberMap("weekday_numbers")
#: Season words -> TIMEX3 season code ("fall" -> "FA").
SEASONS = WordMap("season_codes")
#: Parts of the day as TIMEX3 writes them ("night" -> "NI").
DAY_PARTS = WordMap("day_part_codes")
#: Number words -> number ("a couple of" -> 2).
NUMBERS = NumberMap("number_words")
#: Quantity words that leave the number unknown ("several days" -> PXD).
VAGUE_NUMBERS = WordClass("vague_numbers")
#: Ordinal words -> position ("third" -> 3, "last" -> -1).
ORDINALS = NumberMap("ordinal_numbers")
#: Words placing a unit relative to now or to the story's date -> steps ("last" -> -1, "following" -> 1).
STEPS = NumberMap("relative_steps")
#: Words naming a day relative to publication -> days from it ("yesterday" -> -1).
DAY_OFFSETS = NumberMap("day_word_offsets")
#: Unit words -> TIMEX3 unit letter ("decades" -> "DE"); the clock units are the time-of-day ones.
_UNIT_LETTERS = WordMap("unit_letters")
_CLOCK_UNITS = WordClass("clock_units")


def unit_of(word: str) -> tuple[str, bool]:
    """The TIMEX3 unit letter of a unit word, and whether the clock measures it ("hours" -> ("H", True))."""
    word = word.lower()
    return _UNIT_LETTERS[word], word in _CLOCK_UNITS


def alternation(words: Iterable[str]) -> str:
    """Return a regex alternation of ``words``, longest first, spaces as ``\\s+``."""
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


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
UNIT_SINGULAR = r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century)"
UNIT_PLURAL = (
    r"(?:seconds|minutes|hours|days|weeks|fortnights|months|quarters|years|decades|centuries)"
)
UNIT = r"(?:" + UNIT_PLURAL[3:-1] + "|" + UNIT_SINGULAR[3:-1] + ")"
ORDINAL_DIGITS = r"(?:\d{1,2}(?:st|nd|rd|th))"


@functools.cache
def number() -> str:
    """A numeral or number word ("12", "1,000", "2.5", "twenty-five", "a dozen")."""
    tens = "|".join(w for w, n in NUMBERS.items() if 20 <= n <= 90 and n % 10 == 0)
    ones = "|".join(w for w, n in NUMBERS.items() if 1 <= n <= 9 and len(w) > 2 and " " not in w)
    return r"(?:\d+(?:,\d{3})*(?:\.\d+)?|(?:" + tens + r")(?:[\s-](?:" + ones + r"))?|" + alternation(NUMBERS)[3:-1] + r")"


@functools.cache
def vague() -> str:
    """A quantity word that leaves the number unknown ("several", "a few")."""
    return alternation(VAGUE_NUMBERS)


@functools.cache
def ordinal() -> str:
    """An ordinal word counted from the start ("third", "twenty-first")."""
    return alternation([w for w, n in ORDINALS.items() if n > 0])


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
