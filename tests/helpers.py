"""Small helpers shared by test modules (fixtures live in conftest.py)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from kg.document import build_article
from kg.extract import extract_articles
from kg.model import Extraction


def extract_text(extractor: Any, text: str, published: str = "2021-05-04", disabled: frozenset[str] = frozenset()) -> Extraction:
    """Extract one short text written for a test, as an article published on ``published``, with ``disabled`` rules off."""
    article = build_article({"id": "t", "text": text, "published": published}, origin="test")
    if disabled:
        extractor = replace(extractor, disabled=extractor.disabled | disabled)
    result = next(extract_articles([article], extractor))
    assert isinstance(result, Extraction)
    return result


def cameo_codes(nlp: Any, lexicon: Any, text: str) -> list[str]:
    """The CAMEO codes the coder gives the predicates of ``text`` (speech verbs left out)."""
    from kg.extract.events.cameo import code_span

    return [m.code for m in code_span(nlp(text), lexicon) if not m.reporting]


def dyads(extraction: Extraction) -> set[tuple[str, str | None, str | None]]:
    """Each event as (CAMEO root, source country, target country), the country-level dyad."""
    actors = {a.id: a for a in extraction.actors}

    def code(actor_id: str | None) -> str | None:
        actor = actors.get(actor_id or "")
        return None if actor is None else (actor.code or actor.country)

    return {(e.cameo[:2], (code(e.source) or "")[:3] or None, (code(e.target) or "")[:3] or None) for e in extraction.events}


#: The actors stage's places, read before the output rule drops those no event or relation names.
ALL_PLACES = frozenset({"idle_places_are_no_actors"})
