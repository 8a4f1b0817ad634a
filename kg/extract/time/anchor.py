"""Reference and tense resolution: which Friday, which August.

News writes "on Friday" and "in August" and leaves the year and the week to
the reader, who takes them from the publication date and the verb's tense.
This module finds the tense of the clause around a time expression (from the
spaCy parse when there is one, else from cue words) and picks the occurrence
of a cyclic date (weekday, month, quarter, season) the tense points to.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from kg.extract.rules import RuleSwitch, rule_name
from kg.extract.words import WordClass
from kg.model import DatePrecision

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.nlp import ParsedParagraph


class Tense(StrEnum):
    """The tense of the clause a time expression belongs to."""

    PAST = "past"
    PERFECT = "perfect"  # "has announced": past events, but weekdays stay close
    PRESENT = "present"
    FUTURE = "future"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Anchor:
    """The last specific date the text mentioned, for "a year earlier" and the like."""

    day: dt.date
    precision: DatePrecision
    #: The last quarter the text named ("the third quarter"), for "the quarter".
    quarter: dt.date | None = None
    #: Where the anchoring expression ends in the text (None for the publication date).
    end: int | None = None


_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "ll"})
#: Predicates of a copula that put what they describe ahead ("is due to", "are set for").
_SCHEDULED = frozenset({"due", "set", "scheduled", "slated"})
_MODALS = WordClass("modals")


def _verb_tense(verb: Token) -> Tense | None:
    """Tense of one verb from its own tag and its auxiliaries; None when non-finite."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & _FUTURE_AUX:
        return Tense.FUTURE
    if "going" in words and "to" in words:
        return Tense.FUTURE
    if words & _MODALS:
        return Tense.UNKNOWN
    if any(a.tag_ == "VBD" for a in auxes) or verb.tag_ == "VBD":
        return Tense.PAST
    if verb.tag_ == "VBN" and words & {"has", "have", "'ve", "'s"}:
        return Tense.PERFECT
    if any(a.tag_ in ("VBZ", "VBP") for a in auxes) or verb.tag_ in ("VBZ", "VBP"):
        return Tense.PRESENT
    if verb.tag_ == "MD":
        return Tense.FUTURE if verb.lower_ in _FUTURE_AUX else Tense.UNKNOWN
    return None  # infinitive, gerund or bare participle: ask the governing verb


#: Speech verbs a time right after dates ("said on Monday ...").
_SPEECH_LEMMAS = WordClass("speech_lemmas")


def _speech_verb_before(token: Token) -> Token | None:
    """The finite speech verb just before a time ("said [on] Monday"), if any."""
    doc = token.doc
    i = token.i - 1
    if i >= 0 and doc[i].lower_ == "on":
        i -= 1
    if i < 0:
        return None
    verb = doc[i]
    if verb.pos_ == "VERB" and verb.lemma_.lower() in _SPEECH_LEMMAS and verb.tag_ in ("VBD", "VBZ", "VBP", "VBN"):
        return verb
    return None


def time_after_speech_verb_takes_its_tense(token: Token) -> Tense | None:
    """A time right after a speech verb takes the verb's tense, whatever the parser hung it on ("said on Monday it will attend": a past Monday); a present ("says Monday") reports a saying just past."""
    verb = _speech_verb_before(token)
    if verb is None:
        return None
    tense = _verb_tense(verb) or Tense.UNKNOWN
    return Tense.PAST if tense is Tense.PRESENT else tense


def reporting_date_is_no_anchor(token: Token) -> bool:
    """The day a statement was made ("officials said Sunday") does not move the story's time: in "the storm hit on Saturday, officials said Sunday; by dawn ..." the dawn is Saturday's."""
    return _speech_verb_before(token) is not None


class ParseIndex:
    """Finds the spaCy token under an article offset, and the tense around it."""

    def __init__(self, paragraphs: Sequence[ParsedParagraph]) -> None:
        self._paragraphs = sorted(paragraphs, key=lambda p: p.offset)
        self._offsets = [p.offset for p in self._paragraphs]

    def token_at(self, offset: int) -> Token | None:
        """Return the token covering article offset ``offset``, if any."""
        index = bisect.bisect_right(self._offsets, offset) - 1
        if index < 0:
            return None
        para = self._paragraphs[index]
        local = offset - para.offset
        if local >= para.length:
            return None
        span = para.doc.char_span(local, local + 1, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        return span[0]

    def reports_a_statement(self, start: int) -> bool:
        """Whether the expression at ``start`` dates a speech verb just before it (:func:`reporting_date_is_no_anchor`)."""
        token = self.token_at(start)
        return token is not None and reporting_date_is_no_anchor(token)

    def tense_at(self, start: int, end: int, switch: RuleSwitch | None = None) -> Tense:
        """Tense of the clause the expression ``[start, end)`` belongs to: the nearest finite verb above it."""
        token = self.token_at(start)
        if token is None:
            return Tense.UNKNOWN
        clause = self._clause_tense(token, start, end)
        name = rule_name(time_after_speech_verb_takes_its_tense)
        if switch is None or switch.on(name):
            speech = time_after_speech_verb_takes_its_tense(token)
            if speech is not None:
                if switch is not None:
                    switch.fire(name, int(speech is not clause))
                return speech
        return clause

    def _clause_tense(self, token: Token, start: int, end: int) -> Tense:
        last = self.token_at(max(start, end - 1))
        if last is not None and last.doc is token.doc and last.i >= token.i:
            token = token.doc[token.i : last.i + 1].root
        for _ in range(8):
            if token.pos_ in ("VERB", "AUX"):
                tense = _verb_tense(token)
                if tense is not None:
                    return tense
            if token.lower_ in _SCHEDULED and token.dep_ in ("acomp", "xcomp") and token.head.lemma_ == "be" and _verb_tense(token.head) is Tense.PRESENT:
                return Tense.FUTURE  # "is due to expire in December", "talks are set for May": what is scheduled is ahead
            if token.head is token:
                break
            token = token.head
        return Tense.UNKNOWN


_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"'])|\n")
_CUES: list[tuple[re.Pattern[str], Tense]] = [
    (re.compile(r"\b(?:will|shall|going to|plans? to|scheduled|due to|expected to)\b|'ll\b",
                re.I), Tense.FUTURE),
    (re.compile(r"\b(?:has|have)\s+(?:been\s+)?\w+ed\b", re.I), Tense.PERFECT),
    (re.compile(r"\b(?:would|could|might|should|may)\b", re.I), Tense.UNKNOWN),
    # A participle after "be" or "have" carries no tense of its own ("will be signed").
    (re.compile(r"\b(?:was|were|had|did|said|told|ago)\b|(?<!\bbe )(?<!been )(?<!being )"
                r"(?<!\bis )(?<!are )(?<!has )(?<!have )\b\w{3,}ed\b", re.I), Tense.PAST),
    (re.compile(r"\b(?:is|are|am)\b", re.I), Tense.PRESENT),
]  # fmt: skip


def heuristic_tense(text: str, start: int, end: int) -> Tense:
    """Cheap tense guess without a parse: the cue word nearest the expression.

    Looks only inside the sentence (split at ``. `` and newlines) and takes
    the nearest of future, perfect, past and present cue words.
    """
    left = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        left = m.end()
    right_match = _SENTENCE_END.search(text, end)
    right = right_match.start() if right_match else len(text)
    best: tuple[int, Tense] | None = None
    for pattern, tense in _CUES:
        for m in pattern.finditer(text, left, right):
            if start <= m.start() < end:
                continue
            distance = start - m.end() if m.end() <= start else m.start() - end
            if best is None or distance < best[0]:
                best = (distance, tense)
    return best[1] if best else Tense.UNKNOWN


def _choose(candidates: list[tuple[dt.date, dt.date]], reference: dt.date,
            tense: Tense, perfect_is_past: bool, present_leans_future: bool = False) -> dt.date:
    """Pick one occurrence (start, end) of a cyclic date by tense.

    Past: the latest occurrence starting at or before the reference; future:
    the earliest ending at or after it; otherwise the nearer one, with a
    bias to the past (to the future for a present tense when
    ``present_leans_future``).
    """
    if tense is Tense.PERFECT:
        tense = Tense.PAST if perfect_is_past else Tense.UNKNOWN
    current = [c for c in candidates if c[0] <= reference <= c[1]]
    if current:
        return current[0][0]
    if tense is Tense.PAST:
        return max(c[0] for c in candidates if c[0] <= reference)
    if tense is Tense.FUTURE:
        return min(c[0] for c in candidates if c[1] >= reference)

    past = [c for c in candidates if c[1] < reference]
    future = [c for c in candidates if c[0] > reference]
    if not future:
        return max(past)[0]
    if not past:
        return min(future)[0]
    before, after = max(past), min(future)
    if present_leans_future and tense is Tense.PRESENT:
        # News writes plans in the present ("the tax expires Sept. 30"): the
        # past reading needs to be clearly closer to win.
        return before[0] if 2 * (reference - before[1]).days < (after[0] - reference).days else after[0]
    # News reports more than it announces: the future reading needs to be
    # clearly closer (half the distance) to win.
    if 2 * (after[0] - reference).days < (reference - before[1]).days:
        return after[0]
    return before[0]


def resolve_weekday(reference: dt.date, weekday: int, tense: Tense,
                    relation: str | None = None, *, perfect_is_past: bool = False) -> dt.date:
    """Date of ``weekday`` (1 = Monday) as meant relative to ``reference``.

    ``relation`` is "last", "next" or "this"; without one the tense
    decides, and the publication weekday itself is the publication date.
    A perfect tense counts as past only with ``perfect_is_past``.
    """
    back = (reference.isoweekday() - weekday) % 7
    if relation == "last":
        return reference - dt.timedelta(days=back or 7)
    if relation in ("next", "coming"):
        return reference + dt.timedelta(days=(weekday - reference.isoweekday()) % 7 or 7)
    if relation == "this":
        return reference + dt.timedelta(days=weekday - reference.isoweekday())
    days = [(reference + dt.timedelta(days=d),) * 2 for d in range(-7, 8)]
    options = [d for d in days if d[0].isoweekday() == weekday]
    return _choose(options, reference, tense, perfect_is_past=perfect_is_past)


def _month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def resolve_month_year(reference: dt.date, month: int, tense: Tense,
                       relation: str | None = None, *, present_leans_future: bool = False) -> int:
    """Year of a month named without one ("in August") relative to ``reference``."""
    if relation == "last":
        return reference.year - (month >= reference.month)
    if relation in ("next", "coming"):
        return reference.year + (month <= reference.month)
    if relation == "this":
        return reference.year
    options = [(dt.date(y, month, 1), _month_end(y, month))
               for y in (reference.year - 1, reference.year, reference.year + 1)]
    return _choose(options, reference, tense, perfect_is_past=True, present_leans_future=present_leans_future).year


def resolve_day_year(reference: dt.date, month: int, day: int, tense: Tense, *,
                     present_leans_future: bool = False) -> int | None:
    """Year of a month and day named without one ("on Feb. 28"); None if no such day."""
    options = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            options.append((dt.date(year, month, day),) * 2)
        except ValueError:
            continue
    if not options:
        return None
    return _choose(options, reference, tense, perfect_is_past=True, present_leans_future=present_leans_future).year


def resolve_yearly_day(reference: dt.date, day_in: Callable[[int], dt.date], tense: Tense,
                       relation: str | None = None, *, present_leans_future: bool = False) -> dt.date:
    """The occurrence of a day that comes once a year ("Christmas") meant relative to ``reference``.

    ``day_in(year)`` gives the day in a year; ``relation`` is "last",
    "next"/"coming" or "this"; without one the tense decides, as for a
    month and day written without a year.
    """
    days = [day_in(y) for y in (reference.year - 1, reference.year, reference.year + 1)]
    if relation == "last":
        return max(d for d in days if d < reference)
    if relation in ("next", "coming"):
        return min(d for d in days if d > reference)
    if relation == "this":
        return days[1]
    return _choose([(d, d) for d in days], reference, tense, perfect_is_past=True, present_leans_future=present_leans_future)


def resolve_quarter_year(reference: dt.date, quarter: int, tense: Tense, *, present_leans_future: bool = False) -> int:
    """Year of "the third quarter" named without one."""
    options = []
    for y in (reference.year - 1, reference.year, reference.year + 1):
        first = dt.date(y, 3 * quarter - 2, 1)
        options.append((first, _month_end(y, 3 * quarter)))
    # A quarter is reported once it is over: "the first quarter" in the first
    # quarter itself is more often the coming report than the running one.
    return _choose(options, reference, tense, perfect_is_past=True, present_leans_future=present_leans_future).year


SEASON_STARTS: dict[str, tuple[int, int]] = {
    "SP": (3, 20), "SU": (6, 21), "FA": (9, 22), "WI": (12, 21),
}  # fmt: skip

#: Mean equinox and solstice instants (Julian Ephemeris Day) as polynomials
#: in millennia from 2000, valid for the years 1000-3000 (Meeus, Astronomical
#: Algorithms, 2nd ed., table 27.B); within an hour or so of the true instant.
_SEASON_TERMS: dict[str, tuple[float, float, float, float, float]] = {
    "SP": (2451623.80984, 365242.37404, 0.05169, -0.00411, -0.00057),
    "SU": (2451716.56767, 365241.62603, 0.00325, 0.00888, -0.00030),
    "FA": (2451810.21715, 365242.01767, -0.11575, 0.00337, 0.00078),
    "WI": (2451900.05952, 365242.74049, -0.06223, -0.00823, 0.00032),
}
_JD_UNIX_DAY0 = 2440587.5  # Julian Day of 1970-01-01 00:00 UTC


def season_start(year: int, season: str) -> dt.date:
    """UTC day of the equinox or solstice that opens a season (fixed days outside 1000-3000)."""
    if not 1000 <= year <= 3000:
        month, day = SEASON_STARTS[season]
        return dt.date(year, month, day)
    y = (year - 2000) / 1000
    a, b, c, d, e = _SEASON_TERMS[season]
    jde = a + b * y + c * y**2 + d * y**3 + e * y**4
    return dt.date(1970, 1, 1) + dt.timedelta(days=math.floor(jde - _JD_UNIX_DAY0))


def season_bounds(year: int, season: str) -> tuple[dt.date, dt.date]:
    """Astronomical bounds of a season; winter ``year`` runs from December into ``year + 1``.

    A season runs from its equinox or solstice day to the day before the next
    one ("fall 1986" = 1986-09-23 to 1986-12-21).
    """
    order = ["SP", "SU", "FA", "WI"]
    nxt = order[(order.index(season) + 1) % 4]
    start = season_start(year, season)
    end = season_start(year + (season == "WI"), nxt) - dt.timedelta(days=1)
    return start, end


#: Days before a season begins within which "next <season>" means the one after it.
_IMMINENT_SEASON_DAYS = 45


def resolve_season_year(reference: dt.date, season: str, tense: Tense,
                        relation: str | None = None, *, present_leans_future: bool = False) -> int:
    """Year of a season named without one ("last summer", "this spring")."""
    options = [season_bounds(y, season) for y in range(reference.year - 2, reference.year + 2)]
    if relation == "last":
        return max(s for s, e in options if e < reference).year
    if relation in ("next", "coming"):
        coming = min(s for s, e in options if s > reference)
        if relation == "next" and (coming - reference).days <= _IMMINENT_SEASON_DAYS:
            # A season about to begin is "this spring"; "next spring" is the one after.
            return coming.year + 1
        return coming.year
    if relation == "this":
        current = [s for s, e in options if s <= reference <= e]
        if current:
            return current[0].year
        if tense in (Tense.PAST, Tense.FUTURE):
            return _choose(options, reference, tense, perfect_is_past=True).year
        # "this summer" in March is the coming one, in October the one just
        # gone: the nearer, with no bias to the past.
        before = max((s, e) for s, e in options if e < reference)
        after = min((s, e) for s, e in options if s > reference)
        return (after if (after[0] - reference) < (reference - before[1]) else before)[0].year
    return _choose(options, reference, tense, perfect_is_past=True, present_leans_future=present_leans_future).year
