"""Events and claims of an article graph: ``add_event()``, ``add_claims()``.

Besides what the text says, each event gets the facts the questions read
directly (see ``ontology/kg.ttl``): ``kg:day`` (the day the timeline places
it), ``kg:ongoingOn`` (the first day of each later month it may still be
under way) or ``kg:timeOpen``, and on its actors ``kg:activeOn`` its day
and ``kg:actedOn`` its target. A date window, an actor's timeline and the
actor network are then exact index look-ups instead of scans.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg.graph.dataset import TripleSink
from kg.model import Event, Extraction, Modality
from kg.vocab import CAMEO, KG, MODALITY_TERMS, PRECISION_UNITS, SEM, mint_iri, span_key

__all__ = ["MAX_ONGOING_MONTHS", "add_claims", "add_event", "event_days", "month_starts"]

# Modalities whose event is somebody's claim rather than the text's own statement.
_CLAIM_MODALITIES = frozenset({Modality.REPORTED, Modality.ALLEGED, Modality.DENIED})
#: An event spanning more months than this is kg:timeOpen (a century is 1,200).
MAX_ONGOING_MONTHS = 1200
_TRUE = Literal(True)


def _claim_iri(article_id: str, event_id: str) -> URIRef:
    return mint_iri("claim", article_id, event_id)


def event_days(event: Event, published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The days a date window compares an event with: [earliest or latest or published, latest or earliest or published]."""
    time = event.time
    low = time.earliest or time.latest or published
    high = time.latest or time.earliest or published
    if low is None or high is None:
        return None
    return low, high


def month_starts(low: dt.date, high: dt.date) -> Iterator[dt.date]:
    """The first day of every month after ``low``'s, up to ``high`` (inclusive)."""
    year, month = low.year, low.month
    while True:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        if year > dt.MAXYEAR:
            return
        start = dt.date(year, month, 1)
        if start > high:
            return
        yield start


def add_event(graph: TripleSink, node: URIRef, event: Event, extraction: Extraction,
              iris: Mapping[str, URIRef]) -> None:
    """Add ``event`` (IRI ``node``) with its actors, time and day index to its article ``graph``.

    ``iris`` maps the article's event ids to their IRIs (see
    :func:`kg.graph.reports.event_iris`).
    """
    aid = extraction.article.id
    graph.add((node, RDF.type, KG.Event))
    graph.add((node, RDF.type, SEM.Event))
    graph.add((node, SEM.eventType, CAMEO[event.cameo]))
    graph.add((node, KG.trigger, Literal(event.trigger.text(extraction.article.text))))
    graph.add((node, KG.triggerBegin, Literal(event.trigger.start)))
    graph.add((node, KG.triggerEnd, Literal(event.trigger.end)))
    graph.add((node, KG.sentence,
               mint_iri("sentence", aid, span_key(event.sentence.start, event.sentence.end))))
    graph.add((node, KG.modality, MODALITY_TERMS[event.modality]))
    # kg:source/kg:target are sub-properties of sem:hasActor (ontology); the
    # Goldstein score and PLOVER category belong to the CAMEO concept.
    actors = [mint_iri("actor", ref) for ref in (event.source, event.target) if ref is not None]
    if event.source is not None:
        graph.add((node, KG.source, actors[0]))
    if event.target is not None:
        graph.add((node, KG.target, actors[-1]))
    if event.source is not None and event.target is not None and event.source != event.target:
        graph.add((actors[0], KG.actedOn, actors[1]))
    if event.attributed_to is not None:
        graph.add((node, KG.attributedTo, mint_iri("actor", event.attributed_to)))
    if event.reported_by is not None:
        graph.add((node, KG.reportedBy, iris[event.reported_by]))
    if event.denies is not None:
        graph.add((node, KG.denies, _claim_iri(aid, event.denies)))
    if event.confidence is not None:
        # Oxigraph's canonical decimal form ("0.9", "1"), so stores round-trip.
        lexical = f"{event.confidence:.4f}".rstrip("0").rstrip(".")
        graph.add((node, KG.confidence, Literal(lexical, datatype=XSD.decimal)))

    time = event.time
    graph.add((node, KG.timeAnchor, Literal(time.anchor.value)))
    if time.text:
        graph.add((node, KG.timeText, Literal(time.text)))
    if time.value:
        graph.add((node, KG.timeValue, _time_value(time.value)))
    if time.mod:
        graph.add((node, KG.timeMod, Literal(time.mod)))
    unit = PRECISION_UNITS.get(time.precision)
    if unit is not None:
        graph.add((node, KG.precision, unit))
    if time.earliest is not None:
        graph.add((node, SEM.hasEarliestBeginTimeStamp, Literal(time.earliest, datatype=XSD.date)))
    if time.latest is not None:
        graph.add((node, SEM.hasLatestEndTimeStamp, Literal(time.latest, datatype=XSD.date)))
    _add_days(graph, node, event, extraction, actors)


def _add_days(graph: TripleSink, node: URIRef, event: Event, extraction: Extraction, actors: list[URIRef]) -> None:
    days = event_days(event, extraction.article.published)
    starts = [] if days is None else list(month_starts(*days))
    if days is None or len(starts) > MAX_ONGOING_MONTHS:
        graph.add((node, KG.timeOpen, _TRUE))
        return
    day = Literal(days[0], datatype=XSD.date)
    graph.add((node, KG.day, day))
    for start in starts:
        graph.add((node, KG.ongoingOn, Literal(start, datatype=XSD.date)))
    for actor in actors:
        graph.add((actor, KG.activeOn, day))


_GYEAR = re.compile(r"^[0-9]{4}$")
_GYEARMONTH = re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])$")
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def _time_value(value: str) -> Literal:
    """Type a TIMEX3 value at its own granularity: xsd:gYear, xsd:gYearMonth, xsd:date.

    Anything else ("2019-W40", "PAST_REF", "2019-Q3") stays a plain string.
    """
    if _GYEAR.match(value):
        return Literal(value, datatype=XSD.gYear)
    if _GYEARMONTH.match(value):
        return Literal(value, datatype=XSD.gYearMonth)
    if _DATE.match(value):
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return Literal(value)
        return Literal(value, datatype=XSD.date)
    return Literal(value)


def add_claims(graph: TripleSink, extraction: Extraction, article_node: URIRef, iris: Mapping[str, URIRef]) -> None:
    """Give every reported, alleged, attributed or denied event a kg:Claim node."""
    aid = extraction.article.id
    events = {event.id: event for event in extraction.events}
    reporters: dict[str, list[Event]] = {}
    deniers: dict[str, list[Event]] = {}
    for event in extraction.events:
        if event.reported_by is not None:
            reporters.setdefault(event.id, []).append(events[event.reported_by])
        if event.denies is not None:
            deniers.setdefault(event.denies, []).append(event)
    for event in extraction.events:
        if not (event.modality in _CLAIM_MODALITIES or event.attributed_to
                or event.id in reporters or event.id in deniers):
            continue
        claim = _claim_iri(aid, event.id)
        graph.add((claim, RDF.type, KG.Claim))
        graph.add((claim, KG.content, iris[event.id]))
        graph.add((claim, KG.sentence,
                   mint_iri("sentence", aid, span_key(event.sentence.start, event.sentence.end))))
        asserters: set[URIRef] = set()
        denied_by: set[URIRef] = set()
        if event.attributed_to is not None:
            # "X denied that ..." puts the denier in attributed_to of a denied event.
            target = denied_by if event.modality is Modality.DENIED else asserters
            target.add(mint_iri("actor", event.attributed_to))
        for report in reporters.get(event.id, []):
            graph.add((claim, KG.reportedIn, iris[report.id]))
            if report.source is not None:
                asserters.add(mint_iri("actor", report.source))
        for denial in deniers.get(event.id, []):
            graph.add((claim, KG.deniedIn, iris[denial.id]))
            if denial.source is not None:
                denied_by.add(mint_iri("actor", denial.source))
        if not asserters:
            # Nobody named: the article itself carries the claim.
            asserters.add(article_node)
        for who in asserters:
            graph.add((claim, KG.assertedBy, who))
        for who in denied_by:
            graph.add((claim, KG.deniedBy, who))
