"""A pronoun object that stands for a thing: a building, or an act or document named before.

"lawmakers entered the Assembly *building* and voted to reject *it*": the
pronoun cannot be the building (nobody rejects a building); it is the order
named earlier in the sentence ("since lifting the emergency *order*"), and
the one acted upon is that order's author.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from kg.extract.syntax import sentence_of
from kg.extract.actors.findings import ActorFindings
from kg.extract.actors.noun_phrases import actor_in_modifiers
from kg.model import Event
from kg.extract.words import WordClass

if TYPE_CHECKING:
    from spacy.tokens import Token

_THING_PRONOUNS = frozenset({"it", "this"})
#: Nouns of a building or compound: an institution's name modifying one names a place.
BUILDING_NOUNS = WordClass("building_nouns")
#: Acts and documents a pronoun can take up as the thing rejected, opposed or approved.
_ACT_NOUNS = WordClass("act_nouns")
#: Roots whose object is a thing acted upon, never a building (statements to conflict short of force).
_NON_PHYSICAL_ROOTS = frozenset({f"{n:02d}" for n in range(1, 17)})


def pronoun_object(token: Token) -> Token | None:
    """The verb's direct object when it is "it" or "this"."""
    return next((c for c in token.children if c.dep_ == "dobj" and c.lower_ in _THING_PRONOUNS), None)


def refers_to_building(pronoun: Token, p_index: int, actors: ActorFindings) -> bool:
    """Is the pronoun's actor last named before it, in its sentence, as the name of a building ("the X *building*")?"""
    actor = actors.actor_at(p_index, pronoun.i)
    if actor is None:
        return False
    sent = sentence_of(pronoun)
    for token in reversed(sent[: pronoun.i - sent.start]):
        if actors.actor_at(p_index, token.i) != actor:
            continue
        head = token
        while head.dep_ == "compound" and head.head != head:
            head = head.head
        return head.lemma_.lower() in BUILDING_NOUNS or token.lemma_.lower() in BUILDING_NOUNS
    return False


def act_antecedent_author(
    pronoun: Token, p_index: int, offset: int, actors: ActorFindings, earlier: Iterable[Event], skip: set[str]
) -> str | None:
    """The author of the act or document a pronoun takes up from earlier in its sentence.

    The nearest act noun before the pronoun ("the emergency *order*"): its
    possessor or name modifier ("Lopez's order"), else the source of the
    event whose trigger it is part of ("since *lifting the order*").
    """
    sent = sentence_of(pronoun)
    noun = next((t for t in reversed(sent[: pronoun.i - sent.start]) if t.pos_ == "NOUN" and t.lemma_.lower() in _ACT_NOUNS), None)
    if noun is None:
        return None
    author = actor_in_modifiers(noun, p_index, actors)
    if author is None:
        at = offset + noun.idx
        author = next((e.source for e in earlier if e.trigger.start <= at < e.trigger.end and e.source), None)
    return author if author not in skip else None


def thing_pronoun_target(
    token: Token, code: str, target: str | None, source: str | None, p_index: int, offset: int, actors: ActorFindings, earlier: Iterable[Event]
) -> str | None:
    """The target of a non-physical act on "it": not a building, rather the author of the act "it" takes up.

    Returns the target to keep (``target`` unchanged when the rule does not apply).
    """
    if code[:2] not in _NON_PHYSICAL_ROOTS:
        return target
    pronoun = pronoun_object(token)
    if pronoun is None:
        return target
    pronoun_actor = actors.actor_at(p_index, pronoun.i)
    if pronoun_actor is not None and (pronoun_actor != target or not refers_to_building(pronoun, p_index, actors)):
        return target
    if pronoun_actor is None and target is not None:
        return target
    skip = {source} if source else set()
    return act_antecedent_author(pronoun, p_index, offset, actors, earlier, skip)
