"""Event filters: named reasons why a coded predicate of a sentence is no event of its own.

Each filter takes the sentence's drafts (after the repairs) and returns those
it keeps; the events stage runs them in table order and counts what each one
dropped. Most drop a predicate that only frames, repeats or names the content
of another: a bare attribution, a verb inside a quote, a wish or a charge, an
act the story already reported.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.events.content import (
    is_charged_act,
    is_content_only,
    is_infinitival_relative,
    is_subjunctive,
    is_unannounced_act,
    is_weighed_option,
    keeps_an_object,
)
from kg.extract.events.agency import is_unnamed_agent
from kg.extract.events.draft import Draft, SentenceContext
from kg.extract.events.dyads import speaks_for
from kg.extract.events.repeats import is_means_of_earlier_act, names_earlier_event, repeats_earlier_wording, restates_earlier_measure
from kg.extract.syntax import QUOTE_MARKS, first_person_subject, has_quote_before, in_quote, sentence_bounds, sentence_has_quote
from kg.extract.words import WordClass
from kg.model import ActorKind, Modality

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["FILTERS", "Filter"]

#: A filter: the sentence's drafts -> the drafts it keeps.
Filter = Callable[[list[Draft], SentenceContext], list[Draft]]

#: The neutral statement code ("said"); 011-019 say something of their own.
_PLAIN_CODE = "010"
#: Modalities of acts still to come: a planned statement is news, not a report.
_AHEAD = frozenset({Modality.PLANNED, Modality.CONDITIONAL})




def keeping_not_saying(drafts: list[Draft], sentence: SentenceContext) -> list[Draft]:
    """Drop a speech verb that keeps a noun object: "Orvan maintained high tariffs" (keeping, not saying)."""
    return [d for d in drafts if not (d.reporting and keeps_an_object(d.token))]


def speakerless_plain_statement(drafts: list[Draft], sentence: SentenceContext) -> list[Draft]:
    """Drop a plain statement with no speaker found: "officials said ..." (its content keeps the attribution)."""
    return [d for d in drafts if not (d.reporting and d.source is None and d.code == _PLAIN_CODE)]


def verb_in_quote(drafts: list[Draft], sentence: SentenceContext) -> list[Draft]:
    """Drop a quoted verb no named actor performs, or the speaker's own "we hope": "“We regret the clash,” Varo said"."""
    return [
        d for d in drafts
        if d.reporting or not in_quote(d.token) or not (d.source is None or (d.reported_by and first_person_subject(d.token)))
    ]


def narrated_act_in_quote(drafts: list[Draft], sentence: SentenceContext) -> list[Draft]:
    """Drop an act of others that a direct quote narrates: "“The Americans wanted to raid a base, but their helicopter was shot down,” the spokesman said".

    A direct quote is the speaker's words, coded as the speaker's
    statement; the acts of others it tells are the speaker's account, in
    the speaker's deixis ("their", "the Americans"), not events the report
    states. The acts of the speaker's own side stay ("“We call on both
    sides to talk,” X said", "“The Chinese side protests,” China's
    spokesman said"), as do speech acts.
    """
    return [d for d in drafts if d.reporting or d.code.startswith("01") or not in_quote(d.token) or first_person_subject(d.token) or _speakers_side(d, sentence)]


def _speakers_side(draft: Draft, sentence: SentenceContext) -> bool:
    """Whether the quoted act is done by its speaker, or by the country or body the speaker speaks for."""
    reporter = sentence.reporter_draft(draft)
    speaker = reporter.source if reporter is not None else sentence.quote_speaker
    return speaker is not None and draft.source is not None and (draft.source == speaker or speaks_for(speaker, draft.source, sentence.actors))


def trailing_attribution(drafts: list[Draft], sentence: SentenceContext) -> list[Draft]:
    """Drop a speech verb after the coded event it reports: "Tarvian troops shelled Kesh, officials said"."""
    return [d for d in drafts if not (d.reporting and _is_trailing_attribution(d, sentence))]


def subjunctive_content(drafts: list[Draft], sentence: SentenceContext) -> list[Draft]:
    """Drop a mandative subjunctive: "insisted that the envoy *leave*" (the demand is the event)."""
    return [d for d in drafts if d.reporting or not is_subjunctive(d.token)]


def weighed_option(drafts: list[Draft], sentence: SentenceContext) -> list[Draft]:
    """Drop a gerund weighed as an option: "*lifting* the sanctions is out of the question"."""
    return [d for d in drafts if d.reporting or not is_weighed_option(d.token)]


def infinitival_relative(drafts: list[Draft], sentence: SentenceContext) -> list[Draft]:
    """Drop an infinitive describing a noun: "the two sides have little *to agree on*"."""
    return [d for d in drafts if d.reporting or not is_infinitival_relative(d.token)]


def charged_act(drafts: list[Draft], sentence: SentenceContext) -> list[Draft]:
    """Drop the act an accusation charges: "accused Tarvia *of arming* the rebels" (the accusation is the event)."""
    return [d for d in drafts if d.reporting or not is_charged_act(d.token)]


def unannounced_act(drafts: list[Draft], sentence: SentenceContext) -> list[Draft]:
    """Drop a "would" act one was not told of: "were not told that Orvan *would close* the border"."""
    return [d for d in drafts if d.reporting or not is_unannounced_act(d.token)]


def repeated_wording(drafts: list[Draft], sentence: SentenceContext) -> list[Draft]:
    """Drop an undated act its actor was reported doing before in the same words: "proposed lifting the fishing quota" again."""
    text = sentence.article.text
    return [d for d in drafts if d.reporting or not repeats_earlier_wording(d.to_event(), sentence.earlier, text)]


def means_of_earlier_act(drafts: list[Draft], sentence: SentenceContext) -> list[Draft]:
    """Drop a "by V-ing" means clause naming an act its actor was reported doing: "by softening its stance"."""
    return [d for d in drafts if not is_means_of_earlier_act(d.token, d.to_event(), sentence.earlier)]


def restated_penalty(drafts: list[Draft], sentence: SentenceContext) -> list[Draft]:
    """Drop an agentless passive on a definite noun restating an earlier penalty: "the penalties were imposed on Tarvia"."""
    return [d for d in drafts if not restates_earlier_measure(d.token, d.to_event(), sentence.earlier)]


def event_noun_repeats_earlier(drafts: list[Draft], sentence: SentenceContext) -> list[Draft]:
    """Drop an undated event noun naming an act already reported: "the detention by police" after "police arrested"."""
    return [d for d in drafts if d.token.pos_ != "NOUN" or not names_earlier_event(d.to_event(), sentence.earlier)]


def question_asserts_nothing(drafts: list[Draft], sentence: SentenceContext) -> list[Draft]:
    """Drop the acts of a question the text asks: "What did the prosecutors *say*?", "Will Tarvia *attack*?".

    A question reports no act; inside a quote the speech act around it stays.
    """
    return [d for d in drafts if in_quote(d.token) or not _is_question(d.token)]


def _is_question(token: Token) -> bool:
    start, end = sentence_bounds(token)
    doc = token.doc
    last = next((doc[i] for i in range(end - 1, start - 1, -1) if not doc[i].is_space and doc[i].text not in QUOTE_MARKS), None)
    return last is not None and last.text == "?"


def participantless_event(drafts: list[Draft], sentence: SentenceContext) -> list[Draft]:
    """Drop an event no actor takes part in: "the situation *requires* cooperation", "it was not possible to *verify*".

    An event is who did what to whom: with neither a source nor a target it
    says nothing a timeline can hold (the general form of the old
    report-and-modifier and beside-participants filters).
    """
    return [d for d in drafts if d.source or d.target]


def doerless_active_clause(drafts: list[Draft], sentence: SentenceContext) -> list[Draft]:
    """Drop an act of a finite active clause whose doer names no actor: "*It* also ordered doctors back to work", "*He* hoped for talks" (no one named before).

    A finite active clause states its doer; when its subject (a pronoun, a
    name) resolves to no actor the reading failed, and the act is no event
    (an event coder codes no event without a source). What leaves its doer
    silent stays: a passive ("two soldiers were killed" is an event done to
    the soldiers), an infinitive or gerund ("a plan *to impeach* X",
    "*signing* the accord was a turning point"), an event noun ("the
    invasion of Ukraine"), and a thing as the subject ("a car bomb killed
    12 people"). Measured: dropping subjectless infinitives and gerunds too
    left three fewer wrong events on check but lost true ones on dev.
    """
    return [d for d in drafts if d.source is not None or not _active_verb(d.token) or _thing_as_subject(d.token)]


def _thing_as_subject(verb: Token) -> bool:
    """The clause's subject is a common noun no actor reading took: a thing or event acts ("a car bomb killed ..."), or a group the lexicons lack."""
    clause = _subject_clause(verb)
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ == "NOUN"


def _subject_clause(verb: Token) -> Token:
    """The verb whose subject ``verb`` shares: itself, or the first of a coordination ("a bomb exploded and killed ...")."""
    clause = verb
    while clause.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
        clause = clause.head
    return clause


def _active_verb(token: Token) -> bool:
    """A verb of a finite active clause, or one with a subject of its own."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    finite = token.tag_ in {"VBD", "VBZ", "VBP"} or any(c.dep_ == "aux" and c.tag_ in {"VBD", "VBZ", "VBP", "MD"} for c in token.children)
    if not finite and not any(c.dep_ in {"nsubj", "csubj", "expl"} for c in token.children):
        return False
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children):
        return False
    # A reduced relative or absolute participle is passive: "the boats *captured* by Iran".
    return not (token.tag_ == "VBN" and token.dep_ in _PARTICIPLE_CLAUSE_DEPS)


#: Dependencies of a past participle that heads a passive clause of its own.
_PARTICIPLE_CLAUSE_DEPS = WordClass("participle_clause_deps")


def natural_hazard_is_no_doer(drafts: list[Draft], sentence: SentenceContext) -> list[Draft]:
    """Drop an act whose doer is a force of nature: "a storm *hit* the coast", "the town was struck by an earthquake", "floods killed 40".

    A hazard acts without intent and belongs to no one; an event coder
    codes no event for it, and no unidentified attackers stand behind it.
    """
    return [d for d in drafts if (d.source is not None and not is_unnamed_agent(d.source)) or not _hazard_does_it(d.token)]


def _hazard_does_it(verb: Token) -> bool:
    """The clause's subject, or its passive agent, is a natural hazard."""
    clause = _subject_clause(verb)
    doers = [c for c in clause.children if c.dep_ == "nsubj"]
    doers += [g for c in clause.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(d.lemma_.lower() in _NATURAL_HAZARDS for d in doers)


#: Forces of nature and disease.
_NATURAL_HAZARDS = WordClass("natural_hazards")


def measure_is_no_force(drafts: list[Draft], sentence: SentenceContext) -> list[Draft]:
    """Drop an act of force whose doer is a measure: "the measures *target* potash exports", "the tariffs *hit* steel makers".

    A verb of force with a sanction, law or tariff as its subject is figurative;
    whoever imposed the measure is coded where the text says so.
    """
    return [d for d in drafts if d.code[:2] not in _FORCE_ROOTS or not _measure_does_it(d.token)]


def _measure_does_it(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _MEASURE_NOUNS for c in _subject_clause(verb).children)


#: Roots of force: assault, fight, mass violence.
_FORCE_ROOTS = frozenset({"18", "19", "20"})
#: Measures and instruments of policy.
_MEASURE_NOUNS = WordClass("measure_nouns")


def talking_to_the_press(drafts: list[Draft], sentence: SentenceContext) -> list[Draft]:
    """Drop a consultation whose partner is the press: "*Speaking to reporters*, the minister accused Chile" (a statement's occasion, not a meeting)."""
    media = {a.id for a in sentence.actors.actors if a.kind is ActorKind.MEDIA}
    return [d for d in drafts if not (d.code[:2] == "04" and d.target in media and d.code[:3] not in {"042", "043"})]


def toll_of_the_attack(drafts: list[Draft], sentence: SentenceContext) -> list[Draft]:
    """Fold a participle of violence that tells an attack's toll into the attack: "gunmen stormed the hotel, *killing* 12".

    A present participle adjunct of an act of force by the same doer is that
    act's result, not a second act (event coders code the clause's main verb);
    the attack takes the participle's victims when it names none of its own.
    """
    by_token = {d.token.i: d for d in drafts}
    folded: dict[int, Draft] = {}
    for draft in drafts:
        token = draft.token
        attack = by_token.get(token.head.i) if token.dep_ == "advcl" and token.tag_ == "VBG" else None
        if attack is None or attack is draft or draft.code[:2] not in _FORCE_ROOTS or attack.code[:2] not in _FORCE_ROOTS:
            continue
        if draft.source not in {None, attack.source} or draft.modality != attack.modality:
            continue
        folded[token.i] = attack
    if not folded:
        return drafts
    gains = {folded[i].token.i: by_token[i].target for i in folded if folded[i].target is None and by_token[i].target is not None}
    return [replace(d, target=gains[d.token.i]) if d.token.i in gains else d for d in drafts if d.token.i not in folded]


#: Event filters, in the order they run on a sentence's drafts.
FILTERS: tuple[Filter, ...] = (
    keeping_not_saying,
    speakerless_plain_statement,
    verb_in_quote,
    narrated_act_in_quote,
    trailing_attribution,
    subjunctive_content,
    weighed_option,
    infinitival_relative,
    charged_act,
    unannounced_act,
    repeated_wording,
    means_of_earlier_act,
    restated_penalty,
    event_noun_repeats_earlier,
    question_asserts_nothing,
    participantless_event,
    doerless_active_clause,
    natural_hazard_is_no_doer,
    measure_is_no_force,
    talking_to_the_press,
    toll_of_the_attack,
)


def _is_trailing_attribution(draft: Draft, sentence: SentenceContext) -> bool:
    """A speech verb after the coded event it reports ("..., officials said").

    Newswire ends a sentence with its source; the event is the content, and
    the attribution is kept on it (``attributed_to``, ``reported_by``), not
    as an event of its own. A speech act that leads its sentence ("Orvan said
    its forces had crushed ...") or whose content is itself only a statement
    that was made is news in its own right and stays; a statement still to
    come ("X is expected to assure Y ..., diplomats said") is the news, and
    the speech verb its attribution. A direct quote is a statement of its
    own ("“We protest ...”, Varo said").
    """
    if has_quote_before(draft.token):
        return False
    at = draft.token.i
    return any(
        d.reported_by == draft.id and i < at and (not d.code.startswith("01") or d.modality in _AHEAD) and d.source is not None and not is_unnamed_agent(d.source)
        for i, d in sentence.built.items()
    )
