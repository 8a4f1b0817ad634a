"""Time expressions: find them in news text and normalise them to TIMEX3 values.

Public API:

* :func:`find_timexes` - every time expression of an article, anchored to
  its publication date and, given a spaCy parse, to the tense of its clause;
* :func:`normalize_date` - one phrase to a :class:`kg.model.Timex`;
* :func:`parse_iso_date` - a strict ``YYYY-MM-DD`` (for CLI options).

Nothing here reads the clock: the reference date is always an argument.
"""

from __future__ import annotations

from kg.extract.time.finder import find_timexes
from kg.extract.time.normalize import normalize_date, parse_iso_date

__all__ = ["find_timexes", "normalize_date", "parse_iso_date"]
