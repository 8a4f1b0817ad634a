"""Find the actor mentions of an article and resolve them to canonical actors.

Noun phrases are read from the dependency parse, head by head
(:mod:`kg.extract.actors.phrases`): a phrase is an actor when its head or its
modifiers are in the gazetteer (countries, capitals and seats of government,
bodies, organisations) or when spaCy tags it as a person or organisation.
Then the article passes resolve and recode them, in three tables around what
the stage settles on the way: references (name parts, descriptions, pronouns,
acronyms), then the story country and what belongs to it, then the countries
whose offices titled persons hold. Mentions sharing a key merge into one actor.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING

from kg.extract.actors.context import ActorContext, run_passes
from kg.extract.actors.coref import acronyms_in_parentheses, bare_surnames, definite_armed_group_named_before, definite_descriptions, definite_groups, government_descriptions, name_parts
from kg.extract.actors.countries import halves_of_a_nation, historical_capitals, home_country_descriptions, places_that_act
from kg.extract.actors.dateline import dateline_country
from kg.extract.actors.gazetteer import Gazetteer
from kg.extract.actors.generic import agents_without_a_country_get_sector_codes, dictionary_codes_names
from kg.extract.actors.leaders import facing_home, leader_governments, seat_office_holders, story_office_holders
from kg.extract.actors.merge import TokenKey, merge_mentions
from kg.extract.actors.names import government_name as government_name
from kg.extract.actors.names import slugify as slugify
from kg.extract.actors.phrases import find_mentions
from kg.extract.actors.pronouns import it_after_a_thing_is_no_actor, resolve_possessed, resolve_pronouns, unnamed_spokesperson_speaks_for_the_subject
from kg.extract.actors.spans import drop_named_documents
from kg.extract.actors.story import fold_into_countries, government_forces_of_the_story, located_places, story_bodies, story_country, story_government
from kg.extract.rules import RuleSwitch
from kg.model import Actor, ActorKind, Article, Mention
from kg.nlp import ParsedParagraph

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.actors.dictionary import ActorDictionary

__all__ = ["OFFICE_PASSES", "REFERENCE_PASSES", "STORY_PASSES", "ActorFindings", "actor_key_of_country", "find_actors"]

#: Passes that resolve references and names the article settles (before the story country is known).
REFERENCE_PASSES = (
    name_parts,
    definite_groups,
    definite_armed_group_named_before,
    government_descriptions,
    definite_descriptions,
    bare_surnames,
    it_after_a_thing_is_no_actor,
    resolve_pronouns,
    unnamed_spokesperson_speaks_for_the_subject,
    historical_capitals,
    acronyms_in_parentheses,
    halves_of_a_nation,
    drop_named_documents,
)
#: Passes that read the story country (``ctx.story``).
STORY_PASSES = (
    resolve_possessed,
    story_bodies,
    story_government,
    government_forces_of_the_story,
    fold_into_countries,
    located_places,
    home_country_descriptions,
)
#: Passes that read whose offices titled persons hold (``ctx.facing``).
OFFICE_PASSES = (
    dictionary_codes_names,
    seat_office_holders,
    story_office_holders,
    leader_governments,
    places_that_act,
    agents_without_a_country_get_sector_codes,
)


@dataclass
class ActorFindings:
    """Actors and mentions of an article, plus token-level lookups for later stages.

    ``heads`` lists each mention's phrase head as (paragraph, token index, actor id);
    ``facing`` the countries a titled person stands against (holds no office of).
    """

    actors: list[Actor]
    mentions: list[Mention]
    by_token: dict[TokenKey, str] = field(default_factory=dict)
    heads: list[tuple[int, int, str]] = field(default_factory=list)
    facing: dict[str, set[str]] = field(default_factory=dict)
    #: Country actors of the places the article names, by id (a place may stand for its country).
    countries: dict[str, Actor] = field(default_factory=dict)

    def actor_at(self, para: int, token_i: int) -> str | None:
        """Actor id of the mention covering a token, if any."""
        return self.by_token.get((para, token_i))

    @cached_property
    def unplaced(self) -> Mapping[ActorKind, frozenset[str]]:
        """Ids of the actors with neither a country nor a code of their own, by kind (read once: the event stage asks for each predicate).

        The findings are complete when the stage returns them; nothing changes their actors afterwards.
        """
        by_kind: dict[ActorKind, set[str]] = {}
        for actor in self.actors:
            if not actor.placed:
                by_kind.setdefault(actor.kind, set()).add(actor.id)
        return {kind: frozenset(ids) for kind, ids in by_kind.items()}

    def child_actor(self, para: int, token: Token, dep: str) -> str | None:
        """Actor id of the first child of ``token`` with dependency ``dep`` that is a mention ("A *and B*", "X, *the minister*")."""
        return next((found for child in token.children if child.dep_ == dep and (found := self.actor_at(para, child.i))), None)


def find_actors(
    article: Article,
    parsed: Sequence[ParsedParagraph],
    gazetteer: Gazetteer,
    switch: RuleSwitch | None = None,
    dictionary: ActorDictionary | None = None,
) -> ActorFindings:
    """Find and resolve the actors of an article.

    Args:
        article: the article (offsets point into its text).
        parsed: its paragraphs parsed by spaCy.
        gazetteer: the general gazetteer.
        switch: which rules are off, and the record of which fired.
        dictionary: the field's actor dictionaries (generic agents, dated office holders).

    Returns:
        canonical actors (ids are stable keys shared across articles), their
        mentions, and a token -> actor id map for the event stage.
    """
    year = article.published.year if article.published else None
    home = dateline_country(article.dateline, gazetteer, year)
    ctx = ActorContext(article, parsed, gazetteer, switch if switch is not None else RuleSwitch(), year, dictionary=dictionary, dateline=home)
    protos = find_mentions(ctx)
    protos = run_passes(REFERENCE_PASSES, protos, ctx)
    ctx = replace(ctx, story=story_country(protos, gazetteer, ctx.dateline))
    protos = run_passes(STORY_PASSES, protos, ctx)
    ctx = replace(ctx, facing=facing_home(protos, ctx.story, parsed))
    protos = run_passes(OFFICE_PASSES, protos, ctx)
    actors, mentions, by_token, heads = merge_mentions(protos, parsed)
    facing = {key: set(countries) for key, countries in ctx.facing.items()}
    return ActorFindings(actors, mentions, by_token, heads, facing, _place_countries(actors, gazetteer))


def _place_countries(actors: Sequence[Actor], gazetteer: Gazetteer) -> dict[str, Actor]:
    """The country actor of each place with a known country ("Paris" -> France), as a country is keyed everywhere."""
    known = {a.id: a for a in actors}
    out: dict[str, Actor] = {}
    for actor in actors:
        if actor.kind is not ActorKind.LOCATION or not actor.country:
            continue
        key = actor_key_of_country(actor.country)
        entry = gazetteer.country_by_iso3(actor.country)
        if key in known:
            out[key] = known[key]
        elif entry is not None:
            out[key] = Actor(key, entry.name, ActorKind.COUNTRY, entry.iso3, entry.iso3, entry.wikidata)
    return out


def actor_key_of_country(iso3: str) -> str:
    """The actor id of a country (its ISO 3166-1 alpha-3 code, lowercase)."""
    return iso3.lower()
