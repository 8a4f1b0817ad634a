"""CAMEO frames: changes of position as statements, strikes by workers."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from kg.extract.events.cameo import CameoLexicon, code_nominal
from tests.helpers import cameo_codes as _codes

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    "text",
    [
        "The government on Monday modified its position on the border dispute.",
        "The ministry softened its stance on the fishing talks.",
    ],
)
def test_change_of_position_is_a_statement(nlp: Language, lexicon: CameoLexicon, text: str) -> None:
    assert _codes(nlp, lexicon, text) == ["010"]


def test_strike_by_workers_is_a_labour_strike(nlp: Language, lexicon: CameoLexicon) -> None:
    doc = nlp("Trains stopped running during a strike by transport workers.")
    strike = next(t for t in doc if t.lower_ == "strike")
    match = code_nominal(strike, lexicon)
    assert match is not None and match.code == "143"


def test_strike_by_aircraft_stays_an_attack(nlp: Language, lexicon: CameoLexicon) -> None:
    doc = nlp("The village was hit in a strike by enemy aircraft.")
    strike = next(t for t in doc if t.lower_ == "strike")
    match = code_nominal(strike, lexicon)
    assert match is not None and match.code.startswith("19")
