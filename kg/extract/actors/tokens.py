"""The tokens of an actor phrase: its extent, text, span and country modifier.

Shared by the modules that say what a phrase denotes
(:mod:`kg.extract.actors.phrases`, :mod:`kg.extract.actors.persons`,
:mod:`kg.extract.actors.orgs`, :mod:`kg.extract.actors.collectives`).
:class:`Phrase` carries the parts of one noun phrase between them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract.actors.gazetteer import CountryEntry, Gazetteer
from kg.model import Span
from kg.extract.syntax import is_stance_modifier, tokens_text
from kg.extract.words import WordClass

if TYPE_CHECKING:
    from spacy.tokens import Token

# Prepositions after which a capital names a place, not its government.
LOCATIVE_PREPOSITIONS = WordClass("locative_prepositions")
_LOCATING = WordClass("locating_participles")
ENTITY_LABELS = WordClass("entity_labels")
#: Dependencies of the left modifiers a phrase keeps ("high-ranking US officials", "China's Foreign Ministry").
_LEFT_MODIFIER_DEPS = WordClass("phrase_modifier_deps")
#: Dependencies of a clause's subject.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Prepositions that introduce named members of a group ("politicians including X").
MEMBER_PREPOSITIONS = frozenset({"including", "notably"})


@dataclass
class Phrase:
    """The parts of one noun phrase that say what it denotes.

    ``tokens`` is the phrase as written, ``country_tokens`` the nationality or
    possessive among them that gives ``country``, ``core`` the rest;
    ``names`` is the entity's extent when the phrase is a named entity (label
    ``ent``), ``bare_names`` the name without its country words. ``located``
    is the country a post-modifier gives ("rebels in Sudan").
    """

    head: Token
    p_index: int
    tokens: list[Token]
    text: str
    span: Span
    ids: tuple[int, ...]
    country_tokens: list[Token]
    country: CountryEntry | None
    located: CountryEntry | None
    core: list[Token]
    core_text: str
    names: list[Token]
    name_text: str
    bare_names: list[Token]
    bare_text: str
    ent: str

    @property
    def iso3(self) -> str | None:
        return self.country.iso3 if self.country else None


def _own_qualifier(conjunct: Token) -> bool:
    """Whether a coordinated noun has a nationality or a name of its own ("*Chilean* rebels", "*Hamas* fighters")."""
    return any(c.dep_ in {"amod", "compound", "nmod", "poss"} and (c.pos_ == "PROPN" or c.ent_type_ in {"NORP", "GPE", "ORG"}) for c in conjunct.lefts)


def phrase_tokens(head: Token) -> list[Token]:
    """The head with its contiguous left modifiers (compounds, adjectives, numbers, possessives)."""
    doc = head.doc
    memo: dict[int, list[int]] = doc.user_data.setdefault("kg.phrase_tokens", {})
    if head.i not in memo:
        memo[head.i] = [t.i for t in _phrase_tokens(head)]
    return [doc[i] for i in memo[head.i]]


def _phrase_tokens(head: Token) -> list[Token]:
    tokens = [head]
    frontier = [head]
    while frontier:
        current = frontier.pop()
        for child in current.lefts:
            # A hyphenated modifier keeps its first part: "high-ranking", "well-armed".
            hyphened = child.dep_ == "advmod" and current.i != head.i and child.nbor(1).text in {"-", "‑"} if child.i + 1 < len(child.doc) else False
            if (hyphened or child.dep_ in _LEFT_MODIFIER_DEPS) and child.i < head.i:
                if child.dep_ == "punct" and child.text not in {"-", "‑"}:
                    continue
                tokens.append(child)
                frontier.append(child)
                # Coordinated modifiers: "Hungarian and Romanian officials".
                if child.dep_ in {"amod", "compound"} or (child.dep_ == "nmod" and child.ent_type_ in {"GPE", "NORP"}):
                    tokens.extend(c for c in child.rights if c.dep_ in {"cc", "conj"} and c.i < head.i)
                # The possessive marker follows its possessor ("China 's").
                tokens.extend(c for c in child.rights if c.dep_ == "case")
    # Coordinated heads of the same phrase ("agencies and companies"), not a conjunct with a
    # nationality or name of its own ("Peruvian troops and *Chilean* rebels": two actors).
    # A conjunct with a determiner of its own is a phrase of its own ("the government and *the* opposition").
    shared = [
        c for c in head.rights
        if c.dep_ == "conj" and c.pos_ == "NOUN" and head.pos_ == "NOUN" and not _own_qualifier(c) and not any(d.dep_ == "det" for d in c.lefts)
    ]
    for child in head.rights:
        if child.dep_ == "cc" and shared:
            tokens.append(child)
        elif child in shared:
            tokens.append(child)
            tokens.extend(t for t in child.lefts if t.dep_ in {"compound", "amod"})
    tokens.sort(key=lambda t: t.i)
    # Quantities with a modifier ("up to 1 million") are not part of the name.
    vague = {t.i for c in head.children if c.dep_ == "nummod" and len(list(c.subtree)) > 1 for t in c.subtree}
    tokens = [t for t in tokens if t.i not in vague]
    # Keep a contiguous run ending at the last token.
    run = [tokens[-1]]
    for t in reversed(tokens[:-1]):
        if t.i == run[-1].i - 1:
            run.append(t)
        else:
            break
    run.reverse()
    while run and (run[0].dep_ in {"case", "punct", "cc"} or run[0].pos_ == "DET"):
        run.pop(0)
    return run


def opening_participle(token: Token) -> bool:
    """A sentence-opening participle the tagger took for part of a name ("Citing Tokyo's refusal, the ministry ...").

    An opening participial clause ends with a comma before the main clause's
    finite verb; without one, the word is part of the subject's name ("Downing
    Street condemned ...", "Reading Council said ...").
    """
    if not (token.is_sent_start and token.lower_.endswith("ing") and len(token.text) > 4):
        return False
    # The tagger may take it into the name it governs ("[Citing Oslo]'s"); a one-word name stays one ("Manning, ...").
    in_longer_name = token.ent_iob_ == "B" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_iob_ == "I"
    if token.ent_type_ and token.pos_ != "VERB" and not in_longer_name:
        return False
    # The parser may end the sentence at that comma: read on to the full stop.
    for t in token.doc[token.i + 1 :]:
        if t.text == ",":
            return True
        if t.tag_ in {"VBD", "VBZ", "VBP", "MD"} or t.text in {".", "!", "?", ";"}:  # a finite verb: the main clause began
            return False
    return False


def span_of(tokens: Sequence[Token], offset: int) -> Span:
    return Span(offset + tokens[0].idx, offset + tokens[-1].idx + len(tokens[-1].text))


def text_of(tokens: Sequence[Token]) -> str:
    if not tokens:
        return ""
    return tokens_text(tokens[0], tokens[-1])


def contiguous(indices: set[int], last: int) -> set[int]:
    run = {last}
    i = last - 1
    while i in indices:
        run.add(i)
        i -= 1
    return run


def country_modifier(tokens: Sequence[Token], head: Token, gaz: Gazetteer) -> tuple[list[Token], CountryEntry | None]:
    for t in tokens:
        if t == head or t.dep_ == "case" or _backed_by(t):
            continue
        # A country name may span a compound ("South Africa's", "the United States'"), a nationality
        # an adjective ("South Korean" parsed as two adjectives).
        chain = [c for c in t.lefts if (c.dep_ == "compound" and c.pos_ == "PROPN") or (c.dep_ == "amod" and c.pos_ == "ADJ" and t.pos_ == "ADJ" and c.text[:1].isupper())] + [t]
        texts = [t.text] if len(chain) == 1 else [" ".join(c.text for c in chain), t.text]
        entry = None
        for text in texts:
            entry = gaz.country(text) or gaz.country_of_demonym(text)
            if entry is None and t.dep_ == "poss":
                entry = gaz.capital(text)
            if entry is None and (t.ent_type_ in {"GPE", "LOC", "NORP", "ORG"} or (not t.ent_type_ and t.pos_ == "PROPN")) and len(chain) == 1:
                entry = gaz.country_near(text)
            if entry is not None:
                break
        if entry is None and len(chain) == 1 and t.dep_ in {"compound", "amod", "nmod"} and head.ent_type_ != "PERSON":
            entry = gaz.people(t.text)  # "Karen guerrillas", "Chechen activists": the people's one home country
        if entry is not None:
            group = (chain if len(chain) > 1 else [t]) + [c for c in t.children if c.dep_ == "case"]
            return group, entry
    return [], None


def extend_with_of(head: Token, tokens: Sequence[Token]) -> str:
    """The phrase text with its "of/on ..." complement ("experts on the elimination of ...")."""
    right = [c for c in head.rights if c.dep_ == "prep" and c.lower_ in {"on", "of", "for", "from"}]
    if not right:
        return text_of(tokens)
    last = max(right[0].subtree, key=lambda t: t.i)
    return head.doc[tokens[0].i : last.i + 1].text


def _backed_by(token: Token) -> bool:
    """A name before "-backed", "-made" ("*Iranian*-backed rebels"): who backs them, not who they are."""
    return token.dep_ == "npadvmod" and is_stance_modifier(token)


def is_struck_place(token: Token) -> bool:
    """Whether the token is what an act of force falls on: "missiles *hit* Kyiv", "airstrikes *on* Kabul" (the place, not its government)."""
    if token.dep_ == "dobj":
        return token.head.lemma_.lower() in _ACTS_ON_PLACES
    return token.dep_ == "pobj" and token.head.lower_ == "on" and token.head.head.lemma_.lower() in _ACTS_ON_PLACES


_ACTS_ON_PLACES = WordClass("acts_on_places")


def is_locative(token: Token) -> bool:
    """Whether the token is the object of a locative preposition ("arrived *in* Lima") or the place of an "X-based" ("the *Lima*-based company")."""
    if token.dep_ == "npadvmod" and token.head.lower_ in _LOCATING and token.head.i == token.i + 2 and token.nbor(1).text in {"-", "‑"}:
        return True
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPOSITIONS
