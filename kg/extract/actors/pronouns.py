"""Pronouns and possessed bodies: "he", "its", "their police" resolved to an actor of the article.

The general reading: a pronoun is the nearest earlier mention of a
compatible kind (a person for "he", a country or body for "it") within a few
hundred characters, never an actor it is coordinated with ("he and Ortega"),
and, outside a quotation, never one named inside it. :data:`PRONOUN_RULES`
are the exceptions where the parse says better, tried in order before it.
"""

from __future__ import annotations

import functools

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, cast

from kg.extract.syntax import doc_text, sentence_of
from kg.extract.actors.context import ActorContext
from kg.extract.actors.coref import PRONOUNS, nearest_antecedent, referent_kinds
from kg.extract.actors.mention import ProtoMention, Via
from kg.extract.actors.names import ARMED_FORCE_WORDS, armed_forces_name, short_country, slugify, title_case
from kg.extract.actors.tokens import SUBJECT_DEPS
from kg.extract.words import WordClass
from kg.model import ActorKind
from kg.nlp import ParsedParagraph

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["PRONOUN_RULES", "it_after_a_thing_is_no_actor", "resolve_possessed", "resolve_pronouns"]

#: Token address -> the actor mention covering it.
_At = dict[tuple[int, int], ProtoMention]

_POSSESSIVES = frozenset({"his", "her", "its", "their"})
_OPENING = frozenset({"“", "‘"})
_CLOSING = frozenset({"”", "’"})
#: Every token text that opens or closes a quotation (see :func:`_quoted`).
_QUOTE_CHANGES = _OPENING | _CLOSING | {'"', "``", "''"}


# --- rules: antecedents the parse gives ------------------------------------------------


def possessive_before_the_subject(pronoun: ProtoMention, ctx: ActorContext, at: _At, kinds: frozenset[ActorKind]) -> ProtoMention | None:
    """A possessive in a fronted adverbial anticipates the sentence's subject.

    "Before his speech on Monday, Ortega met the envoys": "his" is Ortega.
    """
    if pronoun.surface.lower() not in _POSSESSIVES:
        return None
    token = ctx.parsed[pronoun.para].doc[pronoun.head]
    root = sentence_of(token).root
    subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS and c.i > token.i), None)
    if subject is None:
        return None
    # The pronoun must sit in a dependent of the root that comes before a comma and the subject.
    branch = token
    while branch.head.i != root.i and branch.head.i != branch.i:
        branch = branch.head
    if branch.head.i != root.i or branch.dep_ not in {"prep", "advcl", "npadvmod", "advmod"} or branch.i > subject.i:
        return None
    if not any(t.text == "," for t in token.doc[token.i : subject.i]):
        return None
    found = at.get((pronoun.para, subject.i))
    if found is None or found.kind not in kinds:
        return None
    return found


def possessive_of_the_clause_subject(pronoun: ProtoMention, ctx: ActorContext, at: _At, kinds: frozenset[ActorKind]) -> ProtoMention | None:
    """A possessive in an adjunct of a clause belongs to that clause's subject.

    "Ortega will meet Ruiz, Soto and Vega during his visit": "his" is Ortega, not Vega.
    """
    if pronoun.surface.lower() not in _POSSESSIVES:
        return None
    token = ctx.parsed[pronoun.para].doc[pronoun.head]
    verb = token.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    while verb.dep_ in {"xcomp", "acomp"} and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        verb = verb.head  # "He is due to meet ...": the subject of "is"
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.i > token.i or token.i in {t.i for t in subject.subtree}:
        return None
    found = at.get((pronoun.para, subject.i))
    return found if found is not None and found.kind in kinds and found.key else None


def it_continues_the_previous_subject(pronoun: ProtoMention, ctx: ActorContext, at: _At, kinds: frozenset[ActorKind]) -> ProtoMention | None:
    """A subject "It" opening its sentence continues the previous sentence's subject (a country or body).

    "Lima has not confirmed the trip. It has called a briefing": "It" is Lima
    (Peru's government), whatever was named in between.
    """
    found = _subject_before(pronoun, ctx.parsed)
    actor = at.get(found) if found is not None else None
    return actor if actor is not None and actor.kind in kinds and actor.key else None


def quote_speaker_continues_the_previous_subject(pronoun: ProtoMention, ctx: ActorContext, at: _At, kinds: frozenset[ActorKind]) -> ProtoMention | None:
    """"He" or "she" saying a quote that opens its sentence is the previous sentence's subject, not the nearest name.

    "Xi told Blinken that China respects U.S. interests. “We have made
    progress,” he said": Xi goes on speaking (the subject of a text stays
    its centre), though Blinken was named last.
    """
    if pronoun.surface.lower() not in {"he", "she"}:
        return None
    doc = ctx.parsed[pronoun.para].doc
    token = doc[pronoun.head]
    sent = sentence_of(token)
    opening = next((t for t in doc[sent.start : token.i] if not t.is_space), None)
    if token.dep_ not in SUBJECT_DEPS or opening is None or opening.text not in _OPENING_QUOTES or not _in_quote(doc, opening.i + 1):
        return None
    found = _previous_subject(pronoun.para, sent.start, ctx.parsed)
    actor = at.get(found) if found is not None else None
    return actor if actor is not None and actor.kind is ActorKind.PERSON and actor.kind in kinds and actor.key else None


#: Marks that open a quotation.
_OPENING_QUOTES = frozenset({'"', "“", "‘", "'"})


def reported_subject_is_the_speaker(pronoun: ProtoMention, ctx: ActorContext, at: _At, kinds: frozenset[ActorKind]) -> ProtoMention | None:
    """The subject pronoun of a reported clause is whoever reports it: "Kenya accused Uganda ... and said *it* would respond".

    "X said it would ...", "X warned that they would ...": the complement
    clause's subject is the governing verb's subject (shared along a
    coordination), not the nearest name, when its kind fits the pronoun.
    """
    subject = _reporting_subject(pronoun, ctx)
    found = at.get((pronoun.para, subject.i)) if subject is not None else None
    return found if found is not None and found.kind in kinds and found.key else None


def _reporting_subject(pronoun: ProtoMention, ctx: ActorContext) -> Token | None:
    """The subject of the verb whose complement clause the subject pronoun opens ("*Kenya* said it would ...")."""
    if pronoun.surface.lower() not in {"it", "they", "he", "she"}:
        return None
    token = ctx.parsed[pronoun.para].doc[pronoun.head]
    clause = token.head
    if token.dep_ not in SUBJECT_DEPS or clause.dep_ != "ccomp" or clause.head == clause:
        return None
    verb = clause.head
    while verb.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children) and verb.head != verb:
        verb = verb.head  # "accused X and said ...": the first verb's subject
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return subject if subject is not None and subject.i < token.i else None


def _speaker_named_later(pronoun: ProtoMention, ctx: ActorContext, at: _At) -> bool:
    """The reporting subject is a description no mention covers yet ("The government said it ..."): the speaker, not the nearest name."""
    subject = _reporting_subject(pronoun, ctx)
    if subject is None or subject.pos_ != "NOUN" or (pronoun.para, subject.i) in at:
        return False
    # The pronoun must agree with it: "The ministry said it", "Officials said they" (not "Officials said he").
    return (pronoun.surface.lower(), subject.tag_) in {("it", "NN"), ("they", "NNS")}


#: Antecedents the parse gives, tried in order before the nearest compatible mention.
PRONOUN_RULES = (
    possessive_before_the_subject,
    possessive_of_the_clause_subject,
    it_continues_the_previous_subject,
    quote_speaker_continues_the_previous_subject,
    reported_subject_is_the_speaker,
)


# --- passes ------------------------------------------------------------------------


def it_after_a_thing_is_no_actor(protos: list[ProtoMention], ctx: ActorContext) -> list[ProtoMention]:
    """A subject "It" opening its sentence after a sentence about a thing names no actor.

    "A decree banned the rallies. It also closed the schools": "It" is the
    decree, not the nearest actor.
    """
    at = _mentions_at(protos)
    return [p for p in protos if not (p.via == Via.PRONOUN and _continues_non_actor(p, ctx.parsed, at))]


def resolve_pronouns(protos: list[ProtoMention], ctx: ActorContext) -> list[ProtoMention]:
    """A pronoun is the actor a :data:`PRONOUN_RULES` rule gives, else the nearest earlier mention of a compatible kind.

    "Ortega arrived on Monday. He met the envoys": "He" is Ortega. A pronoun
    with no antecedent is dropped. Runs once every name (bare surnames too) is a mention.
    """
    at = _mentions_at(protos)
    out: list[ProtoMention] = []
    for proto in protos:
        if proto.via != Via.PRONOUN:
            out.append(proto)
            continue
        kinds = referent_kinds(PRONOUNS, proto.surface.lower())
        partners = _coordinated_keys(proto, ctx.parsed, at)
        antecedent = None
        for rule in PRONOUN_RULES:
            found = rule(proto, ctx, at, kinds) if ctx.on(rule) else None
            if found is not None:
                if found.key not in partners:
                    antecedent = found
                    ctx.fire(rule)
                break
        if antecedent is None and ctx.on(reported_subject_is_the_speaker) and _speaker_named_later(proto, ctx, at):
            # Left unresolved: the events stage gives a reported clause's pronoun subject the speaker.
            ctx.fire(reported_subject_is_the_speaker)
            continue
        if antecedent is None:
            quoted = _in_quote(ctx.parsed[proto.para].doc, proto.head)
            earlier = [c for c in out if c.key and c.key not in partners and (quoted or not _in_quote(ctx.parsed[c.para].doc, c.head))]
            antecedent = nearest_antecedent(earlier, kinds, proto, max_back=400)
        if antecedent is not None:
            out.append(antecedent.standing_at(proto, Via.PRONOUN))
            at.update({(proto.para, i): antecedent for i in proto.tokens})
    return out


def resolve_possessed(protos: list[ProtoMention], ctx: ActorContext) -> list[ProtoMention]:
    """A body or unnamed collective owned by "its" or "their" is that of the nearest preceding country or government.

    "Peru closed the border and its army moved in": Peru's armed forces;
    "Iraq said its warplanes struck ...": Iraq's warplanes, not the dateline's.
    """
    out: list[ProtoMention] = []
    for proto in protos:
        if proto.via in {Via.GROUP, Via.GROUP_DEFINITE} and proto.key and not proto.country and (not proto.code or proto.code.startswith("---")) and _owned(proto, ctx):
            # "Iraq said its warplanes struck ...": an unnamed collective "its" owns is its owner's, not the dateline's.
            owner = _possessor_country(proto, out)
            entry = ctx.gazetteer.country_by_iso3(owner.country) if owner is not None and owner.country else None
            if entry is not None:
                code = entry.iso3 + proto.code[3:] if proto.code else None
                proto = replace(proto, name=f"{short_country(entry)} {proto.name}", country=entry.iso3, code=code, key=f"{entry.iso3.lower()}-{proto.key}")
        if proto.via == Via.POSSESSED:
            owner = _possessor_country(proto, out)
            entry = ctx.gazetteer.country_by_iso3(owner.country) if owner is not None and owner.country else None
            body = proto.name
            if entry is None:
                proto = replace(proto, name=body, key=slugify(body), via=Via.BODY)
            elif body in ARMED_FORCE_WORDS:
                proto = replace(proto, name=armed_forces_name(entry), key=f"{entry.iso3.lower()}-armed-forces", kind=ActorKind.MILITARY, country=entry.iso3, code=entry.iso3 + "MIL", via=Via.BODY)
            else:
                sector = ctx.gazetteer.body(body)
                code = entry.iso3 + (sector.sector if sector else "GOV")
                proto = replace(proto, name=f"{short_country(entry)} {title_case(body)}", key=f"{entry.iso3.lower()}-{body}", country=entry.iso3, code=code, via=Via.BODY)
        out.append(proto)
    return out


def _possessor_country(proto: ProtoMention, earlier: Sequence[ProtoMention]) -> ProtoMention | None:
    """The nearest country or government before a possessed mention (within 400 characters)."""
    return next((c for c in reversed(earlier) if c.country and c.kind in {ActorKind.COUNTRY, ActorKind.GOVERNMENT} and proto.span.start - c.span.end < 400), None)


def _owned(proto: ProtoMention, ctx: ActorContext) -> bool:
    """Whether the mention is a subject with "its" or "their" before it ("its warplanes struck ...").

    An owned object stays the subject's own, no party acted upon ("Chile recalled *its ambassador*").
    """
    head = ctx.parsed[proto.para].doc[proto.head]
    return head.dep_ in {"nsubj", "nsubjpass"} and any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in head.children)


# --- reading the parse ---------------------------------------------------------------


def _mentions_at(protos: Sequence[ProtoMention]) -> _At:
    """Token address -> the resolved mention (not a pronoun) covering it."""
    return {(p.para, i): p for p in protos if p.key and p.via != Via.PRONOUN for i in p.tokens}


def _coordinated_keys(proto: ProtoMention, parsed: Sequence[ParsedParagraph], at: _At) -> set[str]:
    """The actors a pronoun is coordinated with ("between him and Xi", "he and Xi"): never its antecedent."""
    token = parsed[proto.para].doc[proto.head]
    partners = [c for c in token.children if c.dep_ == "conj"] + ([token.head] if token.dep_ == "conj" else [])
    partners += [c for p in list(partners) for c in p.children if c.dep_ == "conj" and c.i != token.i]
    return {found.key for t in partners if (found := at.get((proto.para, t.i))) is not None and found.key}


def _continues_non_actor(proto: ProtoMention, parsed: Sequence[ParsedParagraph], at: _At) -> bool:
    """Whether a sentence-opening "It" continues a previous subject that is a thing (a common noun), not an actor."""
    found = _subject_before(proto, parsed)
    if found is None or found in at:
        return False
    subject = parsed[found[0]].doc[found[1]]
    return subject.pos_ == "NOUN" and subject.tag_ == "NN"


def _subject_before(proto: ProtoMention, parsed: Sequence[ParsedParagraph]) -> tuple[int, int] | None:
    """(paragraph, token) of the previous sentence's subject, for an "It" that opens its sentence as its subject."""
    if proto.surface.lower() != "it":
        return None
    doc = parsed[proto.para].doc
    token = doc[proto.head]
    sent = sentence_of(token)
    if token.dep_ not in SUBJECT_DEPS or token.head.i != sent.root.i or any(t.is_alpha for t in doc[sent.start : token.i]):
        return None
    return _previous_subject(proto.para, sent.start, parsed)


def _previous_subject(para: int, start: int, parsed: Sequence[ParsedParagraph]) -> tuple[int, int] | None:
    """(paragraph, token) of the subject of the sentence before the one starting at ``start``."""
    doc = parsed[para].doc
    if start > 0:
        previous = sentence_of(doc[start - 1])
    elif para > 0 and len(parsed[para - 1].doc):
        para, previous = para - 1, sentence_of(parsed[para - 1].doc[-1])
    else:
        return None
    subject = next((c for c in previous.root.children if c.dep_ in SUBJECT_DEPS), None)
    return (para, subject.i) if subject is not None else None


def _in_quote(doc: object, index: int) -> bool:
    """Whether token ``index`` stands inside a quotation of its paragraph."""
    return _quoted(doc)[index]


@functools.lru_cache(maxsize=256)
def _quoted(doc: object) -> tuple[bool, ...]:
    """For each token of a paragraph, whether a quotation is open before it (one pass per paragraph)."""
    paragraph = cast("Doc", doc)
    if not any(mark in doc_text(paragraph) for mark in _QUOTE_CHANGES):
        return (False,) * (len(paragraph) + 1)  # no mark, no quotation: the tokens need not be read
    depth = 0
    found: list[bool] = []
    for token in doc:  # type: ignore[attr-defined]
        found.append(depth > 0)
        text = token.text
        if text in _OPENING:
            depth += 1
        elif text in _CLOSING and depth:
            depth -= 1
        elif text in {'"', "``", "''"}:
            depth = 0 if depth else 1
    found.append(depth > 0)
    return tuple(found)


#: Nouns of one who speaks for a body ("a spokesman said").
_SPOKESPERSONS = WordClass("spokesperson_nouns")
#: Verbs of saying whose subject reports the words of its clause.
_SAYING = WordClass("speech_lemmas")
#: Kinds of actor a spokesperson speaks for.
_PRINCIPALS = frozenset({ActorKind.GOVERNMENT, ActorKind.COUNTRY, ActorKind.ORGANIZATION, ActorKind.MILITARY, ActorKind.IGO, ActorKind.NGO, ActorKind.REBEL, ActorKind.MEDIA})


def unnamed_spokesperson_speaks_for_the_subject(protos: list[ProtoMention], ctx: ActorContext) -> list[ProtoMention]:
    """A spokesman the text ties to no body speaks for the body named after him, else for the subject of the words he reports.

    "a spokesman for the Foreign Ministry said": the ministry said it. "The
    Bundesbank left rates unchanged, a spokesman said": the Bundesbank did.
    Not when he has a body or country of his own ("a Foreign Ministry
    spokesman"), nor for a person or a place.
    """
    at = {(p.para, i): p for p in protos for i in p.tokens}
    out: list[ProtoMention] = []
    for proto in protos:
        out.append(_principal(proto, at, ctx) or proto)
    return out


def _principal(proto: ProtoMention, at: dict[tuple[int, int], ProtoMention], ctx: ActorContext) -> ProtoMention | None:
    doc = ctx.parsed[proto.para].doc
    token = doc[proto.head]
    if token.lemma_.lower() not in _SPOKESPERSONS and token.lower_ not in _SPOKESPERSONS:
        return None
    if proto.country or (proto.code and not proto.code.startswith("---")) or len(proto.tokens) > 3:
        return None
    # "a spokesman for the Foreign Ministry": the body named.
    named = [at.get((proto.para, o.i)) for c in token.children if c.dep_ == "prep" and c.lower_ in {"for", "of"} for o in c.children if o.dep_ == "pobj"]
    if named:
        found = named[0]
        return found.standing_at(proto, Via.AGENT) if found is not None and found.kind in _PRINCIPALS and found.key else None
    if any(c.dep_ in {"poss", "appos"} for c in token.children):
        return None
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_.lower() not in _SAYING:
        return None
    # The words reported: the verb's clause ("said [the X would ...]"), or the clause it is set in ("X, a spokesman said, will ...").
    content = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if content is None and verb.dep_ in {"parataxis", "ccomp"}:
        content = verb.head
    subject = next((c for c in content.children if c.dep_ == "nsubj"), None) if content is not None else None
    principal = at.get((proto.para, subject.i)) if subject is not None else None
    if principal is None or principal is proto or principal.kind not in _PRINCIPALS or not principal.key:
        return None
    return principal.standing_at(proto, Via.AGENT)

