"""Two people who share a surname: an apposition that describes one of them picks it (sentences written for these tests)."""

from __future__ import annotations

from tests.helpers import extract_text as _extract


def _owner(extraction, surface: str, nth: int = 0) -> str:  # type: ignore[no-untyped-def]
    text = extraction.article.text
    starts = [m for m in extraction.mentions if text[m.span.start : m.span.end] == surface]
    return str(starts[nth].actor_id)


def test_actors_apposition_picks_the_described_namesake(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Park Min-jun, leader of the centrist Unity Party, criticised the budget.\n\n"
        "Police questioned Finance Minister Park Sung-ho on Tuesday.\n\n"
        "Park, the Unity Party leader, said the minister should resign."
    )
    extraction = _extract(extractor, text)
    assert _owner(extraction, "Park", 0) == "park-min-jun"


def test_actors_namesake_without_description_is_the_last_named(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Park Min-jun, leader of the centrist Unity Party, criticised the budget.\n\n"
        "Police questioned Finance Minister Park Sung-ho on Tuesday.\n\n"
        "Park denied any wrongdoing."
    )
    extraction = _extract(extractor, text)
    assert _owner(extraction, "Park", 0) == "park-sung-ho"
