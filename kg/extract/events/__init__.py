"""Events stage: CAMEO-coded predicates with source, target, time, modality and attribution.

The stage function is :func:`find_events`; it needs the actors stage's
:class:`~kg.extract.actors.ActorFindings` and the time stage's expressions.
"""

from __future__ import annotations

from kg.extract.rules import Rule

from kg.extract.events.build import find_events

__all__ = ["RULES", "find_events"]

#: This stage's rule tables, by name, in the order they run (see :mod:`kg.extract.rules`).
RULES: dict[str, tuple[Rule, ...]] = {}
