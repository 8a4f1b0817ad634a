"""Extraction: an article and its parse -> actors, events, relations and time expressions.

The stages run in a fixed order: time expressions, actors, events (which need
both), relations (which need actors). Each stage is a pure function of its
inputs; resources (the spaCy pipeline, the gazetteer, the CAMEO lexicon) are
passed in, never globals.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
import logging
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from kg.extract import actors as actors_stage
from kg.extract import events as events_stage
from kg.extract import relations as relations_stage
from kg.extract import time as time_stage
from kg.extract.actors.findings import find_actors
from kg.extract.events.cameo import CameoLexicon, load_cameo
from kg.extract.actors.dateline import dateline_country
from kg.extract.events.timing import date_continued_quotes
from kg.extract.events.build import find_events
from kg.extract.actors.dictionary import ActorDictionary, load_actor_dictionary
from kg.extract.actors.gazetteer import Gazetteer
from kg.extract.actors.gazetteer_data import load_gazetteer
from kg.extract.relations import enrich_actors, find_relations
from kg.extract.rules import Rule, RuleInfo, RuleSwitch, describe_rules, rule_name, unknown_rules
from kg.extract.time import find_timexes
from kg.extract.words import check_word_classes
from kg.errors import KgError
from kg.model import Actor, ActorKind, Article, Event, Extraction, Mention, Relation, Sentence, Span
from kg.nlp import ParsedParagraph, parse_articles

if TYPE_CHECKING:
    from spacy.language import Language

_LOG = logging.getLogger(__name__)

__all__ = ["RULE_TABLES", "Extractor", "RuleSwitch", "extract", "extract_articles", "rule_infos"]

def idle_places_are_no_actors(actors: Sequence[Actor], mentions: Sequence[Mention], events: Sequence[Event], relations: Sequence[Relation]) -> tuple[list[Actor], list[Mention]]:
    """A place no event or relation names is where something is, no actor: "the minister spoke in *Cusco*, visiting a museum".

    Places stay actors when an event acts on them or a relation locates
    something in them; countries stay whatever they do (the story names them).
    """
    used = {e.source for e in events} | {e.target for e in events} | {e.attributed_to for e in events}
    used |= {r.subject for r in relations} | {r.object for r in relations}
    idle = {a.id for a in actors if a.kind is ActorKind.LOCATION and a.id not in used}
    return [a for a in actors if a.id not in idle], [m for m in mentions if m.actor_id not in idle]


#: Rules on the assembled article, after the four stages.
OUTPUT_RULES: tuple[Rule, ...] = (idle_places_are_no_actors,)

#: Every rule table of every stage, in the order the stages run them.
RULE_TABLES: dict[str, tuple[Rule, ...]] = {
    **time_stage.RULES,
    **actors_stage.RULES,
    **events_stage.RULES,
    **relations_stage.RULES,
    "extract.OUTPUT_RULES": OUTPUT_RULES,
}


def rule_infos() -> list[RuleInfo]:
    """Name, table and one-line summary of every switchable rule, in running order."""
    return describe_rules(RULE_TABLES)


@dataclass(frozen=True)
class Extractor:
    """The resources extraction needs, loaded once and passed along.

    ``disabled`` names rules switched off for every extraction made with it
    (see :mod:`kg.extract.rules`).
    """

    nlp: Language
    gazetteer: Gazetteer
    lexicon: CameoLexicon
    dictionary: ActorDictionary | None = None
    disabled: frozenset[str] = frozenset()

    @classmethod
    def load(cls, pipeline: str | None = None, *, disabled: Iterable[str] = ()) -> Extractor:
        """Load the spaCy pipeline (by name or path), the gazetteer, the CAMEO lexicon and the word classes.

        Raises:
            KgError: the pipeline cannot be loaded, or ``disabled`` names a rule that does not exist.
        """
        from kg.nlp import DEFAULT_PIPELINE, load_pipeline

        unknown = unknown_rules(disabled, RULE_TABLES)
        if unknown:
            raise KgError(f"unknown rule(s) {', '.join(unknown)}: 'kg eval ablate --list' lists the rules")
        check_word_classes()
        return cls(load_pipeline(pipeline or DEFAULT_PIPELINE), load_gazetteer(), load_cameo(), load_actor_dictionary(), frozenset(disabled))


def extract(article: Article, parsed: Sequence[ParsedParagraph], extractor: Extractor, switch: RuleSwitch | None = None) -> Extraction:
    """Extract everything from one parsed article.

    ``switch`` overrides the extractor's disabled rules and collects which
    rules fired (the ablation report passes one per run).
    """
    switch = switch if switch is not None else RuleSwitch(extractor.disabled)
    sentences = tuple(
        Sentence(Span(p.offset + s.start_char, p.offset + s.end_char), index)
        for index, p in enumerate(parsed)
        for s in p.doc.sents
    )
    timexes = find_timexes(article.text, article.published, parsed, switch)
    actors = find_actors(article, parsed, extractor.gazetteer, switch, extractor.dictionary)
    year = article.published.year if article.published else None
    home = dateline_country(article.dateline, extractor.gazetteer, year)
    events, unnamed = find_events(article, parsed, actors, timexes, extractor.lexicon, home, switch)
    events = date_continued_quotes(events, [s.span for s in sentences], article.text, switch)
    events = [_ordered_interval(e) for e in events]
    relations, implied = find_relations(parsed, actors, extractor.gazetteer, switch)
    # A country may be implied by both the events (a place standing for it) and the relations: one actor each id.
    by_id = {a.id: a for a in reversed([*actors.actors, *implied, *unnamed])}
    all_actors = sorted(enrich_actors(list(by_id.values()), relations), key=lambda a: a.id)
    mentions = list(actors.mentions)
    idle = rule_name(idle_places_are_no_actors)
    if switch.on(idle):
        kept, mentions = idle_places_are_no_actors(all_actors, mentions, events, relations)
        switch.fire(idle, len(all_actors) - len(kept))
        all_actors = kept
    return Extraction(
        article=article,
        actors=tuple(all_actors),
        mentions=tuple(mentions),
        events=tuple(events),
        relations=tuple(relations),
        timexes=tuple(timexes),
        sentences=sentences,
    )


def _ordered_interval(event: Event) -> Event:
    """An event whose bounds cross (two rules disagreeing) keeps only its upper bound, never an empty interval."""
    time = event.time
    if time.earliest is None or time.latest is None or time.earliest <= time.latest:
        return event
    _LOG.warning("event %s: crossed time bounds %s > %s; the lower bound is dropped", event.id, time.earliest, time.latest)
    return replace(event, time=replace(time, earliest=None, mod=None))


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
