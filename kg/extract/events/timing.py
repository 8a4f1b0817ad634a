"""Event time: the time expression a predicate governs, or bounds from the discourse."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.events.cameo_syntax import misread_time_subject
from kg.extract.events.predicates import Candidate
from kg.model import Article, Span, DatePrecision, Event, EventTime, Modality, TimeAnchor, Timex, TimexType
from kg.nlp import ParsedParagraph
from kg.extract.words import WordClass

if TYPE_CHECKING:
    from spacy.tokens import Span as DocSpan
    from spacy.tokens import Token


def inherit_elaboration_time(current: list[Event], previous: Sequence[Event], article: Article) -> list[Event]:
    """A statement that elaborates the dated event of the sentence before takes its start.

    News often dates an act once and then quotes the actor on it in the next
    sentence ("Early last month, X protested ... 'We protest ...', a spokesman
    said"). The quote is then no earlier than that act and no later than
    publication: an interval anchored in the discourse, never a made-up day.
    """
    dated = [e for e in previous if e.time.anchor is TimeAnchor.EXPLICIT and e.time.earliest is not None and e.source]
    if not dated or article.published is None:
        return current
    out = []
    for event in current:
        if event.cameo.startswith("01") and event.time.anchor is TimeAnchor.PUBLICATION and event.modality is Modality.ASSERTED:
            content_sources = {e.source for e in current if e.reported_by == event.id and e.source}
            for anchor in dated:
                if anchor.source == event.source or anchor.source in content_sources:
                    time = EventTime(anchor.time.earliest, article.published, DatePrecision.UNKNOWN, TimeAnchor.DISCOURSE, anchor.time.text, None, "AFTER")
                    event = replace(event, time=time)
                    break
        out.append(event)
    return out



_OPEN_QUOTES = "“\"«"
_CLOSE_QUOTES = "”\"»"


def date_continued_quotes(events: Sequence[Event], sentences: Sequence[Span], text: str) -> list[Event]:
    """Events inside a quote take the time of the speech act that closes it.

    A quotation often runs over several sentences and is attributed only at
    its end ("'We call on both sides ... . This is in their interest,' the
    minister said on Tuesday"). The quoted sentences were said then too, so
    their undated events take the attribution's explicit time, anchored in
    the discourse.
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
            ]
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


def _closes_quote(body: str) -> bool:
    return any(ch in "”»" for ch in body) or body.count('"') % 2 == 1


def time_of(
    article: Article,
    paragraph: ParsedParagraph,
    token: Token,
    cand: Candidate,
    modality: Modality,
    timexes: Sequence[Timex],
    built: dict[int, Event],
    by_token: dict[int, Candidate],
) -> EventTime:
    own = _own_timex(paragraph, token, cand, timexes, by_token)
    # Planned acts, and what CAMEO codes as an intent (03) or threat (13), lie ahead of the report.
    ahead = modality in {Modality.PLANNED, Modality.CONDITIONAL, Modality.HYPOTHETICAL} or cand.match.code.startswith(("03", "13"))
    if own is not None and (own.earliest is not None or own.latest is not None):
        until = _range_end(article.text, own, timexes)
        if until is not None:
            text = article.text[own.span.start : until.span.end]
            time = EventTime(own.earliest, until.latest, own.precision, TimeAnchor.EXPLICIT, text, None, None)
        elif _UNTIL.search(article.text[max(0, own.span.start - 12) : own.span.start]):
            # "allow imports until July 1": from now, or from an unknown start, to that day.
            start = article.published if ahead else None
            if start is not None and own.latest is not None and start > own.latest:
                start = None
            time = EventTime(start, own.latest, DatePrecision.UNKNOWN, TimeAnchor.EXPLICIT, own.span.text(article.text), own.value, "ON_OR_BEFORE")
        else:
            time = EventTime(own.earliest, own.latest, own.precision, TimeAnchor.EXPLICIT, own.span.text(article.text), own.value, own.mod)
        return time if ahead else _no_later_than_report(time, article.published)
    # Coordinated predicates share their head's time ("met and signed").
    if token.dep_ == "conj" and token.head.i in built:
        head_time = built[token.head.i].time
        if head_time.anchor is TimeAnchor.EXPLICIT:
            return EventTime(head_time.earliest, head_time.latest, head_time.precision, TimeAnchor.DISCOURSE, head_time.text, head_time.value, head_time.mod)
    published = article.published
    if published is None:
        return EventTime(None, None, DatePrecision.UNKNOWN, TimeAnchor.NONE)
    if modality in {Modality.PLANNED, Modality.CONDITIONAL}:
        return EventTime(published, None, DatePrecision.UNKNOWN, TimeAnchor.PUBLICATION)
    return EventTime(None, published, DatePrecision.UNKNOWN, TimeAnchor.PUBLICATION)


def _no_later_than_report(time: EventTime, published: dt.date | None) -> EventTime:
    """An event told as having happened ends by the day it is reported ("this week" in a Saturday story)."""
    if published is None:
        return time
    if time.earliest is not None and time.latest is not None and time.earliest <= published < time.latest:
        return replace(time, latest=published)
    return time


def _own_timex(paragraph: ParsedParagraph, token: Token, cand: Candidate, timexes: Sequence[Timex], by_token: dict[int, Candidate]) -> Timex | None:
    """The DATE/TIME expression whose governing predicate is this event's.

    Two attachments the parser often gets wrong are settled by position: a
    time right after a speech verb dates the speech ("said on Sunday Iran had
    seized ..."), and a time in a relative clause on an event noun dates that
    noun ("a visit, which is expected to take place between May 1 and 3").
    """
    doc = paragraph.doc
    start = paragraph.offset
    end = start + len(doc.text)
    simultaneous: Timex | None = None
    for timex in timexes:
        if timex.type not in {TimexType.DATE, TimexType.TIME}:
            continue
        if not (start <= timex.span.start and timex.span.end <= end):
            continue
        if not (cand.sentence.start <= timex.span.start < cand.sentence.end):
            continue
        span = doc.char_span(timex.span.start - start, timex.span.end - start, alignment_mode="expand")
        if span is None:
            continue
        if any(misread_time_subject(t.head) == t for t in span):
            # "held since 2016 were released": the year ends the clause before, not this one's subject.
            continue
        if _in_comparison(span.root):
            # "down from 19% *a week earlier*", "more than *a year ago*": it dates a figure compared.
            continue
        speech = _speech_before(span, by_token)
        if speech is not None:
            if speech == token.i:
                return timex
            continue
        governing = _governing_predicate(span.root)
        if span.root.head == token or _relative_clause_of(governing) == token:
            return timex
        if governing == token and not _inside_argument(span.root, governing, set(cand.match.trigger_tokens)):
            return timex
        # "abducted by gunmen wearing uniforms in August 2016": a time the parser
        # hung on a participle describing an argument dates the act.
        if _describes_argument_of(governing, token) and governing.i not in by_token and not _since(span):
            return timex
        # "The meeting was held on Monday", "talks planned for this week had been
        # postponed": an event noun takes the time of the verb it is the subject
        # of, when that verb is no event of its own.
        if token.pos_ == "NOUN" and token.dep_ in {"nsubj", "nsubjpass"} and governing == token.head and token.head.i not in by_token:
            return timex
        # "signed a decree on Monday banning X": what the signed text does dates with the signing.
        if token.dep_ == "acl" and token.head.dep_ == "dobj" and governing == token.head.head and token.head.head.i not in by_token:
            return timex
        # "X was scheduled today to meet Y", "is expected on Monday to sign": the frame's time is the act's.
        if token.dep_ == "xcomp" and governing == token.head and token.head.i not in by_token and token.head.lemma_ in _FRAME_VERBS:
            return timex
        # "signed legislation Thursday de-ratifying X": a participle dates with the act it rides on.
        if token.dep_ == "advcl" and token.tag_ == "VBG" and governing == token.head and token.head.i not in by_token:
            return timex
        # "Speaking last night, X set out his position, saying ...": the occasion dates the clause.
        if governing.dep_ == "advcl" and governing.lemma_ in _OCCASION_VERBS and _in_clause_of(token, governing.head):
            return timex
        # "X was killed (and Y injured) when a bomb was thrown this morning": a
        # when-clause happens with its main clause, so its time dates it (and
        # the verb it is conjoined to) too, unless the main clause has a time
        # of its own.
        main = _when_clause_of(governing)
        if simultaneous is None and main is not None and (main == token or (main.dep_ == "conj" and main.head == token)):
            simultaneous = timex
    return simultaneous


def _when_clause_of(verb: Token) -> Token | None:
    """The predicate a "when" clause headed by ``verb`` is attached to, if it is one."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "advmod" and c.lower_ == "when" and c.i < verb.i for c in verb.children):
        return None
    return verb.head


#: Words a "from" phrase of a change hangs on ("*down* from 19% a week earlier").
_CHANGE_WORDS = WordClass("change_words")


def _in_comparison(word: Token) -> bool:
    """Is a time word part of a comparison ("down from 19% a week earlier", "than a year ago", "compared with 2019")?"""
    current = word
    for _ in range(4):
        if current.head == current:
            return False
        current = current.head
        head = current.head
        if current.lower_ == "than":
            return True
        if current.lower_ == "from" and head.lower_ in _CHANGE_WORDS:
            return True
        if current.lower_ in {"with", "to"} and head.lower_ in {"compared", "comparison"}:
            return True
    return False


_FRAME_VERBS = WordClass("frame_verbs")
_UNTIL = re.compile(r"\b(?:until|till|untill|through)\s+$", re.I)
_OCCASION_VERBS = WordClass("occasion_verbs")
_RANGE_LEFT = re.compile(r"(?:\b(?:between|from)\s+)$", re.I)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|and|to|through|until)\s*", re.I)


_ARGUMENT_DEPS = WordClass("argument_deps_timing")


def _inside_argument(word: Token, predicate: Token, trigger: set[int]) -> bool:
    """Whether a time word modifies a noun phrase that is an argument of the predicate.

    "Yoon's rival in the 2022 election described ..." and "signed the 1996
    treaty" date the election and the treaty, not the describing or the
    signing; "In an August 2018 report, experts reported" dates the verb.
    """
    # A time phrase hung straight on the subject or object ("China on Tuesday
    # modified ...") is the parser misplacing an adverbial: the verb's.
    if word.dep_ in {"pobj", "npadvmod"} and word.head.dep_ in {"prep", *_ARGUMENT_DEPS}:
        hook = word.head.head if word.dep_ == "pobj" else word.head
        if hook.head == predicate and hook.dep_ in _ARGUMENT_DEPS:
            return False
    current = word
    for _ in range(12):
        if current.i in trigger:
            return False  # the phrase is the event's own wording ("held talks on May 2")
        if current.head == current or current.head == predicate:
            return current.dep_ in _ARGUMENT_DEPS and current != word
        if current.dep_ in _ARGUMENT_DEPS and current.head.pos_ in {"NOUN", "PROPN"}:
            return True
        current = current.head
    return False


def _describes_argument_of(participle: Token, predicate: Token) -> bool:
    """Is ``participle`` a reduced relative on the subject, object or agent of ``predicate``?"""
    if participle.dep_ != "acl" or participle.tag_ not in {"VBG", "VBN"}:
        return False
    noun = participle.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        noun = noun.head
    return noun.head == predicate and noun.dep_ in {"nsubj", "nsubjpass", "dobj", "agent"}


def _since(span: DocSpan) -> bool:
    """A time from which a state holds ("living there *since 1990*") dates the state only."""
    doc = span.doc
    return span.start > 0 and doc[span.start - 1].lower_ in {"since", "for"} or span[0].lower_ == "since"


def _in_clause_of(token: Token, head: Token) -> bool:
    """Whether ``token`` is ``head`` or a predicate hanging on it or on its object."""
    if token == head or token.head == head:
        return True
    return token.dep_ in {"acl", "advcl", "xcomp"} and token.head.head == head


def _range_end(text: str, first: Timex, timexes: Sequence[Timex]) -> Timex | None:
    """The second date of a range the first opens ("between May 1 and 3", "June 2-4")."""
    for timex in timexes:
        if timex.span.start < first.span.end or timex.type is not first.type:
            continue
        join = text[first.span.end : timex.span.start]
        if not _RANGE_JOIN.fullmatch(join):
            return None
        dash = join.strip() in {"-", "–"}
        if not (dash or _RANGE_LEFT.search(text[max(0, first.span.start - 12) : first.span.start])):
            return None
        if timex.latest is None or first.earliest is None or timex.latest < first.earliest:
            return None
        return timex
    return None


def _speech_before(span: DocSpan, by_token: dict[int, Candidate]) -> int | None:
    """The index of a speech verb the time expression directly follows ("said on Sunday")."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and doc[i].pos_ == "ADP":
        i -= 1
    if i < 0 or doc[i].pos_ != "VERB":
        return None
    cand = by_token.get(doc[i].i)
    return doc[i].i if cand is not None and cand.match.reporting else None


def _relative_clause_of(predicate: Token) -> Token | None:
    """The noun a relative clause modifies, climbing through its complements."""
    current = predicate
    for _ in range(4):
        if current.dep_ == "relcl":
            noun = current.head
            # "a visit to India, which is expected ...": the clause may hang off the noun's complement.
            if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
                noun = noun.head.head
            return noun if noun.pos_ in {"NOUN", "PROPN"} else None
        if current.dep_ not in {"xcomp", "ccomp"}:
            return None
        current = current.head
    return None


def _governing_predicate(token: Token) -> Token:
    current = token
    for _ in range(10):
        head = current.head
        if head == current:
            return current
        if head.pos_ in {"VERB", "AUX"}:
            return head
        current = head
    return current

