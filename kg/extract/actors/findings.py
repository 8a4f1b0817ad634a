"""Find actor mentions and resolve them to canonical actors within an article.

Noun phrases are read from the dependency parse, head by head: a phrase is an
actor when its head or its modifiers are in the gazetteer (countries, capitals
and seats of government, bodies, organisations) or when spaCy tags it as a
person or organisation. The country comes from a demonym, a country name or a
possessive among the modifiers ("Chinese", "US", "China's"). Mentions are then
merged: name parts ("Putin" after "Vladimir Putin"), spelling variants, definite
descriptions ("the company"), cheap pronouns, and capitals that act for their
government ("Nairobi protested").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from kg.extract.actors.mention import ProtoMention as _Proto
from kg.extract.actors.mention import Via
from kg.extract.actors.coref import resolve_references
from kg.extract.actors.names import (
    ARMED_FORCE_WORDS,
    armed_forces_name,
    clean_name,
    short_country,
    title_case,
    government_name as government_name,
    slugify as slugify,
)
from kg.extract.actors.agents import AGENT_HEADS
from kg.extract.actors.countries import halves_of_a_nation, historical_capitals, home_country_descriptions
from kg.extract.actors.leaders import former, leader_governments, sole_titles
from kg.extract.actors.phrases import find_in_paragraph
from kg.extract.actors.places import designated_place_country
from kg.extract.actors.spans import is_dateline
from kg.extract.actors.tokens import LOCATIVE_PREPOSITIONS
from kg.extract.rules import RuleSwitch
from kg.extract.actors.gazetteer import BodyEntry, CountryEntry, Gazetteer
from kg.model import Actor, ActorKind, Article, Mention
from kg.nlp import ParsedParagraph
from kg.extract.words import WordClass

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Token address: (paragraph index, token index in that paragraph's Doc).
TokenKey = tuple[int, int]

@dataclass
class ActorFindings:
    """Actors and mentions of an article, plus token-level lookups for later stages.

    ``heads`` lists each mention's phrase head as (paragraph, token index, actor id);
    ``facing`` the countries a titled person stands against (holds no office of).
    """

    actors: list[Actor]
    mentions: list[Mention]
    by_token: dict[TokenKey, str] = field(default_factory=dict)
    heads: list[tuple[int, int, str]] = field(default_factory=list)
    facing: dict[str, set[str]] = field(default_factory=dict)

    def actor_at(self, para: int, token_i: int) -> str | None:
        """Actor id of the mention covering a token, if any."""
        return self.by_token.get((para, token_i))

    def child_actor(self, para: int, token: Token, dep: str) -> str | None:
        """Actor id of the first child of ``token`` with dependency ``dep`` that is a mention ("A *and B*", "X, *the minister*")."""
        return next((found for child in token.children if child.dep_ == dep and (found := self.actor_at(para, child.i))), None)


def find_actors(article: Article, parsed: Sequence[ParsedParagraph], gazetteer: Gazetteer, switch: RuleSwitch | None = None) -> ActorFindings:
    """Find and resolve the actors of an article.

    Args:
        article: the article (offsets point into its text).
        parsed: its paragraphs parsed by spaCy.
        gazetteer: the general gazetteer.

    Returns:
        canonical actors (ids are stable keys shared across articles), their
        mentions, and a token -> actor id map for the event stage.
    """
    protos: list[_Proto] = []
    for p_index, paragraph in enumerate(parsed):
        protos.extend(find_in_paragraph(p_index, paragraph, gazetteer))
    protos.sort(key=lambda p: (p.span.start, -p.span.end))
    protos = historical_capitals(resolve_references(protos, parsed), gazetteer, article.published.year if article.published else None)
    protos = halves_of_a_nation(_acronyms_in_parentheses(protos, parsed), parsed)
    documents = {p.key for p in protos if p.via == Via.DOCUMENT}
    protos = [p for p in protos if p.key not in documents]  # a treaty and its acronym are no actors
    story = _story_country(protos, gazetteer)
    protos = _fold_into_countries(_story_government(_story_bodies(_resolve_possessed(protos, gazetteer), story, gazetteer), story), gazetteer)
    protos = home_country_descriptions(_located_places(protos, story, parsed, gazetteer), story.iso3.lower() if story else None, parsed)
    facing = _facing_home(protos, story, parsed)
    protos = leader_governments(_story_office_holders(_seat_office_holders(protos, parsed), story, facing))
    return _merge(article, _places_that_act(protos), parsed, facing)


def _resolve_possessed(protos: list[_Proto], gaz: Gazetteer) -> list[_Proto]:
    """"its forces", "their police": the body of the nearest preceding country or government."""
    out: list[_Proto] = []
    for proto in protos:
        if proto.via == Via.POSSESSED:
            owner = next(
                (c for c in reversed(out) if c.country and c.kind in {ActorKind.COUNTRY, ActorKind.GOVERNMENT} and proto.span.start - c.span.end < 400),
                None,
            )
            entry = gaz.country_by_iso3(owner.country) if owner is not None and owner.country else None
            body = proto.name
            if entry is None:
                proto = replace(proto, name=body, key=slugify(body), via=Via.BODY)
            elif body in ARMED_FORCE_WORDS:
                proto = replace(proto, name=armed_forces_name(entry), key=f"{entry.iso3.lower()}-armed-forces", kind=ActorKind.MILITARY, country=entry.iso3, code=entry.iso3 + "MIL", via=Via.BODY)
            else:
                sector = gaz.body(body)
                code = entry.iso3 + (sector.sector if sector else "GOV")
                proto = replace(proto, name=f"{short_country(entry)} {title_case(body)}", key=f"{entry.iso3.lower()}-{body}", country=entry.iso3, code=code, via=Via.BODY)
        out.append(proto)
    return out


_BARE_GOVERNMENTS = {"government", "authorities", "administration", "regime"}


def _acronyms_in_parentheses(protos: list[_Proto], parsed: Sequence[ParsedParagraph]) -> list[_Proto]:
    """"the Revolutionary United Front (RUF)": the acronym, there and later, names the phrase before it."""
    fulls: dict[str, _Proto] = {}
    for proto in protos:
        if not proto.key or not proto.tokens or proto.kind in {ActorKind.COUNTRY, ActorKind.PERSON, ActorKind.LOCATION}:
            continue
        doc = parsed[proto.para].doc
        last = max(proto.tokens)
        if last + 3 < len(doc) and doc[last + 1].text == "(" and doc[last + 3].text == ")":
            short = doc[last + 2].text.replace(".", "")
            if 2 <= len(short) <= 8 and short.isupper():
                fulls.setdefault(doc[last + 2].text, proto)
    out: list[_Proto] = []
    renamed: dict[str, _Proto] = {}
    for proto in protos:
        # The acronym may carry a modifier ("the conservative NRF"): its name is the acronym.
        full = fulls.get(proto.surface) or (fulls.get(proto.name) if proto.via == Via.ENTITY else None)
        if full is not None and proto.key and proto.key != full.key and proto.via != Via.PRONOUN:
            if proto.code and not full.code:
                fulls[proto.surface] = replace(proto)  # the gazetteer knows the acronym: its entry wins
                renamed[full.key] = proto
                out = [proto.standing_at(o, Via.NAME_PART) if o.key == full.key else o for o in out]
            else:
                renamed[proto.key] = full
                proto = full.standing_at(proto, Via.NAME_PART)
        out.append(proto)
    # Pronouns already resolved to the acronym ("NUT ... it") follow it.
    return [
        renamed[p.key].standing_at(p, Via.PRONOUN) if p.via == Via.PRONOUN and p.key in renamed else p
        for p in out
    ]


_FIRST_WEIGHT = 4


def _story_country(protos: list[_Proto], gaz: Gazetteer) -> CountryEntry | None:
    """The country the story is about: the one mentioned most often (names, capitals, nationalities).

    An article about two countries in equal measure has none.
    """
    counts: dict[str, int] = {}
    for proto in protos:
        if proto.country and proto.key and proto.kind is not ActorKind.PERSON and proto.via != Via.ADJECTIVE:
            # The first (dateline, lead subject) counts extra, as for relations' home countries.
            counts[proto.country] = counts.get(proto.country, 0) + (1 if counts else _FIRST_WEIGHT)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    story = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
    return gaz.country_by_iso3(story) if story else None


def _located_places(protos: list[_Proto], entry: CountryEntry | None, parsed: Sequence[ParsedParagraph], gaz: Gazetteer) -> list[_Proto]:
    """A place no gazetteer knows, named as a settlement ("the post of X"), lies in the country its noun or the story says."""
    out: list[_Proto] = []
    for proto in protos:
        where = designated_place_country(parsed[proto.para].doc[proto.head], gaz, entry) if proto.kind is ActorKind.LOCATION and not proto.country else None
        out.append(replace(proto, country=where.iso3) if where is not None else proto)
    return out


def _places_that_act(protos: list[_Proto]) -> list[_Proto]:
    """A capital that acts elsewhere in the article ("Baghdad said") is that actor where it is a place too."""
    # Case aside: the dateline's "NAIROBI" is the "Nairobi" that acts.
    acting = {p.surface.casefold(): p for p in protos if p.key and p.kind is not ActorKind.LOCATION and p.via in {Via.METONYMY, Via.FOLDED}}
    out: list[_Proto] = []
    for proto in protos:
        actor = acting.get(proto.surface.casefold()) if proto.kind is ActorKind.LOCATION and proto.code else None
        if actor is not None and actor.country == proto.country:
            proto = replace(proto, key=actor.key, kind=actor.kind, name=actor.name, code=actor.code, wikidata=actor.wikidata, via=actor.via)
        out.append(proto)
    return out


def _facing_home(protos: list[_Proto], entry: CountryEntry | None, parsed: Sequence[ParsedParagraph]) -> dict[str, set[str]]:
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
    return {key: {entry.iso3} for key, first in firsts.items() if any(_counterparts(first, other, parsed) for other in home)}


def _story_office_holders(protos: list[_Proto], entry: CountryEntry | None, facing: dict[str, set[str]]) -> list[_Proto]:
    """"President X" with no nationality holds office in the country the story is about (unless X faces it)."""
    if entry is None:
        return protos
    # The home country's sole office ("Afghan President X") is taken: "President Y" holds another country's.
    taken = {t for p in protos if p.kind is ActorKind.PERSON and p.country == entry.iso3 and not former(p.surface) for t in sole_titles(p.surface)}
    titled = {
        p.key: p.role
        for p in protos
        if p.kind is ActorKind.PERSON and p.role and p.key and entry.iso3 not in facing.get(p.key, set()) and not (sole_titles(p.surface) & taken)
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


def _seat_office_holders(protos: list[_Proto], parsed: Sequence[ParsedParagraph]) -> list[_Proto]:
    """"President X ..., the White House said": a seat of government in the sentence says whose office X holds."""
    seats: dict[tuple[int, int], set[str]] = {}
    for proto in protos:
        if proto.via == Via.SEAT and proto.country and proto.code == proto.country + "GOV":
            seats.setdefault((proto.para, parsed[proto.para].doc[proto.head].sent.start), set()).add(proto.country)
    if not seats:
        return protos
    holders: dict[str, str] = {}
    for proto in protos:
        found = seats.get((proto.para, parsed[proto.para].doc[proto.head].sent.start), set())
        if proto.kind is ActorKind.PERSON and proto.role and proto.key and not proto.country and len(found) == 1:
            holders.setdefault(proto.key, next(iter(found)))
    return [replace(p, country=holders[p.key], code=holders[p.key] + (p.role or "")) if p.key in holders and not p.country else p for p in protos]


def _story_bodies(protos: list[_Proto], entry: CountryEntry | None, gaz: Gazetteer) -> list[_Proto]:
    """"The Foreign Ministry said" with no nationality is that of the country the story is about.

    Only national bodies the gazetteer knows (ministries, the treasury, the
    opposition, a party name many countries use); a body with its own
    country ("State Department") already has it.
    """
    # A clear home country: the most mentioned is also the first (dateline, lead subject).
    # A nationality adjective ("South African uranium") names a country, not the story's home.
    first = next((p.country for p in protos if p.country and p.key and p.kind is not ActorKind.PERSON and p.via != Via.ADJECTIVE), None)
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


_SUBJECTS = {"nsubj", "nsubjpass"}
_PLACE_PREPOSITIONS = WordClass("place_prepositions")


def _clause_path(token: Token, modifiers: set[str]) -> tuple[Token, Token, bool]:
    """The verb of the token's clause, the verb's child on the way, and whether the token is
    no argument of it: a place ("in Sudan") or a modifier of another noun ("an Argentine judge")."""
    child, aside = token, False
    while child.head.i != child.i and child.head.pos_ not in {"VERB", "AUX"}:
        aside = aside or (child.head.dep_ == "prep" and child.head.lower_ in _PLACE_PREPOSITIONS) or child.dep_ in modifiers
        child = child.head
    aside = aside or (child.dep_ == "prep" and child.lower_ in _PLACE_PREPOSITIONS)
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
    if mine.sent.start != theirs.sent.start:
        return False
    # The person may possess the argument ("President X's statement"); the country must be one.
    verb, my_arg, my_place = _clause_path(mine, {"amod", "compound", "nmod"})
    other_verb, their_arg, their_place = _clause_path(theirs, {"amod", "compound", "nmod", "poss"})
    if verb.i != other_verb.i or my_arg.i == their_arg.i or their_place or my_place:
        return False
    # The nation or its government faces a foreign leader; its own bodies ("Congress overrode
    # President X's veto") and groups do not.
    national = other.kind is ActorKind.COUNTRY or other.key.endswith("-government")
    if their_arg.dep_ in _SUBJECTS:
        return national and my_arg.dep_ not in _SUBJECTS
    return my_arg.dep_ in _SUBJECTS and other.kind is ActorKind.COUNTRY


def _story_government(protos: list[_Proto], entry: CountryEntry | None) -> list[_Proto]:
    """"The government" with no earlier government is that of the country the story is about."""
    out: list[_Proto] = []
    for proto in protos:
        if proto.via == Via.BARE_GOVERNMENT and not proto.key:
            if entry is None or clean_name(proto.surface).lower() not in _BARE_GOVERNMENTS:
                continue
            proto = replace(proto, key=f"{entry.iso3.lower()}-government", name=government_name(entry), country=entry.iso3, code=entry.iso3 + "GOV", via=Via.DESCRIPTION)
        out.append(proto)
    return out


def _speaks_for(proto: _Proto) -> bool:
    return bool(proto.surface) and proto.surface.split()[-1].lower() in AGENT_HEADS


def _fold_into_countries(protos: list[_Proto], gaz: Gazetteer) -> list[_Proto]:
    """Capitals and "X officials" speak for the country unless the text names its government.

    The annotation codes "Baghdad said" and "U.S. officials said" as the
    country actor; only an article that also names the government ("the
    Chinese government", "the government") keeps them apart.
    """
    countries = {p.key for p in protos if p.kind is ActorKind.COUNTRY and p.key}
    # A seat ("the Kremlin") is an actor of its own and does not name the government either.
    borrowed = {Via.METONYMY, Via.AGENT, Via.PRONOUN, Via.NAME_PART, Via.SEAT}
    named = {p.key for p in protos if p.key.endswith("-government") and p.via not in borrowed}
    out: list[_Proto] = []
    for proto in protos:
        iso = proto.key.removesuffix("-government")
        entry = gaz.country_by_iso3(iso.upper()) if proto.key.endswith("-government") and iso in countries and proto.key not in named else None
        if entry is not None and proto.via != Via.SEAT and (proto.via != Via.AGENT or _speaks_for(proto)):
            proto = replace(proto, key=iso, kind=ActorKind.COUNTRY, name=entry.name, code=entry.iso3, wikidata=entry.wikidata, via=Via.FOLDED if proto.via != Via.PRONOUN else Via.PRONOUN)
        out.append(proto)
    return out


def _merge(article: Article, protos: list[_Proto], parsed: Sequence[ParsedParagraph], facing: dict[str, set[str]]) -> ActorFindings:
    by_key: dict[str, list[_Proto]] = {}
    for proto in protos:
        if proto.key:
            by_key.setdefault(proto.key, []).append(proto)
    actors: list[Actor] = []
    for key, group in by_key.items():
        first = group[0]
        # The canonical name: gazetteer names win; else the longest name seen.
        names = [p.name for p in group if p.name]
        name = first.name if first.via in {Via.GAZETTEER, Via.ADJECTIVE, Via.METONYMY, Via.SEAT, Via.BODY, Via.AGENT, Via.FOLDED} and first.name else max(names, key=len, default=first.surface)
        country = next((p.country for p in group if p.country), None)
        code = next((p.code for p in group if p.code and len(p.code) > 3), None) or next((p.code for p in group if p.code), None)
        code = _role_code(code)
        kind = first.kind
        aliases = sorted({_clean_alias(p.surface) for p in group if p.surface and p.via not in {Via.PRONOUN}} - {""})
        actors.append(Actor(key, name, kind, country, code, next((p.wikidata for p in group if p.wikidata), None), tuple(aliases)))
    # Places are kept for CAMEO coding and located_in relations, but the
    # annotation has no place actors: they are not mentions of an actor.
    places = {a.id for a in actors if a.kind is ActorKind.LOCATION} - {p.key for p in protos if p.key and not _as_place(p, parsed)}
    mentions = [Mention(p.span, p.key) for p in protos if p.key and p.key not in places]
    by_token: dict[TokenKey, str] = {}
    for proto in protos:
        if not proto.key:
            continue
        for i in proto.tokens:
            by_token.setdefault((proto.para, i), proto.key)
    actors.sort(key=lambda a: a.id)
    heads = [(p.para, p.head, p.key) for p in protos if p.key]
    return ActorFindings(actors, sorted(set(mentions), key=lambda m: (m.span.start, m.span.end)), by_token, heads, facing)


def _as_place(proto: _Proto, parsed: Sequence[ParsedParagraph]) -> bool:
    """A mention that names a place: after a locative preposition, a modifier, or a geographic name."""
    head = parsed[proto.para].doc[proto.head]
    if head.ent_type_ in {"LOC", "FAC"} or head.dep_ in {"compound", "amod", "nmod"} or (proto.para == 0 and is_dateline(head)):
        return True
    if head.dep_ == "appos" and head.head.ent_type_ == "GPE" and head.head.i < head.i:
        return True  # "Boulder, Colorado": the state or country that locates a city
    return head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPOSITIONS


def _role_code(code: str | None) -> str | None:
    """Insurgents and militants are coded as rebels (REB): PLOVER's sectors have no separate INS."""
    if code and len(code) >= 6 and code[3:6] == "INS" and code[:3] not in {"IGO", "NGO", "IMG"}:
        return code[:3] + "REB" + code[6:]
    return code


def _clean_alias(text: str) -> str:
    return " ".join(text.split()).strip(" ,.")


def actor_key_of_country(iso3: str) -> str:
    """The actor id of a country (its ISO 3166-1 alpha-3 code, lowercase)."""
    return iso3.lower()
