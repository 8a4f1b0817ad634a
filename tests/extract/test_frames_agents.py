"""Passive agents named through their possessor (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Three villages were shelled on Monday by the Syrian army's 4th Division.", "syr-armed-forces"),
        ("The convoy was attacked by Hamas' armed wing.", "hamas"),
    ],
    ids=["army-division", "armed-wing"],
)
def test_frames_unit_of_a_named_force_is_the_agent(extractor, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    attacks = [e for e in extract_text(extractor, text).events if e.cameo.startswith("19")]
    assert [(e.source, e.target) for e in attacks] == [(source, None)]
