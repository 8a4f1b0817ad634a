"""People and units that speak for a body, a country or a leader.

"UN experts" and "US officials" are coded as the organisation or country
they speak for; "Biden administration officials" speak for the leader's
administration, "a U.S. Senate team" is a delegation of a national body,
"Yoon's office" acts for the leader, and "the Reagan administration" is the
leader's government.
"""

from __future__ import annotations

from kg.extract.actor_names import actor_kind, clean_name, government_proto, slugify, title_case
from kg.extract.actor_tokens import Phrase, extend_with_of, phrase_tokens, text_of
from kg.extract.coref import ProtoMention as _Proto
from kg.extract.gazetteer import Gazetteer
from kg.model import ActorKind

# Nouns for people that speak for the body or country that modifies them
# ("UN experts", "US officials"): coded as that actor.
AGENT_HEADS = {"official", "officials", "expert", "experts", "diplomat", "diplomats", "source", "sources", "investigator", "investigators", "envoy", "envoys", "representative", "representatives", "negotiator", "negotiators", "authority", "observers", "monitors", "inspectors"}
# A leader's government, named after them ("the Reagan administration").
_LEADER_BODIES = {"administration", "government", "cabinet", "regime"}
_DELEGATIONS = {"team", "delegation", "mission"}


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
                return _Proto(span, p_index, head.i, ids, actor_kind(sub.kind), sub.name, sub.key, sub.country, sub.code, sub.wikidata, extend_with_of(head, phrase_tokens(head)), "agent")
        if country is not None:
            return government_proto(country, span, p_index, head, ids, text_of(phrase_tokens(head)) if shared else text, via="agent")
        # "Biden administration officials": the leader's administration speaks.
        phrase = phrase_tokens(head)
        for t in phrase:
            leader = [c for c in phrase if c.i < t.i and c.ent_type_ == "PERSON" and c.dep_ == "compound"] if t.lemma_ in _LEADER_BODIES else []
            if leader:
                name = f"{clean_name(text_of(leader))} {t.lower_}"
                return _Proto(span, p_index, head.i, ids, ActorKind.GOVERNMENT, name, slugify(name), None, None, None, text_of(phrase_tokens(head)), "entity")
    # "a U.S. Senate team": a delegation of a national body is an actor of its own.
    if lemma in _DELEGATIONS and not names and country is not None:
        phrase = phrase_tokens(head)
        words = [t for t in phrase if t.dep_ == "compound" and t.i != head.i and t not in country_tokens]
        unit = gaz.body(text_of(words)) if words else None
        if unit is not None and unit.sector and unit.kind is ActorKind.GOVERNMENT:
            name = clean_name(text_of(phrase))
            return _Proto(span, p_index, head.i, ids, ActorKind.GOVERNMENT, name, slugify(name), country.iso3, country.iso3 + unit.sector, None, text_of(phrase), "entity")
    # "Yoon's office": a leader's office acts for them.
    if lemma == "office" and not names and any(c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in head.children) and [t.i for t in core if t.dep_ != "case"] == [head.i]:
        name = clean_name(text_of(phrase_tokens(head)))
        return _Proto(span, p_index, head.i, ids, ActorKind.GOVERNMENT, name, slugify(name), None, None, None, text, "entity")
    # "the Reagan administration": a leader's government, named after them.
    if lemma in _LEADER_BODIES and any(
        c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in head.children
    ):
        name = title_case(clean_name(text)).replace(" Administration", " administration").replace(" Government", " government")
        gov_iso3 = getattr(country, "iso3", None)
        return _Proto(span, p_index, head.i, ids, ActorKind.GOVERNMENT, name, slugify(name), gov_iso3, (gov_iso3 + "GOV") if gov_iso3 else None, None, text, "entity")
    return None
