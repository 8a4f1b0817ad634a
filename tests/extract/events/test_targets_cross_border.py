"""Cross-border attacks: into the country of the place the sentence names (sentences written for these tests)."""

from __future__ import annotations

from kg.model import Extraction
from tests.helpers import extract_text


def _attacks(extraction: Extraction) -> set[tuple[str | None, str | None]]:
    return {(e.source, e.target) for e in extraction.events if e.cameo.startswith("19")}


def test_frames_cross_border_raid_enters_the_located_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Turkish troops launched a cross-border raid on Monday, with heavy fighting reported near Zakho in northern Iraq.")
    assert _attacks(x) == {("tur-armed-forces", "irq")}


def test_frames_cross_border_ignores_places_of_the_attackers_own_country(extractor) -> None:  # type: ignore[no-untyped-def]
    # Ankara is where the officials speak, in Turkey itself: no target.
    x = extract_text(extractor, "Turkish troops launched a cross-border raid on Monday, officials in Ankara said.")
    assert _attacks(x) == {("tur-armed-forces", None)}
