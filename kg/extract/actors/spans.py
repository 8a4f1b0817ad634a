"""Named-entity spans as actors need them: what the tagger got wrong about a name.

The tagger's entities are read as they are, except where an
:data:`ENTITY_RULES` rule relabels one: a numbered provision ("Article 12")
is a text, a surname read as a date ("Jones and March") a person, a personal
name that names a group ("the X network") an organisation, or one that names
a place ("the X waterway", "the town of X") a place. Also here: named
documents ("the ... Treaty"), which are no actors, and the dateline place
that opens a story.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.actors.context import ActorContext
from kg.extract.actors.mention import ProtoMention as _Proto
from kg.extract.actors.mention import Via
from kg.extract.actors.orgs import GEO_DESIGNATORS
from kg.extract.actors.places import SETTLEMENT_NOUNS
from kg.extract.words import WordClass

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from kg.extract.actors.gazetteer import Gazetteer

__all__ = ["DOCUMENT_NOUNS", "ENTITY_RULES", "drop_named_documents", "entity_spans", "is_dateline"]

# Head nouns of named documents ("the ... Treaty", "the ... Accords"): no actors.
DOCUMENT_NOUNS = WordClass("document_nouns")
_CALENDAR_WORDS = WordClass("calendar_words")
# Nouns a personal or family name makes the name of a group ("the Karimi network", "the Mendez movement").
_NAMED_COLLECTIVES = WordClass("network_nouns")
_GEOGRAPHIC_FEATURES = WordClass("geographic_features")
_PROVISION_WORDS = WordClass("provision_words")
# Nouns only a person can own ("X's visit", "X's wife"): their possessor is a person.
_PERSONAL_NOUNS = WordClass("personal_nouns")
#: Punctuation after the upper-case place of a dateline ("NAIROBI:", "LIMA, Peru —").
_DATELINE_MARKS = WordClass("dateline_marks")


def entity_spans(doc: Doc, ctx: ActorContext) -> Iterator[SpacySpan]:
    """The tagger's entities, relabelled or widened where an :data:`ENTITY_RULES` rule says better."""
    for tagged in doc.ents:
        trimmed = _without_open_bracket(tagged)
        if trimmed is None:
            continue
        ent = trimmed
        for rule in ENTITY_RULES:
            better = ctx.apply(rule, ent, ctx) if rule is leader_name_tagged_as_a_place else ctx.apply(rule, ent, ctx.gazetteer)
            if better is not None:
                ent = better
        yield ent


def _without_open_bracket(ent: SpacySpan) -> SpacySpan | None:
    """The entity up to a bracket it opens and does not close: "Movement for Democratic Change (MDC" is the movement (the acronym is read apart)."""
    texts = [t.text for t in ent]
    if "(" not in texts or ")" in texts[texts.index("(") :]:
        return ent
    end = ent.start + texts.index("(")
    return _relabel(ent, ent.label_, end) if end > ent.start else None


def leader_name_tagged_as_a_place(ent: SpacySpan, ctx: ActorContext) -> SpacySpan | None:
    """A name the gazetteer does not know as a place, that names an office holder on the story's date, is a person.

    The tagger reads many leaders' surnames as places ("Ortez met *Alvarado*
    in Lima" with "Alvarado" tagged GPE); the dated leaders table and the
    dictionaries know who held office that day. "Lima" stays a place.
    """
    if ent.label_ not in {"GPE", "LOC", "ORG", "NORP"} or ctx.dictionary is None or len(ent) > 3:
        return None
    if ctx.gazetteer.lookup(ent.text) is not None or ctx.gazetteer.country_of_demonym(ent.text) is not None:
        return None
    if not office_holder_named(ent.text, ctx):
        return None
    return _relabel(ent, "PERSON")


def office_holder_named(text: str, ctx: ActorContext) -> bool:
    """Whether ``text`` is the whole name or the surname of a person the dictionaries code on the story's date."""
    if ctx.dictionary is None or not text[:1].isupper():
        return False
    found = ctx.dictionary.lookup(text.split(), ctx.article.published)
    if found is None or found.sector is None or " " not in found.name.strip("_ "):
        return False  # a place or a country (no sector), or a one-word name (an organisation, not a person)
    words = {w.lower() for w in text.split()}
    return words <= {w.lower() for w in found.name.replace("_", " ").split()}


def _is_place_noun(word: str) -> bool:
    """A common noun a name makes a place ("the X waterway", "Iraq's X peninsula"): a natural
    feature, or a designator of places (not of states: "the X State" may be a government)."""
    return word in _GEOGRAPHIC_FEATURES or (word in GEO_DESIGNATORS and word not in {"state", "emirate"})


def _relabel(ent: SpacySpan, label: str, end: int | None = None) -> SpacySpan:
    from spacy.tokens import Span as SpacySpan

    return SpacySpan(ent.doc, ent.start, ent.end if end is None else end, label=label)


# --- rules: one entity at a time; None leaves it as it is ---------------------------------------


def legal_provision_is_no_actor(ent: SpacySpan, gaz: Gazetteer) -> SpacySpan | None:
    """A numbered provision is a text, never an actor, whatever the tagger calls it.

    "under Article 12 of the charter", "Articles 370 and 35A": a law (LAW), no organisation.
    """
    if len(ent) < 2 or ent[0].lower_ not in _PROVISION_WORDS or not (ent[1].like_num or ent[1].text[:1].isdigit()):
        return None
    return _relabel(ent, "LAW")


def plural_common_noun_is_no_name(ent: SpacySpan, gaz: Gazetteer) -> SpacySpan | None:
    """A capitalised plural the tagger itself tags as a common noun is no name, whatever entity it calls it.

    "Pirates attacked a ship": pirates, not a place called Pirates. The word
    is read as any other noun phrase (a collective, an agent).
    """
    if len(ent) != 1 or ent[0].pos_ != "NOUN" or ent[0].tag_ != "NNS" or ent.label_ not in {"GPE", "LOC", "ORG", "FAC"}:
        return None
    if gaz.country(ent.text) or gaz.organization(ent.text) or gaz.capital(ent.text):
        return None
    return _relabel(ent, "NOUN")


def demonym_is_a_nationality(ent: SpacySpan, gaz: Gazetteer) -> SpacySpan | None:
    """A demonym modifying a noun is a nationality (NORP), whatever else the tagger calls it.

    "Tarvian forces shelled the town", "Tarvian officials said": the
    tagger may call "Tarvian" a person or a place; it is the nationality of
    the phrase, no actor of its own.
    """
    root = ent.root
    if ent.label_ == "NORP" or root.dep_ not in {"amod", "compound"} or root.head.i != ent.end or root.head.pos_ != "NOUN":
        return None
    if gaz.country_of_demonym(ent.text) is None or gaz.country(ent.text) is not None:
        return None
    return _relabel(ent, "NORP")


def surname_read_as_a_date(ent: SpacySpan, gaz: Gazetteer) -> SpacySpan | None:
    """A capitalised "date" coordinated with a person is a surname.

    "talks between Ortega and March": March is a person, not a month.
    """
    root = ent.root
    if ent.label_ != "DATE" or root.dep_ != "conj" or root.head.ent_type_ != "PERSON":
        return None
    if any(not t.text[:1].isupper() or not t.is_alpha or t.lower_ in _CALENDAR_WORDS for t in ent) or root.i == 0:
        return None
    return _relabel(ent, "PERSON")


def personal_name_of_a_network(ent: SpacySpan, gaz: Gazetteer) -> SpacySpan | None:
    """A personal name right before a group noun names the group: an organisation.

    "the Ortega network claimed the attack": the Ortega Network (ORG), not a person.
    """
    root, doc = ent.root, ent.doc
    if ent.label_ != "PERSON" or root.dep_ != "compound" or ent.end >= len(doc):
        return None
    noun = doc[ent.end]
    if noun.i != root.head.i or noun.lower_ not in _NAMED_COLLECTIVES or noun.pos_ != "NOUN":
        return None
    return _relabel(ent, "ORG", ent.end + 1)


def name_after_the_town_of_is_a_place(ent: SpacySpan, gaz: Gazetteer) -> SpacySpan | None:
    """A person or organisation name after "the town of" (a settlement noun and "of") is a place.

    "rebels entered the town of Marco Ruiz": a place, not a person.
    """
    root = ent.root
    if ent.label_ in {"PERSON", "ORG"} and root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in SETTLEMENT_NOUNS:
        return _relabel(ent, "LOC")
    return None


def name_before_a_geographic_noun_is_a_place(ent: SpacySpan, gaz: Gazetteer) -> SpacySpan | None:
    """A person or organisation name right before a geographic noun is a place name.

    "ships crossed the Santa Rosa waterway": a place, not a person.
    """
    root, doc = ent.root, ent.doc
    if ent.label_ not in {"PERSON", "ORG"} or root.dep_ != "compound" or ent.end >= len(doc):
        return None
    noun = doc[ent.end]
    if noun.i != root.head.i or not _is_place_noun(noun.lower_) or noun.pos_ != "NOUN":
        return None
    return _relabel(ent, "LOC")


def known_city_before_a_body_is_a_place(ent: SpacySpan, gaz: Gazetteer) -> SpacySpan | None:
    """A city the gazetteer knows, tagged as a person or an organisation before a body's noun, is the city.

    "Lyon police said ...": sentence-first, the tagger may read "Lyon" as an
    organisation; the police are Lyon's, in France.
    """
    root, doc = ent.root, ent.doc
    if ent.label_ not in {"PERSON", "ORG"} or root.dep_ != "compound" or ent.end >= len(doc):
        return None
    noun = doc[ent.end]
    if noun.i != root.head.i or (gaz.body(noun.text) is None and gaz.body(noun.lemma_) is None):
        return None
    if gaz.region(ent.text) is None and gaz.capital(ent.text) is None:
        return None
    return _relabel(ent, "GPE")


#: Corrections of the tagger's entities, applied in order to each entity.
ENTITY_RULES = (
    legal_provision_is_no_actor,
    plural_common_noun_is_no_name,
    demonym_is_a_nationality,
    leader_name_tagged_as_a_place,
    surname_read_as_a_date,
    personal_name_of_a_network,
    name_after_the_town_of_is_a_place,
    name_before_a_geographic_noun_is_a_place,
    known_city_before_a_body_is_a_place,
)


def drop_named_documents(protos: list[_Proto], ctx: ActorContext) -> list[_Proto]:
    """A named document and its acronym are no actors.

    "the Lima Fisheries Accord (LFA) ... the LFA allows": neither is an actor.
    """
    documents = {p.key for p in protos if p.via == Via.DOCUMENT}
    return [p for p in protos if p.key not in documents]


def is_dateline(token: Token) -> bool:
    """The upper-case place that opens a story ("NAIROBI:", "LIMA, Peru —"): where it was filed, no actor."""
    doc = token.doc
    return token.i < 3 and token.text.isupper() and len(token.text) > 1 and token.i + 1 < len(doc) and doc[token.i + 1].text in _DATELINE_MARKS
