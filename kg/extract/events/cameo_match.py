"""CAMEO event coding of single predicates and of whole sentences.

:func:`code_predicate` codes one verb, :func:`code_nominal` one event noun,
and :func:`code_span` every predicate of a sentence, keeping only the widest
non-overlapping matches. There is no default code: a predicate no pattern
covers gives ``None``, never "010".
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from kg.extract.events.cameo_derivation import Hit, apply_tense, is_negated, modal_family, reversing_prefix
from kg.extract.events.cameo_field import field_code_the_subject_undergoes, field_pattern_where_kg_frames_fail, field_verb_dictionary
from kg.extract.events.cameo_frames import MAX_DEPTH, announced_act_of_other, inflection_guess, match_noun, match_verb
from kg.extract.events.cameo_lexicon import CameoLexicon, CameoMatch, CameoPattern
from kg.extract.rules import Rule, RuleSwitch, rule_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def code_predicate(token: Token, lexicon: CameoLexicon, switch: RuleSwitch | None = None) -> CameoMatch | None:
    """Code one verb (or a copula with a predicative adjective) by its frame.

    Looks at the lemma, the particle (``prt``), the object (``dobj``, or the
    subject of a passive), prepositional attachments and the open or clausal
    complement, and returns the most specific match. A matrix verb with a
    derivation family recodes its complement ("threatened to attack" ->
    1384, "refused to meet" -> 125); a future auxiliary turns a cooperative
    act into an intent (03) and a conflictual one into a threat (13).

    Args:
        token: a token of a parsed Doc, usually a VERB.
        lexicon: the loaded lexicon (:func:`load_cameo`).
        switch: coding rules switched off (``CODING_RULES``); all on by default.

    Returns:
        The match, or ``None`` when no pattern covers the predicate.
    """
    switch = switch if switch is not None else RuleSwitch()
    hit = match_verb(token, lexicon, MAX_DEPTH, switch)
    if hit is None and switch.on(_OBLIGATION):
        hit = reported_obligation(token, lexicon, switch)
        switch.fire(_OBLIGATION, hit is not None)
    if hit is None or not hit.pattern.event:
        return None
    hit = apply_tense(token, hit, lexicon)
    return _to_match(token, hit, lexicon)


def reported_obligation(token: Token, lexicon: CameoLexicon, switch: RuleSwitch) -> Hit | None:
    """A reported "must" is a demand (100) even when its verb has no code: "Orvan said Tarvia must reconsider"."""
    if token.dep_ != "ccomp" or modal_family(token) != "obligation":
        return None
    if not any(c.dep_ == "nsubj" for c in token.children):
        return None
    head = match_verb(token.head, lexicon, 0, switch)
    if head is None or not head.pattern.reporting:
        return None
    pattern = CameoPattern(id="v.reported_obligation", lemmas=frozenset({token.lemma_.lower()}), code="100")
    return Hit("100", (token.i,), pattern, "obligation", derived=True)


def code_nominal(token: Token, lexicon: CameoLexicon, switch: RuleSwitch | None = None) -> CameoMatch | None:
    """Code an event noun ("a visit to", "talks with", "the attack on").

    Content-only nouns ("reform", "aid" as a topic) are not coded on their own;
    they only shape the code of a governing verb.

    Args:
        token: a NOUN (or PROPN) token of a parsed Doc.
        lexicon: the loaded lexicon.
        switch: coding rules switched off; all on by default.

    Returns:
        The match, or ``None``.
    """
    hit = match_noun(token, lexicon, MAX_DEPTH, switch if switch is not None else RuleSwitch())
    if hit is None or not hit.pattern.event:
        return None
    return _to_match(token, hit, lexicon)


def code_span(
    span: Span | Iterable[Token], lexicon: CameoLexicon, *, nominals: str = "fallback", switch: RuleSwitch | None = None
) -> list[CameoMatch]:
    """Code every predicate of a sentence and keep the widest matches.

    Verbs go through :func:`code_predicate`, nouns through :func:`code_nominal`.
    Dropped, so that each event is reported once:

    * a match whose trigger tokens all lie inside another match's triggers (the
      "attack" of "threatened to attack", the "sanctions" of "imposed sanctions");
    * the reason of a charge (rule ``reason_of_charge``: "jailed *for spying*");
    * with ``nominals="fallback"`` (the default), event nouns when a verb of the
      span was coded as an event, unless the noun is a subject ("the *attack*
      killed five"): nouns in adjuncts ("during the *war*", "ahead of *talks*")
      are mostly background. ``nominals="all"`` keeps every event noun.

    Returns:
        Matches in order of their first trigger token.
    """
    if nominals not in ("fallback", "all"):
        raise ValueError(f"nominals must be 'fallback' or 'all', not {nominals!r}")
    switch = switch if switch is not None else RuleSwitch()
    tokens = list(span)
    doc = tokens[0].doc if tokens else None
    return keep_predicates(code_tokens(tokens, lexicon, switch), doc, nominals=nominals, switch=switch)


#: Dependencies of a noun phrase: a verb tagged so names what it describes ("the wounded").
_NOMINAL_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj"})


def code_tokens(span: Span | Iterable[Token], lexicon: CameoLexicon, switch: RuleSwitch) -> list[CameoMatch]:
    """The first step of :func:`code_span`: each predicate's match, but those inside another's triggers.

    Kept apart so that a caller coding the same sentence twice (with
    ``nominals`` "fallback" and "all") codes its tokens once.
    """
    tokens = list(span)
    matches: list[CameoMatch] = []
    for token in tokens:
        pos, dep = token.pos_, token.dep_  # (spaCy builds the strings anew on each read)
        if pos in ("VERB", "AUX") and dep in ("amod", "compound"):
            # A participle used as a modifier ("the *alleged* bombers", "*banned*
            # party") describes a noun; it is not a predicate of this sentence.
            match = None
        elif pos == "VERB" and dep in _NOMINAL_DEPS and any(c.dep_ == "det" for c in token.children):
            # A participle standing for the people it describes ("evacuated *the wounded*") names no act.
            match = None
        elif pos in ("VERB", "AUX") or (pos == "ADJ" and dep == "ROOT"):
            match = code_predicate(token, lexicon, switch)
        elif pos == "NOUN":
            # Proper nouns are names ("March", "Operation X"), not event nouns.
            match = code_nominal(token, lexicon, switch)
        else:
            match = None
        if match is not None:
            matches.append(match)
    kept: list[CameoMatch] = []
    for index, match in enumerate(matches):
        mine = set(match.trigger_tokens)
        subsumed = any(
            mine < set(other.trigger_tokens) or (mine == set(other.trigger_tokens) and other_index < index)
            for other_index, other in enumerate(matches)
            if other_index != index
        )
        if not subsumed:
            kept.append(match)
    return kept


def keep_predicates(kept: list[CameoMatch], doc: Doc | None, *, nominals: str, switch: RuleSwitch) -> list[CameoMatch]:
    """The second step of :func:`code_span`: drop charges' reasons and, with ``nominals="fallback"``, background nouns."""
    result: list[CameoMatch] = []
    for match in kept:
        if doc is None:
            break
        token = doc[match.head]
        if switch.on(_CHARGE) and reason_of_charge(token, kept, doc):
            switch.fire(_CHARGE)
            continue
        if (
            nominals == "fallback"
            and token.pos_ == "NOUN"
            and token.dep_ not in ("nsubj", "nsubjpass")
            and any(not m.reporting and doc[m.head].pos_ != "NOUN" for m in kept)
        ):
            continue
        result.append(match)
    return sorted(result, key=lambda m: m.trigger_tokens[0])


#: Roots of acts that answer a deed: criticism (11) and coercion (17). The
#: deed they are "for" is alleged, not reported ("arrested *for spying*").
_CHARGING_ROOTS = frozenset({"11", "17"})


def reason_of_charge(token: Token, kept: list[CameoMatch], doc: Doc) -> bool:
    """Drop the gerund giving the reason of an arrest or rebuke: "jailed *for spying*", "accused Tarvia *of arming* rebels"."""
    if token.tag_ != "VBG" or token.dep_ not in ("pcomp", "pobj"):
        return False
    prep = token.head
    if prep.lower_ not in ("for", "of") or prep.head.i == prep.i:
        return False
    # The parser may hang the preposition on the accused ("accused *his opponents* of ...").
    governors = {prep.head.i} | ({prep.head.head.i} if prep.head.dep_ == "dobj" else set())
    return any(governors & set(m.trigger_tokens) and m.concept.root in _CHARGING_ROOTS for m in kept)






def _to_match(token: Token, hit: Hit, lexicon: CameoLexicon) -> CameoMatch:
    negated = hit.pattern.negatable and is_negated(token)
    pattern_id = hit.pattern.id + (">" + hit.derivation if hit.derivation else "")
    return CameoMatch(
        code=hit.code,
        trigger_tokens=tuple(sorted(set(hit.tokens))),
        concept=lexicon.concept(hit.code),
        reporting=hit.pattern.reporting,
        pattern_id=pattern_id,
        negated=negated,
        base_code=hit.base_code,
        head=token.i,
        readiness=hit.pattern.negated_only,
    )


#: Exceptions of the CAMEO coder, in the order the coder meets them. Each is
#: checked where it applies (deep in the frame matcher for the first three)
#: and counts the predicates it recoded, kept or dropped.
CODING_RULES: tuple[Rule, ...] = (
    inflection_guess,
    field_verb_dictionary,
    field_pattern_where_kg_frames_fail,
    field_code_the_subject_undergoes,
    reversing_prefix,
    announced_act_of_other,
    reported_obligation,
    reason_of_charge,
)

_OBLIGATION = rule_name(reported_obligation)
_CHARGE = rule_name(reason_of_charge)
