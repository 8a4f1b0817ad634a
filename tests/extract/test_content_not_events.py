"""Wished, weighed, described and charged acts are content, not events of their own."""

from __future__ import annotations

from tests.helpers import extract_text


def _roots(extractor, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.cameo[:2] for e in extract_text(extractor, text).events]


def test_a_subjunctive_wish_is_no_expulsion(extractor) -> None:  # type: ignore[no-untyped-def]
    assert "16" not in _roots(extractor, "Peru insisted that the Chilean envoy be expelled from Lima.")
    assert "16" in _roots(extractor, "Peru said that the Chilean envoy was expelled from Lima.")


def test_a_bare_verb_after_a_plural_subject_is_not_taken_for_a_subjunctive(extractor) -> None:  # type: ignore[no-untyped-def]
    from kg.extract.events.content import is_content_only
    from kg.nlp import DEFAULT_PIPELINE, load_pipeline

    doc = load_pipeline(DEFAULT_PIPELINE)("Officials said the troops withdraw from the border every night.")
    (verb,) = [t for t in doc if t.lower_ == "withdraw"]
    assert not is_content_only(verb)


def test_a_gerund_weighed_by_a_modal_is_no_act(extractor) -> None:  # type: ignore[no-untyped-def]
    assert "19" not in _roots(extractor, "Analysts said attacking Chile could isolate Peru.")


def test_an_infinitival_relative_is_no_act(extractor) -> None:  # type: ignore[no-untyped-def]
    assert "04" not in _roots(extractor, "Peru and Chile have much to negotiate with each other on fishing.")


def test_the_charged_act_is_carried_by_the_accusation(extractor) -> None:  # type: ignore[no-untyped-def]
    for text in ("Peru accused Chile of arming the rebels.", "Chile was accused by Peru of arming the rebels."):
        assert _roots(extractor, text) == ["11"], text


def test_a_gerund_judged_in_the_present_is_an_option(extractor) -> None:  # type: ignore[no-untyped-def]
    assert "08" not in _roots(extractor, "Peruvian officials said lifting the sanctions on Chile is out of the question.")
    assert "05" in _roots(extractor, "Peruvian officials said that signing the accord with Chile was a turning point.")


def test_speech_whose_only_content_is_an_option_is_background(extractor) -> None:  # type: ignore[no-untyped-def]
    assert _roots(extractor, "Peruvian officials said attacking Chile could isolate Peru.") == []
    assert sorted(_roots(extractor, "Peruvian officials said Chile attacked Peru.")) == ["01", "19"]
