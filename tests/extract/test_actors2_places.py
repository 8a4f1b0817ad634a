"""Places named as settlements ("the town of X") lie in the country their noun or the story says."""

from __future__ import annotations

from typing import Any

from tests.helpers import extract_text


def _place(extraction: Any, name: str) -> Any:
    return next(a for a in extraction.actors if a.name == name)


def test_unknown_post_lies_in_the_story_country(extractor: Any) -> None:
    text = "Peru said its troops repelled an attack near the northern post of Qaltoro. Peru's army said it lost two men."
    place = _place(extract_text(extractor, text), "Qaltoro")
    assert place.kind.value == "LOCATION"
    assert place.country == "PER"


def test_a_nationality_on_the_noun_wins(extractor: Any) -> None:
    text = "Peru's president flew to the Chilean town of Qaltoro on Monday. Peru said the trip was private."
    assert _place(extract_text(extractor, text), "Qaltoro").country == "CHL"


def test_a_person_like_name_after_post_of_is_a_place(extractor: Any) -> None:
    text = "Peru said its army held the northern post of Juan Torres. Peru's army said it lost two men."
    extraction = extract_text(extractor, text)
    place = _place(extraction, "Juan Torres")
    assert (place.kind.value, place.country) == ("LOCATION", "PER")
    assert place.id not in {m.actor_id for m in extraction.mentions}


def test_state_after_a_city_is_a_place_not_a_mention(extractor: Any) -> None:
    text = "A clinic based in Boulder, Colorado, agreed to pay part of the royalties."
    extraction = extract_text(extractor, text)
    mentioned = {text[m.span.start : m.span.end] for m in extraction.mentions}
    assert "Colorado" not in mentioned
