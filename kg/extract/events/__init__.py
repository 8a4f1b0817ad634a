"""Events stage: CAMEO-coded predicates with source, target, time, modality and attribution.

The stage function is :func:`find_events`; it needs the actors stage's
:class:`~kg.extract.actors.ActorFindings` and the time stage's expressions.
"""

from __future__ import annotations

from kg.extract.rules import Rule

from kg.extract.events.build import ARTICLE_RULES, EventFindings, find_events
from kg.extract.events.cameo_match import CODING_RULES
from kg.extract.events.candidate_rules import CANDIDATE_RULES
from kg.extract.events.modality import MODALITY_RULES
from kg.extract.events.filters import FILTERS
from kg.extract.events.repairs import CONTENT_REPAIRS, DATING_RULES, REPAIRS
from kg.extract.events.targets import ARGUMENT_RULES

__all__ = ["RULES", "EventFindings", "find_events"]

#: This stage's rule tables, by name, in the order they run (see :mod:`kg.extract.rules`).
RULES: dict[str, tuple[Rule, ...]] = {
    "events.CODING_RULES": CODING_RULES,
    "events.CANDIDATE_RULES": CANDIDATE_RULES,
    "events.ARGUMENT_RULES": ARGUMENT_RULES,
    "events.MODALITY_RULES": MODALITY_RULES,
    "events.REPAIRS": REPAIRS,
    "events.DATING_RULES": DATING_RULES,
    "events.CONTENT_REPAIRS": CONTENT_REPAIRS,
    "events.FILTERS": FILTERS,
    "events.ARTICLE_RULES": ARTICLE_RULES,
}
