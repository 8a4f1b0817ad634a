"""A when-clause happens with its main clause (sentences written for these tests)."""

from __future__ import annotations

from tests.helpers import extract_text


def test_when_clause_time_dates_the_main_clause(extractor) -> None:  # type: ignore[no-untyped-def]
    # Published on Tuesday 2021-05-04.
    text = "A Chilean soldier was killed and four were wounded when a grenade was thrown at a checkpoint in Arica this morning, the army said."
    killed = [e for e in extract_text(extractor, text).events if e.cameo.startswith("19") or e.cameo.startswith("18")]
    assert killed, "the killing is an event"
    assert all(e.time.earliest is not None and e.time.earliest.isoformat() == "2021-05-04" for e in killed)


def test_main_clause_keeps_its_own_time(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Peruvian police arrested two Chilean activists on Sunday when the protesters marched on Monday."
    arrests = [e for e in extract_text(extractor, text).events if e.cameo.startswith("173")]
    assert arrests and all(e.time.earliest is not None and e.time.earliest.isoformat() == "2021-05-02" for e in arrests)
