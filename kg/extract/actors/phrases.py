"""Actor phrases: what one noun phrase of a parsed paragraph denotes.

Named entities are read at their full extent first, then phrase heads
(bodies, governments, groups, descriptions, pronouns), then modifiers that
are actors of their own ("the US move"). Each found phrase becomes a
:class:`~kg.extract.coref.ProtoMention`; :mod:`kg.extract.actors.findings` resolves
them across the article.

This module reads the gazetteer's names, bodies, agents and office holders;
persons are coded in :mod:`kg.extract.actors.persons`, unknown organisations
and places in :mod:`kg.extract.actors.orgs`, peoples and unnamed groups in
:mod:`kg.extract.actors.collectives`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.actors.agents import LEADER_BODIES, POSTED, agent_actor
from kg.extract.actors.collectives import HOME_SECTORS, citizen, ethnic_group, named_party, people_modifier, people_proto, home_group, organization_country, qualifies_group, unnamed_group
from kg.extract.actors.names import BARE_GOVERNMENTS, actor_kind, body_proto, clean_name, country_proto, government_proto, slugify, title_case
from kg.extract.actors.orgs import descriptor_sector, domestic_descriptor, named_entity, place_name
from kg.extract.actors.spans import DOCUMENT_NOUNS, entity_spans, is_dateline, possessor_person
from kg.extract.actors.persons import VAGUE_ROLES, titled_name, titled_person
from kg.extract.actors.places import city_country, find_clause_country, find_opponent_country, find_place_country, find_sentence_country
from kg.extract.actors.tokens import ENTITY_LABELS, Phrase, contiguous, country_modifier, is_locative, phrase_tokens, span_of, text_of
from kg.extract.actors.context import ActorContext
from kg.extract.actors.coref import PRONOUNS as _PRONOUNS
from kg.extract.actors.mention import ProtoMention as _Proto
from kg.extract.actors.mention import Via
from kg.extract.actors.gazetteer import Gazetteer
from kg.model import ActorKind
from kg.nlp import ParsedParagraph
from kg.extract.words import WordClass

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

# Nouns that, with a country modifier, stand for that country's government.
GOVERNMENT_HEADS = WordClass("government_heads")
_NEIGHBOURING = {"neighbouring", "neighboring"}
_CURRENCY_SIGNS = {"$", "£", "€", "¥"}
# Nouns that describe a person by another ("his Chinese counterpart X").
_PERSON_DESCRIPTORS = WordClass("person_descriptors")
# Sectors of descriptors that name organisations, not persons ("the newspaper X", "the firm X").
_ORGANIZATION_SECTORS = WordClass("organization_sectors")
# Adjectives that make "forces" a class of weapons.
ARMS_CLASSES = WordClass("arms_classes")


# --- finding -----------------------------------------------------------------


def find_mentions(ctx: ActorContext) -> list[_Proto]:
    """Every actor phrase of the article, in document order (longer first where two start together)."""
    protos = [proto for p_index, paragraph in enumerate(ctx.parsed) for proto in find_in_paragraph(p_index, paragraph, ctx.gazetteer)]
    protos.sort(key=lambda p: (p.span.start, -p.span.end))
    return protos


def find_in_paragraph(p_index: int, paragraph: ParsedParagraph, gaz: Gazetteer) -> list[_Proto]:
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
    # entity are taken with it ("Xinjiang" + "Uyghur Autonomous Region").
    for ent in entity_spans(doc):
        if ent.label_ not in ENTITY_LABELS:
            continue
        if qualifies_group(ent.root, ent.end - ent.start, gaz):
            continue  # "Hausa politicians", "Karen guerrillas": a people's name qualifying a group
        if ent.label_ == "PERSON" and ent.root.dep_ == "compound" and ent.end < len(doc) and doc[ent.end].lower_ in LEADER_BODIES:
            continue  # "the Obama administration": the phrase names a government, not its leader
        if ent.end - ent.start == 1:
            people = people_modifier(ent.root, p_index, paragraph.offset, gaz)
            if people is not None:
                take(people)
                continue
        if ent.end < len(doc) and doc[ent.end].text in _CURRENCY_SIGNS:
            used.update(range(ent.start, ent.end))  # a currency, not an actor: "US $50 million", "Hong Kong $"
            continue
        root = ent.root
        if root.dep_ == "compound" and root.head.ent_type_ in ENTITY_LABELS and root.head.i not in range(ent.start, ent.end):
            continue
        take(_classify_entity(ent, p_index, paragraph, gaz, used))
    # 2. Phrase heads: bodies, governments, groups, descriptions, pronouns.
    for token in doc:
        if token.i in used or not _is_phrase_head(token):
            continue
        take(_classify_phrase(token, p_index, paragraph, gaz, used))
    # 3. Modifiers that are actors of their own ("US" in "the US move", the
    # body inside "Foreign Ministry spokesman X"), when their head was not.
    for token in doc:
        if token.i in used or token.dep_ not in {"compound", "poss", "amod", "nmod", "npadvmod"}:
            continue
        proto = _classify_phrase(token, p_index, paragraph, gaz, used) if token.pos_ in {"PROPN", "NOUN"} else None
        if proto is not None and len(proto.tokens) == 1 and not proto.country and not proto.code:
            proto = None  # a bare word describing its head ("police source", "insurgent group", "Interior Minister")
        take(proto or _modifier_actor(token, p_index, paragraph, gaz))
    # 4. The second nationality of a coordinated modifier is an actor of its
    # own ("Hungarian and Romanian officials": two governments).
    for proto in list(found):
        for i in proto.tokens:
            token = doc[i]
            if token.dep_ == "conj" and token.head.dep_ in {"amod", "compound", "nmod"} and (token.head.i in proto.tokens or token.head.head.i == proto.head):
                extra = _conjoined_modifier(token, proto, p_index, paragraph, gaz)
                if extra is not None:
                    found.append(extra)
    # 5. A nationality the parse made a noun of its own, coordinated with a group
    # ("scores of Sierra Leonean and Liberian refugees"): the group's other nationality.
    for proto in list(found):
        extra = _elided_nationality(doc[proto.head], proto, p_index, paragraph, gaz) if proto.kind is ActorKind.GROUP else None
        if extra is not None:
            found = [p for p in found if not set(p.tokens) & set(extra.tokens)] + [extra]
    return found


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


def _classify_entity(ent: object, p_index: int, paragraph: ParsedParagraph, gaz: Gazetteer, used: set[int]) -> _Proto | None:
    """An entity at its full extent, with left compounds and the country modifiers of its root."""
    from spacy.tokens import Span as SpacySpan

    assert isinstance(ent, SpacySpan)
    doc = ent.doc
    start, end = ent.start, ent.end
    while start < end and (doc[start].pos_ == "DET" or doc[start].dep_ == "case"):
        start += 1
    while end > start and doc[end - 1].dep_ == "case":
        end -= 1
    if start >= end:
        return None
    # Left compounds of the root that spaCy left outside the entity.
    while start > 0 and start - 1 not in used and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i in range(start, end):
        if _opening_participle(doc[start - 1]):
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
    label = "PERSON" if possessor_person(ent, gaz) else ent.label_
    return _classify_phrase(head, p_index, paragraph, gaz, used, name_tokens=name_tokens, label=label)


def _opening_participle(token: Token) -> bool:
    """A sentence-opening participle the tagger took for part of a name ("Citing Tokyo's ...")."""
    return bool(token.is_sent_start) and token.lower_.endswith("ing") and not token.ent_type_ and len(token.text) > 4


def _is_phrase_head(token: Token) -> bool:
    if token.pos_ == "PRON":
        return token.lower_ in _PRONOUNS
    if token.pos_ not in {"PROPN", "NOUN"}:
        return False
    return token.dep_ not in {"compound", "flat"} or token.head.pos_ not in {"PROPN", "NOUN"}


def _classify_phrase(
    head: Token,
    p_index: int,
    paragraph: ParsedParagraph,
    gaz: Gazetteer,
    used: set[int],
    *,
    name_tokens: Sequence[Token] | None = None,
    label: str | None = None,
) -> _Proto | None:
    """Classify a phrase; its alias is the whole phrase as written.

    The phrase may include words another mention took ("China's X": "China"
    is a mention of its own, and "China's X" is how the text names X).
    """
    proto = _classify_core(head, p_index, paragraph, gaz, used, name_tokens=name_tokens, label=label)
    if proto is None or proto.via in {Via.PRONOUN, Via.DESCRIPTION, Via.AGENT} or not proto.tokens:
        return proto
    doc = head.doc
    indices = {t.i for t in phrase_tokens(head)} | set(proto.tokens) | {t.i for t in name_tokens or ()}
    run = sorted(contiguous(indices, max(proto.tokens)))
    while run and (doc[run[0]].dep_ in {"case", "punct", "cc"} or doc[run[0]].pos_ in {"DET", "VERB", "ADV", "ADP"} or _opening_participle(doc[run[0]])):
        run.pop(0)
    if run and proto.kind is ActorKind.GROUP and run[0] > 0 and doc[run[0] - 1].lower_ in _NEIGHBOURING:
        run.insert(0, run[0] - 1)  # the parse may read it as a verb: "warned neighbouring black-ruled states"
    if run:
        proto = replace(proto, surface=text_of([doc[i] for i in run]))
    if proto.kind is ActorKind.GROUP or proto.kind is ActorKind.REBEL:
        proto = replace(proto, surface=_with_participle(head, proto.surface))
        proto = ethnic_group(proto, head, gaz)
    return proto


def _with_participle(head: Token, surface: str) -> str:
    """An unnamed collective keeps its participial modifier: "gunmen wearing military uniforms"."""
    if head.tag_ != "NNS" or head.ent_type_:
        return surface
    for child in head.rights:
        objects = [o for o in child.children if o.dep_ == "dobj"] if child.dep_ == "acl" and child.tag_ == "VBG" and child.i == head.i + 1 else []
        if objects:
            # The participle and its object, not its adjuncts ("... in the capital in 2016").
            last = max(t.i for t in objects[0].subtree if not (t.dep_ == "prep" or any(a.dep_ == "prep" and a.i < t.i and a.head.i == objects[0].i for a in objects[0].children)))
            return surface + head.doc[head.i : last + 1].text[len(head.text) :]
    return surface


def _classify_core(
    head: Token,
    p_index: int,
    paragraph: ParsedParagraph,
    gaz: Gazetteer,
    used: set[int],
    *,
    name_tokens: Sequence[Token] | None = None,
    label: str | None = None,
) -> _Proto | None:
    """What the noun phrase headed by ``head`` denotes, if it is an actor.

    ``name_tokens`` is the entity's extent when the phrase comes from a named
    entity; the phrase adds the head's left modifiers (nationality, descriptor).
    """
    offset = paragraph.offset
    if head.pos_ == "PRON":
        if name_tokens is not None:
            return None
        return _Proto(span_of([head], offset), p_index, head.i, (head.i,), ActorKind.OTHER, head.text, "", surface=head.text, via=Via.PRONOUN)
    if name_tokens is None and any(c.dep_ == "appos" and c.ent_type_ in ENTITY_LABELS - {"NORP"} for c in head.children):
        return None  # "the Chinese firm X": the named apposition is the actor
    if name_tokens is not None and head.pos_ == "PROPN" and head.lower_ in DOCUMENT_NOUNS and head.i == max(t.i for t in name_tokens):
        # "the Southern Fisheries Treaty (SFT)": a document, no actor; kept so that its acronym is known (actors.py drops both).
        name = clean_name(text_of(list(name_tokens)))
        return _Proto(span_of(list(name_tokens), offset), p_index, head.i, tuple(t.i for t in name_tokens), ActorKind.OTHER, name, slugify(name), surface=name, via=Via.DOCUMENT)
    doc = head.doc
    indices = {t.i for t in phrase_tokens(head) if t.i not in used and not _opening_participle(t)}
    described: list[Token] = []  # a descriptor beside the name, whose nationality another mention took
    if name_tokens is not None:
        indices |= {t.i for t in name_tokens}
        # A descriptor the name stands in apposition to: "the Chinese firm X".
        if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.i < min(indices) and head.head.i not in used:
            indices |= {t.i for t in phrase_tokens(head.head) if t.i not in used} | {head.head.i}
        else:
            # The parse may make the descriptor a sibling: "the Kenyan news agency KNA said".
            prev = doc[min(indices) - 1] if min(indices) > 0 else None
            # Or a person's title: "Ruiz's Chilean counterpart Ana Soto said".
            person = prev is not None and label == "PERSON" and (gaz.role(prev.text) is not None or prev.lower_ in _PERSON_DESCRIPTORS)
            # The parse may even coordinate the title: "Luis Zegarra and Peru army chief Gen X".
            sibling = prev is not None and ((prev.dep_ == head.dep_ and prev.head == head.head) or (person and prev.dep_ == "conj" and head.dep_ == "appos"))
            if prev is not None and prev.pos_ == "NOUN" and prev.i not in used and sibling and (person or descriptor_sector(prev, gaz) is not None):
                indices |= {t.i for t in phrase_tokens(prev) if t.i not in used} | {prev.i}
                described = phrase_tokens(prev)
    if head.i in used or not indices:
        return None
    indices = contiguous(indices, max(indices))
    tokens = [doc[i] for i in sorted(indices)]
    shared = len(tokens) > 1 and tokens[0].dep_ == "cc"
    if shared:
        tokens.pop(0)  # "[U.S.] and Russian negotiators": the first modifier was taken
    if not tokens:
        return None
    text = text_of(tokens)
    # The nationality may sit on a token another mention took ("China's X").
    country_tokens, country = country_modifier(sorted({*tokens, *phrase_tokens(head), *described}, key=lambda t: t.i), head, gaz)
    # Else a place that locates the phrase: "Rebels in the Ivory Coast", "the president of Armenia".
    # Not when a possessive pronoun says whose it is: "Peru recalled its ambassador from Bolivia".
    # Nor for people posted abroad: "diplomats in Bangkok" serve elsewhere.
    unplaced = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children) or head.lemma_.lower() in POSTED
    located = find_place_country(head, gaz, after=max(t.i for t in tokens)) if country is None and (label or head.ent_type_) != "PERSON" and not unplaced else None
    country = country or located
    core = [t for t in tokens if t not in country_tokens and t.dep_ not in {"nummod", "quantmod"}]
    core_text = text_of(core) if core else ""
    names = list(name_tokens) if name_tokens is not None else []
    name_text = text_of(names) if names else core_text
    bare_names = [t for t in names if t not in country_tokens]
    bare_text = text_of(bare_names) if bare_names else core_text
    ent = (label or head.ent_type_) if name_tokens is not None else ""
    span = span_of(tokens, offset)
    ids = tuple(t.i for t in tokens)

    # Full country, capital or organisation names.
    whole = gaz.country(name_text) or (gaz.country(text) if not names else None)
    if whole is None and ent in {"GPE", "LOC", "ORG"} and len(bare_names) == 1:
        whole = gaz.country_near(name_text)  # a misspelt country ("Afganistan")
    if whole is None and not names and not head.ent_type_ and head.pos_ == "PROPN" and [t.i for t in core] == [head.i]:
        whole = gaz.country_near(head.text)  # one the tagger did not even take for a name ("Ethopia has agreed")
    if whole is not None and (not country_tokens or names):
        return country_proto(whole, span, p_index, head, ids, text)
    seat = gaz.seat(name_text)
    place = seat or (city_country(head, name_text, gaz) if name_text else None)
    if place is not None and (not country_tokens or names):
        if (is_locative(head) or (p_index == 0 and is_dateline(head))) and seat is None:
            # "arrived in Amman": a place, coded with its country as CAMEO
            # codes it; the government acts only when the capital does.
            city = clean_name(name_text or text)
            return _Proto(span, p_index, head.i, ids, ActorKind.LOCATION, city, slugify(city), place.iso3, place.iso3, None, text, Via.ENTITY)
        return government_proto(place, span, p_index, head, ids, text, via=Via.SEAT if seat is not None else Via.METONYMY)
    region = gaz.region(name_text) if names and is_locative(head) and not country_tokens else None
    if region is not None:
        # "offices in Sivas": a known region or city is a place whatever the tagger calls it.
        city = clean_name(name_text)
        return _Proto(span, p_index, head.i, ids, ActorKind.LOCATION, city, slugify(city), region.iso3, None, None, text, Via.ENTITY)
    org = gaz.organization(name_text) or (gaz.organization(text) if not names else None)
    if org is not None:
        return _Proto(span, p_index, head.i, ids, actor_kind(org.kind), org.name, org.key, org.country, org.code, org.wikidata, text, Via.GAZETTEER)

    lemma = head.lemma_.lower()
    if lemma == "force" and any(c.dep_ == "amod" and c.lower_ in ARMS_CLASSES for c in head.lefts):
        return None  # a class of weapons in arms talks ("intermediate nuclear forces"), not troops
    # People and units that speak for a body, a country or a leader.
    ph = Phrase(head, p_index, tokens, text, span, ids, country_tokens, country, located, core, core_text, names, name_text, bare_names, bare_text, ent)
    agent = agent_actor(ph, gaz, shared=shared)
    if agent is not None:
        return agent
    # Government bodies ("Commerce Department", "Foreign Ministry", "police").
    body = (gaz.body(bare_text) or gaz.body(name_text)) if name_text else None
    if body is None and ent in {"", "ORG"} and not (ent == "ORG" and country is None and domestic_descriptor(head, gaz)):
        body = gaz.body(head.text) or gaz.body(head.lemma_)
        if named_party(body) and len(bare_names) > 1:
            body = None  # "Sweden Democrats" is no "Democrats" party of Sweden
    party = named_party(body)
    if body is not None and body.kind in {ActorKind.GROUP, ActorKind.REBEL} and country is None:
        # "Demonstrators blocked a road in Baghdad": a collective acts where its
        # clause does, else in the one country its sentence names.
        # An opposition's or a party's country is the story's, not any the sentence names ("a key U.S. ally").
        country = find_clause_country(head, gaz) or (find_sentence_country(head, gaz) if not (home_group(head, body.sector) or party) else None)
        if country is None and body.kind is ActorKind.REBEL:
            country = find_opponent_country(head, gaz)
        country = country or organization_country(head, gaz)
    if body is not None and (body.sector == "BUS" or (body.kind is ActorKind.GROUP and country is None and not home_group(head, body.sector) and not party)):
        body = None  # generic collectives ("people", "companies") need a nationality to be an actor
    if body is not None and body.key == "politicians" and any(c.dep_ == "prep" and c.lower_ in {"including", "notably"} for c in head.children):
        body = None  # "politicians including X": the members named are the actors
    if body is not None:
        if body.key == "government" or lemma in GOVERNMENT_HEADS:
            if country is not None:
                return government_proto(country, span, p_index, head, ids, text, via=Via.NATIONAL_GOVERNMENT)
            if not names:
                return _Proto(span, p_index, head.i, ids, ActorKind.GOVERNMENT, "", "", surface=text, via=Via.BARE_GOVERNMENT)
        else:
            body_country = body.country or (country.iso3 if country else None)
            proto = body_proto(body, body_country, country, gaz, span, p_index, head, ids, bare_text or text, text)
            qualifiers = [t for t in phrase_tokens(head) if t.i != head.i and ((t not in country_tokens and t.pos_ == "PROPN" and qualifies_group(t, 1, gaz)) or gaz.people(t.text))]
            if qualifiers and proto.key and proto.country and body.kind in {ActorKind.GROUP, ActorKind.REBEL}:
                proto = replace(proto, key=f"{proto.key}-{slugify(text_of(qualifiers))}")  # the Ibo elders are not the Hausa ones
                if any(t in country_tokens for t in qualifiers):
                    proto = replace(proto, name=title_case(clean_name(text_of([t for t in phrase_tokens(head) if t.pos_ != "NUM"]))))  # "Karen Guerrillas", not "Burmese Guerrillas"
            if body_country is None and ((body.sector in HOME_SECTORS and not names) or party):
                # "Six opposition parties", "opposition lawmakers": the one opposition of the story's country.
                proto = replace(proto, name=body.name, key=body.key)
            return proto

    # "Gulf Arab states" are a collective of countries, not a government.
    if not names and ((lemma in GOVERNMENT_HEADS and not (lemma == "state" and head.tag_ == "NNS")) or (lemma == "party" and country is not None and len(core) == 1)):
        if country is not None:
            return government_proto(country, span, p_index, head, ids, text, via=Via.NATIONAL_GOVERNMENT)
        if lemma in BARE_GOVERNMENTS:
            return _Proto(span, p_index, head.i, ids, ActorKind.GOVERNMENT, "", "", surface=text, via=Via.BARE_GOVERNMENT)
        return None

    # An unnamed office holder of a country acts for it ("the Kenyan foreign
    # minister" -> its government, "Afghan rebel leaders" -> AFGREB).
    if country is not None and ent not in {"PERSON", "ORG"} and head.pos_ == "NOUN":
        role = gaz.role(core_text) or gaz.role(" ".join(t.lemma_ for t in core)) or gaz.role(head.lemma_)
        if role is not None and role.key not in VAGUE_ROLES and role.sector not in {"BUS", "EDU", "MED", "REL", "IGO"}:
            if role.sector == "GOV" and any(gaz.people(t.text) for t in country_tokens):
                # "Yoruba leaders": a people's leaders are its elite, not its country's government.
                iso = getattr(country, "iso3")
                name = clean_name(text)
                return _Proto(span, p_index, head.i, ids, ActorKind.GROUP, name, f"{iso.lower()}-{slugify(core_text)}-{slugify(text_of(country_tokens))}", iso, iso + "ELI", None, text, Via.GROUP)
            if role.sector == "GOV":
                return government_proto(country, span, p_index, head, ids, text, via=Via.AGENT)
            iso = getattr(country, "iso3")
            name = clean_name(text)
            return _Proto(span, p_index, head.i, ids, ActorKind.GROUP, name, f"{iso.lower()}-{slugify(core_text)}", iso, iso + role.sector, None, text, Via.GROUP)

    # Named entities the gazetteer does not know, places and unnamed groups.
    titled = titled_name(names, gaz) if ent == "ORG" else 0  # "Vice-President Moody Awori" tagged as an organisation
    if ent == "PERSON" and head.dep_ == "appos" and head.head.pos_ == "NOUN" and descriptor_sector(head.head, gaz) in _ORGANIZATION_SECTORS:
        ent = "ORG"  # "the opposition newspaper La Estrella": the descriptor says it is no person
    ph = Phrase(head, p_index, tokens, text, span, ids, country_tokens, country, located, core, core_text, names, name_text, bare_names, bare_text, "PERSON" if titled else ent)
    one = citizen(ph, gaz) if len(names) == 1 else None
    if one is not None:
        return one  # "kidnapped a Briton": a nationality noun, whatever the tagger calls it
    if ph.ent == "PERSON":
        return titled_person(ph, gaz, titled)
    if not ph.ent and head.tag_ in {"NNPS", "NNS"} and gaz.people(head.text) is not None:
        return people_proto(ph, gaz, clean_name(core_text or text))  # "thousands of Uighurs": a people the tagger did not label
    if ph.ent:
        return named_entity(ph, gaz)
    return place_name(ph, gaz) or unnamed_group(ph, gaz)


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
