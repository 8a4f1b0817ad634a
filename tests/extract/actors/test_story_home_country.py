"""The story's home country: pronouns, descriptions and bodies that need it (sentences written for these tests)."""

from __future__ import annotations

from tests.helpers import extract_text as _extract


def test_actors_subject_pronoun_continues_the_previous_subject(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Meanwhile, Paris has not yet confirmed the minister's trip to Brazil.\n\nIt has called a news briefing for Friday."
    extraction = _extract(extractor, text)
    it = next(m for m in extraction.mentions if extraction.article.text[m.span.start : m.span.end] == "It")
    assert it.actor_id in {"fra", "fra-government"}


def test_actors_description_skips_a_nationality_adjective(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Qatar, a target of Saudi anger over the emirate's ties with Tehran, rejected the charges.")
    qatar = next(a for a in extraction.actors if a.id == "qat")
    assert "the emirate" in qatar.aliases


def test_actors_bare_ministry_belongs_to_the_home_country(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Norway rejected the charges on Monday.\n\n"
        "The Foreign Ministry said Norway had not broken the treaty.\n\n"
        "Norway will send a delegation to Geneva, the Ministry added."
    )
    extraction = _extract(extractor, text)
    ministry = next(a for a in extraction.actors if "Foreign Ministry" in a.aliases)
    assert ministry.country == "NOR"
    assert "Ministry" in ministry.aliases


def test_actors_two_word_nationality_modifier_names_its_country(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Parliament debated the comprehensive South Korean trade bill on Monday.")
    country = next(a for a in extraction.actors if a.id == "kor")
    assert "South Korean" in country.aliases


def test_actors_nationality_adjectives_do_not_make_the_home_country(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The U.S. Treasury said on Monday it would allow imports of South African ore.\n\n"
        "South African coal and South African steel remain banned, the Treasury said.\n\n"
        "The Treasury will publish the South African rules in the U.S. register."
    )
    extraction = _extract(extractor, text)
    treasury = next(a for a in extraction.actors if "Treasury" in a.aliases)
    assert treasury.country == "USA"
    south_africa = next(a for a in extraction.actors if a.id == "zaf")
    assert "South African" in south_africa.aliases


def test_actors_currency_prefix_is_no_country(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Former president Jorge Blanco was accused of taking US $2 million by Dominican prosecutors.")
    assert not any(a.id == "usa" for a in extraction.actors)
    assert {"jorge-blanco", "dom-prosecutors"} <= {a.id for a in extraction.actors}


def test_actors_bare_title_facing_the_home_country_is_not_its_office(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "The Danish government welcomed President Harlan's new trade offer on Monday.")
    person = next(a for a in extraction.actors if a.name == "Harlan")
    assert person.country != "DNK"


def test_actors_bare_title_in_the_home_country_keeps_its_office(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "President Harlan extended the curfew imposed in Denmark after the riots.")
    person = next(a for a in extraction.actors if a.name == "Harlan")
    assert person.code == "DNKGOV"


def test_actors_opposition_mentions_are_the_home_opposition(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Peru's president survived a vote in Congress on Friday.\n\n"
        "Five opposition parties began impeachment proceedings against him, a key U.S. ally.\n\n"
        "Opposition lawmakers said Peru needed a new leader."
    )
    extraction = _extract(extractor, text)
    opposition = next(a for a in extraction.actors if "Five opposition parties" in a.aliases)
    assert opposition.code == "PEROPP"
    assert "Opposition lawmakers" in opposition.aliases


def test_actors_opposition_as_a_sentiment_is_no_actor(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "The Greek government refused to send troops to the French mission, citing domestic opposition.")
    assert not any("opposition" in a.name.lower() for a in extraction.actors)
    assert "grc-government" in {a.id for a in extraction.actors}


def test_actors_seat_in_the_sentence_says_whose_president(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "President Jane Doe has frozen the assets of a militia that controls much of Somalia, the Somali rebels said, and the Kremlin confirmed it on Friday."
    extraction = _extract(extractor, text)
    doe = next(a for a in extraction.actors if a.id == "jane-doe")
    assert doe.country == "RUS"


def test_actors_bare_body_after_a_foreign_adjective_takes_the_home_country(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Treasury will lift its ban on Chilean copper next month, a spokesman said.\n\n"
        "U.S. smelters had asked Congress for the change, the Treasury added.\n\n"
        "Chilean copper will reach the United States by June."
    )
    extraction = _extract(extractor, text)
    treasury = next(a for a in extraction.actors if "Treasury" in a.aliases)
    assert treasury.country == "USA"


def test_actors_it_continuing_a_thing_names_no_actor(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Peru recalled its ambassador from Bolivia on Monday.\n\n"
        "A new curfew decree took effect on Sunday.\n\n"
        "It also closed every school in the capital."
    )
    extraction = _extract(extractor, text)
    assert not any(extraction.article.text[m.span.start : m.span.end] == "It" for m in extraction.mentions)
    assert any(extraction.article.text[m.span.start : m.span.end] == "its" and m.actor_id == "per" for m in extraction.mentions)


def test_actors_it_continuing_an_actor_is_that_actor(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Peru recalled its ambassador from Bolivia on Monday.\n\n"
        "The Bolivian Foreign Ministry protested the decision.\n\n"
        "It also summoned the Peruvian charge d'affaires."
    )
    extraction = _extract(extractor, text)
    it = next(m for m in extraction.mentions if extraction.article.text[m.span.start : m.span.end] == "It")
    ministry = next(a for a in extraction.actors if "Bolivian Foreign Ministry" in a.aliases)
    assert it.actor_id == ministry.id


def test_actors_single_policeman_is_the_home_police(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "LIMA, Peru — A young policeman was shot dead in Peru's largest port on Monday, the government said.\n\n"
        "Peru has blamed the attacks on drug gangs."
    )
    extraction = _extract(extractor, text)
    police = next(a for a in extraction.actors if "young policeman" in " ".join(a.aliases))
    assert police.code == "PERCOP"


def test_actors_body_named_by_its_head_noun_is_the_home_body(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "LIMA, Peru — Peru's president vetoed the budget on Monday.\n\n"
        "The opposition-dominated parliament will vote on it again, Peru's finance minister said."
    )
    extraction = _extract(extractor, text)
    parliament = next(a for a in extraction.actors if any("parliament" in alias for alias in a.aliases))
    assert parliament.code == "PERLEG"


def test_actors_body_named_after_an_organisation_is_not_the_home_body(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "LIMA, Peru — The U.N. human rights court charged Peru's former president on Monday.\n\n"
        "Peru said it would appeal."
    )
    extraction = _extract(extractor, text)
    court = next(a for a in extraction.actors if any("court" in alias for alias in a.aliases))
    assert court.country != "PER"


def test_actors_bare_president_is_not_the_home_country_whose_president_is_named(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "LIMA, Peru — Peruvian President Rosa Salinas freed two prisoners on Monday.\n\n"
        "Peru had been negotiating with the rebels for months.\n\n"
        "President Hollister later called off the visit, officials said."
    )
    extraction = _extract(extractor, text)
    salinas = next(a for a in extraction.actors if a.name == "Rosa Salinas")
    other = next(a for a in extraction.actors if "Hollister" in a.name)
    assert salinas.code == "PERGOV"
    assert other.country != "PER"


def test_actors_possessed_office_holder_is_not_the_place_it_leaves(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Peru recalled its ambassador from Bolivia on Monday.")
    bolivia_ids = {a.id for a in extraction.actors if a.country == "BOL"}
    ambassador = [m for m in extraction.mentions if extraction.article.text[m.span.start : m.span.end].endswith("ambassador")]
    assert not any(m.actor_id in bolivia_ids for m in ambassador)
    mentions = {extraction.article.text[m.span.start : m.span.end]: m.actor_id for m in extraction.mentions}
    assert (mentions["its"], mentions["Bolivia"]) == ("per", "bol")


def test_actors_dateline_is_no_actor_but_places_the_story(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "LIMA, Peru — Hundreds of farmers marched on Monday against the new water law.")
    assert extraction.article.dateline == "LIMA, Peru"
    assert not any("LIMA" in a.aliases for a in extraction.actors)
    assert not any(extraction.article.text[m.span.start : m.span.end] == "LIMA" for m in extraction.mentions)
    assert any(a.country == "PER" and "farmers" in a.name.lower() for a in extraction.actors), "the farmers are the dateline country's"


def test_actors_diplomats_in_a_capital_are_not_its_government(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Diplomats in Nairobi said the new premier was a reformer.")
    assert not any(a.id == "ken-government" for a in extraction.actors)
    assert any(a.id == "nairobi" and a.kind.name == "LOCATION" for a in extraction.actors)
    assert "Diplomats" in {alias for a in extraction.actors for alias in a.aliases}


def test_actors_sector_officials_without_nationality_are_the_home_body(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "LIMA, Peru — Peru's president signed the new defence law on Monday.\n\n"
        "Peru's parliament had passed it in May.\n\n"
        "The president met top military officials at the palace on Friday."
    )
    extraction = _extract(extractor, text)
    officials = next(a for a in extraction.actors if "top military officials" in a.aliases)
    assert officials.code == "PERMIL"


def test_actors_dateline_capital_that_acts_later_is_one_actor(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "NAIROBI: Kenya closed its border on Monday.\n\nNairobi said the measure was temporary."
    extraction = _extract(extractor, text)
    owners = [a for a in extraction.actors if any(alias.casefold() == "nairobi" for alias in a.aliases)]
    assert len(owners) == 1


def test_actors_the_south_is_the_south_country_the_article_names(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "South Sudan accused Sudan of bombing its oil fields on Monday.\n\n"
        "The South has threatened to stop all oil exports through the pipeline."
    )
    extraction = _extract(extractor, text)
    south = next(a for a in extraction.actors if a.id == "ssd")
    assert "South" in south.aliases


def test_actors_bare_title_acting_on_the_home_government_is_not_its_office(extractor) -> None:  # type: ignore[no-untyped-def]
    # The only country the sentence names is the object of the person's act (through its capital): no home.
    extraction = _extract(extractor, "Senator Paul Grant urged new sanctions on Moscow.")
    person = next(a for a in extraction.actors if a.name == "Paul Grant")
    assert person.country != "RUS"


def test_actors_bare_title_acting_on_home_officials_keeps_its_office(extractor) -> None:  # type: ignore[no-untyped-def]
    # A judge charging the home government's officials acts at home.
    extraction = _extract(extractor, "Judge Ana Ruiz filed corruption charges against nine Peruvian government officials on Monday.")
    person = next(a for a in extraction.actors if a.name == "Ana Ruiz")
    assert person.country == "PER"


def test_actors_bare_government_of_a_two_country_story_is_the_datelines(extractor) -> None:  # type: ignore[no-untyped-def]
    # The story names Kenya and the US alike; "the government" that refuses US observers is the dateline's.
    text = "NAIROBI (AP) - Washington criticised the vote on Tuesday. The government refused accreditation to U.S. observers on Wednesday."
    extraction = _extract(extractor, text)
    refusal = next(e for e in extraction.events if e.cameo.startswith("12"))
    assert refusal.source == "ken-government"


def test_actors_body_modifying_a_title_takes_the_titles_country(extractor) -> None:  # type: ignore[no-untyped-def]
    # "China's" modifies the spokesman; the ministry he speaks for is China's, not the dateline's.
    text = "MANILA (AFP) - The Philippines summoned China's ambassador on Wednesday. China's foreign ministry spokesman Li Wei rejected the complaint on Thursday."
    extraction = _extract(extractor, text)
    ministry = next(a for a in extraction.actors if "ministry" in a.name.lower())
    assert ministry.country == "CHN"


def test_actors_a_protest_is_an_act_not_a_crowd(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "China rejected the protest on Thursday.")
    assert not any("protest" in a.name.lower() for a in extraction.actors)


def test_actors_collective_owned_by_its_is_its_owners_not_the_datelines(extractor) -> None:  # type: ignore[no-untyped-def]
    # "its warplanes" are Iraq's, whatever the dateline's country.
    extraction = _extract(extractor, "MANAMA (Reuters) - Iraq said its warplanes struck an Iranian oil terminal on Monday.")
    planes = next(a for a in extraction.actors if "warplanes" in a.name.lower())
    assert planes.code == "IRQMIL", planes


def test_actors_surname_the_tagger_took_for_a_noun_is_the_person(extractor) -> None:  # type: ignore[no-untyped-def]
    # "Guterres" opening a sentence comes out a plural common noun; it is the person named before.
    extraction = _extract(extractor, "Antonio Guterres attended the ceremony. Guterres welcomed the deal.")
    assert any(e.cameo.startswith("05") and e.source == "antonio-guterres" for e in extraction.events), extraction.events
