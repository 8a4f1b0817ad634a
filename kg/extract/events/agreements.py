"""The parties of an agreement named by the clause that mentions it.

A participle describing a treaty tells its history ("the treaty, *signed* in
1996 and *ratified* in 2000"); with no "by" agent, the signatory is the party
the clause names as bound by the treaty: the one withdrawn from it, leaving,
suspending or violating it ("the law withdraws *Russia* from the treaty,
signed in 1996": Russia signed it). A verb that only comments on the treaty
("X denounced the treaty, signed in 1996") names no party.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from kg.extract.actors.findings import ActorFindings
from kg.extract.events.cameo_syntax import described_noun
from kg.extract.words import WordClass

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Participles that give an agreement's history.
_HISTORY_LEMMAS = {"sign", "ratify", "conclude", "seal"}
#: Nouns that name an agreement.
_AGREEMENT_NOUNS = WordClass("agreement_nouns")
#: Verbs whose subject or object is bound by the agreement it governs.
_MEMBERSHIP_LEMMAS = WordClass("membership_lemmas")


def agreement_party(
    token: Token, p_index: int, actors: ActorFindings, agent_of: Callable[[Token], str | None],
    actor_of: Callable[[Token], str | None],
) -> str | None:
    """The party that signed (or ratified) the agreement a history participle describes.

    ``agent_of`` gives a verb's agent, ``actor_of`` the actor a noun phrase denotes.
    """
    if token.tag_ != "VBN" or token.lemma_.lower() not in _HISTORY_LEMMAS:
        return None
    if any(c.dep_ in {"agent", "nsubj", "nsubjpass", "auxpass", "dobj"} for c in token.children):
        return None
    noun = described_noun(token)
    if noun is None or noun.lemma_.lower() not in _AGREEMENT_NOUNS:
        return None
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb = noun.head.head
        if verb.lemma_.lower() not in _MEMBERSHIP_LEMMAS:
            return None
        # "withdraws Russia from the treaty": the one withdrawn is the party.
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            found = actor_of(obj)
            if found:
                return found
        return agent_of(verb)
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _MEMBERSHIP_LEMMAS:
        return agent_of(noun.head)
    return None
