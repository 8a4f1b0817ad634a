"""A trailing attribution of a planned statement is attribution, not a statement of its own."""

from __future__ import annotations

from tests.helpers import extract_text


def test_a_planned_assurance_keeps_its_source_as_attribution(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Peruvian President Luis Vega is expected to assure Chile that Peru will respect the border, Peruvian diplomats said.")
    (assure,) = x.events
    assert assure.modality.value == "planned" and assure.attributed_to == "per"


def test_a_trailing_report_of_a_made_statement_stays(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Peruvian President Luis Vega assured Chile that Peru will respect the border, Peruvian diplomats said.")
    assert len(x.events) == 2
