"""CAMEO event coding of single predicates: the codebook and lexicon as data.

Two package data files drive everything here:

* ``kg/data/cameo.json``: the CAMEO 1.1b3 codebook (code, short label,
  Goldstein score, PLOVER category);
* ``kg/data/cameo_patterns.json``: verb and noun patterns over lemmas and
  dependency frames, plus *derivation families* that say how a matrix verb
  ("threaten to", "refuse to", "call for", "lift") turns the code of its
  complement into its own code ("threatened to attack" -> 1384).

:func:`code_predicate` codes one verb, :func:`code_nominal` one event noun,
and :func:`code_span` every predicate of a sentence, keeping only the widest
non-overlapping matches. There is no default code: a predicate no pattern
covers gives ``None``, never "010".
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from kg.errors import KgError

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Dependencies under which a token is the (logical) object of a verb.
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
#: Future and volitional auxiliaries: CAMEO codes a forecast cooperative act as
#: an intent (03) and a forecast conflictual act as a threat (13).
_FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
_NEG_WORDS = frozenset({"not", "n't", "never", "no"})
#: Entity labels that make an object a person or a place.
_HUMAN_ENTS = frozenset({"PERSON", "NORP"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
#: Obligation and possibility modals: "must withdraw" is a demand (10),
#: "may halt mediation" a threat (13).
_OBLIGATION_AUX = frozenset({"must"})
_POSSIBILITY_AUX = frozenset({"may", "might", "could"})
_ADVICE_AUX = frozenset({"should", "ought"})
#: How deep complement chains are followed ("threatened to cut off aid").
_MAX_DEPTH = 3


@dataclass(frozen=True)
class CameoConcept:
    """One CAMEO code of the codebook.

    Attributes:
        code: the code with its leading zero ("042", "1384").
        name: the codebook's short label.
        goldstein: Goldstein conflict-cooperation score, -10..10.
        plover: PLOVER category of the root ("CONSULT").
        root: the two-digit root ("04").
        parent: the code one level up ("138" for "1384"), ``None`` for a root.
    """

    code: str
    name: str
    goldstein: float
    plover: str
    root: str
    parent: str | None


@dataclass(frozen=True)
class CameoPattern:
    """A lexicon entry: lemmas plus the frame they must appear in.

    Attributes:
        id: stable identifier, reported in :class:`CameoMatch`.
        lemmas: head lemmas (lower case) the pattern fires on.
        code: the CAMEO code, or ``None`` when the pattern only codes through
            its complement (``light`` verbs, "lift", "refuse to").
        pos: ``"verb"`` or ``"noun"``.
        particle: required particle lemma ("crack *down*").
        objects: the object (dobj, passive subject) must have one of these lemmas.
        preps: a preposition with one of these lemmas must hang off the head.
        pobjs: ... and its object must have one of these lemmas.
        modifiers: (nouns) a compound or adjective modifier with one of these lemmas.
        object_class: the object must be "human", "place" or "thing".
        complement: name of a derivation family applied to the complement.
        light: the code comes from the object noun ("launched an attack").
        light_subject: (with ``light``) or from the subject noun ("the blast killed").
        reporting: a speech-act verb ("say"); the extractor treats it as attribution.
        negatable: whether a negation flags the match (always reported in ``negated``).
        event: ``False`` for content-only entries used inside complements
            ("reform", "corruption") that never stand as an event on their own.
    """

    id: str
    lemmas: frozenset[str]
    code: str | None
    pos: str = "verb"
    particle: str | None = None
    objects: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()
    pobjs: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    object_class: str | None = None
    complement: str | None = None
    light: bool = False
    light_subject: bool = False
    reporting: bool = False
    negatable: bool = True
    event: bool = True

    @property
    def specificity(self) -> int:
        """How many frame constraints the pattern has; more specific wins."""
        return sum(
            (
                self.particle is not None,
                bool(self.objects),
                bool(self.preps),
                bool(self.pobjs),
                bool(self.modifiers),
                self.object_class is not None,
                self.light,
            )
        )


@dataclass(frozen=True)
class DerivationFamily:
    """How a matrix predicate recodes its complement.

    ``mapping`` is looked up by the longest prefix of the complement's code
    ("0871" then "087" then "08"); ``fallback`` names another family tried
    next (intent to attack is a threat); ``default`` is the family's own code
    when the complement is there but not mapped.
    """

    name: str
    mapping: Mapping[str, str]
    default: str | None = None
    fallback: str | None = None


@dataclass(frozen=True)
class CameoMatch:
    """The code of one predicate.

    Attributes:
        code: CAMEO code.
        trigger_tokens: doc indices of the words that express the event, in order
            ("imposed sanctions", "threatened ... attack").
        concept: the codebook entry of ``code``.
        reporting: the predicate is a speech act carrying attribution ("said").
        pattern_id: the pattern (and derivation, after ``>``) that produced it.
        negated: the predicate is negated ("did not attack").
        base_code: the complement's own code when a matrix verb or a modal
            derived ``code`` from it, else ``None``.
        head: doc index of the coded predicate itself (the verb or noun passed in).
    """

    code: str
    trigger_tokens: tuple[int, ...]
    concept: CameoConcept
    reporting: bool
    pattern_id: str
    negated: bool
    base_code: str | None = None
    head: int = -1


@dataclass(frozen=True)
class CameoLexicon:
    """The codebook, the patterns and the derivation families, read-only."""

    concepts: Mapping[str, CameoConcept]
    verbs: Mapping[str, tuple[CameoPattern, ...]]
    nouns: Mapping[str, tuple[CameoPattern, ...]]
    families: Mapping[str, DerivationFamily]
    containers: frozenset[str]
    human_nouns: frozenset[str]
    place_nouns: frozenset[str]
    intent_adjectives: Mapping[str, str]

    def concept(self, code: str) -> CameoConcept:
        """Return the codebook entry of ``code``.

        Raises:
            KgError: when ``code`` is not a CAMEO 1.1b3 code.
        """
        try:
            return self.concepts[code]
        except KeyError:
            raise KgError(f"unknown CAMEO code {code!r}: expected a code of CAMEO 1.1b3") from None

    def patterns(self) -> Iterator[CameoPattern]:
        """Yield every pattern once (verbs first), in file order."""
        seen: set[str] = set()
        for table in (self.verbs, self.nouns):
            for entries in table.values():
                for pattern in entries:
                    if pattern.id not in seen:
                        seen.add(pattern.id)
                        yield pattern


def plover_of(code: str) -> str | None:
    """Return the PLOVER category of a CAMEO code, or ``None`` for an unknown code."""
    concept = load_cameo().concepts.get(code)
    return concept.plover if concept else None


@lru_cache(maxsize=1)
def load_cameo() -> CameoLexicon:
    """Load the codebook and the pattern lexicon shipped in ``kg.data``.

    Raises:
        KgError: when a data file is missing or malformed.
    """
    book = _read_json("cameo.json")
    lexicon = _read_json("cameo_patterns.json")
    try:
        return _build_lexicon(book, lexicon)
    except (KeyError, TypeError, ValueError) as exc:
        raise KgError(f"malformed CAMEO data in kg/data: {exc}") from exc


def _read_json(name: str) -> dict[str, Any]:
    try:
        text = resources.files("kg.data").joinpath(name).read_text(encoding="utf-8")
        data = json.loads(text)
    except (OSError, ValueError) as exc:
        raise KgError(f"cannot read kg/data/{name}: {exc}; reinstall kg") from exc
    if not isinstance(data, dict):
        raise KgError(f"kg/data/{name} must hold a JSON object")
    return data


def _build_lexicon(book: dict[str, Any], lexicon: dict[str, Any]) -> CameoLexicon:
    concepts: dict[str, CameoConcept] = {}
    for entry in book["codes"]:
        code = str(entry["code"])
        concepts[code] = CameoConcept(
            code=code,
            name=str(entry["name"]),
            goldstein=float(entry["goldstein"]),
            plover=str(entry["plover"]),
            root=code[:2],
            parent=_parent(code),
        )
    verbs: dict[str, list[CameoPattern]] = {}
    nouns: dict[str, list[CameoPattern]] = {}
    for pos, table in (("verb", verbs), ("noun", nouns)):
        for raw in lexicon[pos + "s"]:
            pattern = _pattern(raw, pos)
            for lemma in sorted(pattern.lemmas):
                table.setdefault(lemma, []).append(pattern)
    families = {
        name: DerivationFamily(
            name=name,
            mapping=MappingProxyType(dict(spec["map"])),
            default=spec.get("default"),
            fallback=spec.get("fallback"),
        )
        for name, spec in lexicon["families"].items()
        if not name.startswith("_")
    }
    classes = lexicon["object_classes"]
    return CameoLexicon(
        concepts=MappingProxyType(concepts),
        verbs=MappingProxyType({k: tuple(v) for k, v in verbs.items()}),
        nouns=MappingProxyType({k: tuple(v) for k, v in nouns.items()}),
        families=MappingProxyType(families),
        containers=frozenset(lexicon["containers"]),
        human_nouns=frozenset(classes["human"]),
        place_nouns=frozenset(classes["place"]),
        intent_adjectives=MappingProxyType(dict(lexicon["adjectives"])),
    )


def _pattern(raw: dict[str, Any], pos: str) -> CameoPattern:
    lemmas = raw["lemma"]
    code = raw.get("code")
    return CameoPattern(
        id=str(raw["id"]),
        lemmas=frozenset([lemmas] if isinstance(lemmas, str) else lemmas),
        code=None if code is None else str(code),
        pos=pos,
        particle=raw.get("particle"),
        objects=frozenset(raw.get("object", ())),
        preps=frozenset(raw.get("prep", ())),
        pobjs=frozenset(raw.get("pobj", ())),
        modifiers=frozenset(raw.get("modifier", ())),
        object_class=raw.get("requires_object_class"),
        complement=raw.get("complement"),
        light=bool(raw.get("light", False)),
        light_subject=bool(raw.get("light_subject", False)),
        reporting=bool(raw.get("reporting", False)),
        negatable=bool(raw.get("negatable", True)),
        event=bool(raw.get("event", True)),
    )


def _parent(code: str) -> str | None:
    if len(code) <= 2:
        return None
    return code[:-1]


# --------------------------------------------------------------------------
# Coding


@dataclass(frozen=True)
class _Hit:
    """An internal match before it becomes a :class:`CameoMatch`."""

    code: str
    tokens: tuple[int, ...]
    pattern: CameoPattern
    derivation: str = ""
    base_code: str | None = None
    derived: bool = False  # recoded by a family (a matrix verb or a modal)


def code_predicate(token: Token, lexicon: CameoLexicon) -> CameoMatch | None:
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

    Returns:
        The match, or ``None`` when no pattern covers the predicate.
    """
    hit = _code_verb(token, lexicon, _MAX_DEPTH)
    if hit is None:
        hit = _reported_obligation(token, lexicon)
    if hit is None or not hit.pattern.event:
        return None
    hit = _apply_tense(token, hit, lexicon)
    return _to_match(token, hit, lexicon)


def _reported_obligation(token: Token, lexicon: CameoLexicon) -> _Hit | None:
    """"X said (that) Y must Z" is a demand (100) even when Z itself has no code."""
    if token.dep_ != "ccomp" or _modal_family(token) != "obligation":
        return None
    if not any(c.dep_ == "nsubj" for c in token.children):
        return None
    head = _code_verb(token.head, lexicon, 0)
    if head is None or not head.pattern.reporting:
        return None
    pattern = _pattern({"id": "v.reported_obligation", "lemma": [token.lemma_.lower()], "code": "100"}, "verb")
    return _Hit("100", (token.i,), pattern, "obligation", derived=True)


def code_nominal(token: Token, lexicon: CameoLexicon) -> CameoMatch | None:
    """Code an event noun ("a visit to", "talks with", "the attack on").

    Content-only nouns ("reform", "aid" as a topic) are not coded on their own;
    they only shape the code of a governing verb.

    Args:
        token: a NOUN (or PROPN) token of a parsed Doc.
        lexicon: the loaded lexicon.

    Returns:
        The match, or ``None``.
    """
    hit = _code_noun(token, lexicon, _MAX_DEPTH)
    if hit is None or not hit.pattern.event:
        return None
    return _to_match(token, hit, lexicon)


def code_span(
    span: Span | Iterable[Token], lexicon: CameoLexicon, *, nominals: str = "fallback"
) -> list[CameoMatch]:
    """Code every predicate of a sentence and keep the widest matches.

    Verbs go through :func:`code_predicate`, nouns through :func:`code_nominal`.
    Dropped, so that each event is reported once:

    * a match whose trigger tokens all lie inside another match's triggers (the
      "attack" of "threatened to attack", the "sanctions" of "imposed sanctions");
    * a purpose or manner clause of a coded event ("staged a strike *to
      demand* reforms", "attacked the camp, *killing* 156");
    * with ``nominals="fallback"`` (the default), event nouns when a verb of the
      span was coded as an event, unless the noun is a subject ("the *attack*
      killed five"): nouns in adjuncts ("during the *war*", "ahead of *talks*")
      are mostly background. ``nominals="all"`` keeps every event noun.

    Returns:
        Matches in order of their first trigger token.
    """
    if nominals not in ("fallback", "all"):
        raise ValueError(f"nominals must be 'fallback' or 'all', not {nominals!r}")
    tokens = list(span)
    matches: list[CameoMatch] = []
    for token in tokens:
        if token.pos_ in ("VERB", "AUX") and token.dep_ in ("amod", "compound"):
            # A participle used as a modifier ("the *alleged* bombers", "*banned*
            # party") describes a noun; it is not a predicate of this sentence.
            match = None
        elif token.pos_ in ("VERB", "AUX") or (token.pos_ == "ADJ" and token.dep_ == "ROOT"):
            match = code_predicate(token, lexicon)
        elif token.pos_ == "NOUN":
            # Proper nouns are names ("March", "Operation X"), not event nouns.
            match = code_nominal(token, lexicon)
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
    doc = tokens[0].doc if tokens else None
    result: list[CameoMatch] = []
    for match in kept:
        if doc is None:
            break
        token = doc[match.head]
        # The clause hangs off a word of another (non-speech) event's trigger:
        # "staged demonstrations [to demand]", "attacked the camp, [killing]".
        governed = token.head.i != token.i and any(
            other is not match and not other.reporting and token.head.i in other.trigger_tokens for other in kept
        )
        if token.dep_ in ("advcl", "xcomp", "acl", "relcl") and governed and not match.reporting:
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


def _to_match(token: Token, hit: _Hit, lexicon: CameoLexicon) -> CameoMatch:
    negated = hit.pattern.negatable and _is_negated(token)
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
    )


def _code_verb(token: Token, lexicon: CameoLexicon, depth: int) -> _Hit | None:
    lemma = token.lemma_.lower()
    # A copula with a predicative adjective ("is willing to send", "is ready to
    # talks") is coded by the adjective, which carries the complement.
    if lemma in ("be", "remain", "seem", "appear", "stand"):
        for child in token.children:
            if child.dep_ == "acomp":
                hit = _code_adjective(child, lexicon, depth)
                if hit is not None:
                    return hit
        return None
    if token.pos_ == "ADJ":
        return _code_adjective(token, lexicon, depth)
    candidates = _candidates(token, lexicon.verbs)
    best: _Hit | None = None
    best_rank = (-1, 0)
    for order, pattern in enumerate(candidates):
        hit = _try_pattern(token, pattern, lexicon, depth)
        if hit is None:
            continue
        # More frame constraints win; among equals the first in the file.
        rank = (pattern.specificity, -order)
        if rank > best_rank:
            best, best_rank = hit, rank
    return best


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


def _code_adjective(token: Token, lexicon: CameoLexicon, depth: int) -> _Hit | None:
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
    return _Hit(derived, (token.i, *content.tokens), pattern, family, content.code, derived=True)


def _try_pattern(token: Token, pattern: CameoPattern, lexicon: CameoLexicon, depth: int) -> _Hit | None:
    tokens: list[int] = [token.i]
    if pattern.particle is not None:
        # The parser tags "out" of "shipped out of" as a preposition, not a particle.
        particles = [
            c for c in token.children if c.dep_ in ("prt", "prep") and c.lemma_.lower() == pattern.particle
        ]
        if not particles:
            return None
        tokens.append(particles[0].i)
    objects = _objects(token)
    if pattern.objects:
        # The object may be named by its head or by a compound modifier
        # ("the *peacekeeping* force", "the *ceasefire* agreement").
        matched = [o for o in objects if _noun_lemma_in(o, pattern.objects)]
        matched += [
            m for o in objects if o not in matched for m in _modifiers(o, pattern.objects) if m.dep_ == "compound"
        ]
        if not matched:
            return None
        tokens.append(matched[0].i)
        objects = [m.head if m.dep_ == "compound" else m for m in matched]
    if pattern.object_class is not None:
        if not objects or _object_class(objects[0], lexicon) != pattern.object_class:
            return None
    if pattern.modifiers and not _modifiers(token, pattern.modifiers):
        return None
    tokens.extend(m.i for m in _modifiers(token, pattern.modifiers))
    frame_objects: list[Token] = []
    if pattern.preps:
        found = False
        for prep in _preps(token, objects):
            if prep.lemma_.lower() not in pattern.preps:
                continue
            pobjs = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
            if pattern.pobjs:
                pobjs = [p for p in pobjs if _noun_lemma_in(p, pattern.pobjs)]
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
            # Else through containers: "began *efforts to mediate*".
            inner = _code_noun(obj, lexicon, depth - 1) or _code_noun_deep(obj, lexicon, depth - 1)
            if inner is not None and inner.pattern.event:
                return _Hit(inner.code, (*tokens, *inner.tokens), pattern, inner.pattern.id)
        if pattern.light_subject:
            # Casualty verbs take the event type of their cause: "the *car
            # bomb* killed", "*aircraft* killed 46" (instrument nouns count here).
            for subj in token.children:
                if subj.dep_ in ("nsubj", "agent"):
                    subj = next((c for c in subj.children if c.dep_ == "pobj"), subj)
                    inner = _code_noun(subj, lexicon, depth - 1)
                    if inner is not None:
                        return _Hit(inner.code, (*tokens, *inner.tokens), pattern, inner.pattern.id)
        return None
    if pattern.complement is not None and depth > 0:
        content = _complement(token, lexicon, depth - 1, skip=set(tokens))
        if content is not None:
            derived = _derive(pattern.complement, content.code, lexicon)
            if derived is not None:
                return _Hit(
                    derived,
                    (*tokens, *content.tokens),
                    pattern,
                    f"{pattern.complement}({content.pattern.id})",
                    content.code,
                    derived=True,
                )
    if pattern.code is None:
        return None
    return _Hit(pattern.code, tuple(tokens), pattern)


def _code_noun(token: Token, lexicon: CameoLexicon, depth: int) -> _Hit | None:
    candidates = _candidates(token, lexicon.nouns)
    best: _Hit | None = None
    best_rank = (-1, 0)
    for order, pattern in enumerate(candidates):
        hit = _try_noun_pattern(token, pattern, lexicon, depth)
        if hit is None:
            continue
        rank = (pattern.specificity, -order)
        if rank > best_rank:
            best, best_rank = hit, rank
    return best


def _try_noun_pattern(token: Token, pattern: CameoPattern, lexicon: CameoLexicon, depth: int) -> _Hit | None:
    tokens: list[int] = [token.i]
    if pattern.modifiers:
        mods = _modifiers(token, pattern.modifiers)
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
                pobjs = [p for p in pobjs if _noun_lemma_in(p, pattern.pobjs)]
                if not pobjs:
                    continue
                tokens.append(pobjs[0].i)
            tokens.append(prep.i)
            found = True
            break
        if not found:
            return None
    if pattern.complement is not None and depth > 0:
        content = _noun_complement(token, lexicon, depth - 1, skip=set(tokens))
        if content is not None:
            derived = _derive(pattern.complement, content.code, lexicon)
            if derived is not None:
                return _Hit(
                    derived,
                    (*tokens, *content.tokens),
                    pattern,
                    f"{pattern.complement}({content.pattern.id})",
                    content.code,
                    derived=True,
                )
    if pattern.code is None:
        return None
    return _Hit(pattern.code, tuple(tokens), pattern)


def _complement(token: Token, lexicon: CameoLexicon, depth: int, skip: set[int] | None = None) -> _Hit | None:
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
            hit = _code_verb(child, lexicon, depth)
            if hit is not None:
                return _apply_tense(child, hit, lexicon)
    for child in children:
        if child.dep_ in _OBJECT_DEPS:
            hit = _code_noun_deep(child, lexicon, depth)
            if hit is not None:
                return hit
    for child in children:
        if child.dep_ == "prep" or child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    hit = _code_noun_deep(pobj, lexicon, depth)
                elif pobj.dep_ == "pcomp" and pobj.pos_ in ("VERB", "AUX"):
                    hit = _code_verb(pobj, lexicon, depth)
                else:
                    continue
                if hit is not None:
                    return hit
    return None


def _noun_complement(token: Token, lexicon: CameoLexicon, depth: int, skip: set[int] | None = None) -> _Hit | None:
    """The content of a nominal matrix ("threat *of sanctions*", "call *for talks*")."""
    skip = skip or set()
    for child in token.children:
        if child.i in skip:
            continue
        if child.dep_ in ("acl", "relcl") and child.pos_ in ("VERB", "AUX"):
            hit = _code_verb(child, lexicon, depth)
            if hit is not None:
                return hit
        elif child.dep_ == "prep":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    hit = _code_noun_deep(pobj, lexicon, depth)
                elif pobj.dep_ == "pcomp" and pobj.pos_ in ("VERB", "AUX"):
                    hit = _code_verb(pobj, lexicon, depth)
                else:
                    continue
                if hit is not None:
                    return hit
        elif child.dep_ == "compound":
            hit = _code_noun(child, lexicon, depth)
            if hit is not None:
                return hit
    return None


def _code_noun_deep(token: Token, lexicon: CameoLexicon, depth: int) -> _Hit | None:
    """Code a noun, looking through container nouns ("a *plan* to withdraw")."""
    # A container's content is more telling than the container itself: "a
    # free-trade *pact*" is about trade, "calls *for aid*" about aid.
    if token.lemma_.lower() in lexicon.containers and depth > 0:
        inner = _noun_complement(token, lexicon, depth - 1)
        if inner is not None:
            return _Hit(
                inner.code, (token.i, *inner.tokens), inner.pattern, inner.derivation, inner.base_code, inner.derived
            )
    return _code_noun(token, lexicon, depth)


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


def _apply_tense(token: Token, hit: _Hit, lexicon: CameoLexicon) -> _Hit:
    """Recode an act by its modal, as CAMEO does.

    "will release" -> 0353 (intent), "will attack" -> 1384 (threat), "will not
    accept refugees" -> 1223 (refusal), "must withdraw" -> 1056 (demand),
    "may halt mediation" -> 135 (threat), "must agree to reforms" -> 104.
    The families only map codes they know, so a modal on a speech act
    ("will demand") leaves it alone.
    """
    if hit.pattern.reporting:
        return hit
    family = _modal_family(token)
    if family is None:
        return hit
    derived = _derive(family, hit.code, lexicon)
    if derived is None or derived == hit.code:
        return hit
    derivation = family + (f"({hit.derivation})" if hit.derivation else "")
    return _Hit(derived, hit.tokens, hit.pattern, derivation, hit.code, derived=True)


def _modal_family(token: Token) -> str | None:
    auxes = [c.lower_ for c in token.children if c.dep_ == "aux"]
    # "have to" / "has to" is an obligation like "must".
    if any(a in _OBLIGATION_AUX for a in auxes) or _has_to(token):
        return "obligation"
    if any(a in _FUTURE_AUX for a in auxes):
        return "future_negated" if _is_negated(token) else "future"
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


def _objects(token: Token) -> list[Token]:
    objects = [c for c in token.children if c.dep_ in _OBJECT_DEPS]
    # Coordinated objects ("sanctions and embargoes") share the verb.
    for obj in list(objects):
        objects.extend(c for c in obj.children if c.dep_ == "conj")
    return objects


def _preps(token: Token, objects: list[Token]) -> Iterator[Token]:
    # A frame preposition may attach to the verb or, by parser whim, to its
    # object ("imposed sanctions *on* Iran").
    for child in token.children:
        if child.dep_ in ("prep", "agent", "dative"):
            yield child
    for obj in objects:
        for child in obj.children:
            if child.dep_ == "prep":
                yield child


def _noun_lemma_in(token: Token, lemmas: frozenset[str]) -> bool:
    return token.lemma_.lower() in lemmas or token.lower_ in lemmas


def _modifiers(token: Token, lemmas: frozenset[str]) -> list[Token]:
    """Modifiers among ``lemmas``: "*hunger* strike", "*sexually* abused", "*cease*-fire"."""
    if not lemmas:
        return []
    return [
        c
        for c in token.children
        if c.dep_ in ("compound", "amod", "nmod", "npadvmod", "advmod") and _noun_lemma_in(c, lemmas)
    ]


def _object_class(token: Token, lexicon: CameoLexicon) -> str:
    if token.ent_type_ in _HUMAN_ENTS or token.lemma_.lower() in lexicon.human_nouns:
        return "human"
    if token.pos_ == "PRON" and token.lower_ in ("him", "her", "them", "us", "me", "himself", "themselves"):
        return "human"
    if token.ent_type_ in _PLACE_ENTS or token.lemma_.lower() in lexicon.place_nouns:
        return "place"
    return "thing"


def _is_negated(token: Token) -> bool:
    for child in token.children:
        if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ in _NEG_WORDS):
            return True
    # "refused to" is coded by the lexicon; only a negated head or matrix counts.
    if token.dep_ in ("xcomp",) and token.head is not token:
        return any(c.dep_ == "neg" for c in token.head.children)
    return False
