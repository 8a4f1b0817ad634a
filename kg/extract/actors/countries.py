"""Country references only the article settles: "the South" of a divided nation, a capital in a past year.

"The South" is the one "South X" country the article names; "Moscow said"
in 1987 is the Soviet government (the gazetteer knows which state held a
capital in which years); "the country" may be the story's own; a capital that
acts is that actor where it is a place too.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.actors.context import ActorContext
from kg.extract.actors.mention import ProtoMention as _Proto
from kg.extract.actors.mention import Via
from kg.extract.actors.names import clean_name, government_name
from kg.extract.actors.tokens import SUBJECT_DEPS
from kg.model import ActorKind

__all__ = ["halves_of_a_nation", "historical_capitals", "home_country_descriptions", "places_that_act"]

_HALVES = frozenset({"south", "north"})


def historical_capitals(protos: list[_Proto], ctx: ActorContext) -> list[_Proto]:
    """A capital acts for the state that held it in the article's year.

    "Moscow said" in a 1987 article is the Soviet government, not Russia's.
    """
    if ctx.year is None:
        return protos
    out: list[_Proto] = []
    for proto in protos:
        held = ctx.gazetteer.capital(clean_name(proto.surface), year=ctx.year) if proto.via == Via.METONYMY and proto.country else None
        if held is not None and held.historical and held.iso3 != proto.country and proto.country:
            old = proto.country
            key = held.iso3.lower() + proto.key.removeprefix(old.lower()) if proto.key.startswith(old.lower()) else proto.key
            name = government_name(held) if key.endswith("-government") else held.name
            code = held.iso3 + (proto.code or "")[3:]
            proto = replace(proto, country=held.iso3, key=key, name=name, code=code, wikidata=None)
        out.append(proto)
    return out


def halves_of_a_nation(protos: list[_Proto], ctx: ActorContext) -> list[_Proto]:
    """"The South" / "the North" in an article that names one "South X" / "North X" country is that country.

    "North Maravia shelled the border; the South protested": South Maravia.
    """
    out: list[_Proto] = []
    for proto in protos:
        word = proto.surface.casefold()
        doc = ctx.parsed[proto.para].doc
        if word in _HALVES and proto.kind is ActorKind.LOCATION and proto.head > 0 and doc[proto.head - 1].lower_ == "the":
            named = {p.key: p for p in protos if p.kind is ActorKind.COUNTRY and p.name.casefold().startswith(word + " ")}
            if len(named) == 1:
                country = next(iter(named.values()))
                proto = country.standing_at(proto, Via.DESCRIPTION)
        out.append(proto)
    return out


def home_country_descriptions(protos: list[_Proto], ctx: ActorContext) -> list[_Proto]:
    """"The country" is the story's home country when the nearest one was only talked about.

    "Peru's president accused his rivals of siding with Bolivia, its old
    rival. ... the country's teachers": Bolivia never acts in the story (it
    is never a subject), so "the country" is Peru.
    """
    home = ctx.story.iso3.lower() if ctx.story else None
    anchor = next((p for p in protos if p.kind is ActorKind.COUNTRY and p.key == home and p.via not in {Via.DESCRIPTION, Via.PRONOUN}), None) if home else None
    if anchor is None:
        return protos
    parsed = ctx.parsed
    acting = {p.key for p in protos if p.via not in {Via.DESCRIPTION, Via.PRONOUN} and parsed[p.para].doc[p.head].dep_ in SUBJECT_DEPS}
    out: list[_Proto] = []
    for proto in protos:
        head = parsed[proto.para].doc[proto.head]
        if proto.via == Via.DESCRIPTION and proto.kind is ActorKind.COUNTRY and proto.key != home and proto.key not in acting and head.lower_ == "country":
            proto = anchor.standing_at(proto, Via.DESCRIPTION)
        out.append(proto)
    return out


def places_that_act(protos: list[_Proto], ctx: ActorContext) -> list[_Proto]:
    """A capital that acts elsewhere in the article is that actor where it is a place too.

    "LIMA, May 3 - ... Lima protested": the dateline's place is the government that protests.
    """
    # Case aside: the dateline's "LIMA" is the "Lima" that acts.
    acting = {p.surface.casefold(): p for p in protos if p.key and p.kind is not ActorKind.LOCATION and p.via in {Via.METONYMY, Via.FOLDED}}
    out: list[_Proto] = []
    for proto in protos:
        actor = acting.get(proto.surface.casefold()) if proto.kind is ActorKind.LOCATION and proto.code else None
        if actor is not None and actor.country == proto.country:
            proto = replace(proto, key=actor.key, kind=actor.kind, name=actor.name, code=actor.code, wikidata=actor.wikidata, via=actor.via)
        out.append(proto)
    return out
