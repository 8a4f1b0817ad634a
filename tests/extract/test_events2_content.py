"""Content that is no new event (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize(
    "text",
    [
        "Officials said they were not informed in advance that Lopez would impose a curfew.",
        "The ministry was not aware that the army would attack the town.",
    ],
    ids=["not-informed", "not-aware"],
)
def test_would_act_one_was_not_told_of_is_no_plan(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    events = extract_text(extractor, text).events
    assert not [e for e in events if e.cameo[:2] in {"13", "17", "19"}]


def test_would_act_one_was_told_of_is_kept(extractor) -> None:  # type: ignore[no-untyped-def]
    events = extract_text(extractor, "Officials said they were informed that Lopez would impose a curfew.").events
    assert [e.cameo for e in events if e.cameo.startswith("13")] == ["1323"]


def test_definite_measure_restating_earlier_sanction_is_dropped(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Canada has blacklisted 12 Iranian banks. Ottawa said that the curbs were imposed on the Iranian banks because of money laundering."
    codes = [e.cameo for e in extract_text(extractor, text).events]
    assert "163" in codes and not [c for c in codes if c.startswith("17")]


def test_measure_with_no_earlier_report_is_kept(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Canada said that the curbs were imposed on Iranian banks because of money laundering."
    assert [e.cameo for e in extract_text(extractor, text).events if e.cameo.startswith("17")] == ["172"]


def test_act_repeated_in_same_words_is_one_event(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The ministry proposed allowing duty-free imports of Chilean copper. "
        "The ministry explained that it proposed allowing the duty-free imports to protect local smelters."
    )
    assert [e.cameo for e in extract_text(extractor, text).events if e.cameo.startswith("02")] == ["0254"]


def test_short_repeated_verb_is_kept(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Chile attacked Peru. Chile attacked Peru again."
    assert len([e for e in extract_text(extractor, text).events if e.cameo.startswith("19")]) == 2


def test_by_gerund_naming_earlier_act_is_no_new_event(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Chile softened its stance on the border dispute on Tuesday. By softening its stance, Chile hopes to calm Peru."
    statements = [e for e in extract_text(extractor, text).events if e.cameo == "010"]
    assert len(statements) == 1


def test_by_gerund_alone_is_kept(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "By softening its stance, Chile hopes to calm Peru."
    assert [e.cameo for e in extract_text(extractor, text).events if e.cameo == "010"] == ["010"]
