"""Relations of organisations, bodies and places: seats, ownership, affiliation, membership, structure.

- "the Chinese firm X", "China's X": based_in the country; a place is located_in it.
- "X in Paris", "X, of Boulder, Colorado", "the Paris-based X", "University of
  Kabul": located_in the place (added as an actor when it is none).
- "the official news agency X", "state television": owned_by the country.
- "X affiliated with Y", "X, a staunch ally of Y": affiliated_with;
  "X is a member of Y": member_of; "part of": part_of.
- Government bodies are part_of their country (and of its government when the
  text names it); a body of an international organisation is part_of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.actors.noun_phrases import actor_of_np
from kg.extract.actors.gazetteer import Gazetteer
from kg.extract.relations.context import RelationContext
from kg.extract.actors.findings import slugify
from kg.model import Actor, ActorKind, RelationKind, Span
from kg.extract.words import WordClass

if TYPE_CHECKING:
    from spacy.tokens import Token

_MEMBER_NOUNS = {"member": RelationKind.MEMBER_OF, "part": RelationKind.PART_OF, "ally": RelationKind.AFFILIATED_WITH, "affiliate": RelationKind.AFFILIATED_WITH, "unit": RelationKind.PART_OF, "branch": RelationKind.PART_OF, "wing": RelationKind.PART_OF, "arm": RelationKind.PART_OF}
_AFFILIATION_WORDS = WordClass("affiliation_words")
_STATE_MARKERS = WordClass("state_markers")
_MEDIA_WORDS = WordClass("media_words")
_PLACE_PREPS = {"in", "of", "at", "from"}
_PLACED_KINDS = {ActorKind.ORGANIZATION, ActorKind.MEDIA, ActorKind.NGO, ActorKind.GOVERNMENT, ActorKind.MILITARY, ActorKind.IGO, ActorKind.LOCATION}
# Head nouns that make an organisation a state body ("Customs Service", "Regulatory Commission").
_STATE_BODY_WORDS = WordClass("state_body_words")


def organization_relations(ctx: RelationContext, token: Token, para: int, actor: Actor, sentence: Span) -> None:
    """Relations stated around one mention of a non-person actor."""
    if actor.kind in {ActorKind.ORGANIZATION, ActorKind.MEDIA, ActorKind.LOCATION} and actor.country and not is_state_body(actor):
        if _has_country_modifier(token, ctx.gazetteer):
            kind = RelationKind.LOCATED_IN if actor.kind is ActorKind.LOCATION else RelationKind.BASED_IN
            ctx.add(actor.id, kind, ctx.country_actor(actor.country), sentence)
    if _state_owned(token) and (actor.kind in {ActorKind.ORGANIZATION, ActorKind.MEDIA, ActorKind.GROUP} or _is_media(token)):
        iso3 = actor.country or _country_near(ctx, token)
        if iso3:
            ctx.add(actor.id, RelationKind.OWNED_BY, ctx.country_actor(iso3), sentence)
    if actor.kind in _PLACED_KINDS and not actor.id.endswith("-government"):
        for place in _places_of(ctx, token, para, actor.id):
            ctx.add(actor.id, RelationKind.LOCATED_IN, place, sentence)
    for kind, obj in _affiliations(token, para, ctx):
        ctx.add(actor.id, kind, obj, sentence)


def membership_relations(ctx: RelationContext, token: Token, para: int, actor_id: str, sentence: Span) -> None:
    """ "X is a member of Y", "X, a member of Y", "X, a staunch ally of Y"."""
    nodes = [c for c in token.children if c.dep_ == "appos"]
    if token.dep_ == "nsubj" and token.head.lemma_ == "be":
        nodes += [c for c in token.head.children if c.dep_ == "attr"]
        nodes += [c for n in nodes for c in n.conjuncts]
    for node in nodes:
        kind = _MEMBER_NOUNS.get(node.lemma_.lower())
        if kind is None:
            continue
        for prep in node.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    ctx.add(actor_id, kind, actor_of_np(pobj, para, ctx.actors), sentence)
    for kind, obj in _affiliations(token, para, ctx):
        ctx.add(actor_id, kind, obj, sentence)


def is_state_body(actor: Actor) -> bool:
    """Whether an actor is a body of a state (by kind, or by its name's head noun)."""
    if actor.kind in {ActorKind.GOVERNMENT, ActorKind.MILITARY}:
        return True
    words = actor.name.lower().split()
    return actor.kind is ActorKind.ORGANIZATION and bool(words) and words[-1] in _STATE_BODY_WORDS


def structural_relations(ctx: RelationContext) -> None:
    """Relations stated by names: bodies of states and of international organisations, named places."""
    locations = [a for a in ctx.by_id.values() if a.kind is ActorKind.LOCATION]
    for actor in list(ctx.by_id.values()) + list(ctx.extra.values()):
        if is_state_body(actor):
            # A body the text gives no country is the home country's, if its name says it is a body.
            iso3 = actor.country or (ctx.home[0] if ctx.home and _names_a_body(actor) else None)
            if iso3 is None:
                continue
            country = ctx.country_actor(iso3)
            government = ctx.government_of(iso3)
            ctx.add(actor.id, RelationKind.PART_OF, country, None)
            if government and actor.id != government:
                ctx.add(actor.id, RelationKind.PART_OF, government, None)
        if actor.kind is ActorKind.IGO:
            entry = ctx.gazetteer.organization(actor.name)
            parent = entry.parent if entry else None
            if parent:
                ctx.add(actor.id, RelationKind.PART_OF, _organization_actor(ctx, parent), None)
        if actor.kind in _PLACED_KINDS - {ActorKind.LOCATION}:
            # "Xinjiang ... Security Bureau": a body named after the place it serves.
            key = slugify(actor.name)
            for place in locations:
                rest = actor.name.split()[len(place.name.split()) : len(place.name.split()) + 1]
                if rest and ctx.gazetteer.country_of_demonym(f"{place.name} {rest[0]}") is not None:
                    continue  # "South Korean police" is not in a place "South"
                if key.startswith(place.id + "-"):
                    ctx.add(actor.id, RelationKind.LOCATED_IN, place.id, None)


_SECURITY_WORDS = WordClass("security_words")


# A leader's government or office ("the Alvarez administration"): its country is the leader's, not the story's.
_LEADER_BODY_WORDS = {"administration", "government", "cabinet", "regime", "office"}


def _names_a_body(actor: Actor) -> bool:
    """A proper name ("National Assembly") or a state-body head noun ("police and troops"), not a leader's body."""
    words = actor.name.split()
    if len(words) >= 2 and words[-1] in _LEADER_BODY_WORDS and words[0][:1].isupper():
        return False
    return any(w[:1].isupper() for w in words) or bool({w.lower() for w in words} & (_STATE_BODY_WORDS | _SECURITY_WORDS))


def _organization_actor(ctx: RelationContext, key: str) -> str | None:
    if key in ctx.by_id or key in ctx.extra:
        return key
    entry = next((o for o in ctx.gazetteer.organizations if o.key == key), None)
    if entry is None:
        return None
    ctx.extra[key] = Actor(key, entry.name, entry.kind, entry.country, entry.code, entry.wikidata, ())
    return key


def _phrase_tokens(token: Token) -> list[Token]:
    """The mention's head and the words that modify it (and an apposition's head)."""
    nodes = [token, *token.lefts]
    if token.dep_ == "appos":
        nodes += [token.head, *token.head.lefts]
    nodes += [c for c in token.children if c.dep_ == "appos"]
    nodes += [t for c in token.children if c.dep_ == "appos" for t in c.lefts]
    # The words just before the head, whatever the parse made of them.
    i = token.i - 1
    while i >= 0 and token.doc[i].pos_ not in {"DET", "PUNCT", "VERB", "AUX", "CCONJ", "ADP", "PRON"} and token.i - i <= 5:
        nodes.append(token.doc[i])
        i -= 1
    return nodes


def _state_owned(token: Token) -> bool:
    return any(t.lower_ in _STATE_MARKERS for t in _phrase_tokens(token))


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
    for t in _phrase_tokens(token):
        if t.lower_ == "based" or t.lower_.endswith("-based"):
            pobjs += [c for c in t.children if c.dep_ in {"npadvmod", "compound", "nmod"}]
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


def _affiliations(token: Token, para: int, ctx: RelationContext) -> list[tuple[RelationKind, str]]:
    """ "X affiliated with Y", "X linked to Y"."""
    out = []
    for verb in token.children:
        if verb.dep_ in {"acl", "amod", "relcl"} and verb.lower_ in _AFFILIATION_WORDS:
            for prep in verb.children:
                if prep.dep_ == "prep" and prep.lower_ in {"with", "to"}:
                    for pobj in prep.children:
                        found = actor_of_np(pobj, para, ctx.actors)
                        if found:
                            out.append((RelationKind.AFFILIATED_WITH, found))
    return out


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
