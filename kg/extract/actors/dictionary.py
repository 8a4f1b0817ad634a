"""The field's actor dictionaries as data: names -> CAMEO actor codes valid on a date.

Two sources answer one lookup:

- the PETRARCH2/Phoenix actor dictionaries (``kg/data/petrarch/``, MIT):
  countries, their people and bodies with dated roles, international and
  non-state actors, and the generic agents ("police" -> ``COP``);
- the dated leaders table (``kg/data/leaders.tsv``, see
  :mod:`kg.extract.actors.office_holders`) for office holders after the
  dictionaries end (early 2014), which also closes the dictionaries'
  open-ended government roles of people it knows to have left office.
  Heads of state and government and foreign and defence ministers alike
  name their country's government (``CHNGOV``) while in office; ministers
  match by their full name only (the table lists no surname for them).

Matching: the longest dictionary phrase within the words, case-insensitive
and typographically forgiving (dots, hyphens, diacritics). A dictionary word
ending in ``_`` matches that word only; one without matches as a stem
("MERKEL" also matches "Merkels"), from four letters up so that an acronym
such as "PLA" does not match "plan". A one-word name of at most three letters
("US", "UN") does not match a lower-case word ("us", "un").

Nothing is read at import time; :func:`load_actor_dictionary` reads the
compiled dictionaries and the leaders table once per process.
"""

from __future__ import annotations

import functools
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from importlib import resources
from typing import Any, NamedTuple

from kg.extract.actors.office_holders import Office, Term, load_leaders_table
from kg.extract.actors.petrarch import ACTOR_FILES, AGENT_FILE, OPEN_END, OPEN_START, compile_dictionaries, date_number, normalize_words

__all__ = [
    "ActorCode", "ActorDictionary", "ActorMatch", "ActorSource", "AgentCode", "COMPILED_FILE",
    "compile_shipped_dictionaries", "load_actor_dictionary",
]  # fmt: skip

#: The compiled dictionaries, in ``kg/data/petrarch/`` (``bench/compile_petrarch.py`` writes it).
COMPILED_FILE = "compiled.json"
_STEM_MIN = 4
_HONORIFICS = {"mr", "mrs", "ms", "dr", "sir"}
_ACRONYM_MAX = 3
# A dictionary role and a leaders-table term are the same appointment when the
# term starts within this time of the role; terms this close follow each other.
_SAME_APPOINTMENT = timedelta(days=366)
_CONTIGUOUS = timedelta(days=31)
# An open minister term says only that the person held the office when the
# snapshot was taken (2022): it is trusted this long after the newest minister date.
_OPEN_MINISTER_TRUST = timedelta(days=2 * 365)
_MINISTERS = frozenset({Office.FOREIGN_MINISTER, Office.DEFENCE_MINISTER})


class ActorSource(StrEnum):
    """Which data answered a lookup."""

    DICTIONARY = "dictionary"
    LEADERS = "leaders"


@dataclass(frozen=True)
class ActorCode:
    """A CAMEO actor code and what it is made of.

    ``country`` is the first three letters when they are a country code
    (``DEU`` of ``DEUGOV``); ``sector`` is the first role code after the
    country and any territory code (``GOV``), or the first three letters of a
    code without a country (``IGO`` of ``IGOEUREEC``).
    """

    code: str
    name: str
    country: str | None
    sector: str | None
    source: ActorSource


@dataclass(frozen=True)
class ActorMatch:
    """A name found in the words (``words[start:end]``) and its code on the date, if any."""

    start: int
    end: int
    actor: ActorCode | None


@dataclass(frozen=True)
class AgentCode:
    """A generic agent's sector code ("police" -> ``COP``).

    ``prefix`` is PETRARCH's ``NGO~``: the code goes before the actor's
    country code instead of after it.
    """

    code: str
    prefix: bool
    phrase: str


class _Entry(NamedTuple):
    name: str
    default: str | None
    roles: tuple[tuple[str, int, int], ...]  # code, start, end as YYYYMMDD numbers (end capped by the leaders table)
    people: tuple[int, ...]  # the leaders-table people of the same name


class _Key(NamedTuple):
    phrase: str  # tokens joined by spaces; a final "_": the last word must match whole
    target: int  # an entry (>= 0) or a leaders-table person (-1 - index)
    full: bool = True  # a leader's surname alone needs a date and a unique holder


class ActorDictionary:
    """Actor names and generic agents with their CAMEO codes; build with :func:`load_actor_dictionary`.

    Only the phrase index is built up front; an entry's roles are read (and
    capped by the leaders table) the first time a lookup needs it.
    """

    def __init__(self, compiled: Mapping[str, Any], terms: Sequence[Term]) -> None:
        self._countries = frozenset(compiled["countries"])
        self._rows: list[list[Any]] = compiled["actors"]
        self._entries: dict[int, _Entry] = {}  # read on first use
        self._persons: list[tuple[Term, ...]] = []
        by_person: dict[str, list[Term]] = defaultdict(list)
        self._offices: dict[tuple[str, str], list[Term]] = defaultdict(list)
        newest = max((d for t in terms if t.office in _MINISTERS for d in (t.start, t.end) if d is not None), default=None)
        self._open_ministers_until = newest + _OPEN_MINISTER_TRUST if newest is not None else None
        for term in terms:
            by_person[term.person].append(term)
            self._offices[(term.country, term.office)].append(term)
        self._keys: dict[str, list[_Key]] = defaultdict(list)
        self._stems: dict[str, list[_Key]] = defaultdict(list)
        self._full_names: dict[str, set[int]] = defaultdict(set)
        for person_terms in by_person.values():
            index = len(self._persons)
            self._persons.append(tuple(sorted(person_terms, key=lambda t: t.start)))
            for rank, name in enumerate(dict.fromkeys(person_terms[0].names)):
                for variant in transliterations(name):
                    tokens = normalize_words(variant)
                    if tokens:
                        self._keys[tokens[0]].append(_Key(" ".join(tokens) + "_", -1 - index, rank == 0 or len(tokens) > 1))
                        if len(tokens) > 1:
                            self._full_names[" ".join(tokens)].add(index)
        for target, row in enumerate(self._rows):
            for phrase in row[5].split("|"):
                first, space, _ = phrase.partition(" ")
                key = _Key(phrase, target)
                if space:
                    self._keys[first].append(key)
                elif phrase.endswith("_"):
                    self._keys[phrase[:-1]].append(key)
                else:
                    self._keys[phrase].append(key)
                    if len(phrase) >= _STEM_MIN:
                        self._stems[phrase].append(key)
        self._agents = {p: AgentCode(c, bool(x), p) for p, c, x in compiled["agents"]}
        self._agent_heads = frozenset(p.split()[-1] for p in self._agents if p.split())

    def _entry(self, target: int) -> _Entry:
        """A dictionary entry, with its open government roles ended where the leaders table knows."""
        entry = self._entries.get(target)
        if entry is None:
            _, _, name, default, roles, phrases = self._rows[target]
            people = sorted({i for p in phrases.split("|") if " " in p for i in self._full_names.get(p.rstrip("_"), ())})
            parsed = [(c, int(a), int(b)) for c, a, b in (r.split() for r in roles.split(";") if r)]
            entry = _Entry(name, default or None, tuple(self._capped(r, people) for r in parsed), tuple(people))
            self._entries[target] = entry
        return entry

    # --- lookups ----------------------------------------------------------------------

    def lookup(self, words: Sequence[str], on: date | None = None) -> ActorCode | None:
        """The code of the longest dictionary name in ``words``, valid on ``on``.

        Args:
            words: the tokens of a name or phrase (``["Chancellor", "Angela", "Merkel"]``).
            on: the event's date; ``None`` gives a name's default code (or its latest role).

        Returns:
            The code, or ``None`` when no name matches or the longest one holds no code on that date
            (a 2020 "Yeltsin").
        """
        found = self.matches(words, on)
        if not found:
            return None
        best = max(found, key=lambda m: (m.end - m.start, -m.start))
        return best.actor

    def matches(self, words: Sequence[str], on: date | None = None) -> tuple[ActorMatch, ...]:
        """Every dictionary name in ``words``, longest first and not overlapping, in text order."""
        tokens: list[str] = []
        owners: list[int] = []
        lower: list[bool] = []
        for index, word in enumerate(words):
            for token in normalize_words(word):
                tokens.append(token)
                owners.append(index)
                lower.append(word.islower())
        spans: dict[tuple[int, int], list[_Key]] = defaultdict(list)
        for i, token in enumerate(tokens):
            candidates = list(self._keys.get(token, ()))
            candidates += [k for n in range(_STEM_MIN, len(token)) for k in self._stems.get(token[:n], ())]
            for key in candidates:
                words_of_key = key.phrase.rstrip("_").split(" ")
                end = i + len(words_of_key)
                if end > len(tokens) or not _matches(words_of_key, key.phrase.endswith("_"), tokens[i:end]):
                    continue
                if end - i == 1 and lower[i] and len(words_of_key[0]) <= _ACRONYM_MAX:
                    continue
                if not key.full and not self._bare_surname(words, owners[i]):
                    continue
                spans[(i, end)].append(key)
        taken: set[int] = set()
        out = []
        for (i, end), keys in sorted(spans.items(), key=lambda item: (item[0][0] - item[0][1], item[0][0])):
            if taken.isdisjoint(range(i, end)):
                taken.update(range(i, end))
                out.append(ActorMatch(owners[i], owners[end - 1] + 1, self._resolve(keys, on)))
        return tuple(sorted(out, key=lambda m: m.start))

    def _bare_surname(self, words: Sequence[str], index: int) -> bool:
        """Whether ``words[index]`` stands alone as a surname: no other name part beside it.

        "President Lee", "Mr. Lee" and "Lee said" name a Lee; "Lee Jae-myung"
        or "Jae-myung Lee" is someone else. A capitalised word before it must
        be a title (a generic agent of the dictionaries) or an honorific.
        """
        after = words[index + 1] if index + 1 < len(words) else ""
        before = words[index - 1] if index > 0 else ""
        if after[:1].isupper():
            return False
        return not before[:1].isupper() or before.lower().rstrip(".") in _HONORIFICS or self.agent(before) is not None

    @property
    def agent_heads(self) -> frozenset[str]:
        """The last word of every generic agent phrase ("police" of "riot police")."""
        return self._agent_heads

    def agent(self, phrase: str | Sequence[str]) -> AgentCode | None:
        """The sector code of a generic agent noun or noun phrase ("police", "riot police", "protesters").

        The longest dictionary agent that ends the phrase wins ("the angry
        protesters" -> ``OPP``); singular and plural forms are both listed.
        """
        tokens = normalize_words(phrase if isinstance(phrase, str) else " ".join(phrase))
        for start in range(len(tokens)):
            found = self._agents.get(" ".join(tokens[start:]))
            if found is not None:
                return found
        return None

    # --- resolution -------------------------------------------------------------------

    def _resolve(self, keys: Iterable[_Key], on: date | None) -> ActorCode | None:
        """The best code among the entries and people that share one matched span."""
        day = date_number(on) if on else None
        ranked: list[tuple[int, int, ActorCode]] = []
        surnames: dict[int, Term] = {}
        for order, key in enumerate(dict.fromkeys(keys)):
            if key.target >= 0:
                entry = self._entry(key.target)
                found = self._entry_code(entry, day)
                if found is not None:
                    ranked.append((found[1], order, self._actor(found[0], entry.name, ActorSource.DICTIONARY)))
                continue
            terms = self._persons[-1 - key.target]
            if not key.full:
                held = self._held(terms, on) if on is not None else None
                if held is not None:
                    surnames[-1 - key.target] = held
                continue
            leader = self._term_code(terms, on)
            if leader is not None:
                ranked.append((leader[1], len(ranked) + 1000, self._actor(leader[0], terms[0].name, ActorSource.LEADERS)))
        if len(surnames) == 1:  # a surname names a leader only when one such leader held office that day
            term = next(iter(surnames.values()))
            ranked.append((0, 2000, self._actor(term.country + "GOV", term.name, ActorSource.LEADERS)))
        return min(ranked, key=lambda r: (r[0], r[1]))[2] if ranked else None

    def _entry_code(self, entry: _Entry, day: int | None) -> tuple[str, int] | None:
        """A dictionary entry's code on a day: a role that covers it (rank 0), else its default (rank 1)."""
        if day is not None:
            current = [r for r in entry.roles if r[1] <= day <= r[2]]
            if current:
                return max(current, key=lambda r: r[1])[0], 0
        if entry.default:
            return entry.default, 1
        if day is None and entry.roles:
            return max(entry.roles, key=lambda r: r[1])[0], 1
        if day is not None:  # a leader the table knows to have left office: an elite, as the dictionaries code them
            for person in entry.people:
                found = self._term_code(self._persons[person], _number_date(day))
                if found is not None and found[1] == 2:
                    return found
        return None

    def _held(self, terms: Sequence[Term], on: date) -> Term | None:
        """The office a person held on a day; one held alone beats an office shared (Andorra's co-princes)."""
        held = [t for t in terms if self._holds(t, on)]
        sole = [t for t in held if not any(o.person != t.person and self._holds(o, on) for o in self._offices[(t.country, t.office)])]
        return min(sole or held, key=lambda t: (t.start, t.country), default=None)

    def _holds(self, term: Term, on: date) -> bool:
        """Whether a term covers a day; an open minister term only until the table's minister data grows stale."""
        if term.end is None and term.office in _MINISTERS and self._open_ministers_until is not None and on > self._open_ministers_until:
            return False
        return term.holds_on(on)

    def _term_code(self, terms: Sequence[Term], on: date | None) -> tuple[str, int] | None:
        """A named leader's code: their government while in office (rank 0), an elite once they left (rank 2)."""
        if on is None:
            return terms[-1].country + "GOV", 1
        held = self._held(terms, on)
        if held is not None:
            return held.country + "GOV", 0
        past = [t for t in terms if t.end is not None and t.end < on]
        return (past[-1].country + "ELI", 2) if past else None

    def _capped(self, role: tuple[str, int, int], people: Sequence[int]) -> tuple[str, int, int]:
        """An open-ended government role, ended when the leaders table says its holder left office."""
        code, start, end = role
        country = code[:3]
        if end != OPEN_END or start == OPEN_START or country not in self._countries or "GOV" not in code[3:]:
            return role
        began = _number_date(start)
        for person in people:
            terms = [t for t in self._persons[person] if t.country == country]
            stop = _tenure_end(terms, began)
            if stop is not None:
                return code, start, date_number(stop)
        return role

    def _actor(self, code: str, name: str, source: ActorSource) -> ActorCode:
        country = code[:3] if code[:3] in self._countries else None
        rest = code[3:] if country else code
        while country and len(rest) > 3 and rest[:3] in self._countries:
            rest = rest[3:]  # a territory of the country ("USAASMELI": American Samoa)
        return ActorCode(code, name, country, rest[:3] or None, source)


#: Romanisations of one Slavic surname ending: "Zelenski", "Zelensky", "Zelenskyy", "Zelenskiy".
_SKI_ENDINGS = ("skyy", "skiy", "sky", "ski")


def transliterations(name: str) -> list[str]:
    """A leader's name and its other common romanisations ("Volodymyr Zelenski" -> "... Zelensky", "... Zelenskyy", "... Zelenskiy").

    The table spells a name one way; news spells it others. Only the
    "-ski" family of endings varies this much across English outlets.
    """
    out = [name]
    words = name.split()
    for n, word in enumerate(words):
        ending = next((e for e in _SKI_ENDINGS if word.lower().endswith(e) and len(word) > len(e) + 2), None)
        if ending is None:
            continue
        for other in _SKI_ENDINGS:
            if other != ending:
                out += [" ".join([*words[:n], word[: -len(ending)] + other, *words[n + 1 :]])]
    return out


def _matches(words: Sequence[str], exact: bool, tokens: Sequence[str]) -> bool:
    """Whether a key's words are the tokens (the last one as a stem unless exact)."""
    *head, last = words
    if list(tokens[:-1]) != head:
        return False
    if tokens[-1] == last:
        return True
    return not exact and len(last) >= _STEM_MIN and tokens[-1].startswith(last)


def _tenure_end(terms: Sequence[Term], began: date) -> date | None:
    """When the tenure that began about ``began`` ended (terms that follow on are one tenure); ``None`` if unknown or ongoing."""
    ordered = sorted(terms, key=lambda t: t.start)
    for i, term in enumerate(ordered):
        if abs(term.start - began) <= _SAME_APPOINTMENT or (term.start <= began and (term.end is None or term.end >= began)):
            end = term.end
            for later in ordered[i + 1 :]:
                if end is None or later.start > end + _CONTIGUOUS:
                    break
                end = later.end if later.end is None else max(end, later.end)
            return end
    return None


def _number_date(number: int) -> date:
    return date(number // 10000, number // 100 % 100, number % 100)


def compile_shipped_dictionaries() -> dict[str, object]:
    """Compile the dictionary text files shipped in ``kg/data/petrarch/`` (seconds: for the script and the sync test)."""
    folder = resources.files("kg.data") / "petrarch"
    texts = {name: (folder / name).read_text(encoding="utf-8") for name in (*ACTOR_FILES, AGENT_FILE)}
    countries = json.loads((resources.files("kg.data") / "countries.json").read_text(encoding="utf-8"))["countries"]
    codes = [str(c.get("iso3", "")) for c in (countries.values() if isinstance(countries, dict) else countries)]
    return compile_dictionaries(texts, codes)


@functools.cache
def load_actor_dictionary() -> ActorDictionary:
    """The shipped dictionaries and leaders table, read once per process."""
    compiled = json.loads((resources.files("kg.data") / "petrarch" / COMPILED_FILE).read_text(encoding="utf-8"))
    return ActorDictionary(compiled, load_leaders_table())
