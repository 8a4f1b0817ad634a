"""Relations stated around a mention of an organisation, body or place: seat, owner, location, affiliation, membership.

- "the Veloran firm X": based_in the country; a place is located_in it.
- "X in Tarn", "X, of Alden, Veloria", "the Tarn-based X", "University of
  Tarn": located_in the place (added as an actor when it is none).
- "the official news agency X", "state television": owned_by the country.
- "X affiliated with Y": affiliated_with; "X is a member of Y", "X, a staunch
  ally of Y", "part of": member_of, affiliated_with, part_of.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.actors.gazetteer import Gazetteer
from kg.extract.actors.noun_phrases import actor_of_np
from kg.extract.relations.context import MentionSite, RelationContext
from kg.extract.relations.structure import PLACED_KINDS, is_state_body
from kg.extract.words import WordClass, WordMap
from kg.model import ActorKind, RelationKind

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "affiliation_phrase_gives_affiliation",
    "person_of_a_body_is_member",
    "country_modifier_gives_seat",
    "member_noun_gives_membership",
    "named_place_gives_location",
    "city_before_a_state_body_locates_it",
    "backer_before_a_group_is_its_ally",
    "state_marker_gives_state_owner",
]

#: "a member / part / ally of Y": the noun -> the relation to Y.
_MEMBER_NOUNS = WordMap("member_noun_relations")
_AFFILIATION_WORDS = WordClass("affiliation_words")
_STATE_MARKERS = WordClass("state_markers")
_MEDIA_WORDS = WordClass("media_words")
#: Parts of speech that end a run of words read leftwards from a head noun.
_RUN_STOP_POS = WordClass("run_stop_pos")
_PLACE_PREPS = {"in", "of", "at", "from"}
#: Participles that give an organisation's seat ("Lima-based", "headquartered in Lima").
_SEATED = frozenset({"based", "headquartered"})


def country_modifier_gives_seat(ctx: RelationContext, site: MentionSite) -> None:
    """An organisation or a place a country word qualifies is located there ("the Veloran firm Tarnco").

    Written ``located_in`` for both, as the annotation rules write a company's
    seat (``based_in`` is kept for seats the text states: "X, based in Y").
    """
    actor = site.actor
    if actor.kind not in {ActorKind.ORGANIZATION, ActorKind.MEDIA, ActorKind.LOCATION} or not actor.country or is_state_body(actor):
        return
    if _has_country_modifier(site.token, ctx.gazetteer):
        ctx.add(actor.id, RelationKind.LOCATED_IN, ctx.country_actor(actor.country), site.sentence)


def state_marker_gives_state_owner(ctx: RelationContext, site: MentionSite) -> None:
    """State or official media and firms are owned by their country ("the official Veloran news agency VNA")."""
    actor = site.actor
    if actor.kind is ActorKind.PERSON or not _state_owned(site.token):
        return
    if actor.kind in {ActorKind.ORGANIZATION, ActorKind.MEDIA, ActorKind.GROUP} or _is_media(site.token):
        # The dictionary's code may say whose it is where a nationality word cannot ("Korean").
        coded = actor.code[:3] if actor.code and ctx.gazetteer.country_by_iso3(actor.code[:3]) is not None else None
        iso3 = actor.country or coded or _country_near(ctx, site.token)
        if iso3:
            ctx.add(actor.id, RelationKind.OWNED_BY, ctx.country_actor(iso3), site.sentence)


def named_place_gives_location(ctx: RelationContext, site: MentionSite) -> None:
    """An organisation "in", "of" or "based in" a place is located there ("the Lund Institute in Alden")."""
    actor = site.actor
    if actor.kind not in PLACED_KINDS or actor.id.endswith("-government"):
        return
    for place in _places_of(ctx, site.token, site.para, actor.id):
        ctx.add(actor.id, RelationKind.LOCATED_IN, place, site.sentence)


def city_before_a_state_body_locates_it(ctx: RelationContext, site: MentionSite) -> None:
    """A city naming a body of its state locates it there ("*Milan* police", "the *Beijing* police"); not a government, which the city may only qualify ("the Lagos state government").

    The body keeps its country (the city's); the city is where it sits.
    """
    actor = site.actor
    if not actor.country or not is_state_body(actor) or actor.id.endswith("-government"):
        return
    for modifier in site.token.lefts:
        if modifier.dep_ != "compound" or not modifier.text[:1].isupper():
            continue
        country = ctx.gazetteer.region(modifier.text) or ctx.gazetteer.capital(modifier.text)
        if country is not None and country.iso3 == actor.country and ctx.gazetteer.country(modifier.text) is None:
            ctx.add(actor.id, RelationKind.LOCATED_IN, ctx.place_actor(modifier.text, country.iso3), site.sentence)


def backer_before_a_group_is_its_ally(ctx: RelationContext, site: MentionSite) -> None:
    """"The *Iran-backed* Houthis", "*Russian-backed* separatists": the group is affiliated with its backer."""
    for participle in site.token.lefts:
        if participle.dep_ != "amod" or participle.lemma_.lower() not in _BACKING:
            continue
        for backer in participle.children:
            if backer.dep_ != "npadvmod" or backer.i + 2 != participle.i:
                continue
            entry = ctx.gazetteer.country(backer.text) or ctx.gazetteer.country_of_demonym(backer.text)
            found = ctx.country_actor(entry.iso3) if entry is not None else actor_of_np(backer, site.para, ctx.actors)
            if found and found != site.actor.id:
                ctx.add(site.actor.id, RelationKind.AFFILIATED_WITH, found, site.sentence)


#: Participles of support after a backer's name ("Iran-*backed*").
_BACKING = WordClass("backing_participles")


def affiliation_phrase_gives_affiliation(ctx: RelationContext, site: MentionSite) -> None:
    """"X affiliated with Y", "X linked to Y": affiliated_with ("a militia linked to the Tarn Front")."""
    for verb in site.token.children:
        if verb.dep_ in {"acl", "amod", "relcl"} and verb.lower_ in _AFFILIATION_WORDS:
            for prep in verb.children:
                if prep.dep_ == "prep" and prep.lower_ in {"with", "to"}:
                    for pobj in prep.children:
                        ctx.add(site.actor.id, RelationKind.AFFILIATED_WITH, actor_of_np(pobj, site.para, ctx.actors), site.sentence)


def member_noun_gives_membership(ctx: RelationContext, site: MentionSite) -> None:
    """"X is a member of Y", "X, a staunch ally of Y", "part of": the noun says the relation ("Veloria, a member of the Tarn League", "Veloria, a Tarn League member")."""
    token = site.token
    nodes = [c for c in token.children if c.dep_ == "appos"]
    if token.dep_ == "nsubj" and token.head.lemma_ == "be":
        nodes += [c for c in token.head.children if c.dep_ == "attr"]
        nodes += [c for n in nodes for c in n.conjuncts]
    for node in nodes:
        relation = _MEMBER_NOUNS.get(node.lemma_.lower())
        if relation is None:
            continue
        for prep in node.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    ctx.add(site.actor.id, RelationKind(relation), actor_of_np(pobj, site.para, ctx.actors), site.sentence)
        # The other side may modify the noun: "Turkey, a *NATO* member", "a close *US* ally".
        for modifier in node.lefts:
            found = ctx.actors.actor_at(site.para, modifier.i) if modifier.dep_ in {"compound", "nmod", "poss", "amod"} else None
            if found and found != site.actor.id:
                ctx.add(site.actor.id, RelationKind(relation), found, site.sentence)


def person_of_a_body_is_member(ctx: RelationContext, site: MentionSite) -> None:
    """A person "of" an organisation belongs to it: "Ann Price *of the Green Party* said" (member_of).

    Only bodies: "X of Chile" or "X of Lima" says where a person is from,
    not what they belong to.
    """
    if site.actor.kind is not ActorKind.PERSON:
        return
    for prep in site.token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                found = actor_of_np(pobj, site.para, ctx.actors) if pobj.dep_ == "pobj" else None
                body = ctx.by_id.get(found) if found else None
                if body is not None and body.kind in _BODY_KINDS and body.id != site.actor.id:
                    ctx.add(site.actor.id, RelationKind.MEMBER_OF, body.id, site.sentence)


#: Kinds of actor a person can be a member of.
_BODY_KINDS = frozenset(ActorKind) - {ActorKind.PERSON, ActorKind.COUNTRY, ActorKind.LOCATION, ActorKind.OTHER}


def _phrase_tokens(token: Token) -> list[Token]:
    """The mention's head and the words that modify it (and an apposition's head)."""
    nodes = [token, *token.lefts]
    if token.dep_ == "appos":
        nodes += [token.head, *token.head.lefts]
    nodes += [c for c in token.children if c.dep_ == "appos"]
    nodes += [t for c in token.children if c.dep_ == "appos" for t in c.lefts]
    # The words just before the head, whatever the parse made of them.
    i = token.i - 1
    while i >= 0 and token.doc[i].pos_ not in _RUN_STOP_POS and token.i - i <= 5:
        nodes.append(token.doc[i])
        i -= 1
    return nodes


def _state_owned(token: Token) -> bool:
    # A marker the tokenizer split at its hyphen ("government-controlled") is read whole.
    split = {f"{g.lower_}-{c.lower_}" for c in token.lefts if c.dep_ == "amod" for g in c.lefts if g.dep_ == "npadvmod"}
    return any(t.lower_ in _STATE_MARKERS for t in _phrase_tokens(token)) or bool(split & _STATE_MARKERS)


def _is_media(token: Token) -> bool:
    return any(t.lower_ in _MEDIA_WORDS for t in _phrase_tokens(token))


def _country_near(ctx: RelationContext, token: Token) -> str | None:
    for t in _phrase_tokens(token):
        entry = ctx.gazetteer.country(t.text) or ctx.gazetteer.country_of_demonym(t.text)
        if entry is not None:
            return entry.iso3
    return None


def _places_of(ctx: RelationContext, token: Token, para: int, self_id: str) -> list[str]:
    """Places an organisation is said to be in: "X in Y", "X of Y", "the Y-based X"."""
    pobjs = [p for c in token.children if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS for p in c.children if p.dep_ == "pobj"]
    # "The Lima-based company Andes Mining": "based" may hang on a noun before the name.
    for t in {*_phrase_tokens(token), *(t for t in token.subtree if t.i < token.i), *(c for c in token.children if c.dep_ == "acl")}:
        if t.lower_ in _SEATED or t.lower_.endswith("-based"):
            pobjs += [c for c in t.children if c.dep_ in {"npadvmod", "compound", "nmod"}]
            pobjs += [p for c in t.children if c.dep_ == "prep" and c.lower_ in {"in", "at"} for p in c.children if p.dep_ == "pobj"]
            prev = t.doc[t.i - 2] if t.i >= 2 and t.doc[t.i - 1].text == "-" else None
            if prev is not None:
                pobjs.append(prev)
    out = []
    for p in pobjs:
        found = ctx.actors.actor_at(para, p.i)
        actor = ctx.actor(found) if found else None
        if found is not None and actor is not None and found != self_id and actor.kind in {ActorKind.COUNTRY, ActorKind.LOCATION}:
            out.append(_with_region(ctx, p, found))
        elif found == self_id and p.pos_ == "PROPN" and ctx.gazetteer.capital(p.text) is not None:
            # "University of Kabul": the city inside the organisation's own name.
            out.append(ctx.place_actor(p.text))
        elif p.ent_type_ in {"GPE", "LOC"}:
            out.append(ctx.place_actor(_place_name(p)))
    return out


def _with_region(ctx: RelationContext, token: Token, found: str) -> str:
    """ "Boulder, Colorado" is one place name; a lone actor stays itself."""
    name = _place_name(token)
    return ctx.place_actor(name) if "," in name else found


def _place_name(token: Token) -> str:
    """The place entity covering ``token``, with a following ", <region>" ("Boulder, Colorado")."""
    doc = token.doc
    ent = next((e for e in doc.ents if e.start <= token.i < e.end), None)
    if ent is None:
        return token.text
    name = ent.text
    if ent.end + 1 < len(doc) and doc[ent.end].text == ",":
        nxt = next((e for e in doc.ents if e.start == ent.end + 1 and e.label_ == "GPE"), None)
        if nxt is not None:
            name = f"{name}, {nxt.text}"
    return name


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
