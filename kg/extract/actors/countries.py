"""Country references only the article settles: "the South" of a divided nation, a capital in a past year.

"The South" is the one "South X" country the article names; "Moscow said"
in 1987 is the Soviet government (the gazetteer knows which state held a
capital in which years).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kg.extract.actors.names import clean_name, government_name
from kg.extract.actors.mention import ProtoMention as _Proto
from kg.extract.actors.mention import Via
from kg.extract.actors.gazetteer import Gazetteer
from kg.model import ActorKind
from kg.nlp import ParsedParagraph

_HALVES = {"south", "north"}


def halves_of_a_nation(protos: list[_Proto], parsed: Sequence[ParsedParagraph]) -> list[_Proto]:
    """"The South" / "the North" in an article that names one "South X" / "North X" country is that country."""
    out: list[_Proto] = []
    for proto in protos:
        word = proto.surface.casefold()
        doc = parsed[proto.para].doc
        if word in _HALVES and proto.kind is ActorKind.LOCATION and proto.head > 0 and doc[proto.head - 1].lower_ == "the":
            named = {p.key: p for p in protos if p.kind is ActorKind.COUNTRY and p.name.casefold().startswith(word + " ")}
            if len(named) == 1:
                country = next(iter(named.values()))
                proto = country.standing_at(proto, Via.DESCRIPTION)
        out.append(proto)
    return out


def historical_capitals(protos: list[_Proto], gaz: Gazetteer, year: int | None) -> list[_Proto]:
    """"Moscow said" in 1987 is the Soviet government: a capital acts for the state that held it that year."""
    if year is None:
        return protos
    out: list[_Proto] = []
    for proto in protos:
        held = gaz.capital(clean_name(proto.surface), year=year) if proto.via == Via.METONYMY and proto.country else None
        if held is not None and held.historical and held.iso3 != proto.country and proto.country:
            old = proto.country
            key = held.iso3.lower() + proto.key.removeprefix(old.lower()) if proto.key.startswith(old.lower()) else proto.key
            name = government_name(held) if key.endswith("-government") else held.name
            code = held.iso3 + (proto.code or "")[3:]
            proto = replace(proto, country=held.iso3, key=key, name=name, code=code, wikidata=None)
        out.append(proto)
    return out


_SUBJECT_DEPS = {"nsubj", "nsubjpass"}


def home_country_descriptions(protos: list[_Proto], home: str | None, parsed: Sequence[ParsedParagraph]) -> list[_Proto]:
    """"The country" is the story's home country when the nearest one was only talked about.

    "He accused them of sympathizing with X, its neighbour. ... the
    country's doctors": X never acts in the story (it is never a subject),
    so "the country" is the one the story is about.
    """
    anchor = next((p for p in protos if p.kind is ActorKind.COUNTRY and p.key == home and p.via not in {Via.DESCRIPTION, Via.PRONOUN}), None) if home else None
    if anchor is None:
        return protos
    acting = {p.key for p in protos if p.via not in {Via.DESCRIPTION, Via.PRONOUN} and parsed[p.para].doc[p.head].dep_ in _SUBJECT_DEPS}
    out: list[_Proto] = []
    for proto in protos:
        head = parsed[proto.para].doc[proto.head]
        if proto.via == Via.DESCRIPTION and proto.kind is ActorKind.COUNTRY and proto.key != home and proto.key not in acting and head.lower_ == "country":
            proto = anchor.standing_at(proto, Via.DESCRIPTION)
        out.append(proto)
    return out
