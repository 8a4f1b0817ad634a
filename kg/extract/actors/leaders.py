"""Leaders in their countries: the governments named after them and the offices one person holds.

"The Alvarez administration" and "Choi's office" are governments of the
country the article ties the leader to; a titled person with no nationality
holds office where a seat of government in the sentence, else the story
country, says; a country has one president or prime minister at a time, so
a bare "President X" is not the home country's when the article names another.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.syntax import sentence_bounds
from kg.extract.actors.context import ActorContext
from kg.extract.actors.gazetteer import CountryEntry
from kg.extract.actors.mention import ProtoMention as _Proto
from kg.extract.actors.mention import Via
from kg.extract.actors.places import PLACE_PREPOSITIONS
from kg.extract.actors.tokens import SUBJECT_DEPS
from kg.extract.words import WordClass
from kg.model import ActorKind
from kg.nlp import ParsedParagraph

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["facing_home", "former", "leader_governments", "seat_office_holders", "sole_titles", "story_office_holders"]

#: Offices a country has one holder of at a time.
_SOLE_TITLES = WordClass("sole_titles")


def leader_governments(protos: list[_Proto], ctx: ActorContext) -> list[_Proto]:
    """"The Alvarez administration", "Choi's office": the government of the country the article ties the leader to.

    The leader must be a person of the article with one country ("President
    Luis Alvarez", coded with his country), else a leader the dated leaders
    table or the field's dictionaries know on the story's date ("the Biden
    administration" in 2023); otherwise the body's country stays unknown.
    """
    persons = [p for p in protos if p.kind is ActorKind.PERSON and p.key and p.country]
    out: list[_Proto] = []
    for proto in protos:
        if proto.via == Via.LEADER_BODY and not proto.country:
            leader = [w.removesuffix("'s").removesuffix("’s") for w in proto.name.split()[:-1]]  # "Choi's office"
            owners = {p.country for p in persons if p.country and leader and _is_name_of(leader, p.name)}
            if not owners and leader and ctx.dictionary is not None:
                known = ctx.dictionary.lookup(leader, ctx.article.published)
                if known is not None and known.country and known.sector == "GOV":
                    owners = {known.country}
            if len(owners) == 1:
                iso3 = next(iter(owners))
                proto = replace(proto, country=iso3, code=iso3 + "GOV")
        out.append(proto)
    return out


def _is_name_of(words: list[str], name: str) -> bool:
    """Whether the words begin or end a person's name ("Alvarez" of "Luis Alvarez", "Choi" of "Choi Min-ho")."""
    full = name.lower().split()
    part = [w.lower() for w in words]
    return full[-len(part) :] == part or full[: len(part)] == part


def sole_titles(surface: str) -> set[str]:
    """The one-holder titles a person's phrase names ("Afghan President X": president)."""
    words = " " + " ".join(surface.lower().replace("-", " ").split()) + " "
    return {t for t in _SOLE_TITLES if f" {t} " in words}


def former(surface: str) -> bool:
    """Whether a person's phrase says the office is no longer theirs ("former President X")."""
    words = surface.lower().split()
    return any(w in {"former", "ex", "late", "then"} or w.startswith("ex-") for w in words)


def seat_office_holders(protos: list[_Proto], ctx: ActorContext) -> list[_Proto]:
    """A titled person with no nationality holds office where a seat of government in the sentence says.

    "President Ortega will attend, the Casa Rosada said": Argentina's president.
    """
    parsed = ctx.parsed
    seats: dict[tuple[int, int], set[str]] = {}
    for proto in protos:
        if proto.via == Via.SEAT and proto.country and proto.code == proto.country + "GOV":
            seats.setdefault((proto.para, sentence_bounds(parsed[proto.para].doc[proto.head])[0]), set()).add(proto.country)
    if not seats:
        return protos
    holders: dict[str, str] = {}
    for proto in protos:
        found = seats.get((proto.para, sentence_bounds(parsed[proto.para].doc[proto.head])[0]), set())
        if proto.kind is ActorKind.PERSON and proto.role and proto.key and not proto.country and len(found) == 1:
            holders.setdefault(proto.key, next(iter(found)))
    return [replace(p, country=holders[p.key], code=holders[p.key] + (p.role or "")) if p.key in holders and not p.country else p for p in protos]


def story_office_holders(protos: list[_Proto], ctx: ActorContext) -> list[_Proto]:
    """A titled person with no nationality holds office in the country the story is about, unless they face it.

    "LIMA - President Ortega said": Peru's president. Not when the home
    country's sole office is taken ("Peruvian President Ruiz ... President
    Ortega") or the sentence sets Ortega against Peru.
    """
    entry, facing = ctx.story, ctx.facing
    if entry is None:
        return protos
    # The home country's sole office ("Afghan President X") is taken: "President Y" holds another country's.
    taken = {t for p in protos if p.kind is ActorKind.PERSON and p.country == entry.iso3 and not former(p.surface) for t in sole_titles(p.surface)}
    titled = {
        p.key: p.role
        for p in protos
        if p.kind is ActorKind.PERSON and p.role and p.key and entry.iso3 not in facing.get(p.key, frozenset()) and not (sole_titles(p.surface) & taken)
    }
    if not titled:
        return protos
    out: list[_Proto] = []
    for proto in protos:
        role = titled.get(proto.key)
        if role and not proto.country and not (proto.code and len(proto.code) > 3):
            proto = replace(proto, country=entry.iso3, code=entry.iso3 + role)
        out.append(proto)
    return out


def facing_home(protos: list[_Proto], entry: CountryEntry | None, parsed: Sequence[ParsedParagraph]) -> dict[str, frozenset[str]]:
    """Titled persons the sentence that names them sets against the home country.

    "Moroccan diplomats met President X", "President X threatened Russia": X
    holds no office of that country, whatever the story is about.
    """
    if entry is None:
        return {}
    firsts: dict[str, _Proto] = {}
    for proto in protos:
        if proto.kind is ActorKind.PERSON and proto.role and proto.key:
            firsts.setdefault(proto.key, proto)
    home = [p for p in protos if p.country == entry.iso3 and p.kind not in {ActorKind.PERSON, ActorKind.LOCATION} and p.via != Via.ADJECTIVE]
    return {key: frozenset({entry.iso3}) for key, first in firsts.items() if any(_counterparts(first, other, parsed) for other in home)}


def _clause_path(token: Token, modifiers: set[str]) -> tuple[Token, Token, bool]:
    """The verb of the token's clause, the verb's child on the way, and whether the token is
    no argument of it: a place ("in Sudan") or a modifier of another noun ("an Argentine judge")."""
    child, aside = token, False
    while child.head.i != child.i and child.head.pos_ not in {"VERB", "AUX"}:
        aside = aside or (child.head.dep_ == "prep" and child.head.lower_ in PLACE_PREPOSITIONS) or child.dep_ in modifiers
        child = child.head
    aside = aside or (child.dep_ == "prep" and child.lower_ in PLACE_PREPOSITIONS)
    return child.head, child, aside


def _counterparts(person: _Proto, other: _Proto, parsed: Sequence[ParsedParagraph]) -> bool:
    """Whether the person and a mention of the home country face each other in one clause.

    The home country's actor is the subject and the person an object ("the German
    government welcomed President X's statement"), or the person is the subject
    and the country itself its object ("President X threatened Russia").
    """
    if other.para != person.para:
        return False
    doc = parsed[person.para].doc
    mine, theirs = doc[person.head], doc[other.head]
    if sentence_bounds(mine)[0] != sentence_bounds(theirs)[0]:
        return False
    # The person may possess the argument ("President X's statement"); the country must be one.
    verb, my_arg, my_place = _clause_path(mine, {"amod", "compound", "nmod"})
    other_verb, their_arg, their_place = _clause_path(theirs, {"amod", "compound", "nmod", "poss"})
    if verb.i != other_verb.i or my_arg.i == their_arg.i or their_place or my_place:
        return False
    # The nation or its government faces a foreign leader; its own bodies ("Congress overrode
    # President X's veto") and groups do not.
    national = other.kind is ActorKind.COUNTRY or other.key.endswith("-government")
    if their_arg.dep_ in SUBJECT_DEPS:
        return national and my_arg.dep_ not in SUBJECT_DEPS
    # The person acts on the country, or on its government named by its capital ("urged sanctions on
    # Moscow"); a judge acting on "government officials" of the home country is at home.
    return my_arg.dep_ in SUBJECT_DEPS and (other.kind is ActorKind.COUNTRY or other.via == Via.METONYMY)
