"""Which coded predicates of a sentence are candidate events: named selection rules.

The CAMEO coder (:func:`~kg.extract.events.cameo.code_span`) gives the widest
coded predicates of a sentence, event nouns only as a fallback. The rules of
``CANDIDATE_RULES`` then add what the fallback left out (clauses under an
uncoded noun, event nouns that name a participant) and drop what only
frames, describes or spells out another predicate. Each takes the sentence's
matches and returns those it keeps (:data:`CandidateRule`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract.actors.collectives import COLLECTIVES, GROUP_SECTORS
from kg.extract.events.cameo import CameoLexicon, CameoMatch, code_predicate, keep_predicates
from kg.extract.events.cameo_syntax import TARGET_PREPS, between_pair
from kg.extract.rules import RuleSwitch
from kg.extract.syntax import FIRST_PERSON, agentless_passive, to_infinitive
from kg.extract.words import WordClass

if TYPE_CHECKING:
    from spacy.tokens import Span as DocSpan
    from spacy.tokens import Token

__all__ = ["CANDIDATE_RULES", "CandidateRule", "SentenceCoding", "named_participant", "nominal_has_actor"]


@dataclass(frozen=True)
class SentenceCoding:
    """A sentence as the candidate rules see it.

    ``switch`` only answers which coding rules are on, for coding a
    predicate again (it counts nothing); ``dropped_nouns`` are the trigger
    tokens of event nouns the coder gave but that name no participant;
    ``coded`` the sentence's predicates as coded before any was dropped
    (:func:`kg.extract.events.cameo.code_tokens`).
    """

    sent: DocSpan
    lexicon: CameoLexicon
    switch: RuleSwitch
    dropped_nouns: frozenset[int]
    coded: tuple[CameoMatch, ...]


#: A candidate rule: the sentence's coded predicates -> those to keep (or more).
CandidateRule = Callable[[list[CameoMatch], SentenceCoding], list[CameoMatch]]

_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
#: Roots of acts whose object has not (yet) happened: intents, demands, threats.
_UNREALIZED_ROOTS = frozenset({"03", "10", "13"})


def clause_under_uncoded_noun(matches: list[CameoMatch], coding: SentenceCoding) -> list[CameoMatch]:
    """Add a clause hanging off an event noun that is not kept: "allegations that Orvan *has cracked down*".

    What a demand or an offer asks for has not happened ("its demand that
    Tarvia *ease* restrictions") and is left out.
    """
    out = list(matches)
    covered = {i for m in out for i in m.trigger_tokens}
    for token in coding.sent:
        if token.i in covered or token.pos_ != "VERB":
            continue
        head, dep = token.head, token.dep_
        under_noun = dep in {"acl", "relcl"} and head.pos_ == "NOUN" and head.i not in covered
        if head.lemma_.lower() in _CONTENT_NOUNS:
            continue
        if under_noun or (dep == "ccomp" and head.i in coding.dropped_nouns):
            extra = code_predicate(token, coding.lexicon, coding.switch)
            if extra is not None and not (set(extra.trigger_tokens) & covered):
                out.append(extra)
                covered.update(extra.trigger_tokens)
    return out


def event_noun_with_named_participant(matches: list[CameoMatch], coding: SentenceCoding) -> list[CameoMatch]:
    """Add an event noun that names a participant beside a verb event: "Orvan's *attack* on the convoy".

    News often names its main event as a noun. Not a background noun
    ("*following* the invasion of X"), nor the content of a coded request,
    characterization, intent, demand or threat ("rejected *calls* by X to ...",
    "ready to host *a meeting* between X and Y").
    """
    out = list(matches)
    covered = {i for m in out for i in m.trigger_tokens}
    doc = coding.sent.doc
    for match in keep_predicates(list(coding.coded), doc, nominals="all", switch=coding.switch):
        noun = doc[match.head]
        if _background_noun(noun):
            continue
        if noun.dep_ in _OBJECT_DEPS and noun.head.i in covered and noun.lemma_.lower() in _CONTENT_NOUNS:
            continue
        if noun.dep_ in _OBJECT_DEPS and noun.head.i in covered and _characterized(noun):
            continue
        if noun.dep_ in _OBJECT_DEPS and any(noun.head.i in m.trigger_tokens and m.code[:2] in _UNREALIZED_ROOTS for m in out):
            continue
        if noun.pos_ == "NOUN" and not set(match.trigger_tokens) & covered and named_participant(noun) is not None:
            out.append(match)
            covered.update(match.trigger_tokens)
    return sorted(out, key=lambda m: m.trigger_tokens[0])


def relative_clause_background(matches: list[CameoMatch], coding: SentenceCoding) -> list[CameoMatch]:
    """Drop a present-tense or reduced relative clause when the sentence has an event outside it: "Rovan, which *advocates* ..."."""
    doc = coding.sent.doc
    if not any(not m.reporting and not _in_relative_clause(doc[m.head]) for m in matches):
        return matches
    return [m for m in matches if m.reporting or not _in_relative_clause(doc[m.head]) or _agent_noun(doc[m.head])]


def characterized_object_noun(matches: list[CameoMatch], coding: SentenceCoding) -> list[CameoMatch]:
    """Drop an event noun a coded verb characterizes: "described *the withdrawal* as a step back"."""
    doc = coding.sent.doc
    heads = {m.head for m in matches}
    return [m for m in matches if not (doc[m.head].pos_ == "NOUN" and _characterized(doc[m.head]) and doc[m.head].head.i in heads)]


def participial_speech_elaboration(matches: list[CameoMatch], coding: SentenceCoding) -> list[CameoMatch]:
    """Drop a participial speech verb elaborating its main clause: "Orvan protested, *saying* that ..."."""
    doc = coding.sent.doc
    return [m for m in matches if not (m.reporting and doc[m.head].dep_ in {"advcl", "xcomp", "conj"} and doc[m.head].tag_ == "VBG")]


def first_person_framing_in_quote(matches: list[CameoMatch], coding: SentenceCoding) -> list[CameoMatch]:
    """Drop a first-person speech verb inside reported words: "“I would like to *point out* that ...,” Varo said"."""
    doc = coding.sent.doc
    return [m for m in matches if not (m.reporting and _first_person_subject(doc[m.head]) and _inside_clause(doc[m.head]))]


def background_event_noun(matches: list[CameoMatch], coding: SentenceCoding) -> list[CameoMatch]:
    """Drop an event noun after a background preposition: "*amid* the talks with Tarvia", "on the *eve of* the visit"."""
    doc = coding.sent.doc
    return [m for m in matches if not (doc[m.head].pos_ == "NOUN" and _background_noun(doc[m.head]))]


def agentless_characterization(matches: list[CameoMatch], coding: SentenceCoding) -> list[CameoMatch]:
    """Drop a characterizing passive with no speaker: "what has been *described* as a U-turn"."""
    doc = coding.sent.doc
    return [m for m in matches if not (doc[m.head].lemma_.lower() in _CHARACTERIZING and agentless_passive(doc[m.head]))]


def infinitive_of_content_noun(matches: list[CameoMatch], coding: SentenceCoding) -> list[CameoMatch]:
    """Drop an infinitive spelling out a request, offer or norm: "a request *to interrogate* him", "the right *to fire*"."""
    doc = coding.sent.doc
    return [
        m for m in matches
        if m.reporting or not _infinitive_of_noun(doc[m.head]) or doc[m.head].head.i in m.trigger_tokens
    ]


#: Candidate selection rules, in the order they run on a sentence's coded predicates.
def force_against_a_problem(matches: list[CameoMatch], coding: SentenceCoding) -> list[CameoMatch]:
    """Drop an act of force whose object is a condition, not a foe: "*combat* the root causes of migration", "*fight* corruption"."""
    doc = coding.sent.doc
    def against_problem(m: CameoMatch) -> bool:
        force = m.code[:2] in _FORCE_ROOTS or (m.base_code or "")[:2] in _FORCE_ROOTS  # also "vowed to fight corruption"
        return force and any(doc[i].pos_ == "VERB" and _problem_object(doc[i]) for i in m.trigger_tokens)

    return [m for m in matches if not against_problem(m)]


_FORCE_ROOTS = frozenset({"18", "19", "20"})
_PROBLEM_NOUNS = WordClass("problem_nouns")


def _problem_object(verb: Token) -> bool:
    """Whether the verb's direct object is a condition ("the root *causes* of X", "*corruption*")."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _PROBLEM_NOUNS for c in verb.children)


def casualty_conjuncts_are_one_event(matches: list[CameoMatch], coding: SentenceCoding) -> list[CameoMatch]:
    """Drop a casualty verb coordinated with a coded one, one act told twice: "*killed* two and *wounded* three".

    "a policeman was *killed* and 70 were *injured* when a bomb went off",
    "shelling the camps, *killing* or *wounding* 50": the first conjunct is the event.
    """
    doc = coding.sent.doc
    heads = {m.head for m in matches}

    def told_again(m: CameoMatch) -> bool:
        verb = doc[m.head]
        first = verb.head
        return verb.dep_ == "conj" and verb.lemma_.lower() in _CASUALTY_LEMMAS and first.lemma_.lower() in _CASUALTY_LEMMAS and first.i in heads

    return [m for m in matches if not told_again(m)]


_CASUALTY_LEMMAS = frozenset({"kill", "wound", "injure", "maim"})


CANDIDATE_RULES: tuple[CandidateRule, ...] = (
    force_against_a_problem,
    casualty_conjuncts_are_one_event,
    clause_under_uncoded_noun,
    event_noun_with_named_participant,
    relative_clause_background,
    characterized_object_noun,
    participial_speech_elaboration,
    first_person_framing_in_quote,
    background_event_noun,
    agentless_characterization,
    infinitive_of_content_noun,
)

#: Verbs that say what something is ("characterized X as Y").
_CHARACTERIZING = WordClass("characterizing")


def _characterized(noun: Token) -> bool:
    """Is the noun the object of a characterization ("described *the move* as ...")?"""
    verb = noun.head
    if noun.dep_ == "dobj" and any(c.dep_ == "oprd" for c in verb.children):
        return True  # "called *the sanctions* economic war"
    if verb.lemma_.lower() not in _CHARACTERIZING:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "as" for node in (verb, noun) for c in node.children)

#: Prepositions that place a sentence's event against an earlier or ongoing
#: one ("*following* the invasion of X", "*amid* talks with Y"): background.
_BACKGROUND_PREPS = WordClass("background_preps")

def _background_noun(noun: Token) -> bool:
    """Is the noun the object of a background preposition, directly or through a gerund?

    "*following* the invasion of X", "*amid* simmering anger over Y".
    """
    head = noun.head
    if noun.dep_ == "dobj" and head.dep_ == "pcomp" and head.tag_ == "VBG":
        noun, head = head, head.head
    if noun.dep_ == "pobj" and head.lower_ in {"of", "to"} and head.head.lemma_.lower() in _BACKGROUND_FRAMES:
        # "on the *eve of* a visit", "in the *wake of* the attack", "in the *run-up to* the vote".
        return True
    return noun.dep_ in {"pobj", "pcomp"} and head.lower_ in _BACKGROUND_PREPS


#: Nouns that place an event before or after another ("on the eve of X").
_BACKGROUND_FRAMES = WordClass("background_frames")


#: Nouns whose infinitive is what somebody asks, offers, promises, refuses or
#: may do ("a request to interrogate"); after "plan", "attempt" or "effort"
#: the infinitive is the attempted event itself and stays.
_CONTENT_NOUNS = WordClass("content_nouns")


def _infinitive_of_noun(token: Token) -> bool:
    if token.dep_ == "pcomp" and token.tag_ == "VBG" and token.head.dep_ == "prep" and token.head.lower_ in {"for", "of", "on"}:
        # "an appeal *for deploying* troops", "an agreement *on reducing* arms": the content too.
        return token.head.head.lemma_.lower() in _CONTENT_NOUNS
    # ... and its "that" clause ("demanded an admission *that* X murdered ...").
    return (
        token.dep_ in {"acl", "ccomp"}
        and token.head.lemma_.lower() in _CONTENT_NOUNS
        and (to_infinitive(token) or any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children))
    )


def _in_relative_clause(token: Token) -> bool:
    """Is the token inside a present-tense relative clause or a reduced relative?

    "Hamas, which *advocates* ...", "Macedonia, which is *preparing* ...",
    "two men suspected of *blowing up* ...": descriptions of a participant.
    A past or perfect relative clause ("the Taliban, who have long refused
    to ...") reports an event and is not background.
    """
    current = token
    for _ in range(6):
        if current.dep_ == "relcl":
            return _present_tense(current)
        # (A noun at the root means the parser missed the main verb.)
        noun_head = current.head.pos_ in {"NOUN", "PROPN"} and current.head.dep_ != "ROOT"
        if current.dep_ == "acl" and current.tag_ in {"VBN", "VBG"} and noun_head:
            if not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark"} for c in current.children):
                return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _present_tense(verb: Token) -> bool:
    if verb.tag_ in {"VBD", "MD"}:
        return False
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return not any(a.tag_ in {"VBD", "MD"} or a.lemma_.lower() == "have" for a in auxes)


def _first_person_subject(token: Token) -> bool:
    for node in (token, token.head):
        if any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in node.children):
            return True
    return False


def _inside_clause(token: Token) -> bool:
    current = token
    for _ in range(4):
        if current.dep_ in {"ccomp", "parataxis"}:
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


_DURATIVE_CONFLICTS = WordClass("durative_conflicts")


def nominal_has_actor(token: Token) -> bool:
    # An event noun is an event of its own only when the text gives its
    # participants ("Iran's attack on the tanker", "talks with Iraq").
    has_target = any(c.dep_ == "prep" and c.lower_ in TARGET_PREPS for c in token.rights)
    # A nationality adjective on a durative conflict ("the Afghan war", "the
    # Lebanese civil war") says where it is fought, not who fights it,
    # unless the noun names its opponent too ("the Russian war against Y").
    place_adjective = token.lemma_.lower() in _DURATIVE_CONFLICTS and not has_target
    has_source = any(
        c.dep_ in {"poss", "compound", "amod"} and c.pos_ in {"PROPN", "ADJ", "NOUN"} and not (place_adjective and c.pos_ == "ADJ")
        for c in token.lefts
    ) or any(c.dep_ == "prep" and c.lower_ == "by" for c in token.rights)
    return has_source and has_target and token.dep_ not in {"pobj"} or (has_source and token.dep_ in {"nsubj", "nsubjpass"})




def named_participant(token: Token) -> Token | None:
    """The name that takes part in an event noun: "*Iran*'s attack", "a meeting of *the UN*"."""
    for child in token.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return child
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"of", "by"}:
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN":
                    return pobj
                # The agent of "a strike by transport workers" is a group of people.
                if child.lower_ == "by" and pobj.dep_ == "pobj" and _people_group(pobj):
                    return pobj
    # "a summit between him and Xi": the parties are named.
    # (Not in a prepositional adjunct: "pave the way for talks between ...".)
    pair = between_pair(token) if token.dep_ != "pobj" else None
    if pair is not None and any(p.pos_ == "PROPN" for p in pair):
        return next(p for p in pair if p.pos_ == "PROPN")
    # A name modifying an act that someone performs is its agent ("U.S.
    # nuclear tests", "Iran's missile launches"), unlike a topic ("the
    # Ukraine war", "the Kashmir issue").
    if token.lemma_.lower() in _PERFORMED:
        for child in token.lefts:
            if child.dep_ in {"nmod", "compound"} and child.pos_ == "PROPN" and child.ent_type_ in {"GPE", "ORG", "NORP"}:
                return child
    return None


#: Acts whose name modifier performs them ("U.S. nuclear tests").
_PERFORMED = WordClass("performed")


def _agent_noun(token: Token) -> bool:
    """An event noun that names who performs it is an event even inside a description."""
    return token.pos_ == "NOUN" and named_participant(token) is not None


def _people_group(token: Token) -> bool:
    """A plural noun for a group of people: "workers", "students", "protesters"."""
    lemma = token.lemma_.lower()
    return token.tag_ == "NNS" and (lemma in COLLECTIVES or lemma in GROUP_SECTORS)
