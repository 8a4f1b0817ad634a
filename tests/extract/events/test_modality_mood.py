"""Modality from modals and readiness: planned, speculated, conditional (sentences written for these tests)."""

from __future__ import annotations

from kg.model import Modality
from tests.helpers import extract_text


def _modalities(extractor, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, text)
    assert x.events, text
    return {e.modality.value for e in x.events}


def test_would_puts_the_act_ahead(extractor) -> None:  # type: ignore[no-untyped-def]
    assert _modalities(extractor, "The new fund would also donate vaccines to Malawi.") == {"planned"}


def test_might_and_could_speculate(extractor) -> None:  # type: ignore[no-untyped-def]
    assert _modalities(extractor, "Rebels from Ecuador might attack the capital of Peru before the vote.") == {"hypothetical"}
    assert _modalities(extractor, "Rebels from Ecuador could attack the capital of Peru before the vote.") == {"hypothetical"}


def test_would_have_is_counterfactual(extractor) -> None:  # type: ignore[no-untyped-def]
    assert _modalities(extractor, "The bomb would have killed dozens of Peruvian soldiers.") == {"hypothetical"}


def test_would_later_tells_what_happened(extractor) -> None:  # type: ignore[no-untyped-def]
    assert _modalities(extractor, "The Peruvian army would later arrest the rebel leader Juan Ortiz.") == {"asserted"}


def test_a_negated_modal_stays_negated(extractor) -> None:  # type: ignore[no-untyped-def]
    assert _modalities(extractor, "The Peruvian army could not arrest the rebel leader Juan Ortiz.") == {"negated"}


def _modality_of(extractor, text: str, root: str) -> str:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, text)
    (event,) = [e for e in x.events if e.cameo.startswith(root)]
    return event.modality.value


def test_a_purpose_infinitive_is_aimed_at(extractor) -> None:  # type: ignore[no-untyped-def]
    # The sending happened (the field's SEND * ENVOY, 042); the negotiation is aimed at.
    x = extract_text(extractor, "Peru sent two envoys to Santiago to negotiate with Chile.")
    assert {e.modality.value for e in x.events if e.cameo.startswith("046")} == {"planned"}
    assert {e.modality.value for e in x.events if e.cameo == "042"} == {"asserted"}


def test_the_infinitive_of_a_plan_is_planned(extractor) -> None:  # type: ignore[no-untyped-def]
    assert _modality_of(extractor, "Rebels in Peru revealed their plan to attack the Chilean embassy.", "19") == "planned"


def test_a_foiled_attempt_did_not_take_place(extractor) -> None:  # type: ignore[no-untyped-def]
    assert _modality_of(extractor, "An attempt by rebels to assassinate the governor of Cusco was foiled.", "18") == "negated"


def test_would_not_hesitate_to_use_force_is_a_threat(extractor) -> None:  # type: ignore[no-untyped-def]
    events = extract_text(extractor, "Russia would not hesitate to use force against Georgia.").events
    assert [(e.cameo[:3], e.modality) for e in events] == [("138", Modality.CONDITIONAL)]


def test_would_not_hesitate_to_act_is_no_planned_attack(extractor) -> None:  # type: ignore[no-untyped-def]
    events = extract_text(extractor, "Ottawa would not hesitate to take action to stop the offensive, the minister said.").events
    threats = [e for e in events if e.cameo.startswith("13")]
    assert threats and all(e.modality is Modality.CONDITIONAL for e in threats)
    assert not any(e.cameo.startswith(("18", "19", "20")) and e.modality is Modality.ASSERTED for e in events), "no attack happened"


def test_not_ruling_out_strikes_is_a_threat(extractor) -> None:  # type: ignore[no-untyped-def]
    events = extract_text(extractor, "Israel did not rule out strikes on Iran.").events
    assert [(e.cameo[:2], e.modality) for e in events] == [("13", Modality.CONDITIONAL)]


def test_hesitating_alone_is_no_threat(extractor) -> None:  # type: ignore[no-untyped-def]
    events = extract_text(extractor, "The minister hesitated to criticize Peru.").events
    assert not [e for e in events if e.cameo.startswith("13")]
    assert [e.cameo for e in events] == ["111"], "the criticism itself stays"


def test_an_act_whose_consequences_are_supposed_is_hypothetical(extractor) -> None:  # type: ignore[no-untyped-def]
    # The attack is the subject of "would invoke": only supposed, not asserted.
    assert _modality_of(extractor, "An armed attack on Chilean ships would invoke the defence treaty with Peru.", "19") == "hypothetical"
