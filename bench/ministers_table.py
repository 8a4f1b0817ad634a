"""Add foreign and defence ministers to kg/data/leaders.tsv from Wikidata-derived country snapshots.

Usage (see kg/data/leaders.README.md; the repositories and commits are in
bench/ministers_sources.tsv):
    python bench/ministers_table.py SNAPSHOTS

SNAPSHOTS is a folder holding one git directory per repository of the list,
as ``<owner>+<name>/repo`` (the layout the project's snapshot tool writes); the
script reads ``html/holders21.csv`` (position title, person, personID, start,
end: Wikidata P39 statements with their P580/P582 qualifiers, English labels)
at the listed commit of each. What the conversion does, in order:

- keeps the rows whose title is the country's foreign or defence minister
  (:func:`office_of`; deputies, ministers of state, delegates and foreign-trade
  posts are not), with a QID and a start date of day or month precision (a month
  counts from its first day; an end month to its last);
- then the rules of bench/leaders_table.py: duplicates merged, an open term
  ended where another person's term of the same office starts, terms lasting
  into 2000 or later kept;
- names: the full name and, for names of three words or more, first + last
  word; never the surname alone (a minister's surname is too common a word to
  name them without a title). A person already in the table as a leader keeps
  the leader rows' names.

Rows of other offices in the table are kept as they are; earlier minister rows
are replaced, so the script can be run again.
"""

from __future__ import annotations

import argparse
import calendar
import csv
import io
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

from leaders_table import _QID, KEEP_FROM, Row, clean_name, close_open_terms

ROOT = Path(__file__).resolve().parents[1]
TABLE = ROOT / "kg" / "data" / "leaders.tsv"
SOURCES = Path(__file__).with_name("ministers_sources.tsv")
MINISTER_OFFICES = ("foreign_minister", "defence_minister")
_JUNIOR = re.compile(r"\b(deputy|vice|assistant|associate|delegate|under|state minister|minister of state|minister-delegate|parliamentary)\b", re.I)
_FOREIGN = re.compile(
    r"^(federal )?(minister|secretary)( of| for)? (foreign|external) (affairs|relations)\b"
    r"|^(minister|secretary)( of| for)? foreign and \w+ affairs"
    r"|^secretary of state for foreign"
    r"|^federal minister of european and international affairs$"
    r"|^minister of international relations and cooperation$"
    r"|^secretary for foreign and political affairs$"
    r"|^minister (with responsibility )?for external affairs$",
    re.I,
)
_DEFENCE = re.compile(
    r"^(federal )?(minister|secretary)( of| for)? (state for )?(national )?defen[cs]e"
    r"( and (veterans affairs|military veterans|border security|his majesty.s armed forces))?$"
    r"|^(minister|secretary) (of|for) the (revolutionary )?armed forces$"
    r"|^minister of armed forces$"
    r"|^minister delegate at the presidency in charge of defence$",
    re.I,
)
_PARTIAL = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")


def office_of(repo: str, title: str, label: str = "") -> str | None:
    """The office a position of a country's cabinet list is, if foreign or defence minister.

    ``title`` is the list's short title, ``label`` the position's Wikidata label
    where the snapshot has it: India's list titles its Foreign Secretary (a
    civil servant) "Minister of Foreign Affairs".
    """
    if label.lower().startswith("foreign secretary of"):
        return None
    if title == "Secretary of State":
        return "foreign_minister" if repo.endswith("/us-cabinet") else None
    # "Secretary of State for X" is the minister in the UK and a junior post elsewhere.
    if title.startswith("Secretary of State for") and not repo.endswith("/united-kingdom-cabinet"):
        return None
    if _JUNIOR.search(title) and not title.startswith("Minister Delegate at the Presidency"):
        return None
    if _FOREIGN.search(title):
        return "foreign_minister"
    if _DEFENCE.search(title):
        return "defence_minister"
    return None


def _date(text: str, *, end: bool) -> date | None:
    match = _PARTIAL.match(text.strip())
    if not match:
        return None
    year, month = int(match.group(1)), int(match.group(2))
    if not 1 <= month <= 12:
        return None
    if match.group(3):
        try:
            return date(year, month, int(match.group(3)))
        except ValueError:
            return None
    return date(year, month, calendar.monthrange(year, month)[1] if end else 1)


def read_snapshot(folder: Path, repo: str, commit: str, country: str) -> list[Row]:
    """The foreign and defence minister terms of one country's snapshot."""
    git_dir = folder / repo.replace("/", "+") / "repo"

    def show(path: str) -> str:
        found = subprocess.run(["git", "-C", str(git_dir), "show", f"{commit}:{path}"], capture_output=True, text=True)
        return found.stdout if found.returncode == 0 else ""

    qids = {r["title"]: r["position"] for r in csv.DictReader(io.StringIO(show("wikidata/wanted-positions.csv")))}
    labels = {r["id"]: r["position"] for r in csv.DictReader(io.StringIO(show("html/positions.csv")))}
    rows = []
    for raw in csv.DictReader(io.StringIO(show("html/holders21.csv"))):
        title = raw["position"].strip()
        office = office_of(repo, title, labels.get(qids.get(title, ""), ""))
        person, name = raw["personID"].strip(), clean_name(raw["person"].strip())
        start, end = _date(raw["start"], end=False), _date(raw["end"], end=True)
        if office is None or not _QID.match(person) or not name or start is None or (raw["end"].strip() and end is None):
            continue
        if end is not None and end < start:
            continue
        rows.append(Row(person, name, country, office, start, end))
    return rows


def merge(rows: list[Row]) -> list[Row]:
    """Duplicate statements (same person, country, office and start) as one, the longest kept."""
    out: dict[tuple[str, str, str, date], Row] = {}
    for row in rows:
        key = (row.person, row.country, row.office, row.start)
        old = out.get(key)
        if old is None or (old.end is not None and (row.end is None or row.end > old.end)):
            out[key] = row
    return list(out.values())


def minister_variants(name: str) -> list[str]:
    """Full name and, for three words or more, first + last word: never the surname alone."""
    words = name.split()
    return list(dict.fromkeys([name, f"{words[0]} {words[-1]}"] if len(words) >= 3 else [name]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("snapshots", type=Path, help="folder of the snapshot git directories (<owner>+<name>/repo)")
    parser.add_argument("--table", type=Path, default=TABLE)
    args = parser.parse_args()
    sources = [line.split("\t") for line in SOURCES.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")][1:]
    rows: list[Row] = []
    for repo, commit, _, country in sources:
        rows += read_snapshot(args.snapshots, repo, commit, country)
    rows = [r for r in close_open_terms(merge(rows)) if r.end is None or r.end >= KEEP_FROM]
    header, *lines = args.table.read_text(encoding="utf-8").splitlines()
    kept = [line.split("\t") for line in lines if line.split("\t")[4] not in MINISTER_OFFICES]
    names = {cells[0]: (cells[1], cells[2]) for cells in kept}
    for row in sorted(rows, key=lambda r: (r.start, r.person)):
        names.setdefault(row.person, (row.name, "|".join(minister_variants(row.name))))
    new = [[r.person, *names[r.person], r.country, r.office, r.start.isoformat(), r.end.isoformat() if r.end else ""] for r in rows]
    table = sorted(kept + new, key=lambda c: (c[3], c[4], c[5], c[0]))
    args.table.write_text("\n".join([header, *("\t".join(c) for c in table)]) + "\n", encoding="utf-8")
    people = {r.person for r in rows}
    print(f"{args.table.name}: {len(rows)} minister terms, {len(people)} people, {len({r.country for r in rows})} countries", file=sys.stderr)


if __name__ == "__main__":
    main()
