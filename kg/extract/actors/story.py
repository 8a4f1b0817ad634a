"""The country a story is about, and the mentions that belong to it when the text names no other.

"The Foreign Ministry said" and "the government" with no nationality are the
story country's; a settlement no gazetteer knows lies in it. Capitals and "X
officials" speak for their country unless the article names its government.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.actors.agents import AGENT_HEADS
from kg.extract.actors.context import ActorContext
from kg.extract.actors.gazetteer import BodyEntry, CountryEntry, Gazetteer
from kg.extract.actors.mention import ProtoMention as _Proto
from kg.extract.actors.mention import Via
from kg.extract.actors.names import BARE_GOVERNMENTS, armed_forces_name, clean_name, government_name, short_country, title_case
from kg.extract.actors.places import designated_place_country
from kg.model import ActorKind

__all__ = ["fold_into_countries", "located_places", "story_bodies", "story_country", "story_government"]

#: How much more the first country mention (dateline, lead subject) counts, as for relations' home countries.
_FIRST_WEIGHT = 4


def story_country(protos: list[_Proto], gaz: Gazetteer, dateline: str | None = None) -> CountryEntry | None:
    """The country the story is about: the one mentioned most often (names, capitals, nationalities).

    The dateline's country (``dateline``, ISO3) counts as the first mention.
    An article about two countries in equal measure has none.
    """
    counts: dict[str, int] = {dateline: _FIRST_WEIGHT} if dateline else {}
    for proto in protos:
        if proto.country and proto.key and proto.kind is not ActorKind.PERSON and proto.via != Via.ADJECTIVE:
            counts[proto.country] = counts.get(proto.country, 0) + (1 if counts else _FIRST_WEIGHT)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    story = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
    return gaz.country_by_iso3(story) if story else None


def story_bodies(protos: list[_Proto], ctx: ActorContext) -> list[_Proto]:
    """A national body with no nationality is that of the country the story is about.

    "LIMA - ... The Foreign Ministry said": Peru's. Only national bodies the
    gazetteer knows (ministries, the treasury, the opposition, a party name
    many countries use); a body with its own country ("State Department")
    already has it.
    """
    entry, gaz = ctx.story, ctx.gazetteer
    # A clear home country: the most mentioned is also the first (dateline, lead subject).
    # A nationality adjective ("South African uranium") names a country, not the story's home.
    first = ctx.dateline or next((p.country for p in protos if p.country and p.key and p.kind is not ActorKind.PERSON and p.via != Via.ADJECTIVE), None)
    if entry is None or first != entry.iso3:
        return protos
    coded: dict[str, tuple[str, str, str]] = {}
    for proto in protos:
        # The body may be named by its head noun only ("the opposition-controlled parliament", "trainee police").
        body = _body_named(proto, gaz) if proto.via == Via.BODY and proto.name and not proto.country and proto.kind in {ActorKind.GOVERNMENT, ActorKind.GROUP} else None
        if body is not None and (proto.kind is ActorKind.GOVERNMENT or body.sector in {"OPP", "PTY"}) and body.sector and not body.country and proto.key not in coded:
            named = proto.name if gaz.body(proto.name) is not None else body.name
            coded[proto.key] = (f"{short_country(entry)} {title_case(named)}", f"{entry.iso3.lower()}-{body.key}", entry.iso3 + body.sector)
    # Later mentions resolved to the body ("the Ministry") follow it.
    return [replace(p, name=coded[p.key][0], key=coded[p.key][1], country=entry.iso3, code=coded[p.key][2]) if p.key in coded else p for p in protos]


def _body_named(proto: _Proto, gaz: Gazetteer) -> BodyEntry | None:
    """The gazetteer body a phrase names, whole or by its head noun with plain modifiers ("the opposition-controlled parliament").

    A coordination ("police and troops") is neither body; a proper-name modifier
    ("the U.N. war crimes court") may say whose body it is.
    """
    whole = gaz.body(proto.name)
    modifiers = (proto.surface or proto.name).split()[:-1]
    # A capital after the first word, or an acronym anywhere ("U.N."), marks a proper name.
    proper = any((k and w[:1].isupper()) or sum(c.isupper() for c in w) > 1 for k, w in enumerate(modifiers))
    if whole is not None or " and " in proto.name or proper:
        return whole
    return gaz.body(proto.name.split()[-1])


def story_government(protos: list[_Proto], ctx: ActorContext) -> list[_Proto]:
    """"The government" with no earlier government is that of the country the story is about.

    "LIMA - ... The government denied it": Peru's government. A story about
    several countries in equal measure leaves it to the dateline's country.
    Without either (or for "the cabinet"), it is no actor.
    """
    entry = ctx.story or (ctx.gazetteer.country_by_iso3(ctx.dateline) if ctx.dateline else None)
    out: list[_Proto] = []
    for proto in protos:
        if proto.via == Via.BARE_GOVERNMENT and not proto.key:
            if entry is None or clean_name(proto.surface).lower() not in BARE_GOVERNMENTS:
                continue
            proto = replace(proto, key=f"{entry.iso3.lower()}-government", name=government_name(entry), country=entry.iso3, code=entry.iso3 + "GOV", via=Via.DESCRIPTION)
        out.append(proto)
    return out


def government_forces_of_the_story(protos: list[_Proto], ctx: ActorContext) -> list[_Proto]:
    """"Government troops" with no nationality are the armed forces of the country the story is about.

    "Rebels fought government troops near Ayacucho": Peru's forces, as "the
    government" is Peru's. Not "pro-government" or "anti-government" forces,
    which are others; without a story country they stay unplaced.
    """
    entry = ctx.story
    if entry is None:
        return protos
    out: list[_Proto] = []
    for proto in protos:
        words = (proto.surface or proto.name).lower().split()
        if proto.kind is ActorKind.MILITARY and not proto.country and "government" in words[:-1] and proto.via in {Via.BODY, Via.GROUP, Via.GROUP_DEFINITE}:
            proto = replace(proto, key=f"{entry.iso3.lower()}-armed-forces", name=armed_forces_name(entry), country=entry.iso3, code=entry.iso3 + "MIL")
        out.append(proto)
    return out


def _speaks_for(proto: _Proto) -> bool:
    return bool(proto.surface) and proto.surface.split()[-1].lower() in AGENT_HEADS


def fold_into_countries(protos: list[_Proto], ctx: ActorContext) -> list[_Proto]:
    """Capitals and "X officials" speak for the country unless the text names its government.

    The annotation codes "Lima said" and "Peruvian officials said" as the
    country actor; only an article that also names the government ("the
    Peruvian government", "the government") keeps them apart.
    """
    countries = {p.key for p in protos if p.kind is ActorKind.COUNTRY and p.key}
    # A seat ("the Kremlin") is an actor of its own and does not name the government either.
    borrowed = {Via.METONYMY, Via.AGENT, Via.PRONOUN, Via.NAME_PART, Via.SEAT}
    named = {p.key for p in protos if p.key.endswith("-government") and p.via not in borrowed}
    out: list[_Proto] = []
    for proto in protos:
        iso = proto.key.removesuffix("-government")
        entry = ctx.gazetteer.country_by_iso3(iso.upper()) if proto.key.endswith("-government") and iso in countries and proto.key not in named else None
        if entry is not None and proto.via != Via.SEAT and (proto.via != Via.AGENT or _speaks_for(proto)):
            proto = replace(proto, key=iso, kind=ActorKind.COUNTRY, name=entry.name, code=entry.iso3, wikidata=entry.wikidata, via=Via.FOLDED if proto.via != Via.PRONOUN else Via.PRONOUN)
        out.append(proto)
    return out


def located_places(protos: list[_Proto], ctx: ActorContext) -> list[_Proto]:
    """A place no gazetteer knows, named as a settlement, lies in the country its noun or the story says.

    "the northern post of Tarapo" in a story about Peru: a place in Peru.
    """
    out: list[_Proto] = []
    for proto in protos:
        where = designated_place_country(ctx.parsed[proto.para].doc[proto.head], ctx.gazetteer, ctx.story) if proto.kind is ActorKind.LOCATION and not proto.country else None
        out.append(replace(proto, country=where.iso3) if where is not None else proto)
    return out
