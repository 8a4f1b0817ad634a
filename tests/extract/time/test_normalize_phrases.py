"""normalize_date and parse_iso_date: phrase tables with readable ids."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.errors import DateParseError
from kg.extract.time import normalize_date, parse_iso_date
from kg.model import DatePrecision, TimexType

REF = dt.date(2019, 10, 8)  # a Tuesday
D = dt.date

# phrase, expected value, mod, earliest, latest
DATE_CASES = [
    ("late September", "2019-09", "END", D(2019, 9, 21), D(2019, 9, 30)),
    ("August 2018", "2018-08", None, D(2018, 8, 1), D(2018, 8, 31)),
    ("early 2019", "2019", "START", D(2019, 1, 1), D(2019, 4, 30)),
    ("mid-June", "2019-06", "MID", D(2019, 6, 11), D(2019, 6, 20)),
    ("the end of 2018", "2018", "END", D(2018, 12, 21), D(2018, 12, 31)),  # its last days; "late 2018" is its last months
    ("October 5, 2019", "2019-10-05", None, D(2019, 10, 5), D(2019, 10, 5)),
    ("5 October 2019", "2019-10-05", None, D(2019, 10, 5), D(2019, 10, 5)),
    ("Feb. 28", "2019-02-28", None, D(2019, 2, 28), D(2019, 2, 28)),
    ("2019-10-01", "2019-10-01", None, D(2019, 10, 1), D(2019, 10, 1)),
    ("last week", "2019-W40", None, D(2019, 9, 30), D(2019, 10, 6)),
    ("this week", "2019-W41", None, D(2019, 10, 7), D(2019, 10, 13)),
    ("next month", "2019-11", None, D(2019, 11, 1), D(2019, 11, 30)),
    ("last year", "2018", None, D(2018, 1, 1), D(2018, 12, 31)),
    ("the third quarter of 2019", "2019-Q3", None, D(2019, 7, 1), D(2019, 9, 30)),
    ("Q1 2020", "2020-Q1", None, D(2020, 1, 1), D(2020, 3, 31)),
    ("the first half of 2019", "2019-H1", None, D(2019, 1, 1), D(2019, 6, 30)),
    ("fiscal 2019", "2019", "APPROX", D(2018, 7, 1), D(2020, 6, 30)),
    ("summer 2019", "2019-SU", None, D(2019, 6, 21), D(2019, 9, 22)),  # the 2019 September equinox fell on the 23rd
    ("last summer", "2019-SU", None, D(2019, 6, 21), D(2019, 9, 22)),
    ("winter 2019", "2019-WI", None, D(2019, 12, 22), D(2020, 3, 19)),  # solstice on 22 December 2019
    ("the 1990s", "199", None, D(1990, 1, 1), D(1999, 12, 31)),
    ("the early 1990s", "199", "START", D(1990, 1, 1), D(1993, 12, 31)),
    ("the 20th century", "19", None, D(1900, 1, 1), D(1999, 12, 31)),
    ("yesterday", "2019-10-07", None, D(2019, 10, 7), D(2019, 10, 7)),
    ("tomorrow", "2019-10-09", None, D(2019, 10, 9), D(2019, 10, 9)),
    ("two years ago", "2017", None, D(2017, 1, 1), D(2017, 12, 31)),
    ("three days ago", "2019-10-05", None, D(2019, 10, 5), D(2019, 10, 5)),
    ("Tuesday", "2019-10-08", None, D(2019, 10, 8), D(2019, 10, 8)),
    ("last Friday", "2019-10-04", None, D(2019, 10, 4), D(2019, 10, 4)),
    ("next Friday", "2019-10-11", None, D(2019, 10, 11), D(2019, 10, 11)),
    ("recently", "PAST_REF", None, None, REF),
    ("the past", "PAST_REF", None, None, REF),
    ("former", "PAST_REF", None, None, REF),
    ("now", "PRESENT_REF", None, REF, REF),
    ("currently", "PRESENT_REF", None, REF, REF),
    ("in the future", "FUTURE_REF", None, REF, None),
    ("this fiscal year", "2019", "APPROX", D(2018, 7, 1), D(2020, 6, 30)),
]


@pytest.mark.parametrize(
    ("phrase", "value", "mod", "earliest", "latest"), DATE_CASES, ids=[c[0] for c in DATE_CASES]
)
def test_time_normalize_date_values(
    phrase: str, value: str, mod: str | None, earliest: dt.date | None, latest: dt.date | None
) -> None:
    timex = normalize_date(phrase, REF)
    assert (timex.value, timex.mod, timex.earliest, timex.latest) == (value, mod, earliest, latest)
    assert timex.span.start == 0 and timex.span.end == len(phrase)


# phrase, type, value, mod, quant, freq
OTHER_CASES = [
    ("three years", TimexType.DURATION, "P3Y", None, None, None),
    ("about three years", TimexType.DURATION, "P3Y", "APPROX", None, None),
    ("more than a decade", TimexType.DURATION, "P10Y", "MORE_THAN", None, None),
    ("almost seven years", TimexType.DURATION, "P7Y", "LESS_THAN", None, None),
    ("at least two weeks", TimexType.DURATION, "P2W", "EQUAL_OR_MORE", None, None),
    ("up to five days", TimexType.DURATION, "P5D", "EQUAL_OR_LESS", None, None),
    ("five hours", TimexType.DURATION, "PT5H", None, None, None),
    ("a month", TimexType.DURATION, "P1M", None, None, None),
    ("several days", TimexType.DURATION, "PXD", None, None, None),
    ("years", TimexType.DURATION, "PXY", None, None, None),
    ("the past two years", TimexType.DURATION, "P2Y", None, None, None),
    ("the next few months", TimexType.DURATION, "PXM", None, None, None),
    ("four-week", TimexType.DURATION, "P4W", None, None, None),
    ("every Monday", TimexType.SET, "XXXX-WXX-1", None, "EVERY", None),
    ("every morning", TimexType.SET, "XXXX-XX-XXTMO", None, "EVERY", None),
    ("weekly", TimexType.SET, "P1W", None, None, None),
    ("annually", TimexType.SET, "P1Y", None, None, None),
    ("twice a week", TimexType.SET, "P1W", None, None, "2X"),
    ("this morning", TimexType.TIME, "2019-10-08TMO", None, None, None),
    ("tonight", TimexType.TIME, "2019-10-08TNI", None, None, None),
    ("2 p.m.", TimexType.TIME, "2019-10-08T14:00", None, None, None),
    ("Friday afternoon", TimexType.TIME, "2019-10-04TAF", None, None, None),
    ("tomorrow at 3 p.m.", TimexType.TIME, "2019-10-09T15:00", None, None, None),
]


@pytest.mark.parametrize(
    ("phrase", "type_", "value", "mod", "quant", "freq"), OTHER_CASES,
    ids=[c[0] for c in OTHER_CASES],
)
def test_time_normalize_durations_sets_times(
    phrase: str, type_: TimexType, value: str, mod: str | None, quant: str | None,
    freq: str | None,
) -> None:
    timex = normalize_date(phrase, REF)
    assert (timex.type, timex.value, timex.mod, timex.quant, timex.freq) == (
        type_, value, mod, quant, freq,
    )


def test_time_normalize_durations_have_no_interval() -> None:
    timex = normalize_date("three years", REF)
    assert (timex.type, timex.value) == (TimexType.DURATION, "P3Y")
    assert timex.earliest is None and timex.latest is None


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("September", "XXXX-09"), ("last week", "XXXX-WXX"), ("yesterday", "XXXX-XX-XX"),
     ("Friday", "XXXX-WXX-5")],
    ids=["month", "last-week", "yesterday", "weekday"],
)
def test_time_normalize_without_reference_gives_x_values(phrase: str, value: str) -> None:
    timex = normalize_date(phrase, None)
    assert timex.value == value
    assert timex.earliest is None and timex.latest is None


def test_time_normalize_precision() -> None:
    assert normalize_date("August 2018", REF).precision is DatePrecision.MONTH
    assert normalize_date("2019-W40", REF).precision is DatePrecision.WEEK
    assert normalize_date("October 5, 2019", REF).precision is DatePrecision.DAY
    assert normalize_date("the 1990s", REF).precision is DatePrecision.DECADE


@pytest.mark.parametrize(
    "phrase",
    ["", "   ", "we", "$27", "A second company", "banana", "May I come in", "late", "27"],
    ids=["empty", "blank", "we", "dollars", "a-second-company", "banana", "modal-may", "late",
         "number"],
)
def test_time_normalize_rejects_non_dates(phrase: str) -> None:
    with pytest.raises(DateParseError, match=r"try forms like|not|empty"):
        normalize_date(phrase, REF)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2019-10-08", dt.date(2019, 10, 8)), (" 2020-02-29 ", dt.date(2020, 2, 29))],
    ids=["plain", "leap-day-padded"],
)
def test_time_parse_iso_date(text: str, expected: dt.date) -> None:
    assert parse_iso_date(text) == expected


@pytest.mark.parametrize(
    "text", ["2019-10", "2019", "2019-02-30", "10/08/2019", "yesterday", "", "2019-1-8"],
    ids=["month", "year", "no-such-day", "slashes", "word", "empty", "unpadded"],
)
def test_time_parse_iso_date_rejects(text: str) -> None:
    with pytest.raises(DateParseError, match="YYYY-MM-DD|calendar date"):
        parse_iso_date(text)


@pytest.mark.parametrize(
    ("year", "season", "start", "end"),
    [
        (1986, "FA", D(1986, 9, 23), D(1986, 12, 21)),
        (2020, "SU", D(2020, 6, 20), D(2020, 9, 21)),
        (2024, "WI", D(2024, 12, 21), D(2025, 3, 19)),
        (1950, "SP", D(1950, 3, 21), D(1950, 6, 20)),
    ],
    ids=["fall-1986", "summer-2020", "winter-2024", "spring-1950"],
)
def test_time_season_bounds_follow_the_equinoxes_and_solstices(year: int, season: str, start: dt.date, end: dt.date) -> None:
    from kg.extract.time.anchor import season_bounds

    assert season_bounds(year, season) == (start, end)
