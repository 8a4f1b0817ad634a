"""Extraction -> RDF: ``build_graph()``.

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


from collections.abc import Callable

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, XSD

from kg.graph.actors import actor_description
from kg.graph.check import check_extraction
from kg.graph.cameo import add_cameo, cameo_codebook
from kg.graph.dataset import Triple, TripleSink, new_dataset
from kg.graph.events import add_claims, add_event
from kg.graph.reports import event_iris
from kg.model import Extraction, Span
from kg.vocab import KG, RELATION_PROPERTIES, actors_graph_iri, cameo_graph_iri, mint_iri, span_key

__all__ = ["TripleSink", "build_graph", "build_quads"]

class _Collector:
    """Collects one graph's triples without indexing them (rdflib's memory store indexes every add)."""

    def __init__(self) -> None:
        self.triples: set[Triple] = set()

    def add(self, triple: Triple) -> _Collector:
        self.triples.add(triple)
        return self


def build_quads(extraction: Extraction, *, merge_reports: bool = True) -> dict[URIRef, set[Triple]]:
    """The triples of one article's extraction per named graph (what :func:`build_graph` holds).

    The store writes these directly: several times faster than going through
    an rdflib Dataset.

    Raises:
        InputError: if the extraction fails :func:`~kg.graph.check.check_extraction`.
    """
    graphs: dict[URIRef, _Collector] = {}

    def sink(name: URIRef) -> _Collector:
        return graphs.setdefault(name, _Collector())

    _build(extraction, sink, merge_reports=merge_reports)
    return {name: collector.triples for name, collector in graphs.items()}


def build_graph(extraction: Extraction, *, merge_reports: bool = True) -> Dataset:
    """Return the RDF dataset of one article's extraction.

    Args:
        extraction: the article and everything extracted from it.
        merge_reports: give an event other articles may report too its shared
            IRI (see :mod:`kg.graph.reports`); False keeps every event apart.

    Returns:
        An in-memory ``rdflib.Dataset`` with the article graph (named
        ``mint_iri("article", article.id)``), the ``actors`` graph and the
        ``cameo`` graph.

    Raises:
        InputError: if the extraction fails :func:`~kg.graph.check.check_extraction`
            (unknown actors or events, a span outside the text, an inverted
            interval, a string exports cannot carry).
    """
    dataset = new_dataset()
    _build(extraction, dataset.graph, merge_reports=merge_reports)
    return dataset


def _build(extraction: Extraction, sink: Callable[[URIRef], TripleSink], *, merge_reports: bool) -> None:
    check_extraction(extraction)
    book = cameo_codebook()
    article = extraction.article
    aid = article.id
    article_node = mint_iri("article", aid)
    graph = sink(article_node)
    actors = sink(actors_graph_iri())
    cameo = sink(cameo_graph_iri())

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

    # A mention's article is its graph and its IRI; it is not stated again.
    for mention in extraction.mentions:
        node = mint_iri("mention", aid, span_key(mention.span.start, mention.span.end))
        _add_span(graph, node, KG.Mention, mention.span, None, article.text)
        graph.add((node, KG.refersTo, mint_iri("actor", mention.actor_id)))

    for actor in extraction.actors:
        for triple in actor_description(actor):
            actors.add(triple)

    iris = event_iris(extraction, merge=merge_reports)
    for event in extraction.events:
        add_event(graph, iris[event.id], event, extraction, iris)
        add_cameo(cameo, event.cameo, book)
    add_claims(graph, extraction, article_node, iris)

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


def _add_span(graph: TripleSink, node: URIRef, cls: URIRef, span: Span, article: URIRef | None,
              text: str) -> None:
    graph.add((node, RDF.type, cls))
    if article is not None:
        graph.add((node, KG.inArticle, article))
    graph.add((node, KG.beginIndex, Literal(span.start)))
    graph.add((node, KG.endIndex, Literal(span.end)))
    graph.add((node, KG.text, Literal(span.text(text))))
