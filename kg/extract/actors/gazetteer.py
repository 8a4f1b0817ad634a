"""The general gazetteer: countries, organisations, government bodies, roles, sectors.

The data lives in ``kg/data/{countries,organizations,bodies,regions}.json``
(package data) and is general: it never depends on what some article
mentions. :mod:`kg.extract.actors.gazetteer_data` reads it into a frozen
:class:`Gazetteer` (this module: the index and its lookups), whose lookups are case-aware ("US" is the country, "us" the
pronoun) and forgiving about typography: curly quotes, the periods of "U.S.",
diacritics ("Élysée"), hyphens ("al-Qaeda" = "al Qaeda") and a leading "the".

Matching rule, per token: a lower-case key token ("ministry") matches its
lower-case, capitalised and upper-case forms; a key token with capitals
("China", "US") matches only as written or in upper case (headlines).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import cast

from kg.extract.actors.gazetteer_entries import (
    BodyEntry,
    CountryEntry,
    GazetteerEntry,
    GazetteerMatch,
    MatchCategory,
    OrgEntry,
    RoleEntry,
    RoleRelation,
    Seat,
    SectorEntry,
    case_ok,
    fold_typography,
    normalize_phrase,
    normalize_token,
)

__all__ = [
    "BodyEntry", "CountryEntry", "Gazetteer", "GazetteerEntry", "GazetteerMatch", "MatchCategory",
    "OrgEntry", "RoleEntry", "RoleRelation", "Seat", "SectorEntry", "normalize_phrase", "normalize_token",
]

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


_ENTRY_CACHE_MAX = 200_000


@dataclass(frozen=True)
class Gazetteer:
    """The loaded gazetteer: entries plus a token trie over every name.

    Build it with :mod:`kg.extract.actors.gazetteer_data` (``load_gazetteer`` for the package data).
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
    #: Whole-phrase look-ups already made (the gazetteer does not change once built).
    _entries: dict[tuple[str, MatchCategory, int | None], GazetteerEntry | None] = field(default_factory=dict, repr=False, compare=False)
    #: Every sub-token (case-folded) of every name in the trie, whatever its category; and every last one.
    _words: set[str] = field(default_factory=set, repr=False, compare=False)
    _last_words: set[str] = field(default_factory=set, repr=False, compare=False)

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
                self._words.add(token.casefold())
                node = node.children.setdefault(token.casefold(), _Node())
            self._last_words.add(tokens[-1].casefold())
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
                and all(case_ok(t, s) for t, s in zip(target.tokens, seen))
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

    def may_end_a_name(self, text: str) -> bool:
        """Whether a phrase ending in ``text`` (a whole word) may be a name of any category (``False``: none is).

        A whole-phrase look-up (:meth:`lookup`, :meth:`country`, :meth:`body` ...)
        walks every sub-token of the phrase and ends at a name's last one.
        """
        subtokens = normalize_token(text)
        if not subtokens:
            return True
        return subtokens[-1].casefold() in self._last_words and all(s.casefold() in self._words or s.lower() == "the" for s in subtokens)

    def _entry(self, text: str, category: MatchCategory, year: int | None = None) -> GazetteerEntry | None:
        key = (text, category, year)
        try:
            return self._entries[key]
        except KeyError:
            pass
        if len(self._entries) >= _ENTRY_CACHE_MAX:
            self._entries.clear()  # bounded over a long corpus
        match = self._walk(normalize_phrase(text), 0, frozenset({category}), year, whole=True)
        entry = self._entries[key] = match.entry if match else None
        return entry

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
        if found is None or not all(case_ok(k, t) for k, t in zip(found[0], tokens)):
            return None
        return self._by_iso3.get(found[1])

    def people(self, word: str) -> CountryEntry | None:
        """Home country of an ethnic or national people that has one ("Karen", "Chechens": MMR, RUS), as written."""
        iso3 = self._peoples.get(fold_typography(word))
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
