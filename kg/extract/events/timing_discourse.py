"""Event time across sentences: statements that elaborate a dated act, quotes attributed sentences later.

Each step runs its rule when it is on and counts the events it re-dated.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.rules import Rule, RuleSwitch, rule_name
from kg.extract.words import WordClass
from kg.model import Article, DatePrecision, Event, EventTime, Modality, Span, TimeAnchor, Timex

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

__all__ = ["DISCOURSE_RULES", "date_by_occurrence_sentence", "date_continued_quotes", "inherit_elaboration_time"]


def inherit_elaboration_time(current: list[Event], previous: Sequence[Event], article: Article, switch: RuleSwitch | None = None) -> list[Event]:
    """Date the statements of a sentence that elaborate the dated acts of the sentence before (:func:`elaboration_follows_dated_act`)."""
    return _run(elaboration_follows_dated_act, switch, current, current, previous, article)


def date_continued_quotes(events: Sequence[Event], sentences: Sequence[Span], text: str, switch: RuleSwitch | None = None) -> list[Event]:
    """Date the events of a quote attributed sentences later (:func:`continued_quote_dated_by_attribution`)."""
    return _run(continued_quote_dated_by_attribution, switch, events, events, sentences, text)


def date_by_occurrence_sentence(
    sent: SpacySpan, offset: int, timexes: Sequence[Timex], previous: Sequence[Event], article: Article, switch: RuleSwitch | None = None
) -> list[Event]:
    """Date the undated acts of the sentence before by a sentence that says when "the incident" happened (:func:`occurrence_sentence_dates_the_act_before`)."""
    return _run(occurrence_sentence_dates_the_act_before, switch, previous, sent, offset, timexes, previous, article)


def _run(rule: Rule, switch: RuleSwitch | None, events: Sequence[Event], *args: object) -> list[Event]:
    switch = switch if switch is not None else RuleSwitch()
    name = rule_name(rule)
    if not switch.on(name):
        return list(events)
    out: list[Event] = rule(*args)
    switch.fire(name, sum(a != b for a, b in zip(events, out, strict=True)))
    return out


def elaboration_follows_dated_act(current: list[Event], previous: Sequence[Event], article: Article) -> list[Event]:
    """A statement elaborating the dated act of the sentence before is no earlier than that act ("Early last month Tarn protested ... 'We protest', a spokesman said").

    The quote is then no earlier than that act and no later than
    publication: an interval anchored in the discourse, never a made-up day.
    """
    published = article.published
    if published is None:
        return current
    # An act dated after publication (a plan) cannot open an interval that ends at publication.
    dated = [e for e in previous if e.time.anchor is TimeAnchor.EXPLICIT and e.time.earliest is not None and e.time.earliest <= published and e.source]
    if not dated:
        return current
    out = []
    for event in current:
        if event.cameo.startswith("01") and event.time.anchor is TimeAnchor.PUBLICATION and event.modality is Modality.ASSERTED:
            content_sources = {e.source for e in current if e.reported_by == event.id and e.source}
            for anchor in dated:
                if anchor.source == event.source or anchor.source in content_sources:
                    time = EventTime(anchor.time.earliest, published, DatePrecision.UNKNOWN, TimeAnchor.DISCOURSE, anchor.time.text, None, "AFTER")
                    event = replace(event, time=time)
                    break
        out.append(event)
    return out


_OPEN_QUOTES = "“\"«"
_CLOSE_QUOTES = "”\"»"


def continued_quote_dated_by_attribution(events: Sequence[Event], sentences: Sequence[Span], text: str) -> list[Event]:
    """Undated events inside a quote take the time of the speech act that closes it ("'We call on both sides ... . It is time,' the minister said on Tuesday").

    A quotation often runs over several sentences and is attributed only at
    its end; the quoted sentences were said then too, anchored in the
    discourse.
    """
    order = sorted(sentences, key=lambda s: s.start)
    closing: dict[int, EventTime] = {}
    for index, sentence in enumerate(order):
        body = sentence.text(text).strip()
        if not body or body[0] not in _OPEN_QUOTES or _closes_quote(body[1:]):
            continue
        for later in order[index + 1 : index + 4]:
            later_text = later.text(text)
            lead = len(later_text) - len(later_text.lstrip())
            # A quote running into a new paragraph reopens with a quote mark there.
            first = lead + 1 if later_text[lead : lead + 1] in _OPEN_QUOTES else lead
            close = next((i for i in range(first, len(later_text)) if later_text[i] in _CLOSE_QUOTES), None)
            if close is None:
                continue
            speech = [
                e for e in events
                if e.sentence == later and e.cameo.startswith("01") and e.trigger.start >= later.start + close
                and e.time.anchor is TimeAnchor.EXPLICIT
            ]  # fmt: skip
            if speech:
                closing[sentence.start] = speech[0].time
            break
    out = []
    for event in events:
        time = closing.get(event.sentence.start)
        if time is not None and event.time.anchor is TimeAnchor.PUBLICATION:
            event = replace(event, time=replace(time, anchor=TimeAnchor.DISCOURSE))
        out.append(event)
    return out


def occurrence_sentence_dates_the_act_before(sent: SpacySpan, offset: int, timexes: Sequence[Timex], previous: Sequence[Event], article: Article) -> list[Event]:
    """A sentence that only says when "the incident" happened dates the acts just told ("Rebels shelled the base. *The attack took place on Monday*").

    Its subject is a definite noun ("the incident", "the attack", "this
    meeting"), its verb one of occurrence ("happened", "occurred", "took
    place"), and a time expression hangs on that verb. The acts of the
    sentence before that the text left undated (story date or publication
    bound), other than statements, take that time, anchored in the discourse.
    """
    # The main clause, or what its attribution reports ("The incident happened on Saturday, the army said").
    root = sent.root
    verb = next((v for v in (root, *(c for c in root.children if c.dep_ in {"ccomp", "parataxis"})) if v.lemma_.lower() in _OCCURRED), None)
    if verb is None or (verb.lemma_.lower() == "take" and not any(c.lower_ == "place" for c in verb.children)):
        return list(previous)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in subject.children):
        return list(previous)
    # The verb's own expression, not one inside the subject ("the attack on Monday's rally") or an attribution.
    own = {t.i for t in verb.subtree} - {t.i for c in verb.children if c.dep_ in {"nsubj", "ccomp", "parataxis"} for t in c.subtree}
    found = next(
        (x for x in timexes if x.earliest is not None and any(offset + sent.doc[i].idx in range(x.span.start, x.span.end) for i in own)),
        None,
    )
    if found is None:
        return list(previous)
    time = EventTime(found.earliest, found.latest, found.precision, TimeAnchor.DISCOURSE, found.span.text(article.text), found.value, found.mod)
    return [
        replace(e, time=time)
        if e.time.anchor is TimeAnchor.PUBLICATION and not e.cameo.startswith("01") and e.modality in {Modality.ASSERTED, Modality.REPORTED}
        else e
        for e in previous
    ]


#: Verbs that say when something happened.
_OCCURRED = WordClass("occurred_verbs")


def _closes_quote(body: str) -> bool:
    return any(ch in "”»" for ch in body) or body.count('"') % 2 == 1


#: The rules of event time across sentences.
DISCOURSE_RULES: tuple[Rule, ...] = (elaboration_follows_dated_act, continued_quote_dated_by_attribution, occurrence_sentence_dates_the_act_before)
