"""CAMEO coding of reduced passives and of the deed an arrest or a rebuke is "for"."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from kg.extract.events.cameo import CameoLexicon
from tests.helpers import cameo_codes as _codes

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # A reduced passive takes the noun it describes as its object.
        ("Aid reached the village captured by militants last week.", "192"),
    ],
)
def test_reduced_passive_object_class(nlp: Language, lexicon: CameoLexicon, text: str, code: str) -> None:
    assert code in _codes(nlp, lexicon, text)


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # The deed an arrest is "for" is alleged: no cooperation event.
        ("A teacher was arrested in the capital for collaborating with the enemy.", "173", "060"),
        ("Police detained two engineers for helping the rebels.", "173", "070"),
    ],
)
def test_reason_of_a_charge_is_no_event(
    nlp: Language, lexicon: CameoLexicon, text: str, kept: str, dropped: str
) -> None:
    codes = _codes(nlp, lexicon, text)
    assert kept in codes
    assert not any(c.startswith(dropped[:2]) for c in codes)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # A warning not to do something tells the addressee to refrain: a demand.
        ("The minister warned the neighbouring country not to interfere in the elections.", "100"),
        ("The general cautioned the militias not to attack the convoy.", "100"),
        # A warning of what will happen stays a threat.
        ("The minister warned that the army would attack the rebels.", "130"),
    ],
)
def test_warning_not_to_is_a_demand(nlp: Language, lexicon: CameoLexicon, text: str, code: str) -> None:
    assert code in _codes(nlp, lexicon, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # Exercises held with a partner are military cooperation; alone, a show of force.
        ("The navy launched war games with the allied fleet on Monday.", "062"),
        ("Troops began military exercises with the neighbouring army.", "062"),
        ("The navy staged war games near the island.", "150"),
    ],
)
def test_exercises_with_a_partner(nlp: Language, lexicon: CameoLexicon, text: str, code: str) -> None:
    assert code in _codes(nlp, lexicon, text)


@pytest.mark.parametrize(
    "text",
    [
        "The army staged a coup in the capital on Wednesday.",
        "Soldiers seized power in the capital on Wednesday.",
    ],
    ids=["staged-coup", "seized-power"],
)
def test_a_coup_is_coercion(nlp: Language, lexicon: CameoLexicon, text: str) -> None:
    # Seizing power is coercion (17), as the reference type table reads it; never property seized.
    assert _codes(nlp, lexicon, text) == ["170"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # Opening an embassy grants recognition, as the field's OPEN * EMBASSY pattern codes it.
        ("Eritrea reopened its embassy in Addis Ababa on Monday.", "054"),
        # Suspending a member reduces relations.
        ("The African Union suspended the country's membership on Thursday.", "160"),
        # Money deposited or transferred is economic aid.
        ("Saudi Arabia deposited two billion dollars in the central bank of Pakistan.", "071"),
    ],
    ids=["reopen-embassy", "suspend-membership", "deposit-money"],
)
def test_diplomatic_and_economic_acts_with_a_telling_object(nlp: Language, lexicon: CameoLexicon, text: str, code: str) -> None:
    assert code in _codes(nlp, lexicon, text)
