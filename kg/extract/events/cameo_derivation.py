"""CAMEO recoding: how a modal, a matrix word or a reversing prefix turns one code into another.

Derivation families of the pattern lexicon (``families`` in
``kg/data/cameo_patterns.json``) map the code of a complement to the code of
the whole: "threatened to attack" is a threat (138x), "will release" an
intent (0353), "must withdraw" a demand (1056), "de-ratify" halting (16x).
:mod:`kg.extract.events.cameo_frames` finds the words; this module recodes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract.events.cameo_lexicon import CameoLexicon, CameoPattern
from kg.extract.syntax import FUTURE_AUX, POSSIBILITY_MODALS, to_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Hit", "apply_tense", "derive", "derived_hit", "is_negated", "modal_family", "pattern_hit", "reversing_prefix"]

#: Future and volitional auxiliaries: CAMEO codes a forecast cooperative act as
#: an intent (03) and a forecast conflictual act as a threat (13).
_FUTURE_AUX = FUTURE_AUX | {"would"}
_NEG_WORDS = frozenset({"not", "n't", "never", "no"})
#: Obligation and possibility modals: "must withdraw" is a demand (10),
#: "may halt mediation" a threat (13).
_OBLIGATION_AUX = frozenset({"must"})
_POSSIBILITY_AUX = POSSIBILITY_MODALS
_ADVICE_AUX = frozenset({"should", "ought"})

@dataclass(frozen=True)
class Hit:
    """An internal match before it becomes a :class:`CameoMatch`."""

    code: str
    tokens: tuple[int, ...]
    pattern: CameoPattern
    derivation: str = ""
    base_code: str | None = None
    derived: bool = False  # recoded by a family (a matrix verb or a modal)


#: Prefixes that undo the word they are hyphened to ("*de*-ratify", "*un*-freeze").
#: ("re-", "co-", "counter-" keep the act: "re-impose" is imposing.)
_REVERSING_PREFIXES = frozenset({"de", "un", "dis"})


def reversing_prefix(token: Token, lexicon: CameoLexicon, hit: Hit | None) -> Hit | None:
    """Recode a word hyphened to a reversing prefix as halting it: "*de*-ratify the pact" (161, not 057).

    "de-ratify the treaty" is no ratification (057) but its reversal: ending
    an act is coded as halting it ("halt" family: leaving a treaty is 161).
    An act the family cannot reverse is no event.
    """
    if hit is None or token.i < 2:
        return hit
    doc = token.doc
    hyphen, prefix = doc[token.i - 1], doc[token.i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or prefix.whitespace_ or prefix.lower_ not in _REVERSING_PREFIXES:
        return hit
    reversed_code = derive("halt", hit.code, lexicon)
    if reversed_code is None:
        return None
    return Hit(reversed_code, (prefix.i, *hit.tokens), hit.pattern, f"reverse({hit.pattern.id})", hit.code, derived=True)


#: The code of a matched phrase that is no event at all ("struck *down* the law"):
#: a pattern with no code, no complement and ``"event": false``.
NO_EVENT = "---"


def pattern_hit(pattern: CameoPattern, tokens: Sequence[int], content: Hit | None, lexicon: CameoLexicon) -> Hit | None:
    """A matched pattern's hit: the code its coded complement derives, else its own code (if any).

    A pattern that codes nothing and is no event blocks the verb's other
    readings with a :data:`NO_EVENT` hit.
    """
    if pattern.code is None and pattern.complement is None and not pattern.event:
        return Hit(NO_EVENT, tuple(tokens), pattern)
    return derived_hit(pattern, tokens, content, lexicon) or (Hit(pattern.code, tuple(tokens), pattern) if pattern.code is not None else None)


def derived_hit(pattern: CameoPattern, tokens: Sequence[int], content: Hit | None, lexicon: CameoLexicon) -> Hit | None:
    """The code a matrix word gives its coded complement ("threatened to attack" -> 138x)."""
    if content is None or pattern.complement is None:
        return None
    derived = derive(pattern.complement, content.code, lexicon)
    if derived is None:
        return None
    return Hit(derived, (*tokens, *content.tokens), pattern, f"{pattern.complement}({content.pattern.id})", content.code, derived=True)


def derive(family_name: str, code: str, lexicon: CameoLexicon) -> str | None:
    seen: set[str] = set()
    name: str | None = family_name
    while name is not None and name not in seen:
        seen.add(name)
        family = lexicon.families[name]
        for size in range(len(code), 1, -1):
            mapped = family.mapping.get(code[:size])
            if mapped is not None:
                return mapped
        if family.fallback is None:
            return family.default
        name = family.fallback
    return None


def apply_tense(token: Token, hit: Hit, lexicon: CameoLexicon) -> Hit:
    """Recode an act by its modal, as CAMEO does.

    "will release" -> 0353 (intent), "will attack" -> 1384 (threat), "will not
    accept refugees" -> 1223 (refusal), "must withdraw" -> 1056 (demand),
    "may halt mediation" -> 135 (threat), "must agree to reforms" -> 104.
    The families only map codes they know, so a modal on a speech act
    ("will demand") leaves it alone.
    """
    if hit.pattern.reporting:
        return hit
    family = modal_family(token)
    if family is None:
        return hit
    derived = derive(family, hit.code, lexicon)
    if derived is None or derived == hit.code:
        return hit
    derivation = family + (f"({hit.derivation})" if hit.derivation else "")
    return Hit(derived, hit.tokens, hit.pattern, derivation, hit.code, derived=True)


def modal_family(token: Token) -> str | None:
    auxes = [c.lower_ for c in token.children if c.dep_ == "aux"]
    # "have to" / "has to" is an obligation like "must".
    if any(a in _OBLIGATION_AUX for a in auxes) or _has_to(token):
        return "obligation"
    if any(a in _FUTURE_AUX for a in auxes):
        return "future_negated" if is_negated(token) else "future"
    if any(a in _POSSIBILITY_AUX for a in auxes):
        return "possibility"
    if any(a in _ADVICE_AUX for a in auxes):
        return "advice"
    return None


def _has_to(token: Token) -> bool:
    head = token.head
    return (
        token.dep_ == "xcomp"
        and head.lemma_.lower() in ("have", "need")
        and to_infinitive(token)
    )


def is_negated(token: Token) -> bool:
    for child in token.children:
        if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ in _NEG_WORDS):
            return True
    # "refused to" is coded by the lexicon; only a negated head or matrix counts.
    if token.dep_ in ("xcomp",) and token.head.i != token.i:
        return any(c.dep_ == "neg" for c in token.head.children)
    return False
