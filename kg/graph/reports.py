"""One event, many reports: which events of different articles are the same event.

An event that several articles report is one ``sem:Event`` node: every
article graph that reports it states its own facts about that node (its
trigger, sentence, modality...), so the union of the graphs shows one event
with several reporting sentences, and dropping one article removes only its
report. Two reports are the same event only when a conservative key agrees:

* both have a source and a target, and they are the same actors;
* both are dated to one and the same day (day precision, earliest = latest);
* the same CAMEO root (the first two digits);
* the same modality (an asserted event never merges with a denied one);
* the same trigger stem ("imposed", "imposes" and "imposing" share "impos").

The key is minted into the event IRI (``event/<source>/<target>/<root>/<day>/
<stem>/<modality>``), so whichever article is built first, the node is the
same: the store stays order-independent. An event without such a key keeps
its per-article IRI (``event/<article>/<event id>``). Within one article only
the first event of a key (in text order) takes the shared IRI.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import unquote

from rdflib import URIRef

from kg.model import DatePrecision, Event, Extraction
from kg.vocab import ID, mint_iri

__all__ = ["ReportKey", "event_iris", "key_iri", "parse_key_iri", "report_key", "trigger_stem"]

#: (source id, target id, CAMEO root, day, trigger stem, modality)
ReportKey = tuple[str, str, str, str, str, str]

_WORD = re.compile(r"[^\W\d_]+")
_SUFFIXES = ("ing", "ed", "es", "s", "e")
_EVENT_PREFIX = str(ID) + "event/"


def trigger_stem(trigger: str) -> str:
    """The crude stem of a trigger's first word: lower case, one inflection suffix off.

    Example:
        >>> [trigger_stem(t) for t in ("imposed sanctions", "Imposes", "imposing", "met")]
        ['impos', 'impos', 'impos', 'met']
    """
    match = _WORD.search(trigger.lower())
    word = match.group() if match else trigger.lower().strip()
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def report_key(event: Event, trigger: str) -> ReportKey | None:
    """The key under which reports of ``event`` in other articles merge, or None."""
    time = event.time
    if event.source is None or event.target is None:
        return None
    if time.precision is not DatePrecision.DAY or time.earliest is None or time.earliest != time.latest:
        return None
    stem = trigger_stem(trigger)
    if not stem:
        return None
    return (event.source, event.target, event.cameo[:2], time.earliest.isoformat(), stem, event.modality.value)


def key_iri(key: ReportKey) -> URIRef:
    """The IRI of the event every report with ``key`` shares."""
    return mint_iri("event", *key)


def parse_key_iri(iri: str) -> ReportKey | None:
    """The key a shared event IRI was minted from, or None for a per-article event IRI."""
    if not iri.startswith(_EVENT_PREFIX):
        return None
    parts = [unquote(part) for part in iri[len(_EVENT_PREFIX):].split("/")]
    if len(parts) != 6:
        return None
    source, target, root, day, stem, modality = parts
    return (source, target, root, day, stem, modality)


def event_iris(extraction: Extraction, *, merge: bool = True) -> Mapping[str, URIRef]:
    """Event id -> its IRI: the shared IRI of its report key, else the per-article one.

    Args:
        extraction: one article's extraction (actor ids already resolved).
        merge: False gives every event its per-article IRI (``kg build --no-merge``).
    """
    text = extraction.article.text
    aid = extraction.article.id
    iris: dict[str, URIRef] = {}
    taken: set[ReportKey] = set()
    for event in sorted(extraction.events, key=lambda e: (e.trigger.start, e.trigger.end, e.id)):
        key = report_key(event, event.trigger.text(text)) if merge else None
        if key is not None and key not in taken:
            taken.add(key)
            iris[event.id] = key_iri(key)
        else:
            iris[event.id] = mint_iri("event", aid, event.id)
    return iris
