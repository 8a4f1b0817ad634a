"""Actors stage: noun phrases -> actor mentions -> canonical actors of an article.

The stage function is :func:`find_actors`; :class:`ActorFindings` carries its
result (actors, mentions, token map) to the events and relations stages.
"""

from __future__ import annotations

from kg.extract.rules import Rule

from kg.extract.actors.findings import ActorFindings, find_actors

__all__ = ["RULES", "ActorFindings", "find_actors"]

#: This stage's rule tables, by name, in the order they run (see :mod:`kg.extract.rules`).
RULES: dict[str, tuple[Rule, ...]] = {}
