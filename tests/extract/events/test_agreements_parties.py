"""The signatory of a treaty a history participle describes (sentences written for these tests)."""

from __future__ import annotations

from kg.model import Extraction
from tests.helpers import extract_text as _extract


def _signings(extraction: Extraction) -> set[str | None]:
    actors = {a.id: a for a in extraction.actors}
    out: set[str | None] = set()
    for event in extraction.events:
        if event.cameo.startswith("057"):
            actor = actors.get(event.source or "")
            out.add(None if actor is None else (actor.code or actor.country or "")[:3])
    return out


def test_party_withdrawn_from_a_treaty_ratified_it(extractor) -> None:  # type: ignore[no-untyped-def]
    x = _extract(extractor, "The new law withdraws Japan from the whaling convention, signed in 1946 and ratified in 1951.")
    assert "JPN" in _signings(x)


def test_a_commenting_verb_names_no_signatory(extractor) -> None:  # type: ignore[no-untyped-def]
    x = _extract(extractor, "Germany criticised the fishing treaty, ratified in 1990.")
    assert "DEU" not in _signings(x)
    assert any(e.cameo == "111" and e.source == "deu" for e in x.events), "the criticism is Germany's"
