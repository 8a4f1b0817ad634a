"""Words and spellings the gazetteer must read: misspelt countries, member nouns (sentences written for these tests)."""

from __future__ import annotations

from tests.helpers import ALL_PLACES
from tests.helpers import extract_text as _extract


def test_actors_untagged_misspelt_country_is_the_country(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Mozambiqe has agreed to free the fishermen.")
    event = next(e for e in extraction.events if e.cameo.startswith("03"))
    assert event.source == "moz"


def test_actors_untagged_name_far_from_any_country_is_no_country(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Marlowe has agreed to free the fishermen.")
    assert not any(a.kind.name == "COUNTRY" for a in extraction.actors)
    assert [(a.name, a.kind.name, a.country) for a in extraction.actors if a.kind.name == "PERSON"] == [("Marlowe", "PERSON", None)]


def test_actors_militiamen_with_a_nationality_are_its_militia(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "A village near the border was raided by Rwandan militiamen on Sunday.")
    militia = next(a for a in extraction.actors if "militiamen" in " ".join(a.aliases))
    assert militia.code == "RWAMIL"


def test_actors_named_treaty_and_its_acronym_are_no_actors(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Chile withdrew from the Southern Fisheries Protection Treaty (SFPT) on Monday.\n\n"
        "Peru said it would stay in the SFPT."
    )
    extraction = _extract(extractor, text)
    assert not any("SFPT" in a.name or "Treaty" in a.name or "SFPT" in a.aliases for a in extraction.actors)
    assert [a.id for a in extraction.actors] == ["chl", "per"]


def test_actors_name_before_a_geographic_noun_is_a_place(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Fishermen reported oil slicks near the Hassan Karimi waterway on Friday.", disabled=ALL_PLACES)
    assert not any(a.kind.name == "PERSON" and "Karimi" in a.name for a in extraction.actors)
    assert any(a.kind.name == "LOCATION" and a.name == "Hassan Karimi" for a in extraction.actors)


def test_actors_sentence_opening_participle_is_not_part_of_the_name(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Explaining Tehran’s decision, analysts pointed to the sanctions.")
    assert not any(extraction.article.text[m.span.start : m.span.end].startswith("Explaining") for m in extraction.mentions)
    assert any(extraction.article.text[m.span.start : m.span.end] == "Tehran" and m.actor_id == "irn-government" for m in extraction.mentions)


def test_actors_misspelt_country_modifier_gives_the_nationality(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Both the Cambodiia army and the Khmer Rouge broke the truce in May.")
    army = next(a for a in extraction.actors if "Cambodiia army" in a.aliases)
    assert army.code == "KHMMIL"


def test_actors_liberation_front_is_a_rebel_movement(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "The Ogaden National Liberation Front attacked an army post in Ethiopia on Sunday.")
    front = next(a for a in extraction.actors if "Liberation Front" in a.name)
    assert front.code == "ETHREB"


def test_actors_name_opening_a_sentence_with_ing_is_no_participle(extractor) -> None:  # type: ignore[no-untyped-def]
    """"Downing Street condemned ...": no comma closes an opening clause, so "Downing" is part of the seat's name."""
    extraction = _extract(extractor, "Downing Street condemned the attack on Monday.")
    event = next(e for e in extraction.events if e.cameo.startswith("11"))
    source = next(a for a in extraction.actors if a.id == event.source)
    assert source.code == "GBRGOV"


def test_actors_opening_participle_is_not_part_of_the_name_it_governs(extractor) -> None:  # type: ignore[no-untyped-def]
    """"Citing Oslo's refusal, ...": the participle (even inside the tagger's entity) is no part of the name."""
    extraction = _extract(extractor, "Citing Oslo's refusal, the Danish ministry cancelled the talks.")
    names = [a.name for a in extraction.actors]
    assert not any(n.startswith("Citing") for n in names), names
    assert any(a.code == "NORGOV" for a in extraction.actors), names
