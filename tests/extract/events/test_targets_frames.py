"""Frames and participants fixed on the events2 branch (sentences written for these tests)."""

from __future__ import annotations

from tests.helpers import cameo_codes, extract_text

from kg.model import Extraction


def _codes(extraction: Extraction) -> set[str]:
    return {e.cameo for e in extraction.events}


def test_allowing_importation_eases_an_embargo(nlp, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert "085" in cameo_codes(nlp, lexicon, "The agency allowed the importation of Chilean copper.")


def test_allowing_imports_to_be_made_is_raised_object(extractor) -> None:  # type: ignore[no-untyped-def]
    codes = _codes(extract_text(extractor, "The Canadian customs office will allow such importation to be made under bond."))
    # Planned easing of an embargo: intent to ease (0354).
    assert "0354" in codes


def test_allowing_exports_to_resume(nlp, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert "085" in cameo_codes(nlp, lexicon, "The government permitted exports to resume.")


def _targets(extraction: Extraction, root: str) -> list[str | None]:
    actors = {a.id: a for a in extraction.actors}
    return [actors[e.target].name if e.target in actors else None for e in extraction.events if e.cameo.startswith(root)]


def test_rejected_it_is_the_order_not_the_building(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Before his speech, President Merz had not appeared since lifting the emergency decree early Friday "
        "after German lawmakers broke through a police line to enter the Bundestag building and voted to reject it."
    )
    targets = _targets(extract_text(extractor, text), "12")
    assert targets == ["Merz"]


def test_rejected_it_never_a_building(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Lawmakers defied a police cordon to enter the Bundestag building and voted unanimously to reject it."
    extraction = extract_text(extractor, text)
    rejections = [e for e in extraction.events if e.trigger.text(extraction.article.text) == "reject"]
    assert rejections and all(e.target is None for e in rejections)


def test_accusation_targets_the_accused_not_the_charge(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = extract_text(extractor, "Chile's president also accused his rivals of colluding with Iran.")
    accusations = [e for e in extraction.events if e.cameo.startswith("11")]
    assert accusations
    # The accused are unnamed; Iran is only in the act charged.
    assert "Iran" not in _targets(extraction, "11")


def test_accusation_of_a_named_party(extractor) -> None:  # type: ignore[no-untyped-def]
    assert _targets(extract_text(extractor, "Chile accused Peru of arming rebels near Iran."), "11") == ["Peru"]


def test_clause_comment_appositive_is_no_participant(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "President Boric said he would not impose a curfew a second time, a worry that had been raised by several Chilean opposition senators."
    assert _targets(extract_text(extractor, text), "17") == [None]


def test_descriptive_appositive_still_names_target(extractor) -> None:  # type: ignore[no-untyped-def]
    assert _targets(extract_text(extractor, "The army shelled the town, a stronghold of the Taliban."), "19") == ["Taliban"]


def test_directing_a_thing_is_no_order(nlp, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert cameo_codes(nlp, lexicon, "State television showed the president directing the exercise.") == []
    assert cameo_codes(nlp, lexicon, "The general commanded the northern army.") == []
    # Directing someone to act is a demand.
    assert cameo_codes(nlp, lexicon, "The president directed the army to withdraw from the town.") == ["1056"]


def test_directing_someone_to_act_is_an_order(nlp, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert cameo_codes(nlp, lexicon, "The president directed the army to withdraw.") == ["100"]


def test_expressed_protest_is_verbal(nlp, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert cameo_codes(nlp, lexicon, "The ministry expressed protest over the remarks.") == ["111"]
    assert cameo_codes(nlp, lexicon, "Thousands joined the protest in the capital.") == ["141"]
