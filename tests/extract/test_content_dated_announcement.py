"""A dated statement whose own content has not happened yet stays an event beside it."""

from __future__ import annotations

from tests.helpers import extract_text


def test_a_dated_conditional_threat_keeps_its_statement(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Japan said on Monday it would halt economic aid to Serbia if the fighting went on.")
    (said,) = [e for e in x.events if e.cameo == "010"]
    assert said.time.anchor.value == "explicit"
    (halt,) = [e for e in x.events if e.cameo.startswith("13")]
    assert halt.modality.value == "conditional" and halt.reported_by == said.id


def test_an_undated_conditional_threat_is_folded(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Japan said it would halt economic aid to Serbia if the fighting went on.")
    assert [e.cameo[:2] for e in x.events] == ["13"]


def test_a_dated_report_of_a_done_act_is_still_folded(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Japan said on Monday it had halted economic aid to Serbia.")
    assert not any(e.cameo.startswith("01") for e in x.events)
