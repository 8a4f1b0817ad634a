"""Dyad choices: mutual acts, preferred targets (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.helpers import dyads as _dyads
from tests.helpers import extract_text as _extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile held talks with Peru on Monday.", {("04", "CHL", "PER"), ("04", "PER", "CHL")}),
        ("Norway has been sharing intelligence with Denmark.", {("06", "NOR", "DNK"), ("06", "DNK", "NOR")}),
    ],
    ids=["talks-with", "sharing-with"],
)
def test_dyads_act_with_a_partner_is_mutual(extractor, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert expected <= _dyads(_extract(extractor, text))


def test_dyads_visit_keeps_its_direction(extractor) -> None:  # type: ignore[no-untyped-def]
    dyads = _dyads(_extract(extractor, "Chile visited Peru on Monday."))
    assert ("04", "CHL", "PER") in dyads
    assert ("04", "PER", "CHL") not in dyads


def test_dyads_complaint_targets_what_it_is_about(extractor) -> None:  # type: ignore[no-untyped-def]
    dyads = _dyads(_extract(extractor, "Peru complained to the United Nations on Monday over two Chilean air raids."))
    assert ("11", "PER", "CHL") in dyads


def test_dyads_name_qualifying_a_modifier_is_the_agent(extractor) -> None:  # type: ignore[no-untyped-def]
    dyads = _dyads(_extract(extractor, "Recent US drone attacks have killed at least eight militant leaders."))
    assert any(src == "USA" for _, src, _ in dyads)


def test_dyads_conjoined_partners_after_a_qualified_noun(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Morocco would be ready to host a meeting between an Israeli peace group and the Palestine Liberation Organization."
    dyads = _dyads(_extract(extractor, text))
    assert {("03", "MAR", "ISR"), ("03", "MAR", "PSE")} <= dyads


def test_dyads_place_of_the_act_yields_to_a_named_opponent(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Thousands of people blocked roads in Taiwan in defiance of Chinese authorities to demand reforms."
    dyads = _dyads(_extract(extractor, text))
    assert any(root == "14" and tgt == "CHN" for root, _, tgt in dyads)


def test_dyads_uncoded_speaker_acts_through_a_coded_apposition(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Marta Quispel, the United Nations Emergency Relief Coordinator, demanded that Syria allow aid workers into Idlib."
    dyads = _dyads(_extract(extractor, text))
    assert any(root == "10" and src == "IGO" for root, src, _ in dyads)


def test_dyads_spokesman_issues_his_sides_conditional_threat(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Russian Deputy Foreign Minister Ivan Petrov said that Moscow will resume nuclear tests if Washington does so first."
    extraction = _extract(extractor, text)
    actors = {a.id: a.name for a in extraction.actors}
    threats = [e for e in extraction.events if e.cameo.startswith("13")]
    assert threats and actors.get(threats[0].source or "") == "Ivan Petrov"


def test_dyads_reported_threat_of_another_side_keeps_its_source(extractor) -> None:  # type: ignore[no-untyped-def]
    dyads = _dyads(_extract(extractor, "Peru said that Chile will attack Bolivia if the talks fail."))
    assert not any(root == "13" and src == "PER" for root, src, _ in dyads)
    assert ("13", "CHL", "BOL") in dyads
