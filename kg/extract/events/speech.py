"""Speech acts that only frame the speaker's own act.

"Japan said it had halted aid to Serbia" is one event for a CAMEO coder:
Japan halted aid (reported by Japan). The plain "said" (010) adds no
who-did-what-to-whom of its own when the reported event has the speaker as
its source, so it is folded into that event, which keeps the attribution
(``attributed_to``). A speech act whose content is somebody else's act
("IRNA said Iraqi troops had suffered ...") or that is itself negated,
planned or denied stays an event. So does a statement the text dates whose
own content had not happened when it was said ("X said on Monday it will
resume tests if ..."): on that day only the statement took place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kg.model import Article, DatePrecision, Event, EventTime, Modality, TimeAnchor

#: The neutral statement code; 011-019 say something of their own
#: (decline to comment, pessimism, denial ...) and are never folded.
_PLAIN_STATEMENT = "010"


def fold_self_reports(events: Sequence[Event], article: Article) -> list[Event]:
    """Fold a plain statement into its content when that is the speaker's own act: "Orvan said it had halted aid".

    The statement is dropped and its content keeps the attribution
    (``attributed_to``) and what the statement's date says of its time.
    """
    content: dict[str, list[Event]] = {}
    for event in events:
        if event.reported_by is not None:
            content.setdefault(event.reported_by, []).append(event)
    folded: dict[str, Event] = {}
    for speech in events:
        if speech.cameo != _PLAIN_STATEMENT or speech.source is None or speech.modality is not Modality.ASSERTED:
            continue
        own = [e for e in content.get(speech.id, ()) if e.source == speech.source and not e.cameo.startswith("01")]
        if own and not _dated_announcement(speech, own):
            folded[speech.id] = speech
    if not folded:
        return list(events)
    return [
        _without_reporter(e, folded[e.reported_by]) if e.reported_by in folded else e
        for e in events
        if e.id not in folded
    ]


#: Content that had not happened when it was said: the statement is the act.
_NOT_YET = {Modality.PLANNED, Modality.CONDITIONAL, Modality.HYPOTHETICAL, Modality.NEGATED}


def _dated_announcement(speech: Event, own: Sequence[Event]) -> bool:
    """A statement the text dates whose own content is only planned or conditional.

    "X said on Monday it will resume tests only if Y does": on Monday only
    the statement took place; the tests lie ahead. The statement stays an
    event of its own beside its content.
    """
    return speech.time.anchor is TimeAnchor.EXPLICIT and all(e.modality in _NOT_YET for e in own)


def _without_reporter(event: Event, speech: Event) -> Event:
    """The content event, keeping what the dated speech act told about its time.

    "Japan said on Tuesday it had halted aid": the halt happened by Tuesday.
    """
    time = event.time
    said = speech.time
    past = event.modality not in {Modality.PLANNED, Modality.CONDITIONAL, Modality.HYPOTHETICAL}
    if past and said.anchor is TimeAnchor.EXPLICIT and time.anchor in {TimeAnchor.PUBLICATION, TimeAnchor.NONE} and said.latest is not None:
        time = EventTime(None, said.latest, DatePrecision.UNKNOWN, TimeAnchor.DISCOURSE, said.text, None, "BEFORE")
    return replace(event, reported_by=None, time=time)
