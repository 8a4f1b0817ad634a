"""Merging: the article's resolved mentions -> canonical actors, their mentions and token lookups.

Mentions that share a key are one actor: gazetteer names win as its name,
else the longest name seen; every surface form but a pronoun is an alias.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.actors.mention import ProtoMention as _Proto
from kg.extract.actors.mention import Via
from kg.extract.actors.spans import is_dateline
from kg.extract.actors.tokens import is_locative
from kg.model import Actor, ActorKind, Mention
from kg.nlp import ParsedParagraph

__all__ = ["Merged", "TokenKey", "merge_mentions"]

#: Token address: (paragraph index, token index in that paragraph's Doc).
TokenKey = tuple[int, int]
#: Actors, mentions, token -> actor id, and each mention's head as (paragraph, token, actor id).
Merged = tuple[list[Actor], list[Mention], dict[TokenKey, str], list[tuple[int, int, str]]]

#: Ways of finding a mention whose name is the gazetteer's (or made from it): that name is the actor's.
_GIVEN_NAMES = frozenset({Via.GAZETTEER, Via.ADJECTIVE, Via.METONYMY, Via.SEAT, Via.BODY, Via.AGENT, Via.FOLDED})


def merge_mentions(protos: Sequence[_Proto], parsed: Sequence[ParsedParagraph]) -> Merged:
    """Group resolved mentions by key into actors; unresolved ones (no key) are left out."""
    by_key: dict[str, list[_Proto]] = {}
    for proto in protos:
        if proto.key:
            by_key.setdefault(proto.key, []).append(proto)
    actors: list[Actor] = []
    for key, group in by_key.items():
        first = group[0]
        # The canonical name: gazetteer names win; else the longest name seen.
        names = [p.name for p in group if p.name]
        name = first.name if first.via in _GIVEN_NAMES and first.name else max(names, key=len, default=first.surface)
        country = next((p.country for p in group if p.country), None)
        code = next((p.code for p in group if p.code and len(p.code) > 3), None) or next((p.code for p in group if p.code), None)
        code = _role_code(code)
        kind = first.kind
        aliases = sorted({_clean_alias(p.surface) for p in group if p.surface and p.via != Via.PRONOUN} - {""})
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
    return actors, sorted(set(mentions), key=lambda m: (m.span.start, m.span.end)), by_token, heads


def _as_place(proto: _Proto, parsed: Sequence[ParsedParagraph]) -> bool:
    """A mention that names a place: after a locative preposition, a modifier, or a geographic name."""
    head = parsed[proto.para].doc[proto.head]
    if head.ent_type_ in {"LOC", "FAC"} or head.dep_ in {"compound", "amod", "nmod"} or (proto.para == 0 and is_dateline(head)):
        return True
    if head.dep_ == "appos" and head.head.ent_type_ == "GPE" and head.head.i < head.i:
        return True  # "Boulder, Colorado": the state or country that locates a city
    return is_locative(head)


def _role_code(code: str | None) -> str | None:
    """Insurgents and militants are coded as rebels (REB): PLOVER's sectors have no separate INS."""
    if code and len(code) >= 6 and code[3:6] == "INS" and code[:3] not in {"IGO", "NGO", "IMG"}:
        return code[:3] + "REB" + code[6:]
    return code


def _clean_alias(text: str) -> str:
    return " ".join(text.split()).strip(" ,.")
