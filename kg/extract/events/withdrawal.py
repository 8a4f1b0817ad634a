"""Forces that are withdrawn: the passive subject of a pull-out is its doer.

"Peacekeepers were pulled out of X" and "guerrillas operating in X have been
demobilized" name no agent, nor does "the law withdraws X from the treaty"; as CAMEO codes withdrawal and demobilization
(087 de-escalate militarily, 166 withdraw), the forces themselves (their
owner) withdraw, and the place they leave is the target. Expulsions differ:
"were expelled from X" is X's act, so only verbs of moving one's own forces
qualify.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.actors.findings import ActorFindings
from kg.extract.events.cameo import CameoMatch
from kg.extract.events.dyads import PLACE_KINDS, actors_kind
from kg.extract.words import WordClass

if TYPE_CHECKING:
    from spacy.tokens import Token

_WITHDRAW_LEMMAS = WordClass("withdraw_lemmas")
_WITHDRAW_ROOTS = {"08", "16"}


def withdrawn_forces(token: Token, match: CameoMatch, p_index: int, actors: ActorFindings, target: str | None) -> tuple[str, str | None] | None:
    """(source, target) for an agentless passive withdrawal whose subject is ``target``."""
    if target is None or match.code[:2] not in _WITHDRAW_ROOTS or token.lemma_.lower() not in _WITHDRAW_LEMMAS:
        return None
    if any(c.dep_ == "agent" for c in token.children):
        return None
    if not any(c.dep_ == "auxpass" for c in token.children):
        # "The law withdraws X from the treaty": an instrument that names no
        # agent takes its object out; X leaves.
        return _withdrawn_by_instrument(token, p_index, actors, target)
    subjects = [c for c in token.children if c.dep_ == "nsubjpass"]
    if not subjects or not any(actors.actor_at(p_index, n.i) == target for s in subjects for n in s.subtree):
        return None
    # The place left: the first named place of the clause other than the forces.
    for node in token.subtree:
        found = actors.actor_at(p_index, node.i)
        if found and found != target and actors_kind(found, actors) in PLACE_KINDS:
            return target, found
    return target, None


def _withdrawn_by_instrument(token: Token, p_index: int, actors: ActorFindings, target: str) -> tuple[str, str | None] | None:
    """(X, None) for "the law / decree withdraws X from ...", whose subject is no actor."""
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not subjects or any(s.pos_ != "NOUN" for s in subjects) or any(actors.actor_at(p_index, n.i) for s in subjects for n in s.subtree):
        return None
    if not any(c.dep_ == "dobj" and actors.actor_at(p_index, c.i) == target for c in token.children):
        return None
    return target, None
