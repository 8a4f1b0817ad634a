"""Actor dictionary lookups: names -> CAMEO codes on a date, generic agents -> sector codes.

Real entries of the shipped dictionaries and leaders table, and an invented
mini dictionary (Freedonia) for the matching rules.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.actors.dictionary import ActorCode, ActorDictionary, ActorSource, load_actor_dictionary
from kg.extract.actors.office_holders import parse_leaders_table
from kg.extract.actors.petrarch import ACTOR_FILES, AGENT_FILE, compile_dictionaries


@pytest.fixture(scope="module")
def shipped() -> ActorDictionary:
    return load_actor_dictionary()


def code(found: ActorCode | None) -> str | None:
    return found.code if found else None


# --- the shipped dictionaries -------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "on", "expected"),
    [
        ("Boris Yeltsin", date(1995, 6, 1), "RUSGOV"),
        ("President Yeltsin", date(1995, 6, 1), "RUSGOV"),  # a synonym of the same entry
        ("Yeltsin", date(1988, 6, 1), "RUSELI"),
        ("Angela Merkel", date(2010, 5, 1), "DEUGOV"),
        ("Chancellor Angela Merkel", date(2010, 5, 1), "DEUGOV"),
        ("Merkel", date(2023, 5, 1), "DEUELI"),  # left office in 2021: her default code
        ("Afghan", None, "AFG"),
        ("Afghanistan's", None, "AFG"),
        ("U.S.", None, "USA"),
        ("Mazar-i-Sharif", None, "AFG"),
    ],
    ids=["yeltsin-1995", "synonym", "yeltsin-1988", "merkel-2010", "title", "merkel-2023", "demonym", "possessive", "dots", "hyphens"],
)
def test_dictionary_lookup_shipped(shipped: ActorDictionary, name: str, on: date | None, expected: str) -> None:
    assert code(shipped.lookup(name.split(), on)) == expected


def test_dictionary_lookup_role_outside_its_dates_does_not_apply(shipped: ActorDictionary) -> None:
    assert code(shipped.lookup(["Yeltsin"], date(1995, 1, 1))) == "RUSGOV"
    assert shipped.lookup(["Yeltsin"], date(2020, 1, 1)) is None  # no role then, and no default


def test_dictionary_lookup_exact_word_entry(shipped: ActorDictionary) -> None:
    # "AFGHAN_" matches the word only: not "Afghanis" (the currency).
    assert code(shipped.lookup(["Afghan"], None)) == "AFG"
    assert shipped.lookup(["Afghanis"], None) is None


def test_dictionary_lookup_unknown_name(shipped: ActorDictionary) -> None:
    assert shipped.lookup(["Zorblax", "Quintavian"], date(2020, 1, 1)) is None
    assert code(shipped.lookup(["Zorblax", "of", "Afghanistan"], date(2020, 1, 1))) == "AFG"


def test_dictionary_lookup_short_name_not_lower_case_word(shipped: ActorDictionary) -> None:
    assert code(shipped.lookup(["US"], None)) == "USA"
    assert shipped.lookup(["us"], None) is None


def test_dictionary_lookup_leaders_table_after_the_dictionaries(shipped: ActorDictionary) -> None:
    # Netanyahu: the dictionary's open ISRGOV role ends in June 2021 (leaders table); back in office from December 2022.
    assert code(shipped.lookup(["Netanyahu"], date(2012, 1, 1))) == "ISRGOV"
    assert code(shipped.lookup(["Netanyahu"], date(2022, 1, 1))) == "ISRELI"
    back = shipped.lookup(["Netanyahu"], date(2023, 3, 1))
    assert back is not None and back.code == "ISRGOV" and back.source is ActorSource.LEADERS
    assert code(shipped.lookup(["Scholz"], date(2023, 1, 1))) == "DEUGOV"


def test_dictionary_matches_in_a_sentence(shipped: ActorDictionary) -> None:
    words = "German Chancellor Angela Merkel met Russian President Vladimir Putin".split()
    found = shipped.matches(words, date(2010, 1, 1))
    assert [(m.start, m.end, code(m.actor)) for m in found] == [(0, 4, "DEUGOV"), (5, 9, "RUSGOV")]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("police", "COP"), ("riot police", "COP"), ("policemen", "COP"), ("protesters", "OPP"), ("troops", "MIL"), ("soldier", "MIL"),
     ("rebels", "REB"), ("foreign minister", "GOV"), ("the angry demonstrators", "OPP")],
    ids=["police", "riot-police", "policemen", "protesters", "troops", "soldier", "rebels", "foreign-minister", "head-last"],
)
def test_dictionary_agent(shipped: ActorDictionary, phrase: str, expected: str) -> None:
    found = shipped.agent(phrase)
    assert found is not None and found.code == expected and not found.prefix


def test_dictionary_agent_unknown_noun(shipped: ActorDictionary) -> None:
    assert shipped.agent("teapots") is None
    assert shipped.agent(["riot", "police"]) is not None


# --- matching rules on an invented dictionary ----------------------------------------------

FREEDONIA = """\
FREEDONIA_  [FRD]
+FREEDONIAN_
SYLVANIA_  [SYL]
JOSE_MARIA_ALVAREZ_
\t[FRDGOV 20300101-20341231]
\t[FRDELI]
QUENTIN
\t[SYLGOV >20300101]
OTTO_BRANDT_
\t[SYLGOV >20320601]
"""

LEADERS = """\
person\tname\tnames\tcountry\toffice\tstart\tend
Q1\tOtto Brandt\tOtto Brandt|Brandt\tSYL\thead_of_government\t2032-06-01\t2036-02-01
Q1\tOtto Brandt\tOtto Brandt|Brandt\tSYL\thead_of_government\t2036-02-20\t2038-01-01
Q2\tMira Kovac\tMira Kovac|Kovac\tSYL\thead_of_state\t2035-01-01\t
Q3\tPaul Kovac\tPaul Kovac|Kovac\tFRD\thead_of_state\t2037-01-01\t
Q4\tLena Roth\tLena Roth|Roth\tFRD\thead_of_state\t2031-01-01\t2036-12-31
Q4\tLena Roth\tLena Roth|Roth\tSYL\thead_of_state\t2031-01-01\t2036-12-31
Q5\tAnton Weil\tAnton Weil|Weil\tSYL\thead_of_state\t2031-01-01\t2034-12-31
Q6\tIvan Dolinski\tIvan Dolinski|Dolinski\tFRD\thead_of_government\t2031-01-01\t
"""


@pytest.fixture(scope="module")
def freedonia() -> ActorDictionary:
    texts = {ACTOR_FILES[0]: FREEDONIA, ACTOR_FILES[1]: "", ACTOR_FILES[2]: "", AGENT_FILE: "CONSTABLE [~COP]\nPRESIDENT [~GOV]\n"}
    return ActorDictionary(compile_dictionaries(texts, ["FRD", "SYL"]), parse_leaders_table(LEADERS))


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["José", "María", "Álvarez"], "FRDGOV"),  # diacritics
        (["JOSE", "MARIA", "ALVAREZ"], "FRDGOV"),  # headline case
        (["Quentins"], "SYLGOV"),  # "QUENTIN" has no final "_": a stem
        (["Freedonians"], None),  # "FREEDONIAN_" is exact
        (["the", "Freedonian", "envoy"], "FRD"),
    ],
    ids=["diacritics", "upper-case", "stem", "exact-word", "inside-a-phrase"],
)
def test_dictionary_matching_rules(freedonia: ActorDictionary, words: list[str], expected: str | None) -> None:
    assert code(freedonia.lookup(words, date(2033, 1, 1))) == expected


def test_dictionary_longest_match_holds_the_words(freedonia: ActorDictionary) -> None:
    found = freedonia.lookup(["Jose", "Maria", "Alvarez"], date(2040, 1, 1))
    assert found is not None and found.code == "FRDELI" and found.name == "JOSE MARIA ALVAREZ"
    assert found.country == "FRD" and found.sector == "ELI" and found.source is ActorSource.DICTIONARY


def test_dictionary_open_role_capped_by_leaders_table(freedonia: ActorDictionary) -> None:
    # OTTO_BRANDT_ [SYLGOV >20320601]: two terms in the table, 19 days apart, are one tenure ending 2038-01-01.
    assert code(freedonia.lookup(["Otto", "Brandt"], date(2037, 6, 1))) == "SYLGOV"
    after = freedonia.lookup(["Otto", "Brandt"], date(2039, 1, 1))
    assert after is not None and after.code == "SYLELI"  # no default: an elite, from the table
    # QUENTIN's open role: the table does not know him, so it stays open.
    assert code(freedonia.lookup(["Quentin"], date(2050, 1, 1))) == "SYLGOV"


def test_dictionary_leader_surname_needs_one_holder_that_day(freedonia: ActorDictionary) -> None:
    assert code(freedonia.lookup(["Kovac"], date(2036, 1, 1))) == "SYLGOV"  # only Mira held office
    assert code(freedonia.lookup(["President", "Kovac"], date(2036, 1, 1))) == "SYLGOV"
    assert code(freedonia.lookup(["Mr.", "Kovac"], date(2036, 1, 1))) == "SYLGOV"
    assert freedonia.lookup(["Ana", "Kovac"], date(2036, 1, 1)) is None  # another Kovac
    assert freedonia.lookup(["Kovac", "Ana"], date(2036, 1, 1)) is None
    assert freedonia.lookup(["Kovac"], date(2038, 1, 1)) is None  # Mira and Paul: ambiguous
    assert freedonia.lookup(["Kovac"], None) is None  # a surname alone needs a date
    assert code(freedonia.lookup(["Paul", "Kovac"], date(2038, 1, 1))) == "FRDGOV"
    assert code(freedonia.lookup(["Weil"], date(2033, 1, 1))) == "SYLGOV"
    assert freedonia.lookup(["Weil"], date(2036, 1, 1)) is None  # out of office: a surname names no one
    assert code(freedonia.lookup(["Anton", "Weil"], date(2036, 1, 1))) == "SYLELI"


def test_dictionary_leader_of_two_countries_prefers_the_office_held_alone(freedonia: ActorDictionary) -> None:
    # Lena Roth heads both states; in Sylvania she shares the office with Anton Weil until 2034.
    assert code(freedonia.lookup(["Lena", "Roth"], date(2033, 1, 1))) == "FRDGOV"


def test_dictionary_agent_invented(freedonia: ActorDictionary) -> None:
    assert code_of_agent(freedonia, "constables") == "COP"
    assert freedonia.agent("policemen") is None


def code_of_agent(d: ActorDictionary, phrase: str) -> str | None:
    found = d.agent(phrase)
    return found.code if found else None


# --- foreign and defence ministers in the leaders table ---------------------------------------

MINISTERS = """\
person\tname\tnames\tcountry\toffice\tstart\tend
Q11\tIvo Kral\tIvo Kral\tSYL\tforeign_minister\t2031-03-01\t
Q12\tAna Ruiz\tAna Ruiz\tFRD\tdefence_minister\t2030-01-01\t2033-06-30
Q13\tMira Holm\tMira Holm|Holm\tFRD\thead_of_state\t2031-01-01\t
"""


@pytest.fixture(scope="module")
def ministries() -> ActorDictionary:
    texts = {ACTOR_FILES[0]: "FREEDONIA_  [FRD]\n", ACTOR_FILES[1]: "", ACTOR_FILES[2]: "", AGENT_FILE: "MINISTER [~GOV]\n"}
    return ActorDictionary(compile_dictionaries(texts, ["FRD", "SYL"]), parse_leaders_table(MINISTERS))


@pytest.mark.parametrize(
    ("words", "day", "expected"),
    [
        (["Ivo", "Kral"], date(2032, 1, 1), "SYLGOV"),  # in office: the government, like a head of government
        (["Ana", "Ruiz"], date(2034, 1, 1), "FRDELI"),  # left office: an elite
        (["minister", "Kral"], date(2032, 1, 1), None),  # no surname alone for a minister, even with a title
        (["Ivo", "Kral"], date(2031, 2, 1), None),  # before the term
        # The newest minister date is 2033-06-30: an open minister term is not trusted two years on.
        (["Ivo", "Kral"], date(2035, 1, 1), "SYLGOV"),
        (["Ivo", "Kral"], date(2036, 1, 1), None),
        (["Mira", "Holm"], date(2040, 1, 1), "FRDGOV"),  # a head of state's open term is not capped
    ],
    ids=["in-office", "left", "surname", "before", "open-recent", "open-stale", "head-open"],
)
def test_dictionary_minister_terms(ministries: ActorDictionary, words: list[str], day: date, expected: str | None) -> None:
    assert code(ministries.lookup(words, day)) == expected


@pytest.mark.parametrize("name", ["Ivan Dolinski", "Ivan Dolinsky", "Dolinskyy", "Dolinskiy"])
def test_dictionary_leader_romanised_another_way(freedonia: ActorDictionary, name: str) -> None:
    # The table spells the "-ski" ending one way; news spells it "-sky", "-skyy", "-skiy".
    assert code(freedonia.lookup(name.split(), date(2033, 1, 1))) == "FRDGOV"


def test_dictionary_romanisations_only_vary_the_ski_ending() -> None:
    from kg.extract.actors.dictionary import transliterations

    assert transliterations("Ivan Dolinski") == ["Ivan Dolinski", "Ivan Dolinskyy", "Ivan Dolinskiy", "Ivan Dolinsky"]
    assert transliterations("Anton Weil") == ["Anton Weil"]
    assert transliterations("Ski") == ["Ski"]  # too short to be a surname ending


def test_dictionary_shipped_leader_in_news_spelling(extractor) -> None:  # type: ignore[no-untyped-def]
    # The table (from Wikidata) writes "Zelenski"; English news writes "Zelensky" or "Zelenskyy".
    from tests.helpers import extract_text

    for text in ("Volodymyr Zelensky criticised Russia on Monday.", "President Zelenskyy criticised Russia on Monday."):
        x = extract_text(extractor, text, "2021-03-10")
        assert {a.name: a.code for a in x.actors if a.kind.value == "PERSON"}.popitem()[1] == "UKRGOV", x.actors
