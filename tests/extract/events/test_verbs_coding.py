"""Coding verbs with the PETRARCH2 dictionary over a spaCy parse (invented sentences)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from kg.extract.events.verbs import VerbCode, code_verb, find_verb
from kg.extract.events.verbs_reader import read_verb_dictionary

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token


def _verb(doc: Doc, word: str) -> Token:
    return next(t for t in doc if t.text == word)


def _code(nlp: Language, text: str, word: str) -> VerbCode | None:
    return code_verb(_verb(nlp(text), word))


# (sentence, verb, code, origin, pattern or None): one row per way a code is reached.
CASES = [
    ("The rebels kidnapped a doctor.", "kidnapped", "181", "block", None),
    ("The council called off the vote.", "called", "160", "verb", None),
    ("The minister expressed concern about the vote.", "expressed", "012", "pattern", "* CONCERN"),
    ("Troops rushed to the border.", "rushed", "154", "pattern", "* (TO BORDER)"),
    ("The rebels signed a truce with the army.", "signed", "0871", "pattern", "* &CEASEFIRE"),
    ("The two sides signed a cease-fire.", "signed", "0871", "pattern", "* &CEASEFIRE"),
    ("Rebels fired rockets at the town.", "fired", "194", "pattern", "* ROCKET (AT +)"),
]


@pytest.mark.parametrize(
    ("text", "word", "code", "origin", "pattern"), CASES, ids=[f"{c[1]}-{c[3]}-{c[2]}" for c in CASES]
)
def test_verbs_coding_cases(nlp: Language, text: str, word: str, code: str, origin: str, pattern: str | None) -> None:
    result = _code(nlp, text, word)
    assert result is not None
    assert (result.code, result.origin) == (code, origin)
    assert (result.pattern.text if result.pattern else None) == pattern


def test_verbs_coding_object_noun_is_matched(nlp: Language) -> None:
    doc = nlp("The minister expressed concern about the vote.")
    result = code_verb(_verb(doc, "expressed"))
    assert result is not None and result.code == "012"
    assert [doc[i].text for i in result.matched] == ["concern"]
    assert [doc[i].text for i in result.trigger] == ["expressed"]
    # Without the object noun the block's statement code applies.
    plain = _code(nlp, "The minister expressed his view.", "expressed")
    assert plain is not None and plain.code != "012"


def test_verbs_coding_prepositional_pattern_with_inverse_code(nlp: Language) -> None:
    result = _code(nlp, "The envoy appeared before the court.", "appeared")
    assert result is not None and result.pattern is not None
    assert result.pattern.text == "* (BEFORE COURT)"
    assert (result.code, result.inverse) == ("173", True)  # [:173]: the envoy is the one prosecuted
    assert _code(nlp, "The envoy appeared on television.", "appeared") is None  # APPEAR alone is no event


def test_verbs_coding_multi_word_verb_with_particle(nlp: Language) -> None:
    doc = nlp("Police cordoned off the square.")
    result = code_verb(_verb(doc, "cordoned"))
    assert result is not None and result.code == "170"
    assert [doc[i].text for i in result.trigger] == ["cordoned", "off"]
    called = code_verb(_verb(nlp("The council called off the vote."), "called"))
    assert called is not None and (called.code, len(called.trigger)) == ("160", 2)
    # Without its particle, CALL is another verb of another block.
    plain = code_verb(_verb(nlp("The council called the vote."), "called"))
    assert plain is None or plain.block != called.block


def test_verbs_coding_null_codes_mean_no_event(nlp: Language) -> None:
    doc = nlp("They reported the news.")
    found = find_verb(_verb(doc, "reported"))
    assert found is not None and found.entry.null  # REPORT [---] is in the dictionary ...
    assert code_verb(_verb(doc, "reported")) is None  # ... and codes no event
    # A null pattern beats the code of a less specific one.
    assert _code(nlp, "The government cut defence spending.", "cut") is None
    aid = _code(nlp, "The government cut aid to the region.", "cut")
    assert aid is not None and aid.code == "162"


def test_verbs_coding_passive_reads_the_subject_as_object(nlp: Language) -> None:
    ended = _code(nlp, "The talks were ended after an hour.", "ended")
    assert ended is not None and ended.pattern is not None
    assert (ended.code, ended.pattern.text, ended.passive) == ("164", "* TALKS", True)
    attacked = _code(nlp, "The village was attacked by rebels.", "attacked")
    assert attacked is not None and (attacked.code, attacked.passive) == ("190", True)
    active = _code(nlp, "Rebels attacked the village.", "attacked")
    assert active is not None and (active.code, active.passive) == ("190", False)


def test_verbs_coding_own_code_beats_pattern_of_another_verb(nlp: Language) -> None:
    # ARREST [173] shares its block with TAKE, whose "&MILITARY *" pattern is 192.
    arrested = _code(nlp, "Soldiers arrested the mayor.", "arrested")
    assert arrested is not None and (arrested.code, arrested.origin) == ("173", "verb")
    seized = _code(nlp, "Soldiers seized the airport.", "seized")
    assert seized is not None and seized.code == "192"


def test_verbs_coding_bare_preposition_belongs_to_the_verb(nlp: Language) -> None:
    # "(FOR)" of ATTACK means "attacked X for Y", not a "camp for refugees".
    result = _code(nlp, "A camp for refugees was attacked.", "attacked")
    assert result is not None and result.code == "190"
    criticised = _code(nlp, "The paper attacked the mayor for his remarks.", "attacked")
    assert criticised is not None and criticised.code == "111"


def test_verbs_coding_skips_non_predicates(nlp: Language) -> None:
    doc = nlp("According to the police, the banned party attacked a convoy.")
    assert find_verb(_verb(doc, "According")) is None
    assert find_verb(_verb(doc, "banned")) is None
    assert code_verb(_verb(doc, "attacked")) is not None


# A tiny dictionary for the tie-breaking rules.
TIES = """\
---  FROB   [010]  ---
FROB
TWEAK
- * WIDGET          [042]   # TWEAK
- * WIDGET          [043]   # FROB
- * GADGET          [050]
- * GADGET          [051]
"""


def test_verbs_coding_ties_prefer_the_named_verb_then_the_first_line(nlp: Language) -> None:
    dictionary = read_verb_dictionary(TIES)
    doc = nlp("They frob the widget and tweak the widget and frob the gadget.")
    frob, tweak, frob_gadget = (t for t in doc if t.lemma_ in ("frob", "tweak") or t.text in ("frob", "tweak"))
    first = code_verb(frob, dictionary)
    second = code_verb(tweak, dictionary)
    third = code_verb(frob_gadget, dictionary)
    assert first is not None and second is not None and third is not None
    assert (first.code, second.code, third.code) == ("043", "042", "050")
