"""The country a story was filed from, and the destination of a visit it leaves unnamed.

A dateline ("LIMA, May 3", "SANTIAGO, Chile") places the story.
A visit the story reports without naming where it goes ("a major aim of the
minister's *visit* was ...") is, in a story filed from another country than
the visitor's, a visit to the country of the dateline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.actors.gazetteer import Gazetteer
from kg.model import Actor, ActorKind

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Travel acts whose destination the dateline may supply.
_VISIT_CODES = frozenset({"042"})
#: Dependents that name (or try to name) a destination ("visit *to* X", "visited *X*").
_DESTINATION_PREPS = frozenset({"to", "in"})


def dateline_country(dateline: str | None, gazetteer: Gazetteer, year: int | None = None) -> str | None:
    """ISO3 code of the place a dateline names: its first part a country, capital or region.

    "LIMA, May 3" -> PER; "SANTIAGO, Chile" -> CHL. A dateline
    whose place the gazetteer cannot place gives ``None``.
    """
    if not dateline:
        return None
    for part in (p.strip() for p in dateline.split(",")[:2]):
        if not part:
            continue
        for variant in dict.fromkeys((part, part.title())):
            entry = gazetteer.country(variant, year=year) or gazetteer.capital(variant, year=year) or gazetteer.region(variant)
            if entry is not None:
                return entry.iso3
    return None


def _names_place(child: Token) -> bool:
    """Does a dependent of the travel word name where it goes ("visit *to* X", "visited *X*", "his *India* visit")?"""
    if child.dep_ == "prep":
        return child.lower_ in _DESTINATION_PREPS
    return child.dep_ == "dobj" or (child.dep_ in ("compound", "nmod", "amod") and child.pos_ == "PROPN")


def dateline_destination(token: Token, code: str, source: str | None, country: str | None, actors: list[Actor]) -> str | None:
    """The country actor a visit with no named destination goes to: the dateline's.

    Only a travel noun ("the minister's visit") whose traveller belongs to
    another country, with no destination phrase or place modifier of its own, and only when the story names
    the dateline's country as an actor.
    """
    if country is None or source is None or code[:3] not in _VISIT_CODES or token.pos_ != "NOUN":
        return None
    if any(_names_place(c) for c in token.children):
        return None
    by_id = {a.id: a for a in actors}
    traveller = by_id.get(source)
    home = traveller.country or (traveller.code or "")[:3] if traveller is not None else None
    if not home or home == country:
        return None
    return next((a.id for a in actors if a.kind is ActorKind.COUNTRY and a.code == country), None)
