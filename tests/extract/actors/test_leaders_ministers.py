"""Foreign and defence ministers of the dated leaders table in text (people real, sentences written for these tests)."""

from __future__ import annotations

import pytest

from kg.model import RelationKind
from tests.helpers import extract_text as _extract


@pytest.mark.parametrize(
    ("published", "expected"),
    [("2021-03-10", {"Wang Yi": "CHNGOV", "Antony Blinken": "USAGOV"}), ("2030-03-10", {"Wang Yi": None, "Antony Blinken": None})],
    ids=["in-office", "table-stale"],
)
def test_actors_minister_named_alone_is_their_government(extractor, published: str, expected: dict[str, str | None]) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Wang Yi met Antony Blinken in Alaska.", published)
    codes = {a.name: a.code for a in extraction.actors if a.name in expected}
    assert codes == expected
    # A minister is no leader: the table gives a code, never a leader_of relation.
    assert not any(r.predicate is RelationKind.LEADER_OF for r in extraction.relations)


def test_actors_former_minister_is_an_elite(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Mike Pompeo spoke at a conference in Dallas.", "2023-06-01")
    pompeo = next(a for a in extraction.actors if a.name == "Mike Pompeo")
    assert pompeo.code == "USAELI"


def test_actors_titled_minister_is_minister_of_the_country(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Russian Defence Minister Sergey Shoygu met Chinese Foreign Minister Wang Yi in Moscow."
    extraction = _extract(extractor, text, "2021-06-01")
    actors = {a.name: a for a in extraction.actors}
    assert actors["Wang Yi"].code == "CHNGOV" and actors["Sergey Shoygu"].country == "RUS"
    kinds = {(r.subject, r.predicate) for r in extraction.relations}
    assert (actors["Wang Yi"].id, RelationKind.MINISTER_OF) in kinds
    assert not any(r.predicate is RelationKind.LEADER_OF for r in extraction.relations)
