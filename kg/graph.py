"""Extraction -> RDF: ``build_graph()``, plus ``read_graph()`` / ``write_graph()``.

Layout of the dataset (see ``ontology/kg.ttl``):

* one named graph per article, named by the article IRI, with the article
  node, its sentences, mentions, events, claims and relation statements;
* the ``actors`` graph with the shared actor descriptions, so actors are one
  node across articles;
* the ``cameo`` graph with the CAMEO concepts the events use (and their
  ancestors).

Every IRI is minted from stable keys and every literal comes from the
extraction, so the same extraction always gives the same triples.
"""

from __future__ import annotations

import datetime as dt
import functools
import pathlib
import re
from collections.abc import Mapping
from dataclasses import dataclass

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node
from rdflib.namespace import DCTERMS, OWL, RDF, SKOS, TIME, XSD

from kg.errors import InputError, OntologyError
from kg.model import Actor, Event, Extraction, Modality, Span
from kg.vocab import (
    CAMEO,
    CAMEO_SCHEME,
    KG,
    KIND_CLASSES,
    MODALITY_TERMS,
    PRECISION_UNITS,
    PREFIXES,
    RELATION_PROPERTIES,
    SEM,
    actors_graph_iri,
    cameo_graph_iri,
    mint_iri,
    ontology_path,
    span_key,
)

__all__ = [
    "ACCUMULATING_ACTOR_PROPERTIES",
    "FORMATS",
    "actor_description",
    "build_graph",
    "CameoEntry",
    "cameo_codebook",
    "cameo_entry",
    "new_dataset",
    "plain",
    "read_graph",
    "serialize",
    "to_dataset",
    "to_graph",
    "write_graph",
]

#: File format name -> rdflib serializer/parser name.
FORMATS: dict[str, str] = {
    "trig": "trig",
    "nquads": "nquads",
    "turtle": "turtle",
    "ntriples": "nt",
    "jsonld": "json-ld",
}
_SUFFIXES: dict[str, str] = {
    ".trig": "trig",
    ".nq": "nquads",
    ".ttl": "turtle",
    ".nt": "ntriples",
    ".jsonld": "jsonld",
    ".json": "jsonld",
}
#: Actor properties that accumulate across articles; the others are replaced
#: by the latest description (see ``kg.store``).
ACCUMULATING_ACTOR_PROPERTIES = frozenset({SKOS.altLabel})

_CAMEO_CODE = re.compile(r"^[0-9]{2,4}$")
WIKIDATA = "http://www.wikidata.org/entity/"
# Modalities whose event is somebody's claim rather than the text's own statement.
_CLAIM_MODALITIES = frozenset({Modality.REPORTED, Modality.ALLEGED, Modality.DENIED})


def new_dataset() -> Dataset:
    """Return an empty in-memory Dataset with kg's prefixes bound.

    The default graph is the union of all named graphs, so SPARQL without
    ``GRAPH`` sees everything (as :func:`kg.store.open_store` does).
    """
    dataset = Dataset(default_union=True)
    _bind(dataset)
    return dataset


def _bind(graph: Graph) -> None:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, URIRef(namespace), override=True, replace=True)


@dataclass(frozen=True)
class CameoEntry:
    """One CAMEO code of the codebook (``ontology/cameo.ttl``)."""

    label: str
    goldstein: str | None = None  # canonical xsd:decimal lexical form
    plover: str | None = None


@functools.cache
def cameo_codebook() -> Mapping[str, CameoEntry]:
    """Return CAMEO code -> entry, read once from ``ontology/cameo.ttl``.

    Raises:
        OntologyError: if the file is missing or does not parse.
    """
    graph = Graph()
    try:
        graph.parse(ontology_path("cameo.ttl"), format="turtle")
    except (OSError, SyntaxError, ValueError) as exc:
        raise OntologyError(f"cannot load the CAMEO codebook: {exc}") from exc
    book: dict[str, CameoEntry] = {}
    for concept, notation in graph.subject_objects(SKOS.notation):
        label = graph.value(concept, SKOS.prefLabel)
        goldstein = graph.value(concept, KG.goldstein)
        plover = graph.value(concept, KG.plover)
        book[str(notation)] = CameoEntry(
            label=str(label) if label is not None else str(notation),
            goldstein=str(goldstein) if goldstein is not None else None,
            plover=str(plover) if plover is not None else None,
        )
    return book


def _cameo_chain(code: str) -> list[str]:
    """Return ``code`` and its ancestors ("1631" -> ["1631", "163", "16"])."""
    return [code[:n] for n in range(len(code), 1, -1)]


def cameo_entry(code: str, book: Mapping[str, CameoEntry]) -> CameoEntry:
    """Return the codebook entry of ``code``, or one derived from its nearest parent."""
    if code in book:
        return book[code]
    for ancestor in _cameo_chain(code)[1:]:
        if ancestor in book:
            # A refinement the codebook lacks: name it after its parent.
            parent = book[ancestor]
            return CameoEntry(f"{parent.label} ({code})", parent.goldstein, parent.plover)
    return CameoEntry(f"CAMEO {code}")


def _add_cameo(graph: Graph, code: str, book: Mapping[str, CameoEntry]) -> None:
    graph.add((CAMEO_SCHEME, RDF.type, SKOS.ConceptScheme))
    graph.add((CAMEO_SCHEME, SKOS.prefLabel, Literal("CAMEO event codes", lang="en")))
    chain = _cameo_chain(code)
    for i, current in enumerate(chain):
        concept = CAMEO[current]
        graph.add((concept, RDF.type, SKOS.Concept))
        graph.add((concept, SKOS.inScheme, CAMEO_SCHEME))
        graph.add((concept, SKOS.notation, Literal(current)))
        label = cameo_entry(current, book).label
        graph.add((concept, SKOS.prefLabel, Literal(label, lang="en")))
        if i + 1 < len(chain):
            graph.add((concept, SKOS.broader, CAMEO[chain[i + 1]]))
        else:
            graph.add((concept, SKOS.topConceptOf, CAMEO_SCHEME))


def actor_description(actor: Actor) -> list[tuple[URIRef, URIRef, Literal | URIRef]]:
    """Return the triples that describe ``actor`` in the shared actors graph."""
    node = mint_iri("actor", actor.id)
    triples: list[tuple[URIRef, URIRef, Literal | URIRef]] = [
        (node, RDF.type, KG.Actor),
        (node, RDF.type, SEM.Actor),
        (node, RDF.type, KIND_CLASSES[actor.kind]),
        (node, SKOS.prefLabel, Literal(actor.name)),
        (node, KG.kind, Literal(actor.kind.value)),
    ]
    if actor.country:
        triples.append((node, KG.country, Literal(actor.country)))
    if actor.code:
        triples.append((node, KG.cameoCode, Literal(actor.code)))
    if actor.wikidata:
        triples.append((node, OWL.sameAs, URIRef(WIKIDATA + actor.wikidata)))
    for alias in sorted(set(actor.aliases) - {actor.name}):
        triples.append((node, SKOS.altLabel, Literal(alias)))
    return triples


def _check(extraction: Extraction) -> None:
    """Raise InputError for dangling references or bad spans (before any triple)."""
    article = extraction.article
    if not article.id:
        raise InputError("the article has no id; give it a stable id to mint IRIs from")
    actor_ids = {actor.id for actor in extraction.actors}
    event_ids = [event.id for event in extraction.events]
    if len(set(event_ids)) != len(event_ids):
        raise InputError(f"article {article.id}: duplicate event ids {sorted(event_ids)}")
    size = len(article.text)

    def span_ok(span: Span, what: str) -> None:
        if not 0 <= span.start < span.end <= size:
            raise InputError(
                f"article {article.id}: {what} span {span.start}-{span.end} "
                f"is outside the text (0-{size})"
            )

    for event in extraction.events:
        where = f"article {article.id}, event {event.id}"
        if not _CAMEO_CODE.match(event.cameo):
            raise InputError(f"{where}: CAMEO code {event.cameo!r} is not 2-4 digits")
        for role in ("source", "target", "attributed_to"):
            ref = getattr(event, role)
            if ref is not None and ref not in actor_ids:
                raise InputError(f"{where}: {role} {ref!r} is not one of the article's actors")
        for role in ("reported_by", "denies"):
            ref = getattr(event, role)
            if ref is not None and ref not in event_ids:
                raise InputError(f"{where}: {role} {ref!r} is not an event of the article")
        span_ok(event.trigger, f"event {event.id} trigger")
        span_ok(event.sentence, f"event {event.id} sentence")
        time = event.time
        if time.earliest and time.latest and time.earliest > time.latest:
            raise InputError(f"{where}: earliest {time.earliest} is after latest {time.latest}")
    for relation in extraction.relations:
        for ref in (relation.subject, relation.object):
            if ref not in actor_ids:
                raise InputError(
                    f"article {article.id}: relation actor {ref!r} is not one of its actors"
                )
        if relation.sentence is not None:
            span_ok(relation.sentence, "relation sentence")
    for mention in extraction.mentions:
        if mention.actor_id not in actor_ids:
            raise InputError(
                f"article {article.id}: mention of unknown actor {mention.actor_id!r}"
            )
        span_ok(mention.span, "mention")


def build_graph(extraction: Extraction) -> Dataset:
    """Return the RDF dataset of one article's extraction.

    Args:
        extraction: the article and everything extracted from it.

    Returns:
        An in-memory ``rdflib.Dataset`` with the article graph (named
        ``mint_iri("article", article.id)``), the ``actors`` graph and the
        ``cameo`` graph.

    Raises:
        InputError: if the extraction refers to unknown actors or events, or
            a span lies outside the article text.
    """
    _check(extraction)
    book = cameo_codebook()
    dataset = new_dataset()
    article = extraction.article
    aid = article.id
    article_node = mint_iri("article", aid)
    graph = dataset.graph(article_node)
    actors = dataset.graph(actors_graph_iri())
    cameo = dataset.graph(cameo_graph_iri())

    # The article node.
    graph.add((article_node, RDF.type, KG.Article))
    graph.add((article_node, KG.articleId, Literal(aid)))
    if article.title:
        graph.add((article_node, DCTERMS.title, Literal(article.title)))
    if article.published:
        graph.add((article_node, DCTERMS.issued, Literal(article.published, datatype=XSD.date)))
    if article.source:
        graph.add((article_node, KG.publisher, Literal(article.source)))
    if article.section:
        graph.add((article_node, KG.section, Literal(article.section)))
    if article.url:
        graph.add((article_node, KG.url, Literal(article.url, datatype=XSD.anyURI)))

    # Sentences: the splitter's, plus any span an event or relation cites.
    spans: set[Span] = {sentence.span for sentence in extraction.sentences}
    spans.update(event.sentence for event in extraction.events)
    spans.update(r.sentence for r in extraction.relations if r.sentence is not None)
    for span in sorted(spans):
        _add_span(graph, mint_iri("sentence", aid, span_key(span.start, span.end)),
                  KG.Sentence, span, article_node, article.text)

    for mention in extraction.mentions:
        node = mint_iri("mention", aid, span_key(mention.span.start, mention.span.end))
        _add_span(graph, node, KG.Mention, mention.span, article_node, article.text)
        graph.add((node, KG.refersTo, mint_iri("actor", mention.actor_id)))

    for actor in extraction.actors:
        for triple in actor_description(actor):
            actors.add(triple)

    for event in extraction.events:
        _add_event(graph, event, extraction, cameo_entry(event.cameo, book))
        _add_cameo(cameo, event.cameo, book)
    _add_claims(graph, extraction, article_node)

    for relation in extraction.relations:
        prop = RELATION_PROPERTIES[relation.predicate]
        subject = mint_iri("actor", relation.subject)
        obj = mint_iri("actor", relation.object)
        graph.add((subject, prop, obj))
        statement = mint_iri(
            "relation", aid, relation.subject, relation.predicate.value, relation.object
        )
        graph.add((statement, RDF.type, KG.RelationStatement))
        graph.add((statement, RDF.subject, subject))
        graph.add((statement, RDF.predicate, prop))
        graph.add((statement, RDF.object, obj))
        graph.add((statement, KG.inArticle, article_node))
        if relation.sentence is not None:
            sentence = mint_iri("sentence", aid, span_key(relation.sentence.start,
                                                          relation.sentence.end))
            graph.add((statement, KG.sentence, sentence))
    return dataset


def _add_span(graph: Graph, node: URIRef, cls: URIRef, span: Span, article: URIRef,
              text: str) -> None:
    graph.add((node, RDF.type, cls))
    graph.add((node, KG.inArticle, article))
    graph.add((node, KG.beginIndex, Literal(span.start)))
    graph.add((node, KG.endIndex, Literal(span.end)))
    graph.add((node, KG.text, Literal(span.text(text))))


def _event_iri(article_id: str, event_id: str) -> URIRef:
    return mint_iri("event", article_id, event_id)


def _claim_iri(article_id: str, event_id: str) -> URIRef:
    return mint_iri("claim", article_id, event_id)


def _add_event(graph: Graph, event: Event, extraction: Extraction, entry: CameoEntry) -> None:
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


def _add_claims(graph: Graph, extraction: Extraction, article_node: URIRef) -> None:
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


def _format(fmt: str | None, path: pathlib.Path) -> str:
    name = fmt or _SUFFIXES.get(path.suffix.lower())
    if name not in FORMATS:
        raise InputError(
            f"unknown RDF format {fmt or path.suffix!r} for {path.name}; "
            f"use one of {', '.join(FORMATS)} (or a .trig/.nq/.ttl/.nt/.jsonld file)"
        )
    return name


def plain(term: Node) -> Node:
    """Return ``term`` with an explicit ``xsd:string`` datatype dropped.

    Oxigraph returns RDF 1.1 simple literals as ``"x"^^xsd:string``, which
    rdflib (and pySHACL's ``sh:in``) treats as different from ``"x"``.
    """
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


def to_graph(dataset: Dataset) -> Graph:
    """Return the union of all graphs of ``dataset`` as one plain in-memory Graph."""
    merged = Graph()
    _bind(merged)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        merged.add((s, p, plain(o)))
    return merged


def to_dataset(dataset: Dataset) -> Dataset:
    """Return an in-memory copy of ``dataset`` (literals normalized as by :func:`plain`)."""
    copy = new_dataset()
    for s, p, o, g in dataset.quads((None, None, None, None)):
        name = g.identifier if isinstance(g, Graph) else g
        copy.graph(name).add((s, p, plain(o)))
    return copy


def serialize(dataset: Dataset, fmt: str) -> str:
    """Return ``dataset`` serialized as ``fmt`` (a :data:`FORMATS` key), deterministically.

    Line-based formats are sorted; ``turtle`` and ``ntriples`` merge all
    graphs into one, the others keep the named graphs.
    """
    name = FORMATS[fmt]
    if fmt in ("turtle", "ntriples"):
        text = to_graph(dataset).serialize(format=name)
    else:
        text = dataset.serialize(format=name)
    if fmt in ("nquads", "ntriples"):
        text = "".join(sorted(set(text.splitlines(keepends=True)) - {"\n"}))
    return text


def write_graph(dataset: Dataset, path: pathlib.Path, fmt: str | None = None) -> None:
    """Write ``dataset`` to ``path`` as ``fmt`` (default: from the suffix).

    Raises:
        InputError: for an unknown format.
        OSError: if the file cannot be written (the caller reports it).
    """
    path.write_text(serialize(dataset, _format(fmt, path)), encoding="utf-8")


def read_graph(path: pathlib.Path, fmt: str | None = None) -> Dataset:
    """Read a TriG, N-Quads, Turtle, N-Triples or JSON-LD file into a Dataset.

    Triples of a Turtle or N-Triples file land in the default graph.

    Raises:
        InputError: if the file is missing, unreadable or not valid RDF.
    """
    name = _format(fmt, path)
    dataset = new_dataset()
    try:
        data = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        dataset.parse(data=data, format=FORMATS[name])
    except Exception as exc:  # rdflib parsers raise many unrelated types
        message = " ".join(str(exc).split())
        raise InputError(f"{path.name} is not valid {name}: {message}") from exc
    return dataset
