"""Candidate predicates of a sentence: the CAMEO-coded verbs and event nouns that may be events."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract.actors.collectives import COLLECTIVES, GROUP_SECTORS
from kg.extract.events.cameo import CameoLexicon, CameoMatch, code_predicate, code_span
from kg.extract.events.cameo_syntax import between_pair
from kg.extract.rules import RuleSwitch
from kg.model import Span
from kg.extract.words import WordClass

if TYPE_CHECKING:
    from spacy.tokens import Token

FIRST_PERSON = WordClass("first_person")
TARGET_PREPS = WordClass("target_preps")


@dataclass
class Candidate:
    """A coded predicate of one sentence, before its arguments are resolved."""

    token: Token
    match: CameoMatch
    para: int
    sentence: Span


def find_candidates(sent: object, p_index: int, sentence: Span, lexicon: CameoLexicon, switch: RuleSwitch | None = None) -> list[Candidate]:
    found: list[Candidate] = []
    matches = code_span(sent, lexicon)  # type: ignore[arg-type]
    doc = sent.doc  # type: ignore[attr-defined]
    dropped = [m for m in matches if doc[m.head].pos_ == "NOUN" and not nominal_has_actor(doc[m.head])]
    matches = [m for m in matches if m not in dropped]
    dropped_nouns = {i for m in dropped for i in m.trigger_tokens}
    covered = {i for m in matches for i in m.trigger_tokens}
    # Clauses that hang off an event noun we do not keep ("allegations that
    # Beijing has cracked down") are events of their own.
    for token in sent:  # type: ignore[attr-defined]
        if token.i in covered or token.pos_ != "VERB":
            continue
        under_noun = token.dep_ in {"acl", "relcl"} and token.head.pos_ == "NOUN" and token.head.i not in covered
        # ... but what a demand or an offer asks for has not happened ("its
        # demand that Israel ease restrictions").
        if token.head.lemma_.lower() in _CONTENT_NOUNS:
            continue
        if under_noun or (token.dep_ == "ccomp" and token.head.i in dropped_nouns):
            extra = code_predicate(token, lexicon)
            if extra is not None and not (set(extra.trigger_tokens) & covered):
                matches.append(extra)
                covered.update(extra.trigger_tokens)
    # Event nouns with a named participant ("X's visit to Y", "a meeting of
    # the Security Council", "the invasion of Ukraine") are events even when
    # the sentence has a verb event: news often names its main event as a noun.
    for match in code_span(sent, lexicon, nominals="all"):  # type: ignore[arg-type]
        if _background_noun(doc[match.head]):
            continue
        noun = doc[match.head]
        # A request or offer that a coded act answers is its content
        # ("rejected *calls* by X to ...", "denounced X's *demand*").
        if noun.dep_ in _OBJECT_DEPS and noun.head.i in covered and noun.lemma_.lower() in _CONTENT_NOUNS:
            continue
        # What a characterization characterizes is its content ("described
        # the withdrawal as a step toward ...").
        if noun.dep_ in _OBJECT_DEPS and noun.head.i in covered and _characterized(noun):
            continue
        # Nor is what an intent, a demand or a threat is about ("ready to
        # host *a meeting* between X and Y"): it has not happened.
        if noun.dep_ in _OBJECT_DEPS and any(noun.head.i in m.trigger_tokens and m.code[:2] in _UNREALIZED_ROOTS for m in matches):
            continue
        if noun.pos_ == "NOUN" and not set(match.trigger_tokens) & covered and named_participant(noun) is not None:
            matches.append(match)
            covered.update(match.trigger_tokens)
    matches.sort(key=lambda m: m.trigger_tokens[0])
    # A relative clause describes one of the sentence's participants ("Hamas,
    # which advocates ...", "troops deployed to oversee ..."): it is
    # background when the sentence has an event of its own outside it.
    main = [m for m in matches if not m.reporting and not _in_relative_clause(doc[m.head])]
    if main:
        matches = [m for m in matches if m.reporting or not _in_relative_clause(doc[m.head]) or _agent_noun(doc[m.head])]
    for match in matches:
        token = doc[match.head]
        # A participial speech verb elaborates its main clause ("..., saying
        # that", "stressing that"): the content belongs to the main event.
        if match.reporting and token.dep_ in {"advcl", "xcomp", "conj"} and token.tag_ == "VBG":
            continue
        # A first-person speech verb inside a quote ("I would like to point
        # out that ...") is the quoted speaker's framing, not a new event.
        if match.reporting and _first_person_subject(token) and _inside_clause(token):
            continue
        if token.pos_ == "NOUN" and not nominal_has_actor(token) and named_participant(token) is None:
            continue
        if token.pos_ == "NOUN" and _background_noun(token):
            continue
        if token.pos_ == "NOUN" and _characterized(token) and any(m.head == token.head.i for m in matches):
            continue
        # "what has been described as a U-turn" names no speaker: no statement.
        if token.lemma_.lower() in _CHARACTERIZING and _agentless_passive(token):
            continue
        # An infinitive that spells out a noun ("a request to interrogate",
        # "an invitation to attend talks", "the right to fire") is the content
        # of a proposal or a norm, not something that happened.
        if not match.reporting and _infinitive_of_noun(token) and token.head.i not in match.trigger_tokens:
            continue
        found.append(Candidate(token, match, p_index, sentence))
    return found


_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
#: Roots of acts whose object has not (yet) happened: intents, demands, threats.
_UNREALIZED_ROOTS = frozenset({"03", "10", "13"})

#: Verbs that say what something is ("characterized X as Y").
_CHARACTERIZING = WordClass("characterizing")


def _agentless_passive(verb: Token) -> bool:
    children = {c.dep_ for c in verb.children}
    return "auxpass" in children and "agent" not in children


def _characterized(noun: Token) -> bool:
    """Is the noun the object of a characterization ("described *the move* as ...")?"""
    verb = noun.head
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
        and any((c.dep_ == "aux" and c.lower_ == "to") or (c.dep_ == "mark" and c.lower_ == "that") for c in token.children)
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
