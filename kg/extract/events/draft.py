"""The event under construction (:class:`Draft`) and the sentence it is built in (:class:`SentenceContext`).

A draft starts from the general reading of the parse (:func:`read_draft`):
source and target from the dependency frame, an event noun's own
participants, modality and attribution from the clause's embedding, time from
the time stage's expressions. The events stage then runs its named repairs and
filters over drafts (:mod:`kg.extract.events.repairs`,
:mod:`kg.extract.events.filters`) and turns the survivors into
:class:`~kg.model.Event` records.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, fields, replace
from typing import TYPE_CHECKING

from kg.extract.actors.findings import ActorFindings
from kg.extract.events.nominals import nominal_arguments
from kg.extract.events.sources import source_of
from kg.extract.events.cameo_field import UNDERGONE_PATTERN
from kg.extract.events.targets import target_of, undergone_act_source
from kg.extract.events.cameo import CameoMatch
from kg.extract.events.modality import modality_of
from kg.extract.events.predicates import Candidate
from kg.extract.events.timing import time_of
from kg.extract.rules import RuleSwitch
from kg.extract.syntax import depth
from kg.model import Article, Event, EventTime, Modality, Span, Timex
from kg.nlp import ParsedParagraph

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Draft", "SentenceContext", "changed_fields", "read_draft"]


@dataclass(frozen=True)
class Draft:
    """An event under construction: its coded predicate and what was read or repaired so far.

    ``reporter`` is the speech act that reports it (its content), if any;
    ``reported_by`` that speech act's event id.
    """

    cand: Candidate
    id: str
    trigger: Span
    source: str | None
    target: str | None
    modality: Modality
    time: EventTime
    attributed_to: str | None = None
    reporter: Candidate | None = None
    reported_by: str | None = None
    denies: str | None = None
    #: Set when the draft is finished (:meth:`SentenceContext.add`): how sure
    #: the reading of its own predicate is, before any target borrowed from content.
    confidence: float | None = None

    @property
    def token(self) -> Token:
        """The predicate (verb or event noun)."""
        return self.cand.token

    @property
    def match(self) -> CameoMatch:
        """Its CAMEO code and how it was derived."""
        return self.cand.match

    @property
    def code(self) -> str:
        """Its CAMEO code."""
        return self.cand.match.code

    @property
    def reporting(self) -> bool:
        """Whether it is a speech act carrying attribution ("said")."""
        return self.cand.match.reporting

    def to_event(self) -> Event:
        """The finished :class:`~kg.model.Event`."""
        return Event(
            id=self.id,
            trigger=self.trigger,
            cameo=self.code,
            sentence=self.cand.sentence,
            time=self.time,
            modality=self.modality,
            type=self.match.concept.plover,
            source=self.source,
            target=self.target,
            attributed_to=self.attributed_to,
            reported_by=self.reported_by,
            denies=self.denies,
            confidence=self.confidence if self.confidence is not None else _confidence(self.source, self.target),
        )


#: The fields a rule may change; how many of them it changed is what it "fired".
_ARGUMENT_FIELDS = tuple(f.name for f in fields(Draft) if f.name not in {"cand", "id", "trigger", "reporter", "confidence"})


def changed_fields(before: Draft, after: Draft) -> int:
    """How many arguments (source, target, modality, time, links) differ between two drafts of one event."""
    if before is after:
        return 0
    return sum(getattr(before, name) != getattr(after, name) for name in _ARGUMENT_FIELDS)


@dataclass
class SentenceContext:
    """One sentence's candidates and what the article and the earlier sentences give them.

    ``built`` holds the sentence's finished drafts by predicate token index,
    in build order (reporting verbs first: see :meth:`build_order`);
    ``built_events`` the same as events, for the time stage's readers.
    """

    article: Article
    paragraph: ParsedParagraph
    p_index: int
    candidates: list[Candidate]
    actors: ActorFindings
    timexes: Sequence[Timex]
    #: The article's events from the sentences before.
    earlier: Sequence[Event]
    #: ISO3 code of the dateline's country, if known.
    home: str | None = None
    #: The speaker named where a quote opened in an earlier sentence closes.
    quote_speaker: str | None = None
    by_token: dict[int, Candidate] = field(init=False)
    ids: dict[int, str] = field(init=False)
    built: dict[int, Draft] = field(default_factory=dict, init=False)
    built_events: dict[int, Event] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        self.by_token = {c.token.i: c for c in self.candidates}
        self.ids = {c.token.i: _event_id(self.paragraph, c) for c in self.candidates}

    def build_order(self) -> list[Candidate]:
        """The candidates shallowest first, so that a speech act is built before its content."""
        return sorted(self.candidates, key=lambda c: (depth(c.token), c.token.i))

    def add(self, draft: Draft) -> None:
        """Record a finished draft."""
        draft = replace(draft, confidence=_confidence(draft.source, draft.target))
        self.built[draft.token.i] = draft
        self.built_events[draft.token.i] = draft.to_event()

    def reporter_draft(self, draft: Draft) -> Draft | None:
        """The finished draft of the speech act that reports ``draft``, if any."""
        return self.built.get(draft.reporter.token.i) if draft.reporter is not None else None


def read_draft(cand: Candidate, sentence: SentenceContext, switch: RuleSwitch) -> Draft:
    """The general reading of a candidate: arguments from the parse, modality, attribution and time.

    ``switch`` carries the ``ARGUMENT_RULES`` and ``MODALITY_RULES`` the readers check.
    """
    token, p_index, actors = cand.token, sentence.p_index, sentence.actors
    source = source_of(token, p_index, actors, sentence.by_token, switch=switch)
    if cand.match.pattern_id.split(">")[0] == UNDERGONE_PATTERN:
        # "X faces charges in Tarvia": the subject undergoes the act.
        source, target = undergone_act_source(token, p_index, actors), source
    else:
        target = target_of(token, cand.match, p_index, actors, source=source, switch=switch)
    if token.pos_ == "NOUN":
        # An event noun names its own participants ("Iran's attack on X").
        own_source, own_target = nominal_arguments(token, cand.match, p_index, actors, switch)
        source, target = own_source or source, own_target or (target if own_source is None else None)
    if target == source:
        target = None
    modality, attributed_to, reporter = modality_of(token, cand.match, p_index, actors, sentence.by_token, switch)
    time = time_of(sentence.article, sentence.paragraph, token, cand, modality, sentence.timexes, sentence.built_events, sentence.by_token, switch=switch)
    return Draft(
        cand=cand,
        id=sentence.ids[token.i],
        trigger=_trigger_span(sentence.paragraph, cand),
        source=source,
        target=target,
        modality=modality,
        time=time,
        attributed_to=attributed_to,
        reporter=reporter,
        reported_by=sentence.ids.get(reporter.token.i) if reporter is not None else None,
    )


def _event_id(paragraph: ParsedParagraph, cand: Candidate) -> str:
    first = min(cand.match.trigger_tokens)
    return f"e{paragraph.offset + paragraph.doc[first].idx}"


def _trigger_span(paragraph: ParsedParagraph, cand: Candidate) -> Span:
    doc = paragraph.doc
    first = doc[min(cand.match.trigger_tokens)]
    last = doc[max(cand.match.trigger_tokens)]
    return Span(paragraph.offset + first.idx, paragraph.offset + last.idx + len(last.text))


def _confidence(source: str | None, target: str | None) -> float:
    score = 0.5 + (0.25 if source else 0.0) + (0.15 if target else 0.0)
    return round(min(score, 0.95), 2)
