"""CAMEO coding of reversed acts ("de-ratify") and of acts enacted by an authority ("approved sanctions")."""

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
        # A reversing prefix undoes the act: leaving a treaty reduces relations.
        ("The senate voted on Monday de-ratifying a regional fisheries treaty.", "161"),
        ("The assembly approved the de-ratification of the border accord.", "161"),
        # An authority that approves, adopts or passes an act does it.
        ("The cabinet adopted sanctions against the neighbouring state.", "163"),
        ("Lawmakers passed a bill lifting the night curfew.", "0813"),
        ("The parliament approved military aid to its ally.", "072"),
        ("The governor signed a law banning the opposition party.", "1722"),
    ],
)
def test_reversed_and_enacted_acts(nlp: Language, lexicon: CameoLexicon, text: str, code: str) -> None:
    assert code in _codes(nlp, lexicon, text)


def test_reversed_act_is_not_the_act(nlp: Language, lexicon: CameoLexicon) -> None:
    assert "057" not in _codes(nlp, lexicon, "The parliament voted on de-ratifying the trade treaty.")
    assert _codes(nlp, lexicon, "The parliament voted on de-ratifying the trade treaty.") == ["161"], "leaving the treaty"
    assert _codes(nlp, lexicon, "The parliament voted on ratifying the trade treaty.") == ["057"]


def test_repeated_act_keeps_its_code(nlp: Language, lexicon: CameoLexicon) -> None:
    assert "163" in _codes(nlp, lexicon, "The council re-imposed sanctions on the junta.")


def test_approving_a_bare_plan_is_no_event(nlp: Language, lexicon: CameoLexicon) -> None:
    from kg.extract.events.cameo_match import code_span
    from kg.extract.rules import RuleSwitch

    # kg's derivation alone; the field's pattern (PETRARCH's APPROVE * PLAN, 030) is a rule of its own.
    kg_only = RuleSwitch(frozenset({"field_pattern_where_kg_frames_fail"}))
    assert [m.code for m in code_span(nlp("The committee approved the plan."), lexicon, switch=kg_only)] == []
    assert _codes(nlp, lexicon, "The committee approved the plan.") == ["030"], "the field's pattern codes it"
    assert _codes(nlp, lexicon, "The committee approved sanctions against Peru.") == ["163"], "approving a coded act enacts it"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # An authority's decision to yield or to coerce is the act itself ...
        ("The tribunal decided to allow the exiled leader to run in the election.", "0812"),
        ("The ministry decided to impose sanctions on the shipping firm.", "163"),
        # ... other decisions stay intents.
        ("The government decided to send aid to the flood victims.", "033"),
    ],
)
def test_decision_to_act(nlp: Language, lexicon: CameoLexicon, text: str, code: str) -> None:
    assert code in _codes(nlp, lexicon, text)
