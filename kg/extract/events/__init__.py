"""Events stage: CAMEO-coded predicates with source, target, time, modality and attribution.

The stage function is :func:`find_events`; it needs the actors stage's
:class:`~kg.extract.actors.ActorFindings` and the time stage's expressions.
Its named rules, in the order they run: ``CODING_RULES`` (exceptions of the
CAMEO coder), ``CANDIDATE_RULES`` (which coded predicates are candidates),
``ARGUMENT_RULES`` and ``MODALITY_RULES`` (exceptions the readers of a
draft's source, target and modality check), ``REPAIRS`` and
``DATING_RULES`` (on each draft), ``CONTENT_REPAIRS`` and ``FILTERS`` (on
a sentence's drafts), ``ARTICLE_RULES`` (on the article's events).
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
from kg.extract.events.timing import TIMING_RULES

__all__ = ["RULES", "EventFindings", "find_events"]

#: This stage's rule tables, by name, in the order they run (see :mod:`kg.extract.rules`).
RULES: dict[str, tuple[Rule, ...]] = {
    "events.CODING_RULES": CODING_RULES,
    "events.CANDIDATE_RULES": CANDIDATE_RULES,
    "events.ARGUMENT_RULES": ARGUMENT_RULES,
    "events.MODALITY_RULES": MODALITY_RULES,
    "events.REPAIRS": REPAIRS,
    "events.TIMING_RULES": TIMING_RULES,
    "events.DATING_RULES": DATING_RULES,
    "events.CONTENT_REPAIRS": CONTENT_REPAIRS,
    "events.FILTERS": FILTERS,
    "events.ARTICLE_RULES": ARTICLE_RULES,
}
