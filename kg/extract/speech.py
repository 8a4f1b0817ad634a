"""Speech acts that only frame the speaker's own act.

"Japan said it had halted aid to Serbia" is one event for a CAMEO coder:
Japan halted aid (reported by Japan). The plain "said" (010) adds no
who-did-what-to-whom of its own when the reported event has the speaker as
its source, so it is folded into that event, which keeps the attribution
(``attributed_to``). A speech act whose content is somebody else's act
("IRNA said Iraqi troops had suffered ...") or that is itself negated,
planned or denied stays an event.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kg.model import Event, Modality

#: The neutral statement code; 011-019 say something of their own
#: (decline to comment, pessimism, denial ...) and are never folded.
_PLAIN_STATEMENT = "010"


def fold_self_reports(events: Sequence[Event]) -> list[Event]:
    """Drop plain statements whose reported content is the speaker's own act."""
    folded: set[str] = set()
    for speech in events:
        if speech.cameo != _PLAIN_STATEMENT or speech.source is None or speech.modality is not Modality.ASSERTED:
            continue
        content = [e for e in events if e.reported_by == speech.id]
        if any(e.source == speech.source and not e.cameo.startswith("01") for e in content):
            folded.add(speech.id)
    if not folded:
        return list(events)
    return [
        replace(e, reported_by=None) if e.reported_by in folded else e
        for e in events
        if e.id not in folded
    ]
