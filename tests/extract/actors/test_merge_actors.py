"""How mentions merge into one actor (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text as _extract

from kg.document import build_article
from kg.extract import extract_articles
from kg.model import Actor, Extraction




def _owner(extraction: Extraction, alias: str) -> Actor:
    return next(a for a in extraction.actors if alias in a.aliases)


@pytest.mark.parametrize(
    ("text", "alias", "actor_id"),
    [
        ("Chile signed the treaty on Monday. Santiago said it would ratify it soon.", "Santiago", "chl"),
        ("Chile signed the treaty on Monday. Chilean officials said it would be ratified.", "Chilean officials", "chl"),
        ("Chile signed the treaty on Monday. The Chilean government said Santiago would ratify it.", "Santiago", "chl-government"),
    ],
    ids=["capital-speaks-for-country", "officials-speak-for-country", "named-government-keeps-capital"],
)
def test_actors_capital_and_officials_fold_into_country(extractor, text: str, alias: str, actor_id: str) -> None:  # type: ignore[no-untyped-def]
    assert _owner(_extract(extractor, text), alias).id == actor_id


def test_actors_demonym_noun_is_country(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Peru closed the border on Monday. The Peruvians said the move was temporary.")
    assert _owner(extraction, "Peruvians").id == "per"


def test_actors_bare_government_is_story_country(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "The government said on Monday that two bombs exploded in Lima. Peru has blamed rebels in Peru for the attacks."
    assert _owner(_extract(extractor, text), "government").id == "per-government"


def test_actors_its_forces_are_the_country_armed_forces(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Peru said on Monday its forces had repelled the raid. Peruvian troops then withdrew.")
    forces = _owner(extraction, "its forces")
    assert forces.id == "per-armed-forces"
    assert forces.code == "PERMIL"
    assert "Peruvian troops" in forces.aliases


def test_actors_rebel_synonyms_merge(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Kurdish rebels attacked the town on Monday. The army said Kurdish guerrillas had fled."
    assert _owner(_extract(extractor, text), "Kurdish rebels").id == _owner(_extract(extractor, text), "Kurdish guerrillas").id


def test_actors_collective_keeps_participle_and_object(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "The two engineers were kidnapped by gunmen carrying rifles near the border in May.")
    assert any("gunmen carrying rifles" in a.aliases for a in extraction.actors)


def test_actors_acronym_in_parentheses_names_the_phrase(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "The rebel Northern Liberation Movement (NLM) said on Monday that it would free the prisoners. The NLM also demanded talks."
    extraction = _extract(extractor, text)
    owner = _owner(extraction, "NLM")
    assert any("Northern Liberation Movement" in alias for alias in owner.aliases)


def test_actors_capital_that_acts_is_one_actor_with_its_place_mentions(extractor) -> None:  # type: ignore[no-untyped-def]
    from kg.document import build_article
    from kg.extract import extract_articles

    text = "Lima rejected the offer on Monday. Thousands marched in Lima on Tuesday."
    article = build_article({"id": "t", "text": text, "published": "2021-05-04"}, origin="test")
    extraction = next(extract_articles([article], extractor))
    owners = {a.id for a in extraction.actors if "Lima" in a.aliases}
    assert len(owners) == 1


def test_actors_news_agency_descriptor_belongs_to_the_agency(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "The Iranian news agency IRNA said on Monday that the talks had failed.")
    agency = next(a for a in extraction.actors if a.code == "IRNMED")
    assert any("news agency" in alias for alias in agency.aliases)
    assert not any(a.code == "IRN" for a in extraction.actors)


def test_actors_pronoun_of_an_acronym_follows_the_full_name(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "The Chilean Union of Miners (CUM) announced Monday that it has called off the strike.")
    assert [a.code for a in extraction.actors if "Miners" in a.name or a.name == "CUM"] == ["CHLLAB"]


def test_actors_body_is_not_the_modifier_of_a_longer_description(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Opposition lawmakers walked out of the chamber on Friday. "
        "The president later accused the opposition-controlled parliament of blocking the budget."
    )
    extraction = _extract(extractor, text)
    owners = {m.actor_id for m in extraction.mentions if extraction.article.text[m.span.start : m.span.end] in {"Opposition lawmakers", "opposition-controlled parliament"}}
    assert len(owners) == 2
