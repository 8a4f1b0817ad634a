"""Event argument attachment: stance participles, gerunds after prepositions, owners of a target (sentences written for these tests)."""

from __future__ import annotations

import pytest

from kg.document import build_article
from kg.extract import extract_articles
from kg.model import Extraction
from tests.helpers import extract_text


def _dyads(extractor, text: str) -> set[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    article = build_article({"id": "t", "text": text, "published": "2021-05-04"}, origin="test")
    result = next(extract_articles([article], extractor))
    assert isinstance(result, Extraction)
    actors = {a.id: a for a in result.actors}

    def code(actor_id: str | None) -> str | None:
        actor = actors.get(actor_id or "")
        return None if actor is None else ((actor.code or actor.country or "")[:3] or None)

    return {(e.cameo[:2], code(e.source), code(e.target)) for e in result.events}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Peruvian troops were engaged in heavy fighting against Chilean forces near the border.", "PER"),
        ("Kenyan students protested on Monday by blocking roads to the Ugandan embassy.", "KEN"),
    ],
    ids=["engaged-stative", "gerund-after-by"],
)
def test_events_subject_reaches_the_act(extractor, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    assert any(src == source for _, src, _ in _dyads(extractor, text))


def test_events_nominal_target_owner(extractor) -> None:  # type: ignore[no-untyped-def]
    dyads = _dyads(extractor, "Bolivian protests against Chilean trade policies continued on Friday.")
    assert any(src == "BOL" and tgt == "CHL" for _, src, tgt in dyads)


def test_events_reported_possessive_forces_act_for_speaker(extractor) -> None:  # type: ignore[no-untyped-def]
    dyads = _dyads(extractor, "Armenia said on Friday that its forces had completed their withdrawal from the disputed district.")
    assert any(root == "08" and src == "ARM" for root, src, _ in dyads)


def test_events_obligation_in_issued_warning(extractor) -> None:  # type: ignore[no-untyped-def]
    dyads = _dyads(extractor, "The Peruvian president sent a firm reminder to Chile that it must cooperate fully with the inspectors.")
    assert ("10", "PER", "CHL") in {(r, s, t) for r, s, t in dyads}


def test_events_purpose_clause_target_from_governing_verb(extractor) -> None:  # type: ignore[no-untyped-def]
    dyads = _dyads(extractor, "The United Nations has sent 30 military observers to Moldova on Friday to investigate the clashes.")
    assert any(root == "09" and tgt == "MDA" for root, _, tgt in dyads)


def test_the_claimant_of_responsibility_did_the_act(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Al-Shabaab claimed responsibility for attacking a Kenyan army base.")
    (attack,) = [e for e in x.events if e.cameo.startswith("19")]
    names = {a.id: a.name for a in x.actors}
    assert names[attack.source or ""] == "al-Shabaab"
    # Not every noun before "for" hands its act to the subject: the shelling is not Russia's.
    y = extract_text(extractor, "Russia demanded compensation for shelling its embassy.")
    assert all(e.source != "rus" for e in y.events if e.cameo.startswith("19"))


@pytest.mark.parametrize(("text", "root", "source"), [
    # Object control: the object does what the infinitive says.
    ("The sanctions forced Iran to suspend talks with the IAEA.", "16", "irn"),
    ("The United States and South Korea began joint exercises on Monday, prompting North Korea to warn of retaliation.", "13", "prk"),
    # "promise" keeps its subject.
    ("Iran promised Russia to supply drones.", "03", "irn"),
    # A gerund after the object and "against", "from", "for": the object does it.
    ("China warned the United States against selling weapons to Taiwan.", "06", "usa"),
    # "by" + gerund is the manner of the subject's own act.
    ("Chile protested by closing its border with Peru.", "19", "chl"),
])
def test_the_object_of_force_or_prompt_does_the_infinitive(extractor, text: str, root: str, source: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in extract_text(extractor, text).events if e.cameo.startswith(root)]
    assert events and {e.source for e in events} == {source}, events
