"""Acts a story reports again: a later mention of an act already reported is no new event.

News returns to its main acts: "the minister's visit to Kesh" paragraphs
after the visit was reported, "the penalties were imposed on X" after
"sanctioned X", "by softening its stance" after "softened its stance", or
the same words again ("proposed lifting the fishing quota"). An analyst codes
the act once; a dated mention ("X met Y again on Friday") is a new act. Each
reader here backs one filter of :mod:`kg.extract.events.filters`; repeated
wording of speech is left to :mod:`kg.extract.events.restatement`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.model import Event, TimeAnchor
from kg.extract.words import WordClass

if TYPE_CHECKING:
    from spacy.tokens import Token


def names_earlier_event(event: Event, earlier: Sequence[Event]) -> bool:
    """Whether an undated event noun repeats an earlier event: same code and source, same target or none.

    "Police arrested two fishermen on Monday. ... the detention by police
    was illegal": the noun names the arrest already reported.
    """
    if event.time.anchor is TimeAnchor.EXPLICIT or event.source is None:
        return False
    return any(e.cameo == event.cameo and e.source == event.source and event.target in {e.target, None} for e in earlier)


def is_means_of_earlier_act(token: Token, event: Event, earlier: Sequence[Event]) -> bool:
    """A "by V-ing" means clause naming an act its actor was already reported doing (same code)."""
    if token.tag_ != "VBG" or token.dep_ != "pcomp" or token.head.lower_ != "by" or event.source is None:
        return False
    if event.time.anchor is TimeAnchor.EXPLICIT:
        return False
    return any(e.source == event.source and e.cameo == event.cameo for e in earlier)


#: Words a restatement may add or drop ("lifting *the* fishing quota").
_FILLER_WORDS = WordClass("filler_words")


def repeats_earlier_wording(event: Event, earlier: Sequence[Event], text: str) -> bool:
    """An undated act its actor was already reported doing in the same words (determiners aside).

    Only multi-word triggers ("proposed lifting the fishing quota"): a bare
    repeated verb ("met", "attacked") may well be a new act.
    """
    if event.time.anchor is TimeAnchor.EXPLICIT or event.source is None:
        return False
    words = _content_words(event.trigger.text(text))
    if len(words) < 3:
        return False
    return any(e.source == event.source and e.cameo == event.cameo and _content_words(e.trigger.text(text)) == words for e in earlier)


def _content_words(trigger: str) -> tuple[str, ...]:
    return tuple(w for w in trigger.lower().split() if w not in _FILLER_WORDS)


#: Determiners of a noun that takes up something already reported ("*the* penalties").
_ANAPHORIC_DETS = {"the", "these", "those", "such"}
#: Roots of penalties one measure can restate another's (sanctions 16x, administrative sanctions 17x).
_PENALTY_ROOTS = {"16", "17"}


def restates_earlier_measure(token: Token, event: Event, earlier: Sequence[Event]) -> bool:
    """An agentless passive on a definite noun ("the penalties were imposed on X") whose target an earlier penalty already hit.

    The definite noun takes up a measure the story reported before; the
    sentence explains it rather than reporting a new one.
    """
    if event.time.anchor is TimeAnchor.EXPLICIT or event.target is None or event.cameo[:2] not in _PENALTY_ROOTS:
        return False
    if any(c.dep_ == "agent" for c in token.children):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if subject is None or not any(c.dep_ == "det" and c.lower_ in _ANAPHORIC_DETS for c in subject.children):
        return False
    return any(e.target == event.target and e.cameo[:2] in _PENALTY_ROOTS and e.source is not None for e in earlier)
