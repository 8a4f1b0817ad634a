"""Arguments the subject does not give as source: passive infinitives and acts the subject undergoes."""

from __future__ import annotations

from tests.helpers import extract_text


def _args(extractor, text: str, trigger: str) -> tuple[str | None, str | None]:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, text)
    names = {a.id: a.name for a in x.actors}
    (event,) = [e for e in x.events if e.trigger.text(x.article.text).startswith(trigger)]
    return names.get(event.source or ""), names.get(event.target or "")


def test_the_subject_of_a_passive_infinitive_is_its_target(extractor) -> None:  # type: ignore[no-untyped-def]
    assert _args(extractor, "Julian Assange was due to be released from prison in September.", "released") == (None, "Julian Assange")


def test_the_by_agent_of_a_passive_infinitive_is_its_source(extractor) -> None:  # type: ignore[no-untyped-def]
    source, target = _args(extractor, "The Peruvian rebels want to be recognised by Chile.", "recognised")
    assert (source, target) == ("Chile", "Peruvian Rebels")


def test_an_active_infinitive_still_shares_its_subject(extractor) -> None:  # type: ignore[no-untyped-def]
    assert _args(extractor, "Chile sent troops to attack Peru.", "attack") == ("Chile", "Peru")


def test_a_field_code_the_subject_undergoes_reverses_the_dyad(extractor) -> None:  # type: ignore[no-untyped-def]
    # PETRARCH's "[:111]" and "[:112]": the grammatical subject is the target.
    assert _args(extractor, "Chilean troops came under fire from Peruvian rebels.", "came") == ("Peruvian Rebels", "Chilean armed forces")
    assert _args(extractor, "Julio Ortiz, a Peruvian activist, faces 18 criminal charges in Chile.", "faces") == ("Chile", "Julio Ortiz")


def test_an_occurring_event_noun_takes_its_verbs_parties(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract_text(extractor, "Fighting erupted between the Peruvian army and Chilean rebels on Monday.")
    names = {a.id: a.name for a in x.actors}
    assert [(e.trigger.text(x.article.text), names.get(e.source or ""), names.get(e.target or "")) for e in x.events] == [
        ("Fighting", "Peruvian armed forces", "Chilean Rebels")
    ], "one event, the noun's; the verb of occurring is none"
