"""Agents behind instruments and unnamed agents (sentences written for these tests)."""

from __future__ import annotations

from tests.helpers import dyads as _dyads
from tests.helpers import extract_text as _extract


def test_agency_instrument_acts_for_its_by_agent(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "The Cuban embargo law, enacted by the United States in protest at the seizures, prohibited imports of sugar and tobacco."
    dyads = _dyads(_extract(extractor, text))
    assert ("16", "USA", "CUB") in dyads


def test_agency_owned_statement_is_not_its_carrier(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "The Chilean Foreign Ministry statement, carried by the Xinhua news agency, said the arrest of the fishermen was unlawful."
    sources = {e.source for e in _extract(extractor, text).events if e.cameo.startswith("01")}
    assert not any(s and "xinhua" in s.lower() for s in sources)
    # An instrument no one owns acts for its "by" agent.
    unowned = _extract(extractor, "A sanctions law, enacted by Peru, banned imports from Chile.")
    assert ("16", "PER", "CHL") in _dyads(unowned)


def test_agency_unnamed_attacker_is_an_unidentified_force_of_the_place(extractor) -> None:  # type: ignore[no-untyped-def]
    x = _extract(extractor, "Two Canadian soldiers were killed by a mine outside the Afghan city of Kandahar.")
    assert any(root in {"18", "19", "20"} and src == "AFG" for root, src, _ in _dyads(x))
    actors = {a.id: a for a in x.actors}
    (violent,) = [e for e in x.events if e.cameo[:2] in {"18", "19", "20"}]
    agent = actors[violent.source or ""]
    assert (agent.name, agent.code, agent.kind.value) == ("unidentified attackers in Afghanistan", "AFGUAF", "GROUP")
    assert violent.source != next(a.id for a in x.actors if a.name == "Afghanistan"), "the country itself is not the attacker"


def test_agency_unnamed_investigator_is_the_authorities_of_the_place(extractor) -> None:  # type: ignore[no-untyped-def]
    x = _extract(extractor, "A Dutch businessman has been put under investigation in Spain for fraud.")
    assert ("09", "ESP", "NLD") in _dyads(x)
    assert "authorities in Spain" in {a.name for a in x.actors}


def test_agency_place_inside_a_relative_clause_is_not_the_agent(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Two trawlers were seized in the strait which separates Denmark and Sweden."
    events = _extract(extractor, text).events
    actors = {a.id: a for a in _extract(extractor, text).actors}
    assert all(e.source is None or actors[e.source].country not in {"DNK", "SWE"} for e in events if e.cameo.startswith("17"))


def test_agency_subject_place_country_may_be_the_target(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Farmers in the Kurdish region of Iraq set fire to the offices of the Iraqi tax collectors on Monday."
    dyads = _dyads(_extract(extractor, text))
    assert any(root == "17" and tgt == "IRQ" for root, _, tgt in dyads)


def test_agency_stance_modifier_is_not_the_victim(extractor) -> None:  # type: ignore[no-untyped-def]
    # "anti-Iran" says what the activist opposes, not who the activist is.
    x = _extract(extractor, "An outspoken anti-Iran activist was shot dead in a market in central Baghdad.")
    dyads = {d for d in _dyads(x) if d[0] in {"18", "19", "20"}}
    assert dyads, "the killing is coded"
    assert all(tgt != "IRN" for _, _, tgt in dyads)
    assert ("18", "IRQ", "IRQ") in dyads or ("19", "IRQ", "IRQ") in dyads or ("20", "IRQ", "IRQ") in dyads
