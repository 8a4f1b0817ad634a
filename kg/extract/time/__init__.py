"""Time expressions: find them in news text and normalise them to TIMEX3 values.

Public API:

* :func:`find_timexes` - every time expression of an article, anchored to
  its publication date and, given a spaCy parse, to the tense of its clause;
* :func:`normalize_date` - one phrase to a :class:`kg.model.Timex`;
* :func:`parse_iso_date` - a strict ``YYYY-MM-DD`` (for CLI options).

Nothing here reads the clock: the reference date is always an argument.

The grammar (:mod:`dates`, :mod:`relative`, :mod:`clock`, :mod:`durations`)
is named regex rules, the general reader; its exceptions on tense and
anchoring are the switchable :data:`ANCHORING_RULES`. Its words live in
``kg/data/words/`` (:mod:`lexicon`).
"""

from __future__ import annotations

from kg.extract.rules import Rule

from kg.extract.time.finder import ANCHORING_RULES, find_timexes
from kg.extract.time.normalize import normalize_date, parse_iso_date

__all__ = ["ANCHORING_RULES", "RULES", "find_timexes", "normalize_date", "parse_iso_date"]

#: This stage's rule tables, by name, in the order they run (see :mod:`kg.extract.rules`).
RULES: dict[str, tuple[Rule, ...]] = {"time.ANCHORING_RULES": ANCHORING_RULES}
