"""Normalise one phrase to a TIMEX3 value, and parse strict ISO dates."""

from __future__ import annotations

import datetime as dt
import re

from kg.errors import DateParseError
from kg.extract.time.finder import PHRASE_RULES, read_timexes
from kg.model import Span, Timex

_MAX_PHRASE = 200
_HINT = "try forms like '2019-10-08', 'August 2018', 'last week', 'early 2019' or 'three years'"


def normalize_date(phrase: str, reference: dt.date | None) -> Timex:
    """Normalise one time expression to a :class:`Timex` whose span is the whole phrase.

    Args:
        phrase: one time expression on its own ("early 2019", "three years").
        reference: the publication date relative expressions count from;
            None gives X-filled values for them.

    Raises:
        DateParseError: when ``phrase`` is not (exactly) one time expression.
    """
    if not isinstance(phrase, str):
        raise DateParseError(f"expected a phrase of text, got {type(phrase).__name__}")
    stripped = phrase.strip()
    if not stripped:
        raise DateParseError(f"empty date phrase; {_HINT}")
    if len(stripped) > _MAX_PHRASE:
        raise DateParseError(f"date phrase too long ({len(stripped)} characters); {_HINT}")
    found = read_timexes(stripped, reference, None, rules=PHRASE_RULES, phrase=True)
    if len(found) == 1 and found[0].span == Span(0, len(stripped)):
        lead = len(phrase) - len(phrase.lstrip())
        return _respan(found[0], Span(lead, lead + len(stripped)))
    if found:
        parts = ", ".join(repr(t.span.text(stripped)) for t in found)
        raise DateParseError(f"{phrase!r} is not one time expression (found {parts}); {_HINT}")
    raise DateParseError(f"{phrase!r} is not a time expression kg understands; {_HINT}")


def _respan(timex: Timex, span: Span) -> Timex:
    from dataclasses import replace

    return replace(timex, span=span)


_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_iso_date(text: str) -> dt.date:
    """Parse a strict ISO calendar date ``YYYY-MM-DD``.

    Raises:
        DateParseError: for anything else, including partial dates ("2019-10").
    """
    if not isinstance(text, str):
        raise DateParseError(f"expected a date as text, got {type(text).__name__}")
    m = _ISO.fullmatch(text.strip())
    if m is None:
        raise DateParseError(f"{text!r} is not a date in the form YYYY-MM-DD (e.g. 2019-10-08)")
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError as exc:
        raise DateParseError(f"{text!r} is not a real calendar date: {exc}") from exc
