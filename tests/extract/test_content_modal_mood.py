"""A modal auxiliary outside reported speech: the act is planned or speculated, not asserted."""

from __future__ import annotations

from tests.helpers import extract_text


def _modalities(extractor, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, text)
    assert x.events, text
    return {e.modality.value for e in x.events}


def test_would_puts_the_act_ahead(extractor) -> None:  # type: ignore[no-untyped-def]
    assert _modalities(extractor, "The new fund would also donate vaccines to Malawi.") == {"planned"}


def test_might_and_could_speculate(extractor) -> None:  # type: ignore[no-untyped-def]
    assert _modalities(extractor, "Rebels from Ecuador might attack the capital of Peru before the vote.") == {"hypothetical"}
    assert _modalities(extractor, "Rebels from Ecuador could attack the capital of Peru before the vote.") == {"hypothetical"}


def test_would_have_is_counterfactual(extractor) -> None:  # type: ignore[no-untyped-def]
    assert _modalities(extractor, "The bomb would have killed dozens of Peruvian soldiers.") == {"hypothetical"}


def test_would_later_tells_what_happened(extractor) -> None:  # type: ignore[no-untyped-def]
    assert "planned" not in _modalities(extractor, "The Peruvian army would later arrest the rebel leader Juan Ortiz.")


def test_a_negated_modal_stays_negated(extractor) -> None:  # type: ignore[no-untyped-def]
    assert _modalities(extractor, "The Peruvian army could not arrest the rebel leader Juan Ortiz.") == {"negated"}
