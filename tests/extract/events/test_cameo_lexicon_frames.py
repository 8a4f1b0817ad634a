"""Lexicon frames: when a word is the act CAMEO codes (sentences written for these tests)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from kg.extract.events.cameo import CameoLexicon, code_nominal
from tests.helpers import cameo_codes as _codes

if TYPE_CHECKING:
    from spacy.language import Language


def _all_codes(nlp, lexicon, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    from kg.extract.events.cameo import code_span

    return [m.code for m in code_span(nlp(text), lexicon)]


@pytest.mark.parametrize(
    "text",
    [
        "Peru accepted a formula for ending its border dispute with Ecuador.",
        "A Chilean ship entered the channel, disputed by Peru and Chile.",
    ],
    ids=["dispute-noun", "disputed-territory"],
)
def test_frames_a_dispute_is_no_denial(nlp, lexicon, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "016" not in _all_codes(nlp, lexicon, text)
    assert "016" in _all_codes(nlp, lexicon, "Peru disputed the Chilean claim."), "disputing a claim is a denial"


@pytest.mark.parametrize(
    "text",
    ["The ministry disputed the report on Monday.", "The ministry disputed that its troops had fired first."],
    ids=["disputed-report", "disputed-that"],
)
def test_frames_disputing_a_claim_is_a_denial(nlp, lexicon, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "016" in _all_codes(nlp, lexicon, text)


def test_frames_gerund_of_an_appeal_is_its_content(extractor) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers import extract_text

    x = extract_text(extractor, "Jordan rejected on Monday a UN appeal for deploying troops along its border with Syria.")
    assert not any(e.cameo.startswith("15") for e in x.events)
    assert any(e.cameo.startswith("12") for e in x.events)


@pytest.mark.parametrize(
    "text",
    [
        "Chad threatened to cut ties with Sudan on the eve of a visit by Libyan leader Muammar Gaddafi.",
        "Chad threatened to cut ties with Sudan in the wake of an attack by the Janjaweed.",
    ],
    ids=["eve-of", "wake-of"],
)
def test_frames_event_an_act_is_timed_against_is_background(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers import extract_text

    roots = {e.cameo[:2] for e in extract_text(extractor, text).events}
    assert "13" in roots and not roots & {"04", "18", "19"}


@pytest.mark.parametrize(
    ("text", "content_root"),
    [
        ("The minister accused his rivals of sympathizing with the rebels.", "01"),
        ("Zambia accused Britain of restoring colonial rule in the region.", "08"),
        ("Moscow offered a deal that could lead to an agreement on reducing nuclear missiles.", "16"),
    ],
    ids=["accused-of-gerund-on-object", "accused-of-gerund", "agreement-on-gerund"],
)
def test_frames_gerund_of_a_charge_or_agreement_is_content(nlp, lexicon, text: str, content_root: str) -> None:  # type: ignore[no-untyped-def]
    from kg.extract.events.cameo import code_span
    from kg.extract.events.predicates import find_candidates
    from kg.model import Span

    doc = nlp(text)
    sent = next(iter(doc.sents))
    roots = {c.match.code[:2] for c in find_candidates(sent, 0, Span(0, len(text)), lexicon)}
    assert content_root not in roots
    assert code_span(doc, lexicon)


def test_frames_that_clause_of_a_demanded_admission_is_content(nlp, lexicon) -> None:  # type: ignore[no-untyped-def]
    from kg.extract.events.predicates import find_candidates
    from kg.model import Span

    text = "The Czech parliament demanded an admission by Moscow that Soviet troops killed 200 protesters in 1968."
    sent = next(iter(nlp(text).sents))
    assert [c.match.code[:2] for c in find_candidates(sent, 0, Span(0, len(text)), lexicon)] == ["10"]


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("Aid will resume once a new government takes over.", "192", None),
        ("Rebels took over the town of Kindu on Monday.", None, "192"),
        ("The army shelled the camp, according to a press release by the rebels.", "084", None),
    ],
    ids=["government-takes-over", "took-over-town", "press-release"],
)
def test_frames_take_over_and_press_release(nlp, lexicon, text: str, absent: str | None, present: str | None) -> None:  # type: ignore[no-untyped-def]
    codes = _all_codes(nlp, lexicon, text)
    from kg.extract.events.cameo import code_span

    nominal = [m.code for m in code_span(nlp(text), lexicon, nominals="all")]
    if absent:
        assert absent not in codes and absent not in nominal
    if present:
        assert present in codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The government met the strikers' demands on Monday.", "080"),
        ("The U.S. said it would not meet the kidnappers' demands.", "124"),
        ("The two leaders met in Geneva.", "040"),
    ],
    ids=["met-demands", "would-not-meet-demands", "met-in-person"],
)
def test_frames_meeting_demands_is_yielding(nlp, lexicon, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert code in _all_codes(nlp, lexicon, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The detention of three Greek fishing boats by Turkey angered Athens.", "1711"),
        ("The detention of the journalists by police angered Paris.", "173"),
    ],
    ids=["detention-of-boats", "detention-of-people"],
)
def test_frames_detaining_vessels_is_seizing_property(nlp, lexicon, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    from kg.extract.events.cameo import code_span

    assert code in [m.code for m in code_span(nlp(text), lexicon, nominals="all")]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Delegations from both sides returned to Oslo for talks on fishing rights.", "046"),
        ("Thousands of teachers gathered in the square for a rally against the reform.", "141"),
        ("The deputies walked out in protest at the budget.", "141"),
        ("The dockers boycotted work for a second day.", "143"),
        ("The minister refused to respond to a demand from the unions.", "124"),
        ("The coast guard held back a number of fishing boats.", "1711"),
        ("The navy detained three tankers in the strait.", "1711"),
        ("The junta ordered the station to suspend broadcasts.", "1721"),
        ("The ministry will allow the return of weapons inspectors.", "0355"),
        ("The commission allowed exports of grain to the region.", "085"),
        ("The court allowed the former president to run in the election.", "0812"),
        ("The general threatened to take action against the strikers.", "130"),
        ("The senator described the ruling as deeply disappointing.", "111"),
        ("The mayor characterized the new tax as a betrayal of voters.", "111"),
        ("The bishop urged the government to support the striking miners.", "053"),
        ("The emirate mobilized its supporters abroad.", "053"),
        ("The union protested that the factory was closing without notice.", "111"),
        ("The province is ignoring the court's ruling, a farmers' association protested on Friday.", "111"),
        ("Thousands of students protested in the capital on Monday.", "141"),
    ],
)
def test_frame(nlp: Language, lexicon: CameoLexicon, text: str, code: str) -> None:
    assert code in _codes(nlp, lexicon, text)


def test_taking_action_alone_is_no_event(nlp: Language, lexicon: CameoLexicon) -> None:
    assert _codes(nlp, lexicon, "The council took action against noise.") == []
    assert _codes(nlp, lexicon, "The council took action to expel the rebels.") == ["174"], "action with a coded content"


def test_sending_weapons_is_military_aid(nlp: Language, lexicon: CameoLexicon) -> None:
    codes = _codes(nlp, lexicon, "Ruritania sent weapons to Freedonia to help defend the capital.")
    assert [c[:3] for c in codes][0] == "072"


@pytest.mark.parametrize(
    "text",
    [
        "The government on Monday modified its position on the border dispute.",
        "The ministry softened its stance on the fishing talks.",
    ],
)
def test_change_of_position_is_a_statement(nlp: Language, lexicon: CameoLexicon, text: str) -> None:
    assert _codes(nlp, lexicon, text) == ["010"]


def test_strike_by_workers_is_a_labour_strike(nlp: Language, lexicon: CameoLexicon) -> None:
    doc = nlp("Trains stopped running during a strike by transport workers.")
    strike = next(t for t in doc if t.lower_ == "strike")
    match = code_nominal(strike, lexicon)
    assert match is not None and match.code == "143"


def test_strike_by_aircraft_stays_an_attack(nlp: Language, lexicon: CameoLexicon) -> None:
    doc = nlp("The village was hit in a strike by enemy aircraft.")
    strike = next(t for t in doc if t.lower_ == "strike")
    match = code_nominal(strike, lexicon)
    assert match is not None and match.code.startswith("19")


def test_a_participle_standing_for_people_is_no_act(nlp: Language, lexicon: CameoLexicon) -> None:
    assert _codes(nlp, lexicon, "Helicopters evacuated the wounded from the town.") == ["073"], "'the wounded' are people, not a wounding"
    assert "182" in _codes(nlp, lexicon, "Soldiers wounded five villagers."), "the verb itself still codes"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Supreme Court struck down the law on Friday.", []),
        ("The rule was struck down by a federal judge.", []),
        ("Rebels struck the army base on Monday.", ["190"]),
        ("The officer was struck down by gunmen.", ["190"]),
    ],
    ids=["law", "passive-rule", "base", "officer"],
)
def test_frames_striking_down_a_law_is_no_attack(nlp, lexicon, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [c[:3] for c in _all_codes(nlp, lexicon, text)] == expected


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Norway sent tanks to Latvia.", "07"),
        ("Norway sent troops to the border.", "15"),
        ("Norway massed tanks near the border.", "15"),
    ],
    ids=["tanks-sent-are-arms", "troops-sent", "tanks-massed"],
)
def test_frames_tanks_sent_are_arms_and_troops_sent_a_deployment(nlp, lexicon, text: str, root: str) -> None:  # type: ignore[no-untyped-def]
    assert [c[:2] for c in _all_codes(nlp, lexicon, text)] == [root]


@pytest.mark.parametrize(
    "text",
    ['Norway called the sanctions "an act of economic war".', "Norway called the embargo a blockade."],
    ids=["quoted", "plain"],
)
def test_frames_calling_an_act_names_is_a_statement_not_the_act(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    # The sanctions are characterized, not imposed: one statement, no sanction or attack.
    from tests.helpers import extract_text

    assert [e.cameo for e in extract_text(extractor, text).events] == ["010"]


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Chile launched one of its biggest air attacks on Peru overnight.", "19"),
        ("Chile carried out some of the heaviest strikes on Peru since the war.", "19"),
    ],
    ids=["one-of", "some-of"],
)
def test_frames_a_part_of_the_acts_is_the_act(extractor, text: str, root: str) -> None:  # type: ignore[no-untyped-def]
    # "one of its biggest attacks": the partitive stands for the act it picks out.
    from tests.helpers import dyads, extract_text

    assert (root, "CHL", "PER") in dyads(extract_text(extractor, text))


def test_frames_sworn_in_is_no_pledge(nlp, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert _all_codes(nlp, lexicon, "The vice president was sworn in as president on Wednesday.") == []
    assert _all_codes(nlp, lexicon, "The rebels swore to fight on.") != [], "swearing to act is still a pledge"
