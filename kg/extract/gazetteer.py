"""The general gazetteer: countries, organisations, government bodies, roles, sectors.

The data lives in ``kg/data/{countries,organizations,bodies}.json`` (package
data, read through :mod:`importlib.resources`) and is general: it never depends
on what some article mentions. :func:`load_gazetteer` turns it into a frozen
:class:`Gazetteer` whose lookups are case-aware ("US" is the country, "us" the
pronoun) and forgiving about typography: curly quotes, the periods of "U.S.",
diacritics ("Élysée"), hyphens ("al-Qaeda" = "al Qaeda") and a leading "the".

Matching rule, per token: a lower-case key token ("ministry") matches its
lower-case, capitalised and upper-case forms; a key token with capitals
("China", "US") matches only as written or in upper case (headlines).
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from importlib import resources
from typing import Literal, TypeAlias, cast, get_args

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

_TYPOGRAPHY = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
        "\u00a0": " ",
    }
)  # fmt: skip
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
    text = unicodedata.normalize("NFKD", token.translate(_TYPOGRAPHY))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace(".", "")
    text = re.sub(r"[-/]", " ", text)
    text = _POSSESSIVE.sub(" 's", text)
    return tuple(_TOKEN.findall(text))


def normalize_phrase(text: str) -> tuple[str, ...]:
    """Normalise a phrase into sub-tokens and drop a leading "the"."""
    tokens = normalize_token(text)
    return tokens[1:] if len(tokens) > 1 and tokens[0].lower() == "the" else tokens


def _case_ok(key: str, text: str) -> bool:
    if text == key:
        return True
    if key == key.lower():  # generic word: any capitalisation
        return text in (key[:1].upper() + key[1:], key.upper())
    return text == key.upper() and not key.isupper()


# --- index ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Target:
    tokens: tuple[str, ...]
    category: MatchCategory
    entry: GazetteerEntry
    sector: str | None


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    targets: list[_Target] = field(default_factory=list)


_PRIORITY = {category: rank for rank, category in enumerate(MatchCategory)}


def _choose(targets: Iterable[tuple[_Target, bool]], year: int | None) -> _Target | None:
    """Pick the best of the targets a phrase matched: exact case, then category, then era."""

    def rank(item: tuple[_Target, bool]) -> tuple[int, int, int]:
        target, exact = item
        era = 0
        if isinstance(target.entry, CountryEntry):
            entry = target.entry
            if year is None:
                era = 1 if entry.historical else 0
            elif entry.valid_in(year):
                era = 0 if entry.historical else 1  # a state of that era beats its successor
            else:
                era = 2
        return (0 if exact else 1, _PRIORITY[target.category], era)

    best = min(targets, key=rank, default=None)
    return best[0] if best else None


@dataclass(frozen=True)
class Gazetteer:
    """The loaded gazetteer: entries plus a token trie over every name.

    Build it with :func:`load_gazetteer` (package data) or :func:`build_gazetteer`.
    """

    countries: tuple[CountryEntry, ...]
    organizations: tuple[OrgEntry, ...]
    bodies: tuple[BodyEntry, ...]
    roles: tuple[RoleEntry, ...]
    sectors: tuple[SectorEntry, ...]
    regions: tuple[tuple[str, str], ...] = ()
    namesakes: tuple[tuple[str, tuple[str, ...]], ...] = ()
    peoples: tuple[tuple[str, str], ...] = ()
    _root: _Node = field(default_factory=_Node, repr=False, compare=False)
    _by_iso3: Mapping[str, CountryEntry] = field(default_factory=dict, repr=False, compare=False)
    _near: Mapping[str, list[tuple[str, CountryEntry]]] = field(default_factory=dict, repr=False, compare=False)
    _regions: Mapping[tuple[str, ...], tuple[tuple[str, ...], str]] = field(default_factory=dict, repr=False, compare=False)
    _peoples: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        cast(dict[str, str], self._peoples).update((name, iso3) for name, iso3 in self.peoples)
        by_iso3 = cast(dict[str, CountryEntry], self._by_iso3)
        near = cast(dict[str, list[tuple[str, CountryEntry]]], self._near)
        regions = cast(dict[tuple[str, ...], tuple[tuple[str, ...], str]], self._regions)
        for name, iso3 in self.regions:
            tokens = normalize_phrase(name)
            regions[tuple(t.casefold() for t in tokens)] = (tokens, iso3)
        for country in self.countries:
            by_iso3[country.iso3] = country
            for name in (country.name, *country.aliases):
                if len(name) >= _NEAR_MIN - 1 and name.isalpha() and not country.historical:
                    for variant in _deletions(name.lower()):
                        near.setdefault(variant, []).append((name.lower(), country))
            self._add(MatchCategory.COUNTRY, country, (country.name, *country.aliases))
            self._add(MatchCategory.DEMONYM, country, country.demonyms)
            self._add(MatchCategory.CAPITAL, country, country.capitals)
            for seat in country.seats:
                self._add(MatchCategory.SEAT, country, (seat.name,), seat.sector)
        for org in self.organizations:
            self._add(MatchCategory.ORGANIZATION, org, (org.name, *org.aliases))
        for body in self.bodies:
            self._add(MatchCategory.BODY, body, body.patterns or (body.name,), body.sector)
        for role in self.roles:
            self._add(MatchCategory.ROLE, role, role.patterns or (role.name,), role.sector)
        for sector in self.sectors:
            self._add(MatchCategory.SECTOR, sector, sector.words, sector.code)

    def _add(self, category: MatchCategory, entry: GazetteerEntry, phrases: Iterable[str], sector: str | None = None) -> None:
        for phrase in phrases:
            tokens = normalize_phrase(phrase)
            if not tokens:
                continue
            node = self._root
            for token in tokens:
                node = node.children.setdefault(token.casefold(), _Node())
            target = _Target(tokens, category, entry, sector)
            if target not in node.targets:
                node.targets.append(target)

    # --- scanning -------------------------------------------------------------

    def _walk(self, tokens: Sequence[str], start: int, categories: frozenset[MatchCategory] | None, year: int | None, *, whole: bool) -> GazetteerMatch | None:
        """Longest (or, with ``whole``, only the complete) match of ``tokens`` from ``start``."""
        begin = start
        if start < len(tokens) - 1 and normalize_token(tokens[start]) in (("the",), ("The",), ("THE",)):
            start += 1
        node = self._root
        seen: list[str] = []
        best: GazetteerMatch | None = None
        for index in range(start, len(tokens)):
            subtokens = normalize_token(tokens[index])
            if not subtokens:
                if index == start:
                    return None
                continue  # "-" or "." between words: transparent
            for sub in subtokens:
                child = node.children.get(sub.casefold())
                if child is None:
                    return best if not whole else None
                node = child
                seen.append(sub)
            if whole and index < len(tokens) - 1:
                continue
            candidates = [
                (target, all(t == s for t, s in zip(target.tokens, seen)))
                for target in node.targets
                if (categories is None or target.category in categories)
                and all(_case_ok(t, s) for t, s in zip(target.tokens, seen))
            ]
            chosen = _choose(candidates, year)
            if chosen is not None:
                best = GazetteerMatch(begin, index + 1, chosen.category, chosen.entry, chosen.sector)
        return best

    def longest_match(
        self,
        tokens: Sequence[str],
        start: int,
        *,
        categories: Iterable[MatchCategory] | None = None,
        year: int | None = None,
    ) -> GazetteerMatch | None:
        """Return the longest gazetteer entry that starts at ``tokens[start]``.

        A leading "the" is included in the match ("the Kremlin"); tokens that
        are pure hyphens or periods are skipped inside a phrase.

        Args:
            tokens: the token texts of a sentence or paragraph.
            start: index of the first token to match.
            categories: only match these categories (default: all).
            year: the article's year, to prefer a historical state ("Moscow" in 1987 = USSR).

        Returns:
            The match, or ``None`` when no entry starts there.
        """
        wanted = frozenset(categories) if categories is not None else None
        return self._walk(tokens, start, wanted, year, whole=False)

    def lookup(self, text: str, *, categories: Iterable[MatchCategory] | None = None, year: int | None = None) -> GazetteerMatch | None:
        """Match the whole of ``text`` against every (or the given) categories."""
        wanted = frozenset(categories) if categories is not None else None
        return self._walk(normalize_phrase(text), 0, wanted, year, whole=True)

    def _entry(self, text: str, category: MatchCategory, year: int | None = None) -> GazetteerEntry | None:
        match = self._walk(normalize_phrase(text), 0, frozenset({category}), year, whole=True)
        return match.entry if match else None

    # --- lookups ----------------------------------------------------------------

    def country(self, text: str, *, year: int | None = None) -> CountryEntry | None:
        """Country by name, alias ("U.S.", "the United States", "America") or ISO3 code ("USA", "SUN").

        Args:
            text: the phrase.
            year: the article's year; picks a historical state where one shares the name.
        """
        stripped = text.strip()
        if len(stripped) == 3 and stripped.isupper() and stripped in self._by_iso3:
            return self._by_iso3[stripped]
        return cast(CountryEntry | None, self._entry(text, MatchCategory.COUNTRY, year))

    def country_of_demonym(self, word: str, *, year: int | None = None) -> CountryEntry | None:
        """Country of a demonym ("Chinese", "Americans", "Turkish", "Soviet")."""
        return cast(CountryEntry | None, self._entry(word, MatchCategory.DEMONYM, year))

    def capital(self, text: str, *, year: int | None = None) -> CountryEntry | None:
        """Country whose capital or seat-of-government city this is ("Beijing", "Teheran", "Moscow")."""
        return cast(CountryEntry | None, self._entry(text, MatchCategory.CAPITAL, year))

    def seat(self, text: str, *, year: int | None = None) -> CountryEntry | None:
        """Country of a government-seat metonym ("the White House", "the Kremlin", "Downing Street")."""
        return cast(CountryEntry | None, self._entry(text, MatchCategory.SEAT, year))

    def organization(self, text: str) -> OrgEntry | None:
        """Organisation by name, alias or acronym ("UN", "U.N.", "Islamic State", "Daesh")."""
        return cast(OrgEntry | None, self._entry(text, MatchCategory.ORGANIZATION))

    def body(self, text: str) -> BodyEntry | None:
        """Government body by phrase ("Foreign Ministry", "Commerce Department", "police", "Pentagon")."""
        return cast(BodyEntry | None, self._entry(text, MatchCategory.BODY))

    def role(self, text: str) -> RoleEntry | None:
        """Role by title word or phrase ("spokesman", "Foreign Minister", "secretary-general")."""
        return cast(RoleEntry | None, self._entry(text, MatchCategory.ROLE))

    def sector(self, word: str) -> str | None:
        """CAMEO role code a word signals ("company" -> "BUS", "troops" -> "MIL"), if any."""
        entry = self._entry(word, MatchCategory.SECTOR)
        return entry.code if isinstance(entry, SectorEntry) else None

    def region(self, text: str) -> CountryEntry | None:
        """Country of a region, province or city the country entries do not name ("Sindh", "Darfur", "Basra").

        Names are matched whole and as written (or in upper case); names two
        countries share are not in the data.
        """
        tokens = normalize_phrase(text)
        found = self._regions.get(tuple(t.casefold() for t in tokens))
        if found is None or not all(_case_ok(k, t) for k, t in zip(found[0], tokens)):
            return None
        return self._by_iso3.get(found[1])

    def people(self, word: str) -> CountryEntry | None:
        """Home country of an ethnic or national people that has one ("Karen", "Uighurs": MMR, CHN), as written."""
        iso3 = self._peoples.get(word.translate(_TYPOGRAPHY))
        return self._by_iso3.get(iso3) if iso3 else None

    def namesakes_of(self, text: str) -> tuple[CountryEntry, ...]:
        """Other countries with a place of this name, or that held it before ("Tripoli": Lebanon; "Juba": Sudan)."""
        key = normalize_phrase(text)
        for name, codes in self.namesakes:
            if normalize_phrase(name) == key:
                return tuple(self._by_iso3[c] for c in codes if c in self._by_iso3)
        return ()

    def country_near(self, text: str) -> CountryEntry | None:
        """Country whose one-word name is one typing error away ("Afganistan", "Quatar", "Ethopia").

        Only capitalised words of six letters or more, with the same first
        letter, and only when exactly one country is that close.
        """
        word = text.strip()
        if len(word) < _NEAR_MIN or not word.isalpha() or not word[:1].isupper() or word[1:].isupper():
            return None
        lower = word.lower()
        found = {
            entry.iso3: entry
            for variant in _deletions(lower)
            for name, entry in self._near.get(variant, ())
            if name[0] == lower[0] and _one_edit(lower, name)
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def country_by_iso3(self, iso3: str) -> CountryEntry | None:
        """Country by exact ISO3 code."""
        return self._by_iso3.get(iso3)


_NEAR_MIN = 6


def _deletions(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def _one_edit(a: str, b: str) -> bool:
    """Whether two different words are one substitution, insertion, deletion or swap apart."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diffs) == 1 or (len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]])
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


# --- loading ----------------------------------------------------------------------

DATA_FILES = ("countries.json", "organizations.json", "bodies.json")
REGIONS_FILE = "regions.json"


def _fail(source: str, message: str) -> ValueError:
    # Packaged data that does not parse is a bug in kg, not a user error.
    return ValueError(f"kg/data/{source}: {message}")


def _str(item: Mapping[str, object], name: str, source: str) -> str:
    value = item.get(name)
    if not isinstance(value, str) or not value:
        raise _fail(source, f"{name!r} must be a non-empty string in {dict(item)!r}")
    return value


def _opt_str(item: Mapping[str, object], name: str, source: str) -> str | None:
    value = item.get(name)
    if value is not None and not isinstance(value, str):
        raise _fail(source, f"{name!r} must be a string or null in {dict(item)!r}")
    return value


def _opt_int(item: Mapping[str, object], name: str, source: str) -> int | None:
    value = item.get(name)
    if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
        raise _fail(source, f"{name!r} must be an integer or null in {dict(item)!r}")
    return value


def _strs(item: Mapping[str, object], name: str, source: str) -> tuple[str, ...]:
    value = item.get(name, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise _fail(source, f"{name!r} must be a list of strings in {dict(item)!r}")
    return tuple(cast(list[str], value))


def _records(data: Mapping[str, object], name: str, source: str) -> list[Mapping[str, object]]:
    value = data.get(name)
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise _fail(source, f"{name!r} must be a list of objects")
    return cast(list[Mapping[str, object]], value)


def _kind(item: Mapping[str, object], source: str) -> ActorKind:
    value = _str(item, "kind", source)
    try:
        return ActorKind(value)
    except ValueError:
        raise _fail(source, f"unknown kind {value!r}") from None


def _relation(item: Mapping[str, object], source: str) -> RoleRelation:
    value = _str(item, "relation", source)
    if value not in get_args(RoleRelation):
        raise _fail(source, f"unknown relation {value!r}")
    return cast(RoleRelation, value)


def _seats(item: Mapping[str, object], source: str) -> tuple[Seat, ...]:
    return tuple(Seat(_str(s, "name", source), _str(s, "sector", source)) for s in _records(item, "seats", source))


def _regions(data: Mapping[str, object] | None) -> tuple[tuple[str, str], ...]:
    if data is None:
        return ()
    value = data.get("regions")
    if not isinstance(value, dict):
        raise _fail(REGIONS_FILE, "'regions' must map ISO3 codes to lists of names")
    return tuple((name, iso3) for iso3 in value for name in _strs(value, iso3, REGIONS_FILE))


def _peoples(data: Mapping[str, object] | None) -> tuple[tuple[str, str], ...]:
    value = data.get("peoples", {}) if data is not None else {}
    if not isinstance(value, dict):
        raise _fail(REGIONS_FILE, "'peoples' must map ISO3 codes to lists of names")
    return tuple((name, iso3) for iso3 in value if not iso3.startswith("_") for name in _strs(value, iso3, REGIONS_FILE))


def _namesakes(data: Mapping[str, object] | None) -> tuple[tuple[str, tuple[str, ...]], ...]:
    value = data.get("namesakes", {}) if data is not None else {}
    if not isinstance(value, dict):
        raise _fail(REGIONS_FILE, "'namesakes' must map place names to lists of ISO3 codes")
    return tuple((name, _strs(value, name, REGIONS_FILE)) for name in value)


def build_gazetteer(
    countries: Mapping[str, object],
    organizations: Mapping[str, object],
    bodies: Mapping[str, object],
    regions: Mapping[str, object] | None = None,
) -> Gazetteer:
    """Build a :class:`Gazetteer` from the parsed JSON of the three data files (and, optionally, the regions file).

    Raises:
        ValueError: when an entry does not follow the documented schema.
    """
    src = "countries.json"
    country_entries = tuple(
        CountryEntry(
            key=_str(c, "iso3", src).lower(),
            iso3=_str(c, "iso3", src),
            name=_str(c, "name", src),
            aliases=_strs(c, "aliases", src),
            demonyms=_strs(c, "demonyms", src),
            capitals=_strs(c, "capitals", src),
            seats=_seats(c, src),
            wikidata=_opt_str(c, "wikidata", src),
            region=_opt_str(c, "region", src),
            valid_from=_opt_int(c, "from", src),
            valid_until=_opt_int(c, "until", src),
            successors=_strs(c, "successors", src),
        )
        for c in _records(countries, "countries", src)
    )
    src = "organizations.json"
    org_entries = tuple(
        OrgEntry(
            key=_str(o, "id", src),
            name=_str(o, "name", src),
            kind=_kind(o, src),
            code=_str(o, "code", src),
            aliases=_strs(o, "aliases", src),
            country=_opt_str(o, "country", src),
            parent=_opt_str(o, "parent", src),
            wikidata=_opt_str(o, "wikidata", src),
        )
        for o in _records(organizations, "organizations", src)
    )
    src = "bodies.json"
    body_entries = tuple(
        BodyEntry(
            key=_str(b, "id", src),
            name=_str(b, "name", src),
            sector=_str(b, "sector", src),
            kind=_kind(b, src),
            patterns=_strs(b, "patterns", src),
            country=_opt_str(b, "country", src),
        )
        for b in _records(bodies, "bodies", src)
    )
    role_entries = tuple(
        RoleEntry(
            key=_str(r, "id", src),
            name=_str(r, "name", src),
            sector=_str(r, "sector", src),
            relation=_relation(r, src),
            patterns=_strs(r, "patterns", src),
        )
        for r in _records(bodies, "roles", src)
    )
    sector_entries = tuple(
        SectorEntry(
            key=_str(s, "code", src).lower(),
            code=_str(s, "code", src),
            name=_str(s, "name", src),
            words=_strs(s, "words", src),
        )
        for s in _records(bodies, "sectors", src)
    )
    return Gazetteer(country_entries, org_entries, body_entries, role_entries, sector_entries, _regions(regions), _namesakes(regions), _peoples(regions))


def read_data_file(name: str) -> dict[str, object]:
    """Read one of :data:`DATA_FILES` (or :data:`REGIONS_FILE`) from the ``kg.data`` package (works from a wheel)."""
    text = resources.files("kg.data").joinpath(name).read_text(encoding="utf-8")
    data = json.loads(text)
    if not isinstance(data, dict):
        raise _fail(name, "must hold a JSON object")
    return cast(dict[str, object], data)


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Load the packaged gazetteer (cached: the value is immutable)."""
    countries, organizations, bodies = (read_data_file(name) for name in DATA_FILES)
    return build_gazetteer(countries, organizations, bodies, read_data_file(REGIONS_FILE))
