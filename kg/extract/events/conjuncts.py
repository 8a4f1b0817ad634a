"""Compound actors: one event per conjoined party, as CAMEO codes them.

"Bosnia and Slovenia agreed to a ceasefire" gives Bosnia->Slovenia and
Slovenia->Bosnia; "X and Y attacked Z" gives X->Z and Y->Z; "X met Y and Z"
gives X->Y and X->Z.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.actors.findings import ActorFindings
from kg.extract.actors.noun_phrases import actor_of_np
from kg.extract.events.dyads import DIRECTED_CONSULTATIONS, RECIPROCAL_ROOTS, RELATIONAL_CODES, mutual_partner_both_ways, pair_subject, plural_head_distributes_over_its_complement, symmetric_verb_pairs_its_subjects
from kg.extract.events.predicates import Candidate
from kg.extract.events.repairs import pair_named_before
from kg.extract.rules import RuleSwitch, rule_name
from kg.extract.words import WordClass
from kg.model import Event

if TYPE_CHECKING:
    from spacy.tokens import Token



def head_actors(actors: ActorFindings) -> dict[tuple[int, int], str]:
    """The actor of each mention's phrase head, by (paragraph, token index): built once per article."""
    return {(para, i): key for para, i, key in actors.heads}


def expand_conjoined(
    event: Event, cand: Candidate, p_index: int, actors: ActorFindings, heads: dict[tuple[int, int], str], switch: RuleSwitch
) -> list[Event]:
    """One event per conjoined actor, as CAMEO codes compound actors.

    "Bosnia and Slovenia agreed to a ceasefire" is reciprocal: each side
    agrees with the other. "X and Y attacked Z" gives X->Z and Y->Z; "X met
    Y and Z" gives X->Y and X->Z. Speech acts are not expanded: their content
    carries the dyads. ``heads`` is :func:`head_actors` of ``actors``.
    """
    if cand.match.reporting or event.source is None:
        return [event]
    sources = _conjoined(event.source, _subject_np(cand.token), p_index, actors, heads, switch)
    targets = _conjoined(event.target, _object_np(cand.token, event.target, p_index, actors), p_index, actors, heads, switch) if event.target else []
    pairs: list[tuple[str, str | None]]
    # Conjoined subjects of a cooperative act act on each other ("X and Y
    # agreed a pact between the two countries"), whatever else the verb
    # phrase mentions; so do they when the target is one of them. Other
    # acts with no one acted upon have no target ("X and Y condemned the
    # decision" is no condemnation of Y by X).
    # Visits, hosting, mediation and praise have a direction: "Egypt and Qatar mediated the
    # talks" is no mediation between Egypt and Qatar. So do praise, verbal defence, rallying
    # support, recognition, apology and forgiveness (051-056): "X and Y praised Z" is no praise
    # of Y by X; ties upgraded (050) and agreements signed (057) bind both.
    directed = cand.match.code[:3] in DIRECTED_CONSULTATIONS or "051" <= cand.match.code[:3] <= "056"
    mutual = (cand.match.code[:2] in RECIPROCAL_ROOTS and not directed) or cand.match.code[:3] in RELATIONAL_CODES or bool(targets) and set(targets) <= set(sources)
    if not mutual and len(sources) > 1 and switch.on(_SYMMETRIC) and symmetric_verb_pairs_its_subjects(cand.token):
        switch.fire(_SYMMETRIC)
        mutual = True
    if len(sources) > 1 and mutual:
        pairs = [(a, b) for a in sources for b in sources if a != b]
    else:
        objects: list[str | None] = list(targets) or [None]
        pairs = [(a, b) for a in sources for b in objects if a != b]
        if switch.on(_MUTUAL) and mutual_partner_both_ways(cand, event.target, p_index, actors):
            # "X held talks with Y": Y held them with X too.
            added = [(b, a) for a, b in pairs if b is not None and (b, a) not in pairs]
            switch.fire(_MUTUAL, len(added))
            pairs += added
    if len(pairs) == 1 and pairs[0][1] is not None and switch.on(_PAIR) and pair_subject(cand.token) is not None:
        # "The two sides clashed": each side acts on the other.
        pairs.append((pairs[0][1], pairs[0][0]))
    if len(pairs) <= 1:
        return [event]
    out = [replace(event, source=pairs[0][0], target=pairs[0][1])]
    for n, (a, b) in enumerate(pairs[1:], start=2):
        out.append(replace(event, id=f"{event.id}-{n}", source=a, target=b))
    return out


#: Dependencies under which the target's mention heads the object phrase.
_OBJECT_PHRASE_DEPS = WordClass("conjunct_object_deps")


def _subject_np(token: Token) -> Token | None:
    current = token
    for _ in range(4):
        for child in current.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                return child
        if current.dep_ == "pcomp" and current.head.dep_ == "prep" and current.head.head.dep_ == "acomp":
            # "X and Y are guilty *of violating* ...": the adjective's clause.
            current = current.head.head.head
            continue
        if current.dep_ not in {"xcomp", "conj"} or current.head == current:
            return None
        current = current.head
    return None


def _object_np(token: Token, target: str | None, p_index: int, actors: ActorFindings) -> Token | None:
    for node in token.subtree:
        if actors.actor_at(p_index, node.i) == target and node.dep_ in _OBJECT_PHRASE_DEPS:
            return node
        if actors.actor_at(p_index, node.i) == target and node.dep_ in {"amod", "compound", "nmod", "poss"} and node.head.dep_ in {"dobj", "pobj"}:
            # "a meeting between an *Israeli* group and X": the phrase the name qualifies.
            return node.head
    return None


def _conjoined(first: str | None, np: Token | None, p_index: int, actors: ActorFindings, heads: dict[tuple[int, int], str], switch: RuleSwitch) -> list[str]:
    """The actor of a noun phrase plus those of its conjuncts, in text order."""
    found = [first] if first else []
    if np is None:
        return found
    nodes = [c for c in np.children if c.dep_ == "conj"]
    distributed = plural_head_distributes_over_its_complement(np) if switch.on(_DISTRIBUTED) else []
    nodes += distributed
    # A plural noun the parse hung on the subject before "and" is a party of its own ("*Rebels* and government forces clashed").
    nodes += [c for c in np.children if c.dep_ == "nmod" and c.tag_ == "NNS" and any(g.dep_ == "cc" for g in c.children)]
    # Conjoined modifiers: "Hungarian and Romanian officials".
    nodes += [g for c in np.children if c.dep_ in {"amod", "compound", "nmod"} for g in c.children if g.dep_ == "conj"]
    # Lists chain each conjunct to the previous one ("Iran, Libya, Sudan and Cuba").
    frontier = list(nodes)
    while frontier:
        frontier = [c for n in frontier for c in n.children if c.dep_ == "conj" and c not in nodes]
        nodes += frontier
    for node in sorted(nodes, key=lambda t: t.i):
        actor = heads.get((p_index, node.i)) or actors.actor_at(p_index, node.i) or actor_of_np(node, p_index, actors)
        if actor and actor not in found:
            found.append(actor)
            if node in distributed:
                switch.fire(_DISTRIBUTED)
    return found


_MUTUAL = rule_name(mutual_partner_both_ways)
_SYMMETRIC = rule_name(symmetric_verb_pairs_its_subjects)
_DISTRIBUTED = rule_name(plural_head_distributes_over_its_complement)
#: The repair that names the pair "the two sides" stands for (its events go both ways).
_PAIR = rule_name(pair_named_before)
