"""Times that date nothing of the event (sentences written for these tests)."""

from __future__ import annotations

from tests.helpers import extract_text


def test_time_of_a_compared_figure_dates_no_report(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "A Datafolha poll released on Friday showed Lula's approval rating at 31%, the Folha newspaper reported, down from 38% a week earlier."
    events = extract_text(extractor, text).events
    assert all(e.time.text != "a week earlier" for e in events)


def test_time_after_than_dates_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Chile imposed more tariffs on Peru than a year ago."
    events = [e for e in extract_text(extractor, text).events if e.cameo.startswith("16")]
    assert events and all(e.time.text != "a year ago" for e in events)


def test_time_of_the_act_still_dates_it(extractor) -> None:  # type: ignore[no-untyped-def]
    events = extract_text(extractor, "Chile imposed tariffs on Peru a week earlier.").events
    assert any(e.time.text == "a week earlier" for e in events)


def test_said_on_weekday_is_past_whatever_the_content(extractor) -> None:  # type: ignore[no-untyped-def]
    # Published on Tuesday 2021-05-04: "said on Monday" is the day before, not next Monday.
    events = extract_text(extractor, "Peru's foreign ministry said on Monday it will not attend the talks.").events
    speech = [e for e in events if e.cameo == "010"]
    assert speech and speech[0].time.earliest is not None and speech[0].time.earliest.isoformat() == "2021-05-03"
    assert speech[0].modality.value != "planned"
