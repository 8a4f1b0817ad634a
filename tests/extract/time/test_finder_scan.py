"""The one-pass scan for time expressions finds what each rule's own pattern finds (sentences written for these tests)."""

from __future__ import annotations

import pytest

from kg.extract.time import finder

TEXTS = [
    "On Tuesday, March 3, 1987, the ministry said talks would resume next week at 10:30 a.m. GMT.",
    "Exports rose 4.5% in the fourth quarter of fiscal 1996-97, two years ago, and $27 million last June.",
    "The vote, held on 12/05/2019 (week 2019-W49), came three days after Christmas Day and before mid-2020.",
    "ISTANBUL, Oct. 8 - Every other Monday since the 1990s the council met twice a month, until July 1.",
    "Sales fell 3.07 points to 1,204.5 by 3:07 p.m. EST yesterday; the previous day they had risen.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_scan_finds_each_rules_matches_as_its_own_pattern_does(text: str) -> None:
    starts = finder._possible_starts(text, finder.RULES)
    assert starts is not None
    for rule in finder.RULES:
        expected = [(m.span(), m.groupdict()) for m in rule.pattern.finditer(text) if m.end() > m.start()]
        got = [(m.span(), m.groupdict()) for m in finder._matches(rule, text, starts)]
        assert got == expected, rule.name


def test_scan_of_a_text_with_case_oddities_runs_rule_by_rule() -> None:
    # "ſ" matches "s" case-insensitively, which lower-casing does not show: the fast scan is skipped.
    text = "The meeting on Tueſday was delayed until March 3."
    assert finder._possible_starts(text, finder.RULES) is None
    values = [t.value for t in finder.read_timexes(text, None, None)]
    assert any(v.endswith("-03-03") for v in values), values  # and the odd weekday does not crash the article


def test_scan_of_a_text_with_capital_letters_takes_the_fast_path() -> None:
    assert finder._possible_starts("KABUL, Oct. 8 - Kenya and Kuwait met on Monday.", finder.RULES) is not None
