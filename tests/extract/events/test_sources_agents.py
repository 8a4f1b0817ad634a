"""Passive agents named through their possessor (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Three villages were shelled on Monday by the Syrian army's 4th Division.", "syr-armed-forces"),
        ("The convoy was attacked by Hamas' armed wing.", "hamas"),
    ],
    ids=["army-division", "armed-wing"],
)
def test_frames_unit_of_a_named_force_is_the_agent(extractor, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    attacks = [e for e in extract_text(extractor, text).events if e.cameo.startswith("19")]
    assert [(e.source, e.target) for e in attacks] == [(source, None)]


def test_frames_name_with_human_apposition_is_a_person_object(lexicon, nlp) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers import cameo_codes

    # The tagger cannot type the name; its apposition says it is a person.
    assert "172" in cameo_codes(nlp, lexicon, "Mbeki, a veteran of the liberation struggle, was ousted in 2008.")
    assert "172" in cameo_codes(nlp, lexicon, "Ngata, a hardline Marxist and a veteran of two wars, was ousted in 1986.")


def test_frames_killing_an_official_is_an_assassination(lexicon, nlp) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers import cameo_codes

    assert cameo_codes(nlp, lexicon, "Gunmen killed the deputy mayor of the town on Friday.") == ["186"]
    # Killing people who hold no office stays plain violence.
    assert cameo_codes(nlp, lexicon, "Gunmen killed three villagers on Friday.") == ["190"]


def test_frames_overriding_a_veto_rejects_its_author(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "US lawmakers voted on Tuesday to override President Donald Trump's veto.")
    assert ("120", "usa-lawmakers", "donald-trump") in {(e.cameo, e.source, e.target) for e in x.events}


def test_a_crowd_the_parser_made_the_root_still_acts(extractor) -> None:  # type: ignore[no-untyped-def]
    """"Thousands protested in Lima." parsed with "Thousands" as root: the crowd demonstrates (141), Peruvian civilians."""
    extraction = extract_text(extractor, "Thousands protested in Lima.")
    actors = {a.id: a for a in extraction.actors}
    protests = [e for e in extraction.events if e.cameo.startswith("14")]
    assert protests, [(e.cameo, e.source) for e in extraction.events]
    assert actors[protests[0].source or ""].country == "PER"
