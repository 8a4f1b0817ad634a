"""More CAMEO frames: travel for an event, acts in protest, yielding to demands, seized ships, orders."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from kg.extract.events.cameo import CameoLexicon
from tests.helpers import cameo_codes as _codes

if TYPE_CHECKING:
    from spacy.language import Language


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


def test_purpose_through_help_is_no_event_of_its_own(nlp: Language, lexicon: CameoLexicon) -> None:
    codes = _codes(nlp, lexicon, "Ruritania sent weapons to Freedonia to help defend the capital.")
    assert [c[:2] for c in codes] == ["07"]
