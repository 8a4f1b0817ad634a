"""Events and claims of an article graph: ``add_event()``, ``add_claims()``."""

from __future__ import annotations

import datetime as dt
import re

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, TIME, XSD

from kg.graph.cameo import CameoEntry
from kg.model import Event, Extraction, Modality
from kg.vocab import CAMEO, KG, MODALITY_TERMS, PRECISION_UNITS, SEM, mint_iri, span_key

__all__ = ["add_claims", "add_event"]

# Modalities whose event is somebody's claim rather than the text's own statement.
_CLAIM_MODALITIES = frozenset({Modality.REPORTED, Modality.ALLEGED, Modality.DENIED})


def _event_iri(article_id: str, event_id: str) -> URIRef:
    return mint_iri("event", article_id, event_id)


def _claim_iri(article_id: str, event_id: str) -> URIRef:
    return mint_iri("claim", article_id, event_id)


def add_event(graph: Graph, event: Event, extraction: Extraction, entry: CameoEntry) -> None:
    """Add ``event`` with its CAMEO scores, actors and time to its article ``graph``."""
    aid = extraction.article.id
    node = _event_iri(aid, event.id)
    graph.add((node, RDF.type, KG.Event))
    graph.add((node, RDF.type, SEM.Event))
    graph.add((node, SEM.eventType, CAMEO[event.cameo]))
    graph.add((node, KG.trigger, Literal(event.trigger.text(extraction.article.text))))
    graph.add((node, KG.triggerBegin, Literal(event.trigger.start)))
    graph.add((node, KG.triggerEnd, Literal(event.trigger.end)))
    graph.add((node, KG.sentence,
               mint_iri("sentence", aid, span_key(event.sentence.start, event.sentence.end))))
    graph.add((node, KG.modality, MODALITY_TERMS[event.modality]))
    if entry.goldstein is not None:
        graph.add((node, KG.goldstein, Literal(entry.goldstein, datatype=XSD.decimal)))
    if entry.plover is not None:
        graph.add((node, KG.plover, Literal(entry.plover)))
    # kg:source/kg:target are sub-properties of sem:hasActor; the super-property
    # is written too so SEM-only clients need no reasoner.
    for prop, ref in ((KG.source, event.source), (KG.target, event.target)):
        if ref is not None:
            graph.add((node, prop, mint_iri("actor", ref)))
            graph.add((node, SEM.hasActor, mint_iri("actor", ref)))
    if event.attributed_to is not None:
        graph.add((node, KG.attributedTo, mint_iri("actor", event.attributed_to)))
    if event.reported_by is not None:
        graph.add((node, KG.reportedBy, _event_iri(aid, event.reported_by)))
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
    if time.earliest is None and time.latest is None:
        return
    interval = mint_iri("time", aid, event.id)
    graph.add((node, TIME.hasTime, interval))
    graph.add((interval, RDF.type, TIME.ProperInterval))
    if unit is not None:
        graph.add((interval, TIME.unitType, unit))
    if time.earliest is not None:
        graph.add((node, SEM.hasEarliestBeginTimeStamp, Literal(time.earliest, datatype=XSD.date)))
        begin = mint_iri("time", aid, event.id, "begin")
        graph.add((interval, TIME.hasBeginning, begin))
        graph.add((begin, RDF.type, TIME.Instant))
        graph.add((begin, TIME.inXSDDate, Literal(time.earliest, datatype=XSD.date)))
    if time.latest is not None:
        graph.add((node, SEM.hasLatestEndTimeStamp, Literal(time.latest, datatype=XSD.date)))
        end = mint_iri("time", aid, event.id, "end")
        graph.add((interval, TIME.hasEnd, end))
        graph.add((end, RDF.type, TIME.Instant))
        graph.add((end, TIME.inXSDDate, Literal(time.latest, datatype=XSD.date)))


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


def add_claims(graph: Graph, extraction: Extraction, article_node: URIRef) -> None:
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
        graph.add((claim, KG.content, _event_iri(aid, event.id)))
        graph.add((claim, KG.sentence,
                   mint_iri("sentence", aid, span_key(event.sentence.start, event.sentence.end))))
        asserters: set[URIRef] = set()
        denied_by: set[URIRef] = set()
        if event.attributed_to is not None:
            # "X denied that ..." puts the denier in attributed_to of a denied event.
            target = denied_by if event.modality is Modality.DENIED else asserters
            target.add(mint_iri("actor", event.attributed_to))
        for report in reporters.get(event.id, []):
            graph.add((claim, KG.reportedIn, _event_iri(aid, report.id)))
            if report.source is not None:
                asserters.add(mint_iri("actor", report.source))
        for denial in deniers.get(event.id, []):
            graph.add((claim, KG.deniedIn, _event_iri(aid, denial.id)))
            if denial.source is not None:
                denied_by.add(mint_iri("actor", denial.source))
        if not asserters:
            # Nobody named: the article itself carries the claim.
            asserters.add(article_node)
        for who in asserters:
            graph.add((claim, KG.assertedBy, who))
        for who in denied_by:
            graph.add((claim, KG.deniedBy, who))
