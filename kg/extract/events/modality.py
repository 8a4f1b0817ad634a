"""Event modality: asserted, reported, alleged, denied, planned, conditional or negated.

Modality follows the clause's embedding: reporting verbs and "according to"
make the content *reported*; "allegations that", "accused of", "allegedly"
make it *alleged*; "deny" makes it *denied*; "will", "plans to" make it
*planned*; "if" makes it *conditional*; a negation makes it *negated*.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.actors.findings import ActorFindings
from kg.extract.events.sources import source_of
from kg.extract.events.cameo import CameoMatch
from kg.extract.events.predicates import Candidate
from kg.model import Event, Modality
from kg.extract.rules import Rule, RuleSwitch, rule_name
from kg.extract.syntax import FUTURE_AUX, POSSIBILITY_MODALS, to_infinitive
from kg.extract.words import WordClass

if TYPE_CHECKING:
    from spacy.tokens import Token

_PLAN_HEADS = WordClass("plan_heads")
#: Dependencies climbed from a predicate to the allegation or speech act embedding it.
_EMBEDDING_DEPS = WordClass("embedding_deps")
_ALLEGATION_NOUNS = WordClass("allegation_nouns")
_ALLEGATION_VERBS = WordClass("allegation_verbs")
DENY_LEMMAS = WordClass("deny_lemmas")
#: Verbs whose subject (or object) event does not happen: it failed or was put off.
_CALLED_OFF = WordClass("called_off")
#: Acts that "X ordered the ..." commands rather than reports as done.
_ORDERED_ACTS = WordClass("ordered_acts")


def modality_of(
    token: Token, match: CameoMatch, p_index: int, actors: ActorFindings, by_token: dict[int, Candidate], switch: RuleSwitch | None = None
) -> tuple[Modality, str | None, Candidate | None]:
    """Modality, who it is attributed to, and the reporting predicate that carries it.

    ``switch`` says which ``MODALITY_RULES`` are on (all, by default) and
    records the modalities they decided.
    """
    switch = switch if switch is not None else RuleSwitch()
    attributed: str | None = None
    reporter: Candidate | None = None
    modality = Modality.ASSERTED

    if match.readiness:
        # "would not hesitate to use force": ready to act, should it come to that.
        modality = Modality.CONDITIONAL
    elif match.negated or any(c.dep_ == "neg" for c in token.children) or _decides(switch, called_off_negated, token, match):
        return Modality.NEGATED, None, _reporting_parent(token, by_token)
    elif _is_conditional(token):
        modality = Modality.CONDITIONAL
    elif _is_planned(token) or _decides(switch, intended_act_planned, token, match) or _decides(switch, ordered_act_planned, token, match):
        modality = Modality.PLANNED
    elif switch.on(_MOOD) and (mood := modal_mood(token)) is not None:
        switch.fire(_MOOD)
        modality = mood

    according = _according_to(token, p_index, actors)
    if according is not None:
        attributed = according[0]
        if modality is Modality.ASSERTED:
            modality = Modality.REPORTED

    # Embedding under allegation nouns and reporting verbs.
    current = token
    for _ in range(8):
        head = current.head
        if head == current:
            break
        if current.dep_ in {"acl", "ccomp"} and head.lemma_.lower() in _ALLEGATION_NOUNS:
            if modality in {Modality.ASSERTED, Modality.REPORTED}:
                modality = Modality.ALLEGED
            rep = _reporting_parent(head, by_token)
            if rep is not None and attributed is None:
                reporter = rep
                attributed = None
            break
        if head.lemma_.lower() in _ALLEGATION_VERBS and current.dep_ in {"pcomp", "ccomp", "xcomp", "prep"}:
            if modality in {Modality.ASSERTED, Modality.REPORTED}:
                modality = Modality.ALLEGED
            break
        if head.lemma_.lower() in DENY_LEMMAS and current.dep_ in {"ccomp", "xcomp"} and modality in {Modality.ASSERTED, Modality.REPORTED}:
            # "denied that it had supplied drones", "denied supplying drones": the content is denied, not reported.
            modality = Modality.DENIED
            reporter = by_token.get(head.i)
            break
        cand = by_token.get(head.i)
        if cand is not None and cand.match.reporting and current.dep_ in {"ccomp", "parataxis", "xcomp", "advcl"}:
            reporter = cand
            if modality is Modality.ASSERTED:
                modality = Modality.REPORTED
            break
        if current.dep_ not in _EMBEDDING_DEPS:
            break
        current = head

    if reporter is not None and attributed is None:
        # (The speaker's own reading counts nothing here: its draft counts it.)
        attributed = source_of(reporter.token, p_index, actors, by_token, switch=RuleSwitch(switch.disabled))
    if modality is Modality.REPORTED and reporter is not None and switch.on(_FUTURE_IN_PAST) and future_in_past_planned(token, reporter.token):
        switch.fire(_FUTURE_IN_PAST)
        modality = Modality.PLANNED
    if switch.on(_HEARSAY) and (heard := hearsay_adverb(token)) is not None:
        switch.fire(_HEARSAY, heard is not modality)
        modality = heard
    return modality, attributed, reporter


def _decides(switch: RuleSwitch, rule: Callable[[Token, CameoMatch], bool], token: Token, match: CameoMatch) -> bool:
    """Whether the modality rule ``rule`` is on and holds (counted as a firing)."""
    name = rule_name(rule)
    if not switch.on(name) or not rule(token, match):
        return False
    switch.fire(name)
    return True


#: Adverbs that report a claim ("reportedly"); those that also doubt it make it alleged.
_HEARSAY_ADVERBS = frozenset({"allegedly", "reportedly", "purportedly", "supposedly"})
_DOUBTING = frozenset({"allegedly", "purportedly", "supposedly"})


def hearsay_adverb(token: Token) -> Modality | None:
    """A hearsay adverb makes the act reported or alleged: "Tarvia *reportedly* shelled Kesh", "*allegedly* bribed"."""
    words = {c.lower_ for c in token.children}
    if not words & _HEARSAY_ADVERBS:
        return None
    return Modality.ALLEGED if words & _DOUBTING else Modality.REPORTED


def _reporting_parent(token: Token, by_token: dict[int, Candidate]) -> Candidate | None:
    current = token
    for _ in range(8):
        if current.head == current:
            return None
        cand = by_token.get(current.head.i)
        if cand is not None and cand.match.reporting:
            return cand
        current = current.head
    return None


def _is_planned(token: Token) -> bool:
    for child in token.children:
        if child.dep_ in {"aux", "auxpass"} and child.lower_ in FUTURE_AUX:
            return True
        if child.dep_ == "aux" and child.lower_ == "to" and token.dep_ == "xcomp" and token.head.lemma_.lower() in _PLAN_HEADS:
            return True
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in _PLAN_HEADS:
        return True
    if token.dep_ == "xcomp" and token.head.lemma_ == "be" and any(c.lower_ in {"due", "set", "scheduled", "expected"} for c in token.head.children):
        return True
    return False


#: Nouns whose infinitive names an act aimed at, not done: "a *plan* to impeach",
#: "its *intention* to leave", "a *bid* to oust".
_AIMED_ACT_NOUNS = WordClass("aimed_act_nouns")


def intended_act_planned(token: Token, match: CameoMatch) -> bool:
    """An infinitive of purpose or intent is aimed at, not done: "are in Kesh *to meet* Varo", "his intention *to leave*".

    Also "a bid *to oust* him".
    """
    if token.dep_ == "xcomp":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _AIMED_ACT_NOUNS for c in token.head.children)
    if not to_infinitive(token):
        return False
    if token.dep_ == "advcl":
        return not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in token.children)
    return token.dep_ == "acl" and token.head.lemma_.lower() in _AIMED_ACT_NOUNS


#: "would *later* resign": narrative of what did happen afterwards.
_NARRATIVE_LATER = {"later", "eventually", "subsequently", "afterwards"}


#: Verbs whose subject is an occurrence ("the talks *took* place", "clashes *broke* out").
_OCCURRENCE_VERBS = WordClass("occurrence_verbs")


def modal_mood(token: Token) -> Modality | None:
    """A modal gives its mood: "rebels *could* attack" (hypothetical), "the fund *would* donate" (planned).

    The mood a modal auxiliary gives the act, outside any "if" clause.

    "could/might/may + verb" and "would have + participle" speculate about
    the act (hypothetical); "would + verb" puts it ahead of the narrated time
    ("the fund would also donate ...": planned), unless it tells what later
    happened ("would later resign"). A conjoined verb without its own
    auxiliary shares its head's ("would raise funds and donate ..."), an event
    noun the clause's it is the subject of.
    """
    node = token
    if token.dep_ == "conj" and not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in token.children):
        node = token.head
    consequence = False
    if token.pos_ == "NOUN" and token.dep_ in {"nsubj", "nsubjpass"}:
        # An event noun takes the mood of the clause it is the subject of: "the visit *would* take
        # place in May" (planned); an act supposed to have consequences is only supposed:
        # "an attack on X *would* invoke the treaty" (hypothetical).
        node = token.head
        consequence = node.lemma_.lower() not in _OCCURRENCE_VERBS
    modals = [c.lower_ for c in node.children if c.dep_ == "aux" and c.tag_ == "MD"]
    if consequence and any(m in POSSIBILITY_MODALS or m in {"would", "'d"} for m in modals):
        return Modality.HYPOTHETICAL
    if any(m in POSSIBILITY_MODALS for m in modals):
        return Modality.HYPOTHETICAL
    if "would" not in modals and "'d" not in modals:
        return None
    if any(c.dep_ == "aux" and c.lower_ == "have" for c in node.children):
        return Modality.HYPOTHETICAL
    if any(c.dep_ == "advmod" and c.lower_ in _NARRATIVE_LATER for c in node.children):
        return None
    return Modality.PLANNED


def future_in_past_planned(token: Token, reporter: Token) -> bool:
    """A "would" in the content of a past speech act is planned: "Orvan said it *would* allow imports"."""
    if reporter.tag_ != "VBD" or token.dep_ not in {"ccomp", "conj"}:
        return False
    return any(c.dep_ == "aux" and c.lower_ == "would" for c in token.children)


def called_off_negated(token: Token, match: CameoMatch) -> bool:
    """An act called off or failed did not take place: "the talks were *postponed*", "*no* arrests were made".

    Also "*failed to* ratify", "a plan to impeach ... has *failed*", "*no* plans to invade".
    """
    doc = token.doc
    # "no" on the event noun itself (light verbs: "no arrests had been made").
    if any(c.dep_ == "det" and c.lower_ == "no" for i in match.trigger_tokens for c in doc[i].children):
        return True
    if token.dep_ == "xcomp" and token.head.lemma_.lower() == "fail":
        return True
    # "no" on the plan the act would carry out: "has *no* plans to invade", "*no* intention of attacking".
    aim = token.head if token.dep_ == "acl" else token.head.head if token.dep_ == "pcomp" and token.head.dep_ == "prep" else None
    if aim is not None and aim.lemma_.lower() in _AIMED_ACT_NOUNS and any(c.dep_ == "det" and c.lower_ == "no" for c in aim.children):
        return True
    # The event noun, or the plan or bid it completes, is what failed or was put off.
    node = token
    for _ in range(3):
        if node.dep_ in {"nsubj", "nsubjpass", "dobj"} and node.head.lemma_.lower() in _CALLED_OFF:
            return node.dep_ != "dobj" or node.head.lemma_.lower() != "fail"
        if node.dep_ in {"acl", "relcl"} and node.head.lemma_.lower() in _AIMED_ACT_NOUNS:
            node = node.head
            continue
        break
    return False


def ordered_act_planned(token: Token, match: CameoMatch) -> bool:
    """An ordered act is commanded, not yet carried out: "Varo *ordered* the arrest of the editor"."""
    if token.lemma_.lower() != "order" or match.base_code is not None:
        return False
    doc = token.doc
    return any(doc[i].lemma_.lower() in _ORDERED_ACTS for i in match.trigger_tokens if i != token.i)


def _is_conditional(token: Token) -> bool:
    if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in token.children):
        return True
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)
        for c in token.children
    )


def _according_to(token: Token, p_index: int, actors: ActorFindings) -> tuple[str | None] | None:
    """"According to X" on the predicate (or its clause head): the source it cites."""
    for node in (token, token.head):
        for child in node.children:
            if child.lower_ == "according" or (child.dep_ == "prep" and child.lower_ == "per"):
                for sub in child.subtree:
                    found = actors.actor_at(p_index, sub.i)
                    if found:
                        return (found,)
                return (None,)
    return None


def denied_claim(token: Token, earlier: Sequence[Event], same_sentence: Sequence[Event], source: str | None) -> str | None:
    """The claim a denial rejects: the latest earlier claim by someone else.

    A claim is an event the text presents as reported or alleged, or a report
    whose content was not coded as an event of its own.
    """
    if any(c.dep_ == "ccomp" for c in token.children):
        return None  # the content is in this sentence; marked denied afterwards
    reported_ids = {e.reported_by for e in earlier if e.reported_by}
    for event in reversed([*earlier, *same_sentence]):
        if event.source == source and source is not None:
            continue
        if event.modality in {Modality.REPORTED, Modality.ALLEGED} and event.attributed_to != source:
            return event.id
        if event.cameo.startswith("01") and event.id not in reported_ids and event.type in {"STATEMENT", "REPORT"}:
            return event.id
    return None



def mark_denied_content(events: list[Event]) -> list[Event]:
    out = []
    deny_ids = {e.id for e in events if e.denies is not None or e.type == "DENY"}
    for e in events:
        if e.reported_by in deny_ids:
            e = replace(e, modality=Modality.DENIED)
        out.append(e)
    return out


#: Exceptions of the modality reading, in the order :func:`modality_of` meets them.
MODALITY_RULES: tuple[Rule, ...] = (
    called_off_negated,
    intended_act_planned,
    ordered_act_planned,
    modal_mood,
    future_in_past_planned,
    hearsay_adverb,
)

_MOOD = rule_name(modal_mood)
_FUTURE_IN_PAST = rule_name(future_in_past_planned)
_HEARSAY = rule_name(hearsay_adverb)
