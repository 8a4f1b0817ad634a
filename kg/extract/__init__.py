"""Extraction: an article and its parse -> actors, events, relations and time expressions.

The stages run in a fixed order: time expressions, actors, events (which need
both), relations (which need actors). Each stage is a pure function of its
inputs; resources (the spaCy pipeline, the gazetteer, the CAMEO lexicon) are
passed in, never globals.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract.actors.findings import find_actors
from kg.extract.events.cameo import CameoLexicon, load_cameo
from kg.extract.events.agency import unnamed_agents
from kg.extract.actors.dateline import dateline_country
from kg.extract.events.timing import date_continued_quotes
from kg.extract.events.build import find_events
from kg.extract.events.restatement import drop_restatements
from kg.extract.events.speech import fold_self_reports
from kg.extract.actors.gazetteer import Gazetteer
from kg.extract.actors.gazetteer_data import load_gazetteer
from kg.extract.relations import enrich_actors, find_relations
from kg.extract.time import find_timexes
from kg.errors import KgError
from kg.model import Article, Extraction, Sentence, Span
from kg.nlp import ParsedParagraph, parse_articles

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["Extractor", "extract", "extract_articles"]


@dataclass(frozen=True)
class Extractor:
    """The resources extraction needs, loaded once and passed along."""

    nlp: Language
    gazetteer: Gazetteer
    lexicon: CameoLexicon

    @classmethod
    def load(cls, pipeline: str | None = None) -> Extractor:
        """Load the spaCy pipeline (by name or path), the gazetteer and the CAMEO lexicon."""
        from kg.nlp import DEFAULT_PIPELINE, load_pipeline

        return cls(load_pipeline(pipeline or DEFAULT_PIPELINE), load_gazetteer(), load_cameo())


def extract(article: Article, parsed: Sequence[ParsedParagraph], extractor: Extractor) -> Extraction:
    """Extract everything from one parsed article."""
    sentences = tuple(
        Sentence(Span(p.offset + s.start_char, p.offset + s.end_char), index)
        for index, p in enumerate(parsed)
        for s in p.doc.sents
    )
    timexes = find_timexes(article.text, article.published, parsed)
    actors = find_actors(article, parsed, extractor.gazetteer)
    year = article.published.year if article.published else None
    home = dateline_country(article.dateline, extractor.gazetteer, year)
    events = find_events(article, parsed, actors, timexes, extractor.lexicon, home)
    events = drop_restatements(fold_self_reports(events), article.text)
    events = date_continued_quotes(events, [s.span for s in sentences], article.text)
    relations, implied = find_relations(parsed, actors, extractor.gazetteer)
    unnamed = unnamed_agents(events, actors.actors)
    all_actors = sorted(enrich_actors([*actors.actors, *implied, *unnamed], relations), key=lambda a: a.id)
    return Extraction(
        article=article,
        actors=tuple(all_actors),
        mentions=tuple(actors.mentions),
        events=tuple(events),
        relations=tuple(relations),
        timexes=tuple(timexes),
        sentences=sentences,
    )


def extract_articles(
    items: Iterable[Article | KgError], extractor: Extractor, *, batch_size: int = 64
) -> Iterator[Extraction | KgError]:
    """Extract a stream of articles, batching the parse; errors pass through in order."""
    pending: list[Article | KgError] = []

    def flush() -> Iterator[Extraction | KgError]:
        articles = [a for a in pending if isinstance(a, Article)]
        parsed = iter(parse_articles(extractor.nlp, articles))
        for item in pending:
            if isinstance(item, KgError):
                yield item
            else:
                article, paragraphs = next(parsed)
                yield extract(article, paragraphs, extractor)
        pending.clear()

    for item in items:
        pending.append(item)
        if len(pending) >= batch_size:
            yield from flush()
    yield from flush()
