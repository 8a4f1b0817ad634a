"""The PETRARCH2 CAMEO verb dictionary as data: blocks, verbs, patterns and synonym sets.

:mod:`kg.extract.events.verbs_reader` reads ``kg/data/petrarch/CAMEO.2.0.txt``
into these frozen records; :mod:`kg.extract.events.verbs` matches them over a
parse. A pattern ``- [pre nouns] [pre preps] * [post nouns] [post preps] [code]``
becomes a :class:`VerbPattern` whose slots are :class:`NounTerm` (a word, a
``{MODIFIER HEAD}`` phrase or a ``&SYNSET``, each a tuple of
:class:`NounOption`) and :class:`PrepTerm` (``(PREP NOUN)``).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["NounOption", "NounTerm", "PrepTerm", "VerbBlock", "VerbDictionary", "VerbEntry", "VerbPattern"]


@dataclass(frozen=True)
class NounOption:
    """One way of writing a noun: a head with modifiers, or a run of consecutive words.

    Attributes:
        head: accepted upper-case forms of the head word (with generated plurals
            and singulars); empty for a consecutive run.
        modifiers: terms that must appear among the head's pre-modifiers
            (``{FINANCIAL AID}``: head AID, modifier FINANCIAL), or before the
            run of a multi-word member.
        sequence: for a synonym member written with ``_`` or ``-``
            (``ARMED_FORCES``, ``CEASE-FIRE``): the forms of each word, in order.
    """

    head: frozenset[str] = frozenset()
    modifiers: tuple[NounTerm, ...] = ()
    sequence: tuple[frozenset[str], ...] = ()

    @property
    def size(self) -> int:
        """How many words the option requires (its weight in a pattern's specificity)."""
        words = len([w for w in self.sequence if "-" not in w]) if self.sequence else 1
        return words + sum(m.size for m in self.modifiers)


@dataclass(frozen=True)
class NounTerm:
    """A noun slot of a pattern: a word, a braced phrase or a synonym set (several options).

    ``words`` is the union of every word any option can start from, for a quick reject.
    """

    options: tuple[NounOption, ...]
    text: str
    words: frozenset[str] = field(default=frozenset(), compare=False)

    @property
    def size(self) -> int:
        """Specificity weight: the smallest option's size (a synonym set counts as its members)."""
        return min((o.size for o in self.options), default=0)


@dataclass(frozen=True)
class PrepTerm:
    """A prepositional phrase slot ``(PREP NOUN ...)``: the preposition (``/`` alternatives) and its nouns."""

    preps: frozenset[str]
    nouns: tuple[NounTerm, ...]
    text: str

    @property
    def size(self) -> int:
        """Specificity weight: the preposition plus its nouns."""
        return 1 + sum(n.size for n in self.nouns)


@dataclass(frozen=True)
class VerbPattern:
    """One ``-`` line of a verb block.

    Attributes:
        pre_nouns, pre_preps: the subject side (before ``*``).
        post_nouns, post_preps: the verb phrase (after ``*``).
        code: the CAMEO code when the verb is active, ``None`` for the null code ``---``.
        inverse_code: the second half of ``[active:passive]``: the code of the
            event in which the verb's subject is the target ("appear before a
            court" ``[:173]``: somebody prosecutes the subject).
        text: the pattern as written (without the comment).
        comment: the comment, usually the verb the pattern was written for.
        line: line number in the file.
        written_for: the verbs of the block (base words) the comment names:
            the verbs the pattern was written for; empty when it names none.
    """

    pre_nouns: tuple[NounTerm, ...]
    pre_preps: tuple[PrepTerm, ...]
    post_nouns: tuple[NounTerm, ...]
    post_preps: tuple[PrepTerm, ...]
    code: str | None
    inverse_code: str | None
    text: str
    comment: str
    line: int
    written_for: frozenset[str] = frozenset()

    @functools.cached_property
    def specificity(self) -> int:
        """How many words the pattern requires; the most specific matching pattern wins."""
        nouns = sum(t.size for t in (*self.pre_nouns, *self.post_nouns))
        return nouns + sum(t.size for t in (*self.pre_preps, *self.post_preps))

    @functools.cached_property
    def slot_words(self) -> tuple[tuple[frozenset[str], ...], tuple[frozenset[str], ...], tuple[frozenset[str], ...], tuple[frozenset[str], ...]]:
        """The words each slot can start from: of the post-verb nouns, post-verb prepositions, subject-side nouns and their prepositions."""
        return (
            tuple(t.words for t in self.post_nouns),
            tuple(p.preps for p in self.post_preps),
            tuple(t.words for t in self.pre_nouns),
            tuple(p.preps for p in self.pre_preps),
        )


@dataclass(frozen=True)
class VerbBlock:
    """A ``--- NAME [code] ---`` block: synonymous verbs sharing one list of patterns."""

    name: str
    code: str | None
    inverse_code: str | None
    patterns: tuple[VerbPattern, ...]
    line: int

    @functools.cached_property
    def ranked(self) -> tuple[VerbPattern, ...]:
        """The patterns, most specific first (file order within a level)."""
        return tuple(sorted(self.patterns, key=lambda p: (-p.specificity, p.line)))


@dataclass(frozen=True)
class VerbEntry:
    """A verb of a block.

    Attributes:
        word: the upper-case base form of the verb word ("CORDON" of ``+CORDON_OFF``).
        forms: every form of that word the dictionary accepts (base, generated
            ``-S``/``-ED``/``-ING`` forms, or the listed irregular forms).
        front: words that must come before the verb (``WIRE`` of ``WIRE_+TAP``).
        back: words that must follow it (``OFF`` of ``+CORDON_OFF``).
        code: the verb's own code (``ASK [020]``), ``None`` when it has none
            (then the block's code applies) or it is ``[---]`` (see ``null``).
        null: the verb's own code is the null code ``---``: no event.
        block: index of its block in :attr:`VerbDictionary.blocks`.
        text: the line as written.
        line: line number.
        note: why kg's overlay changed the verb's code (empty when it did not).
    """

    word: str
    forms: frozenset[str]
    front: tuple[str, ...]
    back: tuple[str, ...]
    code: str | None
    inverse_code: str | None
    null: bool
    block: int
    text: str
    line: int
    note: str = ""


@dataclass(frozen=True)
class VerbDictionary:
    """The parsed verb dictionary.

    Attributes:
        blocks: the verb blocks in file order.
        verbs: every verb entry in file order.
        by_form: upper-case word form -> entries with that form, in file order.
        synsets: synonym set name (``&FOOD``) -> its term.
        transformations: how many ``~`` lines were skipped.
        problems: lines that could not be read (``"line N: reason"``).
    """

    blocks: tuple[VerbBlock, ...]
    verbs: tuple[VerbEntry, ...]
    by_form: Mapping[str, tuple[VerbEntry, ...]]
    synsets: Mapping[str, NounTerm]
    transformations: int
    problems: tuple[str, ...]

    def entries(self, form: str) -> tuple[VerbEntry, ...]:
        """Entries whose verb word has this form (any case), in file order."""
        return self.by_form.get(form.upper(), ())

    def block_of(self, entry: VerbEntry) -> VerbBlock:
        """The block an entry belongs to."""
        return self.blocks[entry.block]
