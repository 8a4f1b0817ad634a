"""Candidate predicates of a sentence: the CAMEO-coded verbs and event nouns that may be events.

:func:`find_candidates` codes the sentence, keeps event nouns only with
participants, and runs the selection rules of
:mod:`kg.extract.events.candidate_rules` (``CANDIDATE_RULES``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract.events.cameo import CameoLexicon, CameoMatch, code_tokens, keep_predicates
from kg.extract.events.candidate_rules import CANDIDATE_RULES, SentenceCoding, named_participant, nominal_has_actor
from kg.extract.events.cameo_syntax import TARGET_PREPS, between_pair, occurring_noun_takes_its_verbs_phrases
from kg.extract.rules import RuleSwitch, rule_name
from kg.model import Span

if TYPE_CHECKING:
    from spacy.tokens import Span as DocSpan
    from spacy.tokens import Token

__all__ = ["Candidate", "find_candidates"]


@dataclass
class Candidate:
    """A coded predicate of one sentence, before its arguments are resolved."""

    token: Token
    match: CameoMatch
    para: int
    sentence: Span


def find_candidates(sent: DocSpan, p_index: int, sentence: Span, lexicon: CameoLexicon, switch: RuleSwitch | None = None) -> list[Candidate]:
    """The candidate events of one sentence, in text order.

    Args:
        sent: the sentence in its paragraph's parse.
        p_index: the paragraph's index.
        sentence: the sentence's span in the article text.
        lexicon: the CAMEO lexicon.
        switch: rules switched off, and the record of what fired.
    """
    switch = switch if switch is not None else RuleSwitch()
    doc = sent.doc
    coded = code_tokens(sent, lexicon, switch)
    matches = keep_predicates(coded, doc, nominals="fallback", switch=switch)
    # An event noun is an event of its own only when the text gives its participants.
    dropped = [m for m in matches if doc[m.head].pos_ == "NOUN" and not nominal_has_actor(doc[m.head]) and not _occurs_with_participants(doc[m.head], switch)]
    matches = [m for m in matches if m not in dropped]
    coding = SentenceCoding(sent, lexicon, RuleSwitch(switch.disabled), frozenset(i for m in dropped for i in m.trigger_tokens), tuple(coded))
    for rule in CANDIDATE_RULES:
        name = rule_name(rule)
        if switch.on(name):
            kept = rule(matches, coding)
            switch.fire(name, len({id(m) for m in matches} ^ {id(m) for m in kept}))
            matches = kept
    if switch.on(_OCCURRING):
        # "Fighting erupted between X and Y": the noun is the event, its verb of occurring none.
        occurring = {occurring_noun_takes_its_verbs_phrases(doc[m.head]) for m in matches if doc[m.head].pos_ == "NOUN"}
        matches = [m for m in matches if doc[m.head] not in occurring]
    return [
        Candidate(doc[m.head], m, p_index, sentence)
        for m in sorted(matches, key=lambda m: m.trigger_tokens[0])
        if doc[m.head].pos_ != "NOUN" or nominal_has_actor(doc[m.head]) or named_participant(doc[m.head]) is not None
        or _occurs_with_participants(doc[m.head], switch)
    ]


def _occurs_with_participants(noun: Token, switch: RuleSwitch) -> bool:
    """An event noun whose verb of occurring gives its parties ("clashes broke out *between* X and Y")."""
    if not switch.on(_OCCURRING):
        return False
    verb = occurring_noun_takes_its_verbs_phrases(noun)
    return verb is not None and (between_pair(verb) is not None or any(c.dep_ == "prep" and c.lower_ in TARGET_PREPS for c in verb.children))


_OCCURRING = rule_name(occurring_noun_takes_its_verbs_phrases)
