"""A cheap screen before reading a noun phrase: common nouns that no reading can take for an actor.

Most noun heads of a paragraph ("year", "statement", "uranium") denote no
actor, and building their phrase (extent, nationality, the place after it)
costs more than the answer. :func:`may_denote_an_actor` says ``False`` only
when every reading of :mod:`kg.extract.actors.denotation` would return no
mention and fire no rule. It is no rule of its own (it changes no result),
so it must consult every lexicon those readings consult for an unnamed,
lower-case noun:

- the gazetteer's names of every category (country, capital, seat,
  organisation, body, role, sector), which the whole phrase, its core and
  the head's word and lemma are looked up in: a sub-token of the head that no
  name has makes every such look-up fail;
- the peoples' names (:meth:`Gazetteer.people`);
- the field's generic agents, whose last word must be the head's word or lemma;
- the word classes the readings test the head against (agent and leader
  body nouns, counts, government heads, descriptions, group sectors,
  collectives).

A reading that starts consulting another lexicon for a common noun must add
it here; ``tests/extract/test_actors_screen.py`` compares the screened and
the full reading on the seed articles.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from kg.extract.actors.agents import AGENT_HEADS, LEADER_BODIES
from kg.extract.actors.collectives import CAPTIVES, COLLECTIVES, GROUP_NOUNS, GROUP_SECTORS
from kg.extract.actors.coref import DESCRIPTIONS
from kg.extract.actors.generic import names_people, state_agent_noun_names_people
from kg.extract.actors.names import BARE_GOVERNMENTS
from kg.extract.words import WordClass

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.actors.dictionary import ActorDictionary
    from kg.extract.actors.gazetteer import Gazetteer

__all__ = ["may_denote_an_actor"]

# The same classes denotation reads (it imports this module's callers, so they are named here).
_GOVERNMENT_HEADS = WordClass("government_heads")
_CROWD_COUNTS = WordClass("crowd_counts")
#: Characters that end a sub-token wherever they stand, so a word between them normalises as it would alone.
_SEPARATORS = frozenset(" \t\n\r-/,;:()[]\"!?")


def may_denote_an_actor(head: Token, gaz: Gazetteer, dictionary: ActorDictionary | None) -> bool:
    """Whether an unnamed phrase headed by ``head`` may denote an actor (``False``: certainly none).

    Only lower-case common nouns that end their phrase are screened ("the
    report", "uranium ore"); anything else is read in full.
    """
    text = head.text
    if head.pos_ != "NOUN" or not text[:1].islower() or head.is_sent_start:
        return True
    # A coordinated head ("agencies and companies") makes the phrase end past the head.
    if any(c.dep_ in {"conj", "cc"} for c in head.rights):
        return True
    if not _stands_apart(head):
        return True
    lower, lemma = head.lower_, head.lemma_.lower()
    words = _head_words()
    if lower in words or lemma in words:
        return True
    if dictionary is not None and (lower in dictionary.agent_heads or lemma in dictionary.agent_heads) and (names_people(head) or state_agent_noun_names_people(head, dictionary)):
        return True
    if gaz.people(text) is not None:
        return True
    # The phrase ends in the head's word; the look-ups by lemma end in the lemma.
    return gaz.may_end_a_name(text) or gaz.may_end_a_name(head.lemma_)


@functools.cache
def _head_words() -> frozenset[str]:
    """The words the readings test an unnamed head's word or lemma against, and every part of a hyphenated collective ("winger")."""
    classes = (AGENT_HEADS, LEADER_BODIES, _GOVERNMENT_HEADS, BARE_GOVERNMENTS, _CROWD_COUNTS, DESCRIPTIONS, GROUP_SECTORS, GROUP_NOUNS, CAPTIVES, COLLECTIVES)
    parts = {part for word in COLLECTIVES for part in word.replace("-", " ").split()}
    return frozenset().union(*classes, parts, {"party"})


def _stands_apart(head: Token) -> bool:
    """Whether the character before the head ends a sub-token, so the phrase's normalisation ends in the head's own.

    The phrase ends at the head (no coordinated head follows it), so nothing after the head is in its text.
    """
    if head.i == 0:
        return True
    before = head.doc[head.i - 1].text_with_ws
    return before[-1] in _SEPARATORS
