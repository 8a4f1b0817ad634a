"""Participles that describe a noun: reduced relatives and their conjuncts (sentences written for these tests)."""

from __future__ import annotations

from kg.model import Extraction
from tests.helpers import extract_text


def _agreements(extraction: Extraction) -> dict[str, tuple[int | None, str | None]]:
    text = extraction.article.text
    return {
        e.trigger.text(text): (e.time.earliest.year if e.time.earliest else None, e.source)
        for e in extraction.events
        if e.cameo.startswith("057")
    }


def test_frames_conjoined_history_participles_are_two_dated_acts(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "The decree withdraws Brazil from the Regional Fisheries Convention, first signed in 2004 and ratified in 2006.")
    found = _agreements(x)
    assert found.get("signed") == (2004, "bra")
    assert found.get("ratified") == (2006, "bra")


def test_frames_attack_with_a_manner_participle_is_coded_first(extractor) -> None:  # type: ignore[no-untyped-def]
    # "backed by tanks" says how the attack went; the attack is the first event of the sentence.
    x = extract_text(extractor, "The army attacked the town, backed by tanks, on Monday.")
    assert [e.cameo[:2] for e in x.events][0] == "19"


def test_frames_reduced_passive_targets_the_owner_of_the_place(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Syria's Golan plateau, captured by Israel in 1967, overlooks the lake.")
    captures = [(e.source, e.target, e.time.earliest.year if e.time.earliest else None) for e in x.events if e.cameo.startswith("19")]
    assert captures == [("isr", "syr", 1967)]


def test_frames_signed_document_is_not_a_target(extractor) -> None:  # type: ignore[no-untyped-def]
    # The treaty a participle describes is the thing signed, not a party.
    x = extract_text(extractor, "The decree withdraws Brazil from the Regional Fisheries Convention, signed in 2004.")
    assert [e.target for e in x.events if e.cameo == "057"] == [None]
