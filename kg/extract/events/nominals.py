"""Arguments of event nouns: who acts and who is acted upon in "Iran's attack on X".

A noun's own modifiers name its participants: the possessor or a name
modifier is the agent, prepositional phrases give the target, "between A
and B" both parties, and a place compounded with a travel noun the
destination ("his *India* visit").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.syntax import sentence_of
from kg.extract.actors.findings import ActorFindings
from kg.extract.events.cameo import CameoMatch
from kg.extract.events.cameo_syntax import between_pair, occurring_noun_takes_its_verbs_phrases
from kg.extract.actors.noun_phrases import actor_in_modifiers, actor_of_np
from kg.extract.events.cameo_syntax import TARGET_PREPS
from kg.extract.events.dyads import VIOLENT_ROOTS
from kg.extract.events.target_search import cross_border_target
from kg.extract.rules import Rule, RuleSwitch, rule_name
from kg.model import ActorKind

if TYPE_CHECKING:
    from spacy.tokens import Token


#: Roots whose event nouns take their target in an "of" phrase ("the
#: invasion *of Ukraine*", "the arrest *of* the editor"); other nouns take
#: their agent there ("a meeting *of the Security Council*").
_PATIENT_OF_ROOTS = {"16", "17", "18", "19", "20"}


def nominal_arguments(
    token: Token, match: CameoMatch, p_index: int, actors: ActorFindings, switch: RuleSwitch | None = None
) -> tuple[str | None, str | None]:
    """Source and target of an event noun from its own modifiers.

    The possessor or a name modifier is the agent ("Iran's attack", "the US
    move"), as is a "by" phrase; "to", "with", "against", "on" phrases give the
    target. An "of" phrase is the target of a conflictual act and the agent of
    any other ("the invasion of Ukraine", "a visit of the president").
    """
    switch = switch if switch is not None else RuleSwitch()
    source, target = _own_arguments(token, match, p_index, actors, switch)
    if source is None and target is None and switch.on(_OCCURRING):
        verb = occurring_noun_takes_its_verbs_phrases(token)
        if verb is not None:
            source, target = _own_arguments(verb, match, p_index, actors, switch, modifiers=False)
            switch.fire(_OCCURRING, bool(source or target))
    return source, target


def _own_arguments(
    token: Token, match: CameoMatch, p_index: int, actors: ActorFindings, switch: RuleSwitch, *, modifiers: bool = True
) -> tuple[str | None, str | None]:
    """Source and target from the phrases on ``token`` (and its possessor and name modifiers, with ``modifiers``)."""
    patient_of = match.code[:2] in _PATIENT_OF_ROOTS
    source: str | None = None
    target: str | None = None
    pair = between_pair(token)
    if pair is not None:
        # "a summit between A and B": A and B meet, whoever hosts it.
        parties = between_parties(pair, p_index, actors, switch)
        if parties is not None:
            return parties
    destination = visited_place(token, match, p_index, actors) if switch.on(_VISITED) else None
    for child in token.children if modifiers else ():
        if child.dep_ in {"poss", "compound", "amod", "nmod"} and source is None and child != destination:
            source = actors.actor_at(p_index, child.i) or (actor_of_np(child, p_index, actors) if child.dep_ == "poss" else None)
    if destination is not None:
        target = actors.actor_at(p_index, destination.i)
        switch.fire(_VISITED, bool(target))
    for child in token.children:
        if child.dep_ != "prep":
            continue
        for pobj in (c for c in child.children if c.dep_ == "pobj"):
            found = actor_of_np(pobj, p_index, actors)
            if not found and child.lower_ in TARGET_PREPS:
                # "riots against Israeli policies": the policy's owner.
                found = actor_in_modifiers(pobj, p_index, actors)
            if not found:
                continue
            if child.lower_ == "by" or (child.lower_ == "of" and not patient_of):
                source = source or found
            elif child.lower_ in TARGET_PREPS or child.lower_ == "of":
                target = target or found
    if target is None and source is not None and match.code[:2] in VIOLENT_ROOTS and switch.on(_CROSS_BORDER):
        target = cross_border_target(token, p_index, actors, source)
        switch.fire(_CROSS_BORDER, bool(target))
    return source, (target if target != source else None)


def between_parties(pair: tuple[Token, Token], p_index: int, actors: ActorFindings, switch: RuleSwitch) -> tuple[str, str] | None:
    """The actors of the two sides of "between A and B".

    The two sides are distinct, so a pronoun side the reference resolver
    gave the other side's actor ("between *him* and Xi") is the nearest other
    person named before it in the sentence.
    """
    first, second = (actors.actor_at(p_index, p.i) or actor_in_modifiers(p, p_index, actors) or actor_of_np(p, p_index, actors) for p in pair)
    if pair[0].pos_ == "PRON" and second is not None and first in {None, second} and switch.on(_PRONOUN_SIDE):
        first = between_pronoun_side(pair[0], second, p_index, actors)
        switch.fire(_PRONOUN_SIDE, bool(first))
    if first and second and first != second:
        return first, second
    return None


#: Travel acts whose place modifier is the destination ("his *India* visit").
_TRAVEL_CODES = frozenset({"042"})


def visited_place(token: Token, match: CameoMatch, p_index: int, actors: ActorFindings) -> Token | None:
    """A place name before a travel noun is the destination: "the minister's *Tarvia* visit", "a *Kesh* trip".

    The possessor (or a "by" phrase) is the traveller.
    """
    if match.code[:3] not in _TRAVEL_CODES:
        return None
    for child in token.lefts:
        if child.dep_ != "compound" or child.pos_ != "PROPN":
            continue
        found = actors.actor_at(p_index, child.i)
        kind = next((a.kind for a in actors.actors if a.id == found), None)
        # (A capital stands for its government: "a *Moscow* visit".)
        if found and (kind in {ActorKind.COUNTRY, ActorKind.LOCATION} or child.ent_type_ == "GPE"):
            return child
    return None


def between_pronoun_side(pronoun: Token, second: str, p_index: int, actors: ActorFindings) -> str | None:
    """A pronoun side of "between" is the nearest other person named before it: "Varo arrived; talks between *him* and Ruiz".

    The reference resolver may give the pronoun the other side's actor; the
    two sides are distinct. (A name the gazetteer cannot place is as likely
    a person the tagger took for a place.)
    """
    people = {a.id for a in actors.actors if a.kind is ActorKind.PERSON or (a.kind is ActorKind.LOCATION and not a.placed)}
    sent = sentence_of(pronoun)
    before = (actors.actor_at(p_index, t.i) for t in reversed(sent[: pronoun.i - sent.start]))
    return next((a for a in before if a in people and a != second), None)


#: Exceptions of the event-noun reading (with ``cross_border_target`` of the targets, shared).
NOMINAL_RULES: tuple[Rule, ...] = (visited_place, between_pronoun_side, occurring_noun_takes_its_verbs_phrases)

_VISITED = rule_name(visited_place)
_PRONOUN_SIDE = rule_name(between_pronoun_side)
_CROSS_BORDER = rule_name(cross_border_target)
_OCCURRING = rule_name(occurring_noun_takes_its_verbs_phrases)
