"""Event sources: who performs a coded predicate.

The general reading is the dependency parse: the "by" agent of a passive, the
subject, a relative pronoun's noun, or the subject a clause shares with the
verb it depends on (xcomp, conj, purpose and participial clauses, gerunds).
The named exceptions of ``SOURCE_RULES`` (part of ``ARGUMENT_RULES``, see
:mod:`kg.extract.events.targets`) are checked where they apply; each counts
the sources it supplied.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.actors.findings import ActorFindings
from kg.extract.actors.noun_phrases import actor_in_modifiers, actor_of_np
from kg.extract.events.agency import instrument_agent
from kg.extract.events.agreements import agreement_party
from kg.extract.events.cameo_syntax import is_reduced_passive
from kg.extract.events.dyads import coded_apposition
from kg.extract.events.predicates import Candidate
from kg.extract.rules import Rule, RuleSwitch, rule_name
from kg.extract.syntax import FIRST_PERSON, POSSESSIVE_PRONOUNS, is_to_infinitive, predicate_of_verbless_root
from kg.extract.words import WordClass

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["SOURCE_RULES", "actor_before", "is_stative", "passive_infinitive_subject_is_target", "source_of", "uncoded"]

#: Third-person subject pronouns (with the first person: pronouns that may stand for a speaker).
THIRD_PERSON = frozenset({"he", "she", "it", "they"})
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
_CONTROL_PASSIVES = WordClass("control_passives")
#: Participles that state their subject's stance rather than a passive act.
_STATIVE_PARTICIPLES = WordClass("stative_participles")


def source_of(
    token: Token, p_index: int, actors: ActorFindings, by_token: dict[int, Candidate], depth: int = 0, *, switch: RuleSwitch | None = None
) -> str | None:
    """The actor performing the predicate ``token``, or ``None``.

    ``by_token`` maps the sentence's candidate predicates by token index (to
    find the speech act whose content ``token`` is); ``switch`` says which
    rules are on (all, by default) and records what fired.
    """
    if depth > 6:
        return None
    switch = switch if switch is not None else RuleSwitch()
    for child in token.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                # "by the Fifth Corps' 96th Brigade": the unit of a named force is that force.
                found = actor_of_np(pobj, p_index, actors) or _possessor_name(pobj, p_index, actors)
                if found:
                    return found
    stray = _applied(switch, stray_by_agent, stray_by_agent(token, p_index, actors) if switch.on(_STRAY) else None)
    if stray:
        return stray
    for child in token.children:
        if child.dep_ in {"nsubj", "csubj", "expl"}:
            found = actor_of_np(child, p_index, actors)
            if found is None and switch.on(_INSTRUMENT):
                found = _applied(switch, instrument_agent, instrument_agent(child, p_index, actors))
            found = found or actor_in_modifiers(child, p_index, actors)
            if found and uncoded(found, actors) and switch.on(_COLLECTIVE):
                owner = collective_acts_for_owner(child, token, p_index, actors, by_token, switch)
                found = _applied(switch, collective_acts_for_owner, owner) or found
            if found is None and child.tag_ in {"VBG", "VBN"} and switch.on(_MISPARSED):
                found = _applied(switch, misparsed_reduced_relative, misparsed_reduced_relative(child, p_index, actors))
            if found:
                return found
            if child.dep_ == "nsubj" and child.lower_ in FIRST_PERSON | THIRD_PERSON and switch.on(_PRONOUN):
                speaker = _applied(switch, pronoun_subject_is_speaker, pronoun_subject_is_speaker(token, p_index, actors, by_token, switch))
                if speaker:
                    return speaker
            # A relative pronoun stands for the noun the clause modifies
            # ("the rebels, who have refused to negotiate").
            clause = token
            while clause.dep_ == "conj" and clause.head != clause:
                # "..., which it views as X and *which hosts* ...": the first relative's noun.
                clause = clause.head
            if child.lower_ in _RELATIVE_PRONOUNS and clause.dep_ in {"relcl", "acl"} and clause.head != clause:
                # The parser may attach the clause too high ("talks between
                # X and the Taliban, who ..."): then the name just before it.
                return actor_of_np(clause.head, p_index, actors) or actor_before(child if clause == token else clause, p_index, actors)
            if child.dep_ == "nsubj":
                return None
    if is_reduced_passive(token) and switch.on(_PARTICIPLE_OWNER):
        return _applied(switch, participle_owner_acts, participle_owner_acts(token, p_index, actors))
    if is_stative(token) and switch.on(_STATIVE):
        for child in token.children:
            if child.dep_ == "nsubjpass":
                return _applied(switch, stative_participle_holder, stative_participle_holder(child, p_index, actors))
    if depth > 0 and token.lemma_.lower() in _CONTROL_PASSIVES and switch.on(_CONTROL):
        found = _applied(switch, control_passive_subject, control_passive_subject(token, p_index, actors))
        if found:
            return found
    if switch.on(_AGREEMENT):
        party = _applied(switch, agreement_signatory, agreement_signatory(token, p_index, actors, by_token, depth, switch))
        if party is not None:
            return party
    has_own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)
    if passive_infinitive(token) and not has_own_subject and switch.on(_PATIENT):
        # "X was due to be released": X undergoes the act (its target); the agent is unnamed.
        return None
    if token.dep_ == "xcomp" and not has_own_subject and switch.on(_OBJECT_CONTROL):
        controller = object_controls_the_infinitive(token)
        if controller is not None:
            switch.fire(_OBJECT_CONTROL)  # counted even when the object is no actor: the subject is not the doer either
            return actor_of_np(controller, p_index, actors)
    if token.dep_ == "conj" and not has_own_subject and not any(c.dep_ == "auxpass" for c in token.children):
        # An active verb joined to a passive one shares its grammatical subject as its doer:
        # "*it* was concerned by the reports and urged all parties ...".
        shared = next((c for c in token.head.children if c.dep_ == "nsubjpass"), None)
        if shared is not None:
            found = actor_of_np(shared, p_index, actors)
            if found is None and shared.lower_ in FIRST_PERSON | THIRD_PERSON and switch.on(_PRONOUN):
                found = _applied(switch, pronoun_subject_is_speaker, pronoun_subject_is_speaker(token, p_index, actors, by_token, switch))
            return found
    if token.dep_ in {"xcomp", "conj", "advcl", "acomp"} and not has_own_subject and token.head != token:
        # Participial and purpose clauses ("sent experts to investigate")
        # share the main clause's subject; other adverbial clauses do not.
        if token.dep_ == "advcl" and token.tag_ not in {"VBG", "VBN"} and not is_to_infinitive(token):
            return None
        return source_of(token.head, p_index, actors, by_token, depth + 1, switch=switch)
    if token.dep_ in {"relcl", "acl"} and token.head.pos_ in {"NOUN", "PROPN"} and (token.tag_ in {"VB", "VBG", "VBD", "VBZ", "VBP"} or predicate_of_verbless_root(token)):
        if not any(c.dep_ == "mark" for c in token.children):
            found = actor_of_np(token.head, p_index, actors)
            noun = token.head
            if found is None and token.tag_ == "VBG" and switch.on(_GERUND):
                found = _applied(switch, gerund_after_name, gerund_after_name(token, p_index, actors))
            if found is None and switch.on(_OBJECT_CLAUSE):
                found = _applied(switch, object_clause_agent, object_clause_agent(token, p_index, actors, by_token, depth, switch))
            return found
    if token.dep_ == "pcomp" and token.tag_ == "VBG" and not has_own_subject:
        # A gerund governed by a preposition of the clause's verb shares its
        # subject ("resorted to throwing stones", "protested by blocking ...").
        prep = token.head
        verb = prep.head
        if prep.dep_ == "prep" and verb != prep and verb.pos_ in {"VERB", "AUX"}:
            controller = object_does_the_gerund(prep) if switch.on(_OBJECT_GERUND) else None
            if controller is not None:
                switch.fire(_OBJECT_GERUND)
                return actor_of_np(controller, p_index, actors)
            return source_of(verb, p_index, actors, by_token, depth + 1, switch=switch)
        if prep.dep_ == "prep" and verb.dep_ == "acomp" and verb.head != verb and switch.on(_ADJECTIVE):
            return _applied(switch, adjective_complement_subject, adjective_complement_subject(verb, p_index, actors, by_token, depth, switch))
        if prep.dep_ == "prep" and switch.on(_RESPONSIBILITY):
            return _applied(switch, responsibility_claimant_did_it, responsibility_claimant_did_it(prep, p_index, actors, by_token, depth, switch))
    return None


# --- the rules: each names the exception and gives an invented example ------


def passive_infinitive(token: Token) -> bool:
    """A passive infinitive complement ("due *to be released*", "expected *to be expelled*")."""
    return token.dep_ == "xcomp" and token.head != token and any(c.dep_ == "auxpass" for c in token.children)


def passive_infinitive_subject_is_target(token: Token, p_index: int, actors: ActorFindings) -> str | None:
    """The subject of a passive infinitive's clause undergoes its act: "the envoy is expected *to be expelled*" targets the envoy.

    Its source is only a "by" agent ("to be expelled by Tarvia"), never the
    subject the infinitive shares.
    """
    if not passive_infinitive(token):
        return None
    node = token.head
    for _ in range(4):
        subject = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            return actor_of_np(subject, p_index, actors) or actor_in_modifiers(subject, p_index, actors)
        if node.dep_ not in {"xcomp", "acomp", "conj"} or node.head == node:
            return None
        node = node.head
    return None


def stray_by_agent(token: Token, p_index: int, actors: ActorFindings) -> str | None:
    """The "by" agent the parser hung on the governing verb: "Orvan is accused of ..., much of it believed ..., *by* Tarvian officials".

    A "by" phrase after a passive content clause, on a verb that is no passive itself.
    """
    if token.dep_ != "ccomp" or not any(c.dep_ == "auxpass" for c in token.children) or is_stative(token):
        return None
    if any(c.dep_ in {"agent", "nsubj"} for c in token.children):
        return None
    head = token.head
    if head == token or any(c.dep_ in {"auxpass", "agent"} for c in head.children):
        return None
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "by" and child.i > token.i:
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                found = actor_of_np(pobj, p_index, actors) or actor_in_modifiers(pobj, p_index, actors)
                if found and not uncoded(found, actors):
                    return found
    return None


def collective_acts_for_owner(
    subject: Token, token: Token, p_index: int, actors: ActorFindings, by_token: dict[int, Candidate], switch: RuleSwitch
) -> str | None:
    """An uncoded collective subject acts for its owner: "*their* forces attacked", "Orvan said *its* troops ...".

    The possessor a pronoun stands for, else (for "its"/"their" in reported
    content) the speaker, else a coded actor in apposition ("the envoy, *the
    UN coordinator*, ...").
    """
    owner = _possessor(subject, p_index, actors)
    if owner is None and any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in subject.children):
        owner = _speaker_of_quote(token, p_index, actors, by_token, switch)
    return owner or coded_apposition(subject, p_index, actors)


def misparsed_reduced_relative(subject: Token, p_index: int, actors: ActorFindings) -> str | None:
    """The name before a participle the parser took for the subject: "The Red Crescent *operating* in Kesh said"."""
    return next((actor_of_np(c, p_index, actors) for c in subject.children if c.dep_ == "nsubj" and c.i < subject.i), None)


def pronoun_subject_is_speaker(
    token: Token, p_index: int, actors: ActorFindings, by_token: dict[int, Candidate], switch: RuleSwitch
) -> str | None:
    """An unresolved pronoun subject of reported content is the speaker: "the rebels said *they* will free ..."."""
    return _speaker_of_quote(token, p_index, actors, by_token, switch)


def participle_owner_acts(token: Token, p_index: int, actors: ActorFindings) -> str | None:
    """A participle describing a noun takes that noun's owner: "a *Varo Institute* poll released on Friday"."""
    return actor_in_modifiers(token.head, p_index, actors)


def stative_participle_holder(subject: Token, p_index: int, actors: ActorFindings) -> str | None:
    """The passive subject of a stance participle holds the stance: "Tarvia is *opposed* to the plan"."""
    return actor_of_np(subject, p_index, actors) or actor_in_modifiers(subject, p_index, actors)


def control_passive_subject(token: Token, p_index: int, actors: ActorFindings) -> str | None:
    """The passive subject of "scheduled/expected to" acts: "Orvan was *scheduled* to meet Tarvia"."""
    for child in token.children:
        if child.dep_ == "nsubjpass":
            found = actor_of_np(child, p_index, actors) or actor_in_modifiers(child, p_index, actors)
            if found:
                return found
    return None


def agreement_signatory(
    token: Token, p_index: int, actors: ActorFindings, by_token: dict[int, Candidate], depth: int, switch: RuleSwitch
) -> str | None:
    """The party a clause binds to an agreement signed it: "the law withdraws Orvan from the pact, *signed* in 1996"."""
    return agreement_party(
        token, p_index, actors,
        lambda v: source_of(v, p_index, actors, by_token, depth + 1, switch=switch), lambda np: actor_of_np(np, p_index, actors),
    )


def gerund_after_name(token: Token, p_index: int, actors: ActorFindings) -> str | None:
    """A gerund right after a name has it as subject: "amid *Tarvia* asking Orvan to ..."."""
    return actor_before(token, p_index, actors)


def object_clause_agent(
    token: Token, p_index: int, actors: ActorFindings, by_token: dict[int, Candidate], depth: int, switch: RuleSwitch
) -> str | None:
    """A clause on the object takes the governing verb's agent: "Orvan took steps *to enhance* ...", "issued a call *demanding* ..."."""
    noun = token.head
    if token.dep_ != "acl" or noun.dep_ not in {"dobj", "pobj"} or not (token.tag_ == "VBG" or is_to_infinitive(token)):
        return None
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    return source_of(verb, p_index, actors, by_token, depth + 1, switch=switch)


def adjective_complement_subject(
    adjective: Token, p_index: int, actors: ActorFindings, by_token: dict[int, Candidate], depth: int, switch: RuleSwitch
) -> str | None:
    """A gerund after a predicative adjective has the adjective's subject: "Tarvia is guilty of *violating* the pact"."""
    return source_of(adjective.head, p_index, actors, by_token, depth + 1, switch=switch)


def object_controls_the_infinitive(token: Token) -> Token | None:
    """The object of "force", "prompt", "persuade" does the infinitive: "The sanctions forced *Iran* to suspend talks".

    An infinitive after a verb's direct object has that object as its
    subject (object control); only "promise" keeps the subject ("Iran
    promised Russia to ...").
    """
    verb = token.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() == "promise" or not is_to_infinitive(token):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < token.i), None)


def object_does_the_gerund(prep: Token) -> Token | None:
    """The object of "warn X against", "bar X from", "blame X for" does the gerund: "China warned *the United States* against selling arms to Taiwan".

    A gerund in a prepositional complement of a verb with a direct object
    has that object as its subject; "by", "after", "while" and the other
    adverbial prepositions keep the verb's subject ("protested by blocking").
    """
    if prep.lower_ not in {"of", "against", "from", "for", "over"}:
        return None
    verb = prep.head
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i), None)


def responsibility_claimant_did_it(
    prep: Token, p_index: int, actors: ActorFindings, by_token: dict[int, Candidate], depth: int, switch: RuleSwitch
) -> str | None:
    """Who claims, takes or denies responsibility for an act is named as its doer: "Al-Shabaab claimed responsibility *for attacking* a Kenyan base".

    The gerund hangs on the object noun ("responsibility", "credit",
    "blame"), not on the verb, so the subject is not shared by the
    general reading.
    """
    noun = prep.head
    if prep.lower_ != "for" or noun.lemma_.lower() not in {"responsibility", "credit", "blame"} or noun.dep_ != "dobj":
        return None
    return source_of(noun.head, p_index, actors, by_token, depth + 1, switch=switch)


#: Exceptions of the source reading, in the order :func:`source_of` meets them.
SOURCE_RULES: tuple[Rule, ...] = (
    stray_by_agent,
    instrument_agent,
    collective_acts_for_owner,
    misparsed_reduced_relative,
    pronoun_subject_is_speaker,
    participle_owner_acts,
    stative_participle_holder,
    control_passive_subject,
    agreement_signatory,
    gerund_after_name,
    object_clause_agent,
    adjective_complement_subject,
    responsibility_claimant_did_it,
    object_controls_the_infinitive,
    object_does_the_gerund,
    passive_infinitive_subject_is_target,
)


def _applied(switch: RuleSwitch, rule: Rule, found: str | None) -> str | None:
    """``found``, counted as a firing of ``rule`` when it is an actor."""
    if found:
        switch.fire(rule_name(rule))
    return found


def is_stative(token: Token) -> bool:
    """A stance participle with no agent: "is *opposed* to", "is *committed* to"."""
    return (
        token.tag_ == "VBN"
        and (token.lemma_.lower() in _STATIVE_PARTICIPLES or token.lower_ in _STATIVE_PARTICIPLES)
        and not any(c.dep_ == "agent" for c in token.children)
    )


def uncoded(actor_id: str, actors: ActorFindings) -> bool:
    """Whether the actor has neither a CAMEO code nor a country."""
    return any(actor_id in ids for ids in actors.unplaced.values())


def actor_before(token: Token, p_index: int, actors: ActorFindings) -> str | None:
    """The actor of the word right before ``token``, skipping a comma."""
    i = token.i - 1
    if i >= 0 and token.doc[i].is_punct:
        i -= 1
    return actors.actor_at(p_index, i) if i >= 0 else None


def _possessor_name(np: Token, p_index: int, actors: ActorFindings) -> str | None:
    """The named possessor of a noun phrase ("*the army's* brigade")."""
    return next((found for c in np.children if c.dep_ == "poss" and (found := actors.actor_at(p_index, c.i))), None)


def _possessor(token: Token, p_index: int, actors: ActorFindings) -> str | None:
    """The coded actor a possessive pronoun of the phrase stands for ("*their* forces")."""
    for child in token.children:
        if child.dep_ == "poss" and child.lower_ in POSSESSIVE_PRONOUNS:
            found = actors.actor_at(p_index, child.i)
            if found and not uncoded(found, actors):
                return found
    return None


def _speaker_of_quote(token: Token, p_index: int, actors: ActorFindings, by_token: dict[int, Candidate], switch: RuleSwitch) -> str | None:
    """The source of the speech act whose content ``token`` is."""
    current = token
    for _ in range(6):
        if current.head == current:
            return None
        if current.dep_ in {"ccomp", "parataxis"}:
            head = current.head
            cand = by_token.get(head.i)
            if cand is not None and cand.match.reporting:
                return source_of(head, p_index, actors, by_token, depth=5, switch=switch)
        current = current.head
    return None


_STRAY = rule_name(stray_by_agent)
_INSTRUMENT = rule_name(instrument_agent)
_COLLECTIVE = rule_name(collective_acts_for_owner)
_MISPARSED = rule_name(misparsed_reduced_relative)
_PRONOUN = rule_name(pronoun_subject_is_speaker)
_PARTICIPLE_OWNER = rule_name(participle_owner_acts)
_STATIVE = rule_name(stative_participle_holder)
_CONTROL = rule_name(control_passive_subject)
_AGREEMENT = rule_name(agreement_signatory)
_GERUND = rule_name(gerund_after_name)
_OBJECT_CLAUSE = rule_name(object_clause_agent)
_ADJECTIVE = rule_name(adjective_complement_subject)
_RESPONSIBILITY = rule_name(responsibility_claimant_did_it)
_OBJECT_CONTROL = rule_name(object_controls_the_infinitive)
_OBJECT_GERUND = rule_name(object_does_the_gerund)
_PATIENT = rule_name(passive_infinitive_subject_is_target)
