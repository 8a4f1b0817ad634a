"""Restated speech: a later plain "said" that continues an earlier statement.

News stories quote one speaker over several paragraphs: "Moreau said on
Monday ...", then "“...,” Moreau said." and "Moreau said ..." again. The later
attributions report the same press conference or address, not new speech
acts; an analyst codes the statement once. A plain, undated "said"/"says"
(CAMEO 010) whose speaker already made a verbal act earlier in the article
(a statement, appeal, demand, criticism, rejection, threat, praise or
apology: "X apologized ..." then "“I regret ...,” he said") is therefore
dropped as a continuation of it.

Only a bare attribution is dropped: a speech act with its own time
expression ("Moreau said on Friday") is a new statement, unless it shares the
sentence of the earlier act ("When Moreau announced ... last week, he said ..."), a more specific
statement code (011-019) says something of its own, and an earlier act of
the speaker that is no speech ("Moreau met ...") is nothing it could continue,
nor is a planned or negated statement ("X was expected to assure Y").
Events reported through a dropped attribution are re-pointed to the verbal
act it continues, so ``reported_by`` (and ``denies``) always name an event
that exists.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kg.extract.words import WordClass
from kg.model import Article, Event, Modality, TimeAnchor

#: The neutral statement code: the only one a bare attribution gets.
_PLAIN_STATEMENT = "010"
#: Attribution words that add nothing beyond their content.
_PLAIN_SAY = {"say", "says", "said", "saying"}
#: Verbal acts that took place: a planned or negated one ("was expected to
#: assure", "did not say") is no speech a later "said" could continue.
_HAPPENED = {Modality.ASSERTED, Modality.REPORTED, Modality.ALLEGED}


def drop_restatements(events: Sequence[Event], article: Article) -> list[Event]:
    """Drop an undated plain "said" of a speaker who made a verbal act earlier: "Varo said ..." after "Varo announced ...".

    Args:
        events: the article's events (any order; the output keeps it).
        article: the article the events' spans point into.
    """
    text = article.text
    ordered = sorted(events, key=lambda e: e.trigger.start)
    first_speech: dict[str, Event] = {}
    continues: dict[str, str] = {}
    for event in ordered:
        if event.source is None or not _is_speech(event.cameo) or event.modality not in _HAPPENED:
            continue
        earlier = first_speech.get(event.source)
        if earlier is not None and _is_bare_attribution(event, text, same_sentence=earlier.sentence == event.sentence):
            continues[event.id] = earlier.id
        elif earlier is None:
            first_speech[event.source] = event
    if not continues:
        return list(events)
    return [_repoint(e, continues) for e in events if e.id not in continues]


#: CAMEO code prefixes of the verbal acts a later "said" can continue.
_VERBAL_ACT_CODES = WordClass("verbal_act_codes")


def _is_speech(cameo: str) -> bool:
    """Whether the CAMEO code is one of a verbal act."""
    return any(cameo.startswith(prefix) for prefix in _VERBAL_ACT_CODES)


def _is_bare_attribution(event: Event, text: str, *, same_sentence: bool = False) -> bool:
    """An undated, asserted plain "said" that reports for nobody else.

    In the sentence of the speaker's earlier verbal act a dated one counts
    too: "When X announced the deal last week, he said ..." is one speech
    act, dated once by the clause it shares.
    """
    return (
        event.cameo == _PLAIN_STATEMENT
        and event.modality is Modality.ASSERTED
        and event.reported_by is None
        and (same_sentence or event.time.anchor is not TimeAnchor.EXPLICIT)
        and event.trigger.text(text).lower() in _PLAIN_SAY
    )


def _repoint(event: Event, continues: dict[str, str]) -> Event:
    """Point ``reported_by`` and ``denies`` at the statement a dropped attribution continues."""
    reported_by = continues.get(event.reported_by or "", event.reported_by)
    denies = continues.get(event.denies or "", event.denies)
    if (reported_by, denies) == (event.reported_by, event.denies):
        return event
    return replace(event, reported_by=reported_by, denies=denies)
