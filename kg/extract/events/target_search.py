"""Breadth-first target search: the nearest actor a predicate's phrase mentions.

When a predicate has no object or prepositional partner that names an actor,
CAMEO verb-phrase coding takes the first actor its verb phrase mentions, even
deep in the parse; :mod:`kg.extract.events.targets` falls back on these searches.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.actors.findings import ActorFindings
from kg.extract.syntax import is_stance_modifier, sentence_of
from kg.extract.events.dyads import LOCATIVE_PREPS, PLACE_KINDS, actors_kind
from kg.extract.syntax import POSSESSIVE_PRONOUNS
from kg.extract.words import WordClass

if TYPE_CHECKING:
    from spacy.tokens import Token


def actor_in_scope(token: Token, p_index: int, actors: ActorFindings, skip: set[str], *, directive: bool = False) -> str | None:
    """With no one acted upon, the nearest actor of the clause but its subject: "rallied in Kesh calling for independence from *Orvan*".

    The last resort before weak actors, as CAMEO codes a location when no
    one is acted upon.
    """
    # A clause that only dates the act ("since the invasion of X began") is another proposition.
    # So is what the addressee of an appeal or demand is urged to do: "urged the parties to
    # return to talks in X" acts on the parties, not on X.
    controlled = _urges_its_object(token, directive)
    frontier = [
        c
        for c in token.children
        if c.dep_ not in {"nsubj", "nsubjpass", "csubj", "punct", "parataxis"} and not (controlled and c.dep_ == "xcomp")
        and not _misparsed_subject(c) and not _is_time_clause(c) and not is_clause_comment(c) and not is_attribution(c)
    ]
    for _ in range(8):
        for node in sorted(frontier, key=lambda t: t.i):
            found = actors.actor_at(p_index, node.i)
            # The subject's own ("condemned the attack on *its* tanker") is no one acted upon.
            if found and found not in skip and not _is_venue(node, found, actors) and not self_possessed(node):
                return found
        frontier = [c for n in frontier for c in n.children if c.dep_ != "punct" and not _is_counterpart(c) and not _is_time_clause(c) and not is_clause_comment(c) and not is_attribution(c)]
        if not frontier:
            break
    return None


def _urges_its_object(token: Token, directive: bool) -> bool:
    """An appeal or demand with an object: its infinitive says what the object is to do ("urged *the parties* to return")."""
    return directive and any(c.dep_ == "dobj" for c in token.children)


def _is_venue(node: Token, actor: str, actors: ActorFindings) -> bool:
    """A body one acts *in*: where, never whom ("challenge it *in court*", "criticised him *in parliament*")."""
    return node.dep_ == "pobj" and node.head.lower_ == "in" and actors_kind(actor, actors) not in PLACE_KINDS


def self_possessed(token: Token) -> bool:
    """"its troops", "their forces": the subject's own belongings.

    Not when "their" cannot be a singular subject's and a plural noun named
    after it is the antecedent ("Iran seized the boats and detained *their*
    crew": the boats' crew).
    """
    poss = [c for c in token.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS]
    if not poss:
        return False
    if poss[0].lower_ != "their":
        return True
    subject = _clause_subject(token)
    if subject is None or subject.tag_ in {"NNS", "NNPS"} or subject.i > poss[0].i:
        return True
    between = token.doc[subject.i + 1 : poss[0].i]
    return not any(t.tag_ in {"NNS", "NNPS"} and t.dep_ in {"dobj", "nsubjpass", "pobj"} for t in between)


def _clause_subject(token: Token) -> Token | None:
    # The subject of the verb governing the phrase, also through a conjoined verb.
    verb = token.head
    while verb.dep_ not in {"ROOT"} and verb.pos_ not in {"VERB", "AUX"} and verb.head != verb:
        verb = verb.head
    for v in (verb, verb.head if verb.dep_ == "conj" else verb):
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
    return None


# Dependents whose actors are not the predicate's target: its subject, a
# subordinate clause ("if it is attacked"), a speech act's framing.
_NOT_TARGET_DEPS = WordClass("not_target_deps")


def nearest_actor_below(token: Token, p_index: int, actors: ActorFindings, weak: set[str], *, strict: bool, directive: bool = False) -> str | None:
    """The closest actor in the predicate's own phrase, breadth first.

    As in CAMEO verb-phrase coding, the target is the first actor the verb
    phrase mentions even when the parse puts it deep ("offered to hand over
    *to Britain*", "host a meeting between *X* and Y").
    """
    # A place the act happens in is its target only when no one else is
    # named ("blocked streets *in X* in defiance of *Y*").
    # The mentions in locative phrases are set aside, not their actors: the
    # country of "settlers *in the West Bank*" may still be named as a target.
    # A body one acts "in" is where, never whom (:func:`_is_venue`).
    placed: set[int] = set()
    venues: set[int] = set()
    for node in token.subtree:
        if node.dep_ == "pobj" and node.head.lower_ in LOCATIVE_PREPS:
            placed |= {n.i for n in node.subtree if (a := actors.actor_at(p_index, n.i)) and actors_kind(a, actors) in PLACE_KINDS}
            if (a := actors.actor_at(p_index, node.i)) and _is_venue(node, a, actors):
                venues.add(node.i)
    # Anyone named further down the phrase is preferred to the act's place
    # ("rioted at a jail in X ... demanding independence from *Y*").
    depth = 10 if placed else 6
    # The place of what an appeal's or demand's addressee is urged to do is where the addressee
    # would act: "urged the parties to return to talks *in X*" is no act on X.
    controlled = {n.i for c in token.children if c.dep_ == "xcomp" for n in c.subtree} & placed if _urges_its_object(token, directive) else set()
    return _nearest_below(token, p_index, actors, weak, strict=strict, placed=placed | venues, depth=depth) or _nearest_below(token, p_index, actors, weak, strict=strict, placed=controlled | venues)


def _nearest_below(token: Token, p_index: int, actors: ActorFindings, weak: set[str], *, strict: bool, placed: frozenset[int] | set[int] = frozenset(), depth: int = 6) -> str | None:
    frontier = [c for c in token.children if c.dep_ not in _NOT_TARGET_DEPS and not _is_subordinate(c) and not _misparsed_subject(c)]
    for _ in range(depth):
        nxt: list[Token] = []
        for node in sorted(frontier, key=lambda t: t.i):
            found = actors.actor_at(p_index, node.i)
            if found and found not in weak and node.i not in placed and not self_possessed(node) and not is_stance_modifier(node):
                return found
            # The subject of a complement clause is the one addressed
            # ("demanded that the US cancel ...").
            allowed = _NOT_TARGET_DEPS - {"nsubj", "mark"} if node.dep_ in {"ccomp", "xcomp"} else _NOT_TARGET_DEPS
            nxt.extend(c for c in node.children if c.dep_ not in allowed and not _is_subordinate(c))
        frontier = nxt
        if not frontier:
            break
    return None


#: Nouns of an exchange: what is given "for" the acted-on party is its counterpart.
_EXCHANGE_NOUNS = WordClass("exchange_nouns")


def _is_counterpart(token: Token) -> bool:
    # "released X in a swap *for* Y": Y is what X was traded for, not acted on.
    return token.dep_ == "prep" and token.lower_ == "for" and token.head.lemma_.lower() in _EXCHANGE_NOUNS


def _is_subordinate(token: Token) -> bool:
    # "if it is attacked", "because X", "when Y": another proposition.
    return (
        token.dep_ in {"advcl", "relcl", "acl"} and any(c.dep_ == "mark" for c in token.children)
        or token.dep_ == "relcl"
        or _is_counterpart(token)
        or is_clause_comment(token)
        or is_attribution(token)
    )


def is_attribution(token: Token) -> bool:
    """Whether the phrase names the source of the report, not a party to the act: "*according to* police", "*citing* officials".

    "According to police, gunmen attacked a bus": the police report the attack; the bus is its target.
    """
    if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
        return True
    return token.lower_ == "citing" and token.dep_ in {"advcl", "prep", "xcomp"}


#: Nouns of an appositive that comments on the whole clause before it
#: ("..., *a concern* that had been raised by X", "..., *a move* welcomed by Y").
_COMMENT_NOUNS = WordClass("comment_nouns")


def is_clause_comment(token: Token) -> bool:
    """An appositive that comments on the clause, not on a participant: "..., *a concern* voiced by X".

    Its own participants (who voiced the concern) are not those of the act.
    """
    return token.dep_ == "appos" and token.pos_ == "NOUN" and token.lemma_.lower() in _COMMENT_NOUNS and token.head.dep_ in {"npadvmod", "advmod", "dobj", "pobj", "ROOT"} and not _names_participant(token)


def _names_participant(token: Token) -> bool:
    # "the US move", "Iran's claim": the appositive's head noun is itself an event with a named owner.
    return any(c.dep_ in {"poss", "compound"} and c.pos_ == "PROPN" for c in token.children)


#: Subordinators of a clause that only places the act in time.
_TIME_MARKS = frozenset({"since", "after", "before", "once"})


def _is_time_clause(token: Token) -> bool:
    """A clause that only places the act in time ("since the invasion began")."""
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in token.children)


def _misparsed_subject(token: Token) -> bool:
    # An unlabelled phrase before the verb is mostly a misparsed part of the
    # subject ("*Qatar's emir*, Sheikh X launched ..."), not what is acted on.
    return token.dep_ == "dep" and token.i < token.head.i


def cross_border_target(token: Token, p_index: int, actors: ActorFindings, source: str) -> str | None:
    """A "cross-border" attack enters the country of a place its sentence names: "a Tarvian cross-border raid near Kesh".

    The raid crossed into the country the named place lies in, when that
    country is not the attacker's own.
    """
    if not _crosses_border(token):
        return None
    countries = {a.id: a.country for a in actors.actors}
    own = countries.get(source)
    if own is None:
        return None
    for prep in (t for t in sentence_of(token) if t.dep_ == "prep" and t.lower_ in LOCATIVE_PREPS):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            place = actors.actor_at(p_index, pobj.i)
            country = countries.get(place or "")
            if place is None or country is None or country == own or actors_kind(place, actors) not in PLACE_KINDS:
                continue
            # The country itself when the article names it, else the place.
            return next((a.id for a in actors.actors if a.kind.value == "COUNTRY" and a.country == country), place)
    return None


def _crosses_border(token: Token) -> bool:
    """Is the event noun or verb qualified as "cross-border"?"""
    words = [c.lower_ for c in token.lefts if c.dep_ in {"amod", "compound", "advmod", "npadvmod"}]
    return "cross-border" in words or ("cross" in words and "border" in words)
