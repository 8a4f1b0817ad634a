"""Relations stated by names alone: bodies of states and of international organisations, bodies named after places.

These passes read the article's actors, not its sentences: a relation they
add has no sentence of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.actors.findings import slugify
from kg.extract.relations.context import RelationContext
from kg.extract.words import WordClass, word_map
from kg.model import Actor, ActorKind, RelationKind

__all__ = [
    "PLACED_KINDS",
    "body_named_after_place_located_there",
    "international_body_part_of_parent",
    "is_state_body",
    "state_body_part_of_its_state",
    "unplaced_state_body_part_of_home",
]

#: Kinds of actor that have a seat or a location.
PLACED_KINDS = {ActorKind.ORGANIZATION, ActorKind.MEDIA, ActorKind.NGO, ActorKind.GOVERNMENT, ActorKind.MILITARY, ActorKind.IGO, ActorKind.LOCATION}
# Head nouns that make an organisation a state body ("Customs Service", "Regulatory Commission").
_STATE_BODY_WORDS = WordClass("state_body_words")
_SECURITY_WORDS = WordClass("security_words")
# A leader's government or office ("the Alvarez administration"): its country is the leader's, not the story's.
_LEADER_BODY_WORDS = {"administration", "government", "cabinet", "regime", "office"}


def is_state_body(actor: Actor) -> bool:
    """Whether an actor is a body of a state (by kind, or by its name's head noun)."""
    if actor.kind in {ActorKind.GOVERNMENT, ActorKind.MILITARY}:
        return True
    words = actor.name.lower().split()
    return actor.kind is ActorKind.ORGANIZATION and bool(words) and words[-1] in _STATE_BODY_WORDS


def state_body_part_of_its_state(ctx: RelationContext, actors: Sequence[Actor]) -> None:
    """A state body is part of its country and of its government when the text names it ("the Veloran Customs Service")."""
    for actor in actors:
        if actor.country and is_state_body(actor):
            _part_of_state(ctx, actor, actor.country)


def unplaced_state_body_part_of_home(ctx: RelationContext, actors: Sequence[Actor]) -> None:
    """A state body the text gives no country is the home country's, if its name says it is a body ("the National Assembly")."""
    for actor in actors:
        if not actor.country and ctx.home and is_state_body(actor) and _names_a_body(actor):
            _part_of_state(ctx, actor, ctx.home[0])


def international_body_part_of_parent(ctx: RelationContext, actors: Sequence[Actor]) -> None:
    """A body of an international organisation is part of it ("the Tarn League's Trade Council")."""
    for actor in actors:
        if actor.kind is ActorKind.IGO:
            entry = ctx.gazetteer.organization(actor.name)
            parent = entry.parent if entry else None
            if parent:
                ctx.add(actor.id, RelationKind.PART_OF, ctx.organization_actor(parent), None)


def body_named_after_place_located_there(ctx: RelationContext, actors: Sequence[Actor]) -> None:
    """A body named after a place the text mentions is located there ("Alden Security Bureau" and "Alden")."""
    locations = [a for a in ctx.by_id.values() if a.kind is ActorKind.LOCATION]
    for actor in actors:
        if actor.kind not in PLACED_KINDS - {ActorKind.LOCATION}:
            continue
        key = slugify(actor.name)
        for place in locations:
            rest = actor.name.split()[len(place.name.split()) : len(place.name.split()) + 1]
            if rest and ctx.gazetteer.country_of_demonym(f"{place.name} {rest[0]}") is not None:
                continue  # "South Korean police" is not in a place "South"
            if key.startswith(place.id + "-"):
                ctx.add(actor.id, RelationKind.LOCATED_IN, place.id, None)


def _part_of_state(ctx: RelationContext, actor: Actor, iso3: str) -> None:
    government = ctx.government_of(iso3)
    ctx.add(actor.id, RelationKind.PART_OF, ctx.country_actor(iso3), None)
    if government and actor.id != government:
        ctx.add(actor.id, RelationKind.PART_OF, government, None)


#: Number words ("three", "a dozen") and counts that stand for a crowd ("hundreds").
_NUMBER_WORDS = frozenset(word_map("number_words"))
_CROWD_COUNTS = WordClass("crowd_counts")


def _names_a_body(actor: Actor) -> bool:
    """A proper name ("National Assembly") or a state-body head noun ("police and troops"), not a leader's body."""
    words = actor.name.split()
    if len(words) >= 2 and words[-1] in _LEADER_BODY_WORDS and words[0][:1].isupper():
        return False
    # A count of people ("12 soldiers", "three policemen") names those people, not their body.
    if words and (words[0][:1].isdigit() or words[0].lower() in _NUMBER_WORDS or words[0].lower() in _CROWD_COUNTS):
        return False
    return any(w[:1].isupper() for w in words) or bool({w.lower() for w in words} & (_STATE_BODY_WORDS | _SECURITY_WORDS))
