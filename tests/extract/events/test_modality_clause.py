"""Event modality from the clause frame (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text as _extract

from kg.model import Extraction, Modality




def _modalities(extraction: Extraction) -> dict[str, Modality]:
    return {e.cameo[:2]: e.modality for e in extraction.events if not e.cameo.startswith("01")}


@pytest.mark.parametrize(
    ("text", "root", "modality"),
    [
        ("Chilean police made no arrests of Peruvian fishermen.", "17", Modality.NEGATED),
        ("Chile's talks with Bolivia were postponed.", "04", Modality.NEGATED),
        ("Chile said it had no plans to attack Bolivia.", "19", Modality.NEGATED),
        ("A plan to impeach the governor has failed in the state assembly.", "17", Modality.NEGATED),
        ("The general ordered the arrest of three opposition leaders.", "17", Modality.PLANNED),
        ("The Brazilian president is due to meet Argentina's foreign minister next week.", "04", Modality.PLANNED),
    ],
    ids=["no-arrests", "postponed-talks", "no-plans", "failed-plan", "ordered-arrest", "due-to-meet"],
)
def test_events_modality_from_frame(extractor, text: str, root: str, modality: Modality) -> None:  # type: ignore[no-untyped-def]
    found = _modalities(_extract(extractor, text))
    assert found.get(root) == modality, found


def test_events_modality_signed_then_failed_to_ratify(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Peru signed the accord but failed to ratify it.")
    mods = sorted(e.modality.value for e in extraction.events if e.cameo.startswith("05"))
    assert mods == [Modality.ASSERTED.value, Modality.NEGATED.value]


def test_events_modality_would_in_past_speech_is_planned(extractor) -> None:  # type: ignore[no-untyped-def]
    mods = _modalities(_extract(extractor, "Chile said it would allow imports of Peruvian copper until March."))
    assert mods.get("03") is Modality.PLANNED


def test_events_modality_dated_after_publication_is_planned(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Chile's president makes a visit to Peru on June 12, 2021, the foreign ministry said."
    events = [e for e in _extract(extractor, text, published="2021-06-01").events if e.cameo.startswith("04")]
    assert events and all(e.modality is Modality.PLANNED for e in events)


@pytest.mark.parametrize(
    "text",
    ["Peru denied that it had supplied weapons to Bolivia.", "Peru denied supplying weapons to Bolivia."],
    ids=["that-clause", "gerund"],
)
def test_events_the_content_of_a_denial_is_denied(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    """Denying is a speech act (016) whose content did not happen by the speaker's word: not "reported"."""
    extraction = _extract(extractor, text)
    found = _modalities(extraction)
    assert found.get("07") is Modality.DENIED, [(e.cameo, e.modality) for e in extraction.events]
