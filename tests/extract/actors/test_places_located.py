"""Groups and places coded by the place that locates them; settlements ("the town of X") in the country their noun or the story says (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from kg.model import Extraction
from tests.helpers import ALL_PLACES, extract_text


def _extract(extractor: Any, text: str, published: str = "2021-05-04") -> Extraction:
    """The places the actors stage reads, including those no event or relation names (the output rule drops those)."""
    return extract_text(extractor, text, published, disabled=ALL_PLACES)


@pytest.mark.parametrize(
    ("text", "alias", "code"),
    [
        ("Opposition groups in Kenya said on Monday they would boycott the vote.", "Opposition groups", "KENOPP"),
        ("Rebels in Chad rejected the offer on Friday.", "Rebels", "TCDREB"),
        ("Students throughout Peru marched against the new law.", "Students", "PEREDU"),
        ("Protesters in Lima blocked a bridge on Sunday.", "Protesters", "PERCVL"),
        ("Security forces in Mali arrested twelve traders.", "Security forces", "MLICOP"),
    ],
    ids=["opposition-in-country", "rebels-in-country", "students-throughout", "protesters-in-capital", "security-forces-in"],
)
def test_actors_group_located_by_post_modifier(extractor, text: str, alias: str, code: str) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, text)
    group = next(a for a in extraction.actors if alias in a.aliases)
    assert group.code == code


def test_actors_office_of_country_is_its_government(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "The envoy met the president of Ghana on Monday.")
    assert any(a.code == "GHAGOV" for a in extraction.actors)


def test_actors_people_living_in_country_coded_by_it(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Ethnic Hungarians in Slovakia demanded more schools.")
    group = next(a for a in extraction.actors if "Hungarians" in a.name)
    assert group.country == "SVK"


def test_actors_people_located_by_their_clause(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "About 300 ethnic Hungarians marched on Sunday in Slovakia.")
    group = next(a for a in extraction.actors if "Hungarians" in a.name)
    assert group.country == "SVK"



def test_actors_people_object_located_by_their_clause(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Police arrested forty ethnic Hungarians in Slovakia on Sunday.")
    group = next(a for a in extraction.actors if "Hungarians" in a.name)
    assert group.country == "SVK"


def test_actors_collective_takes_the_one_country_of_its_sentence(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Demonstrators burned tyres outside the Kenyan parliament on Monday.")
    group = next(a for a in extraction.actors if "Demonstrators" in a.aliases)
    assert group.code == "KENCVL"


def test_actors_collective_with_two_countries_in_sentence_stays_uncoded(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Demonstrators marched from the Kenyan border towards Uganda on Monday.")
    group = next(a for a in extraction.actors if "Demonstrators" in a.aliases)
    assert group.country is None and (group.code or "---")[:3] == "---", "no country for the marchers; at most their sector"


def test_actors_quantity_of_people_located_by_the_object_place(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Thousands of people blocked roads in Nairobi to demand lower taxes from Uganda.")
    assert any(a.code == "KENCVL" for a in extraction.actors)


def test_actors_place_is_not_an_actor_mention(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "The Chilean minister met the delegation in Valparaiso on Monday.")
    mentioned = {m.actor_id for m in extraction.mentions}
    places = {a.id for a in extraction.actors if a.kind.value == "LOCATION"}
    assert not (mentioned & places)
    assert "valparaiso" in places and "chl-government" in mentioned


@pytest.mark.parametrize(
    ("text", "alias", "iso3"),
    [
        ("Troops retook a village in Northern Chad after heavy fighting.", "Northern Chad", "TCD"),
        ("Kenya's government lifted the curfew in Upper Rift Province on Sunday.", "Upper Rift Province", "KEN"),
    ],
    ids=["compass-word", "designator-in-the-sentence-country"],
)
def test_actors_unknown_place_gets_its_country(extractor, text: str, alias: str, iso3: str) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, text)
    place = next(a for a in extraction.actors if a.name == alias)
    assert place.country == iso3


@pytest.mark.parametrize(
    ("text", "alias", "code"),
    [
        ("Aid workers delivered medicine to Nairobi University Medical School on Monday.", "Nairobi University", "KENEDU"),
        ("The United Nations Emergency Relief Coordinator demanded access on Monday.", "Emergency Relief Coordinator", "IGOUNO"),
    ],
    ids=["capital-in-name", "part-of-known-organisation"],
)
def test_actors_unknown_organisation_coded_by_its_name(extractor, text: str, alias: str, code: str) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, text)
    org = next(a for a in extraction.actors if alias in a.name)
    assert org.code == code


def test_actors_ethnic_people_located_by_a_nested_adjunct(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Police killed two ethnic Hungarians in a clash in northern Romania on Friday.")
    people = next(a for a in extraction.actors if "Hungarians" in a.name)
    assert people.code == "ROUCVLHUN"


def test_actors_organisation_located_by_the_place_after_its_name(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Inspectors were sent to Kano Cement Works (KCW) in northern Nigeria on Monday.")
    works = next(a for a in extraction.actors if "Cement Works" in a.name)
    assert works.country == "NGA"


@pytest.mark.parametrize(
    ("text", "alias", "code"),
    [
        ("The government of Punjab province will hold talks with Indian officials.", None, None),
        ("The government of Balochistan province has closed the schools.", "government of Balochistan province", "PAKGOV"),
        ("Soldiers fired at a crowd in Kirkuk on Monday.", "Kirkuk", "IRQ"),
        ("Militants attacked a police post in Helmand.", "Helmand", "AFG"),
    ],
    ids=["ambiguous-region-skipped", "province-government", "region-city", "region-province"],
)
def test_actors_regions_give_their_country(extractor, text: str, alias: str | None, code: str | None) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, text)
    if alias is None:
        assert not any("Punjab" in a.name and a.country for a in extraction.actors)
        assert "ind-government" in {a.id for a in extraction.actors}
        return
    assert any((a.code or a.country) == code for a in extraction.actors), [(a.name, a.code, a.country) for a in extraction.actors]


def test_gazetteer_region_lookup_is_case_aware() -> None:
    from kg.extract.actors.gazetteer_data import load_gazetteer

    gaz = load_gazetteer()
    assert gaz.region("Darfur") is not None and gaz.region("Darfur").iso3 == "SDN"  # type: ignore[union-attr]
    assert gaz.region("darfur") is None
    assert gaz.region("Punjab") is None  # two countries share it


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Gunmen in Tripoli fired on a convoy near the Libyan coast.", "LBY"),
        ("Rival gangs in Tripoli fought as shells hit the north Lebanese port.", "LBN"),
    ],
    ids=["tripoli-libya", "tripoli-lebanon"],
)
def test_actors_namesake_city_follows_the_sentence(extractor, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, text)
    assert any((a.country or "") == code and a.kind.value != "country" for a in extraction.actors), [(a.name, a.code, a.country) for a in extraction.actors]


def test_gazetteer_namesakes() -> None:
    from kg.extract.actors.gazetteer_data import load_gazetteer

    gaz = load_gazetteer()
    assert [e.iso3 for e in gaz.namesakes_of("Tripoli")] == ["LBN"]
    assert gaz.namesakes_of("Cairo") == ()


def test_actors_sentence_country_from_a_region(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Demonstrators blocked the main road to Kandahar on Monday.")
    assert any(a.code == "AFGCVL" or (a.country == "AFG" and "Demonstrators" in a.aliases) for a in extraction.actors), [(a.name, a.code) for a in extraction.actors]


def _place(extraction: Any, name: str) -> Any:
    return next(a for a in extraction.actors if a.name == name)


def test_unknown_post_lies_in_the_story_country(extractor: Any) -> None:
    text = "Peru said its troops repelled an attack near the northern post of Qaltoro. Peru's army said it lost two men."
    place = _place(_extract(extractor, text), "Qaltoro")
    assert place.kind.value == "LOCATION"
    assert place.country == "PER"


def test_a_nationality_on_the_noun_wins(extractor: Any) -> None:
    text = "Peru's president flew to the Chilean town of Qaltoro on Monday. Peru said the trip was private."
    assert _place(_extract(extractor, text), "Qaltoro").country == "CHL"


def test_a_person_like_name_after_post_of_is_a_place(extractor: Any) -> None:
    text = "Peru said its army held the northern post of Juan Torres. Peru's army said it lost two men."
    extraction = _extract(extractor, text)
    place = _place(extraction, "Juan Torres")
    assert (place.kind.value, place.country) == ("LOCATION", "PER")
    assert place.id not in {m.actor_id for m in extraction.mentions}


def test_state_after_a_city_is_a_place_not_a_mention(extractor: Any) -> None:
    text = "A clinic based in Boulder, Colorado, agreed to pay part of the royalties."
    extraction = _extract(extractor, text)
    mentioned = {text[m.span.start : m.span.end] for m in extraction.mentions}
    assert "Colorado" not in mentioned
    assert any((a.name, a.kind.value, a.country) == ("Colorado", "LOCATION", "USA") for a in extraction.actors)


def test_actors_sea_named_after_a_country_lies_in_no_country(extractor) -> None:  # type: ignore[no-untyped-def]
    """"fired missiles into the Sea of Norway": the sea is off Norway, no act aimed at Norway."""
    from tests.helpers import extract_text

    extraction = extract_text(extractor, "Russia fired two missiles into the Sea of Norway on Monday.")
    sea = next(a for a in extraction.actors if a.name.endswith("Sea of Norway"))
    assert sea.country is None
    assert not any(e.target == "nor" for e in extraction.events)
