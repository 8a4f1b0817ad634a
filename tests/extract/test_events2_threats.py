"""Readiness stated by negation is a conditional threat (sentences written for these tests)."""

from __future__ import annotations

from tests.helpers import extract_text

from kg.model import Modality


def test_would_not_hesitate_to_use_force_is_a_threat(extractor) -> None:  # type: ignore[no-untyped-def]
    events = extract_text(extractor, "Russia would not hesitate to use force against Georgia.").events
    assert [(e.cameo[:3], e.modality) for e in events] == [("138", Modality.CONDITIONAL)]


def test_would_not_hesitate_to_act_is_no_planned_attack(extractor) -> None:  # type: ignore[no-untyped-def]
    events = extract_text(extractor, "Ottawa would not hesitate to take action to stop the offensive, the minister said.").events
    codes = [e.cameo for e in events if not e.cameo.startswith("01")]
    assert codes and all(c.startswith("13") for c in codes)
    assert all(e.modality is Modality.CONDITIONAL for e in events if e.cameo.startswith("13"))


def test_not_ruling_out_strikes_is_a_threat(extractor) -> None:  # type: ignore[no-untyped-def]
    events = extract_text(extractor, "Israel did not rule out strikes on Iran.").events
    assert [(e.cameo[:2], e.modality) for e in events] == [("13", Modality.CONDITIONAL)]


def test_hesitating_alone_is_no_threat(extractor) -> None:  # type: ignore[no-untyped-def]
    events = extract_text(extractor, "The minister hesitated to criticize Peru.").events
    assert not [e for e in events if e.cameo.startswith("13")]
