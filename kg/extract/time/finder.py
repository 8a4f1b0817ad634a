"""Find time expressions in running text with our own regex grammar.

dateparser's ``search_dates`` is too noisy for news (it reads "we" as
Wednesday, "A second company" as a time and "$27" as a date), so spans come
from the rules in :mod:`dates`, :mod:`relative`, :mod:`clock` and
:mod:`durations`. The finder:

1. runs every rule over the text and keeps the matches its handler accepts;
2. keeps the longest of overlapping matches (earlier rule wins a tie);
3. reads them left to right with the clause's tense and the narrative anchor
   (the last specific date seen), widening a span over a modifier before it
   ("late", "about", "more than") and setting the TIMEX3 mod;
4. computes each DATE's day interval from its value (:mod:`interval`).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from kg.extract.time import clock, dates, durations, holidays, periods, relative
from kg.extract.time.anchor import (
    Anchor,
    ParseIndex,
    Tense,
    heuristic_tense,
    reporting_date_is_no_anchor,
    time_after_speech_verb_takes_its_tense,
)
from kg.extract.time.occurrence import (
    distant_past_day_is_this_year,
    perfect_tense_weekday_is_nearest,
    present_tense_date_leans_to_future,
    present_tense_weekday_is_coming,
    range_end_follows_its_start,
)
from kg.extract.time.interval import bounds
from kg.extract.time.reading import Context, Reading, Rule
from kg.extract.time.relative import end_of_unit_in_past_story_is_narrative, today_in_untensed_clause_is_present_ref
from kg.extract.rules import Rule as NamedRule
from kg.extract.rules import RuleSwitch, rule_name
from kg.extract.time.lexicon import NUMBERS, VAGUE_NUMBERS, alternation
from kg.extract.words import WordMap
from kg.model import DatePrecision, Span, Timex, TimexType

if TYPE_CHECKING:
    from kg.nlp import ParsedParagraph

RULES: list[Rule] = dates.RULES + periods.RULES + relative.RULES + clock.RULES + durations.RULES + holidays.RULES
#: Rules for normalize_date: everything the finder knows plus words
#: ("former", "once") too ambiguous to look for in running text.
PHRASE_RULES: list[Rule] = RULES + relative.PHRASE_ONLY_RULES + dates.PHRASE_ONLY_RULES


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    order: int
    rule: Rule
    match: re.Match[str]


#: Words before a date -> mod ("late March" -> END).
_DATE_MODS = WordMap("date_mod_words")
#: Words before a duration -> mod ("more than a decade" -> MORE_THAN); other modifiers are APPROX.
_DURATION_MODS = WordMap("duration_mod_words")


@functools.cache
def _date_mod() -> re.Pattern[str]:
    """A mod word ("late", "the end of") or an approximation ("around") just before a date."""
    return re.compile(
        r"(?:(?<![\w-])(?:the\s+)?(?:very\s+)?(?P<m>" + alternation(_DATE_MODS)[3:-1] + r")(?:\s+the)?(?:\s+|-)"
        r"|(?<![\w-])(?P<a>around|about|approximately|circa|roughly)\s+)$",
        re.I,
    )


_DURATION_MOD = re.compile(
    r"(?<![\w-])(?P<m>(?:(?:just|well)\s+)?(?:more\s+than|over|under|less\s+than|fewer\s+than)"
    r"|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|upwards\s+of"
    r"|in\s+excess\s+of|about|around|approximately|roughly|some|nearly|almost|an\s+estimated"
    r"|close\s+to)\s+$",
    re.I,
)


@functools.cache
def _quantity_start() -> re.Pattern[str]:
    """A numeral, number word or vague quantity ("three", "several", "half") opening a duration."""
    return re.compile(r"\d|" + alternation([*NUMBERS, *VAGUE_NUMBERS, "half"]) + r"\b", re.I)


def _duration_mod(words: str) -> str:
    words = re.sub(r"\s+", " ", words.lower()).removeprefix("just ").removeprefix("well ")
    return _DURATION_MODS.get(words, "APPROX")


def _with_modifier(text: str, start: int, end: int, reading: Reading,
                   floor: int) -> tuple[int, Reading]:
    """Widen ``[start, end)`` over a modifier just before it and set the reading's mod."""
    if reading.mod is not None:
        return start, reading
    window = text[max(floor, start - 40) : start]
    if reading.type is TimexType.DATE and not reading.value.endswith("_REF"):
        m = _date_mod().search(window)
        if m:
            key = re.sub(r"\s+", " ", m["m"].lower()) if m["m"] else None
            mod = _DATE_MODS[key] if key else "APPROX"
            if mod != "APPROX" and is_duration_value(reading.value):
                return start, reading
            return start - len(m[0]), replace(reading, mod=mod)
    if reading.type is TimexType.DURATION and _quantity_start().match(text, start):
        m = _DURATION_MOD.search(window)
        if m:
            return start - len(m[0]), replace(reading, mod=_duration_mod(m["m"]))
    return start, reading


def is_duration_value(value: str) -> bool:
    """Whether a value is a duration ("P3D", "PTXM"), not a date or "PAST_REF"."""
    return re.match(r"PT?[\dX]", value) is not None


_VERY_END = re.compile(r"(?:the\s+)?(?:very\s+)?(?:end|close)\s+of\b", re.I)

Bounds = tuple[dt.date | None, dt.date | None]


def end_of_year_is_its_last_days(phrase: str, reading: Reading, earliest: dt.date | None, latest: dt.date | None) -> Bounds:
    """"The end of 1986" is its last days (eleven of them), "late 1986" its last months."""
    if reading.mod == "END" and _VERY_END.match(phrase) and re.fullmatch(r"\d{4}", reading.value) and latest is not None:
        return latest - dt.timedelta(days=10), latest
    return earliest, latest


def earlier_later_stay_on_their_side_of_now(phrase: str, reference: dt.date | None, earliest: dt.date | None, latest: dt.date | None) -> Bounds:
    """"Earlier this month" ends at the reference date, "later this year" starts there; both keep the unit as their value."""
    if reference is None or earliest is None or latest is None or not earliest <= reference <= latest:
        return earliest, latest
    first = phrase.split(maxsplit=1)[0].lower() if phrase.strip() else ""
    if first == "earlier":
        return earliest, reference
    if first == "later":
        return reference, latest
    return earliest, latest


def build_timex(span: Span, reading: Reading, reference: dt.date | None, phrase: str = "",
                switch: RuleSwitch | None = None) -> Timex:
    """A :class:`Timex` from a reading, with the interval its value covers (see :func:`interval.bounds`)."""
    switch = switch if switch is not None else RuleSwitch()
    if reading.type in (TimexType.DATE, TimexType.TIME) and not is_duration_value(reading.value):
        earliest, latest, precision = bounds(reading.value, reading.mod, reference)
        if switch.on(rule_name(end_of_year_is_its_last_days)):
            narrowed = end_of_year_is_its_last_days(phrase, reading, earliest, latest)
            switch.fire(rule_name(end_of_year_is_its_last_days), int(narrowed != (earliest, latest)))
            earliest, latest = narrowed
        if switch.on(rule_name(earlier_later_stay_on_their_side_of_now)):
            narrowed = earlier_later_stay_on_their_side_of_now(phrase, reference, earliest, latest)
            switch.fire(rule_name(earlier_later_stay_on_their_side_of_now), int(narrowed != (earliest, latest)))
            earliest, latest = narrowed
    else:
        earliest = latest = None
        precision = DatePrecision.UNKNOWN
    return Timex(span=span, type=reading.type, value=reading.value, precision=precision,
                 mod=reading.mod, earliest=earliest, latest=latest, quant=reading.quant,
                 freq=reading.freq)  # fmt: skip


_ANCHOR_PRECISIONS = frozenset({DatePrecision.DAY, DatePrecision.WEEK, DatePrecision.MONTH,
                                DatePrecision.QUARTER, DatePrecision.SEASON, DatePrecision.YEAR})


def _next_anchor(anchor: Anchor | None, timex: Timex, reference: dt.date | None) -> Anchor | None:
    """The narrative anchor after reading ``timex``: itself when it names a specific date."""
    if timex.type not in (TimexType.DATE, TimexType.TIME) or "X" in timex.value:
        return anchor
    if timex.value.endswith("_REF") or is_duration_value(timex.value):
        return anchor
    start, _, precision = bounds(timex.value, None, reference)
    if start is None or precision not in _ANCHOR_PRECISIONS:
        return anchor
    quarter = start if precision is DatePrecision.QUARTER else anchor.quarter if anchor else None
    return Anchor(start, precision, quarter, timex.span.end)


def _read(cand: _Candidate, ctx: Context) -> Reading | None:
    """Run a candidate's handler; None when it rejects the match.

    Calendar arithmetic can step outside years 1..9999 ("next week" written
    on 9999-12-31); such an expression has no value we can write, so it is
    dropped rather than crashing the article. So is a word the patterns match
    case-insensitively but the tables do not hold ("Tueſday").
    """
    try:
        return cand.rule.handler(cand.match, ctx)
    except (OverflowError, ValueError, KeyError):
        return None


# --- finding matches fast -------------------------------------------------------------
#
# Running each rule's pattern over the whole text costs one pass per rule. One
# pass of all the patterns at once (lower-cased, without IGNORECASE, which the
# regex engine runs far faster) finds every place where any of them can start;
# each rule is then tried only there. The result is that of ``finditer``: the
# places are a superset of every rule's matches, and each rule takes its
# leftmost match after the end of its previous one.

#: Characters whose case-insensitive matching differs from ``str.lower`` (a text holding
#: one is scanned rule by rule).
_CASE_ODDITIES = frozenset("\u017f\u0131\u0130\u212a\u1e9e\u00df")  # long s, dotless i, dotted I, Kelvin sign, capital and small sharp s
_UNIONS: dict[tuple[int, ...], tuple[tuple[Rule, ...], re.Pattern[str]]] = {}


def _lower_source(source: str) -> str:
    """A pattern's source in lower case, its escapes (``\\S``, ``\\W``) kept."""
    out: list[str] = []
    i = 0
    while i < len(source):
        if source[i] == "\\" and i + 1 < len(source):
            out.append(source[i : i + 2])
            i += 2
        else:
            out.append(source[i].lower())
            i += 1
    return "".join(out)


def _union(rules: Sequence[Rule]) -> re.Pattern[str]:
    key = tuple(id(r) for r in rules)
    if key not in _UNIONS:
        parts = [_lower_source(re.sub(r"\(\?P<\w+>", "(?:", r.source())) for r in rules]
        pattern = re.compile(r"(?<![\w$£€#@/:])(?<!\d[.,])(?=" + "|".join(rf"(?:{p})(?![\w@])" for p in parts) + ")", re.X)
        _UNIONS[key] = (tuple(rules), pattern)  # the rules are kept, so their ids stay theirs
    return _UNIONS[key][1]


def _possible_starts(text: str, rules: Sequence[Rule]) -> list[int] | None:
    """Where any rule can match, in order; ``None`` when the text needs the rule-by-rule scan."""
    lowered = text.lower()
    if len(lowered) != len(text) or not _CASE_ODDITIES.isdisjoint(text):
        return None
    return [m.start() for m in _union(rules).finditer(lowered)]


def _matches(rule: Rule, text: str, starts: list[int] | None) -> Iterator[re.Match[str]]:
    """The rule's non-empty matches, as ``rule.pattern.finditer(text)`` gives them."""
    if starts is None:
        yield from (m for m in rule.pattern.finditer(text) if m.end() > m.start())
        return
    end = 0
    for start in starts:
        if start < end:
            continue
        m = rule.pattern.match(text, start)
        if m is not None and m.end() > m.start():
            yield m
            end = m.end()


def _scan(text: str, rules: Sequence[Rule], reference: dt.date | None,
          parse: ParseIndex | None, phrase: bool, switch: RuleSwitch) -> list[_Candidate]:
    """Every accepted match, then the longest of each overlapping group.

    The handlers read each match once here, to accept it; their anchoring
    rules fire only in the reading proper (:func:`read_timexes`).
    """
    probe = RuleSwitch(switch.disabled)
    probe_anchor = Anchor(reference, DatePrecision.DAY) if reference else None
    found: list[_Candidate] = []
    starts = _possible_starts(text, rules)
    for order, rule in enumerate(rules):
        for m in _matches(rule, text, starts):
            found.append(_Candidate(m.start(), m.end(), order, rule, m))
    found.sort(key=lambda c: (c.start - c.end, c.start, c.order))
    # Characters already taken by a longer expression (a mask: linear in the text's length).
    taken = bytearray(len(text))
    chosen: list[_Candidate] = []
    for cand in found:
        if any(taken[cand.start : cand.end]):
            continue
        ctx = Context(text, cand.start, cand.end, reference, Tense.UNKNOWN, probe_anchor, parse,
                      phrase, probe)
        if _read(cand, ctx) is None:
            continue
        taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
        chosen.append(cand)
    chosen.sort(key=lambda c: c.start)
    return chosen


def read_timexes(text: str, reference: dt.date | None, parse: ParseIndex | None, *,
                 rules: Sequence[Rule] = RULES, phrase: bool = False,
                 switch: RuleSwitch | None = None) -> list[Timex]:
    """Find and normalise the time expressions of ``text`` (see the module docstring)."""
    switch = switch if switch is not None else RuleSwitch()
    anchor = Anchor(reference, DatePrecision.DAY) if reference else None
    result: list[Timex] = []
    floor = 0
    for cand in _scan(text, rules, reference, parse, phrase, switch):
        if parse is not None:
            tense = parse.tense_at(cand.start, cand.end, switch)
        else:
            tense = heuristic_tense(text, cand.start, cand.end)
        ctx = Context(text, cand.start, cand.end, reference, tense, anchor, parse, phrase, switch)
        reading = _read(cand, ctx)
        if reading is None:
            continue
        start, reading = _with_modifier(text, cand.start, cand.end, reading, floor)
        timex = build_timex(Span(start, cand.end - reading.trim_end), reading, reference, text[start : cand.end - reading.trim_end], switch)
        result.append(timex)
        floor = timex.span.end
        moved = _next_anchor(anchor, timex, reference)
        if moved is not anchor and parse is not None and switch.on(rule_name(reporting_date_is_no_anchor)) \
                and parse.reports_a_statement(cand.start):
            switch.fire(rule_name(reporting_date_is_no_anchor))
        else:
            anchor = moved
    return result


def find_timexes(text: str, reference: dt.date | None,
                 paragraphs: Sequence[ParsedParagraph] | None = None, switch: RuleSwitch | None = None) -> list[Timex]:
    """Find and normalise the time expressions of an article.

    Args:
        text: the article text; returned spans are offsets into it.
        reference: the publication date. Relative expressions count from it;
            without one they get X-filled values and no interval.
        paragraphs: the spaCy parse of ``text`` paragraph by paragraph; when
            given, verb tense comes from it, else from cue words.
        switch: which anchoring rules are off, and the record of those that fired.

    Returns:
        Non-overlapping :class:`Timex` objects sorted by start offset.
    """
    parse = ParseIndex(paragraphs) if paragraphs else None
    return read_timexes(text, reference, parse, switch=switch)


#: The grammar's exceptions on tense and anchoring (see :mod:`kg.extract.rules`):
#: each is an exception to the general reading of the tense, the publication
#: date and the narrative anchor, switchable by name.
ANCHORING_RULES: tuple[NamedRule, ...] = (
    time_after_speech_verb_takes_its_tense,
    reporting_date_is_no_anchor,
    perfect_tense_weekday_is_nearest,
    present_tense_weekday_is_coming,
    present_tense_date_leans_to_future,
    range_end_follows_its_start,
    distant_past_day_is_this_year,
    end_of_unit_in_past_story_is_narrative,
    today_in_untensed_clause_is_present_ref,
    end_of_year_is_its_last_days,
    earlier_later_stay_on_their_side_of_now,
)
