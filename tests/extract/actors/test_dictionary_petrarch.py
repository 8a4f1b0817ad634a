"""Reading the PETRARCH/Phoenix dictionary formats (invented entries)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.actors.petrarch import (
    DatedCode,
    normalize_dictionary_phrase,
    parse_actor_dictionary,
    parse_agent_dictionary,
    parse_dictionary_date,
)

ACTORS = """\
# a comment line
FREEDONIA_  [FRD]
+FREEDONIAN_
+FREEDONIA_CITY_ # the capital

RUFUS_T._FIREFLY_  # invented
RUFUS_FIREFLY
PRESIDENT_FIREFLY
\t[FRDELI 450101-20330615]
\t[FRDGOV 20330615-20351231]
\t[FRDELI]
CHICOLINI_
\t[FRDGOV >20200301]
\t[FRDGOV 20121207-20120802]
\t[FRDGOV 9913xx-000101]
\t[FRDSPY <991231]
PINKY_
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("090120", date(2009, 1, 20)),
        ("290101", date(2029, 1, 1)),
        ("300101", date(1930, 1, 1)),
        ("331108", date(1933, 11, 8)),
        ("991231", date(1999, 12, 31)),
        ("19230101", date(1923, 1, 1)),
        ("20040931", date(2004, 9, 30)),  # an impossible day is clamped
        ("9008223", date(1990, 8, 22)),  # a stray seventh digit
    ],
    ids=["yy-2000s", "pivot-29", "pivot-30", "yy-1930s", "yy-1900s", "yyyymmdd", "clamped", "typo"],
)
def test_petrarch_date(text: str, expected: date) -> None:
    assert parse_dictionary_date(text) == expected


@pytest.mark.parametrize("text", ["", "12345", "901301", "abcdef"], ids=["empty", "short", "month-13", "letters"])
def test_petrarch_date_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_dictionary_date(text)


def test_petrarch_actor_records_group_unmarked_variants() -> None:
    records = list(parse_actor_dictionary(ACTORS.splitlines()))
    assert [r.name for r in records] == ["FREEDONIA", "RUFUS T. FIREFLY", "CHICOLINI"]  # PINKY has no code
    country, firefly, chicolini = records
    assert country.default == "FRD" and country.roles == ()
    assert country.phrases == ("FREEDONIA_", "FREEDONIAN_", "FREEDONIA_CITY_")
    # Unmarked primary lines before the codes are names of the same man.
    assert firefly.phrases == ("RUFUS_T._FIREFLY_", "RUFUS_FIREFLY", "PRESIDENT_FIREFLY")
    assert firefly.default == "FRDELI"
    assert firefly.roles == (
        DatedCode("FRDELI", date(1945, 1, 1), date(2033, 6, 15)),
        DatedCode("FRDGOV", date(2033, 6, 15), date(2035, 12, 31)),
    )
    assert chicolini.roles == (DatedCode("FRDGOV", start=date(2020, 3, 1)), DatedCode("FRDSPY", end=date(1999, 12, 31)))


def test_petrarch_dated_code_applies_inclusive() -> None:
    role = DatedCode("FRDGOV", date(2033, 6, 15), date(2035, 12, 31))
    assert role.applies_on(date(2033, 6, 15)) and role.applies_on(date(2035, 12, 31))
    assert not role.applies_on(date(2036, 1, 1))


def test_petrarch_agents_plurals_markers_and_prefix_codes() -> None:
    text = """\
!PERSON! = MAN, MEN, WOMAN
CONSTABLE [~COP]
GENDARMERY {GENDARMERIE} [~COP]
MILITIA {} [~MIL]
DEPUTY [~LEG]
WITNESS [~CVL]
FERRY!PERSON! [~BUS]
AID_AGENCY [NGO~]
NO_CODE_HERE
"""
    agents = {a.phrase: (a.code, a.prefix) for a in parse_agent_dictionary(text.splitlines())}
    assert agents["CONSTABLE"] == agents["CONSTABLES"] == ("COP", False)
    assert agents["GENDARMERIE"] == ("COP", False) and "GENDARMERYS" not in agents
    assert "MILITIA" in agents and "MILITIAS" not in agents  # {} : no plural
    assert agents["DEPUTIES"] == ("LEG", False) and agents["WITNESSES"] == ("CVL", False)
    assert {"FERRYMAN", "FERRYMEN", "FERRYWOMAN"} <= set(agents) and "FERRYMANS" not in agents
    assert agents["AID_AGENCY"] == ("NGO", True)
    assert not any(p.startswith("NO_CODE") for p in agents)


@pytest.mark.parametrize(
    ("phrase", "tokens"),
    [("BORIS_N._YELTSIN_", ("boris", "n", "yeltsin")), ("MAZAR-I-SHARIF_", ("mazar", "i", "sharif")), ("SUDAN_PEOPLE'S_ARMY", ("sudan", "people", "army")), ("JOHN_ROBINSON,_BARON_X_", ("john", "robinson", "baron", "x"))],
    ids=["initial", "hyphens", "possessive", "comma"],
)
def test_petrarch_phrase_normalization(phrase: str, tokens: tuple[str, ...]) -> None:
    assert normalize_dictionary_phrase(phrase) == tokens

