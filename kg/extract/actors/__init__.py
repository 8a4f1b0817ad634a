"""Actors stage: noun phrases -> actor mentions -> canonical actors of an article.

The stage function is :func:`find_actors`; :class:`ActorFindings` carries its
result (actors, mentions, token map) to the events and relations stages.
"""

from __future__ import annotations

from kg.extract.actors.findings import ActorFindings, find_actors

__all__ = ["ActorFindings", "find_actors"]
