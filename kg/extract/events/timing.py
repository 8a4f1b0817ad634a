"""Event time: the time expression a predicate governs, else the bound of its publication.

:func:`time_of` dates one predicate in three steps, each with its general
reading in plain code and its exceptions as named rules (see
:mod:`kg.extract.rules`):

1. which expression dates it (:mod:`kg.extract.events.timing_attachment`:
   the one it governs, unless an :data:`ATTACHMENT_RULES` exception says
   otherwise, or a :data:`FALLBACK_RULES` one supplies it);
2. with an expression: the interval it names, unless a
   :data:`SHAPE_RULES` rule reads a range or an "until" around it; then the
   :data:`BOUND_RULES` limit it;
3. without one: the first :data:`IMPLICIT_RULES` rule that dates it from its
   context (an asserted act falls on the story date), else the publication
   date bounds it (from the report on for a plan, up to it for anything
   else).

Across sentences, :mod:`kg.extract.events.timing_discourse` dates
elaborations and continued quotes. :data:`TIMING_RULES` lists every rule of
event time, in the order they run.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.events.predicates import Candidate
from kg.extract.events.timing_attachment import ATTACHMENT_RULES, FALLBACK_RULES, TimeSite, attached_timex
from kg.extract.events.timing_discourse import DISCOURSE_RULES, date_by_occurrence_sentence, date_continued_quotes, inherit_elaboration_time
from kg.extract.rules import Rule, RuleSwitch, rule_name
from kg.extract.syntax import past_perfect
from kg.model import Article, DatePrecision, Event, EventTime, Modality, TimeAnchor, Timex, TimexType
from kg.nlp import ParsedParagraph

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "BOUND_RULES",
    "IMPLICIT_RULES",
    "SHAPE_RULES",
    "TIMING_RULES",
    "date_by_occurrence_sentence",
    "date_continued_quotes",
    "inherit_elaboration_time",
    "time_of",
]


def time_of(
    article: Article,
    paragraph: ParsedParagraph,
    token: Token,
    cand: Candidate,
    modality: Modality,
    timexes: Sequence[Timex],
    built: dict[int, Event],
    by_token: dict[int, Candidate],
    *,
    report: EventTime | None = None,
    switch: RuleSwitch | None = None,
) -> EventTime:
    """The time of the event a predicate names.

    Args:
        article: the article (its text and publication date).
        paragraph: the parsed paragraph of the predicate.
        token: the predicate's head token.
        cand: the predicate as the CAMEO coder matched it.
        modality: the event's modality (a plan lies ahead of the report).
        timexes: the article's time expressions.
        built: the sentence's events built so far, by trigger token.
        by_token: the sentence's predicates, by token.
        report: the time of the speech act that reports this predicate's
            content, when that is built (reported content happened no later).
        switch: which rules are off, and the record of those that fired.
    """
    switch = switch if switch is not None else RuleSwitch()
    site = TimeSite(article, paragraph, token, cand, modality, timexes, built, by_token, report)
    own = attached_timex(site, switch)
    if own is not None and own.earliest is None and own.latest is None and site.published is None:
        # No publication date to resolve "on Tuesday" against: the text still dates the
        # event (its expression and X-filled value are kept), no interval is claimed.
        return EventTime(None, None, DatePrecision.UNKNOWN, TimeAnchor.EXPLICIT, own.span.text(article.text), own.value, own.mod)
    if own is not None and (own.earliest is not None or own.latest is not None):
        time = EventTime(own.earliest, own.latest, own.precision, TimeAnchor.EXPLICIT, own.span.text(article.text), own.value, own.mod)
        for rule in SHAPE_RULES:
            name = rule_name(rule)
            shaped = rule(site, own) if switch.on(name) else None
            if shaped is not None:
                switch.fire(name, int(shaped != time))
                time = shaped
                break
        for rule in BOUND_RULES:
            name = rule_name(rule)
            if switch.on(name):
                bounded = rule(site, time)
                switch.fire(name, int(bounded != time))
                time = bounded
        return time
    for rule in IMPLICIT_RULES:
        name = rule_name(rule)
        found: EventTime | None = rule(site) if switch.on(name) else None
        if found is not None:
            switch.fire(name)
            return found
    return _publication_bound(site)


def _publication_bound(site: TimeSite) -> EventTime:
    """The general reading without a time of its own: a plan starts at the report, anything else ends by it."""
    published = site.published
    if published is None:
        return EventTime(None, None, DatePrecision.UNKNOWN, TimeAnchor.NONE)
    if site.modality in {Modality.PLANNED, Modality.CONDITIONAL}:
        return EventTime(published, None, DatePrecision.UNKNOWN, TimeAnchor.PUBLICATION)
    return EventTime(None, published, DatePrecision.UNKNOWN, TimeAnchor.PUBLICATION)


# --- an expression's interval, read with its neighbours ------------------------

_RANGE_LEFT = re.compile(r"(?:\b(?:between|from)\s+)$", re.I)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|and|to|through|until)\s*", re.I)
_UNTIL = re.compile(r"\b(?:until|till|untill|through)\s+$", re.I)


def date_range_gives_both_ends(site: TimeSite, own: Timex) -> EventTime | None:
    """A range the expression opens dates the event from its first day to its last ("talks between May 1 and 3", "June 2-4")."""
    text = site.article.text
    for timex in site.timexes:
        if timex.span.start < own.span.end or timex.type is not own.type:
            continue
        join = text[own.span.end : timex.span.start]
        if not _RANGE_JOIN.fullmatch(join):
            return None
        dash = join.strip() in {"-", "–"}
        if not (dash or _RANGE_LEFT.search(text[max(0, own.span.start - 12) : own.span.start])):
            return None
        if timex.latest is None or own.earliest is None or timex.latest < own.earliest:
            return None
        return EventTime(own.earliest, timex.latest, own.precision, TimeAnchor.EXPLICIT, text[own.span.start : timex.span.end], None, None)
    return None


def until_bounds_the_act(site: TimeSite, own: Timex) -> EventTime | None:
    """"Until" a day ends the act then; a plan starts at the report ("will allow imports until July 1")."""
    text = site.article.text
    if not _UNTIL.search(text[max(0, own.span.start - 12) : own.span.start]):
        return None
    start = site.published if site.ahead else None
    if start is not None and own.latest is not None and start > own.latest:
        start = None
    return EventTime(start, own.latest, DatePrecision.UNKNOWN, TimeAnchor.EXPLICIT, own.span.text(text), own.value, "ON_OR_BEFORE")


def past_act_ends_by_report(site: TimeSite, time: EventTime) -> EventTime:
    """An act told as done ends by the day it is reported ("held talks this week" in a Wednesday story ends on Wednesday)."""
    published = site.published
    if site.ahead or published is None:
        return time
    if time.earliest is not None and time.latest is not None and time.earliest <= published < time.latest:
        return replace(time, latest=published)
    return time


def told_as_done_is_not_after_report(site: TimeSite, time: EventTime) -> EventTime:
    """A verb in the simple past did not happen after the report: a date wholly after it read the expression against the wrong day.

    "Three days later, Chile recalled its ambassador" with no earlier day in
    the text: the days count from a day the text does not give, so the act
    is dated only by the report (and stays asserted, not planned).
    """
    published = site.published
    token = site.token
    if site.ahead or published is None or time.earliest is None or time.earliest <= published:
        return time
    if token.tag_ != "VBD" or any(c.dep_ == "aux" for c in token.children):
        return time
    return EventTime(None, published, DatePrecision.UNKNOWN, TimeAnchor.EXPLICIT, time.text)


# --- no expression of its own ----------------------------------------------------


def conjunct_shares_head_time(site: TimeSite) -> EventTime | None:
    """Coordinated predicates share their head's time ("met on Monday and signed an accord")."""
    token = site.token
    if token.dep_ != "conj" or token.head.i not in site.built:
        return None
    head_time = site.built[token.head.i].time
    if head_time.anchor is not TimeAnchor.EXPLICIT:
        return None
    return EventTime(head_time.earliest, head_time.latest, head_time.precision, TimeAnchor.DISCOURSE, head_time.text, head_time.value, head_time.mod)


def counted_from_the_act_it_precedes_or_follows(site: TimeSite) -> EventTime | None:
    """An act "two days after" or "a week before" which a dated act happened is counted from that act's day.

    "Chile recalled its ambassador on Wednesday, *two days after* Lima
    expelled a Chilean diplomat": the expulsion was on Monday.
    """
    token = site.token
    if token.dep_ != "advcl" or token.head.i not in site.built:
        return None
    mark = next((c.lower_ for c in token.children if c.dep_ == "mark" and c.lower_ in {"after", "before"}), None)
    head = site.built[token.head.i].time
    if mark is None or head.anchor is not TimeAnchor.EXPLICIT or head.earliest is None or head.earliest != head.latest:
        return None
    text = site.article.text
    measures = [c for c in token.children if c.dep_ == "npadvmod"]
    for timex in site.timexes:
        found = _DAYS_OR_WEEKS.fullmatch(timex.value) if timex.type is TimexType.DURATION else None
        if found is None or not any(timex.span.start <= site.paragraph.offset + m.idx < timex.span.end for m in measures):
            continue
        days = int(found.group(1)) * (7 if found.group(2) == "W" else 1)
        day = head.earliest - dt.timedelta(days=days) if mark == "after" else head.earliest + dt.timedelta(days=days)
        return EventTime(day, day, DatePrecision.DAY, TimeAnchor.DISCOURSE, timex.span.text(text), day.isoformat())
    return None


#: A whole number of days or weeks (TIMEX3 duration values "P2D", "P1W").
_DAYS_OR_WEEKS = re.compile(r"P(\d+)([DW])")


def undated_act_on_the_story_day(site: TimeSite) -> EventTime | None:
    """An act the report asserts without a time of its own happened on the report's day, the story date ("Orvan condemned the raid").

    News tells the day's acts; event coders (GDELT, PETRARCH) date an
    undated event by its story. The day comes from the publication only
    (anchor ``publication``), so a reader can tell it from a day the text
    names. Not for what the report only relays or plans, nor for an act in
    the past perfect ("Orvan *had* warned"), which precedes the report.
    """
    published = site.published
    if published is None or site.modality is not Modality.ASSERTED or past_perfect(site.token):
        return None
    return EventTime(published, published, DatePrecision.DAY, TimeAnchor.PUBLICATION)



#: Readings of a range or "until" around the dating expression; the first that applies wins.
SHAPE_RULES: tuple[Rule, ...] = (date_range_gives_both_ends, until_bounds_the_act)

#: Limits on an expression's interval, applied in turn.
BOUND_RULES: tuple[Rule, ...] = (past_act_ends_by_report, told_as_done_is_not_after_report)

#: Times from the context of a predicate with no expression of its own; the first that applies wins.
IMPLICIT_RULES: tuple[Rule, ...] = (conjunct_shares_head_time, counted_from_the_act_it_precedes_or_follows, undated_act_on_the_story_day)

#: Every rule of event time, in the order they run (registered with the events stage's tables).
TIMING_RULES: tuple[Rule, ...] = (
    *ATTACHMENT_RULES,
    *FALLBACK_RULES,
    *SHAPE_RULES,
    *BOUND_RULES,
    *IMPLICIT_RULES,
    *DISCOURSE_RULES,
)
