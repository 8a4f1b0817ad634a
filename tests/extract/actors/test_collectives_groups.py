"""Collectives and ethnic groups: how they are found and coded (sentences written for these tests)."""

from __future__ import annotations

from tests.helpers import extract_text as _extract


def test_actors_ethnic_group_coded_where_it_operates(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Ethnic Hungarian rebels operating in Romania laid down their arms on Friday.")
    group = next(a for a in extraction.actors if "rebels" in a.name.lower())
    assert group.code == "ROUREBHUN"


def test_actors_ethnic_people_coded_by_the_other_country_of_the_sentence(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Ethnic Serbs marched against Croatia's new language law on Sunday.")
    group = next(a for a in extraction.actors if "Serbs" in a.name)
    assert group.code == "HRVCVLSRB"


def test_actors_group_located_through_a_participle(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Rebels based in Chad attacked a Sudanese convoy on Monday.")
    group = next(a for a in extraction.actors if "Rebels" in a.aliases or "Rebels based in Chad" in a.aliases)
    assert group.code == "TCDREB"


def test_actors_two_nationalities_before_one_noun_are_two_actors(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "The aid agency said US and French forces must protect the convoys.")
    codes = {a.code for a in extraction.actors}
    assert {"USAMIL", "FRAMIL"} <= codes


def test_actors_ethnic_group_takes_the_nearest_other_country(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Britain praised Georgia, which is negotiating with ethnic Armenian villagers, the London Times said.")
    group = next(a for a in extraction.actors if "villagers" in a.name.lower())
    assert group.country == "GEO"


def test_actors_plural_states_are_a_collective_not_a_government(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "The envoys toured Baltic coastal states on Monday.")
    assert any("Baltic coastal states" in a.aliases for a in extraction.actors)


def test_actors_neighbouring_stays_in_the_collective(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Mbeki warned neighbouring coastal states against harbouring rebels.")
    assert any("neighbouring coastal states" in a.aliases for a in extraction.actors)


def test_actors_administration_officials_speak_for_the_administration(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Obama administration officials said they had not been told.")
    administration = next(a for a in extraction.actors if a.id == "obama-administration")
    assert "Obama administration officials" in administration.aliases




def test_actors_prisoners_located_through_a_nested_place(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Inmates rioted at a prison in Lima on Sunday, Chilean media said.")
    group = next(a for a in extraction.actors if "Inmates" in a.aliases)
    assert group.code == "PERCRM"


def test_actors_fundamentalists_take_the_one_country_of_their_sentence(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Islamic fundamentalists staged a sit-in to demand the release of a Tunisian preacher.")
    group = next(a for a in extraction.actors if "fundamentalists" in " ".join(a.aliases))
    assert group.country == "TUN"


def test_actors_rebels_accused_by_a_government_are_its_own(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "The Malian government accused Kidal rebels of breaking the truce, a member of the Algerian team said."
    extraction = _extract(extractor, text)
    group = next(a for a in extraction.actors if "Kidal rebels" in a.aliases)
    assert group.code == "MLIREB"


def test_actors_rebels_supported_by_a_government_are_not_its_own(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "The Malian government supported Kidal rebels, a member of the Algerian team said."
    extraction = _extract(extractor, text)
    group = next(a for a in extraction.actors if "Kidal rebels" in a.aliases)
    assert group.country is None and group.code == "---REB", "rebels of no known country: CAMEO's unknown-country code"
    assert group.kind.name == "REBEL" and "mli-government" in {a.id for a in extraction.actors}


def test_actors_group_named_by_an_organisation_takes_its_country(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Hours later the Afghan government freed five Taliban prisoners and flew them to Qatar.")
    group = next(a for a in extraction.actors if any("prisoners" in alias for alias in a.aliases))
    assert group.country == "AFG"




def test_actors_hyphenated_collective_is_found(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "The vote neared, with radical left-wingers accusing the cabinet of betrayal.")
    assert any("radical left-wingers" in a.aliases for a in extraction.actors)


def test_actors_people_named_groups_are_coded_by_the_sentence_and_kept_apart(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Yoruba tribal elders have demanded that Fulani politicians leave the Nigerian cabinet."
    extraction = _extract(extractor, text)
    elders = next(a for a in extraction.actors if "Yoruba tribal elders" in a.aliases)
    politicians = next(a for a in extraction.actors if "Fulani politicians" in a.aliases)
    assert elders.country == politicians.country == "NGA"
    assert elders.id != politicians.id


def test_actors_people_with_one_home_country_codes_its_groups(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Karen guerrillas ambushed a Thai patrol near the border on Monday.")
    rebels = next(a for a in extraction.actors if "Karen guerrillas" in a.aliases)
    assert rebels.code == "MMRREB"
    assert rebels.name == "Karen Guerrillas"


def test_actors_people_qualifying_a_place_is_an_actor(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Government troops overran a Karen guerrilla camp after a week of shelling.")
    karen = next(a for a in extraction.actors if a.name == "Karen")
    assert karen.code == "MMRREB"


def test_actors_plural_people_noun_is_its_people(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Thousands of Uighurs marched in Ankara while Yoruba leaders met in Lagos.")
    uighurs = next(a for a in extraction.actors if a.name == "Uighurs")
    assert uighurs.code == "CHNCVL"


def test_actors_people_word_as_a_first_name_is_no_people(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Karen Lloyd met the Kenyan president in Nairobi.")
    lloyd = next(a for a in extraction.actors if a.name == "Karen Lloyd")
    assert lloyd.country != "MMR"


def test_actors_coordinated_nationality_parsed_as_a_noun_shares_the_group(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Police in Ghana have beaten dozens of Sierra Leonean and Liberian refugees, witnesses said.")
    codes = {a.code for a in extraction.actors}
    assert {"SLEREF", "LBRREF"} <= codes


def test_actors_personal_name_with_a_group_noun_names_the_group(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Ali Karimi's brother still runs the Karimi network from the mountains."
    extraction = _extract(extractor, text)
    assert any(a.name == "Karimi network" for a in extraction.actors)


def test_actors_coordinated_groups_with_their_own_nationality_are_two_actors(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Peruvian troops and Chilean rebels fought near the border on Monday.")
    assert {"PERMIL", "CHLREB"} <= {a.code for a in extraction.actors}


def test_actors_coordinated_nouns_sharing_a_nationality_stay_one_actor(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Norway blacklisted 28 Chinese agencies and companies on Monday.")
    assert any(a.name.endswith("agencies and companies") for a in extraction.actors)


def test_actors_latin_american_is_no_united_states(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Latin American leaders met in Lima on Monday. American troops left Peru.")
    assert not any(a.code == "USAGOV" for a in extraction.actors), "Latin American leaders are no US government"
    assert any(a.code == "USAMIL" for a in extraction.actors), "American troops still are American"


def test_actors_a_description_in_apposition_to_a_person_is_no_actor(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Police arrested John Smith, a protester, on Monday.")
    assert "John Smith" in {a.name for a in extraction.actors}
    assert not any(a.code == "---OPP" for a in extraction.actors), "'a protester' describes John Smith"


def test_actors_a_backer_is_not_the_groups_nationality(extractor) -> None:  # type: ignore[no-untyped-def]
    codes = {a.code for a in _extract(extractor, "Iranian-backed Houthi rebels attacked a Saudi tanker on Monday.").actors}
    assert "IRNREB" not in codes and "YEMREB" in codes, codes
    codes = {a.code for a in _extract(extractor, "US-led forces attacked the village on Monday.").actors}
    assert "USAMIL" in codes, "a leader's forces stay the leader's"


def test_actors_a_seat_before_based_is_a_place_not_a_government(extractor) -> None:  # type: ignore[no-untyped-def]
    actors = _extract(extractor, "The Lima-based company Andes Mining said on Monday it would appeal.").actors
    assert not any(a.code == "PERGOV" for a in actors), [a.code for a in actors]


def test_actors_force_word_before_a_place_it_holds_is_the_target(extractor) -> None:  # type: ignore[no-untyped-def]
    """"attacked a police station in Kano": the Nigerian police are attacked, not Nigeria."""
    extraction = _extract(extractor, "Gunmen attacked a police station in Kano on Sunday.")
    event = next(e for e in extraction.events if e.cameo.startswith("19") or e.cameo.startswith("18"))
    target = next(a for a in extraction.actors if a.id == event.target)
    assert target.code == "NGACOP"


def test_actors_force_word_before_a_place_needs_a_country(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "The rebel camp was quiet on Sunday.")
    assert not any(a.code and a.code.endswith("REB") for a in extraction.actors)


def test_actors_anti_government_forces_are_not_the_governments(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "LIMA, Peru — Anti-government forces attacked a bus near Cusco on Monday.")
    assert not any(a.code == "PERMIL" for a in extraction.actors), [(a.name, a.code) for a in extraction.actors]


def test_actors_pirates_are_a_criminal_group_not_a_place(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Pirates attacked a ship off Somalia on Monday.")
    pirates = next(a for a in extraction.actors if a.name.lower() == "pirates")
    assert pirates.kind.value != "LOCATION"
    assert pirates.code is not None and pirates.code.endswith("CRM")


def test_actors_a_count_of_things_is_no_crowd(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Thousands of barrels were spilled in Nigeria on Monday.")
    assert not any(a.code == "NGACVL" for a in extraction.actors), [(a.name, a.code) for a in extraction.actors]
