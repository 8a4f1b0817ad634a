"""Gazetteer entries and the normalisation every lookup shares.

The entry types (countries, organisations, bodies, roles, sectors) are what
:mod:`kg.extract.actors.gazetteer` indexes and returns; ``normalize_token`` and
``case_ok`` are its matching rule: typography folded, case kept.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal, TypeAlias

from kg.extract.words import word_map
from kg.model import ActorKind

RoleRelation: TypeAlias = Literal["leader_of", "minister_of", "spokesperson_of", "delegate_of", "member_of"]
"""The relation the holder of a role has to the body or country it serves."""


class MatchCategory(StrEnum):
    """What kind of gazetteer entry a phrase matched (in tie-break order)."""

    COUNTRY = "country"
    ORGANIZATION = "organization"
    SEAT = "seat"
    CAPITAL = "capital"
    BODY = "body"
    DEMONYM = "demonym"
    ROLE = "role"
    SECTOR = "sector"


@dataclass(frozen=True)
class Seat:
    """A government-seat metonym ("the Kremlin") and the CAMEO sector it stands for."""

    name: str
    sector: str


@dataclass(frozen=True)
class CountryEntry:
    """A country, territory or historical state.

    ``valid_from``/``valid_until`` (inclusive years) are set for historical
    states only (USSR, Yugoslavia...), which may share names and capitals
    with their ``successors``.
    """

    key: str
    iso3: str
    name: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    seats: tuple[Seat, ...] = ()
    wikidata: str | None = None
    region: str | None = None
    valid_from: int | None = None
    valid_until: int | None = None
    successors: tuple[str, ...] = ()

    @property
    def code(self) -> str:
        """The CAMEO country code (the ISO3 code)."""
        return self.iso3

    @property
    def historical(self) -> bool:
        """Whether the state no longer exists."""
        return self.valid_until is not None

    def valid_in(self, year: int) -> bool:
        """Whether the state existed in ``year``."""
        return (self.valid_from is None or self.valid_from <= year) and (
            self.valid_until is None or year <= self.valid_until
        )


@dataclass(frozen=True)
class OrgEntry:
    """An IGO, NGO, news medium, party or armed group."""

    key: str
    name: str
    kind: ActorKind
    code: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    parent: str | None = None
    wikidata: str | None = None


@dataclass(frozen=True)
class BodyEntry:
    """A government body: generic ("foreign ministry") or national ("State Department", fixed ``country``)."""

    key: str
    name: str
    sector: str
    kind: ActorKind
    patterns: tuple[str, ...] = ()
    country: str | None = None


@dataclass(frozen=True)
class RoleEntry:
    """A title word ("spokesman") with its CAMEO sector and the relation it implies."""

    key: str
    name: str
    sector: str
    relation: RoleRelation
    patterns: tuple[str, ...] = ()


@dataclass(frozen=True)
class SectorEntry:
    """A CAMEO role code ("BUS") and the words that signal it ("company", "firm")."""

    key: str
    code: str
    name: str
    words: tuple[str, ...] = ()


GazetteerEntry: TypeAlias = CountryEntry | OrgEntry | BodyEntry | RoleEntry | SectorEntry


@dataclass(frozen=True)
class GazetteerMatch:
    """A gazetteer entry found in a token list: tokens ``[start, end)``, a leading "the" included.

    ``sector`` is the CAMEO role code the phrase implies (seats, bodies, roles
    and sector words), else ``None``.
    """

    start: int
    end: int
    category: MatchCategory
    entry: GazetteerEntry
    sector: str | None = None

    @property
    def key(self) -> str:
        """The matched entry's stable key."""
        return self.entry.key


# --- normalisation ----------------------------------------------------------------

@functools.cache
def _typography() -> dict[int, str]:
    """Code point -> replacement, from ``kg/data/words/typography.tsv`` (code points written ``U+2019``)."""
    return {int(key.removeprefix("U+"), 16): chr(int(value.removeprefix("U+"), 16)) for key, value in word_map("typography").items()}


def fold_typography(text: str) -> str:
    """Curly quotes, typographic dashes and no-break spaces folded to plain ones ("’" -> "'")."""
    return text.translate(_typography())


_POSSESSIVE = re.compile(r"(?<=\w)'s(?!\w)")
_TOKEN = re.compile(r"'s(?!\w)|\w+(?:'\w+)*|[^\w\s'\"]")


@functools.lru_cache(maxsize=65536)
def normalize_token(token: str) -> tuple[str, ...]:
    """Normalise one token (or phrase) into comparable sub-tokens, case kept.

    Curly quotes become straight, diacritics and periods go ("U.S." -> "US"),
    hyphens and slashes split ("al-Qaeda" -> "al", "Qaeda"), a possessive
    "'s" becomes its own token, bare quotes and apostrophes vanish.

    Args:
        token: a token or a whole phrase.

    Returns:
        The sub-tokens; empty for pure punctuation such as "-" or ".".
    """
    text = unicodedata.normalize("NFKD", fold_typography(token))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace(".", "")
    text = re.sub(r"[-/]", " ", text)
    text = _POSSESSIVE.sub(" 's", text)
    return tuple(_TOKEN.findall(text))


def normalize_phrase(text: str) -> tuple[str, ...]:
    """Normalise a phrase into sub-tokens and drop a leading "the"."""
    tokens = normalize_token(text)
    return tokens[1:] if len(tokens) > 1 and tokens[0].lower() == "the" else tokens


def case_ok(key: str, text: str) -> bool:
    """Whether ``text`` is an allowed spelling of the key token ``key`` (see the gazetteer's matching rule)."""
    if text == key:
        return True
    if key == key.lower():  # generic word: any capitalisation
        # An elided article keeps its small letter in a titled word: "Charge d'Affaires".
        elided = "'".join(part[:1].upper() + part[1:] if k else part for k, part in enumerate(key.split("'"))) if "'" in key else None
        return text in (key[:1].upper() + key[1:], key.upper(), elided)
    return text == key.upper() and not key.isupper()
