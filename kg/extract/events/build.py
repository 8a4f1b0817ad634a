"""Find events: CAMEO-coded predicates with source, target, time, modality and attribution.

Every verb (and light-verb construction) of a sentence is offered to the CAMEO
coder (:mod:`kg.extract.events.predicates`); a predicate the lexicon does not
know yields no event (never a default "010"); the coder's exceptions are
``CODING_RULES``, the choice of candidates ``CANDIDATE_RULES``. Each
candidate becomes a draft read from the parse (:mod:`kg.extract.events.draft`;
the readers check ``ARGUMENT_RULES`` and ``MODALITY_RULES``), which the named
rules of this stage then repair or drop, in the order of their tables:

* ``REPAIRS`` and ``DATING_RULES`` (:mod:`kg.extract.events.repairs`) on each
  draft as it is built, speech acts before their content;
* ``CONTENT_REPAIRS`` once the sentence is built, then ``FILTERS``
  (:mod:`kg.extract.events.filters`); survivors are split per conjoined actor
  (:mod:`kg.extract.events.conjuncts`);
* ``ARTICLE_RULES`` on the article's events (:mod:`kg.extract.events.speech`,
  :mod:`kg.extract.events.restatement`).

Every rule can be switched off by name (:class:`~kg.extract.rules.RuleSwitch`).
"""

from __future__ import annotations

from bisect import bisect_left

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import NamedTuple

from kg.extract.actors.findings import ActorFindings
from kg.extract.events.agency import unnamed_agents
from kg.extract.events.cameo import CameoLexicon
from kg.extract.events.conjuncts import expand_conjoined, head_actors
from kg.extract.events.draft import Draft, SentenceContext, changed_fields, read_draft
from kg.extract.events.filters import FILTERS
from kg.extract.events.modality import mark_denied_content
from kg.extract.events.predicates import find_candidates
from kg.extract.events.repairs import CONTENT_REPAIRS, DATING_RULES, REPAIRS, Repair, quote_speakers
from kg.extract.events.restatement import drop_restatements
from kg.extract.events.speech import fold_self_reports
from kg.extract.events.timing import date_by_occurrence_sentence, inherit_elaboration_time
from kg.extract.rules import RuleSwitch, rule_name
from kg.model import Actor, Article, Event, Span, Timex
from kg.nlp import ParsedParagraph

__all__ = ["ARTICLE_RULES", "EventFindings", "find_events"]

#: An article rule: the article's events -> the events to keep.
ArticleRule = Callable[[Sequence[Event], Article], list[Event]]

#: Rules over the article's events, run once every sentence is done.
ARTICLE_RULES: tuple[ArticleRule, ...] = (fold_self_reports, drop_restatements)


class EventFindings(NamedTuple):
    """The events of an article, and the unnamed agents ("authorities in X") they introduced."""

    events: list[Event]
    actors: list[Actor]


def find_events(
    article: Article,
    parsed: Sequence[ParsedParagraph],
    actors: ActorFindings,
    timexes: Sequence[Timex],
    lexicon: CameoLexicon,
    home: str | None = None,
    switch: RuleSwitch | None = None,
) -> EventFindings:
    """Find the events of an article.

    Args:
        article: the article; ``published`` bounds undated events.
        parsed: its paragraphs parsed by spaCy.
        actors: resolved actors with their token map.
        timexes: normalised time expressions of the article.
        lexicon: the CAMEO lexicon.
        home: ISO3 code of the country of the dateline, if known.
        switch: rules switched off, and the record of what fired.
    """
    switch = switch if switch is not None else RuleSwitch()
    heads = head_actors(actors)
    events: list[Event] = []
    previous: list[Event] = []
    # Each sentence reads only its own time expressions (found by bisection: linear in article length).
    ordered = sorted(timexes, key=lambda t: t.span.start)
    starts = [t.span.start for t in ordered]
    for p_index, paragraph in enumerate(parsed):
        speakers = quote_speakers(paragraph, p_index, actors, lexicon, RuleSwitch(switch.disabled))
        for sent in paragraph.doc.sents:
            span = Span(paragraph.offset + sent.start_char, paragraph.offset + sent.end_char)
            own = ordered[bisect_left(starts, span.start) : bisect_left(starts, span.end)]
            sentence = SentenceContext(
                article, paragraph, p_index, find_candidates(sent, p_index, span, lexicon, switch),
                actors, own, events, home, speakers.get(sent.start),
            )
            current = _sentence_events(sentence, heads, switch)
            current = inherit_elaboration_time(current, previous, article, switch)
            if previous:
                # "The attack took place on Monday": this sentence may date the acts just told.
                events[len(events) - len(previous) :] = previous = date_by_occurrence_sentence(sent, paragraph.offset, own, previous, article, switch)
            events.extend(current)
            previous = current
    for rule in ARTICLE_RULES:
        name = rule_name(rule)
        if switch.on(name):
            kept = rule(events, article)
            switch.fire(name, _changed_events(events, kept))
            events = kept
    known = {a.id for a in actors.actors}
    used = {actor_id for e in events for actor_id in (e.source, e.target) if actor_id is not None and actor_id not in known}
    countries = [actor for key, actor in actors.countries.items() if key in used]
    return EventFindings(events, [*unnamed_agents(events, actors.actors), *countries])


def _sentence_events(sentence: SentenceContext, heads: dict[tuple[int, int], str], switch: RuleSwitch) -> list[Event]:
    """The events of one sentence: drafts read, repaired, filtered, split per conjoined actor."""
    for cand in sentence.build_order():
        draft = read_draft(cand, sentence, switch)
        draft = _repaired(draft, sentence, REPAIRS, switch)
        sentence.add(_repaired(draft, sentence, DATING_RULES, switch))
    drafts = [_repaired(sentence.built[c.token.i], sentence, CONTENT_REPAIRS, switch) for c in sentence.candidates]
    for keep in FILTERS:
        name = rule_name(keep)
        if switch.on(name):
            kept = keep(drafts, sentence)
            switch.fire(name, len(drafts) - len(kept))
            drafts = kept
    events = [e for d in drafts for e in expand_conjoined(d.to_event(), d.cand, sentence.p_index, sentence.actors, heads, switch)]
    return mark_denied_content(_without_dangling_links(events, set(sentence.ids.values())))


def _repaired(draft: Draft, sentence: SentenceContext, repairs: Sequence[Repair], switch: RuleSwitch) -> Draft:
    """The draft after each repair of ``repairs`` that is on, counting the arguments each one changed."""
    for repair in repairs:
        name = rule_name(repair)
        if switch.on(name):
            repaired = repair(draft, sentence)
            switch.fire(name, changed_fields(draft, repaired))
            draft = repaired
    return draft


def _without_dangling_links(events: list[Event], sentence_ids: set[str]) -> list[Event]:
    """Clear ``reported_by`` and ``denies`` links to events of the sentence that were dropped.

    Content whose trailing attribution was dropped keeps ``attributed_to``
    only: ``reported_by`` must name an event that exists; likewise a denial
    keeps ``denies`` only for a claim that is an event. (A link to an earlier
    sentence's event stays: those events are all kept.)
    """
    kept = {e.id for e in events}
    events = [e if e.reported_by is None or e.reported_by in kept else replace(e, reported_by=None) for e in events]
    return [e if e.denies is None or e.denies in kept or e.denies not in sentence_ids else replace(e, denies=None) for e in events]


def _changed_events(before: Sequence[Event], after: Sequence[Event]) -> int:
    """How many events a rule dropped, added or changed (matched by id)."""
    old = {e.id: e for e in before}
    new = {e.id: e for e in after}
    return len(old.keys() ^ new.keys()) + sum(old[i] != new[i] for i in old.keys() & new.keys())
