"""Argument selection: which actor a predicate's phrase makes its source or target (sentences written for these tests)."""

from __future__ import annotations

from kg.model import Extraction
from tests.helpers import extract_text as _extract


def _dyads(extraction: Extraction) -> set[tuple[str, str | None, str | None]]:
    actors = {a.id: a for a in extraction.actors}

    def code(actor_id: str | None) -> str | None:
        actor = actors.get(actor_id or "")
        return None if actor is None else (actor.code or actor.country)

    return {(e.cameo[:3], (code(e.source) or "")[:3] or None, (code(e.target) or "")[:3] or None) for e in extraction.events}


def test_rallied_support_targets_the_supported_party(extractor) -> None:  # type: ignore[no-untyped-def]
    dyads = _dyads(_extract(extractor, "Brazil urged Argentina on Monday to support Bolivia."))
    assert ("053", "BRA", "BOL") in dyads


def test_misparsed_subject_phrase_is_not_the_target(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Kuwait's emir, Sheikh Sabah bin Ahmad al-Jaber launched a mediation effort on Monday between Qatar and Bahrain."
    dyads = _dyads(_extract(extractor, text))
    assert ("045", "KWT", "QAT") in dyads
    assert ("045", "KWT", "KWT") not in dyads


def test_the_talks_of_an_earlier_sentence_give_their_partner(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Chile and Peru had been holding talks on fishing rights. Bolivia scuttled the talks in May."
    dyads = _dyads(_extract(extractor, text))
    assert any(root.startswith("12") and src == "BOL" and tgt == "PER" for root, src, tgt in dyads)


def test_talks_the_actor_took_part_in_give_no_target(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Chile and Peru had been holding talks on fishing rights. Peru scuttled the talks in May."
    dyads = _dyads(_extract(extractor, text))
    assert not any(root.startswith("12") and tgt is not None for root, src, tgt in dyads)
    assert ("125", "PER", None) in dyads, "the rejection is Peru's"


def _target_names(extraction: Extraction, root: str) -> set[str | None]:
    actors = {a.id: a for a in extraction.actors}
    return {(actors[e.target].name if e.target in actors else None) for e in extraction.events if e.cameo.startswith(root)}


def test_an_unnamed_collective_object_is_the_one_warned(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Argentina warned neighbouring right-wing states not to allow the rebels to enter Bolivia."
    targets = _target_names(_extract(extractor, text), "1")
    assert targets and all(t is not None and "states" in t.lower() for t in targets)


def test_the_source_of_a_report_is_no_target(extractor) -> None:  # type: ignore[no-untyped-def]
    """"According to X" names who reports the act, not whom it hits."""
    for text in (
        "According to Peruvian police, gunmen attacked a bus near Cusco on Monday.",
        "Chilean jets struck targets near Arica on Monday, according to Peruvian state media.",
    ):
        extraction = _extract(extractor, text)
        actors = {a.id: a for a in extraction.actors}
        attacks = [e for e in extraction.events if e.cameo.startswith("19")]
        assert attacks, text
        for event in attacks:
            target = actors.get(event.target or "")
            assert target is None or target.code not in {"PERCOP", "PERMED"}, (text, target)


def test_the_two_sides_act_on_each_other(extractor) -> None:  # type: ignore[no-untyped-def]
    """"The two sides" are the pair named just before, each acting on the other."""
    text = "Peru and Chile held talks in Lima on Monday. The two sides signed a trade accord."
    extraction = _extract(extractor, text)
    accords = {(e.source, e.target) for e in extraction.events if e.cameo.startswith("05") or e.cameo.startswith("06")}
    assert {("per", "chl"), ("chl", "per")} <= accords, [(e.cameo, e.source, e.target) for e in extraction.events]
