"""The actor a noun phrase denotes: its own mention, an apposition, a named member or conjunct, or a name modifier.

Shared by the argument readers (:mod:`kg.extract.events.arguments`,
:mod:`kg.extract.events.nominals`) and the conjunct expansion.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.actors.findings import ActorFindings
from kg.extract.syntax import is_stance_modifier
from kg.extract.actors.tokens import MEMBER_PREPOSITIONS

if TYPE_CHECKING:
    from spacy.tokens import Token


def actor_of_np(token: Token, p_index: int, actors: ActorFindings, *, depth: int = 0) -> str | None:
    """The actor a noun phrase headed by ``token`` denotes, looking into its structure."""
    if depth > 4:
        return None
    found = actors.actor_at(p_index, token.i)
    if found is not None:
        return found
    # Appositions and descriptors: "the French carmaker Renault".
    for child in token.children:
        if child.dep_ == "appos":
            found = actors.actor_at(p_index, child.i) or actor_of_np(child, p_index, actors, depth=depth + 1)
            if found:
                return found
    # Named members: "prominent politicians including X".
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in MEMBER_PREPOSITIONS:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found = actors.actor_at(p_index, pobj.i)
                    if found:
                        return found
    # Copular identification: "A second company ... was the Chinese firm X".
    if token.dep_ == "nsubj" and token.head.lemma_ == "be":
        for child in token.head.children:
            if child.dep_ == "attr":
                found = actor_of_np(child, p_index, actors, depth=depth + 1)
                if found:
                    return found
    # Coordination: the first conjunct that is an actor.
    return actors.child_actor(p_index, token, "conj")


def actor_in_modifiers(token: Token, p_index: int, actors: ActorFindings) -> str | None:
    """The actor inside an event noun ("the US move", "Iran's decision", "the decision by X")."""
    # The nearest name modifier first: "bin Laden's *al-Qaeda* network".
    for child in sorted(token.lefts, key=lambda c: (c.dep_ == "poss", -c.i)):
        if child.dep_ in {"poss", "compound", "amod", "nmod"} and not is_stance_modifier(child):
            found = actors.actor_at(p_index, child.i)
            if found:
                return found
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"by", "of", "from"}:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found = actor_of_np(pobj, p_index, actors)
                    if found:
                        return found
    # A name qualifying a modifier: "*US* Predator attacks".
    for child in token.lefts:
        if child.dep_ in {"compound", "amod", "nmod"}:
            for grand in child.lefts:
                found = actors.actor_at(p_index, grand.i) if grand.dep_ in {"compound", "amod", "nmod", "poss"} else None
                if found:
                    return found
    return None
