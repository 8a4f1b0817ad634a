"""A plain statement about the speaker's own act is folded into that act, unless the text dates it and its content lies ahead."""

from __future__ import annotations

from tests.helpers import extract_text


def _codes(extraction) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    text = extraction.article.text
    return [(e.cameo, e.trigger.text(text)) for e in extraction.events]


def test_a_self_report_is_one_event_attributed_to_the_speaker(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Japan said on Tuesday it had halted economic aid to Serbia.")
    assert [c for c, _ in _codes(x)] and all(not c.startswith("01") for c, _ in _codes(x))
    (halted,) = [e for e in x.events if e.cameo.startswith("16")]
    japan = {a.id for a in x.actors if a.name == "Japan"}
    assert halted.source in japan and halted.attributed_to in japan
    assert halted.reported_by is None


def test_a_report_of_another_actors_act_stays_a_statement(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Japan said on Tuesday that Russia had halted economic aid to Serbia.")
    codes = [c for c, _ in _codes(x)]
    assert "010" in codes and any(c.startswith("16") for c in codes)
    (said,) = [e for e in x.events if e.cameo == "010"]
    assert any(e.reported_by == said.id for e in x.events)


def test_what_a_rejected_request_asks_for_is_no_event(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Yemen rejected a Saudi request to interrogate the detainees.")
    codes = [c for c, _ in _codes(x)]
    assert any(c.startswith("12") for c in codes)
    assert not any(c.startswith("09") for c in codes), "the interrogation was asked for, it did not happen"


def test_an_attempt_to_act_stays_an_event(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "An attempt by rebels to assassinate the governor of Kano failed.")
    assert any(c.startswith("18") for c, _ in _codes(x))


def test_a_folded_dated_statement_bounds_its_content(extractor) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    x = extract_text(extractor, "Japan said on Monday it had halted economic aid to Serbia.", "2021-05-05")
    (halted,) = [e for e in x.events if e.cameo.startswith("16")]
    assert (halted.time.earliest, halted.time.latest) == (None, dt.date(2021, 5, 3))
    assert halted.time.anchor.value == "discourse"


def test_a_dated_statement_is_an_event_even_when_its_content_is_none(extractor) -> None:  # type: ignore[no-untyped-def]
    dated = extract_text(extractor, "Foreign Minister Ana Diaz said on Monday that the weather was mild in Lima.", "2021-05-05")
    assert "010" in [c for c, _ in _codes(dated)]
    undated = extract_text(extractor, "Diplomats said that the weather was mild in Lima.", "2021-05-05")
    assert "010" in [c for c, _ in _codes(undated)], "an undated plain statement is a statement too"


def test_a_dated_conditional_threat_keeps_its_statement(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Japan said on Monday it would halt economic aid to Serbia if the fighting went on.")
    (said,) = [e for e in x.events if e.cameo == "010"]
    assert said.time.anchor.value == "explicit"
    (halt,) = [e for e in x.events if e.cameo.startswith("13")]
    assert halt.modality.value == "conditional" and halt.reported_by == said.id


def test_an_undated_conditional_threat_is_folded(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Japan said it would halt economic aid to Serbia if the fighting went on.")
    assert [e.cameo[:2] for e in x.events] == ["13"]


def test_a_dated_report_of_a_done_act_is_still_folded(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Japan said on Monday it had halted economic aid to Serbia.")
    assert not any(e.cameo.startswith("01") for e in x.events)
    assert [(e.cameo, e.source, e.target) for e in x.events] == [("1621", "jpn", "srb")]
