"""Dyad refinements: which pairs of actors an event relates.

:mod:`kg.extract.events.sources` and :mod:`kg.extract.events.targets` find a
predicate's source and target; this module holds the choices CAMEO makes on
top of them: symmetric acts done *with* a partner hold in both directions ("X
held talks with Y" is also Y's talks with X), and a few target preferences of
event families.
"""

from __future__ import annotations

from collections.abc import Sequence

from typing import TYPE_CHECKING

from kg.extract.actors.findings import ActorFindings
from kg.extract.events.cameo import CameoMatch
from kg.extract.events.predicates import Candidate
from kg.model import ActorKind
from kg.extract.words import WordClass

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Roots of cooperation whose participants act on each other: agree,
#: consult, diplomatic and material cooperation.
RECIPROCAL_ROOTS = frozenset({"03", "04", "05", "06"})
#: Consultations that are mutual whatever the construction ("telephoned X",
#: "met X", "negotiated with X"); visits (042), hosting (043) and mediation
#: (045) have a direction.
_MUTUAL_CODES = {"040", "041", "046"}
#: Acts on a tie between parties, which conjoined subjects have with each
#: other: breaking off relations (161) or talks (164), violating a truce (196).
RELATIONAL_CODES = frozenset({"161", "164", "196"})
#: Consultations with a direction: visit, host, mediate.
DIRECTED_CONSULTATIONS = frozenset({"042", "043", "045"})


def mutual_partner_both_ways(cand: Candidate, target: str | None, p_index: int, actors: ActorFindings) -> bool:
    """A symmetric act done with a partner holds both ways: "Orvan held talks *with* Tarvia" (also Tarvia with Orvan).

    Whether ``target`` is the partner of a symmetric act ("talks *with* X", "telephoned X").
    """
    code = cand.match.code
    if target is None or cand.match.reporting or code[:2] not in RECIPROCAL_ROOTS:
        return False
    heads = [cand.token, *(cand.token.doc[i] for i in cand.match.trigger_tokens if i != cand.token.i)]
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "with":
                if any(_names(pobj, target, p_index, actors) for pobj in child.children if pobj.dep_ == "pobj"):
                    return True
            elif child.dep_ == "dobj" and head == cand.token and code[:3] in _MUTUAL_CODES and child.i not in cand.match.trigger_tokens:
                # The object itself is the partner ("met *X*"), not an actor inside a topic ("raised *concerns* over X").
                if _heads_name(child, target, p_index, actors):
                    return True
    return False


def _heads_name(np: Token, actor: str, p_index: int, actors: ActorFindings) -> bool:
    """Whether the head of the noun phrase ``np``, or of one of its conjuncts, denotes ``actor``."""
    node: Token | None = np
    for _ in range(20):  # "met X, Y and Z": a conjunct chain
        if node is None:
            break
        if actors.actor_at(p_index, node.i) == actor:
            return True
        node = next((c for c in node.children if c.dep_ == "conj"), None)
    return False


def _names(np: Token, actor: str, p_index: int, actors: ActorFindings) -> bool:
    """Whether the noun phrase headed by ``np`` (or one of its conjuncts or modifiers) denotes ``actor``."""
    return any(actors.actor_at(p_index, node.i) == actor for node in np.subtree if node.dep_ not in {"relcl", "acl"})


#: Roots of violence (assault, fight, mass violence): a cross-border one enters a country.
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
#: Roots whose target is what the act is about, not whom it is addressed to:
#: "complained *to the UN* over *Israeli* raids" is a complaint about Israel.
ABOUT_ROOTS = frozenset({"11", "14"})


def complaint_about_not_addressee(heads: Sequence[Token], match: CameoMatch) -> list[tuple[Token, Token]]:
    """A complaint or protest targets what it is about before its "to" addressee or forum: "complained to the UN over *Tarvian* raids".

    Returns the (head, dependent) pairs of the trigger's ``heads``, with the addressee's
    phrases last over the whole trigger ("filed a complaint at the WTO *over* X's tariffs":
    the verb holds "at", the noun "over").
    """
    pairs = [(head, child) for head in heads for child in head.children]
    if match.code[:2] in ABOUT_ROOTS:
        pairs.sort(key=lambda pair: pair[1].dep_ == "prep" and pair[1].lower_ in ADDRESSEE_PREPS)
    return pairs


#: Prepositions of a complaint's addressee or forum ("complained *to* the UN", "filed a case *at* or *with* the WTO").
ADDRESSEE_PREPS = frozenset({"to", "at", "with"})


#: Prepositions that place an act somewhere ("in Baghdad", "near the border").
LOCATIVE_PREPS = WordClass("locative_preps")
#: Actors that are places as well as participants.
PLACE_KINDS = frozenset({ActorKind.LOCATION, ActorKind.COUNTRY})


def actors_kind(actor_id: str, actors: ActorFindings) -> ActorKind | None:
    return next((a.kind for a in actors.actors if a.id == actor_id), None)


def coded_apposition(np: Token, p_index: int, actors: ActorFindings) -> str | None:
    """A coded actor in apposition to a phrase ("X, *the UN relief coordinator*, demanded ...")."""
    for child in np.children:
        if child.dep_ == "appos":
            found = actors.actor_at(p_index, child.i)
            if found and any(a.id == found and a.placed for a in actors.actors):
                return found
    return None


def is_future_threat(match: CameoMatch) -> bool:
    """A threat the coder derived from a future or conditional conflictual act ("will resume tests")."""
    return match.code[:2] == "13" and match.pattern_id.partition(">")[2].startswith(("future", "conditional"))


def speaks_for(speaker: str, source: str | None, actors: ActorFindings) -> bool:
    """Whether ``speaker`` speaks for ``source``: none is named, or both belong to one country."""
    if source is None:
        return True
    countries = {a.id: a.country for a in actors.actors}
    return countries.get(speaker) is not None and countries.get(speaker) == countries.get(source)


def symmetric_verb_pairs_its_subjects(verb: Token) -> bool:
    """Conjoined subjects of a symmetric verb with no other side act on each other: "X and Y *clashed* in Ladakh".

    The place is where they fought, not whom: X->Y and Y->X. With a named
    other side ("X and Y fought *against* Z") each acts on it.
    """
    lemma = verb.lemma_.lower()
    if lemma in _EXCHANGE_VERBS and not any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return True  # "X and Y exchanged fire", "swapped prisoners": what they exchange is no other side
    if lemma not in _SYMMETRIC_VERBS:
        return False
    return not any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in {"with", "against"}) for c in verb.children)


_SYMMETRIC_VERBS = WordClass("symmetric_verbs")
#: Verbs of exchange, whose object is what the conjoined subjects give each other.
_EXCHANGE_VERBS = frozenset({"exchange", "swap", "trade"})


def plural_head_distributes_over_its_complement(np: Token) -> list[Token]:
    """A plural head shared by conjoined complements stands for one of each: "the foreign ministers *of X and Y* met" (X's and Y's).

    The conjuncts after the first of an "of" or "from" complement of a plural
    common noun ("officials from X and Y", "leaders of X and Y"), so each
    party is a side of the act as in "X and Y met".
    """
    if np.tag_ != "NNS":
        return []
    return [
        conj
        for prep in np.children
        if prep.dep_ == "prep" and prep.lower_ in _AFFILIATION_PREPS
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for conj in pobj.children
        if conj.dep_ == "conj"
    ]


#: Prepositions that tie people to the party they belong to.
_AFFILIATION_PREPS = frozenset({"of", "from"})


def pair_subject(token: Token) -> Token | None:
    """The subject of the predicate when it is "the two X" or "both X" of a pair noun ("the two sides", "both governments")."""
    node = token
    for _ in range(3):
        subject = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            break
        if node.dep_ not in {"conj", "xcomp"} or node.head is node:
            return None
        node = node.head
    if subject is None or subject.lemma_.lower() not in _PAIR_NOUNS or subject.tag_ != "NNS":
        return None
    two = any(c.dep_ == "nummod" and c.lower_ == "two" for c in subject.children) and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
    both = any(c.dep_ in {"det", "predet", "preconj"} and c.lower_ == "both" for c in subject.children)
    return subject if two or both else None


#: Nouns a pair of parties goes by ("the two sides").
_PAIR_NOUNS = WordClass("pair_nouns")
