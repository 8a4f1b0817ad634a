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
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from kg.extract.time import clock, dates, durations, relative
from kg.extract.time.anchor import Anchor, ParseIndex, Tense, heuristic_tense
from kg.extract.time.interval import bounds
from kg.extract.time.reading import Context, Reading, Rule
from kg.extract.rules import RuleSwitch
from kg.model import DatePrecision, Span, Timex, TimexType

if TYPE_CHECKING:
    from kg.nlp import ParsedParagraph

RULES: list[Rule] = dates.RULES + relative.RULES + clock.RULES + durations.RULES
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


_DATE_MOD = re.compile(
    r"(?:(?<![\w-])(?:the\s+)?(?:very\s+)?(?P<m>early|late|mid|middle\s+of|end\s+of|beginning\s+of"
    r"|start\s+of|close\s+of)(?:\s+the)?(?:\s+|-)|(?<![\w-])(?P<a>around|about|approximately"
    r"|circa|roughly)\s+)$",
    re.I,
)
_DURATION_MOD = re.compile(
    r"(?<![\w-])(?P<m>(?:(?:just|well)\s+)?(?:more\s+than|over|under|less\s+than|fewer\s+than)"
    r"|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|upwards\s+of"
    r"|in\s+excess\s+of|about|around|approximately|roughly|some|nearly|almost|an\s+estimated"
    r"|close\s+to)\s+$",
    re.I,
)
_DATE_MODS = {"early": "START", "beginning of": "START", "start of": "START", "mid": "MID",
              "middle of": "MID", "late": "END", "end of": "END", "close of": "END"}  # fmt: skip
_QUANTITY_START = re.compile(r"\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten"
                             r"|eleven|twelve|twenty|thirty|forty|fifty|sixty|a few|several"
                             r"|half)\b", re.I)  # fmt: skip


def _duration_mod(words: str) -> str:
    words = re.sub(r"\s+", " ", words.lower()).removeprefix("just ").removeprefix("well ")
    if words in ("more than", "over", "upwards of", "in excess of"):
        return "MORE_THAN"
    if words in ("under", "less than", "fewer than", "nearly", "almost", "close to"):
        return "LESS_THAN"
    if words in ("at least", "no less than"):
        return "EQUAL_OR_MORE"
    if words in ("at most", "up to", "no more than"):
        return "EQUAL_OR_LESS"
    return "APPROX"


def _with_modifier(text: str, start: int, end: int, reading: Reading,
                   floor: int) -> tuple[int, Reading]:
    """Widen ``[start, end)`` over a modifier just before it and set the reading's mod."""
    if reading.mod is not None:
        return start, reading
    window = text[max(floor, start - 40) : start]
    if reading.type is TimexType.DATE and not reading.value.endswith("_REF"):
        m = _DATE_MOD.search(window)
        if m:
            key = re.sub(r"\s+", " ", m["m"].lower()) if m["m"] else None
            mod = _DATE_MODS[key] if key else "APPROX"
            if mod != "APPROX" and is_duration_value(reading.value):
                return start, reading
            return start - len(m[0]), replace(reading, mod=mod)
    if reading.type is TimexType.DURATION and _QUANTITY_START.match(text, start):
        m = _DURATION_MOD.search(window)
        if m:
            return start - len(m[0]), replace(reading, mod=_duration_mod(m["m"]))
    return start, reading


def is_duration_value(value: str) -> bool:
    """Whether a value is a duration ("P3D", "PTXM"), not a date or "PAST_REF"."""
    return re.match(r"PT?[\dX]", value) is not None


_VERY_END = re.compile(r"(?:the\s+)?(?:very\s+)?(?:end|close)\s+of\b", re.I)


def build_timex(span: Span, reading: Reading, reference: dt.date | None, phrase: str = "") -> Timex:
    """A :class:`Timex` from a reading, with the interval its value covers.

    "Earlier this month" keeps the month as its value but cannot reach past
    the reference date; "later this year" cannot start before it.
    """
    if reading.type in (TimexType.DATE, TimexType.TIME) and not is_duration_value(reading.value):
        earliest, latest, precision = bounds(reading.value, reading.mod, reference)
        first = phrase.split(maxsplit=1)[0].lower() if phrase.strip() else ""
        if reading.mod == "END" and _VERY_END.match(phrase) and re.fullmatch(r"\d{4}", reading.value) and latest is not None:
            # "the end of 1986" is its last days, "late 1986" its last months.
            earliest = latest - dt.timedelta(days=10)
        if reference is not None and earliest is not None and latest is not None and earliest <= reference <= latest:
            if first == "earlier":
                latest = reference
            elif first == "later":
                earliest = reference
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
    return Anchor(start, precision)


def _read(cand: _Candidate, ctx: Context) -> Reading | None:
    """Run a candidate's handler; None when it rejects the match.

    Calendar arithmetic can step outside years 1..9999 ("next week" written
    on 9999-12-31); such an expression has no value we can write, so it is
    dropped rather than crashing the article.
    """
    try:
        return cand.rule.handler(cand.match, ctx)
    except (OverflowError, ValueError):
        return None


def _scan(text: str, rules: Sequence[Rule], reference: dt.date | None,
          parse: ParseIndex | None, phrase: bool) -> list[_Candidate]:
    """Every accepted match, then the longest of each overlapping group."""
    probe_anchor = Anchor(reference, DatePrecision.DAY) if reference else None
    found: list[_Candidate] = []
    for order, rule in enumerate(rules):
        for m in rule.pattern.finditer(text):
            if m.end() > m.start():
                found.append(_Candidate(m.start(), m.end(), order, rule, m))
    found.sort(key=lambda c: (c.start - c.end, c.start, c.order))
    taken: list[tuple[int, int]] = []
    chosen: list[_Candidate] = []
    for cand in found:
        if any(cand.start < e and s < cand.end for s, e in taken):
            continue
        ctx = Context(text, cand.start, cand.end, reference, Tense.UNKNOWN, probe_anchor, parse,
                      phrase)
        if _read(cand, ctx) is None:
            continue
        taken.append((cand.start, cand.end))
        chosen.append(cand)
    chosen.sort(key=lambda c: c.start)
    return chosen


def read_timexes(text: str, reference: dt.date | None, parse: ParseIndex | None, *,
                 rules: Sequence[Rule] = RULES, phrase: bool = False) -> list[Timex]:
    """Find and normalise the time expressions of ``text`` (see the module docstring)."""
    anchor = Anchor(reference, DatePrecision.DAY) if reference else None
    result: list[Timex] = []
    floor = 0
    for cand in _scan(text, rules, reference, parse, phrase):
        if parse is not None:
            tense = parse.tense_at(cand.start, cand.end)
        else:
            tense = heuristic_tense(text, cand.start, cand.end)
        ctx = Context(text, cand.start, cand.end, reference, tense, anchor, parse, phrase)
        reading = _read(cand, ctx)
        if reading is None:
            continue
        start, reading = _with_modifier(text, cand.start, cand.end, reading, floor)
        timex = build_timex(Span(start, cand.end - reading.trim_end), reading, reference, text[start : cand.end - reading.trim_end])
        result.append(timex)
        floor = timex.span.end
        anchor = _next_anchor(anchor, timex, reference)
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

    Returns:
        Non-overlapping :class:`Timex` objects sorted by start offset.
    """
    parse = ParseIndex(paragraphs) if paragraphs else None
    return read_timexes(text, reference, parse)
