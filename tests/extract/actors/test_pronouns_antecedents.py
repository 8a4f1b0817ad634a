"""Pronouns: a pronoun coordinated with a name is someone else; a possessive in a clause is its subject's; a pronoun outside a quote skips who is named in it."""

from __future__ import annotations

from typing import Any

from tests.helpers import extract_text


def _mentions(extraction: Any, text: str) -> dict[str, str]:
    return {text[m.span.start : m.span.end]: m.actor_id for m in extraction.mentions}


def test_pronoun_coordinated_with_a_name_is_not_that_name(extractor: Any) -> None:
    text = "Kenyan President William Ruto met Chinese President Xi Jinping in Beijing. The summit between him and Xi went well."
    assert _mentions(extract_text(extractor, text), text)["him"] == "william-ruto"


def test_subject_pronoun_coordinated_with_a_name(extractor: Any) -> None:
    text = "Kenyan President William Ruto flew to Beijing to see Chinese President Xi Jinping. Officials said he and Xi signed a trade deal."
    assert _mentions(extract_text(extractor, text), text)["he"] == "william-ruto"




def test_possessive_in_an_adjunct_is_the_clause_subject(extractor: Any) -> None:
    text = "Kenyan President William Ruto arrived in Beijing. He is due to meet Chinese President Xi Jinping and Premier Li Qiang during his visit."
    assert _mentions(extract_text(extractor, text), text)["his"] == "william-ruto"


def test_possessive_country_is_the_subject_not_the_recipient(extractor: Any) -> None:
    text = "Peru has offered to hand over to Chile two of its nationals suspected of smuggling."
    assert _mentions(extract_text(extractor, text), text)["its"] == "per"


def _actor_of(extraction: Any, start: int) -> str | None:
    return next((m.actor_id for m in extraction.mentions if m.span.start <= start < m.span.end), None)


def test_actors_fronted_possessive_points_to_the_subject(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Senator Ruth Adler met the envoy on Monday. Before his speech on Tuesday, Governor Tom Bryce visited the port."
    extraction = extract_text(extractor, text)
    assert _actor_of(extraction, text.index("his")) == _actor_of(extraction, text.index("Tom Bryce")) == "tom-bryce"


def test_actors_pronoun_outside_quote_skips_people_named_in_it(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Mayor Dan Ortiz spoke on Friday. “We will never forgive Carl Benson,” he said."
    extraction = extract_text(extractor, text)
    assert _actor_of(extraction, text.index("he said")) == _actor_of(extraction, text.index("Dan Ortiz")) == "dan-ortiz"


def test_actors_spokesman_for_a_named_body_speaks_for_it(extractor) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers import extract_text

    extraction = extract_text(extractor, "A spokesman for Exxon Corp said on Monday the refinery would close.")
    said = next(e for e in extraction.events if e.cameo.startswith("01"))
    source = next(a for a in extraction.actors if a.id == said.source)
    assert "Exxon" in source.name


def test_actors_spokesman_does_not_speak_for_a_person_subject(extractor) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers import extract_text

    extraction = extract_text(extractor, "John Smith will resign next week, a spokesman said.")
    assert not any(m.actor_id == "john-smith" and extraction.article.text[m.span.start : m.span.end] == "spokesman" for m in extraction.mentions)
