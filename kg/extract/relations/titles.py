"""Titles next to a person's name, read as role claims: "Iraqi President X", "X, the foreign minister of Y", "X, who heads Y".

Each pass reads one place a title can stand (before the name, in an
apposition, after a copula, as a "who heads" clause) and adds a
:class:`~kg.extract.relations.context.RoleClaim` to the context; what is left
of the title phrase (a body, a country, a demonym, a possessive) or its
"of/at/for" complement is the holder. :mod:`kg.extract.relations.offices`
turns the claims into relations once every mention is read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.actors.gazetteer import BodyEntry, CountryEntry, MatchCategory, OrgEntry, RoleEntry
from kg.extract.actors.noun_phrases import actor_in_modifiers, actor_of_np
from kg.extract.actors.persons import FORMER_WORDS
from kg.extract.relations.context import MentionSite, RelationContext, RoleClaim
from kg.extract.rules import rule_name
from kg.extract.words import WordClass
from kg.model import ActorKind, RelationKind, Span
from kg.extract.syntax import apposition_anchor, hyphen_rest

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "apposition_title_gives_office",
    "copula_title_gives_office",
    "lead_verb_gives_leader",
    "shared_apposition_gives_each_conjunct_office",
    "title_before_name_gives_office",
    "title_read_left_of_name_gives_office",
]

# Cabinet titles used by one country only (US cabinet "Secretary of X").
_COUNTRY_TITLES: dict[str, str] = {
    "secretary of state": "USA", "secretary of defense": "USA", "secretary of the treasury": "USA",
    "secretary of homeland security": "USA",
}  # fmt: skip
_DEPUTY = {"deputy", "vice", "assistant", "vice-"}
_LEAD_VERBS = {"head", "lead", "chair", "command", "run"}
#: Honorifics before a name ("Mr.", "Gen.", "Sheikh"), compared without the final dot.
_HONORIFICS = WordClass("honorifics")
#: Words that begin a title whatever the parse made of them ("President", "Minister").
_ROLE_WORDS = WordClass("role_words")
_TITLE_DEPS = WordClass("title_deps")
#: Parts of speech that end a run of words read leftwards from a head noun.
_RUN_STOP_POS = WordClass("run_stop_pos")
_COMPLEMENT_PREPS = {"of", "for", "at", "to", "in"}
#: Sectors of national bodies a title names before its role word ("Pakistan *army* chief", "Ugandan *opposition* leader").
_FORCES = {"MIL", "COP", "SPY", "OPP", "REB"}


def title_before_name_gives_office(ctx: RelationContext, site: MentionSite) -> None:
    """A title the parse hangs before a name is that person's office ("Veloran President Ana Ruiz")."""
    if site.person:
        run = _premodifier_run(site.token)
        if run:
            ctx.claims.extend(_claims_of_title(ctx, site, run, None, rule_name(title_before_name_gives_office)))


def title_read_left_of_name_gives_office(ctx: RelationContext, site: MentionSite) -> None:
    """The words left of a name, read without the parse, may hold a title ("talks with Ana Ruiz and Trade Minister Ivo Kral").

    The parser often mangles long titles in coordinations; the run stops at
    determiners, punctuation and verbs.
    """
    if site.person:
        run = _linear_title(site.token)
        if run:
            ctx.claims.extend(_claims_of_title(ctx, site, run, None, rule_name(title_read_left_of_name_gives_office)))


def apposition_title_gives_office(ctx: RelationContext, site: MentionSite) -> None:
    """A title in apposition to a name is that person's office ("Ivo Kral, the trade minister of Veloria")."""
    if not site.person:
        return
    token = site.token
    nouns = [c for c in token.children if c.dep_ == "appos"]
    if token.dep_ == "appos":
        nouns.append(apposition_anchor(token))
    _claim_nouns(ctx, site, nouns, rule_name(apposition_title_gives_office))


def shared_apposition_gives_each_conjunct_office(ctx: RelationContext, site: MentionSite) -> None:
    """A plural apposition after coordinated names describes each ("Ana Ruiz and Ivo Kral, both professors at Tarn University")."""
    if not site.person or site.token.dep_ != "conj":
        return
    token = site.token
    nouns = [c for c in token.head.children if c.dep_ == "appos" and c.tag_ == "NNS" and c.i > token.i]
    _claim_nouns(ctx, site, nouns, rule_name(shared_apposition_gives_each_conjunct_office))


def copula_title_gives_office(ctx: RelationContext, site: MentionSite) -> None:
    """A title after "is" is the subject's office ("Ivo Kral is the defence minister of Veloria")."""
    if not site.person or site.token.dep_ != "nsubj" or site.token.head.lemma_ != "be":
        return
    nouns = [c for c in site.token.head.children if c.dep_ == "attr"]
    _claim_nouns(ctx, site, nouns, rule_name(copula_title_gives_office))


def lead_verb_gives_leader(ctx: RelationContext, site: MentionSite) -> None:
    """Who heads, leads or chairs a body is its leader ("Ana Ruiz, who heads the Tarn Front")."""
    if not site.person:
        return
    token = site.token
    verbs = []
    if token.dep_ == "nsubj" and token.head.lemma_ in _LEAD_VERBS:
        verbs.append(token.head)
    verbs += [c for c in token.children if c.dep_ == "relcl" and c.lemma_ in _LEAD_VERBS and any(s.dep_ == "nsubj" and s.lower_ in {"who", "that"} for s in c.children)]
    for verb in verbs:
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            # "headed the Viet Minh guerrillas": the named modifier, not the common noun.
            named = [ctx.actors.actor_at(site.para, c.i) for c in obj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            found = next((n for n in named if n), None) or actor_of_np(obj, site.para, ctx.actors)
            if found and found != site.actor.id:
                ctx.claims.append(RoleClaim(site.actor.id, None, RelationKind.LEADER_OF, site.sentence, rule_name(lead_verb_gives_leader), holder=found))


def _claim_nouns(ctx: RelationContext, site: MentionSite, nouns: Sequence[Token], rule: str) -> None:
    """Claims of the titles headed by ``nouns``, each with the title words the parse hangs before it."""
    halves: set[int] = set()
    for noun in nouns:
        if noun.i in halves:
            continue  # the second half of a title already read whole
        zone = sorted({t for c in noun.lefts if c.dep_ in _TITLE_DEPS for t in c.subtree}, key=lambda t: t.i)
        rest = hyphen_rest(noun)
        if rest and ctx.gazetteer.role(f"{noun.text}-{rest[-1].text}") is not None:
            # "the secretary-general of the UN": the title is the whole written word, its complements on either half.
            head = rest[-1] if any(c.dep_ == "prep" for c in rest[-1].children) else noun
            halves.update(t.i for t in rest)
            ctx.claims.extend(_claims_of_title(ctx, site, [*[t for t in zone if t.i < noun.i], noun, *rest], head, rule))
            continue
        ctx.claims.extend(_claims_of_title(ctx, site, [*[t for t in zone if t.i < noun.i], noun], noun, rule))


def _premodifier_run(token: Token) -> list[Token]:
    """The premodifiers of a name adjacent to it, without the name's own words and honorifics."""
    lefts = sorted({t for c in token.lefts if c.dep_ in _TITLE_DEPS for t in c.subtree if t.i < token.i}, key=lambda t: t.i)
    run: list[Token] = []
    for t in reversed(lefts):
        if run and t.i != run[0].i - 1:
            break
        run.insert(0, t)
    while run and (run[-1].ent_type_ == "PERSON" or _is_honorific(run[-1])) and not _is_role_word(run[-1]) and not _hyphened_to_role(run[-1]):
        run.pop()
    return run


def _hyphened_to_role(token: Token) -> bool:
    """The second half of a hyphened title ("Secretary-*General*"), not an honorific of the name."""
    doc = token.doc
    return token.i > 1 and doc[token.i - 1].text == "-" and _is_role_word(doc[token.i - 2])


def _linear_title(token: Token) -> list[Token]:
    """The words just before the name, read left to right without the parse."""
    doc = token.doc
    i = token.i
    # Walk left over the rest of the name (proper nouns, inner hyphens).
    while i > 0 and (
        (doc[i - 1].pos_ == "PROPN" and not _is_role_word(doc[i - 1]) and not _is_honorific(doc[i - 1]))
        or (doc[i - 1].text == "-" and i > 1 and doc[i - 2].pos_ == "PROPN")
    ):
        i -= 1
    if i < token.i and i > 1 and doc[i - 1].text == "-" and _is_role_word(doc[i - 2]):
        i += 1  # "Secretary-General Ana Ruiz": the word after a title's hyphen is the title's, not the name's
    while i > 0 and _is_honorific(doc[i - 1]):
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


def _is_honorific(token: Token) -> bool:
    return token.lower_.removesuffix(".") in _HONORIFICS


def _is_role_word(token: Token) -> bool:
    return token.lower_ in _ROLE_WORDS


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


def _relation_of_role(role: RoleEntry) -> RelationKind:
    # The contract has no delegate_of: envoys and chargés d'affaires are "other" (as the reference scorer reads delegate_of).
    return RelationKind.OTHER if role.relation == "delegate_of" else RelationKind(role.relation)


def _claims_of_title(ctx: RelationContext, site: MentionSite, zone: list[Token], role_head: Token | None, rule: str) -> list[RoleClaim]:
    size, role, counterpart = _match_title(ctx, zone)
    if size == 0:
        return []
    person, para, sentence = site.actor.id, site.para, site.sentence
    title = zone[-size:]
    qualifiers = [t for t in zone[:-size] if t.i != site.token.i]
    # "X, Y and Finance Minister Z": nothing before a coordination qualifies the title.
    cut = max((k + 1 for k, t in enumerate(qualifiers) if t.pos_ in {"CCONJ", "PUNCT"}), default=0)
    qualifiers = qualifiers[cut:]
    head = role_head if role_head is not None else title[-1]
    # An envoy "to" or "in" a country is posted there; the country sending them is the holder
    # ("Peru's ambassador to Chile", "Iran's chargé d'affaires in Kuwait").
    preps = _COMPLEMENT_PREPS - {"to", "in"} if role is not None and role.relation == "delegate_of" else _COMPLEMENT_PREPS
    complements = [p for c in head.children if c.dep_ == "prep" and c.lower_ in preps and c not in title for p in c.children if p.dep_ == "pobj"]
    if counterpart:
        other = next((ctx.actors.actor_at(para, q.i) for q in qualifiers if q.dep_ == "poss"), None)
        country = _country_in(ctx, qualifiers)
        if other and country:
            return [RoleClaim(person, None, RelationKind.OTHER, sentence, rule, counterpart_of=other, country=country.iso3)]
        return []
    assert role is not None
    if any(t.lower_ in FORMER_WORDS for t in [*qualifiers, *title]):
        return []  # "former Prime Minister X" leads nothing now
    kind = _relation_of_role(role)
    if kind is RelationKind.LEADER_OF and any(t.lower_.rstrip("-") in _DEPUTY for t in [*qualifiers[-1:], *title[:1]]):
        kind = RelationKind.MEMBER_OF
    title_text = " ".join(t.lower_ for t in title)
    out: list[RoleClaim] = []
    body = _title_body(ctx, qualifiers, title) or _body_in(ctx, qualifiers, para, person)
    # "the leader of the opposition Popular Force party": the name may modify the head noun.
    outer = next((a for a in (actor_of_np(p, para, ctx.actors) or _named_modifier(ctx, p, para) for p in complements) if a and a != person), None)
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
        out.append(RoleClaim(person, role, kind, sentence, rule, holder=_national(ctx, body, kind)))
        out.append(RoleClaim(person, role, RelationKind.MEMBER_OF, sentence, rule, holder=outer))
        return out
    holder = body or outer
    out.append(RoleClaim(person, role, kind, sentence, rule, holder=_national(ctx, holder, kind) if holder else None))
    return out


def _named_modifier(ctx: RelationContext, noun: Token, para: int) -> str | None:
    """A body named inside the noun ("the opposition *Popular Force* party"); a nationality ("Peruvian intelligence") is none."""
    found = actor_in_modifiers(noun, para, ctx.actors)
    actor = ctx.actor(found) if found else None
    return found if actor is not None and actor.kind is not ActorKind.COUNTRY else None


def _national(ctx: RelationContext, holder: str, kind: RelationKind) -> str:
    """Heads of state and ministers serve the country, not its "government" actor."""
    actor = ctx.actor(holder)
    if kind in {RelationKind.LEADER_OF, RelationKind.MINISTER_OF} and actor is not None and actor.country and holder == f"{actor.country.lower()}-government":
        return ctx.country_actor(actor.country) or holder
    return holder


def _title_body(ctx: RelationContext, qualifiers: Sequence[Token], title: Sequence[Token]) -> str | None:
    """A national body the title itself names before its role word ("Pakistan [army] chief"), with the qualifiers' country."""
    if len(title) < 2:
        return None
    named = " ".join(t.text for t in title[:-1])
    # A noun used as a modifier is singular: "*rebel* commander" names the rebels.
    body = ctx.gazetteer.body(named) or ctx.gazetteer.body(named + "s")
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
        # A country word only qualifies the body ("*Ugandan* opposition leader"): the caller falls back on it.
        if actor is None or found == person or actor.kind in {ActorKind.PERSON, ActorKind.COUNTRY}:
            continue
        return found
    texts = [q.text for q in qualifiers]
    for start in range(len(texts)):
        # An organisation the parse folded into the name: "UN Secretary-General X".
        org = ctx.gazetteer.longest_match(texts, start, categories={MatchCategory.ORGANIZATION})
        if org is not None and isinstance(org.entry, OrgEntry) and org.entry.code:
            return ctx.organization_actor(org.entry.key)
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
