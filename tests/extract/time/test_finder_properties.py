"""Property tests: no crash on any text, only DateParseError, sane intervals, no clock."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kg.errors import DateParseError
from kg.extract.time import find_timexes, normalize_date
from kg.model import TimexType

# Text built from time words, so the grammar is exercised, not only random noise.
WORDS = st.sampled_from([
    "late", "early", "mid-", "the", "last", "next", "this", "week", "month", "year", "ago",
    "September", "May", "Friday", "Sat.", "2019", "1957-58", "1990s", "20th", "century",
    "about", "more than", "a", "two", "several", "days", "hours", "3:07:35", "8 p.m.", "noon",
    "every", "Monday", "quarter", "first", "half", "fiscal", "summer", "now", "recently", "$27",
    "we", "said", "will", "earlier", "later", "following", "day", "before", "between", "and",
    "12", "18", "months", "tomorrow", "night", ",", ".", "-", "\n\n", "Q3", "FY", "2019-02-30",
])  # fmt: skip
TIMEY_TEXT = st.lists(WORDS, max_size=25).map(" ".join)
REFERENCES = st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1)))


@settings(deadline=None, max_examples=300)
@given(text=st.one_of(st.text(max_size=200), TIMEY_TEXT), reference=REFERENCES)
@example(text="31 December 9999 next year", reference=dt.date(9999, 12, 31))
@example(text="last week on Monday", reference=dt.date(1, 1, 1))
def test_time_find_timexes_never_raises(text: str, reference: dt.date | None) -> None:
    timexes = find_timexes(text, reference)
    for before, after in zip(timexes, timexes[1:]):
        assert before.span.end <= after.span.start
    for t in timexes:
        assert 0 <= t.span.start < t.span.end <= len(text)
        if t.earliest is not None and t.latest is not None:
            assert t.earliest <= t.latest


@settings(deadline=None, max_examples=300)
@given(phrase=st.one_of(st.text(max_size=60), TIMEY_TEXT), reference=REFERENCES)
@example(phrase="\x00", reference=None)
def test_time_normalize_date_raises_only_date_parse_error(
    phrase: str, reference: dt.date | None
) -> None:
    try:
        timex = normalize_date(phrase, reference)
    except DateParseError as exc:
        assert str(exc)
        return
    if timex.earliest is not None and timex.latest is not None:
        assert timex.earliest <= timex.latest


@settings(deadline=None)
@given(day=st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_time_finer_date_lies_inside_coarser(day: dt.date) -> None:
    month = day.strftime("%B")
    phrases = [f"{month} {day.day}, {day.year}", f"{month} {day.year}", f"{day.year}"]
    if day.year < 2000:
        phrases.append(f"the {day.year // 10 * 10}s")
    quarter = (day.month - 1) // 3 + 1
    phrases.insert(2, f"Q{quarter} {day.year}")
    timexes = [normalize_date(p, None) for p in phrases]
    for finer, coarser in zip(timexes, timexes[1:]):
        assert finer.earliest is not None and coarser.earliest is not None
        assert finer.latest is not None and coarser.latest is not None
        assert coarser.earliest <= finer.earliest <= finer.latest <= coarser.latest


@settings(deadline=None)
@given(day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_time_week_contains_its_days(day: dt.date) -> None:
    year, week, _ = day.isocalendar()
    timex = normalize_date(f"{year}-W{week:02d}", None)
    assert timex.earliest is not None and timex.latest is not None
    assert timex.earliest <= day <= timex.latest
    assert (timex.latest - timex.earliest).days == 6


@pytest.mark.parametrize("mod_word", ["early", "mid", "late"])
@settings(deadline=None)
@given(year=st.integers(1000, 2099), month=st.integers(1, 12))
def test_time_modded_month_inside_month(mod_word: str, year: int, month: int) -> None:
    name = dt.date(2000, month, 1).strftime("%B")
    whole = normalize_date(f"{name} {year}", None)
    part = normalize_date(f"{mod_word} {name} {year}", None)
    assert whole.earliest and whole.latest and part.earliest and part.latest
    assert whole.earliest <= part.earliest <= part.latest <= whole.latest


@settings(deadline=None)
@given(a=st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2050, 1, 1)),
       b=st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2050, 1, 1)))
def test_time_absolute_dates_do_not_depend_on_reference(a: dt.date, b: dt.date) -> None:
    # The reference date is the only notion of "now": absolute expressions
    # ignore it, relative ones move with it (and the clock is never read).
    text = "On March 5, 2011 and in May 2010, during the 1990s, for three years."
    assert [t.value for t in find_timexes(text, a)] == [t.value for t in find_timexes(text, b)]
    shift = [t for t in find_timexes("It rained yesterday.", a) if t.type is TimexType.DATE]
    assert shift and shift[0].earliest == a - dt.timedelta(days=1)


def test_time_results_do_not_read_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    class FrozenDate(dt.date):
        @classmethod
        def today(cls) -> FrozenDate:  # pragma: no cover - must never be called
            raise AssertionError("the time finder read the clock")

    monkeypatch.setattr(dt, "date", FrozenDate)
    ref = FrozenDate(2019, 10, 8)
    assert [t.value for t in find_timexes("Last week and next year, on Friday.", ref)] == [
        "2019-W40", "2020", "2019-10-04",
    ]
