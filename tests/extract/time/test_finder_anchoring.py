"""The time grammar's anchoring rules: each on an invented sentence, and the finder without it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from kg.extract import RULE_TABLES
from kg.extract.rules import RuleSwitch, rule_name
from kg.extract.time import ANCHORING_RULES, find_timexes
from kg.nlp import ParsedParagraph, load_pipeline

D = dt.date

# rule, text, reference, (text, value, earliest, latest) of the expression with the rule, the same without it
CASES = [
    ("time_after_speech_verb_takes_its_tense", "The foreign ministry said on Monday it will not attend the talks.", D(2019, 10, 8),
     ("Monday", "2019-10-07", D(2019, 10, 7), D(2019, 10, 7)), ("Monday", "2019-10-14", D(2019, 10, 14), D(2019, 10, 14))),
    ("reporting_date_is_no_anchor", "The storm hit on Saturday, officials said Sunday. It had begun the day before.", D(2019, 10, 8),
     ("the day before", "2019-10-04", D(2019, 10, 4), D(2019, 10, 4)), ("the day before", "2019-10-05", D(2019, 10, 5), D(2019, 10, 5))),
    ("perfect_tense_weekday_is_nearest", "The minister has called talks for Friday.", D(2019, 10, 10),
     ("Friday", "2019-10-11", D(2019, 10, 11), D(2019, 10, 11)), ("Friday", "2019-10-04", D(2019, 10, 4), D(2019, 10, 4))),
    ("end_of_unit_in_past_story_is_narrative", "The plant opened in May 2010 and by the end of the year it had closed.", D(2019, 10, 8),
     ("the end of the year", "2010", D(2010, 12, 21), D(2010, 12, 31)), ("the end of the year", "2019", D(2019, 12, 21), D(2019, 12, 31))),
    ("today_in_untensed_clause_is_present_ref", "The work can be done today.", D(2019, 10, 8),
     ("today", "PRESENT_REF", D(2019, 10, 8), D(2019, 10, 8)), ("today", "2019-10-08", D(2019, 10, 8), D(2019, 10, 8))),
    ("present_tense_weekday_is_coming", "Parliament reconvenes on Monday.", D(2019, 10, 11),
     ("Monday", "2019-10-14", D(2019, 10, 14), D(2019, 10, 14)), ("Monday", "2019-10-07", D(2019, 10, 7), D(2019, 10, 7))),
    ("present_tense_date_leans_to_future", "The tax expires on Sept. 30.", D(2019, 3, 27),
     ("Sept. 30", "2019-09-30", D(2019, 9, 30), D(2019, 9, 30)), ("Sept. 30", "2018-09-30", D(2018, 9, 30), D(2018, 9, 30))),
    ("range_end_follows_its_start", "The ban lasted from Dec. 20, 2017 to Jan. 5.", D(2019, 3, 27),
     ("Jan. 5", "2018-01-05", D(2018, 1, 5), D(2018, 1, 5)), ("Jan. 5", "2019-01-05", D(2019, 1, 5), D(2019, 1, 5))),
    ("distant_past_day_is_this_year", "The board approved a split payable Dec. 1.", D(2019, 10, 8),
     ("Dec. 1", "2019-12-01", D(2019, 12, 1), D(2019, 12, 1)), ("Dec. 1", "2018-12-01", D(2018, 12, 1), D(2018, 12, 1))),
    ("end_of_year_is_its_last_days", "It was signed at the end of 1986.", D(2019, 10, 8),
     ("the end of 1986", "1986", D(1986, 12, 21), D(1986, 12, 31)), ("the end of 1986", "1986", D(1986, 9, 1), D(1986, 12, 31))),
    ("earlier_later_stay_on_their_side_of_now", "Earlier this month, the army attacked.", D(2019, 10, 8),
     ("Earlier this month", "2019-10", D(2019, 10, 1), D(2019, 10, 8)), ("Earlier this month", "2019-10", D(2019, 10, 1), D(2019, 10, 31))),
]


@pytest.fixture(scope="module")
def nlp() -> Iterator[object]:
    yield load_pipeline()


def _last(nlp: object, text: str, reference: dt.date, disabled: frozenset[str]) -> tuple[tuple[str, str, dt.date | None, dt.date | None], RuleSwitch]:
    switch = RuleSwitch(disabled)
    timexes = find_timexes(text, reference, [ParsedParagraph(0, nlp(text))], switch)  # type: ignore[operator]
    t = timexes[-1]
    return (t.span.text(text), t.value, t.earliest, t.latest), switch


@pytest.mark.parametrize(("rule", "text", "reference", "with_rule", "without"), CASES, ids=[c[0] for c in CASES])
def test_finder_anchoring_rule_on_and_off(nlp: object, rule: str, text: str, reference: dt.date, with_rule: object, without: object) -> None:
    read, switch = _last(nlp, text, reference, frozenset())
    assert read == with_rule
    assert switch.fired[rule] >= 1, switch.fired
    read_without, switch_without = _last(nlp, text, reference, frozenset({rule}))
    assert read_without == without
    assert rule not in switch_without.fired


def test_finder_anchoring_rules_registered_and_each_has_a_case() -> None:
    assert RULE_TABLES["time.ANCHORING_RULES"] == ANCHORING_RULES
    assert {rule_name(r) for r in ANCHORING_RULES} == {c[0] for c in CASES}
