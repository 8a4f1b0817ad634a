"""Holiday names: the day each table rule gives, and the year the text means."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.time import normalize_date
from kg.extract.time.holidays import HOLIDAYS, easter_sunday, holiday_date

D = dt.date


@pytest.mark.parametrize(
    ("year", "easter"),
    [(1998, D(1998, 4, 12)), (2000, D(2000, 4, 23)), (2019, D(2019, 4, 21)), (2024, D(2024, 3, 31)), (2038, D(2038, 4, 25))],
)
def test_holidays_easter_sunday(year: int, easter: dt.date) -> None:
    assert easter_sunday(year) == easter


@pytest.mark.parametrize(
    ("name", "year", "day"),
    [
        ("christmas", 2021, D(2021, 12, 25)),
        ("thanksgiving", 2021, D(2021, 11, 25)),  # the fourth Thursday of November
        ("memorial day", 2021, D(2021, 5, 31)),  # the last Monday of May
        ("martin luther king day", 2021, D(2021, 1, 18)),
        ("labor day", 1998, D(1998, 9, 7)),
        ("good friday", 2024, D(2024, 3, 29)),
    ],
    ids=lambda v: str(v),
)
def test_holidays_table_rules(name: str, year: int, day: dt.date) -> None:
    assert holiday_date(HOLIDAYS[name], year) == day


def test_holidays_every_table_rule_reads() -> None:
    assert len(HOLIDAYS) > 20
    for rule_text in HOLIDAYS.values():
        assert holiday_date(rule_text, 2000).year == 2000


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("Christmas 1997", "1997-12-25"),
        ("last Christmas", "2018-12-25"),
        ("next Easter", "2020-04-12"),
        ("New Years Eve", "2019-12-31"),  # apostrophe left out
        ("Thanksgiving Day", "2019-11-28"),
    ],
)
def test_holidays_normalize(phrase: str, value: str) -> None:
    assert normalize_date(phrase, D(2019, 10, 8)).value == value
