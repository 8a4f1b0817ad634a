"""A plain statement whose speaker is not found is no event; its content stays."""

from __future__ import annotations

from tests.helpers import extract_text


def test_a_statement_without_a_speaker_leaves_only_its_content(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Officials said on Monday that Chilean troops had attacked a Peruvian border post.")
    assert [e.cameo[:2] for e in x.events] == ["19"]
    assert all(e.reported_by is None for e in x.events), "no pointer to a dropped statement"


def test_a_statement_with_a_speaker_stays(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Peruvian officials said on Monday that Chilean troops had attacked a Peruvian border post.")
    assert sorted(e.cameo[:2] for e in x.events) == ["01", "19"]
