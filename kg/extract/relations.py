"""Find typed relations between actors from appositions, compounds, possessives and copulas.

- A person with a role word ("Foreign Ministry spokesman X", "X, spokesman of
  the ministry", "President X of Y", "Y's foreign minister X") gets the role's
  relation (spokesperson_of, leader_of, minister_of, delegate/member_of) to
  the body or country that modifies the role.
- A government body is part_of its country's government (or of the country
  when no government is named); a government is part_of its country.
- An organisation with a nationality or a possessive country ("China's X",
  "the Chinese firm X") is based_in that country; a place is located_in it.
- "X is a member of Y", "X, a member of Y" give member_of.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.actors import ActorFindings, actor_key_of_country
from kg.extract.events import actor_of_np
from kg.extract.gazetteer import Gazetteer
from kg.model import Actor, ActorKind, RelationKind, Relation, Span
from kg.nlp import ParsedParagraph

if TYPE_CHECKING:
    from spacy.tokens import Token

_RELATION_OF_ROLE = {
    "spokesperson_of": RelationKind.SPOKESPERSON_OF,
    "leader_of": RelationKind.LEADER_OF,
    "minister_of": RelationKind.MINISTER_OF,
    "member_of": RelationKind.MEMBER_OF,
    "delegate_of": RelationKind.AFFILIATED_WITH,
    "affiliated_with": RelationKind.AFFILIATED_WITH,
    "part_of": RelationKind.PART_OF,
}
_MEMBER_NOUNS = {"member", "members", "part", "ally", "allies"}


def find_relations(
    parsed: Sequence[ParsedParagraph], actors: ActorFindings, gazetteer: Gazetteer
) -> tuple[list[Relation], list[Actor]]:
    """Find relations; returns them and any country actors they needed that were not mentioned."""
    by_id = {a.id: a for a in actors.actors}
    found: dict[tuple[str, RelationKind, str], Span | None] = {}
    extra: dict[str, Actor] = {}

    def add(subject: str, kind: RelationKind, obj: str, sentence: Span | None) -> None:
        if subject == obj:
            return
        found.setdefault((subject, kind, obj), sentence)

    def country_actor(iso3: str) -> str | None:
        key = actor_key_of_country(iso3)
        if key in by_id or key in extra:
            return key
        entry = gazetteer.country(iso3)
        if entry is None:
            return None
        extra[key] = Actor(key, entry.name, ActorKind.COUNTRY, entry.iso3, entry.iso3, entry.wikidata, ())
        return key

    for para, head_i, actor_id in actors.heads:
        paragraph = parsed[para]
        token = paragraph.doc[head_i]
        sent = token.sent
        sentence = Span(paragraph.offset + sent.start_char, paragraph.offset + sent.end_char)
        actor = by_id.get(actor_id)
        if actor is None:
            continue
        if actor.kind is ActorKind.PERSON:
            for kind, obj in _person_roles(token, para, actors, gazetteer):
                add(actor_id, kind, obj, sentence)
        if actor.kind in {ActorKind.ORGANIZATION, ActorKind.MEDIA, ActorKind.LOCATION} and actor.country:
            if _has_country_modifier(token, gazetteer):
                obj = country_actor(actor.country)
                if obj:
                    add(actor_id, RelationKind.LOCATED_IN if actor.kind is ActorKind.LOCATION else RelationKind.BASED_IN, obj, sentence)
        for kind, obj in _membership(token, para, actors):
            add(actor_id, kind, obj, sentence)

    # Structural relations of government bodies, stated by their names.
    for actor in actors.actors:
        if not actor.country or actor.kind not in {ActorKind.GOVERNMENT, ActorKind.MILITARY}:
            continue
        government = f"{actor.country.lower()}-government"
        if actor.id == government:
            obj = country_actor(actor.country)
            if obj:
                add(actor.id, RelationKind.PART_OF, obj, None)
        elif government in by_id:
            add(actor.id, RelationKind.PART_OF, government, None)
        else:
            obj = country_actor(actor.country)
            if obj:
                add(actor.id, RelationKind.PART_OF, obj, None)

    relations = [Relation(s, k, o, span) for (s, k, o), span in found.items()]
    relations.sort(key=lambda r: (r.subject, r.predicate, r.object))
    return relations, sorted(extra.values(), key=lambda a: a.id)


def _has_country_modifier(token: Token, gazetteer: Gazetteer) -> bool:
    nodes = [token, *token.children]
    if token.dep_ == "appos":
        nodes.extend([token.head, *token.head.children])
    for child in nodes:
        if child == token:
            continue
        candidates = [child, *[c for c in child.children if c.dep_ in {"amod", "compound", "poss"}]]
        for t in candidates:
            if t.dep_ in {"amod", "compound", "poss", "nmod", "npadvmod"} and (
                gazetteer.country(t.text) is not None or gazetteer.country_of_demonym(t.text) is not None
            ):
                return True
    return False


def _person_roles(token: Token, para: int, actors: ActorFindings, gazetteer: Gazetteer) -> list[tuple[RelationKind, str]]:
    """Roles stated next to a person's name, with the body they are held in."""
    out: list[tuple[RelationKind, str]] = []
    role_tokens = [c for c in token.lefts if c.dep_ in {"compound", "amod", "nmod"}]
    role_tokens += [c for c in token.children if c.dep_ == "appos"]
    if token.dep_ == "appos":
        role_tokens.append(token.head)
    for attr in (c for c in token.head.children if c.dep_ == "attr") if token.dep_ == "nsubj" and token.head.lemma_ == "be" else ():
        role_tokens.append(attr)
    for role_token in role_tokens:
        role = gazetteer.role(role_token.text) or gazetteer.role(role_token.lemma_)
        phrase_role = _role_phrase(role_token)
        if role is None and phrase_role:
            role = gazetteer.role(phrase_role)
        if role is None:
            continue
        relation = _RELATION_OF_ROLE.get(getattr(role, "relation", "") or "")
        if relation is None:
            continue
        holder = _body_of_role(role_token, para, actors, token)
        if holder is not None:
            out.append((relation, holder))
    return out


def _role_phrase(token: Token) -> str:
    parts = [c.text for c in token.lefts if c.dep_ in {"compound", "amod"} and c.pos_ != "PROPN"] + [token.text]
    return " ".join(parts)


def _body_of_role(role_token: Token, para: int, actors: ActorFindings, person: Token) -> str | None:
    # The body is a modifier of the role word ("Foreign Ministry spokesman"),
    # its "of" complement ("spokesman of the ministry") or a possessive.
    for child in role_token.children:
        if child.i == person.i:
            continue
        if child.dep_ in {"compound", "poss", "amod", "nmod"}:
            found = actors.actor_at(para, child.i)
            if found:
                return found
        if child.dep_ == "prep" and child.lower_ in {"of", "for", "at", "to"}:
            for pobj in child.children:
                found = actor_of_np(pobj, para, actors)
                if found:
                    return found
    # A body named before the role inside the same name phrase.
    for left in role_token.doc[max(0, role_token.i - 4) : role_token.i]:
        found = actors.actor_at(para, left.i)
        if found and left.head.i in {role_token.i, person.i}:
            return found
    return None


def _membership(token: Token, para: int, actors: ActorFindings) -> list[tuple[RelationKind, str]]:
    out: list[tuple[RelationKind, str]] = []
    nodes = [c for c in token.children if c.dep_ == "appos"]
    if token.dep_ == "nsubj" and token.head.lemma_ == "be":
        nodes += [c for c in token.head.children if c.dep_ == "attr"]
    for node in nodes:
        if node.lemma_.lower() not in _MEMBER_NOUNS:
            continue
        for prep in node.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    found = actor_of_np(pobj, para, actors)
                    if found:
                        kind = RelationKind.ALLY_OF if node.lemma_.lower().startswith("all") else (
                            RelationKind.PART_OF if node.lemma_.lower() == "part" else RelationKind.MEMBER_OF
                        )
                        out.append((kind, found))
    return out


def enrich_actors(actors: Sequence[Actor], relations: Sequence[Relation]) -> list[Actor]:
    """Give people the country and CAMEO code of the body they speak for or lead.

    "Chinese Foreign Ministry spokesman X": X is coded CHNGOV, as CAMEO codes
    office holders by their institution.
    """
    from dataclasses import replace

    by_id = {a.id: a for a in actors}
    roles = {RelationKind.SPOKESPERSON_OF, RelationKind.LEADER_OF, RelationKind.MINISTER_OF, RelationKind.MEMBER_OF}
    out = []
    for actor in actors:
        if actor.kind is ActorKind.PERSON:
            for rel in relations:
                holder = by_id.get(rel.object)
                if rel.subject != actor.id or rel.predicate not in roles or holder is None:
                    continue
                country = actor.country or holder.country
                code = holder.code if holder.code and len(holder.code) > 3 else (actor.code or holder.code)
                actor = replace(actor, country=country, code=code)
                break
        out.append(actor)
    return out
