"""Generic agents and dictionary codes: the field's actor dictionaries as readings of a phrase.

CAMEO codes unnamed agents by their sector ("troops" ``---MIL``, "riot police"
``---COP``, "protesters" ``---OPP``) and named people by their office on the
event's date (a 2010 "Merkel" is ``DEUGOV``). Both come from the PETRARCH/
Phoenix dictionaries and the dated leaders table
(:mod:`kg.extract.actors.dictionary`), not from word lists of kg's own.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.actors.collectives import ARGUMENT_DEPS
from kg.extract.actors.context import ActorContext
from kg.extract.actors.gazetteer import Gazetteer
from kg.extract.actors.places import find_clause_country
from kg.extract.actors.dictionary import transliterations
from kg.extract.actors.mention import ProtoMention as _Proto
from kg.extract.actors.mention import Via
from kg.extract.actors.names import clean_name, slugify, title_case
from kg.extract.actors.tokens import MEMBER_PREPOSITIONS, Phrase, is_locative, text_of
from kg.extract.syntax import is_stance_modifier
from kg.extract.words import WordClass, WordMap
from kg.model import ActorKind

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.actors.dictionary import ActorDictionary

__all__ = ["agents_without_a_country_get_sector_codes", "dictionary_codes_names", "generic_agent_is_an_actor", "sector_kind", "state_agent_noun_names_people"]

#: Unknown country in a CAMEO actor code.
UNKNOWN_COUNTRY = "---"
COLLECTIVE_AGENT_HEADS = WordClass("collective_agent_heads")
_PERSONAL_ENDINGS = WordClass("personal_noun_endings")
_SECTOR_KINDS = WordMap("sector_kinds")
_STATE_SECTORS = WordClass("state_sectors")


def sector_kind(sector: str, plural: bool) -> ActorKind:
    """The actor kind of a generic agent of a CAMEO sector ("troops" MIL: military; "a judge" JUD: government)."""
    kind = _SECTOR_KINDS.get(sector)
    if kind is not None and not (sector == "ELI" and not plural):
        return ActorKind(kind)
    # Civilians named by a singular noun are mostly places of them ("the village"); an elite of one is a person.
    return ActorKind.GROUP if plural or sector == "CVL" else ActorKind.PERSON


def generic_agent_is_an_actor(ph: Phrase, group: _Proto | None, dictionary: ActorDictionary, gaz: Gazetteer, state_agent: bool = False) -> _Proto | None:
    """An unnamed phrase headed by a generic agent noun is an actor coded by its sector (and country, if any).

    "Troops stormed the village": troops (``---MIL``); "a Norlandic police
    officer shot him": Norlandic police (``NORCOP`` where the country is known).
    Only arguments of a verb or preposition; a group the general reading found
    without a code gets the agent's code. ``state_agent``: the head is a noun
    of the state the dictionary lists alone (see :func:`state_agent_noun_names_people`).
    """
    head = ph.head
    if ph.ent or head.pos_ != "NOUN" or head.dep_ not in ARGUMENT_DEPS | {"ROOT"}:
        return None
    if head.dep_ == "appos" and head.head.ent_type_ == "PERSON":
        return None  # "Ana Diaz, a spokeswoman for ...": a description of the person, no actor of its own
    if not (state_agent or names_people(head)):
        return None
    if group is not None and (group.code or group.via not in {Via.GROUP, Via.GROUP_DEFINITE}):
        return None
    if _named_modifier(head) or (head.dep_ == "pobj" and head.head.lower_ in MEMBER_PREPOSITIONS) or _names_members(head):
        # "European Community foreign ministers", "aircraft including helicopter gunships",
        # "politicians including Ana Ruiz": the named body or the named members act.
        return None
    words = [t.text for t in ph.core if t.pos_ in {"NOUN", "ADJ", "PROPN"} and t.i <= head.i] or [head.text]
    agent = dictionary.agent(words)
    if agent is None or agent.code in {"", "---"} or agent.phrase.split()[-1] not in {head.lower_, head.lemma_.lower()}:
        return None
    # "an anti-Tarvia activist": the name says what the activist opposes, not where they are from.
    country = ph.iso3 if not any(is_stance_modifier(t) for t in ph.country_tokens) else None
    if country is None:
        # "an activist was shot in central Baghdad": where the clause happens.
        place = find_clause_country(head, gaz)
        country = place.iso3 if place is not None else None
    sector = agent.code
    code = (sector + (country or UNKNOWN_COUNTRY)) if agent.prefix else ((country or UNKNOWN_COUNTRY) + sector)
    plural = head.tag_ in {"NNS", "NNPS"} or head.lemma_.lower() in {"police", "army", "military", "navy", "cabinet"}
    core = text_of([t for t in ph.core if t.pos_ not in {"DET", "NUM"}]) or head.text
    # The phrase up to its head: "a woman and her lawyer" names the woman.
    name = title_case(clean_name(text_of([t for t in ph.tokens if t.pos_ not in {"DET", "NUM"} and t.i <= head.i]) or core))
    key = f"{country.lower()}-{slugify(core)}" if country else slugify(core)
    kind = sector_kind(sector[:3], plural)
    if group is not None:
        return replace(group, code=code, kind=kind)
    return _Proto(ph.span, ph.p_index, head.i, ph.ids, kind, name, key, country, code, None, ph.text, Via.GROUP)


def names_people(head: Token) -> bool:
    """Whether a noun names people: a personal-noun ending ("reservists", "officer") or a collective ("troops", "police")."""
    lemma = head.lemma_.lower()
    return lemma in COLLECTIVE_AGENT_HEADS or head.lower_ in COLLECTIVE_AGENT_HEADS or lemma.endswith(tuple(_PERSONAL_ENDINGS))


def state_agent_noun_names_people(head: Token, dictionary: ActorDictionary) -> bool:
    """A noun the field's dictionary lists alone as an agent of the state names people, though its form does not say so.

    "A judge rejected the appeal": ``---JUD``; "a colonel ordered the arrest":
    ``---MIL``; "the embassy said": ``---GOV``. Not a place acted in:
    "sentenced to a year in prison" names no prison guards. (Nouns with a
    personal ending, "officer", "protesters", need no rule.)
    """
    if head.pos_ != "NOUN" or names_people(head) or is_locative(head):
        return False
    agent = dictionary.agent([head.lemma_.lower()]) or dictionary.agent([head.lower_])
    return agent is not None and agent.phrase.split() in ([head.lemma_.lower()], [head.lower_]) and agent.code[:3] in _STATE_SECTORS


def _names_members(head: Token) -> bool:
    """Whether the phrase names its members ("politicians including Ana Ruiz")."""
    return any(c.dep_ == "prep" and c.lower_ in MEMBER_PREPOSITIONS and any(p.dep_ == "pobj" and p.pos_ == "PROPN" for p in c.children) for c in head.children)


def _named_modifier(head: Token) -> bool:
    """A proper name among the head's modifiers ("U.N. troops", "Hamas gunmen"): the name is the actor."""
    return any(c.dep_ in {"compound", "nmod", "poss"} and (c.pos_ == "PROPN" or c.ent_type_ in {"ORG", "PERSON", "GPE"}) for c in head.lefts)


def dictionary_codes_names(protos: list[_Proto], ctx: ActorContext) -> list[_Proto]:
    """A named person or organisation the text ties to no country gets its dictionary code on the story's date.

    "Chancellor Olafsen said" in a 2012 story, with Olafsen in the dated
    leaders table as head of government of Norland then: ``NORGOV``.
    """
    dictionary = ctx.dictionary
    if dictionary is None:
        return protos
    on = ctx.article.published
    out: list[_Proto] = []
    cache: dict[str, tuple[str, str | None, str | None] | None] = {}
    for proto in protos:
        if proto.key and not proto.code and proto.kind in {ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.GROUP, ActorKind.REBEL, ActorKind.OTHER} and proto.via not in {Via.PRONOUN, Via.DESCRIPTION}:
            if proto.key not in cache:
                found = dictionary.lookup(proto.name.split(), on)
                cache[proto.key] = (found.code, found.country, found.sector) if found is not None and _whole_name(found.name, proto.name) else None
            hit = cache[proto.key]
            if hit is not None:
                code, country, sector = hit
                kind: ActorKind = proto.kind
                if kind is not ActorKind.PERSON and sector is not None:
                    kind = _organisation_kind(sector, kind)
                if proto.role and country:
                    # The text's title names the office ("Prime Minister X"); the dictionary, the country.
                    code = country + proto.role
                proto = replace(proto, code=code, country=proto.country or country, kind=kind)
        out.append(proto)
    return out


def _whole_name(found: str, name: str) -> bool:
    """The dictionary's name is the mention's whole name, or its surname, not one word of a longer other name."""
    ours = {w.strip(".").lower() for w in name.split()}
    for spelling in transliterations(found.replace("_", " ")):  # "Zelensky" for the table's "Zelenski"
        theirs = {w.strip(".").lower() for w in spelling.split()}
        if ours and (ours <= theirs or theirs <= ours):
            return True
    return False


def _organisation_kind(sector: str, kind: ActorKind) -> ActorKind:
    """An organisation's kind by its dictionary sector; a government sector leaves the tagger's kind."""
    found = _SECTOR_KINDS.get(sector)
    return ActorKind(found) if found is not None and found != "GOVERNMENT" else kind


def agents_without_a_country_get_sector_codes(protos: list[_Proto], ctx: ActorContext) -> list[_Proto]:
    """A body or group the text ties to no country is coded by its sector, in the dateline's country if the story has one.

    "Troops stormed the village": ``---MIL`` (CAMEO's unknown country); in a
    story filed from "LIMA, Peru": ``PERMIL``.
    """
    dictionary = ctx.dictionary
    if dictionary is None:
        return protos
    out: list[_Proto] = []
    for proto in protos:
        if proto.key and not proto.country and (not proto.code or proto.code.startswith(UNKNOWN_COUNTRY)) and proto.via in {Via.BODY, Via.GROUP, Via.GROUP_DEFINITE} and proto.kind is not ActorKind.LOCATION:
            agent = dictionary.agent(proto.name.lower().split())
            if agent is not None and agent.code not in {"", "---"}:
                # Only an unnamed collective is placed by the dateline; a body may be foreign ("a U.N. court").
                country = ctx.dateline if proto.via is not Via.BODY else None
                where = country or UNKNOWN_COUNTRY
                code = (agent.code + where) if agent.prefix else (where + agent.code)
                key = f"{country.lower()}-{proto.key}" if country and not proto.key.startswith(country.lower() + "-") else proto.key
                proto = replace(proto, code=code, country=country, key=key)
        out.append(proto)
    return out
