"""Write kg/data/leaders.tsv (the dated leaders table) from a Wikidata-derived CSV.

Usage (see kg/data/leaders.README.md for the source snapshot and its commit):
    git -C <snapshot> show <commit>:data/leaders_history.csv > leaders_history.csv
    python bench/leaders_table.py leaders_history.csv

Input columns used: iso3, role (head_of_state | head_of_government), person,
person_qid, start, end (ISO timestamps; Wikidata's "unknown value" blank
nodes count as missing). What the conversion does, in order:

- drops rows without a QID, a start date or a known country, and terms that end before they start;
- merges duplicate statements (same person, country, office and start);
- ends an open term when another person's term of the same office starts
  later (an office has one holder at a time; the source keeps some old
  statements without an end);
- keeps terms that last into 2000 or later (earlier ones are the PETRARCH dictionaries' ground);
- names: the label as given, cut before a comma ("X, Baron Y") and after a
  regnal number ("Carlos III do Reino Unido" -> "Carlos III"); variants are the
  full name, first + last word for longer names, and the last word (surname)
  unless the name is a regnal one or the last word is a particle, a
  generational suffix ("Júnior") or an initial.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OFFICES = ("head_of_state", "head_of_government")
KEEP_FROM = date(2000, 1, 1)
_QID = re.compile(r"^Q\d+$")
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_REGNAL = re.compile(r"^[IVXL]+$")
# Lower-case name particles that never stand alone as a surname.
_PARTICLES = {"de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den", "bin", "ibn", "al", "el", "la", "le", "y", "e"}
# Generational suffixes: not a surname either.
_SUFFIXES = {"jr", "sr", "junior", "júnior", "filho", "neto"}


@dataclass(frozen=True)
class Row:
    person: str
    name: str
    country: str
    office: str
    start: date
    end: date | None


def _date(text: str) -> date | None:
    match = _DATE.match(text.strip())
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def clean_name(label: str) -> str:
    """The name to match: the label before a comma, and up to a regnal number."""
    words = label.split(",")[0].split()
    for i, word in enumerate(words):
        if _REGNAL.match(word) and i > 0:
            return " ".join(words[: i + 1])
    return " ".join(words)


def name_variants(name: str) -> list[str]:
    """Full name, first + last word (names of three words or more), surname."""
    words = name.split()
    out = [name]
    if _REGNAL.match(words[-1]):
        return out  # a monarch: "Carlos III" only
    while len(words) > 2 and words[-1].lower().strip(".") in _SUFFIXES:
        words = words[:-1]
    if len(words) >= 3:
        out.append(f"{words[0]} {words[-1]}")
    last = words[-1] if len(words) >= 2 else ""
    if last and last.lower() not in _PARTICLES and len(last.strip(".")) > 2:
        out.append(last)
    return list(dict.fromkeys(out))


def read_rows(path: Path, countries: set[str]) -> list[Row]:
    rows: dict[tuple[str, str, str, date], Row] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for raw in csv.DictReader(handle):
            person, office, country = raw["person_qid"].strip(), raw["role"].strip(), raw["iso3"].strip().upper()
            start, end = _date(raw["start"]), _date(raw["end"])
            name = clean_name(raw["person"].strip())
            if not _QID.match(person) or office not in OFFICES or country not in countries or start is None or not name:
                continue
            if end is not None and end < start:
                continue
            key = (person, country, office, start)
            old = rows.get(key)
            if old is None or (old.end is not None and (end is None or end > old.end)):
                rows[key] = Row(person, name, country, office, start, end)
    return list(rows.values())


def close_open_terms(rows: list[Row]) -> list[Row]:
    """End an open term where another person's term of the same office starts later."""
    out = []
    for row in rows:
        if row.end is None:
            later = [r.start for r in rows if r.country == row.country and r.office == row.office and r.person != row.person and r.start > row.start]
            if later:
                row = replace(row, end=min(later))
        out.append(row)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="the source CSV (see kg/data/leaders.README.md)")
    parser.add_argument("--out", type=Path, default=ROOT / "kg" / "data" / "leaders.tsv")
    args = parser.parse_args()
    countries = {c["iso3"] for c in json.loads((ROOT / "kg" / "data" / "countries.json").read_text(encoding="utf-8"))["countries"]}
    rows = [r for r in close_open_terms(read_rows(args.source, countries)) if r.end is None or r.end >= KEEP_FROM]
    rows.sort(key=lambda r: (r.country, r.office, r.start, r.person))
    # One name per person (the first row's), so that the variants agree across their terms.
    names = {}
    for row in rows:
        names.setdefault(row.person, row.name)
    lines = ["person\tname\tnames\tcountry\toffice\tstart\tend"]
    for r in rows:
        name = names[r.person]
        lines.append("\t".join([r.person, name, "|".join(name_variants(name)), r.country, r.office, r.start.isoformat(), r.end.isoformat() if r.end else ""]))
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.out.name}: {len(rows)} terms, {len(names)} people, {len({r.country for r in rows})} countries", file=sys.stderr)


if __name__ == "__main__":
    main()
