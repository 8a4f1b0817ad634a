"""Collectives and peoples: groups of people named by a plural noun or a nationality.

"168 Liberians", "ethnic Albanians in Serbia" (a people, coded CVL by the
country it is in), "the Iranians" (the nation), "Chinese security agencies"
(a group with a nationality and a sector), "protesters" (an unnamed collective
that acts in the story).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.actors.names import body_proto, clean_name, country_proto, slugify, title_case
from kg.extract.actors.places import find_clause_country, find_host_country, find_sentence_country
from kg.extract.actors.tokens import Phrase, country_modifier, phrase_tokens, text_of
from kg.extract.actors.coref import DESCRIPTIONS as _DESCRIPTIONS
from kg.extract.actors.mention import ProtoMention as _Proto
from kg.extract.actors.mention import Via
from kg.extract.actors.gazetteer import BodyEntry, CountryEntry, Gazetteer
from kg.model import ActorKind, Span
from kg.extract.words import WordClass, WordMap

if TYPE_CHECKING:
    from spacy.tokens import Token

# Plural people nouns that name a collective actor even without a country.
COLLECTIVES = WordClass("collectives")
#: People held by others: counted or definite ("two hostages", "the detainees"), they are the ones a release or a swap is about.
CAPTIVES = WordClass("captive_nouns")
#: Singular nouns that name a group of people ("detained *their crew*").
GROUP_NOUNS = {"crew"}
ARGUMENT_DEPS = WordClass("argument_deps_collectives")

# Sectors of plural people nouns ("students", "soldiers", "refugees").
GROUP_SECTORS = WordMap("group_sectors")


def group_sector(head: Token) -> str | None:
    return GROUP_SECTORS.get(head.lemma_.lower())


def people_proto(ph: Phrase, gaz: Gazetteer, name: str) -> _Proto | None:
    """A nationality used as a plural noun: the nation it speaks for, or a people coded where it lives."""
    head, core = ph.head, ph.core
    country_tokens, located, iso3 = ph.country_tokens, ph.located, ph.iso3
    span, p_index, ids, text = ph.span, ph.p_index, ph.ids, ph.text
    if not head.text.endswith("s"):
        return None  # an adjective use ("Chinese"), not a people
    demonym = gaz.country_of_demonym(head.text)
    if located is None and any(c.lower_ == "ethnic" for c in head.lefts):
        # "ethnic Albanians demonstrated in Serbia": a people is coded where it lives.
        located = find_host_country(head, gaz, demonym.iso3 if demonym else "")
        iso3 = iso3 or (located.iso3 if located else None)
    # "the Iranians", "Kuwaitis said", "hundreds of Iranians": the nation; "168 Liberians": a people.
    counted = head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ in {"NOUN", "NUM"}
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts) or counted or (head.dep_ == "nsubj" and not any(c.dep_ == "det" for c in head.lefts))
    if demonym is not None and len(core) == 1 and not country_tokens and located is None and definite:
        # A nationality used as a noun speaks for its country ("the Iranians", "the Kuwaitis").
        return country_proto(demonym, span, p_index, head, ids, text)
    people = gaz.people(head.text) if demonym is None else None  # "Chechens", "Karen": coded by their home country
    iso3 = iso3 or (demonym.iso3 if demonym else None) or (people.iso3 if people else None)
    # Else a people: "168 Liberians", "ethnic Albanians in Serbia" (CVL + the people's code).
    code = iso3 + "CVL" if iso3 else None
    if code and demonym is not None and demonym.iso3 != iso3:
        code += demonym.iso3
    return _Proto(span, p_index, head.i, ids, ActorKind.GROUP, name, slugify(name), iso3, code, None, text, Via.ENTITY)




def nationality_noun_is_one_civilian(ph: Phrase, gaz: Gazetteer) -> _Proto | None:
    """A nationality used as a singular noun is one civilian of that country, whatever the tagger calls it.

    "gunmen kidnapped a Peruvian": a Peruvian civilian (PERCVL). Not in an
    apposition, which only describes its head ("two hostages - a Peruvian and ...").
    """
    head = ph.head
    entry = gaz.country_of_demonym(head.text)
    indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.lefts)
    if entry is None or not indefinite or head.pos_ not in {"PROPN", "NOUN"} or head.dep_ not in ARGUMENT_DEPS or head.dep_ in {"appos", "conj"}:
        return None
    name = clean_name(head.text)
    return _Proto(ph.span, ph.p_index, head.i, ph.ids, ActorKind.PERSON, name, f"{entry.iso3.lower()}-{slugify(name)}", entry.iso3, entry.iso3 + "CVL", None, ph.text, Via.GROUP)


def unnamed_group(ph: Phrase, gaz: Gazetteer) -> _Proto | None:
    """An unnamed noun phrase: a definite description, a group with a nationality, or a collective."""
    head, tokens, core = ph.head, ph.tokens, ph.core
    country, iso3 = ph.country, ph.iso3
    span, p_index, ids, text, core_text = ph.span, ph.p_index, ph.ids, ph.text, ph.core_text
    lemma = head.lemma_.lower()
    # Definite descriptions ("the company") and groups with a nationality
    # ("Chinese security agencies and companies").
    if head.pos_ == "NOUN":
        det = [c for c in head.lefts if c.dep_ == "det"]
        if lemma in _DESCRIPTIONS and det and det[0].lower_ in {"the", "this", "that"} and len(core) == 1 and country is None:
            return _Proto(span, p_index, head.i, ids, ActorKind.OTHER, lemma, "", surface=text_of([det[0], *tokens]), via=Via.DESCRIPTION)
        sector = gaz.sector(head.lemma_) or gaz.sector(head.text) or group_sector(head)
        if sector is not None and country is not None and head.tag_ == "NNS":
            name = clean_name(text)
            via = Via.GROUP_DEFINITE if det and det[0].lower_ in {"the", "these", "those"} else Via.GROUP
            return _Proto(span, p_index, head.i, ids, ActorKind.GROUP, name, f"{iso3.lower()}-{slugify(core_text)}" if iso3 else slugify(name), iso3, (iso3 + sector) if iso3 else None, None, text, via)
        # Unnamed collectives that act in the story ("protesters", "diplomatic
        # sources", "extreme right-wingers"), with no nationality to code.
        lemma = _collective_lemma(head)
        if (head.tag_ == "NNS" or lemma in GROUP_NOUNS) and lemma in COLLECTIVES and _argument(head, lemma) and (not det or lemma in CAPTIVES):
            name = title_case(clean_name(text))
            return _Proto(span, p_index, head.i, ids, ActorKind.GROUP, name, slugify(name), None, None, None, text, Via.GROUP)
    return None




def _collective_lemma(head: Token) -> str:
    """The head's lemma, with a hyphenated first part ("right-wingers" is tokenised "right - wingers")."""
    lemma = head.lemma_.lower()
    doc = head.doc
    if head.i >= 2 and doc[head.i - 1].text in {"-", "‑"}:
        return f"{doc[head.i - 2].lower_}-{lemma}"
    return lemma


def _apposed_nationality(head: Token, gaz: Gazetteer) -> str | None:
    """The one nationality an apposition gives a group ("two hostages, both Americans"); none when they differ."""
    nouns = [c for c in head.children if c.dep_ == "appos"]
    nouns += [c for n in nouns for c in n.conjuncts]
    entries = [gaz.country_of_demonym(n.text) for n in nouns]
    codes = {e.iso3 for e in entries if e is not None}
    return codes.pop() if nouns and len(codes) == 1 and all(e is not None for e in entries) else None


def _argument(head: Token, lemma: str) -> bool:
    """A noun that can be a party to an event; a counted captive group may even be the parse's root ("Two hostages - ... - were freed")."""
    if head.dep_ in ARGUMENT_DEPS:
        return True
    counted = any(c.dep_ in {"nummod", "det"} for c in head.lefts)
    return head.dep_ == "ROOT" and lemma in CAPTIVES and counted


def ethnic_group_where_it_lives(proto: _Proto, head: Token, gaz: Gazetteer) -> _Proto | None:
    """A group named by an ethnic nationality is coded where it lives, then by its people.

    "ethnic Peruvian guerrillas operating in Bolivia": BOLREBPER, not PERREB.
    """
    if proto.kind not in {ActorKind.GROUP, ActorKind.REBEL} or not proto.country or not proto.code:
        return None
    doc = head.doc
    ethnic = [doc[i] for i in proto.tokens if doc[i].lower_ == "ethnic" and doc[i].i + 1 < len(doc)]
    people = gaz.country_of_demonym(doc[ethnic[0].i + 1].text) if ethnic else None
    if people is None or people.iso3 != proto.country:
        return None
    host = find_host_country(head, gaz, people.iso3)
    if host is None:
        return None
    code = host.iso3 + proto.code[3:] + people.iso3
    return replace(proto, country=host.iso3, code=code, key=f"{host.iso3.lower()}-{proto.key.removeprefix(people.iso3.lower() + '-')}-{people.iso3.lower()}")


# Groups that exist only inside one country: with no nationality, the story's.
HOME_SECTORS = {"OPP"}


def named_party(body: BodyEntry | None) -> bool:
    """A party name many countries use ("Democratic Party", "Labour"): a generic party body named by proper names.

    Its country is a nationality's, else the story's; never one country by default.
    """
    return body is not None and body.sector == "PTY" and any(p[:1].isupper() for p in body.patterns)


def people_modifier(token: Token, p_index: int, offset: int, gaz: Gazetteer) -> _Proto | None:
    """A people's name qualifying a noun that is no group ("a Karen guerrilla stronghold"): the people, coded by its home country."""
    head = token.head
    if gaz.body(head.text) is not None or gaz.role(head.lemma_) is not None or group_sector(head) is not None:
        return None  # "Yoruba leaders", "Karen guerrillas": the group's phrase takes the people as its nationality
    entry = gaz.people(token.text) if token.dep_ in {"compound", "amod", "nmod"} and head.pos_ == "NOUN" and head.i > token.i else None
    if entry is None:
        return None
    # A group word between them gives the sector ("Karen guerrilla stronghold": rebels).
    bodies = [gaz.body(t.text) for t in token.doc[token.i + 1 : head.i + 1]]
    sector = next((b.sector for b in bodies if b is not None and b.kind in {ActorKind.GROUP, ActorKind.REBEL} and b.sector), "CVL")
    name = clean_name(token.text)
    span = Span(offset + token.idx, offset + token.idx + len(token.text))
    return _Proto(span, p_index, token.i, (token.i,), ActorKind.GROUP, name, f"{entry.iso3.lower()}-{slugify(name)}", entry.iso3, entry.iso3 + sector, None, token.text, Via.GROUP)


#: Places a force or group holds, by lemma ("rebel *positions*", "a police *station*").
HELD_PLACES = WordClass("held_place_nouns")
#: Sectors of the forces and groups that hold places: armed forces, police, rebels, insurgents.
_HOLDING_SECTORS = frozenset({"MIL", "COP", "REB", "INS"})


def group_holding_the_place_it_modifies(token: Token, p_index: int, offset: int, gaz: Gazetteer) -> _Proto | None:
    """A force or group word before a place it holds is that force or group: "shelled *rebel* positions near Aleppo", "a *police* station in Kano".

    Its country is the place phrase's nationality ("Syrian army bases"), else
    where the clause happens, else the one country of the sentence; without
    one it is no actor (a bare "rebel camp" says nothing of whose).
    """
    head = token.head
    if token.dep_ not in {"compound", "amod"} or head.i <= token.i or head.pos_ != "NOUN" or head.lemma_.lower() not in HELD_PLACES:
        return None
    body = gaz.body(token.text) or gaz.body(token.lemma_) or gaz.body(token.text + "s")
    if body is None or body.sector not in _HOLDING_SECTORS:
        return None
    _, country = country_modifier(phrase_tokens(head), head, gaz)
    country = country or find_clause_country(head, gaz) or find_sentence_country(head, gaz)
    if country is None:
        return None
    span = Span(offset + token.idx, offset + token.idx + len(token.text))
    return body_proto(body, country.iso3, country, gaz, span, p_index, token, (token.i,), body.name, token.text)


def qualifies_group(token: Token, size: int, gaz: Gazetteer) -> bool:
    """A one-word name no gazetteer knows, modifying a collective the gazetteer knows ("Hausa politicians")."""
    head = token.head
    if size != 1 or token.dep_ not in {"compound", "nmod", "amod"} or head.tag_ != "NNS" or not token.text[:1].isupper():
        return False
    body = gaz.body(head.text)
    if body is None or body.kind not in {ActorKind.GROUP, ActorKind.REBEL}:
        return False
    return not (gaz.country(token.text) or gaz.country_of_demonym(token.text) or gaz.organization(token.text) or gaz.capital(token.text))


def organization_country(head: Token, gaz: Gazetteer) -> CountryEntry | None:
    """The country of a known organisation that names a group: "Taliban prisoners", "Hamas supporters"."""
    for t in phrase_tokens(head):
        org = gaz.organization(t.text) if t.dep_ == "compound" and t.pos_ == "PROPN" else None
        if org is not None and org.country:
            return gaz.country_by_iso3(org.country)
    return None


def home_group(head: Token, sector: str | None) -> bool:
    """An opposition that acts ("opposition lawmakers", "the opposition"), not a sentiment ("citing domestic opposition")."""
    return sector in HOME_SECTORS and (head.tag_ == "NNS" or any(c.dep_ == "det" and c.lower_ == "the" for c in head.children))
