"""Restated speech: a later plain "said" that continues an earlier statement.

News stories quote one speaker over several paragraphs: "Lee said on
Monday ...", then "“...,” Lee said." and "Lee said ..." again. The later
attributions report the same press conference or address, not new speech
acts; an analyst codes the statement once. A plain, undated "said"/"says"
(CAMEO 010) whose speaker already made a statement (01x) earlier in the
article is therefore dropped as a continuation of that statement.

Only a bare attribution is dropped: a speech act with its own time
expression ("Lee said on Friday") is a new statement, a more specific
statement code (011-019) says something of its own, and an earlier event of
the speaker that is no statement ("Lee met ...") is no speech it could
continue. Events reported through a dropped attribution are re-pointed to
the statement it continues, so ``reported_by`` (and ``denies``) always name
an event that exists. A planned or negated statement ("X was expected to
assure Y") is no speech a later attribution could continue.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kg.model import Event, Modality, TimeAnchor

#: The neutral statement code: the only one a bare attribution gets.
_PLAIN_STATEMENT = "010"
#: Attribution words that add nothing beyond their content.
_PLAIN_SAY = {"say", "says", "said", "saying"}
#: Statements that took place: a planned or negated one ("was expected to
#: assure", "did not say") is no speech a later "said" could continue.
_HAPPENED = {Modality.ASSERTED, Modality.REPORTED, Modality.ALLEGED}


def drop_restatements(events: Sequence[Event], text: str) -> list[Event]:
    """Drop undated plain "said" events of a speaker who made a statement earlier in the article.

    Args:
        events: the article's events, in text order.
        text: the article text the events' spans point into.
    """
    ordered = sorted(events, key=lambda e: e.trigger.start)
    first_statement: dict[str, str] = {}
    continues: dict[str, str] = {}
    for event in ordered:
        if event.source is None or not event.cameo.startswith("01") or event.modality not in _HAPPENED:
            continue
        earlier = first_statement.get(event.source)
        if earlier is not None and _is_bare_attribution(event, text):
            continues[event.id] = earlier
        elif earlier is None:
            first_statement[event.source] = event.id
    if not continues:
        return list(events)
    return [_repoint(e, continues) for e in events if e.id not in continues]


def _is_bare_attribution(event: Event, text: str) -> bool:
    """An undated, asserted plain "said" that reports for nobody else."""
    return (
        event.cameo == _PLAIN_STATEMENT
        and event.modality is Modality.ASSERTED
        and event.reported_by is None
        and event.time.anchor is not TimeAnchor.EXPLICIT
        and event.trigger.text(text).lower() in _PLAIN_SAY
    )


def _repoint(event: Event, continues: dict[str, str]) -> Event:
    """Point ``reported_by`` and ``denies`` at the statement a dropped attribution continues."""
    reported_by = continues.get(event.reported_by or "", event.reported_by)
    denies = continues.get(event.denies or "", event.denies)
    if (reported_by, denies) == (event.reported_by, event.denies):
        return event
    return replace(event, reported_by=reported_by, denies=denies)
