"""People and units that speak for a body, a country or a leader.

"UN experts" and "US officials" are coded as the organisation or country
they speak for; "Alvarez administration officials" speak for the leader's
administration, "a U.S. Senate team" is a delegation of a national body,
"Choi's office" acts for the leader, and "the Alvarez administration" is the
leader's government.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.actors.names import actor_kind, clean_name, government_proto, slugify
from kg.extract.actors.tokens import Phrase, extend_with_of, phrase_tokens, text_of
from kg.extract.actors.mention import ProtoMention as _Proto
from kg.extract.actors.mention import Via
from kg.extract.actors.gazetteer import Gazetteer
from kg.model import ActorKind
from kg.extract.words import WordClass

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns for people that speak for the body or country that modifies them
# ("UN experts", "US officials"): coded as that actor.
AGENT_HEADS = WordClass("agent_heads")
# A leader's government, named after them ("the Alvarez administration").
LEADER_BODIES = frozenset({"administration", "government", "cabinet", "regime"})
_DELEGATIONS = {"team", "delegation", "mission"}
# Sectors of the state bodies whose officials speak for them.
_STATE_SECTORS = WordClass("state_sectors")
# People posted abroad: a place after them is where they serve, not whom they serve.
POSTED = {"diplomat", "envoy", "ambassador", "representative", "negotiator"}
_PLACE_OR_GROUP = {"GPE", "LOC", "FAC", "ORG", "NORP"}


def agent_actor(ph: Phrase, gaz: Gazetteer, *, shared: bool = False) -> _Proto | None:
    """The actor a speaking or acting unit stands for, if the phrase is one.

    ``shared`` says the phrase's first nationality was taken by another
    mention ("[U.S.] and Russian negotiators"): the alias is the whole phrase.
    """
    head, core, names, country, country_tokens, ent = ph.head, ph.core, ph.names, ph.country, ph.country_tokens, ph.ent
    span, p_index, ids, text = ph.span, ph.p_index, ph.ids, ph.text
    lemma = head.lemma_.lower()
    # People speaking for an organisation or country ("UN experts", "US officials").
    if head.lower_ in AGENT_HEADS and ent != "PERSON":
        for t in phrase_tokens(head):
            if t.i == head.i:
                continue
            sub = gaz.organization(t.text)
            if sub is not None:
                return _Proto(span, p_index, head.i, ids, actor_kind(sub.kind), sub.name, sub.key, sub.country, sub.code, sub.wikidata, extend_with_of(head, phrase_tokens(head)), Via.AGENT)
        if country is not None:
            return government_proto(country, span, p_index, head, ids, text_of(phrase_tokens(head)) if shared else text, via=Via.AGENT)
        # "Alvarez administration officials": the leader's administration speaks.
        phrase = phrase_tokens(head)
        for t in phrase:
            leader = _leader_name(t, gaz) if t.lemma_ in LEADER_BODIES else []
            if leader:
                name = f"{clean_name(text_of(leader))} {t.lower_}"
                return _Proto(span, p_index, head.i, ids, ActorKind.GOVERNMENT, name, slugify(name), None, None, None, text_of(phrase_tokens(head)), Via.LEADER_BODY)
        # "top military officials", "government officials" (not a mere "police source"): the state body they speak for, whose
        # country is the story's (actors._story_bodies) when the text names none.
        body = next((b for b in (gaz.body(t.text) for t in phrase if t.i < head.i and t.dep_ in {"amod", "compound"}) if b is not None and b.sector in _STATE_SECTORS and not b.country), None)
        if body is not None and not names and lemma == "official":
            return _Proto(span, p_index, head.i, ids, ActorKind.GOVERNMENT, body.name, slugify(text), None, None, None, text, Via.BODY)
    # "a U.S. Senate team": a delegation of a national body is an actor of its own.
    if lemma in _DELEGATIONS and not names and country is not None:
        phrase = phrase_tokens(head)
        words = [t for t in phrase if t.dep_ == "compound" and t.i != head.i and t not in country_tokens]
        unit = gaz.body(text_of(words)) if words else None
        if unit is not None and unit.sector and unit.kind is ActorKind.GOVERNMENT:
            name = clean_name(text_of(phrase))
            return _Proto(span, p_index, head.i, ids, ActorKind.GOVERNMENT, name, slugify(name), country.iso3, country.iso3 + unit.sector, None, text_of(phrase), Via.ENTITY)
    # "Choi's office": a leader's office acts for them.
    if lemma == "office" and not names and any(c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in head.children) and [t.i for t in core if t.dep_ != "case"] == [head.i]:
        name = clean_name(text_of(phrase_tokens(head)))
        return _Proto(span, p_index, head.i, ids, ActorKind.GOVERNMENT, name, slugify(name), None, None, None, text, Via.LEADER_BODY)
    # "the Alvarez administration": a leader's government, named after them.
    leader = _leader_name(head, gaz) if lemma in LEADER_BODIES else []
    if leader:
        # The leader's name may be a mention of its own ("Alvarez"): the body is named with it.
        name = f"{clean_name(text_of(leader))} {head.lower_}"
        gov_iso3 = getattr(country, "iso3", None)
        return _Proto(span, p_index, head.i, ids, ActorKind.GOVERNMENT, name, slugify(name), gov_iso3, (gov_iso3 + "GOV") if gov_iso3 else None, None, text, Via.LEADER_BODY)
    return None


def _leader_name(body: Token, gaz: Gazetteer) -> list[Token]:
    """The personal name a leader's government is named after ("the [Luis Alvarez] administration").

    A name the tagger missed counts when the gazetteer knows none of its words
    (no country, capital, seat, organisation or body: "the Gaza administration" is none).
    """
    doc = body.doc
    words: list[Token] = []
    # The compounds right before the body word; the parse may hang them on the phrase's head ("X administration officials").
    heads = {body.i, body.head.i}
    i = body.i - 1
    while i >= 0 and doc[i].dep_ == "compound" and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() and doc[i].head.i in heads | {w.i for w in words}:
        words.insert(0, doc[i])
        i -= 1
    if not words:
        return []
    if any(t.ent_type_ == "PERSON" for t in words):
        return words
    if any(t.ent_type_ in _PLACE_OR_GROUP or gaz.lookup(t.text) is not None or gaz.country_of_demonym(t.text) is not None for t in words):
        return []
    return words
