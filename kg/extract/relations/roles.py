"""Relations of people from their titles: "Iraqi President X", "X, the foreign minister of Y", "X, who heads Y".

A title is found next to the person's name (premodifier, apposition,
copula attribute); what is left of the title phrase (a body, a country, a
demonym, a possessive) or its "of/at/for" complement is the holder. A title
with no holder ("Foreign Minister X") is a national office of the article's
home country, unless the text already gave that office of that country to
someone else ("Afghan President A ... President B").
"""

from __future__ import annotations

from dataclasses import replace

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract.actors.noun_phrases import actor_of_np
from kg.extract.actors.gazetteer import BodyEntry, CountryEntry, MatchCategory, RoleEntry
from kg.extract.relations.context import RelationContext
from kg.model import ActorKind, RelationKind, Span
from kg.extract.words import WordClass

if TYPE_CHECKING:
    from spacy.tokens import Token

_RELATION_OF_ROLE = {
    "spokesperson_of": RelationKind.SPOKESPERSON_OF,
    "leader_of": RelationKind.LEADER_OF,
    "minister_of": RelationKind.MINISTER_OF,
    "member_of": RelationKind.MEMBER_OF,
    # RelationKind has no delegate_of: envoys and chargés d'affaires are affiliated.
    "delegate_of": RelationKind.AFFILIATED_WITH,
    "affiliated_with": RelationKind.AFFILIATED_WITH,
    "part_of": RelationKind.PART_OF,
}
# Offices a country has; a bare title ("Prime Minister X") names the home country's.
_NATIONAL_OFFICES = WordClass("national_offices")
# Offices several people hold at once: no exclusion by an earlier holder.
_SHARED_OFFICES = {"minister", "deputy-minister", "other-minister", "deputy-prime-minister"}
# Cabinet titles used by one country only (US cabinet "Secretary of X").
_COUNTRY_TITLES: dict[str, str] = {
    "secretary of state": "USA", "secretary of defense": "USA", "secretary of the treasury": "USA",
    "secretary of homeland security": "USA",
}
_DEPUTY = {"deputy", "vice", "assistant", "vice-"}
_LEAD_VERBS = {"head", "lead", "chair", "command", "run"}
_HONORIFIC = re.compile(r"^(mr|mrs|ms|dr|sir|gen|col|lt|sgt|maj|capt|adm|rev|sen|rep|gov|prof|sheikh|shaikh|sheik|general)\.?$", re.IGNORECASE)
_TITLE_DEPS = WordClass("title_deps")
_COMPLEMENT_PREPS = {"of", "for", "at", "to", "in"}


@dataclass(frozen=True)
class RoleClaim:
    """A title held by a person, with what the text says about whom it serves."""

    person: str
    role: RoleEntry | None
    kind: RelationKind
    sentence: Span
    holder: str | None = None
    counterpart_of: str | None = None
    country: str | None = None


def find_role_claims(ctx: RelationContext, token: Token, para: int, person: str, sentence: Span) -> list[RoleClaim]:
    """Titles stated next to a person's name, as claims (holder resolved where the text gives it)."""
    claims: list[RoleClaim] = []
    for zone, role_head in _title_sites(token):
        claims.extend(_claims_of_title(ctx, zone, role_head, para, person, sentence, token))
    claims.extend(_verb_claims(ctx, token, para, person, sentence))
    return claims


def _title_sites(token: Token) -> list[tuple[list[Token], Token | None]]:
    """Token runs that may hold a title, each ending at the title's last word."""
    sites: list[tuple[list[Token], Token | None]] = []
    lefts = sorted({t for c in token.lefts if c.dep_ in _TITLE_DEPS for t in c.subtree if t.i < token.i}, key=lambda t: t.i)
    # Keep the run adjacent to the name, then drop the name and honorifics from its end.
    run: list[Token] = []
    for t in reversed(lefts):
        if run and t.i != run[0].i - 1:
            break
        run.insert(0, t)
    while run and (run[-1].ent_type_ == "PERSON" or _HONORIFIC.match(run[-1].text)) and not _is_role_word(run[-1]):
        run.pop()
    if run:
        sites.append((run, None))
    linear = _linear_title(token)
    if linear and [t.i for t in linear] != [t.i for t in run]:
        sites.append((linear, None))
    nouns = [c for c in token.children if c.dep_ == "appos"]
    if token.dep_ == "appos":
        nouns.append(token.head)
    if token.dep_ == "conj":
        # "X and Y, both professors at Z": a plural apposition after the last conjunct describes each.
        nouns += [c for c in token.head.children if c.dep_ == "appos" and c.tag_ == "NNS" and c.i > token.i]
    if token.dep_ == "nsubj" and token.head.lemma_ == "be":
        nouns += [c for c in token.head.children if c.dep_ == "attr"]
    for noun in nouns:
        zone = sorted({t for c in noun.lefts if c.dep_ in _TITLE_DEPS for t in c.subtree}, key=lambda t: t.i)
        sites.append(([*[t for t in zone if t.i < noun.i], noun], noun))
    return sites


_RUN_STOP_POS = WordClass("run_stop_pos")


def _linear_title(token: Token) -> list[Token]:
    """The words just before the name, read left to right without the parse.

    The parser often mangles long titles in coordinations ("against X, Y and
    Interior Minister Z"); the run stops at determiners, punctuation and verbs.
    """
    doc = token.doc
    i = token.i
    # Walk left over the rest of the name (proper nouns, inner hyphens).
    while i > 0 and (
        (doc[i - 1].pos_ == "PROPN" and not _is_role_word(doc[i - 1]) and not _HONORIFIC.match(doc[i - 1].text))
        or (doc[i - 1].text == "-" and i > 1 and doc[i - 2].pos_ == "PROPN")
    ):
        i -= 1
    while i > 0 and _HONORIFIC.match(doc[i - 1].text):
        i -= 1
    run: list[Token] = []
    j = i - 1
    while j >= 0 and len(run) < 8:
        t = doc[j]
        if t.pos_ in _RUN_STOP_POS:
            break
        run.insert(0, t)
        j -= 1
    return run


def _is_role_word(token: Token) -> bool:
    return token.lower_ in {"president", "minister", "premier", "chief", "leader", "secretary", "spokesman", "spokesperson", "pm", "chancellor", "king"}


def _match_title(ctx: RelationContext, zone: Sequence[Token]) -> tuple[int, RoleEntry | None, bool]:
    """Length of the longest title at the end of ``zone``, its role, and whether it is "counterpart"."""
    if zone and zone[-1].lemma_.lower() == "counterpart":
        return 1, None, True
    for k in range(min(6, len(zone)), 0, -1):
        words = [t.text for t in zone[-k:]]
        role = ctx.gazetteer.role(" ".join(words))
        if role is None and k == 1:
            role = ctx.gazetteer.role(zone[-1].lemma_)
        if role is not None:
            return k, role, False
    return 0, None, False


def _claims_of_title(
    ctx: RelationContext, zone: list[Token], role_head: Token | None, para: int, person: str, sentence: Span, name: Token
) -> list[RoleClaim]:
    size, role, counterpart = _match_title(ctx, zone)
    if size == 0:
        return []
    title = zone[-size:]
    qualifiers = [t for t in zone[:-size] if t.i != name.i]
    # "X, Y and Finance Minister Z": nothing before a coordination qualifies the title.
    cut = max((k + 1 for k, t in enumerate(qualifiers) if t.pos_ in {"CCONJ", "PUNCT"}), default=0)
    qualifiers = qualifiers[cut:]
    head = role_head if role_head is not None else title[-1]
    complements = [p for c in head.children if c.dep_ == "prep" and c.lower_ in _COMPLEMENT_PREPS and c not in title for p in c.children if p.dep_ == "pobj"]
    if counterpart:
        other = next((ctx.actors.actor_at(para, q.i) for q in qualifiers if q.dep_ == "poss"), None)
        country = _country_in(ctx, qualifiers)
        if other and country:
            return [RoleClaim(person, None, RelationKind.OTHER, sentence, counterpart_of=other, country=country.iso3)]
        return []
    assert role is not None
    kind = _RELATION_OF_ROLE.get(role.relation)
    if kind is None:
        return []
    if kind is RelationKind.LEADER_OF and any(t.lower_.rstrip("-") in _DEPUTY for t in [*qualifiers[-1:], *title[:1]]):
        kind = RelationKind.MEMBER_OF
    title_text = " ".join(t.lower_ for t in title)
    out: list[RoleClaim] = []
    body = _title_body(ctx, qualifiers, title, person) or _body_in(ctx, qualifiers, para, person)
    outer = next((a for a in (actor_of_np(p, para, ctx.actors) for p in complements) if a and a != person), None)
    if outer is None:
        country = _country_in(ctx, [*complements])
        outer = ctx.country_actor(country.iso3) if country else None
    if body is None:
        country = _country_in(ctx, qualifiers)
        if country is not None:
            body = ctx.country_actor(country.iso3)
    if body is None and title_text in _COUNTRY_TITLES:
        body = ctx.country_actor(_COUNTRY_TITLES[title_text])
    if body is not None and outer is not None and body != outer:
        # "the department head at the Defence Ministry": leads the unit, belongs to the body.
        out.append(RoleClaim(person, role, kind, sentence, holder=_national(ctx, body, kind)))
        out.append(RoleClaim(person, role, RelationKind.MEMBER_OF, sentence, holder=outer))
        return out
    holder = body or outer
    out.append(RoleClaim(person, role, kind, sentence, holder=_national(ctx, holder, kind) if holder else None))
    return out


def _national(ctx: RelationContext, holder: str, kind: RelationKind) -> str:
    """Heads of state and ministers serve the country, not its "government" actor."""
    actor = ctx.actor(holder)
    if kind in {RelationKind.LEADER_OF, RelationKind.MINISTER_OF} and actor is not None and actor.country and holder == f"{actor.country.lower()}-government":
        return ctx.country_actor(actor.country) or holder
    return holder


# Forces whose chief the title names ("army chief", "police chief", "intelligence chief").
_FORCES = {"MIL", "COP", "SPY"}


def _title_body(ctx: RelationContext, qualifiers: Sequence[Token], title: Sequence[Token], person: str) -> str | None:
    """A national body the title itself names before its role word ("Pakistan [army] chief"), with the qualifiers' country."""
    if len(title) < 2:
        return None
    body = ctx.gazetteer.body(" ".join(t.text for t in title[:-1]))
    country = _country_in(ctx, qualifiers) if body is not None and body.sector in _FORCES and not body.country else None
    if body is None or country is None:
        return None
    key = ctx.body_actor(body, country)
    words = [*[q for q in qualifiers if _country_in(ctx, [q]) is not None], *title[:-1]]
    actor = ctx.extra.get(key)
    if actor is not None:
        # Named as the text names it ("Pakistan army"), not only by the gazetteer's pattern.
        ctx.extra[key] = replace(actor, aliases=tuple(sorted({*actor.aliases, " ".join(t.text for t in words)})))
    return key


def _body_in(ctx: RelationContext, qualifiers: Sequence[Token], para: int, person: str) -> str | None:
    """A body named in the title's qualifiers: an actor mention, or a gazetteer body with a country."""
    for q in reversed(qualifiers):
        found = ctx.actors.actor_at(para, q.i)
        actor = ctx.actor(found) if found else None
        if actor is None or found == person or actor.kind is ActorKind.PERSON:
            continue
        return found
    texts = [q.text for q in qualifiers]
    for start in range(len(texts)):
        match = ctx.gazetteer.longest_match(texts, start, categories={MatchCategory.BODY})
        if match is None or not isinstance(match.entry, BodyEntry):
            continue
        country = ctx.gazetteer.country_by_iso3(match.entry.country) if match.entry.country else _country_in(ctx, qualifiers)
        if country is not None:
            return ctx.body_actor(match.entry, country)
    return None


def _country_in(ctx: RelationContext, tokens: Sequence[Token]) -> CountryEntry | None:
    """A country named by a country word, demonym or possessive capital among ``tokens``."""
    texts = [t.text for t in tokens]
    for start in range(len(texts)):
        match = ctx.gazetteer.longest_match(texts, start, categories={MatchCategory.COUNTRY, MatchCategory.DEMONYM})
        if match is not None and isinstance(match.entry, CountryEntry):
            return match.entry
        if tokens[start].dep_ == "poss":
            capital = ctx.gazetteer.capital(texts[start])
            if capital is not None:
                return capital
    return None


def _verb_claims(ctx: RelationContext, token: Token, para: int, person: str, sentence: Span) -> list[RoleClaim]:
    """"X heads Y", "X, who leads Y", "X headed Y"."""
    verbs = []
    if token.dep_ == "nsubj" and token.head.lemma_ in _LEAD_VERBS:
        verbs.append(token.head)
    verbs += [c for c in token.children if c.dep_ == "relcl" and c.lemma_ in _LEAD_VERBS and any(s.dep_ == "nsubj" and s.lower_ in {"who", "that"} for s in c.children)]
    out = []
    for verb in verbs:
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            # "headed the Viet Minh guerrillas": the named modifier, not the common noun.
            named = [ctx.actors.actor_at(para, c.i) for c in obj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            found = next((n for n in named if n), None) or actor_of_np(obj, para, ctx.actors)
            if found and found != person:
                out.append(RoleClaim(person, None, RelationKind.LEADER_OF, sentence, holder=found))
    return out


def resolve_claims(ctx: RelationContext, claims: Sequence[RoleClaim]) -> None:
    """Add the claims' relations: stated holders first, then counterparts, then home-country offices."""
    held: dict[tuple[str, str], set[str]] = {}
    for claim in claims:
        if claim.holder is None:
            continue
        ctx.add(claim.person, claim.kind, claim.holder, claim.sentence)
        actor = ctx.actor(claim.holder)
        if claim.role is not None and actor is not None and actor.kind is ActorKind.COUNTRY and actor.country:
            held.setdefault((claim.role.key, actor.country), set()).add(claim.person)
    for claim in claims:
        if claim.counterpart_of and claim.country:
            kinds = {k for s, k, _ in ctx.found if s == claim.counterpart_of and k in {RelationKind.LEADER_OF, RelationKind.MINISTER_OF}}
            for kind in kinds:
                ctx.add(claim.person, kind, ctx.country_actor(claim.country), claim.sentence)
    # Bare titles: the home country, unless that office of it is someone
    # else's, or another person's stated office in the same sentence is of it
    # ("French Prime Minister A opened talks with President B").
    stated: dict[Span, set[str]] = {}
    for claim in claims:
        actor = ctx.actor(claim.holder) if claim.holder else None
        if actor is not None and actor.country and claim.kind in {RelationKind.LEADER_OF, RelationKind.MINISTER_OF}:
            stated.setdefault(claim.sentence, set()).add(f"{claim.person}|{actor.country}")
    bare: dict[str, list[RoleClaim]] = {}
    for claim in claims:
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
        for iso3 in ctx.home:
            others = held.get((role.key, iso3), set()) - {person}
            if iso3 in excluded or (others and role.key not in _SHARED_OFFICES):
                continue
            ctx.add(person, first.kind, ctx.country_actor(iso3), first.sentence)
            break
