"""Validate an extraction before it becomes triples: ``check_extraction()``.

Every article is checked as a whole before anything of it touches a store:
ids present and unique, every reference resolved, every span inside the
text, every time interval ordered, every string one that XML 1.0 and N-Quads
can carry. A failing article raises one :class:`~kg.errors.InputError` that
names the article and the first problem; nothing of it is written.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from kg.errors import InputError
from kg.model import Extraction, Span

__all__ = ["check_extraction", "unsafe_character"]

_CAMEO_CODE = re.compile(r"^[0-9]{2,4}$")
_WIKIDATA_ID = re.compile(r"^Q[1-9][0-9]*$")
# Characters outside XML 1.0's Char production (plus DEL): lxml refuses them,
# and several are line breaks to str.splitlines, which line-based formats use.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
# Line separators that are not "\n": harmless inside a literal (they are
# escaped or allowed) but they split an N-Quads line for str.splitlines.
_ODD_BREAKS = re.compile("[\r\x85\u2028\u2029]")


def unsafe_character(text: str, *, one_line: bool = False) -> str | None:
    """Return the first character of ``text`` that RDF/XML exports cannot carry, or None.

    With ``one_line``, any line break but a plain newline counts as unsafe
    too (metadata and names are single lines).
    """
    match = _UNSAFE.search(text) or (_ODD_BREAKS.search(text) if one_line else None)
    return None if match is None else match.group()


def check_extraction(extraction: Extraction) -> None:
    """Raise InputError for the first inconsistency of ``extraction``.

    Checks: ids present and unique, references to actors and events
    resolved, spans inside the text, intervals with earliest <= latest, CAMEO
    codes of 2-4 digits, Wikidata ids of the form Q123, finite confidences,
    and strings free of control characters, lone surrogates and stray line
    separators.

    Raises:
        InputError: naming the article and what is wrong with it.
    """
    article = extraction.article
    if not article.id:
        raise InputError("the article has no id; give it a stable id to mint IRIs from")
    name = f"article {article.id!r}"
    for what, value, one_line in _strings(extraction):
        bad = unsafe_character(value, one_line=one_line)
        if bad is not None:
            raise InputError(f"{name}: {what} contains the character U+{ord(bad):04X}, "
                             "which RDF and XML exports cannot carry")
    actor_ids = [actor.id for actor in extraction.actors]
    if "" in actor_ids or len(set(actor_ids)) != len(actor_ids):
        raise InputError(f"{name}: empty or duplicate actor ids {sorted(actor_ids)}")
    known_actors = set(actor_ids)
    event_ids = [event.id for event in extraction.events]
    if "" in event_ids or len(set(event_ids)) != len(event_ids):
        raise InputError(f"{name}: empty or duplicate event ids {sorted(event_ids)}")
    size = len(article.text)

    def span_ok(span: Span, what: str) -> None:
        if not 0 <= span.start < span.end <= size:
            raise InputError(f"{name}: {what} span {span.start}-{span.end} is outside the text (0-{size})")

    for actor in extraction.actors:
        if not actor.name.strip():
            raise InputError(f"{name}: actor {actor.id!r} has an empty name")
        if actor.wikidata is not None and not _WIKIDATA_ID.match(actor.wikidata):
            raise InputError(f"{name}: actor {actor.id!r} has the Wikidata id {actor.wikidata!r}, not Q<number>")
    for event in extraction.events:
        where = f"{name}, event {event.id}"
        if not _CAMEO_CODE.match(event.cameo):
            raise InputError(f"{where}: CAMEO code {event.cameo!r} is not 2-4 digits")
        for role in ("source", "target", "attributed_to"):
            ref = getattr(event, role)
            if ref is not None and ref not in known_actors:
                raise InputError(f"{where}: {role} {ref!r} is not one of the article's actors")
        for role in ("reported_by", "denies"):
            ref = getattr(event, role)
            if ref is not None and ref not in event_ids:
                raise InputError(f"{where}: {role} {ref!r} is not an event of the article")
        span_ok(event.trigger, f"event {event.id} trigger")
        span_ok(event.sentence, f"event {event.id} sentence")
        time = event.time
        if time.earliest and time.latest and time.earliest > time.latest:
            raise InputError(f"{where}: its time interval is inverted (earliest {time.earliest} "
                             f"is after latest {time.latest})")
        if event.confidence is not None and not math.isfinite(event.confidence):
            raise InputError(f"{where}: confidence {event.confidence} is not a finite number")
    for relation in extraction.relations:
        for ref in (relation.subject, relation.object):
            if ref not in known_actors:
                raise InputError(f"{name}: relation actor {ref!r} is not one of its actors")
        if relation.sentence is not None:
            span_ok(relation.sentence, "relation sentence")
    for mention in extraction.mentions:
        if mention.actor_id not in known_actors:
            raise InputError(f"{name}: mention of unknown actor {mention.actor_id!r}")
        span_ok(mention.span, "mention")


def _strings(extraction: Extraction) -> Iterator[tuple[str, str, bool]]:
    """Every string the graph writes: (what it is, the value, whether it is one line)."""
    article = extraction.article
    yield "the article id", article.id, True
    yield "the text", article.text, False
    for field in ("title", "source", "section", "url", "dateline"):
        value = getattr(article, field)
        if value is not None:
            yield f"the {field}", value, True
    for actor in extraction.actors:
        yield "an actor id", actor.id, True
        yield f"the name of actor {actor.id!r}", actor.name, True
        for value in (*actor.aliases, actor.country, actor.code, actor.wikidata):
            if value is not None:
                yield f"a field of actor {actor.id!r}", value, True
    for event in extraction.events:
        yield "an event id", event.id, True
        for value in (event.type, event.time.text, event.time.value, event.time.mod):
            if value is not None:
                yield f"a field of event {event.id!r}", value, True
