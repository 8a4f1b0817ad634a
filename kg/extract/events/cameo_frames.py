"""CAMEO frame matching: a token's lemma and dependency frame against the patterns.

The internals behind :mod:`kg.extract.events.cameo_match`: verb, adjective and
noun patterns and the complement chains of matrix words; the recoding itself
(derivation families, modals, reversing prefixes) is
:mod:`kg.extract.events.cameo_derivation`. ``switch`` carries the coding rules
that are switched off (``CODING_RULES`` of :mod:`kg.extract.events.cameo_match`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from kg.extract.events.cameo_derivation import NO_EVENT, Hit, apply_tense, derive, is_negated, pattern_hit, reversing_prefix
from kg.extract.events.cameo_lexicon import CameoLexicon, CameoPattern
from kg.extract.events.cameo_syntax import (
    OBJECT_DEPS,
    carries_clause,
    contained,
    described_noun,
    has_subject,
    lemma_in,
    modifiers_of,
    negated_infinitive,
    object_class,
    objects_of,
    raised_objects,
    preps_of,
)

from kg.extract.events.cameo_field import UNDERGONE_PATTERN, field_code_the_subject_undergoes, field_pattern_where_kg_frames_fail, field_verb_dictionary
from kg.extract.rules import RuleSwitch, rule_name
from kg.extract.syntax import to_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["MAX_DEPTH", "announced_act_of_other", "inflection_guess", "match_noun", "match_verb"]

#: How deep complement chains are followed ("threatened to cut off aid").
MAX_DEPTH = 3


def match_verb(token: Token, lexicon: CameoLexicon, depth: int, switch: RuleSwitch) -> Hit | None:
    return _reversed(token, lexicon, _match_verb(token, lexicon, depth, switch), switch)


def _match_verb(token: Token, lexicon: CameoLexicon, depth: int, switch: RuleSwitch) -> Hit | None:
    lemma = token.lemma_.lower()
    # A copula with a predicative adjective ("is willing to send", "is ready to
    # talks") is coded by the adjective, which carries the complement.
    if lemma in ("be", "remain", "seem", "appear", "stand"):
        for child in token.children:
            if child.dep_ == "acomp":
                hit = _code_adjective(child, lexicon, depth, switch)
                if hit is not None:
                    return hit
        # Otherwise only a prepositional frame codes a copula ("remained on
        # alert", "is under investigation"); the bare verb says nothing.
        candidates = tuple(p for p in _candidates(token, lexicon.verbs, switch) if p.preps)
    elif token.pos_ == "ADJ":
        return _code_adjective(token, lexicon, depth, switch)
    else:
        candidates = _candidates(token, lexicon.verbs, switch)
    hit = _best_hit(token, candidates, _try_pattern, lexicon, depth, switch)
    if hit is None and not candidates and token.pos_ == "VERB" and switch.on(_FIELD_VERBS):
        hit = field_verb_dictionary(token, lexicon, _framing(lexicon), undergone=switch.on(_UNDERGONE))
        switch.fire(_FIELD_VERBS, hit is not None)
        switch.fire(_UNDERGONE, hit is not None and hit.pattern.id == UNDERGONE_PATTERN)
    elif hit is None and candidates and token.pos_ == "VERB" and switch.on(_FIELD_PATTERNS):
        hit = field_pattern_where_kg_frames_fail(token, lexicon, _framing(lexicon), undergone=switch.on(_UNDERGONE))
        switch.fire(_FIELD_PATTERNS, hit is not None)
        switch.fire(_UNDERGONE, hit is not None and hit.pattern.id == UNDERGONE_PATTERN)
    return hit


def _characterizes(verb: Token) -> bool:
    """The verb gives its object a predicate ("called *the sanctions* economic war"); not in a free relative ("what it called X")."""
    return any(c.dep_ == "oprd" for c in verb.children) and not any(c.dep_ == "dobj" and c.tag_ in {"WP", "WDT"} for c in verb.children)


def _coded(hit: Hit | None) -> Hit | None:
    """``hit`` unless it is a phrase that is no event (:data:`NO_EVENT`), which codes no content."""
    return None if hit is None or hit.code == NO_EVENT else hit


def _framing(lexicon: CameoLexicon) -> Callable[[Token], bool]:
    """Whether kg itself codes an act (the field dictionary's verbs left out): for verbs that frame one."""
    return lambda act: _coded(_match_verb(act, lexicon, 0, RuleSwitch(frozenset({_FIELD_VERBS})))) is not None


def _candidates(token: Token, table: Mapping[str, tuple[CameoPattern, ...]], switch: RuleSwitch) -> tuple[CameoPattern, ...]:
    """Patterns for the token's lemma, or (rule ``inflection_guess``) for a guessed lemma."""
    lemma = token.lemma_.lower()
    if lemma in table:
        return table[lemma]
    if not switch.on(_INFLECTION_GUESS):
        return ()
    found = inflection_guess(token, table)
    switch.fire(_INFLECTION_GUESS, bool(found))
    return found


def inflection_guess(token: Token, table: Mapping[str, tuple[CameoPattern, ...]]) -> tuple[CameoPattern, ...]:
    """Look a mislemmatized form up by its stripped inflection: "staged" (lemma "stag") as "stage".

    The small English model mislemmatizes some inflected forms; stripping
    the inflection recovers the lexicon entry.
    """
    word = token.lower_
    guesses: list[str] = []
    if word.endswith("ed"):
        guesses += [word[:-1], word[:-2], word[:-3]]
    elif word.endswith("ing"):
        guesses += [word[:-3] + "e", word[:-3], word[:-4]]
    elif word.endswith("ies"):
        guesses += [word[:-3] + "y"]
    elif word.endswith("s"):
        guesses += [word[:-1], word[:-2]]
    for guess in guesses:
        if guess in table:
            return table[guess]
    return ()


def _code_adjective(token: Token, lexicon: CameoLexicon, depth: int, switch: RuleSwitch) -> Hit | None:
    family = lexicon.intent_adjectives.get(token.lemma_.lower())
    if family is None or depth <= 0:
        return None
    content = _complement(token, lexicon, depth - 1, switch)
    if content is None:
        return None
    derived = derive(family, content.code, lexicon)
    if derived is None:
        return None
    pattern = CameoPattern(id="adj." + token.lemma_.lower(), lemmas=frozenset(), code=None)
    return Hit(derived, (token.i, *content.tokens), pattern, family, content.code, derived=True)


def _try_pattern(token: Token, pattern: CameoPattern, lexicon: CameoLexicon, depth: int, switch: RuleSwitch) -> Hit | None:
    tokens: list[int] = [token.i]
    if pattern.particle is not None:
        # The parser tags "out" of "shipped out of" as a preposition, not a particle.
        particles = [
            c for c in token.children if c.dep_ in ("prt", "prep") and c.lemma_.lower() == pattern.particle
        ]
        if not particles:
            return None
        tokens.append(particles[0].i)
    objects = objects_of(token)
    if not objects and pattern.objects:
        objects = raised_objects(token)
    described = described_noun(token) if not objects and (pattern.objects or pattern.object_class is not None) else None
    if described is not None:
        # "A survey *published* on Friday", "the town, *captured* by
        # rebels", "the treaty, signed in 1996 and *ratified* in 2000": the
        # noun the participle describes is its object.
        objects = [described]
    if pattern.objects:
        # The object may be named by its head or by a compound modifier
        # ("the *peacekeeping* force", "the *ceasefire* agreement").
        # ... or by the noun a container stands for ("a *number* of vessels").
        objects += [c for c in (contained(o, lexicon) for o in objects) if c not in objects]
        matched = [o for o in objects if lemma_in(o, pattern.objects)]
        matched += [
            m for o in objects if o not in matched for m in modifiers_of(o, pattern.objects) if m.dep_ == "compound"
        ]
        if not matched:
            return None
        if token.left_edge.i <= matched[0].i <= token.right_edge.i:
            # (The noun a participle or relative clause describes stands apart from the trigger.)
            tokens.append(matched[0].i)
        objects = [m.head if m.dep_ == "compound" else m for m in matched]
    if pattern.clausal and not carries_clause(token):
        return None
    if pattern.predicative and not _characterizes(token):
        return None
    if pattern.dissuasive and not negated_infinitive(token):
        return None
    if pattern.negated_only and not is_negated(token):
        return None
    if pattern.needs_clause and not any(c.dep_ in ("xcomp", "ccomp") for c in token.children):
        return None
    if pattern.object_class is not None:
        if not objects or object_class(contained(objects[0], lexicon), lexicon) != pattern.object_class:
            return None
    if pattern.modifiers and not modifiers_of(token, pattern.modifiers):
        return None
    tokens.extend(m.i for m in modifiers_of(token, pattern.modifiers))
    frame_objects: list[Token] = []
    if pattern.preps:
        found = False
        for prep in preps_of(token, objects):
            if prep.lemma_.lower() not in pattern.preps:
                continue
            # An adjective may stand alone after the preposition ("described as *disappointing*").
            pobjs = [c for c in prep.children if c.dep_ in ("pobj", "pcomp") or (c.dep_ == "amod" and c.pos_ == "ADJ")]
            if pattern.pobjs:
                pobjs = [p for p in pobjs if lemma_in(p, pattern.pobjs)]
                if not pobjs:
                    continue
                tokens.append(pobjs[0].i)
            tokens.append(prep.i)
            frame_objects = pobjs
            found = True
            break
        if not found:
            return None
    if pattern.light:
        if any(c.dep_ == "oprd" for c in token.children):
            # An object with a predicate of its own is characterized, not
            # performed: "called *the sanctions* economic war".
            return None
        # With a frame preposition the event noun is its object ("engage *in*
        # ethnic cleansing"), otherwise the verb's object ("launched an attack").
        for obj in frame_objects if pattern.preps else objects:
            if switch.on(_ANNOUNCED) and announced_act_of_other(token, obj):
                switch.fire(_ANNOUNCED)
                continue
            # Else through containers: "began *efforts to mediate*".
            inner = match_noun(obj, lexicon, depth - 1, switch) or _code_noun_deep(obj, lexicon, depth - 1, switch)
            if inner is not None and inner.pattern.event:
                return Hit(inner.code, (*tokens, *inner.tokens), pattern, inner.pattern.id)
        if pattern.light_subject:
            # Casualty verbs take the event type of their cause: "the *car
            # bomb* killed", "*aircraft* killed 46" (instrument nouns count here).
            for subj in token.children:
                if subj.dep_ in ("nsubj", "agent"):
                    subj = next((c for c in subj.children if c.dep_ == "pobj"), subj)
                    inner = match_noun(subj, lexicon, depth - 1, switch)
                    if inner is not None and inner.pattern.event:
                        # Not a noun that never stands as an event: "*soldiers* killed", "a *missile* killed" (aid or arms as content).
                        return Hit(inner.code, (*tokens, *inner.tokens), pattern, inner.pattern.id)
        return None
    content = _complement(token, lexicon, depth - 1, switch, skip=set(tokens)) if pattern.complement is not None and depth > 0 else None
    return pattern_hit(pattern, tokens, content, lexicon)


#: Light verbs that report an act rather than perform it ("announced a visit").
_ANNOUNCING = frozenset({"announce", "reiterate", "repeat", "restate"})


def announced_act_of_other(verb: Token, obj: Token) -> bool:
    """An announcing verb reports somebody else's act, not its own: "Kesh announced *the envoy's* visit".

    The announcer performs an announced act only when the noun names no
    other agent ("announced a visit", "announced its withdrawal").
    """
    if verb.lemma_.lower() not in _ANNOUNCING:
        return False
    return any(c.dep_ == "poss" and c.pos_ in {"PROPN", "NOUN"} for c in obj.children)


def _best_hit(
    token: Token,
    candidates: Sequence[CameoPattern],
    attempt: Callable[[Token, CameoPattern, CameoLexicon, int, RuleSwitch], Hit | None],
    lexicon: CameoLexicon,
    depth: int,
    switch: RuleSwitch,
) -> Hit | None:
    """The matching pattern with the most frame constraints; among equals the first in the file."""
    best: Hit | None = None
    best_rank = (-1, 0)
    for order, pattern in enumerate(candidates):
        hit = attempt(token, pattern, lexicon, depth, switch)
        if hit is None:
            continue
        rank = (pattern.specificity, -order)
        if rank > best_rank:
            best, best_rank = hit, rank
    return best


def _reversed(token: Token, lexicon: CameoLexicon, hit: Hit | None, switch: RuleSwitch) -> Hit | None:
    """``hit``, recoded by a reversing prefix (rule ``reversing_prefix``)."""
    if hit is None or not switch.on(_REVERSING):
        return hit
    recoded = reversing_prefix(token, lexicon, hit)
    switch.fire(_REVERSING, recoded is not hit)
    return recoded


def match_noun(token: Token, lexicon: CameoLexicon, depth: int, switch: RuleSwitch) -> Hit | None:
    candidates = _candidates(token, lexicon.nouns, switch)
    return _reversed(token, lexicon, _best_hit(token, candidates, _try_noun_pattern, lexicon, depth, switch), switch)


def _try_noun_pattern(token: Token, pattern: CameoPattern, lexicon: CameoLexicon, depth: int, switch: RuleSwitch) -> Hit | None:
    tokens: list[int] = [token.i]
    if pattern.modifiers:
        mods = modifiers_of(token, pattern.modifiers)
        if not mods:
            return None
        tokens.extend(m.i for m in mods)
    if pattern.preps:
        found = False
        for prep in (c for c in token.children if c.dep_ == "prep"):
            if prep.lemma_.lower() not in pattern.preps:
                continue
            pobjs = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
            if pattern.pobjs:
                pobjs = [p for p in pobjs if lemma_in(p, pattern.pobjs)]
                if not pobjs:
                    continue
                tokens.append(pobjs[0].i)
            tokens.append(prep.i)
            found = True
            break
        if not found:
            return None
    content = _noun_complement(token, lexicon, depth - 1, switch, skip=set(tokens)) if pattern.complement is not None and depth > 0 else None
    return pattern_hit(pattern, tokens, content, lexicon)


def _complement(token: Token, lexicon: CameoLexicon, depth: int, switch: RuleSwitch, skip: set[int] | None = None) -> Hit | None:
    """Find the coded content of a matrix predicate.

    Tried in order: an open or clausal complement verb ("threatened *to
    attack*", "demanded that Hamas *renounce*"), the object noun (through
    container nouns: "rejected calls for *aid*"), a prepositional object or
    gerund ("called for *talks*", "accused of *violating*").
    """
    skip = skip or set()
    children = [c for c in token.children if c.i not in skip]
    for child in children:
        # An infinitival adverbial clause is a complement too: the parser often
        # attaches "sworn *to fight*" as advcl.
        infinitival = child.dep_ == "advcl" and to_infinitive(child)
        if (child.dep_ in ("xcomp", "ccomp") or infinitival) and child.pos_ in ("VERB", "AUX", "ADJ"):
            hit = _coded(match_verb(child, lexicon, depth, switch))
            if hit is not None:
                return apply_tense(child, hit, lexicon)
    for child in children:
        if child.dep_ in OBJECT_DEPS:
            hit = _code_noun_deep(child, lexicon, depth, switch)
            if hit is not None:
                return hit
    for child in children:
        if child.dep_ == "prep" or child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    hit = _code_noun_deep(pobj, lexicon, depth, switch)
                elif pobj.dep_ == "pcomp" and pobj.pos_ in ("VERB", "AUX") and not has_subject(pobj):
                    hit = _coded(match_verb(pobj, lexicon, depth, switch))
                else:
                    continue
                if hit is not None:
                    return hit
    return None


def _noun_complement(token: Token, lexicon: CameoLexicon, depth: int, switch: RuleSwitch, skip: set[int] | None = None) -> Hit | None:
    """The content of a nominal matrix ("threat *of sanctions*", "call *for talks*")."""
    skip = skip or set()
    for child in token.children:
        if child.i in skip:
            continue
        if child.dep_ in ("acl", "relcl") and child.pos_ in ("VERB", "AUX"):
            hit = _coded(match_verb(child, lexicon, depth, switch))
            if hit is not None:
                return hit
        elif child.dep_ == "prep":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    hit = _code_noun_deep(pobj, lexicon, depth, switch)
                elif pobj.dep_ == "pcomp" and pobj.pos_ in ("VERB", "AUX"):
                    hit = _coded(match_verb(pobj, lexicon, depth, switch))
                else:
                    continue
                if hit is not None:
                    return hit
        elif child.dep_ == "compound" and child.pos_ != "PROPN":
            # A word of a name is no content ("the Test *Ban* Treaty").
            hit = match_noun(child, lexicon, depth, switch)
            if hit is not None:
                return hit
    return None


def _code_noun_deep(token: Token, lexicon: CameoLexicon, depth: int, switch: RuleSwitch) -> Hit | None:
    """Code a noun, looking through container nouns ("a *plan* to withdraw")."""
    # A container's content is more telling than the container itself: "a
    # free-trade *pact*" is about trade, "calls *for aid*" about aid.
    if token.lemma_.lower() in lexicon.containers and depth > 0:
        inner = _noun_complement(token, lexicon, depth - 1, switch)
        if inner is not None:
            return Hit(
                inner.code, (token.i, *inner.tokens), inner.pattern, inner.derivation, inner.base_code, inner.derived
            )
    return match_noun(token, lexicon, depth, switch)


_INFLECTION_GUESS = rule_name(inflection_guess)
_ANNOUNCED = rule_name(announced_act_of_other)
_REVERSING = rule_name(reversing_prefix)
_FIELD_VERBS = rule_name(field_verb_dictionary)
_FIELD_PATTERNS = rule_name(field_pattern_where_kg_frames_fail)
_UNDERGONE = rule_name(field_code_the_subject_undergoes)
