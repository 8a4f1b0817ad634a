"""Find events: CAMEO-coded predicates with source, target, time, modality and attribution.

Every verb (and light-verb construction) of a sentence is offered to the CAMEO
coder (:mod:`kg.extract.events.predicates`); a predicate the lexicon does not know
yields no event (never a default "010"). Arguments come from
:mod:`kg.extract.events.arguments`, modality and attribution from
:mod:`kg.extract.events.modality`, time from :mod:`kg.extract.events.timing`. This module
assembles them and decides which predicates are events of their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.actors.findings import ActorFindings
from kg.extract.events.agency import captor_of_released, place_of_unnamed_agent, unnamed_agent
from kg.extract.events.arguments import actor_of_np, nominal_arguments, source_of, target_of
from kg.extract.events.conjuncts import expand_conjoined
from kg.extract.events.content import is_content_only, keeps_an_object
from kg.extract.events.cameo import CameoLexicon, CameoMatch, code_predicate
from kg.extract.events.cameo_frames import is_reduced_passive
from kg.extract.actors.dateline import dateline_destination
from kg.extract.events.dyads import is_future_threat, speaks_for
from kg.extract.events.timing import inherit_elaboration_time, time_of
from kg.extract.events.modality import DENY_LEMMAS, denied_claim, mark_denied_content, modality_of
from kg.extract.events.pronoun_objects import thing_pronoun_target
from kg.extract.events.predicates import FIRST_PERSON, Candidate, find_candidates
from kg.extract.events.repeats import repeats_earlier_act
from kg.extract.events.withdrawal import withdrawn_forces
from kg.extract.rules import RuleSwitch
from kg.model import Article, DatePrecision, Event, EventTime, Modality, Span, TimeAnchor, Timex
from kg.nlp import ParsedParagraph
from kg.extract.words import WordClass

if TYPE_CHECKING:
    from spacy.tokens import Token


def find_events(
    article: Article,
    parsed: Sequence[ParsedParagraph],
    actors: ActorFindings,
    timexes: Sequence[Timex],
    lexicon: CameoLexicon,
    home: str | None = None,
    switch: RuleSwitch | None = None,
) -> list[Event]:
    """Find the events of an article.

    Args:
        article: the article; ``published`` bounds undated events.
        parsed: its paragraphs parsed by spaCy.
        actors: resolved actors with their token map.
        timexes: normalised time expressions of the article.
        lexicon: the CAMEO lexicon.
        home: ISO3 code of the country of the dateline, if known.
    """
    events: list[Event] = []
    previous: list[Event] = []
    for p_index, paragraph in enumerate(parsed):
        speakers = _quote_speakers(paragraph, p_index, actors, lexicon)
        for sent in paragraph.doc.sents:
            sentence = Span(paragraph.offset + sent.start_char, paragraph.offset + sent.end_char)
            candidates = find_candidates(sent, p_index, sentence, lexicon)
            current = _build_events(article, paragraph, p_index, candidates, actors, timexes, events, speakers.get(sent.start), home)
            current = inherit_elaboration_time(current, previous, article)
            events.extend(current)
            previous = current
    return events



def _build_events(
    article: Article,
    paragraph: ParsedParagraph,
    p_index: int,
    candidates: list[Candidate],
    actors: ActorFindings,
    timexes: Sequence[Timex],
    earlier: Sequence[Event],
    quote_speaker: str | None = None,
    home: str | None = None,
) -> list[Event]:
    by_token = {c.token.i: c for c in candidates}
    ids = {c.token.i: _event_id(article, paragraph, c) for c in candidates}
    built: dict[int, Event] = {}
    # Reporting verbs first, so their content can point back to them.
    order = sorted(candidates, key=lambda c: (_depth(c.token), c.token.i))
    for cand in order:
        token = cand.token
        source = source_of(token, p_index, actors, by_token)
        target = target_of(token, cand.match, p_index, actors, source=source)
        if token.pos_ == "NOUN":
            # An event noun names its own participants ("Iran's attack on X").
            own_source, own_target = nominal_arguments(token, cand.match, p_index, actors)
            source, target = own_source or source, own_target or (target if own_source is None else None)
        if target == source:
            target = None
        if target is None:
            # "the minister's visit" in a story filed from abroad: a visit there.
            target = dateline_destination(token, cand.match.code, source, home, actors.actors)
        # "voted to reject *it*": the order taken up, not the building just named.
        target = thing_pronoun_target(token, cand.match.code, target, source, p_index, paragraph.offset, actors, built.values())
        withdrawn = withdrawn_forces(token, cand.match, p_index, actors, target) if source is None else None
        if withdrawn is not None:
            # "peacekeepers were pulled out of X": the forces leave X.
            source, target = withdrawn
        if source is None:
            # "hostages held by X were released": the holder releases them.
            source = captor_of_released(token, cand.match, p_index, actors)
            target = target if target != source else None
        if source is None and not cand.match.reporting:
            # "a roadside bomb near X killed ...": nobody named; an unnamed agent of the place acts.
            place = place_of_unnamed_agent(token, cand.match, p_index, actors, target)
            source = unnamed_agent(place, cand.match.code) if place is not None else None
        modality, attributed_to, reporter = modality_of(token, cand.match, p_index, actors, by_token)
        reported_by = ids.get(reporter.token.i) if reporter is not None else None
        if reporter is not None and source is None and token.lower_ in FIRST_PERSON:
            source = built[reporter.token.i].source if reporter.token.i in built else None
        if source is None and quote_speaker is not None and _first_person(token):
            # "We call on ...": the speaker is named where the quote closes.
            source = quote_speaker
            target = target if target != source else None
        if reporter is not None and reporter.token.i in built and _is_obligation(cand.match):
            # "X said that Y must withdraw": the demand (or appeal) is X's, made to Y.
            speaker = built[reporter.token.i].source
            if speaker is not None and speaker != source:
                source, target = speaker, source or target
        elif reporter is not None and reporter.token.i in built and is_future_threat(cand.match):
            # "X said Moscow will resume tests if ...": the threat is made by
            # the speaker on behalf of its own side.
            speaker = built[reporter.token.i].source
            if speaker is not None and speaker != source and speaks_for(speaker, source, actors):
                source = speaker
                target = target if target != source else None
        elif reporter is None and _is_obligation(cand.match):
            # "X issued a warning to Y that it must ...": the demand is X's.
            speaker = _issuer_of_content(token, p_index, actors, by_token)
            if speaker is not None and speaker != source:
                source, target = speaker, source or target
        if target is None and not cand.match.reporting and _refers_to_earlier_talks(token):
            # "X scuttled *the talks*": the talks of an earlier sentence, whose partner is acted on.
            target = _partner_of_earlier_talks(earlier, source)
        denies = None
        if token.lemma_.lower() in DENY_LEMMAS:
            denies = denied_claim(token, earlier, list(built.values()), source)
        time = time_of(article, paragraph, token, cand, modality, timexes, built, by_token)
        if reporter is not None and time.anchor is TimeAnchor.PUBLICATION and reporter.token.i in built:
            # Reported content happened no later than the report of it.
            said = built[reporter.token.i].time
            if said.latest is not None and said.anchor is TimeAnchor.EXPLICIT and modality not in {Modality.PLANNED, Modality.CONDITIONAL}:
                time = EventTime(None, said.latest, DatePrecision.UNKNOWN, TimeAnchor.DISCOURSE, said.text, None, "BEFORE")
        if modality in {Modality.ASSERTED, Modality.REPORTED} and _after_publication(time, article):
            # "Xi's visit, which is expected between October 11 and 13": still to come.
            modality = Modality.PLANNED
        trigger = _trigger_span(paragraph, cand)
        event = Event(
            id=ids[token.i],
            trigger=trigger,
            cameo=cand.match.code,
            sentence=cand.sentence,
            time=time,
            modality=modality,
            type=cand.match.concept.plover,
            source=source,
            target=target,
            attributed_to=attributed_to,
            reported_by=reported_by,
            denies=denies,
            confidence=_confidence(source, target, cand.match),
        )
        built[token.i] = event
    # A reporting verb whose content names a target takes it ("X said ... over US discussions").
    result: list[Event] = []
    for cand in candidates:
        event = built[cand.token.i]
        if cand.match.reporting and event.target is None:
            inner = [e for e in built.values() if e.reported_by == event.id and e.target and e.target != event.source]
            if inner:
                event = replace(event, target=inner[0].target)
        if event.source is None and event.target is None and (cand.match.reporting or _modifier_like(cand.token)):
            # A bare "it said", an event noun or a participle describing a
            # noun ("a poll *released* on Friday") with nobody taking part
            # carries nothing.
            continue
        if cand.match.reporting and keeps_an_object(cand.token):
            # "China maintained that position", "both sides observed the
            # truce": keeping, not saying.
            continue
        if cand.match.reporting and event.source is None and event.cameo == _PLAIN_CODE:
            # "officials said ..." with no speaker found: a plain statement's
            # only participant is its speaker (the target is borrowed from
            # the content), and the content keeps what attribution there is.
            continue
        if (
            cand.match.reporting
            and event.target is None
            and cand.token.lemma_.lower() in _PLAIN_SPEECH
            and event.reported_by is None
            and not cand.match.negated
            and event.time.anchor is not TimeAnchor.EXPLICIT
            and not _has_content(cand, built, event.id)
        ):
            # "Diplomats said Hung was ...": indirect speech whose content is
            # no event is background; a direct quote, or a statement the text
            # dates ("X said on Monday ..."), is a statement of its own.
            continue
        if not cand.match.reporting and _in_quote(cand.token) and (event.source is None or (event.reported_by and _first_person(cand.token))):
            # A verb inside a direct quote is the speaker's wording; it is an
            # event of its own only when a named actor performs it. The
            # speaker's own "I regret", "we hope" is carried by the speech act.
            continue
        if cand.match.reporting and _is_trailing_attribution(cand, built, event.id):
            continue
        if not cand.match.reporting and is_content_only(cand.token):
            # A wished, weighed, described or charged act: the wish or the
            # accusation is the event (:mod:`kg.extract.events.content`).
            continue
        if repeats_earlier_act(cand.token, cand.match.reporting, event, earlier, article.text):
            # An act already reported, named again (:mod:`kg.extract.events.repeats`).
            continue
        result.extend(expand_conjoined(event, cand, p_index, actors))
    # An event with no participant beside one that has them is mostly a
    # nominal or subordinate detail of the sentence's main event.
    if any(e.source or e.target for e in result):
        result = [e for e in result if e.source or e.target]
    # Content whose trailing attribution was dropped keeps ``attributed_to``
    # only: ``reported_by`` must name an event that exists.
    kept = {e.id for e in result}
    result = [e if e.reported_by is None or e.reported_by in kept else replace(e, reported_by=None) for e in result]
    # Likewise a denial keeps ``denies`` only for a claim that is an event.
    kept |= {e.id for e in earlier}
    result = [e if e.denies is None or e.denies in kept else replace(e, denies=None) for e in result]
    # The content a denial rejects in the same sentence ("denied that ...").
    return mark_denied_content(result)


#: Nouns that name a consultation ("the talks", "the negotiations").
_TALK_NOUNS = WordClass("talk_nouns")


def _refers_to_earlier_talks(token: Token) -> bool:
    """Whether the predicate's object is a definite talks noun with no participant of its own ("scuttled the talks")."""
    for obj in (c for c in token.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() in _TALK_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children):
            return not any(c.dep_ in {"prep", "poss", "compound", "amod", "nmod"} for c in obj.children)
    return False


def _partner_of_earlier_talks(earlier: Sequence[Event], source: str | None) -> str | None:
    """The partner of the latest consultation reported before: its target, unless that is the actor itself."""
    for event in reversed(earlier[-12:]):
        if event.cameo.startswith("04") and event.target is not None:
            # Mutual talks give one event per side: the one stated first.
            event = next(e for e in earlier if e.trigger == event.trigger and e.cameo == event.cameo)
            if source in {event.source, event.target}:
                return None
            return event.target
    return None


def _after_publication(time: EventTime, article: Article) -> bool:
    """Whether the text dates the event wholly after the article appeared."""
    return time.anchor is TimeAnchor.EXPLICIT and time.earliest is not None and article.published is not None and time.earliest > article.published


def _is_obligation(match: CameoMatch) -> bool:
    """A demand or appeal the coder derived from "must"/"should" on the content verb."""
    derivation = match.pattern_id.partition(">")[2]
    return derivation.startswith(("obligation", "advice")) and match.code[:2] in {"10", "02"}


def _issuer_of_content(token: Token, p_index: int, actors: ActorFindings, by_token: dict[int, Candidate]) -> str | None:
    """The agent of the verb whose object noun a "that" clause fills ("issued a reminder that ...")."""
    noun = token.head
    if token.dep_ not in {"acl", "ccomp"} or noun == token or noun.pos_ != "NOUN" or noun.dep_ not in {"dobj", "nsubjpass"}:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
        return None
    return source_of(noun.head, p_index, actors, by_token)


def _quote_speakers(paragraph: ParsedParagraph, p_index: int, actors: ActorFindings, lexicon: CameoLexicon) -> dict[int, str]:
    """Speakers of quotes that run over several sentences, by sentence start.

    A quote opened in one sentence and attributed after it closes in a later
    one ("“We call on ... . This is ...,” the spokesman said.") belongs to
    the speaker named after the closing mark.
    """
    found: dict[int, str] = {}
    open_starts: list[int] = []
    for sent in paragraph.doc.sents:
        marks = [t for t in sent if t.text in _QUOTE_MARKS]
        if open_starts or (marks and marks[0].i == sent.start and len(marks) % 2 == 1):
            open_starts.append(sent.start)
        if open_starts and len(open_starts) > 1 and len(marks) % 2 == 1:
            # The quote closes here: its speaker follows the closing mark.
            after = [t for t in sent if t.i > marks[-1].i]
            speaker = None
            for token in after:
                match = code_predicate(token, lexicon) if token.pos_ == "VERB" else None
                if match is not None and match.reporting:
                    speaker = source_of(token, p_index, actors, {})
                    break
            if speaker is not None:
                found.update({start: speaker for start in open_starts[:-1]})
            open_starts = []
    return found


def _has_content(cand: Candidate, built: dict[int, Event], event_id: str) -> bool:
    """Whether a speech act reports an event, or a direct quote.

    Content that is only wished, weighed or charged (:mod:`kg.extract.events.content`)
    is no event, so it does not count.
    """
    doc = cand.token.doc
    if any(e.reported_by == event_id and not is_content_only(doc[i]) for i, e in built.items()):
        return True
    return any(t.text in _QUOTE_MARKS for t in cand.token.sent)


def _is_trailing_attribution(cand: Candidate, built: dict[int, Event], event_id: str) -> bool:
    """A speech verb after the coded event it reports ("..., officials said").

    Newswire ends a sentence with its source; the event is the content, and
    the attribution is kept on it (``attributed_to``, ``reported_by``), not
    as an event of its own. A speech act that leads its sentence ("Iraq said
    its forces had crushed ...") or whose content is itself only a statement
    that was made is news in its own right and stays; a statement still to
    come ("X is expected to assure Y ..., diplomats said") is the news, and
    the speech verb its attribution.
    """
    content = [(i, e) for i, e in built.items() if e.reported_by == event_id]
    # A direct quote is a statement of its own ("“We protest ...”, Geng said").
    sent = cand.token.sent
    if any(t.text in _QUOTE_MARKS for t in sent if t.i < cand.token.i):
        return False
    return any(i < cand.token.i and (not e.cameo.startswith("01") or e.modality in _AHEAD) for i, e in content)


#: Plain attribution verbs: unlike "announced" or "pointed out", they say
#: nothing beyond their content.
_PLAIN_SPEECH = {"say", "maintain", "tell", "report", "add"}
_PLAIN_CODE = "010"
#: Modalities of acts still to come: a planned statement is news, not a report.
_AHEAD = {Modality.PLANNED, Modality.CONDITIONAL}
_QUOTE_MARKS = WordClass("quote_marks")


def _depth(token: Token) -> int:
    depth = 0
    while token.head != token:
        token = token.head
        depth += 1
    return depth


def _event_id(article: Article, paragraph: ParsedParagraph, cand: Candidate) -> str:
    first = min(cand.match.trigger_tokens)
    return f"e{paragraph.offset + paragraph.doc[first].idx}"


def _trigger_span(paragraph: ParsedParagraph, cand: Candidate) -> Span:
    doc = paragraph.doc
    first = doc[min(cand.match.trigger_tokens)]
    last = doc[max(cand.match.trigger_tokens)]
    return Span(paragraph.offset + first.idx, paragraph.offset + last.idx + len(last.text))


def _confidence(source: str | None, target: str | None, match: CameoMatch) -> float:
    score = 0.5 + (0.25 if source else 0.0) + (0.15 if target else 0.0)
    return round(min(score, 0.95), 2)



__all__ = ["actor_of_np", "find_events"]


def _first_person(token: Token) -> bool:
    """Whether the predicate's subject, or that of the verb it is conjoined or controlled by, is "I"/"we"."""
    node = token
    for _ in range(4):
        if any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in FIRST_PERSON for c in node.children):
            return True
        if node.dep_ not in {"conj", "xcomp"} or any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children):
            return False
        node = node.head
    return False


def _in_quote(token: Token) -> bool:
    """Whether the token stands between an opening and a closing quotation mark of its sentence."""
    sent = token.sent
    before = [t for t in sent if t.i < token.i and t.text in _QUOTE_MARKS]
    return len(before) % 2 == 1


def _modifier_like(token: Token) -> bool:
    """An event noun, or a past participle modifying a noun ("the poll *released*")."""
    return token.pos_ == "NOUN" or is_reduced_passive(token)
