"""Wished, weighed, described, charged and untold acts are content, not events of their own."""

from __future__ import annotations

import pytest

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
    singular = load_pipeline(DEFAULT_PIPELINE)("Officials insisted that the envoy withdraw from the border.")
    (wish,) = [t for t in singular if t.lower_ == "withdraw"]
    assert is_content_only(wish), "after a singular subject the bare verb is a subjunctive"


def test_a_gerund_weighed_by_a_modal_is_no_act(extractor, extract_without) -> None:  # type: ignore[no-untyped-def]
    assert "19" not in _roots(extractor, "Analysts said attacking Chile could isolate Peru.")
    text = "Analysts said attacking Chile could isolate Peru."
    assert "19" in [e.cameo[:2] for e in extract_without(text, "weighed_option").events], "only the weighed-option filter drops it"


def test_an_infinitival_relative_is_no_act(extractor, extract_without) -> None:  # type: ignore[no-untyped-def]
    text = "Peru and Chile have much to negotiate with each other on fishing."
    assert "04" not in _roots(extractor, text)
    assert "04" in [e.cameo[:2] for e in extract_without(text, "infinitival_relative", "participantless_event").events], "the filters drop it"


def test_the_charged_act_is_carried_by_the_accusation(extractor) -> None:  # type: ignore[no-untyped-def]
    for text in ("Peru accused Chile of arming the rebels.", "Chile was accused by Peru of arming the rebels."):
        assert _roots(extractor, text) == ["11"], text


def test_a_gerund_judged_in_the_present_is_an_option(extractor) -> None:  # type: ignore[no-untyped-def]
    assert "08" not in _roots(extractor, "Peruvian officials said lifting the sanctions on Chile is out of the question.")
    assert "05" in _roots(extractor, "Peruvian officials said that signing the accord with Chile was a turning point.")


def test_speech_whose_only_content_is_an_option_is_the_statement_alone(extractor) -> None:  # type: ignore[no-untyped-def]
    # The weighed option is no act; the officials' saying so is a statement of its own.
    assert _roots(extractor, "Peruvian officials said attacking Chile could isolate Peru.") == ["01"]
    assert sorted(_roots(extractor, "Peruvian officials said Chile attacked Peru.")) == ["01", "19"]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said they were not informed in advance that Lopez would impose a curfew.",
        "The ministry was not aware that the army would attack the town.",
    ],
    ids=["not-informed", "not-aware"],
)
def test_would_act_one_was_not_told_of_is_no_plan(extractor, extract_without, text: str) -> None:  # type: ignore[no-untyped-def]
    events = extract_text(extractor, text).events
    assert not [e for e in events if e.cameo[:2] in {"13", "17", "19"}]
    # The act is coded; only the unannounced-act filter keeps it from being a threat.
    assert [e.cameo[:2] for e in extract_without(text, "unannounced_act").events] == ["13"]


def test_would_act_one_was_told_of_is_kept(extractor) -> None:  # type: ignore[no-untyped-def]
    events = extract_text(extractor, "Officials said they were informed that Lopez would impose a curfew.").events
    assert [e.cameo for e in events if e.cameo.startswith("13")] == ["1323"]


def test_definite_measure_restating_earlier_sanction_is_dropped(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Canada has blacklisted 12 Iranian banks. Ottawa said that the curbs were imposed on the Iranian banks because of money laundering."
    codes = [e.cameo for e in extract_text(extractor, text).events]
    assert "163" in codes and not [c for c in codes if c.startswith("17")]


def test_measure_with_no_earlier_report_is_kept(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Canada said that the curbs were imposed on Iranian banks because of money laundering."
    assert [e.cameo for e in extract_text(extractor, text).events if e.cameo.startswith("17")] == ["172"]


def test_act_repeated_in_same_words_is_one_event(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The ministry proposed allowing duty-free imports of Chilean copper. "
        "The ministry explained that it proposed allowing the duty-free imports to protect local smelters."
    )
    assert [e.cameo for e in extract_text(extractor, text).events if e.cameo.startswith("02")] == ["0254"]


def test_short_repeated_verb_is_kept(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Chile attacked Peru. Chile attacked Peru again."
    assert len([e for e in extract_text(extractor, text).events if e.cameo.startswith("19")]) == 2


def test_by_gerund_naming_earlier_act_is_no_new_event(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Chile softened its stance on the border dispute on Tuesday. By softening its stance, Chile hopes to calm Peru."
    statements = [e for e in extract_text(extractor, text).events if e.cameo == "010"]
    assert len(statements) == 1


def test_by_gerund_alone_is_kept(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "By softening its stance, Chile hopes to calm Peru."
    assert [e.cameo for e in extract_text(extractor, text).events if e.cameo == "010"] == ["010"]


@pytest.mark.parametrize(("text", "code"), [
    # The passive leaves its doer silent by construction: the act done to the soldiers stays.
    ("Two Chilean soldiers were killed near the border on Monday.", "19"),
    ("Three Peruvian fishermen were freed on Monday.", "08"),
])
def test_a_doerless_passive_stays_an_event(extract_without, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    events = extract_without(text).events
    assert any(e.cameo.startswith(code) and e.source is None and e.target for e in events), events


def test_an_active_verb_whose_doer_is_no_actor_is_no_event(extract_without) -> None:  # type: ignore[no-untyped-def]
    text = "It also ordered Chilean doctors to return to work within two days."
    assert not extract_without(text).events
    assert [e.cameo[:2] for e in extract_without(text, "doerless_active_clause").events] == ["10"]


def test_speaking_to_reporters_is_no_meeting(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Speaking to reporters in Lima, the Peruvian defence minister accused Chile of violating its airspace."
    assert _roots(extractor, text) == ["11"]
    # A meeting with a named partner stays one.
    assert "04" in _roots(extractor, "Speaking to the Chilean president in Lima, the Peruvian defence minister accused Chile of violating its airspace.")


def test_a_quote_keeps_the_speakers_own_acts_not_the_acts_it_narrates(extractor) -> None:  # type: ignore[no-untyped-def]
    # The acts of others a direct quote tells are the speaker's account: the statement stays, the shelling goes.
    narrated = extract_text(extractor, "“The Chilean army shelled our villages,” the Peruvian defence minister said.")
    assert [e.cameo[:2] for e in narrated.events] == ["01"]
    assert [e.cameo for e in extract_text(extractor, "“The Chilean army shelled our villages,” the Peruvian defence minister said.", disabled=frozenset({"narrated_act_in_quote"})).events if e.cameo.startswith("19")]
    # An act of the speaker's own side stays.
    own = extract_text(extractor, "“The Chinese government firmly opposes the sale of arms to Taiwan,” the Chinese foreign ministry spokesman said.")
    assert any(e.cameo.startswith("12") for e in own.events)
    # The same act told without quotation marks is reported, and stays.
    told = extract_text(extractor, "The Peruvian defence minister said the Chilean army shelled Peruvian villages.")
    assert any(e.cameo.startswith("19") for e in told.events)
