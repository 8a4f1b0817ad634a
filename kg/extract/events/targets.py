"""Event targets: whom a coded predicate acts upon or addresses.

The general reading is the dependency parse: the direct object, the passive
subject, a complement clause's subject ("demanded that *X* withdraw"), a
prepositional partner ("sanctions *on* X", also on the noun of a light verb),
then the nearest actor of the verb phrase (:mod:`kg.extract.events.target_search`).
A bare unnamed collective ("troops") is taken only when nothing better is
named. The named exceptions of ``TARGET_RULES`` are checked where they
apply; ``ARGUMENT_RULES`` gathers them with the source, event-noun and
conjunct rules.
"""

from __future__ import annotations

import functools

from typing import TYPE_CHECKING

from kg.extract.actors.findings import ActorFindings
from kg.extract.actors.noun_phrases import actor_in_modifiers, actor_of_np
from kg.extract.events.agency import instrument_aim, subject_instrument
from kg.extract.events.cameo import CameoMatch
from kg.extract.events.cameo_syntax import TARGET_PREPS, antecedent_subject, described_noun, misread_time_subject
from kg.extract.events.content import accused_object
from kg.extract.events.dyads import ABOUT_ROOTS, ADDRESSEE_PREPS, VIOLENT_ROOTS, complaint_about_not_addressee, mutual_partner_both_ways, plural_head_distributes_over_its_complement, symmetric_verb_pairs_its_subjects
from kg.extract.events.nominals import NOMINAL_RULES
from kg.extract.events.sources import SOURCE_RULES, is_stative, passive_infinitive_subject_is_target
from kg.extract.events.target_search import actor_in_scope, cross_border_target, nearest_actor_below, self_possessed
from kg.extract.rules import Rule, RuleSwitch, rule_name
from kg.extract.syntax import is_to_infinitive
from kg.model import ActorKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["ARGUMENT_RULES", "TARGET_RULES", "target_of"]

#: Roots whose object is a thing handed over, not the one acted upon.
_TRANSFER_ROOTS = frozenset({"03", "05", "06", "07", "08"})


def target_of(
    token: Token, match: CameoMatch, p_index: int, actors: ActorFindings, *, source: str | None = None, switch: RuleSwitch | None = None
) -> str | None:
    """The target of a predicate: its object, passive subject or prepositional partner.

    A bare unnamed collective with no country ("troops", "inspectors") is
    taken only when the verb phrase names no better actor: in "contributed
    troops to a force in Kesh" the target is Kesh. Nor is the source its own
    target ("strengthened *its* forces in Kesh").
    """
    switch = switch if switch is not None else RuleSwitch()
    own = {source} if source else set()
    unplaced = actors.unplaced
    weak = {actor_id for kind, ids in unplaced.items() if kind is not ActorKind.PERSON for actor_id in ids}
    # Named ones ("Muslims", "Hamas") are not weak, only unnamed collectives.
    # So are collectives named by a nationality or ethnicity ("*Kurdish* guerrillas").
    # ... and the collective they qualify ("*Darfur* rebels").
    weak -= {actors.actor_at(p_index, i) for i in _named_tokens(token.doc)}
    # So is a place the gazetteer cannot put in a country ("the city of Kirkuk").
    weak |= unplaced.get(ActorKind.LOCATION, frozenset())
    found = None
    if match.code[:2] not in _TRANSFER_ROOTS:
        # The one acted upon is the target even when an unnamed collective
        # ("warned *neighbouring states* not to let the guerrillas ..."); a
        # thing handed over is not ("contributed troops to ...").
        found = next((a for c in _direct_objects(token) if (a := actor_of_np(c, p_index, actors)) and a not in own and not self_possessed(c)), None)
    if found is None and switch.on(_PATIENT):
        found = _fired(switch, _PATIENT, passive_infinitive_subject_is_target(token, p_index, actors))
        found = found if found not in own else None
    accused = accused_object(token) if found is None and switch.on(_ACCUSED) else None
    if accused is not None:
        switch.fire(_ACCUSED)
        return accused_is_target(accused, p_index, actors, own)
    if found is None:
        found = _target(token, match, p_index, actors, weak | own, strict=True, switch=switch)
    if found is None and not match.reporting and switch.on(_SCOPE):
        found = _fired(switch, _SCOPE, actor_in_scope(token, p_index, actors, weak | own, directive=match.code[:2] in DIRECTIVE_ROOTS))
    if found is None:
        found = _target(token, match, p_index, actors, own, strict=False, switch=switch)
    if found is None and switch.on(_PURPOSE):
        destination = _fired(switch, _PURPOSE, purpose_clause_destination(token, p_index, actors, own))
        if destination is not None:
            return destination
    if found is None and source and match.code[:2] in VIOLENT_ROOTS and switch.on(_CROSS_BORDER):
        for head in (token, *(token.doc[i] for i in match.trigger_tokens if i != token.i)):
            found = found or cross_border_target(head, p_index, actors, source)
        _fired(switch, _CROSS_BORDER, found)
    instrument = subject_instrument(token, p_index, actors) if found is None and source and switch.on(_AIM) else None
    if instrument is not None and source:
        found = _fired(switch, _AIM, instrument_aim(instrument, p_index, actors, source))
    return found


@functools.lru_cache(maxsize=256)
def _named_tokens(doc: Doc) -> tuple[int, ...]:
    """Tokens of a paragraph that are names or nationalities, or qualified by one (computed once per paragraph)."""
    def named(t: Token) -> bool:
        return t.pos_ == "PROPN" or t.ent_type_ == "NORP"

    return tuple(t.i for t in doc if named(t) or any(c.dep_ in {"compound", "amod"} and named(c) for c in t.lefts))


def undergone_act_source(token: Token, p_index: int, actors: ActorFindings) -> str | None:
    """Who does what the subject undergoes: the actor after "from", "by", "before" or "in" on the verb or its object.

    "came under fire *from Tarvia*", "faces charges *in Tarvia*", "appeared
    *before a Tarvian court*".
    """
    nodes = [token, *(c for c in token.children if c.dep_ in {"dobj", "prep"})]
    nodes += [g for c in nodes[1:] for g in c.children if g.dep_ == "pobj"]  # "came under *fire* from X"
    for node in nodes:
        for prep in (c for c in node.children if c.dep_ in {"prep", "agent"} and c.lower_ in {"from", "by", "before", "in"}):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                found = actor_of_np(pobj, p_index, actors) or actor_in_modifiers(pobj, p_index, actors)
                if found:
                    return found
    return None


def accused_is_target(accused: Token, p_index: int, actors: ActorFindings, own: set[str]) -> str | None:
    """The accused is an accusation's target, named or not: "accused *Tarvian officials* of siding with the rebels".

    The act charged names no target of the accusation.
    """
    found = actor_in_modifiers(accused, p_index, actors)
    return found if found not in own else None


def purpose_clause_destination(token: Token, p_index: int, actors: ActorFindings, own: set[str]) -> str | None:
    """A purpose clause acts where its governing verb sends: "sent experts *to Kesh* to investigate"."""
    if token.dep_ != "advcl" or not is_to_infinitive(token) or token.head == token:
        return None
    sent_off = [token.head, *(c for c in token.head.children if c.dep_ == "dobj")]
    for child in (c for node in sent_off for c in node.children):
        if child.dep_ in {"prep", "dative"} and child.lower_ in {"to", "into"}:
            for pobj in child.children:
                candidate = actor_of_np(pobj, p_index, actors) if pobj.dep_ == "pobj" else None
                if candidate and candidate not in own:
                    return candidate
    return None


def described_noun_is_target(token: Token, match: CameoMatch, p_index: int, actors: ActorFindings, weak: set[str]) -> str | None:
    """The noun a participle describes is acted upon, a place through its owner: "Orvan's Kesh peninsula, *captured* by rebels".

    Not a thing handed over or signed ("the treaty, signed in 1996").
    """
    if token.tag_ != "VBN" or match.code[:2] in _TRANSFER_ROOTS or any(c.dep_ == "dobj" for c in token.children):
        return None
    described = described_noun(token)
    if described is None:
        return None
    owner = next((actors.actor_at(p_index, c.i) for c in described.children if c.dep_ == "poss"), None)
    for found in (owner, actor_of_np(described, p_index, actors), actor_in_modifiers(described, p_index, actors)):
        if found and found not in weak:
            return found
    return None


def time_misread_as_subject(token: Token) -> Token | None:
    """The noun a passive predicates of when the parser took a date for its subject: "hostages held since 2016 *were released*"."""
    return antecedent_subject(token)


def support_on_behalf(token: Token, match: CameoMatch, p_index: int, actors: ActorFindings, weak: set[str]) -> str | None:
    """Support rallied for someone targets them: "urged Orvan to support *Tarvia*" (053)."""
    if match.code != "053":
        return None
    trigger = set(match.trigger_tokens)
    for verb in (token.doc[i] for i in sorted(trigger) if i != token.i and token.doc[i].pos_ == "VERB"):
        for obj in (c for c in verb.children if c.dep_ == "dobj" and c.i not in trigger):
            for found in (actor_of_np(obj, p_index, actors), actor_in_modifiers(obj, p_index, actors)):
                if found and found not in weak:
                    return found
    return None


def _target(
    token: Token, match: CameoMatch, p_index: int, actors: ActorFindings, weak: set[str], *, strict: bool, switch: RuleSwitch
) -> str | None:
    def ok(found: str | None) -> str | None:
        return None if found in weak else found

    is_passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in token.children) and not is_stative(token)
    # (Only a coded party: an uncoded place or a document is no target.)
    if strict and not is_passive and switch.on(_DESCRIBED):
        found = _fired(switch, _DESCRIBED, described_noun_is_target(token, match, p_index, actors, weak))
        if found:
            return found
    if is_passive:
        misread = misread_time_subject(token)
        for child in token.children:
            if child.dep_ == "nsubjpass":
                if child == misread and switch.on(_MISREAD):
                    child = _fired_token(switch, _MISREAD, time_misread_as_subject(token)) or child
                found = ok(actor_of_np(child, p_index, actors)) or ok(actor_in_modifiers(child, p_index, actors))
                if found:
                    return found
    trigger = set(match.trigger_tokens)
    if switch.on(_SUPPORT):
        found = _fired(switch, _SUPPORT, support_on_behalf(token, match, p_index, actors, weak))
        if found:
            return found
    objects = [c for c in token.children if c.dep_ in {"dobj", "dative", "attr", "oprd"}]
    for obj in objects:
        if obj.i in trigger or (strict and self_possessed(obj)):
            continue
        found = ok(actor_of_np(obj, p_index, actors)) or ok(actor_in_modifiers(obj, p_index, actors))
        if found:
            return found
    # A demand or appeal made through a complement clause is addressed to
    # that clause's subject ("demanded that *Hamas* renounce ...").
    for child in token.children:
        if child.dep_ == "ccomp" and child.i in trigger:
            for subj in child.children:
                if subj.dep_ == "nsubj":
                    found = ok(actor_of_np(subj, p_index, actors))
                    if found:
                        return found
    # Prepositional targets, also those of the noun in a light-verb trigger
    # ("imposed sanctions on X", "held talks with X"); a conflictual event
    # noun takes its patient in "of" ("tighten the blockade *of* X").
    heads = [token] + [token.doc[i] for i in trigger if i != token.i]
    patient_of = match.code[:2] >= "10"
    about_first = switch.on(_COMPLAINT)
    pairs = complaint_about_not_addressee(heads, match) if about_first else [(head, child) for head in heads for child in head.children]
    for head, child in pairs:
        if child.dep_ == "prep" and (child.lower_ in TARGET_PREPS or (patient_of and child.lower_ == "of" and head != token and head.pos_ == "NOUN")):
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                found = ok(actor_of_np(pobj, p_index, actors)) or ok(actor_in_modifiers(pobj, p_index, actors))
                # "between the Emirates and *Saudi Arabia*": a later conjunct when the first is weak.
                found = found or next((ok(actors.actor_at(p_index, c.i)) for c in pobj.children if c.dep_ == "conj" and ok(actors.actor_at(p_index, c.i))), None)
                if found:
                    if about_first and child.lower_ not in ADDRESSEE_PREPS and match.code[:2] in ABOUT_ROOTS:
                        switch.fire(_COMPLAINT, any(c.dep_ == "prep" and c.lower_ in ADDRESSEE_PREPS and c.i < child.i for _, c in pairs))
                    return found
            if not any(c.dep_ == "pobj" for c in child.children):
                # The parser sometimes makes the preposition's noun the
                # subject of a following participle ("asylum to officers
                # holed up in ..."): take the phrase right after it.
                found = ok(_actor_after(child, p_index, actors))
                if found:
                    return found
    # Objects that are themselves trigger nouns may hold the actor ("opposed the US move").
    for obj in objects:
        found = ok(actor_in_modifiers(obj, p_index, actors))
        if found:
            return found
    if match.reporting:
        return None
    return nearest_actor_below(token, p_index, actors, weak, strict=strict, directive=match.code[:2] in DIRECTIVE_ROOTS)


#: Roots whose object is the one addressed and told what to do: appeals (02) and demands (10).
DIRECTIVE_ROOTS = frozenset({"02", "10"})


def _direct_objects(token: Token) -> list[Token]:
    """The verb's direct objects, also behind an adjective the parser took for
    a participle complement ("warned *neighbouring* states")."""
    heads = [token, *(c for c in token.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == token.i + 1)]
    return [c for h in heads for c in h.children if c.dep_ == "dobj"]


def _actor_after(prep: Token, p_index: int, actors: ActorFindings) -> str | None:
    """The actor of the noun phrase that directly follows a preposition."""
    for node in prep.doc[prep.i + 1 : prep.i + 8]:
        found = actors.actor_at(p_index, node.i)
        if found:
            return found
        if node.pos_ in {"VERB", "AUX", "PUNCT", "ADP", "SCONJ"}:
            return None
    return None


def _fired(switch: RuleSwitch, name: str, found: str | None) -> str | None:
    if found:
        switch.fire(name)
    return found


def _fired_token(switch: RuleSwitch, name: str, found: Token | None) -> Token | None:
    if found is not None:
        switch.fire(name)
    return found


#: Exceptions of the target reading, in the order :func:`target_of` meets them.
TARGET_RULES: tuple[Rule, ...] = (
    accused_is_target,
    actor_in_scope,
    purpose_clause_destination,
    cross_border_target,
    instrument_aim,
    described_noun_is_target,
    time_misread_as_subject,
    support_on_behalf,
    complaint_about_not_addressee,
)

#: Every exception of the argument readers: sources, targets, event nouns, conjoined partners.
ARGUMENT_RULES: tuple[Rule, ...] = (*SOURCE_RULES, *TARGET_RULES, *NOMINAL_RULES, mutual_partner_both_ways, symmetric_verb_pairs_its_subjects, plural_head_distributes_over_its_complement)

_ACCUSED = rule_name(accused_is_target)
_PATIENT = rule_name(passive_infinitive_subject_is_target)
_SCOPE = rule_name(actor_in_scope)
_PURPOSE = rule_name(purpose_clause_destination)
_CROSS_BORDER = rule_name(cross_border_target)
_AIM = rule_name(instrument_aim)
_DESCRIBED = rule_name(described_noun_is_target)
_MISREAD = rule_name(time_misread_as_subject)
_SUPPORT = rule_name(support_on_behalf)
_COMPLAINT = rule_name(complaint_about_not_addressee)
