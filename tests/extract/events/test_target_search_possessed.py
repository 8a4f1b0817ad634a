"""Possessed objects: the subject's own belongings or another party's (sentences written for these tests)."""

from __future__ import annotations

from tests.helpers import extract_text as _extract


def _target_aliases(extraction, text: str, trigger: str) -> set[str]:  # type: ignore[no-untyped-def]
    by_id = {a.id: a for a in extraction.actors}
    return {alias for e in extraction.events if trigger in e.trigger.text(text) and e.target in by_id for alias in by_id[e.target].aliases}


def test_their_after_a_plural_object_is_that_objects(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Greece seized two Turkish fishing trawlers and arrested their crew on Monday."
    assert "their crew" in _target_aliases(_extract(extractor, text), text, "arrested")


def test_their_with_no_other_antecedent_is_the_subjects(nlp) -> None:  # type: ignore[no-untyped-def]
    from kg.extract.events.target_search import self_possessed

    doc = nlp("The two parties sent their delegates to the talks.")
    assert self_possessed(next(t for t in doc if t.text == "delegates"))
    doc = nlp("Greece seized two Turkish fishing trawlers and arrested their crew on Monday.")
    assert not self_possessed(next(t for t in doc if t.text == "crew"))
