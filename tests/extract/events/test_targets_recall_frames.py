"""Frames and arguments added for article-level recall (sentences written for these tests)."""

from __future__ import annotations

import pytest

from kg.model import Extraction
from tests.helpers import extract_text as _extract


def _coded(extraction: Extraction) -> set[tuple[str, str | None, str | None]]:
    actors = {a.id: a for a in extraction.actors}

    def code(actor_id: str | None) -> str | None:
        actor = actors.get(actor_id or "")
        return None if actor is None else (actor.code or actor.country or actor.name)[:3]

    return {(e.cameo, code(e.source), code(e.target)) for e in extraction.events}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Chile lifted the martial law order on Monday.", "0814"),
        ("Peru has supported Bolivian rebels in raids on border posts.", "072"),
    ],
    ids=["lift-martial-law-order", "support-rebels"],
)
def test_events_frames_extra_codes(extractor, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert any(e.cameo == code for e in _extract(extractor, text).events)


def test_events_frames_extra_head_with_object_is_no_travel(extractor) -> None:  # type: ignore[no-untyped-def]
    assert not any(e.cameo.startswith("04") for e in _extract(extractor, "Garcia headed the Chilean rebels in the war.").events)
    assert any(e.cameo.startswith("04") for e in _extract(extractor, "Garcia headed to Lima for talks with the Chilean president.").events)


def test_events_frames_extra_name_word_is_no_content(extractor) -> None:  # type: ignore[no-untyped-def]
    # "Ban" in a treaty's name does not make leaving it an easing of a ban (08).
    events = _extract(extractor, "The law withdraws Peru from the Andean Test Ban Treaty.").events
    assert not any(e.cameo.startswith("08") for e in events)
    assert [(e.cameo, e.source) for e in events] == [("161", "per")], "leaving the treaty"


def test_events_frames_extra_released_poll_is_its_owners_statement(extractor) -> None:  # type: ignore[no-untyped-def]
    events = _extract(extractor, "A Reuters poll released on Friday showed support for Lula at 40%.").events
    assert not any(e.cameo.startswith("08") for e in events)
    assert [(e.cameo, e.source) for e in events] == [("010", "reuters")]


def test_events_frames_extra_control_passive_subject_owner_acts(extractor) -> None:  # type: ignore[no-untyped-def]
    # "A U.S. Senate team was scheduled to meet X": the team's owner meets X.
    coded = _coded(_extract(extractor, "A Chilean Senate team was scheduled today to meet Peru's foreign minister."))
    assert any(code.startswith("04") and source is not None and source.startswith("CHL") for code, source, _ in coded), coded
