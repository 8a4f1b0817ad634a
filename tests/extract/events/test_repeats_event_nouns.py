"""An undated event noun that names an event reported earlier is a reference back."""

from __future__ import annotations

from tests.helpers import extract_text


def test_a_later_mention_of_a_visit_is_no_second_visit(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Peruvian President Luis Vega visited Chile on Monday. Protesters in Lima criticized Vega's visit to Chile.")
    assert [e.cameo[:2] for e in x.events] == ["04", "11"]


def test_a_first_mention_as_a_noun_stays(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Protesters in Lima criticized Peruvian President Luis Vega's visit to Chile.")
    assert "04" in [e.cameo[:2] for e in x.events]


def test_a_later_noun_without_a_target_refers_back(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Peruvian police arrested two Chilean fishermen on Monday. Chilean officials said the detention by Peruvian police was illegal.")
    assert [e.cameo for e in x.events if e.cameo.startswith("17")] == ["173"]
