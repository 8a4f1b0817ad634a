"""Shared parse readers of kg.extract.syntax on sentences written for these tests."""

from __future__ import annotations

from typing import Any

from kg.extract import syntax


def _token(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


def test_quotes(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("“We will respond,” the envoy said.")
    assert syntax.in_quote(_token(doc, "respond"))
    assert not syntax.in_quote(_token(doc, "said"))
    assert syntax.has_quote_before(_token(doc, "said"))
    assert syntax.sentence_has_quote(_token(doc, "said"))
    plain = nlp("The envoy said the army would respond.")
    assert not syntax.sentence_has_quote(_token(plain, "said"))


def test_depth_counts_links_to_the_root(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The envoy said the army would respond.")
    assert syntax.depth(_token(doc, "said")) == 0
    assert syntax.depth(_token(doc, "respond")) == 1


def test_first_person_subject_through_controlled_verbs(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("We call on both sides to stop the fighting.")
    assert syntax.first_person_subject(_token(doc, "call"))
    assert syntax.first_person_subject(_token(doc, "stop")), "the subject of the verb that controls it"
    other = nlp("They call on both sides to stop the fighting.")
    assert not syntax.first_person_subject(_token(other, "stop"))


def test_infinitives_and_agentless_passives(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The army decided to leave the town.")
    assert syntax.to_infinitive(_token(doc, "leave")) and syntax.is_to_infinitive(_token(doc, "leave"))
    assert not syntax.to_infinitive(_token(doc, "decided"))
    passive = nlp("The plan was described as a reversal.")
    assert syntax.agentless_passive(_token(passive, "described"))
    by_agent = nlp("The plan was described by the envoy as a reversal.")
    assert not syntax.agentless_passive(_token(by_agent, "described"))


def test_hyphen_rest_joins_a_written_word(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Karin Lund, the secretary-general of the league, spoke.")
    assert [t.text for t in syntax.hyphen_rest(_token(doc, "secretary"))] == ["-", "general"]
    spaced = nlp("The envoy - a veteran - spoke.")
    assert syntax.hyphen_rest(_token(spaced, "envoy")) == []


def test_predicate_of_a_sentence_rooted_in_its_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    """The small model may root "Thousands protested in Lima." in "Thousands"; the participle is the predicate then."""
    doc = nlp("Thousands protested in Lima.")
    protested = _token(doc, "protested")
    assert protested.dep_ == "acl", "the shipped model's misparse this reader repairs"
    assert syntax.predicate_of_verbless_root(protested)
    fragment = nlp("The poll released on Friday was wrong.")
    assert not syntax.predicate_of_verbless_root(_token(fragment, "released")), "a true reduced relative, with a verb after it"
    described = nlp("The men arrested on Monday.")
    assert not syntax.predicate_of_verbless_root(_token(described, "arrested")), "a noun with a determiner is described, not the subject"
