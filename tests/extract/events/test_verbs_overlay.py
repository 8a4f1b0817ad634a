"""kg's overlay on the PETRARCH2 verb dictionary: own codes with a reason per verb."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from kg.extract.events.verbs import code_verb, find_verb
from kg.extract.events.verbs_overlay import apply_verb_overlay, load_verb_overlay, read_verb_overlay
from kg.extract.events.verbs_reader import read_verb_dictionary

if TYPE_CHECKING:
    from spacy.language import Language

DICTIONARY = """\
---  GLEAN   [190]  ---
GLEAN
PLUCK
- * (IN RAID)          [:190]   # GLEAN
- * BERRIES            [073]    # PLUCK
"""


def test_verbs_overlay_sets_own_code_and_keeps_the_verbs_patterns(nlp: Language) -> None:
    overlay = read_verb_overlay("# comment\nGLEAN\t---\tno event alone\n")
    dictionary = apply_verb_overlay(read_verb_dictionary(DICTIONARY), overlay)
    (glean,) = dictionary.entries("GLEAN")
    assert glean.null and glean.note == "no event alone"
    doc = nlp("The farmers glean berries in the raid.")
    verb = next(t for t in doc if t.lower_ == "glean")
    result = code_verb(verb, dictionary)
    # The verb's own pattern still applies; PLUCK's "* BERRIES" no longer does.
    assert result is not None and (result.code, result.inverse) == ("190", True)
    plain = next(t for t in nlp("The farmers glean every year.") if t.lower_ == "glean")
    assert find_verb(plain, dictionary) is not None and code_verb(plain, dictionary) is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("GLEAN\t---", "expected VERB<TAB>CODE<TAB>reason"),
        ("GLEAN\t19x\tbad", "not a CAMEO code"),
        ("GLEAN\t---\ta\nglean\t190\tb", "listed twice"),
    ],
    ids=["no-reason", "bad-code", "twice"],
)
def test_verbs_overlay_rejects_malformed_lines(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        read_verb_overlay(text)


def test_verbs_overlay_rejects_unknown_verbs() -> None:
    with pytest.raises(ValueError, match="FROBNICATE"):
        apply_verb_overlay(read_verb_dictionary(DICTIONARY), read_verb_overlay("FROBNICATE\t---\twhy\n"))


def test_verbs_overlay_shipped_corrections(nlp: Language) -> None:
    assert len(load_verb_overlay()) <= 20  # corrections, not a second dictionary
    died = next(t for t in nlp("The patient died in hospital.") if t.text == "died")
    assert code_verb(died) is None  # DIE's block default is 190
    custody = next(t for t in nlp("The prisoner died in custody.") if t.text == "died")
    result = code_verb(custody)
    assert result is not None and (result.code, result.inverse) == ("184", True)
    office = next(t for t in nlp("The new mayor took office on Monday.") if t.text == "took")
    assert code_verb(office) is None  # TAKE's block default is 171 (seize property)
    hostages = next(t for t in nlp("Gunmen took three hostages.") if t.text == "took")
    taken = code_verb(hostages)
    assert taken is not None and taken.code == "181"
    fined = next(t for t in nlp("The regulator fined the bank on Monday.") if t.text == "fined")
    fine = code_verb(fined)
    assert fine is not None and (fine.code, fine.origin) == ("172", "verb"), "a fine is an administrative sanction"
