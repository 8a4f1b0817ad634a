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
LEADER_BODIES = WordClass("leader_body_nouns")
_DELEGATIONS = {"team", "delegation", "mission"}
# Sectors of the state bodies whose officials speak for them.
_STATE_SECTORS = WordClass("state_sectors")
# People posted abroad: a place after them is where they serve, not whom they serve.
POSTED = WordClass("posted_nouns")
_PLACE_OR_GROUP = {"GPE", "LOC", "FAC", "ORG", "NORP"}


def agent_actor(ph: Phrase, gaz: Gazetteer, *, shared: bool = False) -> _Proto | None:
    """The organisation or country people speak for: "UN experts", "US officials".

    ``shared`` says the phrase's first nationality was taken by another
    mention ("[U.S.] and Russian negotiators"): the alias is the whole phrase.
    """
    head = ph.head
    if head.lower_ not in AGENT_HEADS or ph.ent == "PERSON":
        return None
    for t in phrase_tokens(head):
        if t.i == head.i:
            continue
        sub = gaz.organization(t.text)
        if sub is not None:
            return _Proto(ph.span, ph.p_index, head.i, ph.ids, actor_kind(sub.kind), sub.name, sub.key, sub.country, sub.code, sub.wikidata, extend_with_of(head, phrase_tokens(head)), Via.AGENT)
    if ph.country is not None:
        return government_proto(ph.country, ph.span, ph.p_index, head, ph.ids, text_of(phrase_tokens(head)) if shared else ph.text, via=Via.AGENT)
    return None


# --- rules: tried in order after agent_actor ---------------------------------------------


def officials_of_a_leaders_administration(ph: Phrase, gaz: Gazetteer) -> _Proto | None:
    """Officials of a leader's administration speak for that administration.

    "Ortega administration officials said": the Ortega administration.
    """
    head = ph.head
    if head.lower_ not in AGENT_HEADS or ph.ent == "PERSON":
        return None
    for t in phrase_tokens(head):
        leader = _leader_name(t, gaz) if t.lemma_ in LEADER_BODIES else []
        if leader:
            name = f"{clean_name(text_of(leader))} {t.lower_}"
            return _Proto(ph.span, ph.p_index, head.i, ph.ids, ActorKind.GOVERNMENT, name, slugify(name), None, None, None, text_of(phrase_tokens(head)), Via.LEADER_BODY)
    return None


def officials_of_a_state_body(ph: Phrase, gaz: Gazetteer) -> _Proto | None:
    """Officials named by a state body with no nationality speak for that body (the story country's: ``story_bodies``).

    "top military officials said", "government officials said" (not a mere "police source").
    """
    head = ph.head
    if head.lower_ not in AGENT_HEADS or ph.ent == "PERSON" or ph.names or head.lemma_.lower() != "official":
        return None
    body = next((b for b in (gaz.body(t.text) for t in phrase_tokens(head) if t.i < head.i and t.dep_ in {"amod", "compound"}) if b is not None and b.sector in _STATE_SECTORS and not b.country), None)
    if body is None:
        return None
    return _Proto(ph.span, ph.p_index, head.i, ph.ids, ActorKind.GOVERNMENT, body.name, slugify(ph.text), None, None, None, ph.text, Via.BODY)




def administration_named_after_its_leader(ph: Phrase, gaz: Gazetteer) -> _Proto | None:
    """A government named after its leader is that leader's government.

    "the Ortega administration": its country is the nationality, else the leader's (``leader_governments``).
    """
    head = ph.head
    leader = _leader_name(head, gaz) if head.lemma_.lower() in LEADER_BODIES else []
    if not leader:
        return None
    # The leader's name may be a mention of its own ("Ortega"): the body is named with it.
    name = f"{clean_name(text_of(leader))} {head.lower_}"
    iso3 = ph.country.iso3 if ph.country is not None else None
    return _Proto(ph.span, ph.p_index, head.i, ph.ids, ActorKind.GOVERNMENT, name, slugify(name), iso3, (iso3 + "GOV") if iso3 else None, None, ph.text, Via.LEADER_BODY)


#: People and units that speak for a leader or a body, beyond agent_actor's organisations and countries.
AGENT_RULES = (
    officials_of_a_leaders_administration,
    officials_of_a_state_body,
    administration_named_after_its_leader,
)


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
