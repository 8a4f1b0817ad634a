"""CAMEO codes from the PETRARCH2 verb dictionary, matched over a spaCy parse.

:func:`code_verb` codes one verb token with the field's verb dictionary
(``kg/data/petrarch/CAMEO.2.0.txt``, read by :mod:`kg.extract.events.verbs_reader`)::

    >>> code = code_verb(doc[1])            # "Rebels cordoned off the town."
    >>> code.code, code.origin, code.block
    ('170', 'block', 'EXCLUDE')

How a verb is coded:

1. The verb is looked up by spaCy's lemma, then by its surface form among the
   forms the dictionary generates or lists ("left" -> LEAVE). A multi-word verb
   (``+CORDON_OFF``, ``WIRE_+TAP``) needs its other words around it: particles
   and prepositions among its children, front words just before it. The
   longest satisfied entry wins, then the first listed (a verb listed in two
   blocks keeps its first block, as PETRARCH2 does).
2. Every pattern of the verb's block is tried against the parse around the verb:

   * post-verb nouns: the heads of the verb phrase (objects, attributes,
     complements, particles, adverbs after the verb; in the passive, the
     subject); a ``{MODIFIER HEAD}`` phrase needs its modifiers among the
     head's pre-modifiers;
   * prepositional phrases ``(PREP NOUN)``: a preposition of the verb phrase
     (a ``prep`` child of the verb, of an object, or of another prepositional
     object) whose object has the noun as head; a bare ``(PREP)`` belongs to
     the verb's frame ("call *for*"), so it must hang off the verb (or off the
     object of the verb's own preposition, where the parser often puts it),
     not off the verb's object or subject ("a camp *for* refugees");
   * pre-verb nouns: the subject (inherited from the governing verb for a
     conjoined or controlled verb; the ``by`` agent in the passive) and
     adverbs before the verb.

   Each noun slot must match a different head. TABARI's actor markers
   (``$ + % ^``) match anything.
3. The most specific matching pattern (most required words) wins. Ties go to
   the pattern whose comment names the verb matched (the dictionary notes the
   verb each pattern was written for, and duplicated patterns with different
   codes come from different verbs), then to the first listed. PETRARCH2 keeps
   the last duplicate it reads; first-listed is kept here because the file is
   sorted by code and the earlier, milder reading is the safer default.
   A verb with a code of its own (``ARREST [173]`` in a block of ``[171]``)
   differs from its block, so it only takes the patterns written for it or for
   no verb in particular: "soldiers *arrested* the mayor" stays 173 and does
   not take the 192 of ``&MILITARY * # TAKE``.
4. Else the verb's own code, else a bare ``- *`` pattern of the block, else
   the block's code. The null code ``---`` at the chosen level means no event:
   :func:`code_verb` returns ``None``.

Tokens that are not predicates are not coded: auxiliaries, participles
modifying a noun ("the *banned* party") and participles used as prepositions
("*according* to").

Transformations (``~`` lines) are not applied.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from kg.extract.events.verbs_dictionary import NounTerm, PrepTerm, VerbDictionary, VerbEntry, VerbPattern
from kg.extract.events.verbs_reader import load_verb_dictionary
from kg.extract.events.verbs_syntax import VerbPhrase, is_passive, token_keys, with_conjuncts

if TYPE_CHECKING:
    from spacy.tokens import Token

_NOT_PREDICATES = frozenset({"aux", "auxpass", "amod", "compound", "prep"})

__all__ = ["VerbCode", "VerbMatch", "code_verb", "find_verb", "load_verb_dictionary"]



@dataclass(frozen=True)
class VerbMatch:
    """A dictionary verb found at a token.

    Attributes:
        entry: the verb's dictionary entry.
        block: the name of its block (``"EXPLAIN_VERBAL"``).
        trigger: token indices of the verb and its other words (particle, front word).
    """

    entry: VerbEntry
    block: str
    trigger: tuple[int, ...]


@dataclass(frozen=True)
class VerbCode:
    """The CAMEO code the dictionary gives a verb in its context.

    Attributes:
        code: the CAMEO code ("042").
        origin: where it came from: ``"pattern"`` (a phrase pattern matched),
            ``"verb"`` (the verb's own code) or ``"block"`` (the block's code).
        pattern: the matched pattern (also a bare ``- *`` one), else ``None``.
        verb: the dictionary entry of the verb.
        block: the name of the verb's block.
        trigger: token indices of the verb and its particle or compound words.
        matched: token indices the pattern's words matched (empty without a pattern).
        passive: the verb is in the passive voice (its subject is the target).
        inverse: the code is the second half of an ``[active:passive]`` code
            with no active half ("appear before a court" ``[:173]``): the
            event happens *to* the subject.
        counter_code: with a two-sided code (``[042:043]``), the code of the same
            event seen from the other side (the host's 043 of a visit).
    """

    code: str
    origin: Literal["pattern", "verb", "block"]
    pattern: VerbPattern | None
    verb: VerbEntry
    block: str
    trigger: tuple[int, ...]
    matched: tuple[int, ...] = ()
    passive: bool = False
    inverse: bool = False
    counter_code: str | None = None


def find_verb(token: Token, dictionary: VerbDictionary | None = None) -> VerbMatch | None:
    """The dictionary verb at ``token`` (also a null-coded one), or ``None``.

    Not looked up: tokens that are not verbs, auxiliaries, and participles that
    modify a noun ("the *banned* party") or act as a preposition ("*according*
    to", "*following* the deal").
    """
    if dictionary is None:
        dictionary = load_verb_dictionary()
    if token.dep_ in _NOT_PREDICATES or not (token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")):
        return None
    lemma, text = token.lemma_.upper(), token.text.upper()
    # Base form by lemma first, then any form by lemma, then any form by surface text.
    ordered: list[VerbEntry] = [e for e in dictionary.entries(lemma) if e.word == lemma]
    for entry in (*dictionary.entries(lemma), *dictionary.entries(text)):
        if entry not in ordered:
            ordered.append(entry)
    multi = sorted((e for e in ordered if e.front or e.back), key=lambda e: -(len(e.front) + len(e.back)))
    for entry in multi:
        words = _compound_words(token, entry)
        if words is not None:
            return VerbMatch(entry, dictionary.block_of(entry).name, tuple(sorted((token.i, *words))))
    for entry in ordered:
        if not entry.front and not entry.back:
            return VerbMatch(entry, dictionary.block_of(entry).name, (token.i,))
    return None


def code_verb(token: Token, dictionary: VerbDictionary | None = None) -> VerbCode | None:
    """Code a verb token with the PETRARCH2 dictionary (see the module docstring for the order).

    Args:
        token: a verb of a parsed Doc.
        dictionary: the verb dictionary; the shipped one when ``None``.

    Returns:
        The code, or ``None`` when the verb is not in the dictionary or its
        applicable code is the null code ``---`` (no event).
    """
    if dictionary is None:
        dictionary = load_verb_dictionary()
    found = find_verb(token, dictionary)
    if found is None:
        return None
    entry = found.entry
    block = dictionary.block_of(entry)
    passive = is_passive(token)
    context = VerbPhrase.around(token, set(found.trigger), passive)
    best: tuple[VerbPattern, tuple[int, ...]] | None = None
    bare: VerbPattern | None = None
    # A verb with a code of its own differs from its block; patterns written
    # for the block's other verbs do not apply to it ("soldiers *arrested*"
    # keeps ARREST's 173, not the 192 of "&MILITARY * # TAKE").
    own_code = entry.code is not None or entry.inverse_code is not None or entry.null
    words = _PhraseWords.of(context)
    for pattern in block.ranked:
        if pattern.specificity == 0:
            bare = bare or pattern
            continue
        if best is not None and pattern.specificity < best[0].specificity:
            break  # ranked: nothing more specific is left
        if own_code and pattern.written_for and entry.word not in pattern.written_for:
            continue
        if not words.may_match(pattern):
            continue
        matched = _match_pattern(pattern, context)
        if matched is not None and (best is None or _rank(pattern, entry) > _rank(best[0], entry)):
            best = (pattern, matched)
    found_at = _Found(entry, block.name, found.trigger, passive)
    if best is not None:
        return found_at.coded(best[0].code, best[0].inverse_code, "pattern", best[0], best[1])
    if own_code:
        return found_at.coded(entry.code, entry.inverse_code, "verb")
    if bare is not None:
        return found_at.coded(bare.code, bare.inverse_code, "pattern", bare)
    return found_at.coded(block.code, block.inverse_code, "block")


@dataclass(frozen=True)
class _Found:
    entry: VerbEntry
    block: str
    trigger: tuple[int, ...]
    passive: bool

    def coded(
        self,
        code: str | None,
        inverse: str | None,
        origin: Literal["pattern", "verb", "block"],
        pattern: VerbPattern | None = None,
        matched: tuple[int, ...] = (),
    ) -> VerbCode | None:
        """The :class:`VerbCode` for ``[code:inverse]``; ``None`` for the null code."""
        if code is None and inverse is None:
            return None
        return VerbCode(
            code=code or inverse or "",
            origin=origin,
            pattern=pattern,
            verb=self.entry,
            block=self.block,
            trigger=self.trigger,
            matched=matched,
            passive=self.passive,
            inverse=code is None,
            counter_code=inverse if code else None,
        )


def _rank(pattern: VerbPattern, entry: VerbEntry) -> tuple[int, bool, int]:
    """Specificity, then "written for this verb", then earlier line."""
    return pattern.specificity, entry.word in pattern.written_for, -pattern.line


# --- The verb and its multi-word parts ------------------------------------------------


def _compound_words(token: Token, entry: VerbEntry) -> list[int] | None:
    """Indices of a multi-word verb's other words around ``token``, or ``None``."""
    out: list[int] = []
    if entry.back:
        # Particles and prepositions hang off the verb; a noun ("TAKE_NOTE") or a
        # preposition after it ("GET_HOLD_OF") may hang one level lower.
        near = sorted(
            (t for c in token.children for t in (c, *c.children) if t.i > token.i and t.pos_ != "VERB"),
            key=lambda t: t.i,
        )
        position = token.i
        for word in entry.back:
            hit = next((t for t in near if t.i > position and word in token_keys(t)), None)
            if hit is None:
                return None
            out.append(hit.i)
            position = hit.i
    if entry.front:
        start = token.i - len(entry.front)
        doc = token.doc
        if start >= 0 and all(word in token_keys(doc[start + k]) for k, word in enumerate(entry.front)):
            out.extend(range(start, token.i))
        else:
            left = [c for c in token.children if c.i < token.i]
            hits = [next((c for c in left if word in token_keys(c)), None) for word in entry.front]
            if any(h is None for h in hits):
                return None
            out.extend(h.i for h in hits if h is not None)
    return out


# --- Matching a pattern ---------------------------------------------------------------


@dataclass(frozen=True)
class _PhraseWords:
    """Every word (surface and lemma keys) each place of a verb phrase offers, for a quick reject.

    A block has dozens of patterns and most name a word the phrase lacks:
    :func:`_match_pattern` fails on them only after trying each noun and
    preposition slot against each token. A slot's first test is that a token
    of its place shares a key with the slot's words, so a pattern with a slot
    no token of its place can fill cannot match; the check gives the same
    answers, from sets built once per verb.
    """

    post_heads: frozenset[str]
    post_preps: frozenset[str]
    pre_heads: frozenset[str]
    pre_preps: frozenset[str]

    @classmethod
    def of(cls, context: VerbPhrase) -> _PhraseWords:
        def keys(tokens: Iterable[Token]) -> frozenset[str]:
            return frozenset(key for token in tokens for key in token_keys(token))

        return cls(keys(context.post_heads), keys(context.post_preps), keys(context.pre_heads), keys(context.pre_preps))

    def may_match(self, pattern: VerbPattern) -> bool:
        """``False`` when some slot of ``pattern`` has no candidate token (:func:`_match_pattern` gives ``None``)."""
        post_nouns, post_preps, pre_nouns, pre_preps = pattern.slot_words
        for words in post_nouns:
            if words.isdisjoint(self.post_heads):
                return False
        for words in post_preps:
            if words.isdisjoint(self.post_preps):
                return False
        for words in pre_nouns:
            if words.isdisjoint(self.pre_heads):
                return False
        for words in pre_preps:
            if words.isdisjoint(self.pre_preps):
                return False
        return True



def _match_pattern(pattern: VerbPattern, context: VerbPhrase) -> tuple[int, ...] | None:
    used: set[int] = set()
    sides: tuple[tuple[tuple[NounTerm, ...], tuple[Token, ...], tuple[PrepTerm, ...], tuple[Token, ...]], ...] = (
        (pattern.post_nouns, context.post_heads, pattern.post_preps, context.post_preps),
        (pattern.pre_nouns, context.pre_heads, pattern.pre_preps, context.pre_preps),
    )
    for nouns, heads, preps, prep_tokens in sides:
        for term in nouns:
            if not _take(term, heads, used):
                return None
        for prep in preps:
            if not _take_prep(prep, context, prep_tokens, used):
                return None
    return tuple(sorted(used))


def _take(term: NounTerm, candidates: Iterable[Token], used: set[int]) -> bool:
    for token in candidates:
        if token.i in used:
            continue
        hit = _match_term(term, token, used)
        if hit is not None:
            used.update(hit)
            return True
    return False


def _take_prep(prep: PrepTerm, context: VerbPhrase, prep_tokens: Iterable[Token], used: set[int]) -> bool:
    for token in prep_tokens:
        if token.i in used or not (token_keys(token) & prep.preps):
            continue
        if not prep.nouns and not _frame_position(token, context.verb):
            continue
        objects = [c for c in token.children if c.dep_ in ("pobj", "pcomp")]
        # A particle has no object of its own: "set *aside* enmity" reads the verb's object.
        heads = with_conjuncts(objects) if objects else context.post_heads
        trial = used | {token.i}
        if all(_take(term, heads, trial) for term in prep.nouns):
            used.update(trial)
            return True
    return False


def _frame_position(prep: Token, verb: Token) -> bool:
    """Whether a bare preposition can belong to the verb's frame ("call *for*", "sue *for*").

    It hangs off the verb, or off the object of the verb's own preposition,
    where the parser often attaches it ("mediate in the dispute *between*
    them"); a preposition of the verb's subject or object is the noun's ("a
    camp *for* refugees was attacked").
    """
    head = prep.head
    return head.i == verb.i or (head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i == verb.i)


def _match_term(term: NounTerm, token: Token, used: set[int]) -> tuple[int, ...] | None:
    """Indices matched when ``token`` heads (or lies in) one of the term's options."""
    keys = token_keys(token)
    if not keys & term.words:
        return None
    doc = token.doc
    for option in term.options:
        if option.sequence:
            run = _run(option.sequence, token)
            if run is None:
                continue
            zone = list(doc[min(t.left_edge.i for t in run) : run[0].i])
            taken = used | {t.i for t in run}
        elif keys & option.head:
            zone = list(doc[token.left_edge.i : token.i])
            if token.dep_ == "pobj":
                zone.append(token.head)  # "{IN &DETENTION}": the preposition is the phrase's modifier
            taken = used | {token.i}
        else:
            continue
        if all(_take(modifier, zone, taken) for modifier in option.modifiers):
            return tuple(sorted(taken - used))
    return None


def _run(sequence: tuple[frozenset[str], ...], token: Token) -> list[Token] | None:
    """The consecutive tokens, ``token`` among them, that spell a multi-word member."""
    doc, size = token.doc, len(sequence)
    for offset in range(size):
        start = token.i - offset
        if start >= 0 and start + size <= len(doc):
            if all(token_keys(doc[start + k]) & step for k, step in enumerate(sequence)):
                return list(doc[start : start + size])
    return None
