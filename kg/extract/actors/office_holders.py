"""The dated leaders table (``kg/data/leaders.tsv``): who held which national office when.

It covers office holders after the PETRARCH dictionaries' coverage (they end
in early 2014) and tells when people the dictionaries list as open-ended
office holders left. Provenance, licence and limits are in
``kg/data/leaders.README.md``; ``bench/leaders_table.py`` writes the file.

Columns (tab-separated, one term of office per row): ``person`` (Wikidata
QID), ``name``, ``names`` (``|``-separated variants, full name first),
``country`` (ISO3), ``office``, ``start`` and ``end`` (ISO dates; an empty
end means still in office when the table was made).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, fields
from datetime import date
from enum import StrEnum
from importlib import resources

__all__ = ["LEADERS_COLUMNS", "Office", "Term", "load_leaders_table", "parse_leaders_table"]



class Office(StrEnum):
    """The national offices the table records."""

    HEAD_OF_STATE = "head_of_state"
    HEAD_OF_GOVERNMENT = "head_of_government"
    FOREIGN_MINISTER = "foreign_minister"
    DEFENCE_MINISTER = "defence_minister"


@dataclass(frozen=True)
class Term:
    """One person's term in one office (``end`` is ``None`` while it lasts)."""

    person: str
    name: str
    names: tuple[str, ...]
    country: str
    office: Office
    start: date
    end: date | None

    def holds_on(self, day: date) -> bool:
        """Whether the person held the office on ``day`` (both ends inclusive)."""
        return self.start <= day and (self.end is None or day <= self.end)


#: The table's columns: the fields of :class:`Term`, in order.
LEADERS_COLUMNS = tuple(f.name for f in fields(Term))


def parse_leaders_table(text: str) -> tuple[Term, ...]:
    """The terms of a leaders table (the text of ``leaders.tsv``).

    Raises:
        ValueError: a malformed row (a bug in kg's data).
    """
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    if not lines or tuple(lines[0].split("\t")) != LEADERS_COLUMNS:
        raise ValueError(f"leaders table: expected the header {'/'.join(LEADERS_COLUMNS)}")
    terms = []
    for number, line in enumerate(lines[1:], 2):
        cells = line.split("\t")
        if len(cells) != len(LEADERS_COLUMNS):
            raise ValueError(f"leaders table row {number}: expected {len(LEADERS_COLUMNS)} columns, got {len(cells)}")
        person, name, names, country, office, start, end = cells
        try:
            terms.append(
                Term(person, name, tuple(n for n in names.split("|") if n) or (name,), country, Office(office),
                     date.fromisoformat(start), date.fromisoformat(end) if end else None)
            )  # fmt: skip
        except ValueError as exc:
            raise ValueError(f"leaders table row {number}: {exc}") from exc
    return tuple(terms)


@functools.cache
def load_leaders_table() -> tuple[Term, ...]:
    """The leaders table shipped with kg, read once per process."""
    return parse_leaders_table((resources.files("kg.data") / "leaders.tsv").read_text(encoding="utf-8"))
