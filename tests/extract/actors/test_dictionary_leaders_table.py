"""The dated leaders table: its reader and the shipped data."""

from __future__ import annotations

import json
from datetime import date
from importlib import resources

import pytest

from kg.extract.actors.office_holders import Office, load_leaders_table, parse_leaders_table

HEADER = "person\tname\tnames\tcountry\toffice\tstart\tend\n"


def test_leaders_table_reads_terms() -> None:
    terms = parse_leaders_table(HEADER + "Q7\tIda Lund\tIda Lund|Lund\tSWE\thead_of_government\t2031-02-03\t\n")
    (term,) = terms
    assert term.names == ("Ida Lund", "Lund") and term.office is Office.HEAD_OF_GOVERNMENT
    assert term.start == date(2031, 2, 3) and term.end is None
    assert term.holds_on(date(2040, 1, 1)) and not term.holds_on(date(2031, 2, 2))


@pytest.mark.parametrize(
    "text",
    [
        "person\tname\n",
        HEADER + "Q7\tIda Lund\tIda Lund\tSWE\thead_of_government\t2031-02-03\n",
        HEADER + "Q7\tIda Lund\tIda Lund\tSWE\tqueen_mother\t2031-02-03\t\n",
        HEADER + "Q7\tIda Lund\tIda Lund\tSWE\thead_of_government\t2031-02-30\t\n",
    ],
    ids=["header", "columns", "office", "date"],
)
def test_leaders_table_rejects_malformed(text: str) -> None:
    with pytest.raises(ValueError):
        parse_leaders_table(text)


def test_leaders_table_shipped_is_well_formed() -> None:
    terms = load_leaders_table()
    countries = {c["iso3"] for c in json.loads((resources.files("kg.data") / "countries.json").read_text(encoding="utf-8"))["countries"]}
    assert len(terms) > 2000 and len({t.country for t in terms}) > 150
    assert all(t.country in countries for t in terms)
    assert all(t.end is None or t.start <= t.end for t in terms)
    assert all(t.end is None or t.end >= date(2000, 1, 1) for t in terms)
    assert all(t.names[0] == t.name and t.person.startswith("Q") for t in terms)
    merkel = [t for t in terms if t.name == "Angela Merkel"]
    assert [(t.country, t.office, t.start, t.end) for t in merkel] == [("DEU", Office.HEAD_OF_GOVERNMENT, date(2005, 11, 22), date(2021, 12, 8))]


def test_leaders_table_shipped_has_ministers() -> None:
    terms = load_leaders_table()
    ministers = [t for t in terms if t.office in {Office.FOREIGN_MINISTER, Office.DEFENCE_MINISTER}]
    assert len(ministers) > 1500 and len({t.country for t in ministers}) > 150
    assert {t.office for t in ministers} == {Office.FOREIGN_MINISTER, Office.DEFENCE_MINISTER}
    blinken = [(t.country, t.office, t.start) for t in ministers if t.name == "Antony Blinken"]
    assert blinken == [("USA", Office.FOREIGN_MINISTER, date(2021, 1, 26))]
    leaders = {t.person for t in terms if t.office not in {Office.FOREIGN_MINISTER, Office.DEFENCE_MINISTER}}
    # A minister who never led is matched by a full name only: no surname variant.
    assert all(n == t.name or len(n.split()) > 1 for t in ministers if t.person not in leaders for n in t.names)
    # One holder at a time: no two people's terms of one office start on the same day.
    starts = [(t.country, t.office, t.start) for t in ministers]
    assert len(starts) - len(set(starts)) < 20

