"""Frames and participants fixed on the events2 branch (sentences written for these tests)."""

from __future__ import annotations

from tests.helpers import cameo_codes, extract_text

from kg.model import Extraction


def _codes(extraction: Extraction) -> set[str]:
    return {e.cameo for e in extraction.events}


def test_allowing_importation_eases_an_embargo(nlp, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert "085" in cameo_codes(nlp, lexicon, "The agency allowed the importation of Chilean copper.")


def test_allowing_imports_to_be_made_is_raised_object(extractor) -> None:  # type: ignore[no-untyped-def]
    codes = _codes(extract_text(extractor, "The Canadian customs office will allow such importation to be made under bond."))
    # Planned easing of an embargo: intent to ease (0354).
    assert "0354" in codes


def test_allowing_exports_to_resume(nlp, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert "085" in cameo_codes(nlp, lexicon, "The government permitted exports to resume.")
