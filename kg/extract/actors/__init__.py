"""Actors stage: noun phrases -> actor mentions -> canonical actors of an article.

The stage function is :func:`find_actors`; :class:`ActorFindings` carries its
result (actors, mentions, token map) to the events and relations stages. Its
rules, in the order they run: corrections of the tagger's entities
(``ENTITY_RULES``), exceptions to the reading of one phrase (``PHRASE_RULES``),
then the article passes (``REFERENCE_PASSES`` with the pronoun rules,
``STORY_PASSES``, ``OFFICE_PASSES``).
"""

from __future__ import annotations

from kg.extract.rules import Rule

from kg.extract.actors.findings import OFFICE_PASSES, REFERENCE_PASSES, STORY_PASSES, ActorFindings, find_actors
from kg.extract.actors.phrases import PHRASE_RULES
from kg.extract.actors.pronouns import PRONOUN_RULES
from kg.extract.actors.spans import ENTITY_RULES

__all__ = ["RULES", "ActorFindings", "find_actors"]

#: This stage's rule tables, by name, in the order they run (see :mod:`kg.extract.rules`).
RULES: dict[str, tuple[Rule, ...]] = {
    "actors.ENTITY_RULES": ENTITY_RULES,
    "actors.PHRASE_RULES": PHRASE_RULES,
    "actors.REFERENCE_PASSES": REFERENCE_PASSES,
    "actors.PRONOUN_RULES": PRONOUN_RULES,
    "actors.STORY_PASSES": STORY_PASSES,
    "actors.OFFICE_PASSES": OFFICE_PASSES,
}
