"""Visits: the traveller and the destination of a travel noun (sentences written for these tests)."""

from __future__ import annotations

import pytest

from kg.model import Extraction
from tests.helpers import extract_text


def _visits(extraction: Extraction) -> set[tuple[str | None, str | None]]:
    return {(e.source, e.target) for e in extraction.events if e.cameo == "042"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lula's Chile visit was postponed on Monday.", ("lula", "chl")),
        ("The French president's US visit ended on Friday.", ("fra-government", "usa")),
        ("A China trip by the Italian premier ended on Friday.", ("ita-government", "chn")),
    ],
    ids=["possessor-visits-country", "titled-possessor", "by-phrase-traveller"],
)
def test_frames_place_modifier_of_visit_is_destination(extractor, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert _visits(extract_text(extractor, text)) == {expected}
