"""Family ties: "his wife X", "X's husband Y" (the contract has no spouse_of: coded ``other``)."""

from __future__ import annotations

from kg.extract.relations.context import MentionSite, RelationContext
from kg.model import ActorKind, RelationKind

__all__ = ["spouse_gives_other_relation"]

_SPOUSE_WORDS = {"wife", "husband", "spouse", "widow", "widower"}
_PRONOUNS = {"his", "her", "their"}


def spouse_gives_other_relation(ctx: RelationContext, site: MentionSite) -> None:
    """A spouse named next to a person is related to them as ``other`` ("Ivo Kral and his wife, Mira Kral").

    Also "Y's wife X", "X, the wife of Y"; a possessive pronoun stands for the
    nearest person mentioned before it in the paragraph.
    """
    if not site.person:
        return
    token, para, person, sentence = site.token, site.para, site.actor.id, site.sentence
    nouns = [c for c in token.lefts if c.dep_ in {"compound", "nmod"} and c.lower_ in _SPOUSE_WORDS]
    nouns += [c for c in token.children if c.dep_ == "appos" and c.lower_ in _SPOUSE_WORDS]
    if token.dep_ == "appos" and token.head.lower_ in _SPOUSE_WORDS:
        nouns.append(token.head)
    for noun in nouns:
        spouses = [c for c in noun.children if c.dep_ == "poss"]
        spouses += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        for other in spouses:
            found = ctx.actors.actor_at(para, other.i)
            if found is None and other.lower_ in _PRONOUNS:
                found = _previous_person(ctx, para, other.i, person)
            actor = ctx.actor(found) if found else None
            if actor is not None and actor.kind is ActorKind.PERSON:
                ctx.add(person, RelationKind.OTHER, found, sentence)


def _previous_person(ctx: RelationContext, para: int, before: int, exclude: str) -> str | None:
    """The nearest person mentioned before a pronoun in the same paragraph."""
    for i in range(before - 1, -1, -1):
        found = ctx.actors.actor_at(para, i)
        actor = ctx.actor(found) if found else None
        if actor is not None and actor.kind is ActorKind.PERSON and found != exclude:
            return found
    return None
