"""Event arguments: the source and target actors of a coded predicate.

Arguments come from the dependency parse: the subject (or the "by" agent of a
passive, or the subject inherited through xcomp/conj/relative clauses), the
object (or a passive subject, or the actor inside an event noun such as "the
US move"), and prepositional targets. Conjoined actors are expanded in
:mod:`kg.extract.events.conjuncts`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.actors.findings import ActorFindings
from kg.extract.events.agreements import agreement_party
from kg.extract.events.agency import instrument_agent, instrument_aim, subject_instrument
from kg.extract.events.cameo import CameoMatch
from kg.extract.events.cameo_syntax import is_reduced_passive
from kg.extract.events.cameo_syntax import antecedent_subject, described_noun, misread_time_subject
from kg.extract.events.content import accused_object
from kg.extract.events.dyads import addressee_last, coded_apposition
from kg.extract.events.nominals import nominal_arguments as nominal_arguments  # re-exported for the event builder
from kg.extract.actors.noun_phrases import actor_in_modifiers, actor_of_np as actor_of_np
from kg.extract.events.target_search import across_border, actor_in_scope, nearest_actor_below, self_possessed
from kg.extract.events.cameo_syntax import TARGET_PREPS
from kg.extract.events.predicates import Candidate
from kg.extract.syntax import FIRST_PERSON
from kg.model import ActorKind
from kg.extract.words import WordClass

if TYPE_CHECKING:
    from spacy.tokens import Token

THIRD_PERSON = {"he", "she", "it", "they"}
_RELATIVE_PRONOUNS = {"who", "which", "that"}
#: Roots whose object is a thing handed over, not the one acted upon.
_TRANSFER_ROOTS = {"03", "05", "06", "07", "08"}
_CONTROL_PASSIVES = WordClass("control_passives")


def source_of(token: Token, p_index: int, actors: ActorFindings, by_token: dict[int, Candidate], depth: int = 0) -> str | None:
    if depth > 6:
        return None
    for child in token.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                # "by the Fifth Corps' 96th Brigade": the unit of a named force is that force.
                found = actor_of_np(pobj, p_index, actors) or _possessor_name(pobj, p_index, actors)
                if found:
                    return found
    stray = _stray_agent(token, p_index, actors)
    if stray:
        return stray
    for child in token.children:
        if child.dep_ in {"nsubj", "csubj", "expl"}:
            # An instrument acts for its agent ("the law, enacted by X, banned ...").
            found = actor_of_np(child, p_index, actors) or instrument_agent(child, p_index, actors) or actor_in_modifiers(child, p_index, actors)
            if found and _uncoded(found, actors):
                # "their forces": a bare collective acts for its possessor.
                owner = _possessor(child, p_index, actors)
                if owner is None and any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in child.children):
                    # Reported content: the speaker's own ("X said its troops ...").
                    owner = _speaker_of_quote(token, p_index, actors, by_token)
                found = owner or coded_apposition(child, p_index, actors) or found
            if found is None and child.tag_ in {"VBG", "VBN"}:
                # A misparsed reduced relative: "The Red Cross *operating* in X said".
                found = next((actor_of_np(c, p_index, actors) for c in child.children if c.dep_ == "nsubj" and c.i < child.i), None)
            if found:
                return found
            # An unresolved pronoun subject of reported content is mostly the
            # speaker ("the rebels said they will release ...").
            if child.dep_ == "nsubj" and child.lower_ in FIRST_PERSON | THIRD_PERSON:
                speaker = _speaker_of_quote(token, p_index, actors, by_token)
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
                return actor_of_np(clause.head, p_index, actors) or _actor_before(child if clause == token else clause, p_index, actors)
            if child.dep_ == "nsubj":
                return None
    if is_reduced_passive(token):
        # A participle describing a noun takes that noun's owner ("a *Gallup*
        # poll released on Friday"); a "by" agent was tried above.
        return actor_in_modifiers(token.head, p_index, actors)
    if _is_stative(token):
        # "Israel is opposed to ...", "Vietnam is committed to ...": the
        # grammatical passive subject holds the stance.
        for child in token.children:
            if child.dep_ == "nsubjpass":
                return actor_of_np(child, p_index, actors) or actor_in_modifiers(child, p_index, actors)
    if depth > 0 and token.lemma_.lower() in _CONTROL_PASSIVES:
        # "X was scheduled / is expected to meet Y": the passive subject acts.
        for child in token.children:
            if child.dep_ == "nsubjpass":
                found = actor_of_np(child, p_index, actors) or actor_in_modifiers(child, p_index, actors)
                if found:
                    return found
    party = agreement_party(
        token, p_index, actors, lambda v: source_of(v, p_index, actors, by_token, depth + 1), lambda np: actor_of_np(np, p_index, actors)
    )
    if party is not None:
        # "withdraws X from the treaty, signed in 1996": X signed it.
        return party
    has_own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)
    if token.dep_ in {"xcomp", "conj", "advcl", "acomp"} and not has_own_subject and token.head != token:
        # Participial and purpose clauses ("sent experts to investigate")
        # share the main clause's subject; other adverbial clauses do not.
        if token.dep_ == "advcl" and token.tag_ not in {"VBG", "VBN"} and not _is_infinitive(token):
            return None
        return source_of(token.head, p_index, actors, by_token, depth + 1)
    if token.dep_ in {"relcl", "acl"} and token.head.pos_ in {"NOUN", "PROPN"} and (token.tag_ in {"VB", "VBG", "VBD", "VBZ", "VBP"}):
        if not any(c.dep_ == "mark" for c in token.children):
            found = actor_of_np(token.head, p_index, actors)
            noun = token.head
            if found is None and token.tag_ == "VBG":
                # A gerund right after a name has it as subject ("in the midst
                # of *Pakistan* asking China ...").
                found = _actor_before(token, p_index, actors)
            if found is None and token.dep_ == "acl" and noun.dep_ in {"dobj", "pobj"} and (token.tag_ == "VBG" or _is_infinitive(token)):
                # "took steps to enhance ...", "issued a declaration demanding
                # ...": the agent of the governing verb acts.
                verb = noun.head.head if noun.dep_ == "pobj" else noun.head
                if verb.pos_ in {"VERB", "AUX"}:
                    found = source_of(verb, p_index, actors, by_token, depth + 1)
            return found
    if token.dep_ == "pcomp" and token.tag_ == "VBG" and not has_own_subject:
        # A gerund governed by a preposition of the clause's verb shares its
        # subject ("resorted to throwing stones", "protested by blocking ...").
        prep = token.head
        verb = prep.head
        if prep.dep_ == "prep" and verb != prep and verb.pos_ in {"VERB", "AUX"}:
            return source_of(verb, p_index, actors, by_token, depth + 1)
        if prep.dep_ == "prep" and verb.dep_ == "acomp" and verb.head != verb:
            # A predicative adjective's complement ("X are guilty of
            # violating ...", "Y is capable of striking ..."): its subject acts.
            return source_of(verb.head, p_index, actors, by_token, depth + 1)
    return None


def _stray_agent(token: Token, p_index: int, actors: ActorFindings) -> str | None:
    """The "by" agent of a passive that the parser hung on the governing verb.

    "X has been accused of ..., much of it believed ..., *by* Y officials":
    a "by" phrase after the passive, on a verb that is no passive itself.
    """
    if token.dep_ != "ccomp" or not any(c.dep_ == "auxpass" for c in token.children) or _is_stative(token):
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
                if found and not _uncoded(found, actors):
                    return found
    return None


def _possessor_name(np: Token, p_index: int, actors: ActorFindings) -> str | None:
    """The named possessor of a noun phrase ("*the army's* brigade")."""
    return next((found for c in np.children if c.dep_ == "poss" and (found := actors.actor_at(p_index, c.i))), None)


def _uncoded(actor_id: str, actors: ActorFindings) -> bool:
    return any(a.id == actor_id and a.code is None and a.country is None for a in actors.actors)


def _possessor(token: Token, p_index: int, actors: ActorFindings) -> str | None:
    """The coded actor a possessive pronoun of the phrase stands for ("*their* forces")."""
    for child in token.children:
        if child.dep_ == "poss" and child.lower_ in {"its", "their", "his", "her"}:
            found = actors.actor_at(p_index, child.i)
            if found and not _uncoded(found, actors):
                return found
    return None


def _speaker_of_quote(token: Token, p_index: int, actors: ActorFindings, by_token: dict[int, Candidate]) -> str | None:
    current = token
    for _ in range(6):
        if current.head == current:
            return None
        if current.dep_ in {"ccomp", "parataxis"}:
            head = current.head
            cand = by_token.get(head.i)
            if cand is not None and cand.match.reporting:
                return source_of(head, p_index, actors, by_token, depth=5)
        current = current.head
    return None


def target_of(token: Token, match: CameoMatch, p_index: int, actors: ActorFindings, *, source: str | None = None) -> str | None:
    """The target of a predicate: its object, passive subject or prepositional partner.

    A bare unnamed collective with no country ("troops", "inspectors") is
    taken only when the verb phrase names no better actor: in "contributed
    troops to a force in Liberia" the target is Liberia. Nor is the source
    its own target ("strengthened *its* forces in Lebanon").
    """
    own = {source} if source else set()
    weak = {a.id for a in actors.actors if a.code is None and a.country is None and a.kind is not ActorKind.PERSON}
    # Named ones ("Muslims", "Hamas") are not weak, only unnamed collectives.
    # So are collectives named by a nationality or ethnicity ("*Kurdish* guerrillas").
    weak -= {actors.actor_at(p_index, t.i) for t in token.doc if t.pos_ == "PROPN" or t.ent_type_ == "NORP"}
    # ... and the collective they qualify ("*Darfur* rebels").
    weak -= {actors.actor_at(p_index, t.i) for t in token.doc if any(c.dep_ in {"compound", "amod"} and (c.pos_ == "PROPN" or c.ent_type_ == "NORP") for c in t.lefts)}
    # So is a place the gazetteer cannot put in a country ("the city of Kirkuk").
    weak |= {a.id for a in actors.actors if a.code is None and a.country is None and a.kind is ActorKind.LOCATION}
    found = None
    if match.code[:2] not in _TRANSFER_ROOTS:
        # The one acted upon is the target even when an unnamed collective
        # ("warned *neighbouring states* not to let the guerrillas ..."); a
        # thing handed over is not ("contributed troops to ...").
        found = next((a for c in _direct_objects(token) if (a := actor_of_np(c, p_index, actors)) and a not in own and not self_possessed(c)), None)
    accused = accused_object(token) if found is None else None
    if accused is not None:
        # "accused *his rivals* of siding with X": the accused is the target,
        # named or not; the act charged names no target of the accusation.
        found = actor_in_modifiers(accused, p_index, actors)
        return found if found not in own else None
    if found is None:
        found = _target(token, match, p_index, actors, weak | own, strict=True)
    if found is None and not match.reporting:
        found = actor_in_scope(token, p_index, actors, weak | own)
    if found is None:
        found = _target(token, match, p_index, actors, own, strict=False)
    if found is None and token.dep_ == "advcl" and _is_infinitive(token) and token.head != token:
        # A purpose clause acts where its governing verb sends ("sent
        # experts *to X* to investigate").
        sent_off = [token.head, *(c for c in token.head.children if c.dep_ == "dobj")]
        for child in (c for node in sent_off for c in node.children):
            if child.dep_ in {"prep", "dative"} and child.lower_ in {"to", "into"}:
                for pobj in child.children:
                    candidate = actor_of_np(pobj, p_index, actors) if pobj.dep_ == "pobj" else None
                    if candidate and candidate not in own:
                        return candidate
    if found is None and source and match.code[:2] in {"18", "19", "20"}:
        # "launched a cross-border raid": into the country of the place named.
        for head in (token, *(token.doc[i] for i in match.trigger_tokens if i != token.i)):
            found = found or across_border(head, p_index, actors, source)
    instrument = subject_instrument(token, p_index, actors) if found is None and source else None
    if instrument is not None and source:
        # "the *X* sanctions law, enacted by Y, banned ...": aimed at X.
        found = instrument_aim(instrument, p_index, actors, source)
    return found


def _direct_objects(token: Token) -> list[Token]:
    """The verb's direct objects, also behind an adjective the parser took for
    a participle complement ("warned *neighbouring* states")."""
    heads = [token, *(c for c in token.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == token.i + 1)]
    return [c for h in heads for c in h.children if c.dep_ == "dobj"]


def _target(token: Token, match: CameoMatch, p_index: int, actors: ActorFindings, weak: set[str], *, strict: bool) -> str | None:
    def ok(found: str | None) -> str | None:
        return None if found in weak else found

    is_passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in token.children) and not _is_stative(token)
    # (Only a coded party: an uncoded place or a document is no target.)
    # A thing handed over or signed is no target either ("the treaty, signed in 1996").
    described = described_noun(token) if strict and token.tag_ == "VBN" and not is_passive and match.code[:2] not in _TRANSFER_ROOTS else None
    if described is not None and not any(c.dep_ == "dobj" for c in token.children):
        # "Chile's Arauco peninsula, captured by rebels": the noun the participle
        # describes is acted upon, a place through its owner.
        owner = next((actors.actor_at(p_index, c.i) for c in described.children if c.dep_ == "poss"), None)
        found = ok(owner) or ok(actor_of_np(described, p_index, actors)) or ok(actor_in_modifiers(described, p_index, actors))
        if found:
            return found
    if is_passive:
        misread = misread_time_subject(token)
        for child in token.children:
            if child.dep_ == "nsubjpass":
                if child == misread:
                    # "hostages held since 2016 were released": the hostages are.
                    child = antecedent_subject(token) or child
                found = ok(actor_of_np(child, p_index, actors)) or ok(actor_in_modifiers(child, p_index, actors))
                if found:
                    return found
    trigger = set(match.trigger_tokens)
    if match.code == "053":
        # Support rallied for someone is on their behalf: "urged X to
        # support *Y*" targets Y, whom the complement verb supports.
        for verb in (token.doc[i] for i in sorted(trigger) if i != token.i and token.doc[i].pos_ == "VERB"):
            for obj in (c for c in verb.children if c.dep_ == "dobj" and c.i not in trigger):
                found = ok(actor_of_np(obj, p_index, actors)) or ok(actor_in_modifiers(obj, p_index, actors))
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
    for head in heads:
        for child in addressee_last(head, match):
            if child.dep_ == "prep" and (child.lower_ in TARGET_PREPS or (patient_of and child.lower_ == "of" and head != token and head.pos_ == "NOUN")):
                for pobj in child.children:
                    if pobj.dep_ != "pobj":
                        continue
                    found = ok(actor_of_np(pobj, p_index, actors)) or ok(actor_in_modifiers(pobj, p_index, actors))
                    # "between the Emirates and *Saudi Arabia*": a later conjunct when the first is weak.
                    found = found or next((ok(actors.actor_at(p_index, c.i)) for c in pobj.children if c.dep_ == "conj" and ok(actors.actor_at(p_index, c.i))), None)
                    if found:
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
    return nearest_actor_below(token, p_index, actors, weak, strict=strict)


#: Participles that state their subject's stance rather than a passive act.
_STATIVE_PARTICIPLES = WordClass("stative_participles")


def _is_stative(token: Token) -> bool:
    return (
        token.tag_ == "VBN"
        and (token.lemma_.lower() in _STATIVE_PARTICIPLES or token.lower_ in _STATIVE_PARTICIPLES)
        and not any(c.dep_ == "agent" for c in token.children)
    )


def _actor_before(token: Token, p_index: int, actors: ActorFindings) -> str | None:
    """The actor of the word right before ``token``, skipping a comma."""
    i = token.i - 1
    if i >= 0 and token.doc[i].is_punct:
        i -= 1
    return actors.actor_at(p_index, i) if i >= 0 else None


def _is_infinitive(token: Token) -> bool:
    return token.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _actor_after(prep: Token, p_index: int, actors: ActorFindings) -> str | None:
    """The actor of the noun phrase that directly follows a preposition."""
    for node in prep.doc[prep.i + 1 : prep.i + 8]:
        found = actors.actor_at(p_index, node.i)
        if found:
            return found
        if node.pos_ in {"VERB", "AUX", "PUNCT", "ADP", "SCONJ"}:
            return None
    return None
