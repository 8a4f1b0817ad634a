"""Word classes: the extractor's vocabulary as data (``kg/data/words/<class>.txt``).

One file per concept, one entry per line; ``#`` starts a comment; entries keep
their case (most are lower-case lemmas or surface forms). Two-column files
(``<class>.tsv``, tab-separated) map an entry to a value. A module names the
class it reads once, as a constant::

    _TALK_NOUNS = WordClass("talk_nouns")   # nothing is read at import time

and uses it like a frozenset. Files are read on first use and kept for the
process (immutable package data, like spaCy's language data);
:func:`check_word_classes` reads and checks them all, for ``Extractor.load``
and the tests.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping, Set
from importlib import resources

__all__ = ["WordClass", "WordMap", "check_word_classes", "word_class", "word_map", "word_class_names"]

_PACKAGE = "kg.data"
_FOLDER = "words"


def _lines(name: str, suffix: str) -> list[tuple[int, str]]:
    folder = resources.files(_PACKAGE) / _FOLDER
    path = folder / f"{name}{suffix}"
    if not path.is_file():
        raise ValueError(f"kg/data/words/{name}{suffix}: no such word class")
    out = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if line:
            out.append((number, line))
    return out


@functools.cache
def word_class(name: str) -> frozenset[str]:
    """The entries of ``kg/data/words/<name>.txt``.

    Raises:
        ValueError: the file is missing or lists an entry twice (a bug in kg's data).
    """
    seen: dict[str, int] = {}
    for number, entry in _lines(name, ".txt"):
        if entry in seen:
            raise ValueError(f"kg/data/words/{name}.txt:{number}: {entry!r} already on line {seen[entry]}")
        seen[entry] = number
    return frozenset(seen)


@functools.cache
def word_map(name: str) -> Mapping[str, str]:
    """The entry -> value pairs of ``kg/data/words/<name>.tsv`` (tab-separated)."""
    out: dict[str, str] = {}
    for number, line in _lines(name, ".tsv"):
        key, sep, value = line.partition("\t")
        key, value = key.strip(), value.strip()
        if not sep or not key or not value:
            raise ValueError(f"kg/data/words/{name}.tsv:{number}: expected 'entry<TAB>value', got {line!r}")
        if key in out:
            raise ValueError(f"kg/data/words/{name}.tsv:{number}: {key!r} listed twice")
        out[key] = value
    return out


def word_class_names() -> list[str]:
    """Names of all word classes and maps shipped with kg (file stems)."""
    folder = resources.files(_PACKAGE) / _FOLDER
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".txt", ".tsv")))


def check_word_classes() -> int:
    """Read every word class and map once (raises ``ValueError`` on a malformed file); returns how many."""
    names = word_class_names()
    for file_name in names:
        stem, _, suffix = file_name.rpartition(".")
        (word_class if suffix == "txt" else word_map)(stem)
    return len(names)


class WordClass(Set[str]):
    """A lazily read word class usable as a frozenset (``"talks" in TALK_NOUNS``)."""

    # The entries are kept on the instance once read: membership tests run on
    # nearly every token, and the cached reader costs a hashed call each time.
    __slots__ = ("name", "_words")

    def __init__(self, name: str) -> None:
        self.name = name
        self._words: frozenset[str] | None = None

    @property
    def words(self) -> frozenset[str]:
        """The entries (read on first use)."""
        words = self._words
        if words is None:
            words = self._words = word_class(self.name)
        return words

    def __contains__(self, item: object) -> bool:
        words = self._words
        if words is None:
            words = self._words = word_class(self.name)
        return item in words

    def __iter__(self) -> Iterator[str]:
        return iter(self.words)

    def __len__(self) -> int:
        return len(self.words)

    def __hash__(self) -> int:
        return hash(self.name)

    def __repr__(self) -> str:
        return f"WordClass({self.name!r})"

    @classmethod
    def _from_iterable(cls, it: Iterable[str]) -> frozenset[str]:  # type: ignore[override]
        # Set operators ("A | B", "A - {x}") give plain frozensets.
        return frozenset(it)


class WordMap(Mapping[str, str]):
    """A lazily read two-column word map usable as a read-only dict."""

    __slots__ = ("name", "_pairs")

    def __init__(self, name: str) -> None:
        self.name = name
        self._pairs: Mapping[str, str] | None = None

    def _read(self) -> Mapping[str, str]:
        pairs = self._pairs
        if pairs is None:
            pairs = self._pairs = word_map(self.name)
        return pairs

    def __getitem__(self, key: str) -> str:
        return self._read()[key]

    def __contains__(self, key: object) -> bool:
        return key in self._read()

    def __iter__(self) -> Iterator[str]:
        return iter(self._read())

    def __len__(self) -> int:
        return len(self._read())

    def __repr__(self) -> str:
        return f"WordMap({self.name!r})"
