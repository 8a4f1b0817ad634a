"""Relations stage: typed relations between actors, from titles, appositions, possessives, copulas and names.

The stage function is :func:`find_relations`. It reads the article in three
steps, each an ordered table of named passes (see :mod:`kg.extract.rules`):

1. :data:`RELATION_PASSES` read each mention: titles next to a person's name
   (:mod:`~kg.extract.relations.titles`: "Iraqi President X", "X, the leader
   of Y", "Y's foreign minister X", "X, who heads Y"), spouses
   (:mod:`~kg.extract.relations.family`), and the seat, owner, location,
   affiliation and membership of organisations, bodies and places
   (:mod:`~kg.extract.relations.organizations`);
2. the titles read become office relations where they name their holder;
   :data:`OFFICE_PASSES` fill in counterparts and bare titles
   (:mod:`~kg.extract.relations.offices`);
3. :data:`STRUCTURE_PASSES` add what names alone say: bodies of states and
   of international organisations, bodies named after places
   (:mod:`~kg.extract.relations.structure`).

Each pass counts, in the rule switch, the relations it added. The contract
has no ``delegate_of`` or ``spouse_of`` kinds: both are written ``other``
(the envoy's ``other`` relation to the state it represents).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from kg.extract.syntax import sentence_of
from kg.extract.actors.findings import ActorFindings
from kg.extract.actors.gazetteer import Gazetteer
from kg.extract.relations.context import MentionSite, RelationContext
from kg.extract.relations.family import spouse_gives_other_relation
from kg.extract.relations.offices import add_stated_holders, bare_title_holds_home_office, counterpart_holds_same_office
from kg.extract.relations.organizations import (
    affiliation_phrase_gives_affiliation,
    backer_before_a_group_is_its_ally,
    city_before_a_state_body_locates_it,
    country_modifier_gives_seat,
    member_noun_gives_membership,
    person_of_a_body_is_member,
    named_place_gives_location,
    state_marker_gives_state_owner,
)
from kg.extract.relations.structure import (
    body_named_after_place_located_there,
    international_body_part_of_parent,
    state_body_part_of_its_state,
    unplaced_state_body_part_of_home,
)
from kg.extract.relations.titles import (
    apposition_title_gives_office,
    copula_title_gives_office,
    lead_verb_gives_leader,
    shared_apposition_gives_each_conjunct_office,
    title_before_name_gives_office,
    title_read_left_of_name_gives_office,
)
from kg.extract.rules import Rule, RuleSwitch, rule_name
from kg.model import Actor, ActorKind, Relation, RelationKind, Span
from kg.nlp import ParsedParagraph

__all__ = ["OFFICE_PASSES", "RELATION_PASSES", "RULES", "STRUCTURE_PASSES", "enrich_actors", "find_relations"]


def unknown_name_read_as_person(actor: Actor, gazetteer: Gazetteer) -> bool:
    """A place or organisation the gazetteer does not know may be a misread person, whose title the person passes read ("PM Ivo Kral" tagged as a place)."""
    if actor.kind not in {ActorKind.LOCATION, ActorKind.ORGANIZATION, ActorKind.OTHER} or actor.country:
        return False
    return gazetteer.lookup(actor.name) is None


#: Which mentions the person passes read besides persons (counted by the claims and relations read there).
MENTION_READINGS: tuple[Rule, ...] = (unknown_name_read_as_person,)

#: Passes over each mention, in order (counted by relations added; a title
#: pass counts the relations its claims yield).
RELATION_PASSES: tuple[Rule, ...] = (
    title_before_name_gives_office,
    title_read_left_of_name_gives_office,
    apposition_title_gives_office,
    shared_apposition_gives_each_conjunct_office,
    copula_title_gives_office,
    lead_verb_gives_leader,
    spouse_gives_other_relation,
    country_modifier_gives_seat,
    state_marker_gives_state_owner,
    named_place_gives_location,
    city_before_a_state_body_locates_it,
    backer_before_a_group_is_its_ally,
    affiliation_phrase_gives_affiliation,
    member_noun_gives_membership,
    person_of_a_body_is_member,
)

#: Passes over the titles read, after those that named their holder became relations.
OFFICE_PASSES: tuple[Rule, ...] = (counterpart_holds_same_office, bare_title_holds_home_office)

#: Passes over the article's actors, after the offices.
STRUCTURE_PASSES: tuple[Rule, ...] = (
    state_body_part_of_its_state,
    unplaced_state_body_part_of_home,
    international_body_part_of_parent,
    body_named_after_place_located_there,
)

#: This stage's rule tables, by name, in the order they run (see :mod:`kg.extract.rules`).
RULES: dict[str, tuple[Rule, ...]] = {
    "relations.MENTION_READINGS": MENTION_READINGS,
    "relations.RELATION_PASSES": RELATION_PASSES,
    "relations.OFFICE_PASSES": OFFICE_PASSES,
    "relations.STRUCTURE_PASSES": STRUCTURE_PASSES,
}


def find_relations(
    parsed: Sequence[ParsedParagraph], actors: ActorFindings, gazetteer: Gazetteer, switch: RuleSwitch | None = None
) -> tuple[list[Relation], list[Actor]]:
    """Find relations; returns them and the actors they needed that were not mentioned (countries, places, bodies)."""
    switch = switch if switch is not None else RuleSwitch()
    ctx = RelationContext(parsed, actors, gazetteer)
    misread = rule_name(unknown_name_read_as_person)
    # Every mention runs every pass: their names and switches are read once.
    site_passes = [(rule_name(step), step) for step in RELATION_PASSES if switch.on(rule_name(step))]
    for site, read_as_person in _mention_sites(ctx, switch):
        before = len(ctx.found) + len(ctx.claims)
        for name, step in site_passes:
            count = len(ctx.found)
            step(ctx, site)
            switch.fire(name, len(ctx.found) - count)
        if read_as_person:
            switch.fire(misread, len(ctx.found) + len(ctx.claims) - before)
    add_stated_holders(ctx, switch)
    for step in OFFICE_PASSES:
        _run(switch, step, ctx)
    known = [*ctx.by_id.values(), *ctx.extra.values()]
    for step in STRUCTURE_PASSES:
        _run(switch, step, ctx, known)
    relations = [Relation(s, k, o, span) for (s, k, o), span in ctx.found.items()]
    relations.sort(key=lambda r: (r.subject, r.predicate, r.object))
    used = {r.object for r in relations} | {r.subject for r in relations}
    implied = [a for key, a in ctx.extra.items() if key in used]
    return relations, sorted(implied, key=lambda a: a.id)


def _run(switch: RuleSwitch, step: Rule, ctx: RelationContext, *args: object) -> None:
    """Run one pass if it is on, and count the relations it added."""
    name = rule_name(step)
    if switch.on(name):
        before = len(ctx.found)
        step(ctx, *args)
        switch.fire(name, len(ctx.found) - before)


def _mention_sites(ctx: RelationContext, switch: RuleSwitch) -> Iterator[tuple[MentionSite, bool]]:
    """Each mention's site, and whether only :func:`unknown_name_read_as_person` makes it a person's."""
    for para, head_i, actor_id in ctx.actors.heads:
        actor = ctx.by_id.get(actor_id)
        if actor is None:
            continue
        paragraph = ctx.parsed[para]
        token = paragraph.doc[head_i]
        sent = sentence_of(token)
        sentence = Span(paragraph.offset + sent.start_char, paragraph.offset + sent.end_char)
        named = actor.kind is ActorKind.PERSON or token.ent_type_ == "PERSON"
        misread = not named and switch.on(rule_name(unknown_name_read_as_person)) and unknown_name_read_as_person(actor, ctx.gazetteer)
        yield MentionSite(token, para, actor, sentence, named or misread), misread


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
