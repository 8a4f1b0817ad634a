"""Leaders in their countries: the governments named after them and the offices one person holds.

"The Alvarez administration" and "Choi's office" are governments of the
country the article ties the leader to; a country has one president or
prime minister at a time, so a bare "President X" is not the home country's
when the article names another.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.actors.mention import ProtoMention as _Proto
from kg.extract.actors.mention import Via
from kg.model import ActorKind


def leader_governments(protos: list[_Proto]) -> list[_Proto]:
    """"The Alvarez administration", "Choi's office": the government of the country the article ties the leader to.

    The leader must be a person of the article with one country ("President
    Luis Alvarez", coded with his country); a name the article ties to no country leaves
    the body's country unknown.
    """
    persons = [p for p in protos if p.kind is ActorKind.PERSON and p.key and p.country]
    out: list[_Proto] = []
    for proto in protos:
        if proto.via == Via.LEADER_BODY and not proto.country:
            leader = [w.removesuffix("'s").removesuffix("’s") for w in proto.name.split()[:-1]]  # "Choi's office"
            owners = {p.country for p in persons if p.country and leader and _is_name_of(leader, p.name)}
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


# Offices a country has one holder of at a time.
_SOLE_TITLES = ("president", "prime minister", "premier", "pm", "chancellor", "king", "queen", "emir")


def sole_titles(surface: str) -> set[str]:
    """The one-holder titles a person's phrase names ("Afghan President X": president)."""
    words = " " + " ".join(surface.lower().replace("-", " ").split()) + " "
    return {t for t in _SOLE_TITLES if f" {t} " in words}


def former(surface: str) -> bool:
    """Whether a person's phrase says the office is no longer theirs ("former President X")."""
    words = surface.lower().split()
    return any(w in {"former", "ex", "late", "then"} or w.startswith("ex-") for w in words)
