"""A later bare "said" by a speaker who already made a statement continues it."""

from __future__ import annotations

from kg.model import Article
from tests.helpers import extract_text

_OPENING = "Foreign Minister Ana Diaz said on Monday that rebels had attacked a convoy near Tumbes."


def _statements(extraction):  # type: ignore[no-untyped-def]
    return [e for e in extraction.events if e.cameo.startswith("01")]


def test_later_bare_attributions_continue_the_first_statement(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, _OPENING + " “We will not give in to terror,” Diaz said. Diaz said the rebels had also kidnapped two engineers.")
    (said,) = _statements(x)
    assert said.time.anchor.value == "explicit", "the dated opening statement is the one kept"
    (kidnap,) = [e for e in x.events if e.cameo.startswith("18")]
    assert kidnap.reported_by == said.id, "content of a dropped attribution is re-pointed to the statement it continues"
    ids = {e.id for e in x.events}
    assert all(e.reported_by is None or e.reported_by in ids for e in x.events)


def test_a_dated_later_statement_is_a_new_statement(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, _OPENING + " Diaz said on Tuesday the rebels had also kidnapped two engineers.")
    assert len(_statements(x)) == 2
    (kidnap,) = [e for e in x.events if e.cameo.startswith("18")]
    assert kidnap.reported_by == _statements(x)[1].id


def test_an_earlier_act_that_is_no_statement_is_not_continued(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Foreign Minister Ana Diaz met Chilean envoys on Monday. “We will not give in to terror,” Diaz said.")
    assert [e.cameo for e in _statements(x)] == ["010"]


def test_another_speakers_statement_is_not_continued(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, _OPENING + " “We will not give in to terror,” President Luis Vega said.")
    assert len(_statements(x)) == 2


def _event(event_id: str, text: str, word: str, cameo: str = "010", modality: str = "asserted", **kw):  # type: ignore[no-untyped-def]
    from kg.model import DatePrecision, Event, EventTime, Modality, Span, TimeAnchor

    start = text.index(word, int(event_id[1:]))
    undated = EventTime(None, None, DatePrecision.UNKNOWN, TimeAnchor.PUBLICATION)
    return Event(event_id, Span(start, start + len(word)), cameo, Span(0, len(text)), undated, Modality(modality), **kw)


def test_a_planned_statement_is_no_speech_to_continue() -> None:
    from kg.extract.events.restatement import drop_restatements

    text = "Vega was expected to assure Lima. Vega said it was cold."
    planned = _event("e0", text, "assure", modality="planned", source="vega")
    said = _event("e34", text, "said", source="vega")
    article = Article("t", text, ())
    assert drop_restatements([planned, said], article) == [planned, said]
    happened = _event("e0", text, "assure", source="vega")
    assert drop_restatements([happened, said], article) == [happened]


def test_a_denial_of_a_dropped_attribution_denies_the_statement_it_continues() -> None:
    from kg.extract.events.restatement import drop_restatements

    text = "Vega spoke. Vega said it. Ruiz denied it."
    first = _event("e0", text, "spoke", source="vega")
    again = _event("e12", text, "said", source="vega")
    denial = _event("e26", text, "denied", cameo="013", source="ruiz", denies="e12")
    out = drop_restatements([first, again, denial], Article("t", text, ()))
    assert [e.id for e in out] == ["e0", "e26"] and out[1].denies == "e0"


def test_a_bare_said_continues_an_earlier_apology(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "President Luis Vega apologized to Chile on Monday. “I deeply regret the incident,” Vega said.")
    assert [e.cameo for e in x.events if e.source and "vega" in e.source] == ["055"]


def test_said_in_the_sentence_of_an_announcement_continues_it(extractor) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers import extract_text

    text = "When Chilean President Ana Moreau first announced the border deal last week, she said Santiago had secured guarantees from Peru."
    speech = [e for e in extract_text(extractor, text).events if e.cameo.startswith("01")]
    assert len(speech) == 1, "one speech act, dated once by the clause it shares"
