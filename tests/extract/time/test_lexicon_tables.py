"""The time grammar's word tables (kg/data/words/): readable, consistent with the grammar's patterns."""

from __future__ import annotations

import re

from kg.extract.time import lexicon as L
from kg.extract.words import word_map

MODS = {"START", "MID", "END", "APPROX", "MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS"}


def test_lexicon_number_tables_are_whole_numbers() -> None:
    tables = [L.MONTHS, L.WEEKDAYS, L.NUMBERS, L.ORDINALS, L.STEPS, L.DAY_OFFSETS, L.NumberMap("quarter_numbers")]
    for table in tables:
        assert len(table) > 0 and all(isinstance(v, int) for v in table.values()), table
    assert set(L.MONTHS.values()) == set(range(1, 13))
    assert set(L.WEEKDAYS.values()) == set(range(1, 8))


def test_lexicon_pattern_words_are_in_the_tables() -> None:
    for month in re.findall(r"[a-z]+", L.MONTH.split("(?!")[0]):
        assert month in L.MONTHS
    for day in re.findall(r"[a-z]+day", L.WEEKDAY):
        assert day in L.WEEKDAYS
    for unit in re.findall(r"[a-z]+", L.UNIT):
        assert L.unit_of(unit)[0]
    for season in re.findall(r"[a-z]+", L.SEASON):
        assert season in L.SEASONS
    for part in re.findall(r"[a-z]+", L.DAY_PART):
        assert part in L.DAY_PARTS


def test_lexicon_units_and_fragments() -> None:
    assert L.unit_of("Hours") == ("H", True)
    assert L.unit_of("decades") == ("DE", False)
    assert re.fullmatch(L.number(), "twenty-five", re.I)
    assert re.fullmatch(L.vague(), "a few", re.I)
    assert re.fullmatch(L.ordinal(), "twenty-first", re.I) and not re.fullmatch(L.ordinal(), "last", re.I)
    assert L.number_value("a couple of") == 2 and L.number_value("several") is None


def test_lexicon_value_maps_hold_timex_values() -> None:
    assert set(word_map("date_mod_words").values()) | set(word_map("duration_mod_words").values()) <= MODS
    assert set(word_map("ref_words").values()) | set(word_map("ref_only_words").values()) <= {"PAST_REF", "PRESENT_REF", "FUTURE_REF"}
    assert all(re.fullmatch(r"P(T?\d+[HDWMY]|XXXX-XX-XXT[A-Z]{2}|\d+[DWMY])|XXXX-XX-XXTNI", v) for v in word_map("set_adverbs").values())
