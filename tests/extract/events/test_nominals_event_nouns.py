"""Event nouns, quoted wording and new lexicon frames (sentences written for these tests)."""

from __future__ import annotations

import pytest

from kg.model import Extraction
from tests.helpers import extract_text as _extract




def _coded(extraction: Extraction) -> set[tuple[str, str | None, str | None]]:
    actors = {a.id: a for a in extraction.actors}

    def code(actor_id: str | None) -> str | None:
        actor = actors.get(actor_id or "")
        return None if actor is None else (actor.code or actor.country or "")[:3]

    return {(e.cameo[:2], code(e.source), code(e.target)) for e in extraction.events}


def test_events_nominal_visit_with_possessor(extractor) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(_extract(extractor, "Officials said the main aim of Norway's visit to Chile was trade."))
    assert ("04", "NOR", "CHL") in coded


def test_events_nominal_conflict_noun_takes_of_as_target(extractor) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(_extract(extractor, "Prices have risen since Peru's invasion of Bolivia began."))
    assert ("19", "PER", "BOL") in coded


def test_events_quoted_verb_without_named_actor_is_not_an_event(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "“The city was destroyed by an unruly power,” the Kenyan minister said.")
    assert not any(e.cameo.startswith("17") for e in extraction.events)
    assert [e.cameo for e in extraction.events] == ["010"], "the minister's statement stays"


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Parliament sacked the prime minister on Monday.", "17"),
        ("The army crushed a rebel offensive near the border.", "19"),
        ("The rebels released a video of the captives.", "01"),
        ("The ministry called a press conference for Friday.", "01"),
        ("General Ana Ruiz of Peru oversaw a military exercise near the coast.", "15"),
        ("Kenya carried out nuclear tests last year.", "15"),
        ("The Peruvian president scuttled the talks with Chile in September.", "12"),
    ],
    ids=["sack", "crush-offensive", "release-video", "press-conference", "oversee-exercise", "weapons-test", "scuttle-talks"],
)
def test_events_lexicon_frames(extractor, text: str, root: str) -> None:  # type: ignore[no-untyped-def]
    assert any(e.cameo.startswith(root) for e in _extract(extractor, text).events)


@pytest.mark.parametrize(
    ("text", "root", "source"),
    [
        ("Talks stalled with the rebels of Peru, who have long refused to negotiate with Chile.", "12", None),
        ("A Chilean delegation was scheduled to meet Peru's president on Monday.", "04", "CHL"),
        ("Norway is due to meet Sweden next week.", "04", "NOR"),
    ],
    ids=["relative-pronoun", "scheduled-passive", "due-to"],
)
def test_events_subject_through_relative_and_control(extractor, text: str, root: str, source: str | None) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(_extract(extractor, text))
    assert any(r == root and s is not None and (source is None or s == source) for r, s, _ in coded), coded
