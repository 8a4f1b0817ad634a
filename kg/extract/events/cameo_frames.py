"""CAMEO frame matching: a token's lemma and dependency frame against the patterns.

The internals behind :mod:`kg.extract.events.cameo_match`: verb, adjective and noun
patterns, complement chains recoded by derivation families, and the modal
recoding ("will attack" is a threat).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract.events.cameo_lexicon import CameoLexicon, CameoPattern
from kg.extract.events.cameo_syntax import (
    OBJECT_DEPS,
    carries_clause,
    contained,
    described_noun,
    has_subject,
    is_reduced_passive as is_reduced_passive,  # re-exported: arguments and events import it from here
    lemma_in,
    modifiers_of,
    negated_infinitive,
    object_class,
    objects_of,
    raised_objects,
    preps_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Future and volitional auxiliaries: CAMEO codes a forecast cooperative act as
#: an intent (03) and a forecast conflictual act as a threat (13).
_FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
_NEG_WORDS = frozenset({"not", "n't", "never", "no"})
#: Obligation and possibility modals: "must withdraw" is a demand (10),
#: "may halt mediation" a threat (13).
_OBLIGATION_AUX = frozenset({"must"})
_POSSIBILITY_AUX = frozenset({"may", "might", "could"})
_ADVICE_AUX = frozenset({"should", "ought"})
#: How deep complement chains are followed ("threatened to cut off aid").
MAX_DEPTH = 3


@dataclass(frozen=True)
class Hit:
    """An internal match before it becomes a :class:`CameoMatch`."""

    code: str
    tokens: tuple[int, ...]
    pattern: CameoPattern
    derivation: str = ""
    base_code: str | None = None
    derived: bool = False  # recoded by a family (a matrix verb or a modal)


def match_verb(token: Token, lexicon: CameoLexicon, depth: int) -> Hit | None:
    return _unprefixed(token, lexicon, _match_verb(token, lexicon, depth))


def _match_verb(token: Token, lexicon: CameoLexicon, depth: int) -> Hit | None:
    lemma = token.lemma_.lower()
    # A copula with a predicative adjective ("is willing to send", "is ready to
    # talks") is coded by the adjective, which carries the complement.
    if lemma in ("be", "remain", "seem", "appear", "stand"):
        for child in token.children:
            if child.dep_ == "acomp":
                hit = _code_adjective(child, lexicon, depth)
                if hit is not None:
                    return hit
        # Otherwise only a prepositional frame codes a copula ("remained on
        # alert", "is under investigation"); the bare verb says nothing.
        candidates = tuple(p for p in _candidates(token, lexicon.verbs) if p.preps)
    elif token.pos_ == "ADJ":
        return _code_adjective(token, lexicon, depth)
    else:
        candidates = _candidates(token, lexicon.verbs)
    return _best_hit(token, candidates, _try_pattern, lexicon, depth)


def _candidates(token: Token, table: Mapping[str, tuple[CameoPattern, ...]]) -> tuple[CameoPattern, ...]:
    """Patterns for the token's lemma, or for a guessed lemma.

    The small English model mislemmatizes some inflected forms ("staged" ->
    "stag"); stripping the inflection recovers the lexicon entry.
    """
    lemma = token.lemma_.lower()
    if lemma in table:
        return table[lemma]
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


def _code_adjective(token: Token, lexicon: CameoLexicon, depth: int) -> Hit | None:
    family = lexicon.intent_adjectives.get(token.lemma_.lower())
    if family is None or depth <= 0:
        return None
    content = _complement(token, lexicon, depth - 1)
    if content is None:
        return None
    derived = _derive(family, content.code, lexicon)
    if derived is None:
        return None
    pattern = CameoPattern(id="adj." + token.lemma_.lower(), lemmas=frozenset(), code=None)
    return Hit(derived, (token.i, *content.tokens), pattern, family, content.code, derived=True)


def _try_pattern(token: Token, pattern: CameoPattern, lexicon: CameoLexicon, depth: int) -> Hit | None:
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
        # With a frame preposition the event noun is its object ("engage *in*
        # ethnic cleansing"), otherwise the verb's object ("launched an attack").
        for obj in frame_objects if pattern.preps else objects:
            if _others_act(token, obj):
                continue
            # Else through containers: "began *efforts to mediate*".
            inner = match_noun(obj, lexicon, depth - 1) or _code_noun_deep(obj, lexicon, depth - 1)
            if inner is not None and inner.pattern.event:
                return Hit(inner.code, (*tokens, *inner.tokens), pattern, inner.pattern.id)
        if pattern.light_subject:
            # Casualty verbs take the event type of their cause: "the *car
            # bomb* killed", "*aircraft* killed 46" (instrument nouns count here).
            for subj in token.children:
                if subj.dep_ in ("nsubj", "agent"):
                    subj = next((c for c in subj.children if c.dep_ == "pobj"), subj)
                    inner = match_noun(subj, lexicon, depth - 1)
                    if inner is not None:
                        return Hit(inner.code, (*tokens, *inner.tokens), pattern, inner.pattern.id)
        return None
    content = _complement(token, lexicon, depth - 1, skip=set(tokens)) if pattern.complement is not None and depth > 0 else None
    return _pattern_hit(pattern, tokens, content, lexicon)


#: Light verbs that report an act rather than perform it ("announced a visit").
_ANNOUNCING = frozenset({"announce", "reiterate", "repeat", "restate"})


def _others_act(verb: Token, obj: Token) -> bool:
    """Does an announcing verb report somebody else's act ("Lima announced *Boric's* visit")?

    The announcer performs an announced act only when the noun names no
    other agent ("announced a visit", "announced its withdrawal").
    """
    if verb.lemma_.lower() not in _ANNOUNCING:
        return False
    return any(c.dep_ == "poss" and c.pos_ in {"PROPN", "NOUN"} for c in obj.children)


def _best_hit(
    token: Token,
    candidates: Sequence[CameoPattern],
    attempt: Callable[[Token, CameoPattern, CameoLexicon, int], Hit | None],
    lexicon: CameoLexicon,
    depth: int,
) -> Hit | None:
    """The matching pattern with the most frame constraints; among equals the first in the file."""
    best: Hit | None = None
    best_rank = (-1, 0)
    for order, pattern in enumerate(candidates):
        hit = attempt(token, pattern, lexicon, depth)
        if hit is None:
            continue
        rank = (pattern.specificity, -order)
        if rank > best_rank:
            best, best_rank = hit, rank
    return best


def match_noun(token: Token, lexicon: CameoLexicon, depth: int) -> Hit | None:
    candidates = _candidates(token, lexicon.nouns)
    return _unprefixed(token, lexicon, _best_hit(token, candidates, _try_noun_pattern, lexicon, depth))


#: Prefixes that undo the word they are hyphened to ("*de*-ratify", "*un*-freeze").
#: ("re-", "co-", "counter-" keep the act: "re-impose" is imposing.)
_REVERSING_PREFIXES = frozenset({"de", "un", "dis"})


def _unprefixed(token: Token, lexicon: CameoLexicon, hit: Hit | None) -> Hit | None:
    """Undo the code of a word the tokenizer split from a reversing prefix.

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
    reversed_code = _derive("halt", hit.code, lexicon)
    if reversed_code is None:
        return None
    return Hit(reversed_code, (prefix.i, *hit.tokens), hit.pattern, f"reverse({hit.pattern.id})", hit.code, derived=True)


def _try_noun_pattern(token: Token, pattern: CameoPattern, lexicon: CameoLexicon, depth: int) -> Hit | None:
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
    content = _noun_complement(token, lexicon, depth - 1, skip=set(tokens)) if pattern.complement is not None and depth > 0 else None
    return _pattern_hit(pattern, tokens, content, lexicon)


def _pattern_hit(pattern: CameoPattern, tokens: Sequence[int], content: Hit | None, lexicon: CameoLexicon) -> Hit | None:
    """A matched pattern's hit: the code its coded complement derives, else its own code (if any)."""
    return _derived_hit(pattern, tokens, content, lexicon) or (Hit(pattern.code, tuple(tokens), pattern) if pattern.code is not None else None)


def _derived_hit(pattern: CameoPattern, tokens: Sequence[int], content: Hit | None, lexicon: CameoLexicon) -> Hit | None:
    """The code a matrix word gives its coded complement ("threatened to attack" -> 138x)."""
    if content is None or pattern.complement is None:
        return None
    derived = _derive(pattern.complement, content.code, lexicon)
    if derived is None:
        return None
    return Hit(derived, (*tokens, *content.tokens), pattern, f"{pattern.complement}({content.pattern.id})", content.code, derived=True)


def _complement(token: Token, lexicon: CameoLexicon, depth: int, skip: set[int] | None = None) -> Hit | None:
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
        infinitival = child.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        if (child.dep_ in ("xcomp", "ccomp") or infinitival) and child.pos_ in ("VERB", "AUX", "ADJ"):
            hit = match_verb(child, lexicon, depth)
            if hit is not None:
                return apply_tense(child, hit, lexicon)
    for child in children:
        if child.dep_ in OBJECT_DEPS:
            hit = _code_noun_deep(child, lexicon, depth)
            if hit is not None:
                return hit
    for child in children:
        if child.dep_ == "prep" or child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    hit = _code_noun_deep(pobj, lexicon, depth)
                elif pobj.dep_ == "pcomp" and pobj.pos_ in ("VERB", "AUX") and not has_subject(pobj):
                    hit = match_verb(pobj, lexicon, depth)
                else:
                    continue
                if hit is not None:
                    return hit
    return None


def _noun_complement(token: Token, lexicon: CameoLexicon, depth: int, skip: set[int] | None = None) -> Hit | None:
    """The content of a nominal matrix ("threat *of sanctions*", "call *for talks*")."""
    skip = skip or set()
    for child in token.children:
        if child.i in skip:
            continue
        if child.dep_ in ("acl", "relcl") and child.pos_ in ("VERB", "AUX"):
            hit = match_verb(child, lexicon, depth)
            if hit is not None:
                return hit
        elif child.dep_ == "prep":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    hit = _code_noun_deep(pobj, lexicon, depth)
                elif pobj.dep_ == "pcomp" and pobj.pos_ in ("VERB", "AUX"):
                    hit = match_verb(pobj, lexicon, depth)
                else:
                    continue
                if hit is not None:
                    return hit
        elif child.dep_ == "compound" and child.pos_ != "PROPN":
            # A word of a name is no content ("the Test *Ban* Treaty").
            hit = match_noun(child, lexicon, depth)
            if hit is not None:
                return hit
    return None


def _code_noun_deep(token: Token, lexicon: CameoLexicon, depth: int) -> Hit | None:
    """Code a noun, looking through container nouns ("a *plan* to withdraw")."""
    # A container's content is more telling than the container itself: "a
    # free-trade *pact*" is about trade, "calls *for aid*" about aid.
    if token.lemma_.lower() in lexicon.containers and depth > 0:
        inner = _noun_complement(token, lexicon, depth - 1)
        if inner is not None:
            return Hit(
                inner.code, (token.i, *inner.tokens), inner.pattern, inner.derivation, inner.base_code, inner.derived
            )
    return match_noun(token, lexicon, depth)


def _derive(family_name: str, code: str, lexicon: CameoLexicon) -> str | None:
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
    derived = _derive(family, hit.code, lexicon)
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
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    )


def is_negated(token: Token) -> bool:
    for child in token.children:
        if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ in _NEG_WORDS):
            return True
    # "refused to" is coded by the lexicon; only a negated head or matrix counts.
    if token.dep_ in ("xcomp",) and token.head.i != token.i:
        return any(c.dep_ == "neg" for c in token.head.children)
    return False
