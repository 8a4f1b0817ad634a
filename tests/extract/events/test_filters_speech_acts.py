"""Speech verbs that are no statement of their own: keeping an object, no speaker found, a trailing attribution."""

from __future__ import annotations

from tests.helpers import extract_text


def test_maintaining_tariffs_is_no_statement(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "The Peruvian government maintained high tariffs on Chilean copper, officials in Lima said on Monday.")
    assert not any(e.cameo == "010" and e.trigger.text(x.article.text) == "maintained" for e in x.events)
    assert any(e.cameo == "010" and e.trigger.text(x.article.text) == "said" for e in x.events), "the officials' statement stays"


def test_maintaining_a_claim_is_still_speech() -> None:
    from kg.extract.events.content import keeps_an_object
    from kg.nlp import DEFAULT_PIPELINE, load_pipeline

    nlp = load_pipeline(DEFAULT_PIPELINE)
    (stance,) = [t for t in nlp("Peru maintained its innocence.") if t.lemma_ == "maintain"]
    (keep,) = [t for t in nlp("Peru maintained high tariffs on copper.") if t.lemma_ == "maintain"]
    assert not keeps_an_object(stance) and keeps_an_object(keep)


def test_a_statement_without_a_speaker_leaves_only_its_content(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Officials said on Monday that Chilean troops had attacked a Peruvian border post.")
    assert [e.cameo[:2] for e in x.events] == ["19"]
    assert all(e.reported_by is None for e in x.events), "no pointer to a dropped statement"


def test_a_statement_with_a_speaker_stays(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Peruvian officials said on Monday that Chilean troops had attacked a Peruvian border post.")
    assert sorted(e.cameo[:2] for e in x.events) == ["01", "19"]


def test_a_planned_assurance_keeps_its_source_as_attribution(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Peruvian President Luis Vega is expected to assure Chile that Peru will respect the border, Peruvian diplomats said.")
    (assure,) = x.events
    assert assure.modality.value == "planned" and assure.attributed_to == "per"


def test_a_trailing_report_of_a_made_statement_stays(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Peruvian President Luis Vega assured Chile that Peru will respect the border, Peruvian diplomats said.")
    assert len(x.events) == 2
