"""Wire datelines at the start of a story body: where (and when) it was filed.

Agencies open a story with its place, an optional region and date, and their
name, then a dash or a colon::

    PARACHINAR, Pakistan (Reuters) - ...
    SINGAPORE (Reuters) – ...
    KABUL, May 3 (AFP) - ...
    BEIJING, Oct. 8 (Xinhua) -- ...
    YEREVAN/BAKU, Sept 14 (BBC) - ...
    WASHINGTON (AP) — ...
    NAIROBI: ...

:func:`find_dateline` reads one; the document reader keeps it out of the
first paragraph the parser sees (so "PARACHINAR" never becomes an actor or
the subject of an invented event) and records it as the article's dateline.
The place must be written in capitals, or be followed by an agency in
parentheses: "Iran - ..." or "Kabul: ..." in running text is no dateline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["DatelineMatch", "find_dateline"]

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_CAPS_WORD = r"[A-Z][A-Z'’.\-]*[A-Z.]"
_NAME_WORD = r"[A-Z][\w'’.\-]*"
#: A place in capitals; a story filed from several ("YEREVAN/BAKU") joins them with slashes.
_CAPS_PLACE = rf"{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,3}}"
#: A place name of capitalised words, joined by the lower-case particles of
#: names ("Democratic Republic *of* Congo", "Bosnia *and* Herzegovina", "Rio *de* Janeiro").
_NAME_RUN = rf"{_NAME_WORD}(?:\s+(?:(?:of|the|and|de|da|do|del|du|des|la|le|al|el)\s+){{0,2}}{_NAME_WORD}){{0,4}}"
_DATELINE = re.compile(
    rf"""^\s*
    (?P<place>{_CAPS_PLACE}(?:/{_CAPS_PLACE}){{0,3}}|(?P<mixed>{_NAME_RUN}))
    (?:,\s*(?P<date1>{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)
      |,\s*(?P<region>{_NAME_RUN})(?:,\s*(?P<date2>{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?))?
    )?
    \s*(?:\((?P<agency>[A-Z][\w&.'’\- ]{{0,40}})\))?
    \s*(?P<sep>--|[-–—:])\s*
    (?=["“‘'(]?[A-Z0-9])""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class DatelineMatch:
    """A dateline read from the start of a text.

    ``end`` is where the story proper starts (after the separator and its
    spaces); ``dateline`` is the place, region and date as one string
    ("PARACHINAR, Pakistan", "KABUL, May 3"), the form of the metadata key.
    """

    end: int
    place: str
    region: str | None
    date: str | None
    agency: str | None

    @property
    def dateline(self) -> str:
        """Place, region and date joined with commas."""
        return ", ".join(p for p in (self.place, self.region, self.date) if p)


def find_dateline(text: str) -> DatelineMatch | None:
    """The dateline that opens ``text``, or ``None``.

    >>> find_dateline("TORVALD, Norland (Reuters) - The council met.").dateline
    'TORVALD, Norland'
    >>> find_dateline("Norland said on Monday it would act.") is None
    True
    """
    match = _DATELINE.match(text)
    if match is None:
        return None
    agency = match.group("agency")
    if match.group("mixed") is not None and agency is None:
        # A capitalised place without an agency is just as likely a sentence ("Iran - a view").
        return None
    if agency is None and not match.group("region") and not (match.group("date1") or match.group("date2")) and len(match.group("place")) <= 3:
        # "UN: ...", "US - ...": an acronym alone is a headline's subject, not a place of filing.
        return None
    return DatelineMatch(
        end=match.end(),
        place=match.group("place"),
        region=match.group("region"),
        date=match.group("date1") or match.group("date2"),
        agency=agency,
    )
