"""Where an unnamed group is: the country of a place that locates the phrase.

CAMEO codes a group by the country it is in, whether the text says so in a
post-modifier ("Opposition groups in Zimbabwe", "Rebels in the Ivory Coast",
"the president of Armenia", "Doctors from two American aid groups") or in the
clause whose subject it is ("Up to 100 ethnic Albanians demonstrated in
Serbia"). A people living in a country is coded by that country, not by its
nationality.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.syntax import sentence_of
from kg.extract.actors.gazetteer import CountryEntry, Gazetteer
from kg.extract.actors.tokens import SUBJECT_DEPS
from kg.extract.words import WordClass

if TYPE_CHECKING:
    from spacy.tokens import Token

# Prepositions whose object locates the noun they modify ("rebels in X", "the president of X").
_PHRASE_PREPS = WordClass("noun_locating_prepositions")
#: Prepositions whose object is where a clause happens ("demonstrated in X"), not a party to it.
PLACE_PREPOSITIONS = WordClass("place_prepositions")
# Verbs by which a government or army acts against its own country's rebels.
_HOSTILE_VERBS = WordClass("hostile_verbs")
# Nouns that make the name after "of" a settlement or a post ("the town of X", "the northern post of Y").
SETTLEMENT_NOUNS = WordClass("settlement_nouns")
# Participles that locate the noun they modify ("based in", "operating in").
_LOCATING_PARTICIPLES = WordClass("locating_participles")


def find_place_country(head: Token, gaz: Gazetteer, *, after: int = -1) -> CountryEntry | None:
    """The country of the place a post-modifier gives the phrase ("groups in Zimbabwe").

    Only prepositions after token ``after`` count: those inside a name
    ("Liberation Tigers of Tamil Eelam") are part of it.
    """
    # "guerrillas operating in Macedonia", "a group based in Trinidad": through a participle.
    preps = [*head.rights, *(p for c in head.rights if c.dep_ == "acl" and c.tag_ in {"VBG", "VBN"} and c.lower_ in _LOCATING_PARTICIPLES for p in c.rights)]
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ not in _PHRASE_PREPS or prep.i <= after:
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj":
                entry = place_country(pobj, gaz)
                if entry is not None:
                    return entry
    return None


def find_clause_country(head: Token, gaz: Gazetteer) -> CountryEntry | None:
    """The country where the clause whose subject or object is ``head`` takes place ("... demonstrated in Serbia")."""
    # "Hundreds of thousands of people blocked ...": the quantity is the subject.
    while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ in {"NOUN", "NUM", "PRON"}:
        head = head.head.head
    if head.dep_ not in SUBJECT_DEPS and head.dep_ != "dobj":
        return None
    verb = head.head
    # The place may hang on the verb or on its object ("blocked streets in Hong Kong").
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [p for o in verb.children if o.dep_ == "dobj" and o.i != head.i for p in o.children if p.dep_ == "prep"]
    for prep in preps:
        # "rioted at a jail in Dili": "at" locates through its own place only ("at the US embassy" is no US place).
        nested_only = prep.lower_ == "at"
        if prep.dep_ != "prep" or (prep.lower_ not in PLACE_PREPOSITIONS and not nested_only) or prep.i < head.i:
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj":
                # "in a gunbattle in southeastern Serbia": the place may qualify the adjunct.
                inner = [o for p in pobj.children if p.dep_ == "prep" and p.lower_ in PLACE_PREPOSITIONS for o in p.children if o.dep_ == "pobj"]
                for place in inner if nested_only else (pobj, *inner):
                    entry = place_country(place, gaz)
                    if entry is not None:
                        return entry
    return None


def place_country(pobj: Token, gaz: Gazetteer) -> CountryEntry | None:
    """The country a place phrase names: a country, capital or region, or a country modifier of the place.

    "the Ivory Coast", "Baghdad", "south Serbia", "two American aid groups",
    "the Syrian Golan Heights", "East Timor's capital Dili".
    """
    chain = [c for c in pobj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [pobj]
    for text in dict.fromkeys((" ".join(t.text for t in chain), pobj.text)):
        entry = gaz.country(text) or city_country(pobj, text, gaz) or gaz.region(text)
        if entry is not None:
            return entry
    for child in pobj.lefts:
        if child.dep_ not in {"amod", "compound", "poss", "nmod"}:
            continue
        inner = [c for c in child.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [child]
        for text in dict.fromkeys((" ".join(t.text for t in inner), child.text)):
            # "Sindh province", "the Darfur region": a region names the place.
            entry = gaz.country(text) or (gaz.country_of_demonym(text) or gaz.region(text) if text[:1].isupper() else None)
            if entry is not None:
                return entry
    return None


def city_country(token: Token, text: str, gaz: Gazetteer) -> CountryEntry | None:
    """The country of a capital, or of a namesake the sentence points to ("Tripoli ... the north Lebanese port")."""
    entry = gaz.capital(text)
    others = gaz.namesakes_of(text) if entry is not None else ()
    if entry is None or not others:
        return entry
    named = sentence_countries(token, gaz)
    if entry.iso3 in named:
        return entry
    return next((other for other in others if other.iso3 in named), entry)


def sentence_countries(token: Token, gaz: Gazetteer) -> set[str]:
    """The ISO3 codes of the countries the sentence names by name or nationality (not by capital)."""
    found: set[str] = set()
    tokens = list(sentence_of(token))
    for k, word in enumerate(tokens):
        if not word.text[:1].isupper() or word.i == token.i:
            continue
        pair = f"{tokens[k - 1].text} {word.text}" if k and tokens[k - 1].text[:1].isupper() else None
        # "South Sudanese" is no "Sudanese".
        entry = (gaz.country(pair) or gaz.country_of_demonym(pair)) if pair else None
        entry = entry or gaz.country(word.text) or gaz.country_of_demonym(word.text)
        if entry is not None:
            found.add(entry.iso3)
    return found


def find_sentence_country(head: Token, gaz: Gazetteer) -> CountryEntry | None:
    """The one country the sentence names (a country, capital or nationality), if it names exactly one.

    "Demonstrators blocked the road to the Kenyan parliament": a domestic
    collective with no nationality of its own belongs to the sentence's country.
    """
    found: dict[str, CountryEntry] = {}
    for i, entry in _sentence_places(head, gaz):
        if i != head.i:
            found[entry.iso3] = entry
    return next(iter(found.values())) if len(found) == 1 else None


def _sentence_places(head: Token, gaz: Gazetteer) -> list[tuple[int, CountryEntry]]:
    """The countries of the sentence's capitalised words (name, capital, nationality or region), by token; read once per sentence."""
    memo: dict[tuple[int, int], list[tuple[int, CountryEntry]]] = head.doc.user_data.setdefault("kg.sentence_places", {})
    sent = sentence_of(head)
    key = (sent.start, id(gaz))
    if key not in memo:
        places: list[tuple[int, CountryEntry]] = []
        tokens = list(sent)
        for k, token in enumerate(tokens):
            if not token.text[:1].isupper():
                continue
            pair = f"{tokens[k - 1].text} {token.text}" if k and tokens[k - 1].text[:1].isupper() else None
            entry = (gaz.country(pair) or gaz.capital(pair) or gaz.region(pair)) if pair else None
            entry = entry or gaz.country(token.text) or gaz.capital(token.text) or gaz.country_of_demonym(token.text) or gaz.region(token.text)
            if entry is not None:
                places.append((token.i, entry))
        memo[key] = places
    return memo[key]


def find_host_country(head: Token, gaz: Gazetteer, people: str) -> CountryEntry | None:
    """The country an ethnic group lives in, not the one its name comes from.

    CAMEO codes "ethnic Albanian guerrillas operating in Macedonia" as
    MKDREBALB: the place of the phrase, else of its clause, else the nearest
    other country its sentence names ("ethnic Turks protest against Sweden's
    decision").
    """
    for entry in (find_place_country(head, gaz), find_clause_country(head, gaz)):
        if entry is not None and entry.iso3 != people:
            return entry
    tokens = list(sentence_of(head))
    own = {t.i for t in head.subtree}
    found: list[tuple[int, CountryEntry]] = []
    for k, token in enumerate(tokens):
        if not token.text[:1].isupper() or token.i in own or (token.dep_ == "compound" and token.head.pos_ == "PROPN"):
            continue  # the group's own words, or part of another name ("the Washington Post")
        pair = f"{tokens[k - 1].text} {token.text}" if k and tokens[k - 1].text[:1].isupper() else None
        entry = (gaz.country(pair) or gaz.capital(pair)) if pair else None
        entry = entry or gaz.country(token.text) or gaz.capital(token.text) or gaz.country_of_demonym(token.text)
        if entry is not None and entry.iso3 != people:
            found.append((abs(token.i - head.i), entry))
    # The nearest: "the US helps Macedonia, which fights ethnic Albanian guerrillas".
    return min(found, key=lambda pair: pair[0])[1] if found else None


def find_opponent_country(head: Token, gaz: Gazetteer) -> CountryEntry | None:
    """The country of the subject that acts on a rebel group: "the Sudanese government accused Darfur rebels".

    A government or army fights or accuses the rebels of its own country;
    used only when neither the phrase nor the sentence places them.
    """
    verb = head.head if head.dep_ == "dobj" else None
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ == "VERB":
        verb = head.head.head
    if verb is None or verb.lemma_.lower() not in _HOSTILE_VERBS:
        return None  # "Tehran supported Kurdish guerrillas": a sponsor is no home
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    entry = gaz.country(subject.text) or gaz.capital(subject.text)
    for child in subject.lefts if entry is None else ():
        if child.dep_ in {"amod", "compound", "poss"} and child.text[:1].isupper():
            entry = gaz.country(child.text) or gaz.country_of_demonym(child.text) or gaz.capital(child.text)
            if entry is not None:
                break
    return entry




def designated_place_country(name: Token, gaz: Gazetteer, home: CountryEntry | None) -> CountryEntry | None:
    """The country of a name the text calls a settlement ("the Chinese city of X"; "the northern post of Y": the story's country).

    A name after "post of", "town of", "city of" is a place; with no
    nationality on the noun it lies in the country the story is about.
    """
    noun = name.head.head if name.dep_ == "pobj" and name.head.lower_ == "of" else None
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in SETTLEMENT_NOUNS:
        return None
    return place_country(noun, gaz) or home
