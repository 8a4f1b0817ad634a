"""The field's verb dictionary (PETRARCH2) as the coder's fallback where kg's own lexicon is silent or its frames do not fit.

kg's CAMEO lexicon is an overlay: where it codes a verb, it decides. These
rules give the field's codes for the rest, each a named, switchable rule of
the coder (:data:`kg.extract.events.cameo_match.CODING_RULES`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from kg.extract.events.cameo_derivation import Hit
from kg.extract.events.cameo_lexicon import CameoLexicon, CameoPattern
from kg.extract.events.verbs import VerbCode, code_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["UNDERGONE_PATTERN", "field_code_the_subject_undergoes", "field_pattern_where_kg_frames_fail", "field_verb_dictionary"]


def _no_frame(act: Token) -> bool:
    return False


_NO_FRAME: Callable[[Token], bool] = _no_frame


def field_pattern_where_kg_frames_fail(token: Token, lexicon: CameoLexicon, frames_act: Callable[[Token], bool] = _NO_FRAME, undergone: bool = False) -> Hit | None:
    """A verb kg lists in frames that do not fit is coded by a field pattern that does: "*dropped the charges*" (081).

    kg lists "drop" for "dropped bombs"; "prosecutors *dropped the charges*"
    fits none of its frames and matches PETRARCH's ``DROP * CHARGES`` (081).
    Only a pattern with words of its own counts, never the verb's or its
    block's bare code: kg's lexicon said what the verb alone means.
    """
    return field_verb_dictionary(token, lexicon, frames_act, patterns_only=True, undergone=undergone)


def field_verb_dictionary(
    token: Token, lexicon: CameoLexicon, frames_act: Callable[[Token], bool] = _NO_FRAME, patterns_only: bool = False, undergone: bool = False
) -> Hit | None:
    """A verb kg's own lexicon does not know is coded by the field's verb dictionary (PETRARCH2): "rebels *ambushed* a convoy".

    kg's lexicon is an overlay: where it lists the verb (whatever the frame),
    it decides; the dictionary gives coverage of the rest. A code that makes
    the grammatical subject the target (PETRARCH's ``[:112]``) is taken only
    with ``undergone`` (rule :func:`field_code_the_subject_undergoes`).
    """
    framed = [c for c in token.children if c.dep_ in {"xcomp", "ccomp"}]
    framed += [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"]
    if any(frames_act(act) for act in framed):
        # "voted to reject", "voted on ratifying": the verb frames an act kg codes, and kg's derivations code the whole.
        return None
    found = _field_code(token)
    if found is not None and found.inverse and not (undergone and found.origin == "pattern" and found.pattern is not None and found.pattern.specificity > 0):
        return None
    if found is None or found.code not in lexicon.concepts or found.origin == "block":
        # A block's default code is the coarsest guess ("arrive" 040): only a verb's own code or a pattern counts.
        return None
    if patterns_only and (found.origin != "pattern" or found.pattern is None or found.pattern.specificity == 0):
        return None
    pattern_id = UNDERGONE_PATTERN if found.inverse else f"petrarch.{found.origin}"
    pattern = CameoPattern(id=pattern_id, lemmas=frozenset({token.lemma_.lower()}), code=found.code)
    return Hit(found.code, tuple(sorted(found.trigger)), pattern, f"petrarch:{found.origin}")


def _field_code(token: Token) -> VerbCode | None:
    """:func:`code_verb` with the shipped dictionary, read once per token of a parse (several coding rules ask)."""
    memo = token.doc.user_data.setdefault("kg.field_code", {})
    if token.i not in memo:
        memo[token.i] = code_verb(token)
    found: VerbCode | None = memo[token.i]
    return found


#: The pattern id of a field code whose act the grammatical subject undergoes.
UNDERGONE_PATTERN = "petrarch.undergone"


def field_code_the_subject_undergoes(token: Token, lexicon: CameoLexicon, frames_act: Callable[[Token], bool] = _NO_FRAME) -> Hit | None:
    """A field pattern whose act the subject undergoes codes it, the subject as target: "X *faces charges* in Tarvia" (112, Tarvia -> X).

    PETRARCH writes these ``[:code]``: "came under fire from", "appeared
    before a court", "faces charges". The source is the actor the verb
    phrase names after "from", "by", "before" or "in", else none.
    """
    return field_verb_dictionary(token, lexicon, frames_act, undergone=True)
