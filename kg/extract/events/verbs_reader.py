"""Reading the PETRARCH2 CAMEO verb dictionary (``kg/data/petrarch/CAMEO.2.0.txt``).

The file (format: PETRARCH2's ``docs/source/dictionaries.rst``) has three parts:

* synonym sets: ``&NAME`` then ``+MEMBER`` lines; a member's words joined by
  ``_`` must be consecutive; plurals are generated unless the member or the
  label ends in ``_``;
* verb blocks: ``--- NAME [code] ---``, then the block's verbs (``WORD``,
  ``WORD {IRREGULAR FORMS}``, ``WORD [own code]``, multi-word verbs
  ``+CORDON_OFF``, ``WIRE_+TAP``) and its patterns
  ``- [pre nouns] [pre preps] * [post nouns] [post preps] [code] # comment``,
  where ``{MODIFIER HEAD}`` is a noun phrase, ``(PREP NOUN)`` a prepositional
  phrase and ``&NAME`` a synonym set;
* transformations (``~ a (a b ATTACK) SAY = a b 015``): verb-on-verb
  recodings; they are counted but not read (kg's own derivation families
  cover that ground).

:func:`read_verb_dictionary` parses a text into a
:class:`~kg.extract.events.verbs_dictionary.VerbDictionary`;
:func:`load_verb_dictionary` reads the shipped file once per process, with
kg's corrections (:mod:`kg.extract.events.verbs_overlay`). Synonym
sets are kept as shared references, never expanded into one pattern per member
(PETRARCH2 expands them, which multiplies ``{&SECURITY &WEAPON}`` patterns).
The matching against a parse lives in :mod:`kg.extract.events.verbs`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from importlib import resources
from types import MappingProxyType

from kg.errors import KgError
from kg.extract.events.verbs_dictionary import (
    NounOption,
    NounTerm,
    PrepTerm,
    VerbBlock,
    VerbDictionary,
    VerbEntry,
    VerbPattern,
)
from kg.extract.events.verbs_overlay import apply_verb_overlay, load_verb_overlay

__all__ = ["load_verb_dictionary", "read_verb_dictionary"]

#: TABARI's actor markers inside patterns (source ``$``, target ``+``, compound
#: ``%``, skipped phrase ``^``): kg finds the actors itself, so a marker only
#: stands for "some noun phrase here" and constrains nothing.
_ACTOR_MARKERS = frozenset("$+%^")
_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
_CODE = re.compile(r"\[([^\]]*)\]\s*$")
_CAMEO = re.compile(r"\d{2,4}")


@functools.cache
def load_verb_dictionary() -> VerbDictionary:
    """Read the shipped ``kg/data/petrarch/CAMEO.2.0.txt`` with kg's overlay (once per process).

    Raises:
        KgError: a file is missing or unreadable (a broken installation).
    """
    try:
        text = resources.files("kg.data").joinpath("petrarch/CAMEO.2.0.txt").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KgError(f"cannot read kg/data/petrarch/CAMEO.2.0.txt: {exc}; reinstall kg") from exc
    try:
        return apply_verb_overlay(read_verb_dictionary(text), load_verb_overlay())
    except ValueError as exc:
        raise KgError(f"kg/data/petrarch_verbs_overlay.tsv: {exc}") from exc


def read_verb_dictionary(text: str) -> VerbDictionary:
    """Parse a verb dictionary in the PETRARCH2 format.

    Malformed lines are skipped and listed in ``problems``; a pattern that uses
    an undefined synonym set is skipped too (as the format says).
    """
    # Synonym sets by label, and plain pattern words as read once (the same
    # words recur in hundreds of patterns).
    terms: dict[str, NounTerm] = {}
    members: dict[str, list[str]] = {}
    blocks: list[VerbBlock] = []
    verbs: list[VerbEntry] = []
    problems: list[str] = []
    transformations = 0
    current: tuple[str, str | None, str | None, int] | None = None
    pending: list[tuple[str, int]] = []  # the open block's pattern lines
    first_verb = 0  # index in ``verbs`` of the open block's first verb

    def close_block() -> None:
        if current is None:
            return
        name, code, inverse, line = current
        # Patterns are read once the block's verbs are known, to tell which
        # verb each was written for (its comment names it).
        base = {form: e.word for e in verbs[first_verb:] for form in e.forms}
        patterns = []
        for pattern_line, number in pending:
            try:
                patterns.append(_parse_pattern(pattern_line, number, terms, base))
            except ValueError as exc:
                problems.append(f"line {number}: {exc}")
        blocks.append(VerbBlock(name, code, inverse, tuple(patterns), line))

    for number, raw in enumerate(text.splitlines(), 1):
        stripped = raw.strip()
        if not stripped or stripped.startswith("#") or stripped.startswith("<!"):
            continue
        if stripped.startswith("~"):
            transformations += 1
        elif stripped.startswith("---"):
            if not blocks and current is None:
                # The synonym sets all come before the first block.
                terms.update({label: _synset_term(label, texts) for label, texts in members.items()})
            close_block()
            pending = []
            first_verb = len(verbs)
            found = _BLOCK.match(stripped)
            if found is None:
                problems.append(f"line {number}: unreadable block header")
                current = None
                continue
            code, inverse = _parse_code(found.group(2))
            current = (found.group(1), code, inverse, number)
        elif stripped.startswith("-"):
            if current is None:
                problems.append(f"line {number}: pattern outside a verb block")
            else:
                pending.append((stripped, number))
        elif stripped.startswith("&") and current is None:
            label = stripped.split("#", 1)[0].strip()
            members[label] = []
        elif stripped.startswith("+") and current is None and members:
            members[next(reversed(members))].append(stripped.split("#", 1)[0].strip()[1:])
        elif current is not None:
            entry = _parse_verb(stripped, number, len(blocks))
            if entry is not None:
                verbs.append(entry)
        else:
            problems.append(f"line {number}: unexpected line before the verb blocks")
    close_block()

    by_form: dict[str, list[VerbEntry]] = {}
    for entry in verbs:
        for form in entry.forms:
            by_form.setdefault(form, []).append(entry)
    return VerbDictionary(
        blocks=tuple(blocks),
        verbs=tuple(verbs),
        by_form=MappingProxyType({k: tuple(v) for k, v in by_form.items()}),
        synsets=MappingProxyType({label: term for label, term in terms.items() if label.startswith("&")}),
        transformations=transformations,
        problems=tuple(problems),
    )


def _parse_code(text: str) -> tuple[str | None, str | None]:
    """``042`` / ``042:043`` / ``:173`` / ``---`` -> (active, inverse); stray marks (``080!``) dropped."""
    active, _, inverse = text.partition(":")

    def one(part: str) -> str | None:
        found = _CAMEO.search(part)
        return found.group(0) if found else None

    return one(active), one(inverse)


# --- Verbs ---------------------------------------------------------------------------


def _parse_verb(line: str, number: int, block: int) -> VerbEntry | None:
    """A verb line: ``SEEK {SEEKS SEEKING SOUGHT } [030]``, ``+CORDON_OFF {...}``, ``WIRE_+TAP``."""
    # ';' starts a comment in lines inherited from TABARI ("RIP {...};shan 7/11/93").
    body = re.split(r"[#;]", line, maxsplit=1)[0].strip()
    if not body:
        return None
    code: str | None = None
    inverse: str | None = None
    null = False
    found = _CODE.search(body)
    if found:
        code, inverse = _parse_code(found.group(1))
        null = code is None and inverse is None
        body = body[: found.start()].strip()
    irregular: list[str] | None = None
    if "{" in body:
        body, _, rest = body.partition("{")
        irregular = rest.replace("}", " ").replace(",", " ").split()
        body = body.strip()
    if not body or " " in body:
        return None
    word, front, back = _split_compound(body)
    if irregular is None:
        forms = {word, *_verb_forms(word)}
    else:
        forms = {word, *(_split_compound(form)[0] for form in irregular)}
    return VerbEntry(
        word=word,
        forms=frozenset(forms),
        front=front,
        back=back,
        code=code,
        inverse_code=inverse,
        null=null,
        block=block,
        text=line,
        line=number,
    )


def _split_compound(text: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """``WIRE_+TAP`` -> ("TAP", ("WIRE",), ()); ``+CORDON_OFF`` -> ("CORDON", (), ("OFF",)).

    A hyphenated verb ("RE-EXAMINE") is read as spaCy tokenizes it: the last part
    is the verb, the rest (and the hyphen) come before it.
    """
    text = text.upper()
    if "+" in text:
        before, _, after = text.partition("+")
        words = after.split("_")
        front = tuple(w for w in before.split("_") if w)
        word, back = words[0], tuple(w for w in words[1:] if w)
    else:
        words = [w for w in text.split("_") if w]
        word, front, back = words[0], (), tuple(words[1:])
    if "-" in word.strip("-"):
        parts = word.split("-")
        front = (*front, *[p for part in parts[:-1] for p in (part, "-") if p])
        word = parts[-1]
    return word, front, back


def _verb_forms(word: str) -> list[str]:
    """Regular -S, -ED and -ING forms, generated as PETRARCH2 does."""
    if word.endswith(("S", "X", "Z", "SH", "CH")):
        third = word + "ES"
    elif word.endswith("Y") and len(word) > 1 and word[-2] not in "AEIOU":
        third = word[:-1] + "IES"
    else:
        third = word + "S"
    past = word + "D" if word.endswith("E") else word + "ED"
    if word.endswith("E") and len(word) > 1 and word[-2] not in "AEIOU":
        gerund = word[:-1] + "ING"
    else:
        gerund = word + "ING"
    return [third, past, gerund]


# --- Nouns, synonym sets and patterns ------------------------------------------------


def _noun_forms(word: str, plural: bool) -> frozenset[str]:
    """A noun word's forms: itself, the singulars it may be a plural of, and (if asked) its plural.

    Singulars let a plural pattern word ("TALKS") match spaCy's lemma ("talk");
    the generated plural (synonym sets only, as the format says) lets a
    singular member match a token spaCy failed to lemmatize.
    """
    forms = {word}
    if not word[-1:].isalpha():
        return frozenset(forms)
    if word.endswith("IES"):
        forms.add(word[:-3] + "Y")
    elif word.endswith(("SSES", "SHES", "CHES", "XES")):
        forms.add(word[:-2])
    elif word.endswith("S") and not word.endswith(("SS", "US", "IS")):
        forms.add(word[:-1])
    if plural:
        if word.endswith("Y") and word[-2:-1] not in ("A", "E", "O", "U"):
            forms.add(word[:-1] + "IES")
        elif word.endswith(("SS", "SH", "CH", "X")):
            forms.add(word + "ES")
        elif not word.endswith("S"):
            forms.add(word + "S")
    return frozenset(forms)


def _word_option(word: str, plural: bool) -> NounOption:
    """A plain word, a ``/`` alternation (``BOMBING/EXPLOSION``), or a hyphenated run."""
    # A trailing "_" means "no plural" (and the word is not a plural either: NEWS_).
    if word.endswith("_"):
        word = word.strip("_").upper()
        if "_" not in word and "-" not in word:
            return NounOption(head=frozenset(word.split("/")))
        keep_plural = False
    else:
        word = word.strip("_").upper()
        keep_plural = plural
    if "_" in word or ("-" in word.strip("-") and "/" not in word):
        parts = [p for p in re.split(r"(_|-)", word) if p and p != "_"]
        last = len(parts) - 1
        return NounOption(
            sequence=tuple(
                frozenset({p}) if i < last or p == "-" else _noun_forms(p, keep_plural) for i, p in enumerate(parts)
            )
        )
    forms: set[str] = set()
    for alternative in word.split("/"):
        forms |= _noun_forms(alternative, keep_plural)
    return NounOption(head=frozenset(forms))


def _term(options: tuple[NounOption, ...], text: str) -> NounTerm:
    words: set[str] = set()
    for option in options:
        words |= option.head
        for step in option.sequence:
            words |= step
    return NounTerm(options, text, frozenset(words))


def _synset_term(label: str, member_texts: list[str]) -> NounTerm:
    plural = not label.endswith("_")
    return _term(tuple(_word_option(m, plural) for m in member_texts if m), label)


def _tokenize(text: str) -> list[str]:
    return text.replace("(", " ( ").replace(")", " ) ").replace("{", " { ").replace("}", " } ").split()


def _parse_pattern(line: str, number: int, terms: dict[str, NounTerm], verbs: Mapping[str, str]) -> VerbPattern:
    """``- * &SECURITY (OVER {&WEAPON ATTACK}) [151] # ALERT`` -> :class:`VerbPattern`.

    ``verbs`` maps the forms of the block's verbs to their base word, to read
    which verbs the comment names.
    """
    body, _, comment = line[1:].partition("#")
    found = _CODE.search(body.strip())
    if found is None:
        raise ValueError("pattern without a [code]")
    code, inverse = _parse_code(found.group(1))
    body = body.strip()[: found.start()].strip()
    if body.count("*") != 1:
        raise ValueError("pattern without exactly one '*'")
    pre, _, post = body.partition("*")
    pre_nouns, pre_preps = _parse_side(_tokenize(pre), terms)
    post_nouns, post_preps = _parse_side(_tokenize(post), terms)
    written_for = frozenset(verbs[w] for w in re.findall(r"[A-Z]+", comment.upper()) if w in verbs)
    return VerbPattern(
        pre_nouns, pre_preps, post_nouns, post_preps, code, inverse, body, comment.strip(), number, written_for
    )


def _parse_side(tokens: list[str], terms: dict[str, NounTerm]) -> tuple[tuple[NounTerm, ...], tuple[PrepTerm, ...]]:
    nouns: list[NounTerm] = []
    preps: list[PrepTerm] = []
    stream = iter(tokens)
    for token in stream:
        if token == "(":
            inner = _until(stream, ")")
            if not inner or inner[0] in "{}()":
                raise ValueError("empty or malformed '(...)'")
            prep_nouns = _parse_nouns(inner[1:], terms)
            preps.append(PrepTerm(frozenset(inner[0].upper().split("/")), prep_nouns, f"({' '.join(inner)})"))
        elif token in (")", "}"):
            raise ValueError(f"unbalanced {token!r}")
        elif token == "{":
            nouns.extend(_parse_nouns(["{", *_until(stream, "}"), "}"], terms))
        else:
            nouns.extend(_parse_nouns([token], terms))
    return tuple(nouns), tuple(preps)


def _until(stream: Iterator[str], closing: str) -> list[str]:
    out: list[str] = []
    for token in stream:
        if token == closing:
            return out
        out.append(token)
    raise ValueError(f"missing {closing!r}")


def _parse_nouns(tokens: list[str], terms: dict[str, NounTerm]) -> tuple[NounTerm, ...]:
    """Words, synonym sets and ``{...}`` phrases (the last word of a phrase is its head)."""
    out: list[NounTerm] = []
    stream = iter(tokens)
    for token in stream:
        if token in _ACTOR_MARKERS:
            continue
        if token == "{":
            words = [w for w in _until(stream, "}") if w not in _ACTOR_MARKERS]
            if not words:
                continue
            head = _single(words[-1], terms)
            modifiers = tuple(_single(w, terms) for w in words[:-1])
            options = tuple(
                NounOption(head=o.head, modifiers=(*modifiers, *o.modifiers), sequence=o.sequence) for o in head.options
            )
            out.append(_term(options, "{" + " ".join(words) + "}"))
        elif token in "()}":
            raise ValueError(f"unexpected {token!r}")
        else:
            out.append(_single(token, terms))
    return tuple(out)


def _single(token: str, terms: dict[str, NounTerm]) -> NounTerm:
    """A synonym set by label, or a plain word (read once, then shared)."""
    term = terms.get(token)
    if term is None:
        if token.startswith("&"):
            raise ValueError(f"undefined synonym set {token}")
        term = terms[token] = _term((_word_option(token, plural=False),), token)
    return term
