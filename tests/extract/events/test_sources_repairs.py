"""Argument repairs: subjects and conjoined parties the parse hides (sentences written for these tests)."""

from __future__ import annotations

from tests.helpers import dyads as _dyads
from tests.helpers import extract_text as _extract


def test_conjoined_name_modifiers_each_act(extractor) -> None:  # type: ignore[no-untyped-def]
    dyads = _dyads(_extract(extractor, "U.S. and Russian negotiators return to Geneva this week for talks on limiting missiles."))
    assert ("04", "RUS", "USA") in dyads
    assert ("04", "USA", "RUS") in dyads


def test_subject_of_a_predicative_adjective_acts(extractor) -> None:  # type: ignore[no-untyped-def]
    dyads = _dyads(_extract(extractor, "Iran is capable of striking Israel."))
    assert ("19", "IRN", "ISR") in dyads


def test_conjoined_subjects_of_a_predicative_adjective(extractor) -> None:  # type: ignore[no-untyped-def]
    dyads = _dyads(_extract(extractor, "Both the Philippine military and the Moro Islamic Liberation Front are guilty of violating the ceasefire agreement."))
    assert any(src == "PHL" for _, src, _ in dyads)
    assert any(tgt == "PHL" for _, _, tgt in dyads)


def test_a_party_named_deep_in_the_phrase_beats_the_place(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Prisoners rioted at a jail in Kenya's capital Nairobi on Friday joining hundreds of workers in demanding a referendum on independence from Ugandan rule."
    dyads = _dyads(_extract(extractor, text))
    assert ("14", "KEN", "UGA") in dyads


def test_passive_by_agent_hung_on_the_governing_verb(extractor) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers import extract_text

    text = "Opposition leader Jose Mendoza has been accused of misusing up to $20 million in public funds, much of it believed to have been stolen, by current Venezuelan government officials."
    x = extract_text(extractor, text)
    actors = {a.id: a for a in x.actors}
    accusations = [e for e in x.events if e.cameo.startswith("11")]
    assert accusations
    assert any(e.source and (actors[e.source].code or "").startswith("VEN") for e in accusations)
