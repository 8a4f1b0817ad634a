"""Named-entity spans as actors need them: what the tagger got wrong about a name.

A surname read as a date ("Jones and March"), a personal name that names a
group ("the X network") or a place ("the X waterway"), a named document ("the
... Treaty"), and the dateline place that opens a story.
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

    from kg.extract.actors.gazetteer import Gazetteer
    from spacy.tokens import Span as SpacySpan

# Head nouns of named documents ("the ... Treaty", "the ... Accords"): no actors.
DOCUMENT_NOUNS = WordClass("document_nouns")


def drop_named_documents(protos: list[_Proto], ctx: ActorContext) -> list[_Proto]:
    """A named document and its acronym are no actors.

    "the Lima Fisheries Accord (LFA) ... the LFA allows": neither is an actor.
    """
    documents = {p.key for p in protos if p.via == Via.DOCUMENT}
    return [p for p in protos if p.key not in documents]


def entity_spans(doc: Doc) -> Iterator[SpacySpan]:
    """The tagger's entities, relabelled or widened where a general rule says better."""
    for ent in doc.ents:
        yield _named_place(_named_collective(_misread_person(_legal_provision(ent))))


_CALENDAR_WORDS = WordClass("calendar_words")


# Nouns a personal or family name makes the name of a group ("the Karimi network", "the Mendez movement").
_NAMED_COLLECTIVES = {"network", "movement", "faction", "clan"}


def _named_collective(ent: SpacySpan) -> SpacySpan:
    """A personal name that modifies a group noun right after it ("the X network") names the group: an organisation."""
    from spacy.tokens import Span as SpacySpan

    root, doc = ent.root, ent.doc
    if ent.label_ != "PERSON" or root.dep_ != "compound" or ent.end >= len(doc):
        return ent
    noun = doc[ent.end]
    if noun.i != root.head.i or noun.lower_ not in _NAMED_COLLECTIVES or noun.pos_ != "NOUN":
        return ent
    return SpacySpan(doc, ent.start, ent.end + 1, label="ORG")


# Common nouns a name makes a place ("the X waterway", "Iraq's X peninsula").
_PLACE_NOUNS = (GEO_DESIGNATORS - {"state", "emirate"}) | {"waterway", "river", "canal", "mountain", "mountains", "peak", "lake", "bay", "gulf", "sea", "desert", "coast", "plain", "plateau"}


def _named_place(ent: SpacySpan) -> SpacySpan:
    """A person or organisation name right before a geographic noun ("the X waterway") or after "the town of" is a place name."""
    from spacy.tokens import Span as SpacySpan

    root, doc = ent.root, ent.doc
    if ent.label_ in {"PERSON", "ORG"} and root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in SETTLEMENT_NOUNS:
        return SpacySpan(doc, ent.start, ent.end, label="LOC")
    if ent.label_ not in {"PERSON", "ORG"} or root.dep_ != "compound" or ent.end >= len(doc):
        return ent
    noun = doc[ent.end]
    if noun.i != root.head.i or noun.lower_ not in _PLACE_NOUNS or noun.pos_ != "NOUN":
        return ent
    return SpacySpan(doc, ent.start, ent.end, label="LOC")


_PROVISION_WORDS = WordClass("provision_words")


def _legal_provision(ent: SpacySpan) -> SpacySpan:
    """A numbered provision ("Article 12", "Articles 370 and 35A") is a text, never an actor, whatever the tagger calls it."""
    from spacy.tokens import Span as SpacySpan

    if len(ent) < 2 or ent[0].lower_ not in _PROVISION_WORDS or not (ent[1].like_num or ent[1].text[:1].isdigit()):
        return ent
    return SpacySpan(ent.doc, ent.start, ent.end, label="LAW")


def _misread_person(ent: SpacySpan) -> SpacySpan:
    """A surname the tagger read as a date, coordinated with a person ("Jones and *March*"): a person."""
    from spacy.tokens import Span as SpacySpan

    root = ent.root
    if ent.label_ != "DATE" or root.dep_ != "conj" or root.head.ent_type_ != "PERSON":
        return ent
    if any(not t.text[:1].isupper() or not t.is_alpha or t.lower_ in _CALENDAR_WORDS for t in ent) or root.i == 0:
        return ent
    return SpacySpan(ent.doc, ent.start, ent.end, label="PERSON")


# Nouns only a person can own ("X's visit", "X's wife"): their possessor is a person.
_PERSONAL_NOUNS = WordClass("personal_nouns")


def possessor_person(ent: SpacySpan, gaz: Gazetteer) -> bool:
    """A one-word "place" owning what only a person has ("X's visit") that no gazetteer knows as a place: a surname."""
    root = ent.root
    if ent.label_ not in {"GPE", "LOC"} or len(ent) != 1 or root.dep_ != "poss" or root.head.lemma_.lower() not in _PERSONAL_NOUNS:
        return False
    text = root.text
    return not (gaz.country(text) or gaz.capital(text) or gaz.region(text) or gaz.organization(text) or gaz.country_of_demonym(text) or gaz.seat(text))


def is_dateline(token: Token) -> bool:
    """The upper-case place that opens a story ("NAIROBI:", "LIMA, Peru —"): where it was filed, no actor."""
    doc = token.doc
    return token.i < 3 and token.text.isupper() and len(token.text) > 1 and token.i + 1 < len(doc) and doc[token.i + 1].text in {",", ":", "—", "–", "--", "-"}
