"""Meetings "between A and B" (sentences written for these tests)."""

from __future__ import annotations

from kg.model import Extraction
from tests.helpers import extract_text


def _meetings(extraction: Extraction) -> set[tuple[str | None, str | None]]:
    text = extraction.article.text
    return {(e.source, e.target) for e in extraction.events if e.cameo == "040" and e.trigger.text(text) in {"summit", "meeting", "talks"}}


def test_frames_summit_between_two_parties_is_their_meeting(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Kenya hosted a summit between the Sudanese President and Ethiopian Prime Minister Abiy Ahmed.")
    assert _meetings(x) == {("sdn", "abiy-ahmed")}


def test_frames_pronoun_side_of_between_is_not_the_other_side(extractor) -> None:  # type: ignore[no-untyped-def]
    # "him" cannot be Putin, the other side: it is the person named before.
    x = extract_text(extractor, "Asked about Abe's stay in Vladivostok, a port that hosted a meeting between him and Putin last year, Lavrov praised the talks.")
    assert _meetings(x) == {("abe", "putin")}


def test_frames_talks_in_an_adjunct_are_no_meeting(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Chad's foreign minister hoped the deal would pave the way for talks between Chad and the rebels.")
    assert _meetings(x) == set()
    assert {e.cameo for e in x.events} == {"013"}, "the hope is the event"


def test_frames_intended_meeting_is_no_meeting(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Morocco said it was ready to host a meeting between Israel and the Palestinian Authority.")
    assert _meetings(x) == set()
    assert any(e.cameo.startswith("03") for e in x.events)
