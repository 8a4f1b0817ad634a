"""A speech verb that keeps a noun object ("maintained tariffs") is no statement."""

from __future__ import annotations

from tests.helpers import extract_text


def test_maintaining_tariffs_is_no_statement(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "The Peruvian government maintained high tariffs on Chilean copper, officials in Lima said on Monday.")
    assert not any(e.cameo == "010" and e.trigger.text(x.article.text) == "maintained" for e in x.events)


def test_maintaining_a_claim_is_still_speech() -> None:
    from kg.extract.events.content import keeps_an_object
    from kg.nlp import DEFAULT_PIPELINE, load_pipeline

    nlp = load_pipeline(DEFAULT_PIPELINE)
    (stance,) = [t for t in nlp("Peru maintained its innocence.") if t.lemma_ == "maintain"]
    (keep,) = [t for t in nlp("Peru maintained high tariffs on copper.") if t.lemma_ == "maintain"]
    assert not keeps_an_object(stance) and keeps_an_object(keep)
