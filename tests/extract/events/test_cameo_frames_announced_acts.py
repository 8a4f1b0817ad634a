"""An announcing verb performs the act it announces unless the act names another agent."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.events.cameo import CameoLexicon, code_span

if TYPE_CHECKING:
    from spacy.language import Language


def _coded(nlp: Language, lexicon: CameoLexicon, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {doc[m.head].lower_: m.code for m in code_span(doc[:], lexicon)}


def test_announcing_someone_elses_visit_is_a_statement(nlp: Language, lexicon: CameoLexicon) -> None:
    coded = _coded(nlp, lexicon, "The ministry announced the premier's visit to the capital on Friday.")
    assert coded.get("announced") == "010"


def test_announcing_ones_own_act_is_the_act(nlp: Language, lexicon: CameoLexicon) -> None:
    coded = _coded(nlp, lexicon, "The government announced its withdrawal from the pact.")
    assert coded.get("announced", "")[:2] != "01"
