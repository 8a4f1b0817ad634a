"""Agents behind things: who acts through a law, a bomb or an unnamed hand.

A subject that is not an actor may still name who acts through it: "the
sanctions law, *enacted by Orvan*, prohibited ..." is Orvan's act, and the
law's own qualifier ("*Tarvia* sanctions") names whom it is aimed at. An act with no agent at all ("was killed by a roadside
bomb near X", "was put under investigation in X") is given, as CAMEO coders
do for unidentified perpetrators, an unnamed agent of the place it happened:
"unidentified attackers in X" (code X + UAF, unidentified armed forces) for
violence, "authorities in X" (X + GOV) for investigation and coercion. The
place itself is never made the doer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.actors.findings import ActorFindings
from kg.extract.events.cameo import CameoMatch
from kg.extract.events.dyads import LOCATIVE_PREPS, PLACE_KINDS
from kg.model import Actor, ActorKind, Event
from kg.extract.words import WordClass

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

#: Roots an unnamed agent performs where it happens: investigate, coerce,
#: assault, fight, mass violence.
_PLACED_ROOTS = {"09", "17", "18", "19", "20"}
#: Participles that make a noun an instrument of their agent.
_INSTRUMENT_TAGS = {"VBN"}


def instrument_agent(np: Token, p_index: int, actors: ActorFindings) -> str | None:
    """An instrument acts for the "by" agent of its participle: "the tariff law, *enacted by Orvan*, banned ..."."""
    if actors.actor_at(p_index, np.i) is not None or np.pos_ not in {"NOUN"} or _owner(np, p_index, actors):
        return None
    for clause in np.children:
        if clause.dep_ not in {"acl", "relcl"} or clause.tag_ not in _INSTRUMENT_TAGS:
            continue
        for agent in (c for c in clause.children if c.dep_ == "agent"):
            for pobj in (c for c in agent.children if c.dep_ == "pobj"):
                found = actors.actor_at(p_index, pobj.i) or actors.child_actor(p_index, pobj, "appos")
                if found:
                    return found
    return None


def instrument_aim(np: Token, p_index: int, actors: ActorFindings, source: str) -> str | None:
    """An instrument is aimed at the name qualifying it: "the *Tarvia* sanctions law, enacted by Orvan, banned ..."."""
    for child in np.lefts:
        if child.dep_ in {"amod", "compound", "nmod"}:
            found = actors.actor_at(p_index, child.i)
            if found and found != source:
                return found
    return None


def subject_instrument(token: Token, p_index: int, actors: ActorFindings) -> Token | None:
    """The predicate's subject when it is an instrument whose agent is named."""
    for child in token.children:
        if child.dep_ == "nsubj" and instrument_agent(child, p_index, actors) is not None:
            return child
    return None


def place_of_unnamed_agent(token: Token, match: CameoMatch, p_index: int, actors: ActorFindings, target: str | None) -> str | None:
    """The located place of an act nobody is named performing, for coercion and violence.

    Only acts with no actor as subject or agent qualify; the place is looked
    for in locative phrases of the predicate, its subject and its agent
    ("a bombing *near X* killed", "killed by a bomb *outside Y*").
    """
    if match.code[:2] not in _PLACED_ROOTS:
        return None
    # The predicate and the nouns of its trigger ("put under *investigation* in X").
    holders = [token, *(token.doc[i] for i in sorted(match.trigger_tokens) if i != token.i)]
    for child in token.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            holders.append(child)
        elif child.dep_ == "agent":
            holders.extend(c for c in child.children if c.dep_ == "pobj")
    for holder in holders:
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS):
            for node in _phrase(prep):
                found = actors.actor_at(p_index, node.i)
                # The victims' place may be the target too ("killed in X").
                if found and (found != target or _is_coded_place(target, actors)) and _is_coded_place(found, actors):
                    return found
    return None


def _owner(np: Token, p_index: int, actors: ActorFindings) -> bool:
    # "the Foreign Ministry statement, carried by X": the statement is the
    # ministry's; X only conveys it. A national adjective is no owner.
    for child in np.lefts:
        found = actors.actor_at(p_index, child.i) if child.dep_ in {"poss", "compound", "nmod"} else None
        if found and any(a.id == found and a.kind not in PLACE_KINDS for a in actors.actors):
            return True
    return False


def _phrase(prep: Token) -> list[Token]:
    """The tokens of a prepositional phrase, without the clauses inside it."""
    out: list[Token] = []
    frontier = [prep]
    while frontier:
        out.extend(frontier)
        frontier = [c for n in frontier for c in n.children if c.dep_ not in {"relcl", "acl", "advcl", "ccomp"}]
    return sorted(out, key=lambda t: t.i)


def _is_coded_place(actor_id: str, actors: ActorFindings) -> bool:
    return any(a.id == actor_id and a.kind in PLACE_KINDS | {ActorKind.LOCATION} and a.placed for a in actors.actors)


#: Separates the unnamed agent's role from its place in its actor id
#: ("unidentified-attackers--iraq"); actor slugs never hold a double hyphen.
_UNNAMED = "--"
_UNNAMED_ROLES = {
    "authorities": ("authorities in {}", ActorKind.GOVERNMENT, "GOV"),
    "unidentified-attackers": ("unidentified attackers in {}", ActorKind.GROUP, "UAF"),
}


def unnamed_agent(place_id: str, code: str) -> str:
    """The actor id of the unnamed agent of an act in a place (see the module docstring)."""
    role = "authorities" if code[:2] in {"09", "17"} else "unidentified-attackers"
    return f"{role}{_UNNAMED}{place_id}"


def unnamed_agents(events: Sequence[Event], actors: Sequence[Actor]) -> list[Actor]:
    """The actors behind the unnamed-agent ids the events use."""
    known = {a.id: a for a in actors}
    made: dict[str, Actor] = {}
    for event in events:
        for actor_id in (event.source, event.target):
            if actor_id is None or _UNNAMED not in actor_id or actor_id in known or actor_id in made:
                continue
            role, _, place_id = actor_id.partition(_UNNAMED)
            place = known.get(place_id)
            if place is None or role not in _UNNAMED_ROLES:
                continue
            label, kind, sector = _UNNAMED_ROLES[role]
            country = place.country or (place.code[:3] if place.code else None)
            made[actor_id] = Actor(
                id=actor_id, name=label.format(place.name), kind=kind, country=country,
                code=f"{country}{sector}" if country else None,
            )
    return list(made.values())


#: Participles that say who holds a captive ("hostages *held by* X").
_CAPTIVITY_LEMMAS = WordClass("captivity_lemmas")


def captor_of_released(token: Token, match: CameoMatch, p_index: int, actors: ActorFindings) -> str | None:
    """Who releases captives when the release names no agent: their holder.

    "Three sailors who had been held by X were freed": X frees them. The
    holder is the "by" agent of a captivity participle on the released party,
    or of the one the parser hung the release on.
    """
    if match.code[:3] != "084" or any(c.dep_ in {"agent", "nsubj"} for c in token.children):
        return None
    # The clause may hang off an apposition of the subject ("Three sailors,
    # a Chilean and two Peruvians, who had been held by X, were freed").
    subjects = [s for s in token.children if s.dep_ == "nsubjpass"]
    subjects += [a for s in subjects for a in s.children if a.dep_ == "appos"]
    subjects += [c for a in subjects for c in a.children if c.dep_ == "conj"]
    holders = [c for s in subjects for c in s.children if c.dep_ in {"relcl", "acl"}]
    if token.dep_ in {"advcl", "conj"} and token.head != token:
        holders.append(token.head)
    for holder in holders:
        if holder.lemma_.lower() not in _CAPTIVITY_LEMMAS:
            continue
        for agent in (c for c in holder.children if c.dep_ == "agent"):
            for pobj in (c for c in agent.children if c.dep_ == "pobj"):
                found = actors.actor_at(p_index, pobj.i)
                if found:
                    return found
    return None
