"""Find typed relations between actors from titles, appositions, possessives, copulas and names.

- People: a title next to the name gives the title's relation to the body or
  country that qualifies it ("Chinese Foreign Ministry spokesman X", "Iraqi
  President X", "X, the leader of Y", "Y's foreign minister X", "X, who heads
  Y"); see :mod:`kg.extract.relations.roles`.
- Organisations, bodies and places: seats, ownership, affiliation,
  membership and state structure; see :mod:`kg.extract.relations.organizations`.

The contract has no ``delegate_of`` or ``spouse_of`` kinds: envoys are
``affiliated_with`` the state they represent, spouses ``other``.
"""

from __future__ import annotations

from kg.extract.rules import Rule

from collections.abc import Sequence
from dataclasses import replace

from kg.extract.actors.findings import ActorFindings
from kg.extract.actors.gazetteer import Gazetteer
from kg.extract.relations.context import RelationContext
from kg.extract.relations.organizations import membership_relations, organization_relations, structural_relations
from kg.extract.relations.roles import RoleClaim, find_role_claims, resolve_claims
from kg.extract.relations.family import family_relations
from kg.extract.rules import RuleSwitch
from kg.model import Actor, ActorKind, Relation, RelationKind, Span
from kg.nlp import ParsedParagraph

__all__ = ["RULES", "enrich_actors", "find_relations"]


def find_relations(
    parsed: Sequence[ParsedParagraph], actors: ActorFindings, gazetteer: Gazetteer, switch: RuleSwitch | None = None
) -> tuple[list[Relation], list[Actor]]:
    """Find relations; returns them and the actors they needed that were not mentioned (countries, places, bodies)."""
    ctx = RelationContext(parsed, actors, gazetteer)
    claims: list[RoleClaim] = []
    for para, head_i, actor_id in actors.heads:
        paragraph = parsed[para]
        token = paragraph.doc[head_i]
        sent = token.sent
        sentence = Span(paragraph.offset + sent.start_char, paragraph.offset + sent.end_char)
        actor = ctx.by_id.get(actor_id)
        if actor is None:
            continue
        if actor.kind is ActorKind.PERSON or token.ent_type_ == "PERSON" or _unknown_name(actor, gazetteer):
            claims.extend(find_role_claims(ctx, token, para, actor_id, sentence))
            family_relations(ctx, token, para, actor_id, sentence)
        if actor.kind is not ActorKind.PERSON:
            organization_relations(ctx, token, para, actor, sentence)
        membership_relations(ctx, token, para, actor_id, sentence)
    resolve_claims(ctx, claims)
    structural_relations(ctx)
    relations = [Relation(s, k, o, span) for (s, k, o), span in ctx.found.items()]
    relations.sort(key=lambda r: (r.subject, r.predicate, r.object))
    used = {r.object for r in relations} | {r.subject for r in relations}
    implied = [a for key, a in ctx.extra.items() if key in used]
    return relations, sorted(implied, key=lambda a: a.id)


def _unknown_name(actor: Actor, gazetteer: Gazetteer) -> bool:
    """A place or organisation the gazetteer does not know may be a misread person ("PM Luis Zegarra")."""
    if actor.kind not in {ActorKind.LOCATION, ActorKind.ORGANIZATION, ActorKind.OTHER} or actor.country:
        return False
    return gazetteer.lookup(actor.name) is None


_OFFICES = {RelationKind.SPOKESPERSON_OF, RelationKind.LEADER_OF, RelationKind.MINISTER_OF}


def enrich_actors(actors: Sequence[Actor], relations: Sequence[Relation]) -> list[Actor]:
    """Give people the country and CAMEO code of the body they speak for or lead.

    "Chinese Foreign Ministry spokesman X": X is coded CHNGOV, as CAMEO codes
    office holders by their institution.
    """
    by_id = {a.id: a for a in actors}
    roles = {RelationKind.SPOKESPERSON_OF, RelationKind.LEADER_OF, RelationKind.MINISTER_OF, RelationKind.MEMBER_OF}
    out = []
    for actor in actors:
        if actor.kind is ActorKind.PERSON:
            for rel in relations:
                holder = by_id.get(rel.object)
                if rel.subject != actor.id or rel.predicate not in roles or holder is None:
                    continue
                country: str | None
                code: str | None
                if holder.code and len(holder.code) > 3:
                    # Coded by the institution: its country too ("State Department spokesperson X" is American
                    # whatever country the story is about).
                    country, code = holder.country or actor.country, holder.code
                else:
                    country, code = actor.country or holder.country, actor.code or holder.code
                if holder.kind is ActorKind.COUNTRY and rel.predicate in _OFFICES and country and (not code or len(code) <= 3):
                    code = country + "GOV"  # a country's minister, leader or spokesperson is its government
                actor = replace(actor, country=country, code=code)
                break
        out.append(actor)
    return out

#: This stage's rule tables, by name, in the order they run (see :mod:`kg.extract.rules`).
RULES: dict[str, tuple[Rule, ...]] = {}
