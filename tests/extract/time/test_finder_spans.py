"""find_timexes on running text: spans, noise words, tense and narrative anchoring."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from kg.extract.time import find_timexes
from kg.model import Timex, TimexType
from kg.nlp import ParsedParagraph, load_pipeline

REF = dt.date(2019, 10, 8)  # a Tuesday


def found(text: str, reference: dt.date | None = REF) -> list[tuple[str, str, str | None]]:
    return [(t.span.text(text), t.value, t.mod) for t in find_timexes(text, reference)]


@pytest.mark.parametrize(
    "text",
    [
        "A second company to strongly protest the listing was Megvii.",
        "we said we would go, and we went.",
        "The shares cost $27 and then $2019.",
        "Prices may fall, and they march on to the hot spring water.",
        "A 22-year-old man and children ages 6 months and older were seen.",
        "The Sun. The former minister has been in office.",
        "He paid 2000 people 1,500 dollars.",
    ],
    ids=["a-second-company", "we-is-not-wednesday", "dollars", "may-march-fall", "ages",
         "sun-former", "counts"],
)
def test_time_finder_noise_yields_nothing(text: str) -> None:
    # The noise gives nothing; a real date after it is still found.
    tail = " Talks resumed on May 3, 2010."
    assert found(text + tail) == [("May 3, 2010", "2010-05-03", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protests grew in late September.", [("late September", "2019-09", "END")]),
        ("It was founded in August 2018.", [("August 2018", "2018-08", None)]),
        ("The war of 2009-2010 ended.", [("2009", "2009", None), ("2010", "2010", None)]),
        ("The expedition of 1957-58 was long.", [("1957", "1957", None), ("58", "1958", None)]),
        ("It took between 12 and 18 months.", [("12", "P12M", None), ("18 months", "P18M", None)]),
        ("Talks were held last week.", [("last week", "2019-W40", None)]),
        ("He has worked there for years.", [("years", "PXY", None)]),
        ("It lasted just over a week.", [("just over a week", "P1W", "MORE_THAN")]),
        ("The game will start at 15:00 GMT Saturday.",
         [("15:00 GMT Saturday", "2019-10-12T15:00", None)]),
    ],
    ids=["late-month", "month-year", "year-range", "short-year-range", "number-range",
         "last-week", "bare-unit", "mod-prefix", "clock-with-day"],
)
def test_time_finder_spans_and_values(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The minister said on Friday that talks failed.", "2019-10-04"),
        ("The minister will travel on Friday.", "2019-10-11"),
        ("The minister spoke on Tuesday.", "2019-10-08"),
        ("The accord was signed in November.", "2018-11"),
        ("The accord will be signed in November.", "2019-11"),
    ],
    ids=["past-friday", "future-friday", "publication-weekday", "past-month", "future-month"],
)
def test_time_finder_tense_heuristic(text: str, value: str) -> None:
    assert [t.value for t in find_timexes(text, REF)] == [value]


def test_time_finder_narrative_anchoring() -> None:
    text = ("The plant opened on May 3, 2010. The following day was quiet. A year earlier, "
            "the firm had been founded. Two days later it hired staff. The month before, "
            "in May 2008, it was planned.")
    values = [(t.span.text(text), t.value) for t in find_timexes(text, REF)]
    assert values == [
        ("May 3, 2010", "2010-05-03"), ("The following day", "2010-05-04"),
        ("A year earlier", "2009"), ("Two days later", "2009-XX-XX"),
        ("The month before", "2009-XX"), ("May 2008", "2008-05"),
    ]


def test_time_finder_without_reference_gives_unanchored_values() -> None:
    timexes = find_timexes("He left last week, on Friday, after two years.", None)
    assert [t.value for t in timexes] == ["XXXX-WXX", "XXXX-WXX-5", "P2Y"]
    assert all(t.earliest is None and t.latest is None for t in timexes)


def test_time_finder_results_sorted_and_disjoint() -> None:
    text = ("On Friday, Oct. 4, 2019 the talks, held every Monday since early 2018 and for "
            "about three years now, ended at 5 p.m.; next month they resume.")
    timexes = find_timexes(text, REF)
    assert len(timexes) >= 5
    for before, after in zip(timexes, timexes[1:]):
        assert before.span.end <= after.span.start
    assert any(t.type is TimexType.SET for t in timexes)


@pytest.fixture(scope="module")
def parse() -> Iterator[object]:
    try:
        nlp = load_pipeline()
    except Exception as exc:  # pragma: no cover - the pipeline is a declared dependency
        pytest.skip(f"spaCy pipeline unavailable: {exc}")
    yield nlp


def _with_parse(nlp: object, text: str) -> list[Timex]:
    doc = nlp(text)  # type: ignore[operator]
    return find_timexes(text, REF, [ParsedParagraph(0, doc)])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The minister said the talks failed on Friday.", "2019-10-04"),
        ("The minister will travel to Paris on Friday.", "2019-10-11"),
        ("Officials said the minister will travel to Paris on Friday.", "2019-10-11"),
        ("The accord was signed in November, officials said.", "2018-11"),
        ("The minister spoke on Tuesday.", "2019-10-08"),
    ],
    ids=["past", "future", "future-in-reported-speech", "past-month", "publication-day"],
)
def test_time_finder_tense_from_parse(parse: object, text: str, value: str) -> None:
    assert [t.value for t in _with_parse(parse, text)] == [value]


def test_time_finder_parse_rejects_modal_may(parse: object) -> None:
    text = "May I ask whether it may rain in May?"
    assert [(t.span.start, t.value) for t in _with_parse(parse, text)] == [(text.rindex("May"), "2019-05")]


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("Earlier this month, the army attacked.", "2019-10-01", "2019-10-08"),
        ("Talks will resume later this year.", "2019-10-08", "2019-12-31"),
    ],
    ids=["earlier-this-month", "later-this-year"],
)
def test_time_finder_earlier_later_bounded_by_reference(text: str, earliest: str, latest: str) -> None:
    import datetime as _dt

    from kg.extract.time import find_timexes as _find

    (timex,) = _find(text, _dt.date(2019, 10, 8))
    assert (str(timex.earliest), str(timex.latest)) == (earliest, latest)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks are to take place between October 11 and 13.", [("October 11", "2019-10-11", None), ("13", "2019-10-13", None)]),
        ("The summit ran June 2-4.", [("June 2", "2019-06-02", None), ("4", "2019-06-04", None)]),
        ("On June 12, 5 people died.", [("June 12", "2019-06-12", None)]),
        ("He got 13 votes on June 2 and 45 on June 3.", [("June 2", "2019-06-02", None), ("June 3", "2019-06-03", None)]),
        ("Turnout rose from 3 to 7 percent on June 2.", [("June 2", "2019-06-02", None)]),
    ],
    ids=["between-and", "dash", "count-after-date", "counts-between-dates", "no-month"],
)
def test_time_finder_reads_the_bare_second_day_of_a_range(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected


def test_time_the_end_of_a_year_is_its_last_days_late_in_it_its_last_months() -> None:
    text = "It was signed at the end of 1986 and ratified in late 1986."
    bounds = {t.span.text(text): (t.earliest, t.latest) for t in find_timexes(text, REF)}
    assert bounds["the end of 1986"] == (dt.date(1986, 12, 21), dt.date(1986, 12, 31))
    assert bounds["late 1986"] == (dt.date(1986, 9, 1), dt.date(1986, 12, 31))
