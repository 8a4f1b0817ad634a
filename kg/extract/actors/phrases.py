"""Actor phrases: the noun phrases of a parsed paragraph that denote actors.

Named entities are read at their full extent first, then phrase heads
(bodies, governments, groups, descriptions, pronouns), then modifiers that
are actors of their own ("the US move"); what each phrase denotes is read in
:mod:`kg.extract.actors.denotation`. Each found phrase becomes a
:class:`~kg.extract.actors.mention.ProtoMention`; the article passes of
:mod:`kg.extract.actors.findings` resolve them across the article.

:data:`PHRASE_RULES` are the exceptions to the general reading, each
consulted where it applies and switchable by name; :data:`ENTITY_RULES`
(:mod:`kg.extract.actors.spans`) correct the tagger's entities first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.actors.agents import AGENT_RULES, LEADER_BODIES
from kg.extract.actors.collectives import (
    ethnic_group_where_it_lives,
    group_holding_the_place_it_modifies,
    nationality_noun_is_one_civilian,
    people_modifier,
    qualifies_group,
)
from kg.extract.actors.context import ActorContext, mentions_changed
from kg.extract.actors.coref import PRONOUNS
from kg.extract.actors.denotation import (
    LANDMARK_NOUNS,
    city_before_a_landmark_is_a_place,
    crowd_count_is_people,
    classify_phrase,
    descriptor_names_an_organisation,
    members_named_instead,
    untagged_name_as_subject,
    untagged_name_in_apposition_to_a_role,
    untagged_office_holder_name,
    untagged_plural_people,
)
from kg.extract.actors.gazetteer import Gazetteer
from kg.extract.actors.generic import generic_agent_is_an_actor, state_agent_noun_names_people
from kg.extract.actors.mention import ProtoMention as _Proto
from kg.extract.actors.mention import Via
from kg.extract.actors.names import actor_kind, clean_name, country_proto, government_proto, slugify
from kg.extract.actors.persons import title_tagged_as_organisation
from kg.extract.actors.places import find_place_country
from kg.extract.actors.spans import entity_spans
from kg.extract.actors.tokens import ENTITY_LABELS, opening_participle, span_of, text_of
from kg.model import ActorKind, Span
from kg.nlp import ParsedParagraph

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

__all__ = ["PHRASE_RULES", "find_in_paragraph", "find_mentions"]

_CURRENCY_SIGNS = frozenset({"$", "£", "€", "¥"})


def find_mentions(ctx: ActorContext) -> list[_Proto]:
    """Every actor phrase of the article, in document order (longer first where two start together)."""
    protos = [proto for p_index, paragraph in enumerate(ctx.parsed) for proto in find_in_paragraph(p_index, paragraph, ctx)]
    protos.sort(key=lambda p: (p.span.start, -p.span.end))
    return protos


def find_in_paragraph(p_index: int, paragraph: ParsedParagraph, ctx: ActorContext) -> list[_Proto]:
    """The actor phrases of one paragraph, each token in at most one phrase (coordinated nationalities aside)."""
    gaz = ctx.gazetteer
    doc = paragraph.doc
    found: list[_Proto] = []
    used: set[int] = set()

    def take(proto: _Proto | None) -> None:
        if proto is not None and not (set(proto.tokens) & used):
            found.append(proto)
            used.update(proto.tokens)

    # 1. Named entities first, at their full extent: the parse may split a
    # long official name into several phrases ("... Region People's
    # Government Security Bureau"). Entities that are compounds of another
    # entity are taken with it ("Guangxi" + "Zhuang Autonomous Region").
    for ent in entity_spans(doc, ctx):
        if ent.label_ not in ENTITY_LABELS:
            continue
        if ctx.apply(people_name_qualifying_a_group, ent, gaz) or ctx.apply(person_naming_an_administration, ent, gaz):
            continue
        people = ctx.apply(people_name_as_a_modifier, ent, p_index, paragraph.offset, gaz)
        if people is not None:
            take(people)
            continue
        if ctx.apply(currency_is_no_actor, ent, gaz):
            used.update(range(ent.start, ent.end))
            continue
        if ctx.apply(landmark_name_is_a_place, ent, gaz):
            take(_landmark(list(ent), p_index, paragraph.offset, gaz))
            continue
        root = ent.root
        if root.dep_ == "compound" and root.head.ent_type_ in ENTITY_LABELS and root.head.i not in range(ent.start, ent.end):
            continue
        take(_classify_entity(ent, p_index, paragraph, ctx, used))
    # 2. Phrase heads: bodies, governments, groups, descriptions, pronouns.
    for token in doc:
        if token.i in used or not _is_phrase_head(token):
            continue
        if ctx.apply(untagged_landmark_name_is_a_place, token, used, gaz):
            take(_landmark(_landmark_name(token), p_index, paragraph.offset, gaz))
            continue
        group = ctx.apply(named_group_before_its_members, token, found, paragraph.offset, gaz)
        if group is not None:
            found[found.index(group[0])] = group[1]
            used.add(token.i)
            continue
        take(classify_phrase(token, p_index, paragraph, ctx, used))
    # 3. Modifiers that are actors of their own ("US" in "the US move", the
    # body inside "Foreign Ministry spokesman X"), when their head was not.
    for token in doc:
        if token.i in used or token.dep_ not in {"compound", "poss", "amod", "nmod", "npadvmod"}:
            continue
        held = ctx.apply(group_holding_the_place_it_modifies, token, p_index, paragraph.offset, gaz)
        if held is not None:
            take(held)
            continue
        proto = classify_phrase(token, p_index, paragraph, ctx, used) if token.pos_ in {"PROPN", "NOUN"} else None
        if proto is not None and len(proto.tokens) == 1 and not proto.country and not proto.code:
            proto = None  # a bare word describing its head ("police source", "insurgent group", "Interior Minister")
        take(proto or _modifier_actor(token, p_index, paragraph, gaz))
    # 4. Nationalities the phrases share with another.
    for rule in (coordinated_nationalities, elided_nationalities):
        if ctx.on(rule):
            more = rule(found, p_index, paragraph, gaz)
            ctx.fire(rule, mentions_changed(found, more))
            found = more
    return found


# --- rules: entities that are no actor of their own -------------------------------------


def people_name_qualifying_a_group(ent: SpacySpan, gaz: Gazetteer) -> bool:
    """A one-word name no gazetteer knows, qualifying a group the gazetteer knows, is no entity of its own.

    "Tamaran elders met the envoy": the elders' phrase takes "Tamaran" as the people they belong to.
    """
    return qualifies_group(ent.root, ent.end - ent.start, gaz)


def named_group_before_its_members(token: Token, found: Sequence[_Proto], offset: int, gaz: Gazetteer) -> tuple[_Proto, _Proto] | None:
    """A named group before a collective noun for its members is that group: "*Hamas militants* fired rockets", "*M23 rebels* attacked".

    The members' noun ("militants", "rebels", "fighters") would otherwise
    read as an unnamed collective of whatever country the sentence names.
    Returns the group's mention and the same mention stretched over the noun.
    """
    if token.tag_ != "NNS" or gaz.body(token.text) is None and gaz.body(token.lemma_) is None:
        return None
    body = gaz.body(token.text) or gaz.body(token.lemma_)
    if body is None or body.kind not in _MEMBER_GROUP_KINDS:
        return None
    names = {c.i for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"}
    group = next((p for p in found if names & set(p.tokens) and p.kind in _NAMED_GROUP_KINDS), None)
    if group is None:
        return None
    tokens = tuple(sorted({*group.tokens, token.i}))
    noun = span_of([token], offset)
    span = Span(min(group.span.start, noun.start), max(group.span.end, noun.end))
    return group, replace(group, head=token.i, tokens=tokens, span=span, surface=f"{group.surface} {token.text}".strip())


#: Collectives whose members a group's name can qualify.
_MEMBER_GROUP_KINDS = frozenset({ActorKind.GROUP, ActorKind.REBEL})
#: What such a name may be: an armed group or an organisation, not a country, place or person.
_NAMED_GROUP_KINDS = frozenset({ActorKind.REBEL, ActorKind.ORGANIZATION, ActorKind.GROUP})


def person_naming_an_administration(ent: SpacySpan, gaz: Gazetteer) -> bool:
    """A person's name before "administration" names a government, not its leader.

    "the Ortega administration said": the administration acts, not Ortega.
    """
    doc = ent.doc
    return ent.label_ == "PERSON" and ent.root.dep_ == "compound" and ent.end < len(doc) and doc[ent.end].lower_ in LEADER_BODIES


def people_name_as_a_modifier(ent: SpacySpan, p_index: int, offset: int, gaz: Gazetteer) -> _Proto | None:
    """A people's name qualifying a noun that is no group is that people, coded by its home country.

    "a Tamaran guerrilla stronghold": the Tamarans (as rebels, for the group word between).
    """
    return people_modifier(ent.root, p_index, offset, gaz) if ent.end - ent.start == 1 else None


def currency_is_no_actor(ent: SpacySpan, gaz: Gazetteer) -> bool:
    """A country name before a currency sign names the currency, no actor.

    "a loan of US $50 million": no US actor.
    """
    doc = ent.doc
    return ent.end < len(doc) and doc[ent.end].text in _CURRENCY_SIGNS


def landmark_name_is_a_place(ent: SpacySpan, gaz: Gazetteer) -> bool:
    """A name the gazetteer does not know, before a building's noun, names that building: a place, no body or person.

    "police raided the Karvo mosque", "held at Ostin prison": the places
    "Karvo mosque" and "Ostin prison", whatever the tagger or a dictionary
    makes of "Karvo". A country, city or organisation the gazetteer knows
    keeps its reading ("a Kabul hotel", "a UN school").
    """
    root = ent.root
    if root.dep_ != "compound" or root.head.i != ent.end or root.head.lemma_.lower() not in LANDMARK_NOUNS:
        return False
    return _unknown_name(ent.text, gaz)


def untagged_landmark_name_is_a_place(token: Token, used: set[int], gaz: Gazetteer) -> bool:
    """A building's noun after proper nouns the tagger left untagged names a place: "held at *Ostin prison* in Lima".

    As :func:`landmark_name_is_a_place`, for names the tagger did not take
    for an entity ("Ostin prison" located in Lima); the gazetteer's names
    keep their reading.
    """
    if token.pos_ != "NOUN" or token.lemma_.lower() not in LANDMARK_NOUNS:
        return False
    name = _landmark_name(token)
    if not name or any(t.i in used or t.ent_type_ for t in name):
        return False
    return _unknown_name(" ".join(t.text for t in name), gaz)


def _unknown_name(text: str, gaz: Gazetteer) -> bool:
    """No name (country, city, region, organisation, body) or nationality the gazetteer knows."""
    return gaz.lookup(text) is None and gaz.country_of_demonym(text) is None


def _landmark_name(noun: Token) -> list[Token]:
    """The proper nouns right before a building's noun that modify it ("Ostin" in "Ostin prison")."""
    doc = noun.doc
    start = noun.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i in range(start, noun.i + 1):
        start -= 1
    return list(doc[start : noun.i])


def _landmark(words: Sequence[Token], p_index: int, offset: int, gaz: Gazetteer) -> _Proto:
    """The place a landmark's name and noun name, in the country of the place after it ("the Ostin hospital in Lima")."""
    noun = words[-1].doc[words[-1].i + 1]
    tokens = [*words, noun]
    name = clean_name(text_of(tokens))
    country = find_place_country(noun, gaz, after=noun.i)
    iso3 = country.iso3 if country is not None else None
    return _Proto(span_of(tokens, offset), p_index, noun.i, tuple(t.i for t in tokens), ActorKind.LOCATION, name, slugify(name), iso3, iso3, None, text_of(tokens), Via.ENTITY)


# --- rules: nationalities shared between phrases -----------------------------------------


def coordinated_nationalities(found: list[_Proto], p_index: int, paragraph: ParsedParagraph, gaz: Gazetteer) -> list[_Proto]:
    """The second nationality of a coordinated modifier is an actor of its own, coded like the phrase.

    "Peruvian and Chilean officials met": two governments.
    """
    doc = paragraph.doc
    out = list(found)
    for proto in found:
        for i in proto.tokens:
            token = doc[i]
            if token.dep_ == "conj" and token.head.dep_ in {"amod", "compound", "nmod"} and (token.head.i in proto.tokens or token.head.head.i == proto.head):
                extra = _conjoined_modifier(token, proto, p_index, paragraph, gaz)
                if extra is not None:
                    out.append(extra)
    return out


def elided_nationalities(found: list[_Proto], p_index: int, paragraph: ParsedParagraph, gaz: Gazetteer) -> list[_Proto]:
    """A nationality the parse made a noun of its own, coordinated with a group, is the group's other nationality.

    "scores of Peruvian and Chilean refugees": Peruvian refugees too.
    """
    doc = paragraph.doc
    out = list(found)
    for proto in found:
        extra = _elided_nationality(doc[proto.head], proto, p_index, paragraph, gaz) if proto.kind is ActorKind.GROUP else None
        if extra is not None:
            out = [p for p in out if not set(p.tokens) & set(extra.tokens)] + [extra]
    return out


#: The exceptions to the general reading of a phrase, in the order they are consulted.
PHRASE_RULES = (
    people_name_qualifying_a_group,
    named_group_before_its_members,
    person_naming_an_administration,
    people_name_as_a_modifier,
    group_holding_the_place_it_modifies,
    currency_is_no_actor,
    landmark_name_is_a_place,
    untagged_landmark_name_is_a_place,
    city_before_a_landmark_is_a_place,
    *AGENT_RULES,
    members_named_instead,
    crowd_count_is_people,
    title_tagged_as_organisation,
    descriptor_names_an_organisation,
    nationality_noun_is_one_civilian,
    untagged_plural_people,
    untagged_office_holder_name,
    untagged_name_in_apposition_to_a_role,
    untagged_name_as_subject,
    generic_agent_is_an_actor,
    state_agent_noun_names_people,
    ethnic_group_where_it_lives,
    coordinated_nationalities,
    elided_nationalities,
)


# --- reading the parse --------------------------------------------------------------


def _elided_nationality(head: Token, group: _Proto, p_index: int, paragraph: ParsedParagraph, gaz: Gazetteer) -> _Proto | None:
    """The first conjunct of "X and Y refugees" when the parse made the nationality X a noun of its own."""
    first = head.head
    if head.dep_ != "conj" or first.i >= head.i or first.tag_ in {"NNS", "NNPS"} or not group.country or not group.code or len(group.code) < 6:
        return None
    chain = [c for c in first.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [first]
    entry = gaz.country_of_demonym(" ".join(t.text for t in chain)) or (gaz.country_of_demonym(first.text) if len(chain) == 1 else None)
    if entry is None or entry.iso3 == group.country or any(c.dep_ == "det" for c in first.lefts):
        return None
    span = span_of(chain, paragraph.offset)
    noun = group.name.split()[-1].lower() if group.name else ""
    name = clean_name(f"{text_of(chain)} {noun}")
    key = group.key.replace(group.country.lower(), entry.iso3.lower(), 1) if group.key.startswith(group.country.lower() + "-") else slugify(name)
    return _Proto(span, p_index, first.i, tuple(t.i for t in chain), group.kind, name, key, entry.iso3, entry.iso3 + group.code[3:], None, text_of(chain), Via.GROUP)


def _conjoined_modifier(token: Token, phrase: _Proto, p_index: int, paragraph: ParsedParagraph, gaz: Gazetteer) -> _Proto | None:
    """The actor a coordinated nationality denotes, coded like the phrase it shares a head with."""
    entry = gaz.country(token.text) or gaz.country_of_demonym(token.text)
    if entry is None or phrase.country is None or phrase.country == getattr(entry, "iso3"):
        return None
    span = span_of([token], paragraph.offset)
    iso3: str = getattr(entry, "iso3")
    sector = phrase.code[3:] if phrase.code and len(phrase.code) > 3 else ""
    if phrase.key.endswith("-government"):
        return government_proto(entry, span, p_index, token, (token.i,), token.text, via=Via.AGENT)
    if phrase.kind is ActorKind.GROUP or sector:
        name = clean_name(token.text + " " + paragraph.doc[phrase.head].text)
        return _Proto(span, p_index, token.i, (token.i,), phrase.kind, name, f"{iso3.lower()}-{slugify(paragraph.doc[phrase.head].text)}", iso3, iso3 + sector, None, name, Via.GROUP)
    return country_proto(entry, span, p_index, token, (token.i,), token.text)


def _classify_entity(ent: SpacySpan, p_index: int, paragraph: ParsedParagraph, ctx: ActorContext, used: set[int]) -> _Proto | None:
    """An entity at its full extent, with left compounds and the country modifiers of its root."""
    doc = ent.doc
    start, end = ent.start, ent.end
    while start < end and (doc[start].pos_ == "DET" or doc[start].dep_ == "case" or opening_participle(doc[start])):
        start += 1
    while end > start and doc[end - 1].dep_ == "case":
        end -= 1
    if start >= end:
        return None
    # Left compounds of the root that spaCy left outside the entity.
    while start > 0 and start - 1 not in used and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i in range(start, end):
        if opening_participle(doc[start - 1]):
            break
        start -= 1
    head = ent.root
    # spaCy sometimes stops a name early ("Gen Pablo" of "Gen Pablo Rojas
    # Mena"): follow the compound chain to its proper-noun head.
    if ent.label_ == "PERSON":
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end - 1].dep_ in {"compound", "flat"} and doc[end - 1].head.i >= end:
            end += 1
            head = doc[end - 1]
    name_tokens = list(doc[start:end])
    return classify_phrase(head, p_index, paragraph, ctx, used, name_tokens=name_tokens, label=ent.label_)


def _is_phrase_head(token: Token) -> bool:
    """A pronoun that may refer to an actor, or a noun that heads its phrase."""
    pos = token.pos_
    if pos == "PRON":
        return token.lower_ in PRONOUNS
    if pos not in {"PROPN", "NOUN"}:
        return False
    return token.dep_ not in {"compound", "flat"} or token.head.pos_ not in {"PROPN", "NOUN"}


def _modifier_actor(token: Token, p_index: int, paragraph: ParsedParagraph, gaz: Gazetteer) -> _Proto | None:
    """A country, capital or organisation used as a modifier ("the US move")."""
    if token.pos_ not in {"PROPN", "NOUN", "ADJ"}:
        return None
    offset = paragraph.offset
    tokens = [token]
    span = span_of(tokens, offset)
    ids: tuple[int, ...] = (token.i,)
    country = gaz.country(token.text)
    named = country is not None
    if country is None and token.dep_ in {"amod", "compound", "nmod"} and token.text[:1].isupper():
        # "the Kuwaiti response": the nationality of an event noun is its country.
        country = gaz.country_of_demonym(token.text)
        before = paragraph.doc[token.i - 1] if token.i > 0 else None
        if country is None and before is not None and before.head.i == token.i and before.dep_ in {"amod", "compound"} and before.text[:1].isupper():
            # Two words: "South African uranium", "New Zealand troops".
            country = gaz.country_of_demonym(f"{before.text} {token.text}")
            if country is not None:
                tokens = [before, token]
                span, ids = span_of(tokens, offset), (before.i, token.i)
    if country is not None:
        proto = country_proto(country, span, p_index, token, ids, text_of(tokens))
        if token.pos_ == "ADJ" or token.dep_ == "amod" or not named:
            proto = replace(proto, via=Via.ADJECTIVE)  # names its country, but says little about what the story is about
        return proto
    org = gaz.organization(token.text)
    if org is not None and token.pos_ == "PROPN":
        return _Proto(span, p_index, token.i, ids, actor_kind(org.kind), org.name, org.key, org.country, org.code, org.wikidata, token.text, Via.GAZETTEER)
    place = gaz.capital(token.text)
    if place is not None and token.dep_ == "poss":
        return government_proto(place, span, p_index, token, ids, token.text, via=Via.METONYMY)
    return None
