"""Organisations and places the gazetteer does not know: their country and sector.

A named organisation takes its country from a nationality, a place in its
name ("Kenya Anti-Corruption Commission") or right after it, a parent
organisation it begins with, or, for a party or armed group, its sentence; its
sector from its descriptor ("the rebel group, X", "oil giant X"). A proper
name headed by a geographic designator is a place ("... Autonomous Region").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.actors.collectives import people_proto
from kg.extract.actors.names import actor_kind, clean_name, slugify
from kg.extract.actors.places import find_clause_country, find_place_country, find_sentence_country, place_country
from kg.extract.actors.tokens import Phrase, is_locative, text_of
from kg.extract.actors.mention import ProtoMention as _Proto
from kg.extract.actors.mention import Via
from kg.extract.actors.gazetteer import CountryEntry, Gazetteer, OrgEntry
from kg.model import ActorKind
from kg.extract.words import WordClass

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Head nouns of place names ("... Autonomous Region", "... Province").
GEO_DESIGNATORS = WordClass("geo_designators")
# Sectors of organisations that act inside one country.
DOMESTIC_SECTORS = {"REB", "INS", "OPP", "PTY"}
COMPASS = WordClass("compass")


def named_entity(ph: Phrase, gaz: Gazetteer) -> _Proto | None:
    """A named entity the gazetteer does not know: a people, a place or an organisation."""
    head, tokens, names, bare_names = ph.head, ph.tokens, ph.names, ph.bare_names
    country, iso3, ent = ph.country, ph.iso3, ph.ent
    span, p_index, ids, text, name_text = ph.span, ph.p_index, ph.ids, ph.text, ph.name_text
    name = clean_name(name_text)
    if not name or len(name) < 2 or not name[0].isupper():
        return None
    if ent in {"ORG", "GPE"} and len(names) == 1 and country is None and not head.text.isupper() and _in_title(head, gaz):
        return None  # part of a title ("Secretary of State X", "Interior Minister X")
    if ent in {"NORP", "ORG"} and len(names) == 1 and not head.text.endswith("s") and gaz.country_of_demonym(head.text) is not None:
        # One civilian ("a Briton": nationality_noun_is_one_civilian) was tried before; else an
        # adjective use ("the Kuwaiti response"): a modifier, see _modifier_actor.
        return None
    if ent == "NORP" or (ent == "ORG" and head.tag_ == "NNPS" and len(bare_names) == 1) or (len(bare_names) == 1 and gaz.people(head.text) is not None):
        return people_proto(ph, gaz, name)
    if ent in {"GPE", "LOC"}:
        if head.lower_ in _WATER_BODIES:
            # "the Sea of Japan", "the Gulf of Aden": waters off a country, in none.
            return _Proto(span, p_index, head.i, ids, ActorKind.LOCATION, name, slugify(name), None, None, None, text, Via.ENTITY)
        iso3 = iso3 or region_country(names, head, gaz)
        return _Proto(span, p_index, head.i, ids, ActorKind.LOCATION, name, slugify(name), iso3, None, None, text, Via.ENTITY)
    known = _acronym_after(names, gaz)
    if known is not None:
        # "the Kenya News Agency KNA": the name and its acronym are the known organisation.
        return _Proto(span, p_index, head.i, ids, actor_kind(known.kind), known.name, known.key, known.country, known.code, known.wikidata, text, Via.GAZETTEER)
    if iso3 is None:
        parent = _parent_organization(names, gaz)
        if parent is not None:
            # "United Nations Emergency Relief Coordinator": a part of a known organisation.
            return _Proto(span, p_index, head.i, ids, actor_kind(parent.kind), name, slugify(name), parent.country, parent.code, None, text, Via.ENTITY)
        named = _country_in_name(names, gaz) or _adjacent_place(names, gaz)
        iso3 = named.iso3 if named is not None else None
    kind = ActorKind.ORGANIZATION
    sector = _sector(tokens, head, gaz) or _liberation_movement(names)
    if any(gaz.body(t.text) is not None and gaz.body(t.text).sector != "BUS" for t in names) and ent in {"ORG", "FAC"}:  # type: ignore[union-attr]
        sector = sector if sector in {"COP", "MIL", "JUD", "LEG"} else "GOV"
    # "the rebel group, Forces for ...", "the Umma party": the descriptor says what it is.
    descriptor = domestic_descriptor(head, gaz)
    sector = descriptor or sector
    if iso3 is None and (sector in DOMESTIC_SECTORS or descriptor is not None):
        # A party or armed group with no country of its own acts in its sentence's country
        # ("The Umma party will boycott Algeria's elections").
        domestic = find_clause_country(head, gaz) or find_sentence_country(head, gaz)
        iso3 = domestic.iso3 if domestic is not None else None
    if sector in {"GOV", "COP", "JUD", "LEG"}:
        kind = ActorKind.GOVERNMENT
    elif sector == "MIL":
        kind = ActorKind.MILITARY
    elif sector == "MED":
        kind = ActorKind.MEDIA
    elif sector in {"REB", "INS"}:
        kind = ActorKind.REBEL
    elif ent == "FAC":
        kind = ActorKind.LOCATION
    code = (iso3 + sector) if iso3 and sector else iso3
    return _Proto(span, p_index, head.i, ids, kind, name, slugify(name), iso3, code, None, text, Via.ENTITY)


_LIBERATION_HEADS = WordClass("liberation_heads")
#: Heads of the names of seas and straits.
_WATER_BODIES = WordClass("water_bodies")


def _liberation_movement(names: Sequence[Token]) -> str | None:
    """"X (People's) Liberation Front/Army/Movement": an armed rebel movement by its name."""
    words = [t.lower_ for t in names]
    return "REB" if len(words) >= 2 and "liberation" in words[:-1] and words[-1] in _LIBERATION_HEADS else None


def place_name(ph: Phrase, gaz: Gazetteer) -> _Proto | None:
    """A proper name headed by a geographic designator is a place even when the tagger misses it ("the Guangxi Zhuang Autonomous Region")."""
    head, tokens = ph.head, ph.tokens
    country, country_tokens, iso3, ent = ph.country, ph.country_tokens, ph.iso3, ph.ent
    span, p_index, ids, text = ph.span, ph.p_index, ph.ids, ph.text
    if not ent and head.pos_ == "PROPN" and head.lower_ in GEO_DESIGNATORS:
        words = [t for t in tokens if t.pos_ == "PROPN" and t.text[:1].isupper() and t not in country_tokens]
        if len(words) >= 2 and words[-1] == head:
            name = clean_name(text_of(words))
            iso3 = country.iso3 if country else region_country(words, head, gaz)
            return _Proto(span, p_index, head.i, ids, ActorKind.LOCATION, name, slugify(name), iso3, None, None, text, Via.ENTITY)
    return None


def domestic_descriptor(head: Token, gaz: Gazetteer) -> str | None:
    """The sector of a party or armed-group noun the name modifies or stands beside ("the Umma party", "the rebel group, X")."""
    if head.dep_ not in {"appos", "nmod", "compound"} or head.head.pos_ != "NOUN":
        return None
    noun = head.head
    for word in (noun, *(c for c in noun.lefts if c.dep_ in {"compound", "amod"})):
        if word.lemma_.lower() in {"party", "front"}:
            return "PTY"
        sector = gaz.sector(word.lemma_.lower())
        if sector in DOMESTIC_SECTORS:
            return sector
    return None


def region_country(names: Sequence[Token], head: Token, gaz: Gazetteer) -> str | None:
    """The country of a place the gazetteer does not know.

    "Western Cambodia" (a compass word before a country), else the country
    where its clause happens, else the one country its sentence names
    ("Sudan lifted the emergency in West Darfur State").
    """
    region = gaz.region(text_of(names)) if names else None
    if region is not None:
        return region.iso3  # "Sindh", "Darfur", "Basra"
    if len(names) >= 2 and names[0].lower_ in COMPASS:
        entry = gaz.country(text_of(names[1:]))
        if entry is not None:
            return entry.iso3
    entry = find_place_country(head, gaz)
    if entry is None and (is_locative(head) or head.lower_ in GEO_DESIGNATORS):
        entry = find_sentence_country(head, gaz)
    return entry.iso3 if entry is not None else None


def _adjacent_place(names: Sequence[Token], gaz: Gazetteer) -> CountryEntry | None:
    """A place right after the name, however the parse attached it ("X Facilities (XF) in central Iran")."""
    doc = names[-1].doc
    i = names[-1].i + 1
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        i += 3
    if i < len(doc) and doc[i].lower_ in {"in", "near"}:
        for pobj in doc[i].children:
            if pobj.dep_ == "pobj":
                return place_country(pobj, gaz)
    return None


def _acronym_after(names: Sequence[Token], gaz: Gazetteer) -> OrgEntry | None:
    """A known organisation's acronym closing a longer name ("Kenya News Agency KNA")."""
    last = names[-1] if len(names) >= 2 else None
    if last is None or not last.text.isupper() or len(last.text) < 2 or not last.is_alpha:
        return None
    return gaz.organization(last.text)


def _parent_organization(names: Sequence[Token], gaz: Gazetteer) -> OrgEntry | None:
    """A known organisation the name begins with ("United Nations Emergency Relief Coordinator")."""
    for size in range(len(names) - 1, 0, -1):
        if not names[size].text[:1].isupper():
            return None
        org = gaz.organization(text_of(names[:size]))
        if org is not None and org.code:
            return org
    return None


def _country_in_name(names: Sequence[Token], gaz: Gazetteer) -> CountryEntry | None:
    """A country, capital or nationality inside an organisation's name ("Baghdad University", "Kenya Anti-Corruption Commission")."""
    found: dict[str, CountryEntry] = {}
    for k, token in enumerate(names):
        if not token.text[:1].isupper():
            continue
        pair = f"{names[k - 1].text} {token.text}" if k else None
        entry = (gaz.country(pair) or gaz.capital(pair)) if pair else None
        entry = entry or gaz.country(token.text) or gaz.capital(token.text) or gaz.country_of_demonym(token.text)
        if entry is not None:
            found[entry.iso3] = entry
    return next(iter(found.values())) if len(found) == 1 else None


def descriptor_sector(noun: Token, gaz: Gazetteer) -> str | None:
    """The sector a descriptor noun names, alone or with its compound ("firm", "news agency")."""
    pair = f"{noun.doc[noun.i - 1].lower_} {noun.lower_}" if noun.i > 0 and noun.doc[noun.i - 1].dep_ == "compound" else None
    return (gaz.sector(pair) if pair else None) or gaz.sector(noun.lemma_.lower())


def _sector(tokens: Sequence[Token], head: Token, gaz: Gazetteer) -> str | None:
    # The descriptor may be a compound ("oil giant X") or an
    # apposition head ("the Chinese firm X").
    candidates = [t for t in tokens if t != head] + [head]
    if head.dep_ == "appos":
        candidates.append(head.head)
    for child in head.children:
        if child.dep_ == "appos":
            candidates.append(child)
    for t in candidates:
        sector = gaz.sector(t.lemma_.lower()) or gaz.sector(t.text.lower())
        if sector:
            return sector
    return None


def _in_title(token: Token, gaz: Gazetteer) -> bool:
    """A word of an office title: a compound of a role word, or the "of" complement of one."""
    if token.dep_ == "compound":
        return gaz.role(token.head.text) is not None
    return token.dep_ == "pobj" and token.head.lower_ == "of" and gaz.role(token.head.head.text) is not None
