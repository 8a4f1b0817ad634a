"""The events stage's rule tables: every rule named, documented, switchable, and shown firing on an invented sentence."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from kg.extract import RULE_TABLES, rule_infos
from kg.extract.rules import rule_name
from kg.model import Extraction

# Event-time rules have their own cases (tests/extract/time/test_timing_rules.py).
EVENT_TABLES = {name: rules for name, rules in RULE_TABLES.items() if name.startswith("events.") and name != "events.TIMING_RULES"}
EVENT_RULES = [rule_name(rule) for rules in EVENT_TABLES.values() for rule in rules]

#: Rules that cannot fire today (kept for the ablation report to show it): the
#: predicate of a candidate is never a first-person pronoun.
NEVER_FIRES: set[str] = set()

#: rule -> (text, rules also switched off, whether switching the rule off changes the events).
#: All texts are written for these tests; countries are real, people invented.
FIRING: dict[str, tuple[str, tuple[str, ...], bool]] = {
    # CODING_RULES
    "inflection_guess": ("The navy staged war games near the island.", (), True),
    "reversing_prefix": ("The parliament voted on de-ratifying the trade treaty.", (), True),
    "announced_act_of_other": ("The ministry announced the premier's visit to the capital on Friday.", (), True),
    "reported_obligation": ("Norway declared on Monday that Sweden must fix its fishing quotas.", (), True),
    "place_stands_for_its_country": ("Kenya recalled its ambassador from Paris on Monday.", (), True),
    "press_is_no_audience_target": ("Peruvian Prime Minister Ana Ruiz told reporters on Monday that the talks with Chile had failed.", (), True),
    "field_verb_dictionary": ("Peru snubbed the Chilean envoy on Monday.", (), True),
    "field_code_the_subject_undergoes": ("Chilean troops came under fire from Peruvian rebels.", (), True),
    "field_pattern_where_kg_frames_fail": ("Prosecutors in Sweden dropped the charges against Ana Ruiz on Friday.", (), True),
    "reason_of_charge": ("Police arrested Ana Ruiz on Monday for collaborating with Chile.", (), True),
    # CANDIDATE_RULES
    "force_against_a_problem": ("Peru vowed on Monday to fight corruption.", (), True),
    "symmetric_verb_pairs_its_subjects": ("Peruvian and Chilean troops clashed in Arica on Monday.", (), True),
    "casualty_conjuncts_are_one_event": ("Chilean gunmen killed two Peruvian soldiers and wounded three others on Monday.", (), True),
    "clause_under_uncoded_noun": ("There were allegations that the army attacked the village.", (), True),
    "event_noun_with_named_participant": ("The ministry condemned North Korea missile tests last month.", (), True),
    "relative_clause_background": ("Ruritania sent weapons to Freedonia, which is preparing an offensive against the rebels.", (), True),
    "characterized_object_noun": ("Peru described the Chilean attack on Arica as an act of war.", (), True),
    "participial_speech_elaboration": ("Speaking on Monday, the Peruvian president criticised Chile, saying the talks had failed.", (), True),
    "first_person_framing_in_quote": ("“We stress that Chile will respond,” the minister said.", (), True),
    "background_event_noun": ("Markets fell after hearing the Peruvian threat against Chile.", (), True),
    "agentless_characterization": ("In what was described as a reversal, the mayor reneged on his pledge to the voters.", (), False),
    "infinitive_of_content_noun": ("Jordan rejected on Monday a UN appeal for deploying troops along its border with Syria.", (), True),
    # ARGUMENT_RULES
    "stray_by_agent": (
        "Opposition leader Jose Mendoza has been accused of misusing up to $20 million in public funds, "
        "much of it believed to have been stolen, by current Venezuelan government officials.",
        (),
        True,
    ),
    "instrument_agent": ("A sanctions law, enacted by Peru, banned imports from Chile.", (), True),
    "collective_acts_for_owner": ("Marta Quispel, the United Nations Emergency Relief Coordinator, demanded that Syria allow aid workers into Idlib.", (), True),
    "misparsed_reduced_relative": ("The Red Cross operating in Peru said the army had attacked the town.", (), True),
    "pronoun_subject_is_speaker": ("Afghan rebel leaders said on Monday they would meet the envoy.", (), True),
    "participle_owner_acts": ("A Reuters poll released on Friday showed support for the mayor at 40%.", (), True),
    "stative_participle_holder": ("Peruvian troops were engaged in heavy fighting against Chilean forces near the border.", (), True),
    "control_passive_subject": ("A Chilean delegation was scheduled to meet Peru's president on Monday.", (), True),
    "agreement_signatory": ("The decree withdraws Brazil from the Regional Fisheries Convention, signed in 2004.", (), True),
    "gerund_after_name": ("The dispute comes in the midst of Peru asking Chile to take a tough stand against Bolivia.", (), True),
    "object_clause_agent": ("Rebels in Peru revealed their plan to attack the Chilean embassy.", (), True),
    "adjective_complement_subject": ("Iran is capable of striking Israel.", (), True),
    "responsibility_claimant_did_it": ("Al-Shabaab claimed responsibility for attacking a Kenyan army base.", (), True),
    "object_controls_the_infinitive": ("The sanctions forced Iran to suspend talks with the IAEA.", (), True),
    "object_does_the_gerund": ("China warned the United States against selling weapons to Taiwan.", (), True),
    "passive_infinitive_subject_is_target": ("The Peruvian rebels want to be recognised by Chile.", (), True),
    "accused_is_target": ("The minister accused his rivals of sympathizing with the rebels.", ("doerless_active_clause",), True),
    "actor_in_scope": ("Norway threatened to halt the negotiations if Sweden expands its fleet.", (), True),
    "purpose_clause_destination": ("Norway has sent ten experts to Mali to investigate the massacre.", (), True),
    "cross_border_target": ("Fighting raged near Mosul after Turkish troops launched a cross-border raid.", (), True),
    "instrument_aim": ("The Cuban embargo law, enacted by the United States in protest at the seizures, prohibited imports of sugar and tobacco.", (), True),
    "described_noun_is_target": ("Syria's Golan plateau, captured by Israel in 1967, overlooks the lake.", (), True),
    "time_misread_as_subject": ("Three aid workers who had been held by the rebels in Mali since 2019 were freed Monday in an exchange of prisoners.", (), True),
    "support_on_behalf": ("Brazil urged Argentina on Monday to support Bolivia.", (), True),
    "complaint_about_not_addressee": ("Peru complained to the United Nations on Monday over two Chilean air raids.", (), True),
    "occurring_noun_takes_its_verbs_phrases": ("Clashes broke out between Kenyan police and Somali militants on Monday.", (), True),
    "visited_place": ("The premier's Chile visit was postponed on Monday.", (), True),
    "mutual_partner_both_ways": ("Chile held talks with Peru on Monday.", (), True),
    "plural_head_distributes_over_its_complement": ("The foreign ministers of Peru and Chile met in Quito on Monday.", (), True),
    # MODALITY_RULES
    "called_off_negated": ("Chile's talks with Bolivia were postponed.", (), True),
    "intended_act_planned": ("The minister hesitated to criticize Peru.", (), True),
    "ordered_act_planned": ("The general ordered the arrest of three opposition leaders.", ("doerless_active_clause",), True),
    "modal_mood": ("The envoy may halt the mediation.", ("participantless_event",), True),
    "future_in_past_planned": ("Chile said it would allow imports of Peruvian copper until March.", ("modal_mood",), True),
    "hearsay_adverb": ("Chilean troops reportedly shelled a Peruvian town.", (), True),
    # REPAIRS
    "thing_pronoun_target": ("Lawmakers defied a police cordon to enter the Varn Assembly building and voted unanimously to reject it.", (), True),
    "withdrawn_forces_leave": ("The law withdraws Peru from the Andean Test Ban Treaty.", (), True),
    "sent_forces_go_to_the_target": ("Norway sent troops to the Swedish border on Monday.", (), True),
    "captor_releases": ("Three aid workers who had been held by Syrian rebels were released on Friday.", (), True),
    "unnamed_agent_of_place": ("A Dutch businessman has been put under investigation in Spain for fraud.", (), True),
    "speaker_after_quote": ("“We call on both sides to end the fighting. This is in their own interest,” the Peruvian foreign minister said.", (), True),
    "obligation_speaker": ("Norway declared on Monday that Sweden must fix its fishing quotas.", (), True),
    "future_threat_speaker": ("Russian Deputy Foreign Minister Ivan Petrov said that Moscow will resume nuclear tests if Washington does so first.", (), True),
    "issuer_of_content": ("The Peruvian president sent a firm reminder to Chile that it must cooperate fully with the inspectors.", (), True),
    "earlier_talks_partner": ("Chile and Peru had been holding talks on fishing rights. Bolivia scuttled the talks in May.", (), True),
    "pair_named_before": ("Peru and Chile agreed on Monday to resume talks. The two sides had broken off contacts in March.", (), True),
    "earlier_accuser": ("Peru accused Chile of spying on Monday. Chile rejected the accusation on Tuesday.", (), True),
    "earlier_move_maker": ("Norway cut tariffs on Swedish fish on Monday. Sweden welcomed the move.", (), True),
    "denied_earlier_claim": ("Chile said Peruvian troops had shelled Arica. Peru denied the report.", (), True),
    # DATING_RULES
    "content_dated_by_report": ("Japan said on Tuesday that Russia had halted economic aid to Serbia.", (), True),
    "dated_after_publication_is_planned": ("Chile's president makes a visit to Peru on June 12, 2021, the foreign ministry said.", (), True),
    # CONTENT_REPAIRS
    "speech_takes_content_target": ("Peru said that the Chilean envoy was expelled from Lima.", (), True),
    # FILTERS
    "keeping_not_saying": ("The Peruvian government maintained high tariffs on Chilean copper, officials in Lima said on Monday.", (), True),
    "speakerless_plain_statement": ("Kenya imposed sanctions on Uganda, officials said.", ("trailing_attribution", "doerless_active_clause"), True),
    "verb_in_quote": ("“We will never forgive Carl Benson,” the mayor said.", (), True),
    "narrated_act_in_quote": ("“The Chilean army shelled our villages,” the Peruvian defence minister said.", (), True),
    "trailing_attribution": ("Inmates rioted at a prison in Lima on Sunday, Chilean media said.", (), True),
    "subjunctive_content": ("Officials insisted that the envoy withdraw from the border.", ("participantless_event",), True),
    "weighed_option": ("Analysts said attacking Chile could isolate Peru.", (), True),
    "infinitival_relative": ("Peru and Chile have much to negotiate with each other on fishing.", ("participantless_event",), True),
    "charged_act": ("Peru suspects Chile of arming the rebels.", (), True),
    "unannounced_act": ("The ministry was not aware that the army would attack the town.", (), True),
    "repeated_wording": (
        "The ministry proposed allowing duty-free imports of Chilean copper. "
        "The ministry explained that it proposed allowing the duty-free imports to protect local smelters.",
        (),
        True,
    ),
    "means_of_earlier_act": ("Chile softened its stance on the border dispute on Tuesday. By softening its stance, Chile hopes to calm Peru.", (), True),
    "restated_penalty": ("Canada has blacklisted 12 Iranian banks. Ottawa said that the curbs were imposed on the Iranian banks because of money laundering.", (), True),
    "event_noun_repeats_earlier": ("Peruvian President Luis Vega visited Chile on Monday. Protesters in Lima criticized Vega's visit to Chile.", (), True),
    "question_asserts_nothing": ("Why did Chile attack Peru on Monday?", (), True),
    "participantless_event": ("The car bomb exploded near the market.", (), True),
    "doerless_active_clause": ("It also ordered Chilean doctors to return to work within two days.", (), True),
    "natural_hazard_is_no_doer": ("Floods killed 40 people in northern Peru on Monday.", (), True),
    "measure_is_no_force": ("The new measures target Peru's copper exports.", (), True),
    "talking_to_the_press": ("Speaking to reporters in Lima, the Peruvian defence minister accused Chile of violating its airspace.", (), True),
    "toll_of_the_attack": ("Rebels attacked an army base in northern Peru on Monday, killing three soldiers.", (), True),
    # ARTICLE_RULES
    "fold_self_reports": ("Japan said it had halted economic aid to Serbia.", (), True),
    "drop_restatements": ("Mayor Dan Ortiz spoke on Friday. “We will never forgive Carl Benson,” he said.", (), True),
}


def _events(extraction: Extraction) -> list[tuple[Any, ...]]:
    return [(e.cameo, e.source, e.target, e.modality, e.time, e.reported_by, e.denies) for e in extraction.events]


def test_every_events_rule_is_named_once_and_documented() -> None:
    infos = [info for info in rule_infos() if info.table in EVENT_TABLES]
    assert [info.name for info in infos] == EVENT_RULES
    assert len(set(EVENT_RULES)) == len(EVENT_RULES)
    for info in infos:
        assert info.summary, f"{info.name}: no docstring"
        assert '"' in info.summary or "“" in info.summary, f"{info.name}: the summary gives no example"


def test_every_events_rule_has_a_firing_sentence() -> None:
    assert set(FIRING) | NEVER_FIRES | {"visit_to_dateline_country", "between_pronoun_side"} == set(EVENT_RULES)


@pytest.mark.parametrize("rule", sorted(FIRING))
def test_rule_fires_and_switching_it_off_changes_the_events(extract_fired, rule: str) -> None:  # type: ignore[no-untyped-def]
    text, also_off, changes = FIRING[rule]
    with_rule, fired = extract_fired(text, *also_off)
    assert fired[rule] > 0, f"{rule} does not fire on {text!r}"
    without_rule, fired_off = extract_fired(text, rule, *also_off)
    assert fired_off[rule] == 0
    if changes:
        assert _events(with_rule) != _events(without_rule), f"switching {rule} off changes nothing"


def test_a_visit_goes_to_the_dateline_country_only_with_its_rule(extractor) -> None:  # type: ignore[no-untyped-def]
    from kg.document import build_article
    from kg.extract import extract_articles

    text = (
        "Italian Prime Minister Marco Bellini opened talks with Canadian leaders on Tuesday. "
        "Italian officials said the main purpose of Bellini's visit was to discuss trade with Canada."
    )
    record = {"id": "t", "text": text, "published": "2021-05-04", "dateline": "OTTAWA, May 4"}

    def visit_targets(ex: Any) -> list[str | None]:
        (x,) = extract_articles([build_article(record, origin="test")], ex)
        assert isinstance(x, Extraction)
        return [e.target for e in x.events if e.cameo == "042"]

    assert visit_targets(extractor) == ["can"]
    assert visit_targets(replace(extractor, disabled=frozenset({"visit_to_dateline_country"}))) == [None]


def test_a_pronoun_side_of_between_is_the_other_person_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    from kg.extract.actors.findings import ActorFindings
    from kg.extract.events.cameo_syntax import between_pair
    from kg.extract.events.nominals import between_parties
    from kg.extract.rules import RuleSwitch
    from kg.model import Actor, ActorKind

    doc = nlp("Luis Vega praised the summit between him and Ana Moreau.")
    summit = next(t for t in doc if t.lower_ == "summit")
    pair = between_pair(summit)
    assert pair is not None
    vega, moreau = (Actor(id=i, name=n, kind=ActorKind.PERSON) for i, n in (("vega", "Luis Vega"), ("moreau", "Ana Moreau")))
    # The reference resolver got "him" wrong: it gave the pronoun the other side's actor.
    by_token = {(0, t.i): ("vega" if t.i < 2 else "moreau") for t in doc if t.i < 2 or t.lower_ in {"him", "ana", "moreau"}}
    actors = ActorFindings([vega, moreau], [], by_token)
    switch = RuleSwitch()
    assert between_parties(pair, 0, actors, switch) == ("vega", "moreau")
    assert switch.fired["between_pronoun_side"] == 1
    assert between_parties(pair, 0, actors, RuleSwitch(frozenset({"between_pronoun_side"}))) is None


def test_any_events_rule_switched_off_leaves_a_working_extractor(extract_fired) -> None:  # type: ignore[no-untyped-def]
    text = " ".join(sorted({FIRING[rule][0] for rule in FIRING})[:25])
    for rule in EVENT_RULES:
        extraction, _ = extract_fired(text, rule)
        assert extraction.events, f"no events with {rule} off"
