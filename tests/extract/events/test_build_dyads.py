"""Event dyads: conjoined actors, verb-phrase targets, trailing attributions (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.helpers import dyads as _dyads
from tests.helpers import extract_text as _extract




@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile and Peru agreed to a truce on Monday.", {("03", "CHL", "PER"), ("03", "PER", "CHL")}),
        ("Senior Greek and Turkish officials agreed on Tuesday that talks should resume.", {("03", "GRC", "TUR"), ("03", "TUR", "GRC")}),
    ],
    ids=["conjoined-countries", "conjoined-nationalities"],
)
def test_events_reciprocal_conjoined_subjects(extractor, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert expected <= _dyads(_extract(extractor, text))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Chile and Peru condemned the decision on Monday.", "11"),
        ("Chilean and Peruvian troops attacked the town on Monday.", "19"),
    ],
    ids=["statement", "attack"],
)
def test_events_conjoined_subjects_of_a_one_sided_act_have_no_target(extractor, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    # Neither acts on the other: each did it, to no one the text names.
    assert _dyads(_extract(extractor, text)) == {(code, "CHL", None), (code, "PER", None)}


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru broke off diplomatic relations on Monday.",
        "Chile and Peru violated the ceasefire on Monday.",
        "Chilean troops and Peruvian troops exchanged fire on Monday.",
        "Chile and Peru swapped prisoners on Monday.",
    ],
    ids=["relations", "truce", "exchanged-fire", "swapped"],
)
def test_events_conjoined_subjects_of_a_tie_act_on_each_other(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    dyads = _dyads(_extract(extractor, text))
    assert {(src, tgt) for _, src, tgt in dyads} == {("CHL", "PER"), ("PER", "CHL")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The foreign ministers of Chile and Peru met in Quito on Monday.", {("04", "CHL", "PER"), ("04", "PER", "CHL")}),
        ("Officials from Chile and Peru held talks in Quito on Monday.", {("04", "CHL", "PER"), ("04", "PER", "CHL")}),
    ],
    ids=["ministers-of", "officials-from"],
)
def test_events_plural_head_of_conjoined_countries_is_both_sides(extractor, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    # The venue is not a side once both sides are named.
    assert _dyads(_extract(extractor, text)) == expected


def test_events_plural_noun_misparsed_as_a_modifier_is_a_side(extractor) -> None:  # type: ignore[no-untyped-def]
    # The parse hangs "Rebels" on "forces" as a modifier; the text coordinates two sides.
    extraction = _extract(extractor, "Rebels and government forces clashed near Arica in Chile on Monday.")
    codes = {a.id: a.code for a in extraction.actors}
    assert {(codes.get(e.source), codes.get(e.target)) for e in extraction.events} == {("CHLMIL", "CHLREB"), ("CHLREB", "CHLMIL")}


def test_events_own_envoy_recalled_is_no_target(extractor) -> None:  # type: ignore[no-untyped-def]
    # "its ambassador" is the subject's own: no one else is acted upon.
    assert _dyads(_extract(extractor, "Chile recalled its ambassador on Monday.")) == {("16", "CHL", None)}


def test_events_target_deep_in_verb_phrase(extractor) -> None:  # type: ignore[no-untyped-def]
    dyads = _dyads(_extract(extractor, "Norway has offered to hand over to Sweden three suspects."))
    assert any(src == "NOR" and tgt == "SWE" for _, src, tgt in dyads)


def test_events_demand_addressee_is_complement_subject(extractor) -> None:  # type: ignore[no-untyped-def]
    dyads = _dyads(_extract(extractor, "Brazil demanded that Argentina withdraw its ambassador."))
    assert ("10", "BRA", "ARG") in dyads


def test_events_trailing_attribution_is_not_an_event(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Kenya imposed sanctions on Uganda, officials said.")
    assert not any(e.cameo.startswith("01") for e in extraction.events)
    assert any(e.cameo.startswith("16") for e in extraction.events)


def test_events_leading_statement_is_kept(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "“We will not accept this,” the Kenyan foreign minister said.")
    assert any(e.cameo.startswith("01") for e in extraction.events)


def test_events_long_conjoined_target_list(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Canada imposed sanctions on Chile, Peru, Bolivia, Ecuador and Uruguay."
    dyads = _dyads(_extract(extractor, text))
    assert {("16", "CAN", c) for c in ("CHL", "PER", "BOL", "ECU", "URY")} <= dyads


def test_events_reciprocal_subjects_with_internal_target(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Chile and Peru signed a trade agreement between the two countries."
    dyads = _dyads(_extract(extractor, text))
    assert {("05", "CHL", "PER"), ("05", "PER", "CHL")} <= dyads


def test_events_actorless_detail_beside_main_event_is_dropped(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Kenya imposed sanctions on Uganda after rallies were banned and newspapers were censored.")
    assert all(e.source or e.target for e in extraction.events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway is ready to send 500 troops to a peacekeeping force in Mali.", ("NOR", "MLI")),
        ("Egypt has reinforced its troops in Sudan after the clashes.", ("EGY", "SDN")),
        ("Chile has granted asylum to three Bolivian army officers hiding in its embassy.", ("CHL", "BOL")),
    ],
    ids=["unnamed-collective-object", "own-forces", "preposition-without-object"],
)
def test_events_target_skips_weak_objects(extractor, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    dyads = _dyads(_extract(extractor, text))
    assert any((src, tgt) == expected for _, src, tgt in dyads), dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway said on Monday that Sweden must extradite the three suspects.", ("10", "NOR", "SWE")),
        ("Peru is opposed to Chilean mediation in the dispute.", ("12", "PER", None)),
    ],
    ids=["reported-obligation-is-speaker-demand", "stative-participle-subject"],
)
def test_events_speaker_and_stance_sources(extractor, text: str, expected: tuple[str, str, str | None]) -> None:  # type: ignore[no-untyped-def]
    root, src, tgt = expected
    dyads = _dyads(_extract(extractor, text))
    assert any(r == root and s == src and (tgt is None or t == tgt) for r, s, t in dyads), dyads


def test_events_quoted_first_person_content_is_carried_by_the_speech_act(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "“We deeply regret this and apologize to the families,” the Kenyan president said."
    extraction = _extract(extractor, text)
    assert [e.cameo[:2] for e in extraction.events] == ["01"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway has sent ten experts to Mali to investigate the massacre.", ("09", "NOR")),
        ("Chile has taken several steps to improve relations with Peru.", (None, "CHL")),
    ],
    ids=["purpose-clause", "infinitive-on-object"],
)
def test_events_clauses_inherit_the_governing_subject(extractor, text: str, expected: tuple[str | None, str]) -> None:  # type: ignore[no-untyped-def]
    root, src = expected
    dyads = _dyads(_extract(extractor, text))
    assert any((root is None or r == root) and s == src for r, s, _ in dyads), dyads


def test_events_target_falls_back_to_an_actor_in_the_clause(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Norway threatened to halt the negotiations if Sweden expands its fleet."
    dyads = _dyads(_extract(extractor, text))
    assert ("13", "NOR", "SWE") in dyads, dyads


def test_events_named_actor_in_clause_beats_unnamed_collective_object(extractor) -> None:  # type: ignore[no-untyped-def]
    dyads = _dyads(_extract(extractor, "Chilean riot police used tear gas to disperse students protesting in Lima."))
    assert any(r == "17" and t == "PER" for r, _, t in dyads), dyads


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("The Kenyan president launched a mediation effort between Ethiopia and Somalia.", "04"),
        ("Chile has completed its withdrawal from the disputed border zone.", "08"),
    ],
    ids=["mediation-effort", "completed-withdrawal"],
)
def test_events_light_verbs_take_their_event_noun(extractor, text: str, root: str) -> None:  # type: ignore[no-untyped-def]
    assert root in {r for r, _, _ in _dyads(_extract(extractor, text))}


def test_events_reported_obligation_without_own_code_is_a_demand(extractor) -> None:  # type: ignore[no-untyped-def]
    dyads = _dyads(_extract(extractor, "Norway declared on Monday that Sweden must fix its fishing quotas."))
    assert ("10", "NOR", "SWE") in dyads, dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brazil demanded that Paraguay end its campaign against Bolivia.", ("10", "BRA", "PRY")),
        ("Chile said it would tighten the blockade of Peru with Bolivia's help.", ("13", "CHL", "PER")),
    ],
    ids=["complement-subject-addressee", "patient-of-event-noun"],
)
def test_events_target_of_derived_and_nominal_triggers(extractor, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in _dyads(_extract(extractor, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dispute comes in the midst of Peru asking Chile to take a tough stand against Bolivia.", ("02", "PER", "CHL")),
    ],
    ids=["gerund-after-name"],
)
def test_events_arguments_from_misattached_phrases(extractor, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in _dyads(_extract(extractor, text))


def test_events_members_after_including_are_the_target(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "Kenya ordered the arrest of several opposition politicians including Raila Odinga.")
    names = {a.id: a.name for a in extraction.actors}
    assert any(e.cameo.startswith("17") and "Odinga" in names.get(e.target or "", "") for e in extraction.events)


def test_events_plain_indirect_speech_is_a_statement(extractor) -> None:  # type: ignore[no-untyped-def]
    # A plain "said" whose content is no event is still the speaker's statement (the
    # background filter that dropped it lowered the figures on unseen news).
    text = "Diplomats in Nairobi said the new premier was not a noted reformer."
    assert [e.cameo for e in _extract(extractor, text).events] == ["010"]


def test_events_quoted_statement_is_kept(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "“Our position is clear,” the Kenyan foreign ministry said.")
    assert any(e.cameo.startswith("01") for e in extraction.events)


def test_events_uncoded_place_is_a_weak_target(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Thousands of Bolivian miners marched in the northern town of Uyuni on Sunday calling for independence from Chile."
    dyads = _dyads(_extract(extractor, text))
    assert any(r == "14" and t == "CHL" for r, _, t in dyads), dyads


def test_events_reiterated_demand_is_a_demand(extractor) -> None:  # type: ignore[no-untyped-def]
    dyads = _dyads(_extract(extractor, "The European Union reiterated its demand that Turkey release the journalists."))
    assert any(r == "10" for r, _, _ in dyads), dyads


def test_events_quote_over_two_sentences_belongs_to_its_speaker(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "“We urge Chile and Peru to resume talks on the border. This is in the interest of both,” the Bolivian foreign minister said."
    dyads = _dyads(_extract(extractor, text))
    assert any(r == "02" and s == "BOL" for r, s, _ in dyads), dyads


def test_events_conjoined_mediators_do_not_mediate_each_other(extractor) -> None:  # type: ignore[no-untyped-def]
    # Visits, hosting and mediation have a direction: the two mediators act on the parties, not on each other.
    found = _dyads(_extract(extractor, "Egypt and Qatar mediated the talks between Israel and Hamas."))
    mediations = {(s, t) for root, s, t in found if root == "04" and s in {"EGY", "QAT"}}
    assert ("EGY", "QAT") not in mediations and ("QAT", "EGY") not in mediations
    assert ("EGY", "ISR") in mediations and ("QAT", "ISR") in mediations


def test_events_forces_killed_are_the_target_not_forces_sent(extractor) -> None:  # type: ignore[no-untyped-def]
    # Only verbs of sending hand the target to the destination: killed soldiers are the target.
    x = _extract(extractor, "Gunmen killed five soldiers.")
    names = {a.id: a.name for a in x.actors}
    assert [names.get(e.target or "") for e in x.events if e.cameo.startswith("19")] == ["five soldiers"]


def test_events_actor_inside_a_topic_is_no_partner_both_ways(extractor) -> None:  # type: ignore[no-untyped-def]
    # The detained Peruvians are what was raised, not a party to the talks.
    dyads = _dyads(_extract(extractor, "Chile raised human rights concerns and the cases of detained Peruvians."))
    assert not any(src == "PER" for _, src, _ in dyads), dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile and Peru voiced support for Bolivia on Monday.", {("05", "CHL", "BOL"), ("05", "PER", "BOL")}),
        ("Chile and Peru praised the decision on Monday.", {("05", "CHL", None), ("05", "PER", None)}),
    ],
    ids=["third-party-target", "praise-without-target"],
)
def test_events_conjoined_subjects_of_a_directed_cooperative_act(extractor, text: str, expected: set[tuple[str, str | None, str | None]]) -> None:  # type: ignore[no-untyped-def]
    # Support and praise go to the one named, not to each other.
    assert _dyads(_extract(extractor, text)) == expected


def test_events_an_attacker_noun_is_no_attack(extractor) -> None:  # type: ignore[no-untyped-def]
    # "suicide bomber" names the doer; the act is the verb's.
    extraction = _extract(extractor, "A suicide bomber blew himself up at a market in Quetta on Friday.")
    assert [e.cameo for e in extraction.events] == ["1831"]


def test_events_complaint_at_a_forum_targets_what_it_is_about(extractor) -> None:  # type: ignore[no-untyped-def]
    # The forum ("at the WTO", held by the verb) yields to the party complained about (on the noun).
    assert _dyads(_extract(extractor, "Ghana filed a complaint at the WTO over Nigerian tariffs.")) == {("11", "GHA", "NGA")}


def test_events_place_of_what_an_object_is_urged_to_do_is_no_target(extractor) -> None:  # type: ignore[no-untyped-def]
    # The parties would return to talks in Doha; the appeal is made to them, not to Qatar.
    dyads = _dyads(_extract(extractor, "The UN chief urged the warring parties to return to talks in Doha."))
    assert dyads and not any(tgt == "QAT" for _, _, tgt in dyads), dyads


def test_events_body_one_acts_in_is_no_target(extractor) -> None:  # type: ignore[no-untyped-def]
    # "in parliament" says where the criticism was made, not of whom.
    dyads = _dyads(_extract(extractor, "Peruvian lawmakers criticised the minister in parliament on Monday."))
    assert dyads and all(tgt is None for _, _, tgt in dyads), dyads


def test_events_adding_names_to_a_list_is_no_statement(extractor) -> None:  # type: ignore[no-untyped-def]
    # "add" with a noun object and no clause adds something; "added that ..." says something.
    assert not any(r == "01" for r, _, _ in _dyads(_extract(extractor, "Moscow added 49 British citizens to its blacklist on Monday.")))
    assert any(r == "01" for r, _, _ in _dyads(_extract(extractor, "Kenya's president added that Somalia had broken the deal.")))


def test_events_active_verb_joined_to_a_passive_shares_its_subject(extractor) -> None:  # type: ignore[no-untyped-def]
    # "it" is the subject of both "was concerned" and "urged": the speaker urged.
    extraction = _extract(extractor, "Peru's foreign ministry said it was concerned by the reports and urged Chile to respect the truce.")
    appeals = [e for e in extraction.events if e.cameo.startswith("02")]
    assert appeals and appeals[0].source == "per-foreign-ministry", [(e.cameo, e.source) for e in extraction.events]


def test_events_the_two_countries_skip_a_pair_of_people_without_countries(extractor) -> None:  # type: ignore[no-untyped-def]
    # The host and the UN chief met last, but "the two countries" are the two that signed.
    text = (
        "Chile and Peru signed a peace deal in Quito on Sunday. Ana Diaz hosted the ceremony alongside Karl Weber. "
        "In a joint statement, the two countries pledged to reopen border crossings."
    )
    extraction = _extract(extractor, text)
    pledges = {(e.source, e.target) for e in extraction.events if e.cameo.startswith("03")}
    assert pledges == {("chl", "per"), ("per", "chl")}, pledges


def test_events_the_subjects_own_deep_in_the_phrase_is_no_target(extractor) -> None:  # type: ignore[no-untyped-def]
    # "its tanker" is Kuwait's own; no attacker is named, so the condemnation has no target.
    assert _dyads(_extract(extractor, "Kuwait condemned the attack on its tanker.")) == {("11", "KWT", None)}
