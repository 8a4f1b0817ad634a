"""What one noun phrase denotes: its extent and nationality, then the general reading and its exceptions.

The general reading looks the phrase up in the gazetteer (a country, a seat
or capital, a region, an organisation), then reads it as people speaking for
a body or country, a national body, a government, an unnamed office holder,
a person, a named entity the gazetteer does not know, a place or an unnamed
group. The exceptions are rules of :data:`kg.extract.actors.phrases.PHRASE_RULES`,
consulted where they apply; each can be switched off.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.syntax import predicate_of_verbless_root, sentence_bounds
from kg.extract.actors.agents import AGENT_RULES, POSTED, agent_actor
from kg.extract.actors.collectives import (
    HOME_SECTORS,
    ethnic_group_where_it_lives,
    home_group,
    named_party,
    nationality_noun_is_one_civilian,
    organization_country,
    people_proto,
    qualifies_group,
    unnamed_group,
)
from kg.extract.actors.context import ActorContext
from kg.extract.actors.gazetteer import BodyEntry, CountryEntry, Gazetteer
from kg.extract.actors.generic import generic_agent_is_an_actor, state_agent_noun_names_people
from kg.extract.actors.mention import ProtoMention as _Proto
from kg.extract.actors.mention import Via
from kg.extract.actors.names import BARE_GOVERNMENTS, actor_kind, body_proto, clean_name, country_proto, government_proto, slugify, title_case
from kg.extract.actors.orgs import descriptor_sector, domestic_descriptor, named_entity, place_name
from kg.extract.actors.screen import may_denote_an_actor
from kg.extract.actors.persons import office_holder, title_tagged_as_organisation, titled_person
from kg.extract.actors.places import city_country, find_clause_country, find_opponent_country, find_place_country, find_sentence_country
from kg.extract.actors.spans import DOCUMENT_NOUNS, is_dateline, office_holder_named
from kg.extract.actors.tokens import ENTITY_LABELS, MEMBER_PREPOSITIONS, Phrase, contiguous, country_modifier, is_locative, is_struck_place, opening_participle, phrase_tokens, span_of, text_of
from kg.extract.words import WordClass
from kg.model import ActorKind
from kg.nlp import ParsedParagraph

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "GOVERNMENT_HEADS",
    "classify_phrase",
    "descriptor_names_an_organisation",
    "members_named_instead",
    "untagged_plural_people",
]

# Nouns that, with a country modifier, stand for that country's government.
GOVERNMENT_HEADS = WordClass("government_heads")
_NEIGHBOURING = frozenset({"neighbouring", "neighboring"})
# Nouns that describe a person by another ("his Chinese counterpart X").
_PERSON_DESCRIPTORS = WordClass("person_descriptors")
# Sectors of descriptors that name organisations, not persons ("the newspaper X", "the firm X").
_ORGANIZATION_SECTORS = WordClass("organization_sectors")
# Adjectives that make "forces" a class of weapons.
ARMS_CLASSES = WordClass("arms_classes")
_CALENDAR_NAMES = WordClass("calendar_words")
#: Buildings and sites a name before them locates or names ("a Kabul hotel", "the Karvo mosque").
LANDMARK_NOUNS = WordClass("landmark_nouns")


def classify_phrase(
    head: Token,
    p_index: int,
    paragraph: ParsedParagraph,
    ctx: ActorContext,
    used: set[int],
    *,
    name_tokens: Sequence[Token] | None = None,
    label: str | None = None,
) -> _Proto | None:
    """What the phrase headed by ``head`` denotes; its alias is the whole phrase as written.

    The phrase may include words another mention took ("China's X": "China"
    is a mention of its own, and "China's X" is how the text names X).
    """
    if name_tokens is None and not may_denote_an_actor(head, ctx.gazetteer, ctx.dictionary):
        return None  # a common noun no reading takes ("the report"): skip building its phrase
    proto = _classify_core(head, p_index, paragraph, ctx, used, name_tokens=name_tokens, label=label)
    if proto is None or proto.via in {Via.PRONOUN, Via.DESCRIPTION, Via.AGENT} or not proto.tokens:
        return proto
    doc = head.doc
    indices = {t.i for t in phrase_tokens(head)} | set(proto.tokens) | {t.i for t in name_tokens or ()}
    run = sorted(contiguous(indices, max(proto.tokens)))
    while run and (doc[run[0]].dep_ in {"case", "punct", "cc"} or doc[run[0]].pos_ in {"DET", "VERB", "ADV", "ADP"} or opening_participle(doc[run[0]])):
        run.pop(0)
    if run and proto.kind is ActorKind.GROUP and run[0] > 0 and doc[run[0] - 1].lower_ in _NEIGHBOURING:
        run.insert(0, run[0] - 1)  # the parse may read it as a verb: "warned neighbouring black-ruled states"
    surface = text_of([doc[i] for i in run]) if run else proto.surface
    group = proto.kind is ActorKind.GROUP or proto.kind is ActorKind.REBEL
    if group:
        surface = _with_participle(head, surface)
    if surface != proto.surface:
        proto = replace(proto, surface=surface)  # (once: a mention copy costs more than the text)
    if group:
        proto = ctx.apply(ethnic_group_where_it_lives, proto, head, ctx.gazetteer) or proto
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
    ctx: ActorContext,
    used: set[int],
    *,
    name_tokens: Sequence[Token] | None = None,
    label: str | None = None,
) -> _Proto | None:
    """What the noun phrase headed by ``head`` denotes, if it is an actor.

    ``name_tokens`` is the entity's extent when the phrase comes from a named
    entity; the phrase adds the head's left modifiers (nationality, descriptor).
    """
    gaz = ctx.gazetteer
    offset = paragraph.offset
    if head.pos_ == "PRON":
        if name_tokens is not None:
            return None
        return _Proto(span_of([head], offset), p_index, head.i, (head.i,), ActorKind.OTHER, head.text, "", surface=head.text, via=Via.PRONOUN)
    if name_tokens is None and any(c.dep_ == "appos" and c.ent_type_ in ENTITY_LABELS - {"NORP"} for c in head.children):
        return None  # "the Chinese firm X": the named apposition is the actor
    if name_tokens is not None and head.pos_ == "PROPN" and head.lower_ in DOCUMENT_NOUNS and head.i == max(t.i for t in name_tokens):
        # "the Southern Fisheries Treaty (SFT)": a document, no actor; kept so that its acronym is known (drop_named_documents drops both).
        name = clean_name(text_of(list(name_tokens)))
        return _Proto(span_of(list(name_tokens), offset), p_index, head.i, tuple(t.i for t in name_tokens), ActorKind.OTHER, name, slugify(name), surface=name, via=Via.DOCUMENT)
    parts = _phrase_parts(head, p_index, paragraph, gaz, used, name_tokens, label)
    if parts is None:
        return None
    ph, shared = parts
    known = _gazetteer_name(ph, ctx)
    if known is not None:
        return known
    # People and units that speak for a body, a country or a leader.
    agent = agent_actor(ph, gaz, shared=shared) or next((found for rule in AGENT_RULES if (found := ctx.apply(rule, ph, gaz)) is not None), None)
    if agent is not None:
        return agent
    ph, found, done = _body_reading(ph, ctx)
    if done:
        return found
    holder = office_holder(ph, ctx)
    if holder is not None:
        return holder
    return _other_reading(ph, ctx)


def _phrase_parts(
    head: Token, p_index: int, paragraph: ParsedParagraph, gaz: Gazetteer, used: set[int], name_tokens: Sequence[Token] | None, label: str | None
) -> tuple[Phrase, bool] | None:
    """The phrase's extent, nationality and name; and whether its first nationality was another mention's ("[U.S.] and Russian negotiators")."""
    doc = head.doc
    indices = {t.i for t in phrase_tokens(head) if t.i not in used and not opening_participle(t)}
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
    # The nationality may sit on a token another mention took ("China's X"), or on the noun a body
    # modifies ("China's foreign ministry spokesman": China's foreign ministry).
    outer = [c for c in head.head.lefts if c.dep_ in {"poss", "amod", "nmod"} and c.i < tokens[0].i] if head.dep_ == "compound" and head.head.pos_ == "NOUN" else []
    country_tokens, country = country_modifier(sorted({*tokens, *phrase_tokens(head), *described, *outer}, key=lambda t: t.i), head, gaz)
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
    span = span_of(tokens, paragraph.offset)
    ids = tuple(t.i for t in tokens)
    return Phrase(head, p_index, tokens, text, span, ids, country_tokens, country, located, core, core_text, names, name_text, bare_names, bare_text, ent), shared


def _gazetteer_name(ph: Phrase, ctx: ActorContext) -> _Proto | None:
    """A full country, seat, capital, region or organisation name ("Peru", "Lima", "the World Bank")."""
    gaz = ctx.gazetteer
    head, p_index, span, ids, text = ph.head, ph.p_index, ph.span, ph.ids, ph.text
    names, name_text, bare_names, country_tokens = ph.names, ph.name_text, ph.bare_names, ph.country_tokens
    whole = gaz.country(name_text) or (gaz.country(text) if not names else None)
    if whole is None and ph.ent in {"GPE", "LOC", "ORG"} and len(bare_names) == 1:
        whole = gaz.country_near(name_text)  # a misspelt country ("Afganistan")
    if whole is None and not names and not head.ent_type_ and head.pos_ == "PROPN" and [t.i for t in ph.core] == [head.i]:
        whole = gaz.country_near(head.text)  # one the tagger did not even take for a name ("Ethopia has agreed")
    if whole is not None and (not country_tokens or names):
        return country_proto(whole, span, p_index, head, ids, text)
    seat = gaz.seat(name_text)
    place = seat or (city_country(head, name_text, gaz) if name_text else None)
    if place is not None and (not country_tokens or names):
        if ((is_locative(head) or is_struck_place(head) or (p_index == 0 and is_dateline(head))) and seat is None) or ctx.apply(city_before_a_landmark_is_a_place, head):
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
    return None


def city_before_a_landmark_is_a_place(head: Token) -> bool:
    """A capital or city naming where a building stands is a place, not its government.

    "a bomb exploded outside a *Lima* hotel": Lima the place, not the Peruvian
    government (as "Lima said" would be).
    """
    return head.dep_ == "compound" and head.head.i > head.i and head.head.lemma_.lower() in LANDMARK_NOUNS


def _body_reading(ph: Phrase, ctx: ActorContext) -> tuple[Phrase, _Proto | None, bool]:
    """A national body ("Foreign Ministry", "police", "opposition lawmakers") or a government ("the Peruvian government").

    Returns the phrase (with the country a collective acts in, for the
    readings after this one), the mention, and whether the phrase is settled
    (a government head with no nationality that is no bare government is no actor).
    """
    gaz = ctx.gazetteer
    head, country, names, name_text, bare_names, bare_text, ent = ph.head, ph.country, ph.names, ph.name_text, ph.bare_names, ph.bare_text, ph.ent
    span, p_index, ids, text = ph.span, ph.p_index, ph.ids, ph.text
    lemma = head.lemma_.lower()
    body = (gaz.body(bare_text) or gaz.body(name_text)) if name_text else None
    if body is None and not names and ctx.apply(crowd_count_is_people, head):
        body = gaz.body("people")
        ph = replace(ph, bare_text="people")
        bare_text = "people"
    if body is None and ent in {"", "ORG"} and not (ent == "ORG" and country is None and domestic_descriptor(head, gaz)):
        body = gaz.body(head.text) or gaz.body(head.lemma_)
        if named_party(body) and len(bare_names) > 1:
            body = None  # "Sweden Democrats" is no "Democrats" party of Sweden
    party = named_party(body)
    if body is not None and body.kind in {ActorKind.GROUP, ActorKind.REBEL} and country is None:
        country = _collective_country(head, body, party, gaz)
        ph = replace(ph, country=country)
    if body is not None and (body.sector == "BUS" or (body.kind is ActorKind.GROUP and country is None and not home_group(head, body.sector) and not party)):
        body = None  # generic collectives ("people", "companies") need a nationality to be an actor
    if body is not None and ctx.apply(members_named_instead, head, body):
        body = None
    if body is not None:
        if body.key == "government" or lemma in GOVERNMENT_HEADS:
            if country is not None:
                return ph, government_proto(country, span, p_index, head, ids, text, via=Via.NATIONAL_GOVERNMENT), True
            if not names:
                return ph, _Proto(span, p_index, head.i, ids, ActorKind.GOVERNMENT, "", "", surface=text, via=Via.BARE_GOVERNMENT), True
        else:
            return ph, _national_body(ph, body, country, party, gaz), True
    # "Gulf Arab states" are a collective of countries, not a government.
    if not names and ((lemma in GOVERNMENT_HEADS and not (lemma == "state" and head.tag_ == "NNS")) or (lemma == "party" and country is not None and len(ph.core) == 1)):
        if country is not None:
            return ph, government_proto(country, span, p_index, head, ids, text, via=Via.NATIONAL_GOVERNMENT), True
        if lemma in BARE_GOVERNMENTS:
            return ph, _Proto(span, p_index, head.i, ids, ActorKind.GOVERNMENT, "", "", surface=text, via=Via.BARE_GOVERNMENT), True
        return ph, None, True
    return ph, None, False


def _collective_country(head: Token, body: BodyEntry, party: bool, gaz: Gazetteer) -> CountryEntry | None:
    """Where a collective with no nationality acts: its clause's place, else the one country its sentence names.

    "Demonstrators blocked a road in Baghdad". An opposition's or a party's
    country is the story's, not any the sentence names ("a key U.S. ally").
    """
    country = find_clause_country(head, gaz) or (find_sentence_country(head, gaz) if not (home_group(head, body.sector) or party) else None)
    if country is None and body.kind is ActorKind.REBEL:
        country = find_opponent_country(head, gaz)
    return country or organization_country(head, gaz)


def _national_body(ph: Phrase, body: BodyEntry, country: CountryEntry | None, party: bool, gaz: Gazetteer) -> _Proto:
    """A body of the gazetteer, of the phrase's country ("the Peruvian police") or its own."""
    head, names, text, country_tokens = ph.head, ph.names, ph.text, ph.country_tokens
    if body.country and country is not None and country_tokens and country.iso3 != body.country and body.sector == "LEG":
        # "Peru's Congress", "Nigeria's House of Representatives": the named country's legislature, not the US one.
        body = gaz.body("parliament") or body
    body_country = body.country or (country.iso3 if country else None)
    proto = body_proto(body, body_country, country, gaz, ph.span, ph.p_index, head, ph.ids, ph.bare_text or text, text)
    qualifiers = [t for t in phrase_tokens(head) if t.i != head.i and ((t not in country_tokens and t.pos_ == "PROPN" and qualifies_group(t, 1, gaz)) or gaz.people(t.text))]
    if qualifiers and proto.key and proto.country and body.kind in {ActorKind.GROUP, ActorKind.REBEL}:
        proto = replace(proto, key=f"{proto.key}-{slugify(text_of(qualifiers))}")  # the Ibo elders are not the Hausa ones
        if any(t in country_tokens for t in qualifiers):
            proto = replace(proto, name=title_case(clean_name(text_of([t for t in phrase_tokens(head) if t.pos_ != "NUM"]))))  # "Karen Guerrillas", not "Burmese Guerrillas"
    if body_country is None and ((body.sector in HOME_SECTORS and not names) or party):
        # "Six opposition parties", "opposition lawmakers": the one opposition of the story's country.
        proto = replace(proto, name=body.name, key=body.key)
    return proto


def _other_reading(ph: Phrase, ctx: ActorContext) -> _Proto | None:
    """Named entities the gazetteer does not know, places and unnamed groups."""
    gaz = ctx.gazetteer
    head, names = ph.head, ph.names
    titled = (ctx.apply(title_tagged_as_organisation, names, gaz) or 0) if ph.ent == "ORG" else 0
    if ph.ent == "PERSON" and ctx.apply(descriptor_names_an_organisation, head, gaz):
        ph = replace(ph, ent="ORG")
    if titled:
        ph = replace(ph, ent="PERSON")
    one = ctx.apply(nationality_noun_is_one_civilian, ph, gaz) if len(names) == 1 else None
    if one is not None:
        return one
    if not ph.ent and ctx.apply(untagged_office_holder_name, ph, ctx):
        ph = replace(ph, ent="PERSON", names=[ph.head], name_text=ph.head.text, bare_names=[ph.head], bare_text=ph.head.text)
    if not ph.ent and ctx.apply(untagged_name_in_apposition_to_a_role, ph, gaz):
        name = [t for t in ph.core if t.pos_ == "PROPN"]
        ph = replace(ph, ent="PERSON", names=name, name_text=text_of(name), bare_names=name, bare_text=text_of(name))
    if ph.ent == "PERSON":
        return titled_person(ph, gaz, titled)
    if not ph.ent and ctx.apply(untagged_plural_people, ph, gaz):
        return people_proto(ph, gaz, clean_name(ph.core_text or ph.text))
    if not ph.ent and ctx.apply(untagged_name_as_subject, ph, gaz):
        ph = replace(ph, ent="ORG", names=[ph.head], name_text=ph.head.text, bare_names=[ph.head], bare_text=ph.head.text)
    if ph.ent:
        return named_entity(ph, gaz)
    group = place_name(ph, gaz) or unnamed_group(ph, gaz)
    if ctx.dictionary is not None:
        state = bool(ctx.apply(state_agent_noun_names_people, ph.head, ctx.dictionary))
        group = ctx.apply(generic_agent_is_an_actor, ph, group, ctx.dictionary, gaz, state) or group
    return group


# --- rules ----------------------------------------------------------------------------




#: Counts that stand for a crowd when nothing follows them ("Thousands marched").
_CROWD_COUNTS = WordClass("crowd_counts")


def crowd_count_is_people(head: Token) -> bool:
    """A bare count as the subject is a crowd of people: "*Thousands* marched in Caracas" (as "thousands of people").

    Not with an "of" phrase, which names what is counted ("thousands of
    barrels"), nor as an object ("cost thousands").
    """
    subject = head.dep_ in {"nsubj", "nsubjpass"} or any(predicate_of_verbless_root(c) for c in head.children)
    return head.lemma_.lower() in _CROWD_COUNTS and head.tag_ == "NNS" and subject and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)


def members_named_instead(head: Token, body: BodyEntry) -> bool:
    """"Politicians including X": the members named are the actors, not the politicians.

    "politicians including Ana Ruiz and Luis Soto signed": Ruiz and Soto act.
    """
    return body.key == "politicians" and any(c.dep_ == "prep" and c.lower_ in MEMBER_PREPOSITIONS for c in head.children)


def descriptor_names_an_organisation(head: Token, gaz: Gazetteer) -> bool:
    """A "person" in apposition to an organisation descriptor is an organisation.

    "the opposition newspaper La Voz said": La Voz is a newspaper, not a person.
    """
    return head.dep_ == "appos" and head.head.pos_ == "NOUN" and descriptor_sector(head.head, gaz) in _ORGANIZATION_SECTORS


def untagged_office_holder_name(ph: Phrase, ctx: ActorContext) -> bool:
    """A capitalised word the tagger left unnamed that is an office holder's surname on the story's date names that person.

    "*Alvarado* said Peru would respond", with Alvarado Peru's president
    that day: the sentence's first word, which :func:`untagged_name_as_subject`
    cannot trust, or an object ("met *Alvarado*").
    """
    head = ph.head
    if head.pos_ != "PROPN" or [t.i for t in ph.core] != [head.i] or not head.is_alpha:
        return False
    gaz = ctx.gazetteer
    if gaz.lookup(head.text) is not None or gaz.country_of_demonym(head.text) is not None or head.lower_ in _CALENDAR_NAMES:
        return False
    return office_holder_named(head.text, ctx)


def untagged_name_in_apposition_to_a_role(ph: Phrase, gaz: Gazetteer) -> bool:
    """A run of capitalised words the tagger left unnamed is a person when an apposition gives their role.

    "*Ana Ruiz*, a senior official at the ministry, said ...", "the
    spokesman, *Ana Ruiz*, said ...": only people hold a role. The run is
    the phrase's whole core, two to four proper nouns, none a place, body,
    title or date word the gazetteer knows.
    """
    head = ph.head
    core = [t for t in ph.core if t.pos_ == "PROPN"]
    if head.pos_ != "PROPN" or not 2 <= len(core) <= 4 or len(core) != len(ph.core):
        return False
    if not all(t.is_alpha and t.text[:1].isupper() and not t.text.isupper() for t in core):
        return False
    if any(gaz.lookup(t.text) or gaz.role(t.text) or gaz.body(t.text) or gaz.country_of_demonym(t.text) or t.lower_ in _CALENDAR_NAMES for t in core):
        return False
    roles = [c for c in head.children if c.dep_ == "appos"] + ([head.head] if head.dep_ == "appos" else [])
    return any(r.pos_ == "NOUN" and gaz.role(r.lemma_.lower()) is not None for r in roles)


def untagged_name_as_subject(ph: Phrase, gaz: Gazetteer) -> bool:
    """A capitalised word the tagger left unnamed is a name when it is the subject of a clause.

    "... but Talvex welcomed the move": Talvex acts (read as an organisation).
    Not a sentence's first word, a title, a date word, or a nationality.
    """
    head = ph.head
    if head.dep_ not in {"nsubj", "nsubjpass"} or head.i == sentence_bounds(head)[0] or not head.text[:1].isupper() or head.text.isupper():
        return False
    if not head.is_alpha or any(c.dep_ in {"det", "poss", "compound", "amod"} for c in head.lefts):
        return False
    return not (gaz.role(head.text) or gaz.body(head.text) or gaz.country_of_demonym(head.text) or head.lower_ in _CALENDAR_NAMES)


def untagged_plural_people(ph: Phrase, gaz: Gazetteer) -> bool:
    """A plural people's name the tagger did not label is that people.

    "thousands of Tamarans fled": the Tamarans, coded by their home country.
    """
    return ph.head.tag_ in {"NNPS", "NNS"} and gaz.people(ph.head.text) is not None
