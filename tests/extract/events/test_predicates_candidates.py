"""Which coded predicates of a sentence are candidate events (kg.extract.events.predicates)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.events.cameo import CameoLexicon
from kg.extract.events.predicates import find_candidates
from kg.model import Span

if TYPE_CHECKING:
    from spacy.language import Language


def _candidates(nlp: Language, lexicon: CameoLexicon, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    sent = next(iter(doc.sents))
    return [(c.token.text, c.match.code) for c in find_candidates(sent, 0, Span(0, len(text)), lexicon)]


def test_present_relative_clause_is_background(nlp: Language, lexicon: CameoLexicon) -> None:
    found = _candidates(nlp, lexicon, "Ruritania sent weapons to Freedonia, which is preparing an offensive against the rebels.")
    assert [code[:2] for _, code in found] == ["07"]


def test_past_relative_clause_is_an_event(nlp: Language, lexicon: CameoLexicon) -> None:
    found = _candidates(nlp, lexicon, "Ruritania met the rebels, who have long refused to negotiate with the government.")
    assert {code[:2] for _, code in found} == {"04", "12"}


def test_reduced_relative_is_background(nlp: Language, lexicon: CameoLexicon) -> None:
    found = _candidates(nlp, lexicon, "Ruritania agreed to hand over two men suspected of bombing the embassy.")
    assert [code[:2] for _, code in found] == ["03"]


def test_content_of_a_demand_clause_is_no_event(nlp: Language, lexicon: CameoLexicon) -> None:
    found = _candidates(nlp, lexicon, "Ruritania demanded that its allies refuse to recognize the new republic.")
    assert [code for _, code in found] == ["100"]


def test_content_of_a_demand_noun_is_no_event(nlp: Language, lexicon: CameoLexicon) -> None:
    assert _candidates(nlp, lexicon, "There was a demand that the army withdraw from the city.") == []
    assert _candidates(nlp, lexicon, "The army withdrew from the city.") == [("withdrew", "0874")]


def test_content_of_an_allegation_is_an_event(nlp: Language, lexicon: CameoLexicon) -> None:
    found = _candidates(nlp, lexicon, "There were allegations that the army attacked the village.")
    assert [code for _, code in found] == ["190"]


def test_event_noun_after_following_is_background(nlp: Language, lexicon: CameoLexicon) -> None:
    found = _candidates(nlp, lexicon, "Ruritania offered to negotiate with Freedonia following the invasion of Utopia.")
    assert [code[:2] for _, code in found] == ["03"]


def test_event_noun_under_amid_gerund_is_background(nlp: Language, lexicon: CameoLexicon) -> None:
    text = "The minister said he would return to the capital, amid growing public anger over the new tax."
    assert all(code[:2] != "11" for _, code in _candidates(nlp, lexicon, text))


def test_hosting_troops_is_no_visit(nlp: Language, lexicon: CameoLexicon) -> None:
    text = "The island, which hosts thousands of foreign troops, lies off the coast."
    assert all(code != "043" for _, code in _candidates(nlp, lexicon, text))


def test_object_of_a_coded_act_is_its_content(nlp: Language, lexicon: CameoLexicon) -> None:
    text = "Ruritania rejected calls by Freedonia to hold a referendum."
    found = _candidates(nlp, lexicon, text)
    assert [code[:2] for _, code in found] == ["12"]


def test_characterization_is_a_statement_with_its_object_as_content(nlp: Language, lexicon: CameoLexicon) -> None:
    found = _candidates(nlp, lexicon, "Ruritanian officials characterized the country's exit from the pact as a step toward fairness.")
    assert [code for _, code in found] == ["010"]


def test_clause_with_its_own_subject_is_no_gerund_complement(nlp: Language, lexicon: CameoLexicon) -> None:
    found = _candidates(nlp, lexicon, "In what was described as a reversal, the mayor reneged on his pledge to the voters.")
    assert [code[:2] for _, code in found] == ["12"]


def test_nationality_adjective_on_a_war_is_its_place(nlp: Language, lexicon: CameoLexicon) -> None:
    found = _candidates(nlp, lexicon, "Observers hope that the Freedonian war may soon end.")
    assert "war" not in [word for word, _ in found]
    assert found == [("hope", "013")]


def test_nationality_adjective_on_a_war_with_an_opponent_is_its_party(nlp: Language, lexicon: CameoLexicon) -> None:
    found = _candidates(nlp, lexicon, "The Freedonian war against the rebels has lasted a decade.")
    assert [code[:2] for _, code in found] == ["19"]


def test_strike_by_a_group_of_people_is_an_event(nlp: Language, lexicon: CameoLexicon) -> None:
    found = _candidates(nlp, lexicon, "Troops patrolled the port to prevent fires tied to a strike by dock workers.")
    assert "143" in [code for _, code in found]


def test_strike_by_a_thing_is_no_event(nlp: Language, lexicon: CameoLexicon) -> None:
    found = _candidates(nlp, lexicon, "The minister spoke about a strike by the ship.")
    assert "143" not in [code for _, code in found]
    assert found == [("spoke", "010")]
    by_people = _candidates(nlp, lexicon, "The minister spoke about a strike by the dock workers.")
    assert ("strike", "143") in by_people, "a strike by workers is one"


def test_country_name_performs_a_test(nlp: Language, lexicon: CameoLexicon) -> None:
    found = _candidates(nlp, lexicon, "The ministry condemned North Korea missile tests last month.")
    assert any(code.startswith("15") for _, code in found)


def test_country_name_on_a_war_is_its_topic(nlp: Language, lexicon: CameoLexicon) -> None:
    found = _candidates(nlp, lexicon, "The ministry discussed the Ukraine war last month.")
    assert not any(code.startswith(("19", "20")) for _, code in found)
    assert found == [("discussed", "040")]


def test_failing_to_ratify_is_a_negated_signing(nlp: Language, lexicon: CameoLexicon) -> None:
    found = _candidates(nlp, lexicon, "Ruritania failed to ratify the new convention on fisheries.")
    assert [code for _, code in found] == ["057"]


def test_ratify_needs_no_agreement_noun(nlp: Language, lexicon: CameoLexicon) -> None:
    found = _candidates(nlp, lexicon, "The parliament ratified its provisions in May.")
    assert [code for _, code in found] == ["057"]
