"""Relations shared by coordinated persons: "X and Y, both professors at Z"."""

from __future__ import annotations

from typing import Any

from tests.helpers import extract_text


def test_plural_apposition_describes_each_conjunct(extractor: Any) -> None:
    text = "Tim Hooke and Kevin Lane, both professors at Cairo University, were released on Monday."
    extraction = extract_text(extractor, text)
    members = {r.subject for r in extraction.relations if r.predicate.value == "member_of" and r.object == "cairo-university"}
    assert members == {"tim-hooke", "kevin-lane"}
