"""Role claims -> office relations, once every mention of the article is read.

The general step (:func:`add_stated_holders`) adds each claim whose title
phrase named its holder. The passes after it fill in what the text leaves
out: a counterpart holds the office of the one it is the counterpart of, and
a bare title ("Foreign Minister X") is an office of the article's home
country, unless the text already gave that office of that country to
someone else ("Afghan President A ... President B").
"""

from __future__ import annotations

from kg.extract.relations.context import RelationContext, RoleClaim
from kg.extract.rules import RuleSwitch
from kg.extract.words import WordClass
from kg.model import ActorKind, RelationKind, Span

__all__ = ["add_stated_holders", "bare_title_holds_home_office", "counterpart_holds_same_office"]

# Offices a country has; a bare title ("Prime Minister X") names the home country's.
_NATIONAL_OFFICES = WordClass("national_offices")
# Offices several people hold at once: no exclusion by an earlier holder.
_SHARED_OFFICES = {"minister", "deputy-minister", "other-minister", "deputy-prime-minister"}
_OFFICES = {RelationKind.LEADER_OF, RelationKind.MINISTER_OF}


def add_stated_holders(ctx: RelationContext, switch: RuleSwitch) -> None:
    """Add each claim whose holder the title phrase named; it counts for the pass that read it."""
    for claim in ctx.claims:
        if claim.holder is not None and ctx.add(claim.person, claim.kind, claim.holder, claim.sentence):
            switch.fire(claim.rule)


def counterpart_holds_same_office(ctx: RelationContext) -> None:
    """A counterpart holds, in its country, the office of the one it is the counterpart of ("Ana Ruiz met her Tarnish counterpart Ivo Kral")."""
    for claim in ctx.claims:
        if claim.counterpart_of and claim.country:
            kinds = {k for s, k, _ in ctx.found if s == claim.counterpart_of and k in _OFFICES}
            for kind in kinds:
                ctx.add(claim.person, kind, ctx.country_actor(claim.country), claim.sentence)


def bare_title_holds_home_office(ctx: RelationContext) -> None:
    """A national title with no holder is an office of the home country ("Defence Minister Ivo Kral said ..." in a Veloran story).

    Not when that office of the country is someone else's, or another
    person's stated office in the same sentence is of it ("Veloran Prime
    Minister A opened talks with President B").
    """
    held: dict[tuple[str, str], set[str]] = {}
    for claim in ctx.claims:
        actor = ctx.actor(claim.holder) if claim.holder else None
        if claim.role is not None and actor is not None and actor.kind is ActorKind.COUNTRY and actor.country:
            held.setdefault((claim.role.key, actor.country), set()).add(claim.person)
    stated: dict[Span, set[str]] = {}
    for claim in ctx.claims:
        actor = ctx.actor(claim.holder) if claim.holder else None
        if actor is not None and actor.country and claim.kind in _OFFICES:
            stated.setdefault(claim.sentence, set()).add(f"{claim.person}|{actor.country}")
    bare: dict[str, list[RoleClaim]] = {}
    for claim in ctx.claims:
        if claim.holder is None and claim.role is not None and claim.role.key in _NATIONAL_OFFICES:
            bare.setdefault(claim.person, []).append(claim)
    for person, own in bare.items():
        first = own[0]
        actor = ctx.actor(person)
        if actor is None or ctx.gazetteer.role(actor.name) is not None:
            continue  # a bare title read as a name ("President") is nobody in particular
        if any(s == person and k is first.kind for s, k, _ in ctx.found):
            continue
        role = first.role
        assert role is not None
        excluded = {entry.split("|")[1] for c in own for entry in stated.get(c.sentence, set()) if entry.split("|")[0] != person}
        excluded |= ctx.actors.facing.get(person, set())  # "Moroccan diplomats met President X"
        # A person the dictionaries or the text already place holds their own country's office
        # ("President Tsai Ing-wen" in a story from Beijing).
        for iso3 in [actor.country] if actor.country else ctx.home:
            others = held.get((role.key, iso3), set()) - {person}
            if iso3 in excluded or (others and role.key not in _SHARED_OFFICES):
                continue
            ctx.add(person, first.kind, ctx.country_actor(iso3), first.sentence)
            break
