"""Which time expression dates which event: speech verbs, relative clauses, when-clauses, comparisons, ranges (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from tests.helpers import extract_text


def _times(extraction, trigger_word: str) -> list[tuple[dt.date | None, dt.date | None]]:  # type: ignore[no-untyped-def]
    text = extraction.article.text
    return [(e.time.earliest, e.time.latest) for e in extraction.events if trigger_word in e.trigger.text(text)]


def test_a_time_right_after_a_speech_verb_dates_the_speech_not_the_content(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Radio Havana said on Sunday Cuba had seized two Bahamian fishing boats.", "2021-05-04")
    sunday = dt.date(2021, 5, 2)
    assert _times(x, "said") == [(sunday, sunday)]
    assert _times(x, "seized") and all(t != (sunday, sunday) for t in _times(x, "seized"))


def test_a_relative_clause_on_an_event_noun_dates_the_noun(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Ministers discussed President Lula's visit to Spain, which is expected to take place between October 11 and 13.", "2019-10-09")
    assert _times(x, "visit") == [(dt.date(2019, 10, 11), dt.date(2019, 10, 13))]


def test_a_date_range_gives_the_event_both_ends(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Chile and Peru held talks on May 2-3.", "2019-10-09")
    assert set(_times(x, "talks")) == {(dt.date(2019, 5, 2), dt.date(2019, 5, 3))}


def test_a_quote_over_two_sentences_takes_the_time_of_its_attribution(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "“We call on Chile and Peru to hold talks. This is in their interest,” Foreign Minister Ana Diaz said on Monday."
    x = extract_text(extractor, text, "2021-05-05")
    monday = dt.date(2021, 5, 3)
    assert _times(x, "said") == [(monday, monday)]
    assert _times(x, "call on") and set(_times(x, "call on")) == {(monday, monday)}
    assert {e.time.anchor.value for e in x.events if "call on" in e.trigger.text(x.article.text)} == {"discourse"}


def test_a_quote_closed_in_its_own_sentence_keeps_publication_bounds(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "“We call on Chile and Peru to hold talks,” Foreign Minister Ana Diaz said. “It is time,” Diaz said on Monday."
    x = extract_text(extractor, text, "2021-05-05")
    # The first quote is closed before Monday's attribution: it is on the story's day, not Monday.
    assert _times(x, "said") == [(dt.date(2021, 5, 5), dt.date(2021, 5, 5)), (dt.date(2021, 5, 3), dt.date(2021, 5, 3))]


def test_a_speaking_occasion_dates_the_statement_made_on_it(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Speaking on Monday, Chancellor Olaf Scholz criticised Russia, saying the talks had failed.", "2021-05-05")
    monday = dt.date(2021, 5, 3)
    assert _times(x, "criticised") == [(monday, monday)]


def test_an_event_noun_takes_the_time_of_the_verb_it_is_subject_of(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Talks between Chile and Peru were held in Lima on Monday.", "2021-05-05")
    monday = dt.date(2021, 5, 3)
    assert _times(x, "Talks") and set(_times(x, "Talks")) == {(monday, monday)}


def test_an_event_told_as_past_ends_by_the_report_but_a_plan_may_not(extractor) -> None:  # type: ignore[no-untyped-def]
    # 2021-05-05 is a Wednesday: "this week" runs 3 to 9 May.
    past = extract_text(extractor, "Chile and Peru held talks this week.", "2021-05-05")
    assert set(_times(past, "talks")) == {(dt.date(2021, 5, 3), dt.date(2021, 5, 5))}
    planned = extract_text(extractor, "Chile and Peru will hold talks this week.", "2021-05-05")
    assert set(_times(planned, "talks")) == {(dt.date(2021, 5, 3), dt.date(2021, 5, 9))}


def test_until_bounds_an_intended_act_from_the_report_to_that_day(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Japan will allow imports of Russian timber until July 1.", "2021-05-05")
    (allow,) = [e for e in x.events if "allow" in e.trigger.text(x.article.text)]
    assert (allow.time.earliest, allow.time.latest) == (dt.date(2021, 5, 5), dt.date(2021, 7, 1))


def test_a_year_inside_the_subject_phrase_does_not_date_the_act(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Senator Ana Diaz, the rival of Lula in the 2022 election, criticised Brazil.", "2024-12-07")
    assert _times(x, "criticised") == [(dt.date(2024, 12, 7), dt.date(2024, 12, 7))]


def test_a_report_named_in_an_adjunct_dates_the_reporting(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "In an August 2018 report, UN experts accused Myanmar of abuses.", "2019-10-08")
    assert _times(x, "accused") == [(dt.date(2018, 8, 1), dt.date(2018, 8, 31))]


def test_a_participle_riding_on_a_dated_act_takes_its_date(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "President Lula signed a decree Thursday banning imports from Russia.", "2023-11-03")
    thursday = dt.date(2023, 11, 2)
    assert (thursday, thursday) in _times(x, "banning")


def test_a_scheduling_frame_dates_the_scheduled_act(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "A Chilean trade team was scheduled today to meet President Dina Boluarte of Peru.", "2023-11-01")
    today = dt.date(2023, 11, 1)
    assert (today, today) in _times(x, "meet")


def test_a_time_phrase_the_parser_hangs_on_the_subject_still_dates_the_act(extractor) -> None:  # type: ignore[no-untyped-def]
    # The parser reads "Arce, Peru on Tuesday" as the subject with an apposition and a time phrase.
    text = "In what is being seen as a snub to the visiting Bolivian PM Luis Arce, Peru on Tuesday significantly criticised Chile."
    x = extract_text(extractor, text, "2023-11-01")
    tuesday = dt.date(2023, 10, 31)
    assert (tuesday, tuesday) in _times(x, "criticised")


def test_when_clause_time_dates_the_main_clause(extractor) -> None:  # type: ignore[no-untyped-def]
    # Published on Tuesday 2021-05-04.
    text = "A Chilean soldier was killed and four were wounded when a grenade was thrown at a checkpoint in Arica this morning, the army said."
    killed = [e for e in extract_text(extractor, text).events if e.cameo.startswith("19") or e.cameo.startswith("18")]
    assert killed, "the killing is an event"
    assert all(e.time.earliest is not None and e.time.earliest.isoformat() == "2021-05-04" for e in killed)


def test_main_clause_keeps_its_own_time(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Peruvian police arrested two Chilean activists on Sunday when the protesters marched on Monday."
    arrests = [e for e in extract_text(extractor, text).events if e.cameo.startswith("173")]
    assert arrests and all(e.time.earliest is not None and e.time.earliest.isoformat() == "2021-05-02" for e in arrests)


def test_time_of_a_compared_figure_dates_no_report(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Chile accused Peru of cutting exports to 31%, down from 38% a week earlier."
    events = extract_text(extractor, text).events
    accusations = [e for e in events if e.cameo.startswith("11")]
    assert accusations and all((e.time.earliest, e.time.latest) == (dt.date(2021, 5, 4), dt.date(2021, 5, 4)) for e in accusations)
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


def test_a_duration_the_report_anchors_dates_the_event(extractor) -> None:  # type: ignore[no-untyped-def]
    from kg.document import build_article
    from kg.extract import extract_articles

    text = "Chile has detained 300 Peruvian activists in the past three years, Amnesty said."
    (extraction,) = list(extract_articles([build_article({"id": "t", "text": text, "published": "2015-06-17"})], extractor))
    detained = next(e for e in extraction.events if e.cameo.startswith("17"))  # type: ignore[union-attr]
    assert (str(detained.time.earliest), str(detained.time.latest)) == ("2012-06-17", "2015-06-17")
    ahead = "Chile will deploy troops to the border over the next two weeks."
    (plan,) = list(extract_articles([build_article({"id": "t", "text": ahead, "published": "2015-06-17"})], extractor))
    deploy = next(e for e in plan.events if "deploy" in e.trigger.text(plan.article.text))  # type: ignore[union-attr]
    assert (str(deploy.time.earliest), str(deploy.time.latest)) == ("2015-06-17", "2015-07-01")
