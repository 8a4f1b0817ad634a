"""Argument repairs: named exceptions to the general reading of an event's participants and time.

Each repair takes the draft of one event and its sentence and returns the
draft, changed or not (:class:`~kg.extract.events.draft.Draft`). The events
stage runs them in table order on each draft as it is built, reporting verbs
first, so a repair can read the finished draft of the speech act that
reports its event. ``REPAIRS`` fix source and target; ``DATING_RULES`` what
the report of an event says about its time and mood; ``CONTENT_REPAIRS``
run once every draft of the sentence is built.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.actors.dateline import dateline_destination
from kg.extract.actors.findings import ActorFindings, actor_key_of_country
from kg.extract.events.agency import captor_of_released, place_of_unnamed_agent, unnamed_agent
from kg.extract.events.sources import source_of
from kg.extract.events.cameo import CameoLexicon, CameoMatch, code_predicate
from kg.extract.events.draft import Draft, SentenceContext
from kg.extract.events.dyads import is_future_threat, pair_subject, speaks_for
from kg.extract.events.modality import DENY_LEMMAS, denied_claim
from kg.extract.events.predicates import Candidate
from kg.extract.events.pronoun_objects import thing_pronoun_target as thing_pronoun_target_of
from kg.extract.events.withdrawal import withdrawn_forces
from kg.extract.rules import RuleSwitch
from kg.extract.syntax import FIRST_PERSON, first_person_subject, quote_marks_between
from kg.extract.words import WordClass
from kg.model import ActorKind, Article, DatePrecision, Event, EventTime, Modality, TimeAnchor
from kg.nlp import ParsedParagraph

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["CONTENT_REPAIRS", "DATING_RULES", "REPAIRS", "Repair", "quote_speakers"]

#: A repair: the draft of one event and its sentence -> the draft to keep.
Repair = Callable[[Draft, SentenceContext], Draft]


def visit_to_dateline_country(draft: Draft, sentence: SentenceContext) -> Draft:
    """A visit with no destination goes to the dateline's country: "the minister's visit", filed from Quito."""
    if draft.target is not None:
        return draft
    target = dateline_destination(draft.token, draft.code, draft.source, sentence.home, sentence.actors.actors)
    return replace(draft, target=target) if target is not None else draft


def thing_pronoun_target(draft: Draft, sentence: SentenceContext) -> Draft:
    """A non-physical act on "it" targets the author of the act it takes up: "since Varo's order, MPs voted to reject *it*".

    Not a building named before: "MPs entered the Varn Assembly building and voted to reject *it*" rejects the order.
    """
    target = thing_pronoun_target_of(
        draft.token, draft.code, draft.target, draft.source, sentence.p_index, sentence.paragraph.offset,
        sentence.actors, sentence.built_events.values(),
    )
    return replace(draft, target=target) if target != draft.target else draft


def withdrawn_forces_leave(draft: Draft, sentence: SentenceContext) -> Draft:
    """Agentless withdrawn forces are the doers, the place they leave the target: "peacekeepers were pulled out of Tarvia"."""
    if draft.source is not None:
        return draft
    withdrawn = withdrawn_forces(draft.token, draft.match, sentence.p_index, sentence.actors, draft.target)
    if withdrawn is None:
        return draft
    return replace(draft, source=withdrawn[0], target=withdrawn[1])


#: Prepositions of where forces are sent or posted ("sent troops *to* the border", "deployed troops *near* it").
_DESTINATION_PREPS = WordClass("destination_preps")
_SENDING_VERBS = WordClass("sending_verbs")


def sent_forces_go_to_the_target(draft: Draft, sentence: SentenceContext) -> Draft:
    """Forces a country sends are its means, the place they go the target: "Iraq sent troops *to the Syrian border*" targets Syria.

    Only a force with no country of its own or the sender's ("troops", "its
    warships"); "sent a message to X" has no force as its object. With no
    destination an actor, the act has no target: the sender's own forces are none.
    """
    token, actors, para = draft.token, sentence.actors, sentence.p_index
    if token.lemma_.lower() not in _SENDING_VERBS:
        return draft  # "Gunmen killed five soldiers": the soldiers are the target
    objects = [c for c in token.children if c.dep_ == "dobj"]
    objects += [c for o in objects for c in o.children if c.dep_ == "conj"]  # "tanks and troops"
    forces = {a.id: a for a in actors.actors if a.kind in {ActorKind.MILITARY, ActorKind.GOVERNMENT} and (a.code or "").endswith(("MIL", "COP"))}
    sent = next((actors.actor_at(para, o.i) for o in objects if actors.actor_at(para, o.i) in forces), None)
    if sent is None or draft.target != sent or draft.source is None:
        return draft
    own = forces[sent].country
    source_country = next((a.country for a in actors.actors if a.id == draft.source), None)
    if own is not None and own != source_country:
        return draft
    # The place may hang on the verb or on the forces ("troops near the border").
    for prep in (c for h in (token, *objects) for c in h.children if c.dep_ == "prep" and c.lower_ in _DESTINATION_PREPS):
        for place in (o for o in prep.children if o.dep_ == "pobj"):
            found = actors.actor_at(para, place.i) or next((actors.actor_at(para, m.i) for m in place.lefts if actors.actor_at(para, m.i)), None)
            if found is not None and found not in {draft.source, sent}:
                return replace(draft, target=found)
    return replace(draft, target=None)


def captor_releases(draft: Draft, sentence: SentenceContext) -> Draft:
    """An agentless release is the captor's: "sailors held by the Orvan navy were freed"."""
    if draft.source is not None:
        return draft
    captor = captor_of_released(draft.token, draft.match, sentence.p_index, sentence.actors)
    if captor is None:
        return draft
    return replace(draft, source=captor, target=draft.target if draft.target != captor else None)


def unnamed_agent_of_place(draft: Draft, sentence: SentenceContext) -> Draft:
    """An act nobody is named doing has an unnamed agent of its place: "a roadside bomb near Kesh killed two"."""
    if draft.source is not None or draft.reporting:
        return draft
    place = place_of_unnamed_agent(draft.token, draft.match, sentence.p_index, sentence.actors, draft.target)
    return replace(draft, source=unnamed_agent(place, draft.code)) if place is not None else draft




def speaker_after_quote(draft: Draft, sentence: SentenceContext) -> Draft:
    """A first-person act in a quote takes the speaker named where it closes: "“We call on both sides ... . It must end,” the envoy said".

    The quote runs over several sentences; "call on" is the envoy's.
    """
    speaker = sentence.quote_speaker
    if draft.source is not None or speaker is None or not first_person_subject(draft.token):
        return draft
    return replace(draft, source=speaker, target=draft.target if draft.target != speaker else None)


def obligation_speaker(draft: Draft, sentence: SentenceContext) -> Draft:
    """A reported "must"/"should" is the speaker's demand made to the subject: "Orvan said Tarvia must withdraw"."""
    reporter = sentence.reporter_draft(draft)
    if reporter is None or not is_obligation(draft.match):
        return draft
    speaker = reporter.source
    if speaker is None or speaker == draft.source:
        return draft
    return replace(draft, source=speaker, target=draft.source or draft.target)


def future_threat_speaker(draft: Draft, sentence: SentenceContext) -> Draft:
    """A reported future conflictual act of the speaker's side is the speaker's threat: "Orvan's envoy said Orvan will resume tests"."""
    reporter = sentence.reporter_draft(draft)
    if reporter is None or not is_future_threat(draft.match):
        return draft
    speaker = reporter.source
    if speaker is None or speaker == draft.source or not speaks_for(speaker, draft.source, sentence.actors):
        return draft
    return replace(draft, source=speaker, target=draft.target if draft.target != speaker else None)


def issuer_of_content(draft: Draft, sentence: SentenceContext) -> Draft:
    """A demand in a "that" clause of a noun is the noun's issuer's: "Orvan issued a warning that Tarvia must leave"."""
    if draft.reporter is not None or not is_obligation(draft.match):
        return draft
    speaker = _issuer_of(draft.token, sentence.p_index, sentence.actors, sentence.by_token)
    if speaker is None or speaker == draft.source:
        return draft
    return replace(draft, source=speaker, target=draft.source or draft.target)


def earlier_talks_partner(draft: Draft, sentence: SentenceContext) -> Draft:
    """Acting on "the talks" acts on the partner of the talks reported before: "Orvan scuttled the talks"."""
    if draft.target is not None or draft.reporting or not _refers_to_earlier_talks(draft.token):
        return draft
    target = _partner_of_earlier_talks(sentence.earlier, draft.source)
    return replace(draft, target=target) if target is not None else draft


def earlier_move_maker(draft: Draft, sentence: SentenceContext) -> Draft:
    """Acting on "the move" acts on whoever made the move reported just before: "Tarvia cut tariffs. Orvan *welcomed the move*" targets Tarvia."""
    if draft.target is not None or draft.reporting or not _refers_to_earlier_move(draft.token):
        return draft
    maker = next((e.source for e in reversed(sentence.earlier[-_MOVE_LOOKBACK:]) if e.source is not None and not e.cameo.startswith("01")), None)
    return replace(draft, target=maker) if maker is not None and maker != draft.source else draft


def pair_named_before(draft: Draft, sentence: SentenceContext) -> Draft:
    """"The two sides" or "both countries" are the two parties of the latest act between two named just before: "Serbia and Kosovo agreed to talk. *The two sides* had broken off contacts" (Serbia -> Kosovo, and back)."""
    subject = pair_subject(draft.token)
    if draft.reporting or subject is None:
        return draft  # (a single description the actors stage read for "the two countries" is overridden)
    recent = [e for e in sentence.earlier[-_PAIR_LOOKBACK:] if e.source and e.target and e.source != e.target]
    nations = subject.lemma_.lower() in _NATION_NOUNS
    by_id = {a.id: a for a in sentence.actors.actors}
    pair: tuple[str, str] | None = None
    # The latest act between two parties the noun can name: "the two countries" skips an act between
    # two people whose countries the text does not name ("King X hosted Y ... the two countries").
    for latest in reversed(recent):
        parties = {latest.source, latest.target}
        # In the order the text first gave them ("Serbia and Kosovo agreed": Serbia first).
        first_act = next(e for e in recent if {e.source, e.target} == parties)
        found = (str(first_act.source), str(first_act.target))
        if nations and not all(getattr(by_id.get(p), "kind", None) in {ActorKind.COUNTRY, ActorKind.GOVERNMENT} for p in found):
            # "the two countries" after their leaders met: the leaders' countries.
            countries = tuple(actor_key_of_country(c) for c in (getattr(by_id.get(p), "country", None) for p in found) if c)
            if not (len(countries) == 2 and countries[0] != countries[1] and all(c in by_id for c in countries)):
                continue
            found = (countries[0], countries[1])
        pair = found
        break
    if pair is None:
        return draft
    first, second = pair
    if draft.target == first:
        first, second = second, first
    return replace(draft, source=first, target=second)


#: Pair nouns that name countries ("the two countries"), not whoever acted for them.
_NATION_NOUNS = frozenset({"country", "nation", "state", "neighbour", "neighbor"})
#: How many earlier events the pair is looked for in.
_PAIR_LOOKBACK = 6


def earlier_accuser(draft: Draft, sentence: SentenceContext) -> Draft:
    """Answering "the accusation" answers whoever made the accusation just before: "Tarvia accused Orvan of spying. Orvan *rejected the accusation*" targets Tarvia."""
    if draft.target is not None or draft.reporting or not _refers_to_earlier_accusation(draft.token):
        return draft
    accuser = next(
        (e.source for e in reversed(sentence.earlier[-_MOVE_LOOKBACK:]) if e.source is not None and e.source != draft.source and e.cameo[:3] in _ACCUSING),
        None,
    )
    return replace(draft, target=accuser) if accuser is not None else draft


def denied_earlier_claim(draft: Draft, sentence: SentenceContext) -> Draft:
    """A denial with no content of its own rejects the latest earlier claim by someone else: "Tarvia denied it"."""
    if draft.token.lemma_.lower() not in DENY_LEMMAS:
        return draft
    denies = denied_claim(draft.token, sentence.earlier, list(sentence.built_events.values()), draft.source)
    return replace(draft, denies=denies) if denies is not None else draft


#: Argument repairs, in the order they run on each draft.
def place_stands_for_its_country(draft: Draft, sentence: SentenceContext) -> Draft:
    """A place acted on stands for its country, and a place never speaks: "Tarvia recalled its envoy from *Kesh*" targets Kesh's country.

    A city or capital the text names as a place ("signed a deal in Kesh" aside,
    which is no argument) is no actor of its own in CAMEO: an act aimed at it
    is aimed at its country; a speech act never has a place as its speaker.
    """
    places = {a.id: (a.country or "").lower() for a in sentence.actors.actors if a.kind is ActorKind.LOCATION and a.country}
    countries = sentence.actors.countries
    source, target = draft.source, draft.target
    if source is not None and source in places:
        country = countries.get(places[source])
        source = None if draft.reporting or country is None else country.id
    if target is not None and target in places:
        country = countries.get(places[target])
        target = country.id if country is not None else target
    if target == source:
        target = None
    return replace(draft, source=source, target=target) if (source, target) != (draft.source, draft.target) else draft


def press_is_no_audience_target(draft: Draft, sentence: SentenceContext) -> Draft:
    """A statement made to the press is aimed at no one: "the minister *told reporters* the talks had failed".

    Reporters, a news conference or the media are where a statement is made
    public (CAMEO 01), not a party to it; what it says carries the dyad.
    """
    if draft.target is None or draft.code[:2] != "01":
        return draft
    media = {a.id for a in sentence.actors.actors if a.kind is ActorKind.MEDIA}
    return replace(draft, target=None) if draft.target in media else draft


REPAIRS: tuple[Repair, ...] = (
    visit_to_dateline_country,
    thing_pronoun_target,
    withdrawn_forces_leave,
    sent_forces_go_to_the_target,
    captor_releases,
    unnamed_agent_of_place,
    speaker_after_quote,
    obligation_speaker,
    future_threat_speaker,
    issuer_of_content,
    earlier_talks_partner,
    earlier_move_maker,
    earlier_accuser,
    pair_named_before,
    denied_earlier_claim,
    place_stands_for_its_country,
    press_is_no_audience_target,
)

#: Modalities of acts still to come.
_AHEAD = frozenset({Modality.PLANNED, Modality.CONDITIONAL})


def content_dated_by_report(draft: Draft, sentence: SentenceContext) -> Draft:
    """Reported content happened no later than its dated report: "Orvan said on Monday Tarvia had fired"."""
    reporter = sentence.reporter_draft(draft)
    if reporter is None or draft.time.anchor is not TimeAnchor.PUBLICATION or draft.modality in _AHEAD:
        return draft
    said = reporter.time
    if said.latest is None or said.anchor is not TimeAnchor.EXPLICIT:
        return draft
    time = EventTime(None, said.latest, DatePrecision.UNKNOWN, TimeAnchor.DISCOURSE, said.text, None, "BEFORE")
    return replace(draft, time=time)


def dated_after_publication_is_planned(draft: Draft, sentence: SentenceContext) -> Draft:
    """An act the text dates wholly after publication is still to come: "the visit, expected on May 30" (published May 2)."""
    if draft.modality not in {Modality.ASSERTED, Modality.REPORTED} or not _after_publication(draft.time, sentence.article):
        return draft
    return replace(draft, modality=Modality.PLANNED)


#: Time and mood repairs, run on each draft after ``REPAIRS``.
DATING_RULES: tuple[Repair, ...] = (content_dated_by_report, dated_after_publication_is_planned)


def speech_takes_content_target(draft: Draft, sentence: SentenceContext) -> Draft:
    """A speech act with no target takes its content's: "Orvan said Tarvia's troops attacked the Kesh border post"."""
    if not draft.reporting or draft.target is not None:
        return draft
    inner = [d for d in sentence.built.values() if d.reported_by == draft.id and d.target and d.target != draft.source]
    return replace(draft, target=inner[0].target) if inner else draft


#: Repairs that need every draft of the sentence built, run before the filters.
CONTENT_REPAIRS: tuple[Repair, ...] = (speech_takes_content_target,)


# --- readers the repairs use ------------------------------------------------


def is_obligation(match: CameoMatch) -> bool:
    """A demand or appeal the coder derived from "must"/"should" on the content verb."""
    derivation = match.pattern_id.partition(">")[2]
    return derivation.startswith(("obligation", "advice")) and match.code[:2] in {"10", "02"}


def _issuer_of(token: Token, p_index: int, actors: ActorFindings, by_token: dict[int, Candidate]) -> str | None:
    """The agent of the verb whose object noun a "that" clause fills ("issued a reminder that ...")."""
    noun = token.head
    if token.dep_ not in {"acl", "ccomp"} or noun == token or noun.pos_ != "NOUN" or noun.dep_ not in {"dobj", "nsubjpass"}:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
        return None
    return source_of(noun.head, p_index, actors, by_token)


#: Nouns that name a consultation ("the talks", "the negotiations").
_TALK_NOUNS = WordClass("talk_nouns")


def _refers_to_earlier_talks(token: Token) -> bool:
    """Whether the predicate's object is a definite talks noun with no participant of its own ("scuttled the talks")."""
    for obj in (c for c in token.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() in _TALK_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children):
            return not any(c.dep_ in {"prep", "poss", "compound", "amod", "nmod"} for c in obj.children)
    return False


#: Nouns of a step someone took ("the move", "the decision").
_MOVE_NOUNS = WordClass("move_nouns")
#: How many earlier events the move's maker is looked for in: the latest act.
_MOVE_LOOKBACK = 3


def _refers_to_earlier_move(token: Token) -> bool:
    """Whether the predicate's object is "the move" (decision, step, ...) with no maker or content of its own."""
    return _refers_to_earlier(token, _MOVE_NOUNS, {"the", "this", "that"}, _MOVE_OWNER_DEPS)


def _refers_to_earlier(token: Token, nouns: Collection[str], determiners: Collection[str], owner_deps: Collection[str]) -> bool:
    """Whether the predicate's object is one of ``nouns`` the text pointed to before ("the move", "the accusation"), naming no owner or content by ``owner_deps``."""
    for obj in (c for c in token.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() in nouns and any(c.dep_ == "det" and c.lower_ in determiners for c in obj.children):
            return not any(c.dep_ in owner_deps for c in obj.children)
    return False


def _refers_to_earlier_accusation(token: Token) -> bool:
    """Whether the predicate's object is "the accusation" (allegation, charge, ...) with no maker or content of its own ("the accusation that ..." has)."""
    return _refers_to_earlier(token, _ACCUSATION_NOUNS, {"the", "this", "that", "these", "those"}, _MOVE_OWNER_DEPS | {"acl"})


#: Nouns of a charge someone made ("the accusation", "the allegations").
_ACCUSATION_NOUNS = WordClass("allegation_nouns")
#: Codes of accusing and criticising (CAMEO 111, 112).
_ACCUSING = frozenset({"111", "112"})


#: Dependencies by which the move names its own maker or content ("the move *by X*", "the decision *to* ...").
_MOVE_OWNER_DEPS = WordClass("move_owner_deps")


#: How many earlier events the talks are looked for in.
_TALKS_LOOKBACK = 12


def _partner_of_earlier_talks(earlier: Sequence[Event], source: str | None) -> str | None:
    """The partner of the latest consultation reported before: its target, unless that is the actor itself."""
    for event in reversed(earlier[-_TALKS_LOOKBACK:]):
        if event.cameo.startswith("04") and event.target is not None:
            # Mutual talks give one event per side: the one stated first.
            event = next(e for e in earlier if e.trigger == event.trigger and e.cameo == event.cameo)
            if source in {event.source, event.target}:
                return None
            return event.target
    return None


def _after_publication(time: EventTime, article: Article) -> bool:
    """Whether the text dates the event wholly after the article appeared."""
    return time.anchor is TimeAnchor.EXPLICIT and time.earliest is not None and article.published is not None and time.earliest > article.published


def quote_speakers(
    paragraph: ParsedParagraph, p_index: int, actors: ActorFindings, lexicon: CameoLexicon, switch: RuleSwitch
) -> dict[int, str]:
    """Speakers of quotes that run over several sentences, by sentence start (for :func:`speaker_after_quote`).

    A quote opened in one sentence and attributed after it closes in a later
    one ("“We call on ... . This is ...,” the spokesman said.") belongs to
    the speaker named after the closing mark. ``switch`` says which coding
    rules are on (it is not counted: the speech verb is coded again later).
    """
    found: dict[int, str] = {}
    open_starts: list[int] = []
    doc = paragraph.doc
    for sent in doc.sents:
        marks = [doc[i] for i in quote_marks_between(doc, sent.start, sent.end)]
        if open_starts or (marks and marks[0].i == sent.start and len(marks) % 2 == 1):
            open_starts.append(sent.start)
        if open_starts and len(open_starts) > 1 and len(marks) % 2 == 1:
            # The quote closes here: its speaker follows the closing mark.
            after = [t for t in sent if t.i > marks[-1].i]
            speaker = None
            for token in after:
                match = code_predicate(token, lexicon, switch) if token.pos_ == "VERB" else None
                if match is not None and match.reporting:
                    speaker = source_of(token, p_index, actors, {})
                    break
            if speaker is not None:
                found.update({start: speaker for start in open_starts[:-1]})
            open_starts = []
    return found
