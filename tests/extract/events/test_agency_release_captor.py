"""Releases: the captor of agentless releases, captives held in a relative clause, exchanges (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from kg.model import Event, Extraction
from tests.helpers import extract_text


def _releases(extraction: Extraction) -> set[tuple[str | None, str | None]]:
    actors = {a.id: a for a in extraction.actors}

    def code(actor_id: str | None) -> str | None:
        actor = actors.get(actor_id or "")
        return None if actor is None else (actor.code or actor.country or "")[:3] or None

    return {(code(e.source), code(e.target)) for e in extraction.events if e.cameo.startswith("084")}


def test_holder_releases_the_captives_it_held(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Three aid workers who had been held by Syrian rebels were released on Friday.")
    assert any(src == "SYR" for src, _ in _releases(x))


def test_counterpart_of_a_swap_is_not_the_released_party(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Two sailors were released on Monday in a prisoner swap for five Iranian officers.")
    assert not any(tgt == "IRN" for _, tgt in _releases(x))
    assert [(e.cameo, e.target) for e in x.events] == [("0841", "two-sailors")]


def _release(extraction: Extraction) -> Event:
    return next(e for e in extraction.events if e.cameo.startswith("084"))


def _code(extraction: Extraction, actor_id: str | None) -> str | None:
    actor = next((a for a in extraction.actors if a.id == actor_id), None)
    return None if actor is None else (actor.code or actor.country or "")[:3] or None


def test_frames_release_year_ends_the_relative_clause(extractor) -> None:  # type: ignore[no-untyped-def]
    # "since 2019" dates the holding; the release is dated by its own weekday.
    x = extract_text(
        extractor,
        "Three aid workers who had been held by the rebels in Mali since 2019 were freed Monday in an exchange of prisoners.",
        published="2021-05-04",
    )
    event = _release(x)
    assert event.time.earliest == dt.date(2021, 5, 3) == event.time.latest
    assert _code(x, event.source) == "MLI"
    # The captives, not the year, are the released party.
    assert event.target is not None and "worker" in event.target


def test_frames_release_holder_in_clause_on_apposition(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(
        extractor,
        "Three aid workers — a Briton and two Canadians — who had been held by the rebels in Mali since 2019 were released Monday.",
        published="2021-05-04",
    )
    event = _release(x)
    assert event.source is not None and "rebels" in event.source
    assert event.time.earliest == dt.date(2021, 5, 3)
