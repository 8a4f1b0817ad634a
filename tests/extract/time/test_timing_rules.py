"""Each event-time rule: an invented sentence it dates, and the extractor without it (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import datetime as dt
from typing import Any

import pytest

from kg.document import build_article
from kg.extract import extract
from kg.extract.events.timing import TIMING_RULES
from kg.extract.events.timing_discourse import elaboration_follows_dated_act
from kg.extract.rules import RuleSwitch, describe_rules, rule_name
from kg.model import DatePrecision, Event, EventTime, Modality, Span, TimeAnchor
from kg.nlp import parse_articles

D = dt.date

# rule, text, published, predicate, its (earliest, latest) with the rule, without it, predicates dated as plans
CASES = [
    ("time_misread_as_subject_dates_nothing",
     "Five fishermen who had been held by pirates off Somalia since 2018 were freed in a swap for two boats.",
     "2021-05-04", "freed", (None, D(2021, 5, 4)), (D(2018, 1, 1), D(2018, 12, 31)), ()),
    ("compared_figure_time_dates_nothing", "Chile imposed more tariffs on Peru than a year ago.", "2021-05-04", "imposed",
     (None, D(2021, 5, 4)), (D(2020, 1, 1), D(2020, 12, 31)), ()),
    ("time_after_speech_verb_dates_the_speech", "Chile said Sunday Peru had expelled two diplomats.", "2021-05-04", "said",
     (D(2021, 5, 2), D(2021, 5, 2)), (None, D(2021, 5, 4)), ()),
    ("occasion_dates_its_clause", "Speaking on Monday, Chancellor Olaf Scholz criticised Russia, saying the talks had failed.", "2021-05-05",
     "criticised", (D(2021, 5, 3), D(2021, 5, 3)), (None, D(2021, 5, 5)), ()),
    ("time_inside_argument_dates_argument", "Ana Diaz, the rival of Lula in the 2022 election, criticised Brazil.", "2024-12-07", "criticised",
     (None, D(2024, 12, 7)), (D(2022, 1, 1), D(2022, 12, 31)), ()),
    ("unclaimed_expression_dates_the_event", "Chile boycotted the talks with Peru, which were held on Monday.", "2021-05-04", "boycotted",
     (D(2021, 5, 3), D(2021, 5, 3)), (None, D(2021, 5, 4)), ()),
    ("participle_shares_the_date_of_its_act", "President Lula signed a decree Thursday banning imports from Russia.", "2023-11-03", "banning",
     (D(2023, 11, 2), D(2023, 11, 2)), (None, D(2023, 11, 3)), ()),
    ("when_clause_shares_its_date", "A Chilean soldier was killed when a grenade was thrown at a checkpoint in Arica this morning.", "2021-05-04", "killed",
     (D(2021, 5, 4), D(2021, 5, 4)), (None, D(2021, 5, 4)), ()),
    ("date_range_gives_both_ends", "Chile and Peru held talks on May 2-3.", "2019-10-09", "held",
     (D(2019, 5, 2), D(2019, 5, 3)), (D(2019, 5, 2), D(2019, 5, 2)), ()),
    ("until_bounds_the_act", "Japan will allow imports of Russian timber until July 1.", "2021-05-05", "allow",
     (D(2021, 5, 5), D(2021, 7, 1)), (D(2021, 7, 1), D(2021, 7, 1)), ("allow",)),
    ("past_act_ends_by_report", "Chile and Peru held talks this week.", "2021-05-05", "held",
     (D(2021, 5, 3), D(2021, 5, 5)), (D(2021, 5, 3), D(2021, 5, 9)), ()),
    ("told_as_done_is_not_after_report", "Three days later, Chile recalled its ambassador.", "2021-05-05", "recalled",
     (None, D(2021, 5, 5)), (D(2021, 5, 8), D(2021, 5, 8)), ()),
    ("conjunct_shares_head_time", "Chile and Peru met on Monday and signed an accord.", "2021-05-05", "signed",
     (D(2021, 5, 3), D(2021, 5, 3)), (None, D(2021, 5, 5)), ()),
    ("counted_from_the_act_it_precedes_or_follows", "Chile recalled its ambassador on Wednesday, two days after Peru expelled a Chilean diplomat.",
     "2021-05-07", "expelled", (D(2021, 5, 3), D(2021, 5, 3)), (None, D(2021, 5, 7)), ()),
    ("undated_act_on_the_story_day", "Chile expelled two Peruvian diplomats.", "2021-05-04", "expelled",
     (D(2021, 5, 4), D(2021, 5, 4)), (None, D(2021, 5, 4)), ()),
    ("present_perfect_takes_no_bygone_time", "Norway has expelled a Russian diplomat accused of spying in 2019.", "2021-05-04", "expelled",
     (None, D(2021, 5, 4)), (D(2019, 1, 1), D(2019, 12, 31)), ()),
]

#: Dates on the story's day what no other rule dates; switched off for the other rules' cases,
#: which compare against the publication bound.
STORY_DAY = "undated_act_on_the_story_day"


@pytest.mark.parametrize(("rule", "text", "published", "predicate", "with_rule", "without", "planned"), CASES, ids=[c[0] for c in CASES])
def test_timing_rule_dates_its_case_and_only_it(date_predicates: Any, rule: str, text: str, published: str, predicate: str, with_rule: Any, without: Any, planned: tuple[str, ...]) -> None:
    story_day = () if rule == STORY_DAY else (STORY_DAY,)
    dated, fired = date_predicates(text, published, disabled=story_day, planned=planned)
    assert dated[predicate] == with_rule, dated
    assert fired[rule] >= 1, fired
    # Against the general reading alone: the general fallback (an unclaimed expression of the
    # sentence) is switched off too, or it would stand in for most rules (see the next test).
    disabled = (*story_day, rule) if rule in WITH_FALLBACK else (*story_day, rule, FALLBACK)
    dated_without, fired_without = date_predicates(text, published, disabled=disabled, planned=planned)
    assert dated_without[predicate] == without, dated_without
    assert rule not in fired_without


#: The general fallback, and the rules whose cases it dates the same way on its own.
FALLBACK = "unclaimed_expression_dates_the_event"
#: Rules measured against the general reading with the fallback on: they only keep a time from it.
WITH_FALLBACK = {FALLBACK, "present_perfect_takes_no_bygone_time"}
SUBSUMED = {"occasion_dates_its_clause"}


@pytest.mark.parametrize("case", [c for c in CASES if c[0] in SUBSUMED], ids=[c[0] for c in CASES if c[0] in SUBSUMED])
def test_timing_general_fallback_alone_dates_the_special_cases(date_predicates: Any, case: Any) -> None:
    rule, text, published, predicate, with_rule, _, planned = case
    dated, fired = date_predicates(text, published, disabled=(rule,), planned=planned)
    assert dated[predicate] == with_rule, dated
    assert fired[FALLBACK] >= 1


def test_timing_rule_plan_keeps_its_whole_week(date_predicates: Any) -> None:
    # A plan lies ahead of the report: "this week" is not cut at publication.
    dated, fired = date_predicates("Chile and Peru will hold talks this week.", "2021-05-05", planned=("hold",))
    assert dated["hold"] == (D(2021, 5, 3), D(2021, 5, 9))
    assert "past_act_ends_by_report" not in fired


def test_timing_what_someone_says_around_an_act_does_not_date_it(date_predicates: Any) -> None:
    # "before winter" belongs to what the minister says, not to her condemnation.
    text = "Norway condemned the raid, saying Chile was trying to break Peru's will before winter."
    dated, fired = date_predicates(text, "2021-05-05", disabled=(STORY_DAY,))
    assert dated["condemned"] == (None, D(2021, 5, 5)), dated
    assert fired["unclaimed_expression_dates_the_event"] == 0


def test_timing_a_who_clause_does_not_date_its_partys_later_act(date_predicates: Any) -> None:
    # "in 2014" tells the rebels' past, not when they rejected the plan.
    text = "The rebels, who lived in the mountains of Peru in 2014, rejected the peace plan."
    dated, fired = date_predicates(text, "2021-05-05", disabled=(STORY_DAY,))
    assert dated["rejected"] == (None, D(2021, 5, 5)), dated
    assert fired["unclaimed_expression_dates_the_event"] == 0


def test_timing_rules_are_named_documented_and_each_has_a_case() -> None:
    infos = describe_rules({"events.TIMING": TIMING_RULES})
    assert all(info.summary for info in infos)
    tested = {c[0] for c in CASES} | {"elaboration_follows_dated_act", "continued_quote_dated_by_attribution", "occurrence_sentence_dates_the_act_before"}
    assert {rule_name(r) for r in TIMING_RULES} == tested


def _event(event_id: str, cameo: str, source: str, start: int, time: EventTime, reported_by: str | None = None) -> Event:
    return Event(event_id, Span(start, start + 4), cameo, Span(start, start + 40), time, Modality.ASSERTED, source=source, reported_by=reported_by)


def test_timing_elaboration_follows_dated_act() -> None:
    article = build_article({"id": "t", "text": "x" * 200, "published": "2021-05-20"}, origin="test")
    protest = EventTime(D(2021, 5, 1), D(2021, 5, 10), DatePrecision.MONTH, TimeAnchor.EXPLICIT, "early this month")
    undated = EventTime(None, D(2021, 5, 20), DatePrecision.UNKNOWN, TimeAnchor.PUBLICATION)
    previous = [_event("e1", "111", "chile", 0, protest)]
    current = [_event("e2", "010", "chile", 50, undated)]
    (follows,) = elaboration_follows_dated_act(current, previous, article)
    assert (follows.time.earliest, follows.time.latest, follows.time.anchor) == (D(2021, 5, 1), D(2021, 5, 20), TimeAnchor.DISCOURSE)
    other = [_event("e3", "010", "peru", 50, undated)]
    assert elaboration_follows_dated_act(other, previous, article) == other


def _discourse_dates(extractor: Any, text: str, trigger: str) -> Callable[[frozenset[str]], tuple[set[tuple[dt.date | None, dt.date | None]], RuleSwitch]]:
    """Extract ``text`` (published 2021-05-05) with some rules off: the days of the events whose trigger holds ``trigger``, and what fired."""
    article = build_article({"id": "t", "text": text, "published": "2021-05-05"}, origin="test")
    ((article, paragraphs),) = list(parse_articles(extractor.nlp, [article]))

    def call_on(disabled: frozenset[str]) -> tuple[set[tuple[dt.date | None, dt.date | None]], RuleSwitch]:
        switch = RuleSwitch(disabled)
        result = extract(article, paragraphs, extractor, switch)
        return {(e.time.earliest, e.time.latest) for e in result.events if trigger in e.trigger.text(text)}, switch

    return call_on


def test_timing_continued_quote_dated_by_attribution(extractor: Any) -> None:
    text = "“We call on Chile and Peru to hold talks. This is in their interest,” Foreign Minister Ana Diaz said on Monday."
    call_on = _discourse_dates(extractor, text, "call on")
    monday = D(2021, 5, 3)
    dated, switch = call_on(frozenset())
    assert dated == {(monday, monday)}
    assert switch.fired["continued_quote_dated_by_attribution"] >= 1
    undated, _ = call_on(frozenset({"continued_quote_dated_by_attribution", STORY_DAY}))
    assert undated == {(None, D(2021, 5, 5))}


def test_timing_occurrence_sentence_dates_the_act_before(extractor: Any) -> None:
    text = "Chilean troops shelled a Peruvian border post near Tacna. The attack took place late on Monday, officials said."
    call_on = _discourse_dates(extractor, text, "shelled")
    monday = D(2021, 5, 3)
    dated, switch = call_on(frozenset())
    assert dated == {(monday, monday)}
    assert switch.fired["occurrence_sentence_dates_the_act_before"] == 1
    undated, _ = call_on(frozenset({"occurrence_sentence_dates_the_act_before"}))
    assert undated == {(D(2021, 5, 5), D(2021, 5, 5))}


@pytest.mark.parametrize(("text", "published", "predicate", "dated"), [
    # What precedes the report, what it only relays, and what lies ahead are not on its day.
    ("Chile had expelled two Peruvian diplomats.", "2021-05-04", "expelled", (None, D(2021, 5, 4))),
    ("Peru said Chile expelled two Peruvian diplomats.", "2021-05-04", "expelled", (None, D(2021, 5, 4))),
    ("Chile will expel two Peruvian diplomats.", "2021-05-04", "expel", (D(2021, 5, 4), None)),
    # No publication date: no story day either.
    ("Chile expelled two Peruvian diplomats.", "", "expelled", (None, None)),
])
def test_timing_story_day_only_for_what_the_report_asserts(extractor: Any, text: str, published: str, predicate: str, dated: Any) -> None:
    article = build_article({"id": "t", "text": text, "published": published or None}, origin="test")
    ((article, paragraphs),) = list(parse_articles(extractor.nlp, [article]))
    result = extract(article, paragraphs, extractor, RuleSwitch())
    times = {e.trigger.text(text).split()[0]: e.time for e in result.events}
    assert (times[predicate].earliest, times[predicate].latest) == dated, times
    assert times[predicate].anchor in {TimeAnchor.PUBLICATION, TimeAnchor.NONE}


def test_timing_story_day_is_marked_as_the_publications(extractor: Any) -> None:
    text = "Chile expelled two Peruvian diplomats."
    article = build_article({"id": "t", "text": text, "published": "2021-05-04"}, origin="test")
    ((article, paragraphs),) = list(parse_articles(extractor.nlp, [article]))
    (event,) = extract(article, paragraphs, extractor, RuleSwitch()).events
    assert (event.time.earliest, event.time.latest, event.time.precision) == (D(2021, 5, 4), D(2021, 5, 4), DatePrecision.DAY)
    # The day comes from the publication, not from the text: no expression is claimed.
    assert (event.time.anchor, event.time.text) == (TimeAnchor.PUBLICATION, None)
