"""Readers for the PETRARCH/Phoenix actor and agent dictionaries (``kg/data/petrarch/``).

Pure parsing: text lines in, frozen records out. The format is PETRARCH2's
(``docs/source/dictionaries.rst`` of openeventdata/petrarch2), read as its
authors wrote the files rather than as PETRARCH2's own reader does:

- An actor record is a primary phrase, ``+`` synonyms and tab-indented
  ``[CODE date-restriction]`` lines. PETRARCH2 also starts a record at every
  primary line, which leaves "BORIS_YELTSIN_" and its unmarked variants
  ("YELTSIN", "PRESIDENT_YELTSIN") without codes; here consecutive primary
  lines with no code between them name one actor, and a primary line starts a
  new record only once the current one has a code (or carries its own).
- Dates are YYMMDD or YYYYMMDD. Two-digit years 00..29 are 20xx and 30..99
  are 19xx: the files (made in 2014) use 00..14 for this century and 31..39
  for the 1930s ("[AFGGOV 331108-730717]" is Zahir Shah's reign), never 15..30;
  ``>date`` is open-ended, ``<date`` has no start, ``a-b`` includes both ends;
  a code with no date is the record's default. Impossible days ("20040931")
  are clamped to the month's last day; a range that ends before it starts (a
  typo) and an unreadable date are dropped, not guessed.
- Agents: ``NOUN {PLURAL} [~CODE]`` with regular plurals generated when no
  ``{}`` is given, and ``!MARKER! = A, B`` substitution sets.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from kg.extract.actors.gazetteer_entries import normalize_token

__all__ = [
    "ACTOR_FILES", "AGENT_FILE", "ActorRecord", "AgentRecord", "DatedCode", "compile_dictionaries", "date_number",
    "normalize_dictionary_phrase", "normalize_words", "parse_actor_dictionary", "parse_agent_dictionary", "parse_dictionary_date",
]

_BRACKET = re.compile(r"\[([^\]]*)\]")
_MARKER_DEF = re.compile(r"^!(\w+)!\s*=(.*)$")
_MARKER = re.compile(r"!(\w+)!")
_PIVOT = 30  # two-digit years from here on are 19xx


@dataclass(frozen=True)
class DatedCode:
    """A code and the dates it applies (both inclusive; ``None`` = open)."""

    code: str
    start: date | None = None
    end: date | None = None

    def applies_on(self, day: date) -> bool:
        """Whether ``day`` lies within the restriction."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class ActorRecord:
    """One actor of a dictionary: its phrases, dated roles and default code.

    ``phrases`` are as written (upper case, ``_`` between words, a trailing
    ``_`` for an exact final word); the first is the canonical one.
    """

    phrases: tuple[str, ...]
    roles: tuple[DatedCode, ...]
    default: str | None
    line: int

    @property
    def name(self) -> str:
        """The canonical name: the primary phrase with spaces ("BORIS YELTSIN")."""
        return " ".join(self.phrases[0].replace("_", " ").split())


@dataclass(frozen=True)
class AgentRecord:
    """A generic agent noun phrase (singular or generated plural) and its code.

    ``prefix`` is PETRARCH's ``CODE~``: the code goes before the actor's
    ("NGO~"), instead of after it ("~COP").
    """

    phrase: str
    code: str
    prefix: bool
    line: int


def parse_dictionary_date(text: str) -> date:
    """A dictionary date (YYMMDD or YYYYMMDD) as a date.

    Raises:
        ValueError: not a date in either form.
    """
    digits = text.strip()
    if not digits.isdigit() or len(digits) < 6:
        raise ValueError(f"not a dictionary date: {text!r}")
    if len(digits) >= 8:
        year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:8])
    else:  # YYMMDD; a stray seventh digit ("9008223") is a typo in the file
        yy = int(digits[:2])
        year, month, day = (1900 + yy if yy >= _PIVOT else 2000 + yy), int(digits[2:4]), int(digits[4:6])
    if not 1 <= month <= 12 or day < 1:
        raise ValueError(f"not a dictionary date: {text!r}")
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _dated_code(body: str) -> DatedCode | None:
    """``USAGOV 090120-170120`` / ``DEUGOV >051122`` / ``USRARM <900823`` / ``DEUELI``."""
    parts = body.split(None, 1)
    if not parts:
        return None
    code, spec = parts[0], (parts[1].replace(" ", "") if len(parts) > 1 else "")
    try:
        if not spec:
            return DatedCode(code)
        if spec.startswith(">"):
            return DatedCode(code, start=parse_dictionary_date(spec[1:]))
        if spec.startswith("<"):
            return DatedCode(code, end=parse_dictionary_date(spec[1:]))
        first, dash, last = spec.partition("-")
        if dash:
            start, end = parse_dictionary_date(first), parse_dictionary_date(last)
            return DatedCode(code, start, end) if start <= end else None  # a typo: "[EGYGOV 20121207-20120802]"
        return DatedCode(code, start=parse_dictionary_date(first), end=parse_dictionary_date(first))
    except ValueError:
        return None  # an unreadable date: the restriction is dropped, not guessed


def _content(raw: str) -> str:
    """The line without its comment and trailing blanks (tabs at the start kept)."""
    return raw.split("#", 1)[0].rstrip()


class _Builder:
    """Collects the lines of one actor record."""

    def __init__(self, line: int) -> None:
        self.line = line
        self.phrases: list[str] = []
        self.roles: list[DatedCode] = []
        self.default: str | None = None
        self.coded = False

    def add_codes(self, text: str) -> None:
        for body in _BRACKET.findall(text):
            dated = _dated_code(body)
            self.coded = True
            if dated is None:
                continue
            if dated.start is None and dated.end is None:
                self.default = self.default or dated.code
            else:
                self.roles.append(dated)

    def record(self) -> ActorRecord | None:
        if not self.phrases or not (self.roles or self.default):
            return None
        return ActorRecord(tuple(self.phrases), tuple(self.roles), self.default, self.line)


def parse_actor_dictionary(lines: Iterable[str]) -> Iterator[ActorRecord]:
    """The actor records of a ``*.actors.txt`` file, in file order (records without any code are skipped)."""
    current: _Builder | None = None
    for number, raw in enumerate(lines, 1):
        text = _content(raw)
        body = text.strip()
        if not body:
            continue
        if raw[:1] in ("\t", " ") or body.startswith("["):  # a code line of the current record
            if current is not None:
                current.add_codes(body)
            continue
        synonym = body.startswith("+")
        phrase = _BRACKET.sub(" ", body.lstrip("+")).strip()
        inline = "[" in body
        if current is None or (not synonym and (current.coded or inline)):
            if current is not None and (rec := current.record()) is not None:
                yield rec
            current = _Builder(number)
        if phrase:
            current.phrases.append(phrase)
        if inline:
            current.add_codes(body)
    if current is not None and (rec := current.record()) is not None:
        yield rec


def _plural(noun: str) -> str:
    """PETRARCH's regular plural of an upper-case noun phrase (last word inflected)."""
    if noun.endswith("Y"):
        return noun[:-1] + "IES"
    if noun.endswith("S"):
        return noun + "ES"
    return noun + "S"


def parse_agent_dictionary(lines: Iterable[str]) -> Iterator[AgentRecord]:
    """The agent phrases of an ``*.agents.txt`` file: each singular, its plural(s) and marker expansions."""
    markers: dict[str, list[str]] = {}
    for number, raw in enumerate(lines, 1):
        text = _content(raw).strip()
        if not text:
            continue
        definition = _MARKER_DEF.match(text)
        if definition:
            markers[definition.group(1)] = [w.strip() for w in definition.group(2).split(",") if w.strip()]
            continue
        if "[" not in text:
            continue  # PETRARCH skips agents without a code
        head, _, rest = text.partition("[")
        raw_code = rest.partition("]")[0].strip()
        prefix = raw_code.endswith("~") and not raw_code.startswith("~")
        code = raw_code.strip("~")
        if not code:
            continue
        noun, brace, plural_part = head.partition("{")
        noun = noun.strip()
        marker = _MARKER.search(noun)
        if marker:  # every substitute, with no further plurals
            for subst in markers.get(marker.group(1), []):
                yield AgentRecord(noun[: marker.start()] + subst + noun[marker.end() :], code, prefix, number)
            continue
        if not noun:
            continue
        yield AgentRecord(noun, code, prefix, number)
        stem = noun.rstrip("_")
        plurals = [p for p in plural_part.partition("}")[0].split()] if brace else [_plural(stem)]
        for plural in plurals:
            if plural.strip("_") and plural.strip("_") != stem:
                yield AgentRecord(plural, code, prefix, number)


# --- the compiled form -------------------------------------------------------------
#
# Parsing the 65,000 lines of text takes seconds; kg ships the parsed form as
# ``kg/data/petrarch/compiled.json`` (written by ``bench/compile_petrarch.py``,
# checked against the text files by a test) and reads only that at run time.

ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
AGENT_FILE = "Phoenix.agents.txt"
#: Open ends of a date range in the compiled form (dates are YYYYMMDD integers).
OPEN_START, OPEN_END = 0, 99999999


def date_number(day: date) -> int:
    """A date as the YYYYMMDD integer the compiled form compares."""
    return day.year * 10000 + day.month * 100 + day.day


def normalize_dictionary_phrase(phrase: str) -> tuple[str, ...]:
    """A dictionary phrase ("BORIS_N._YELTSIN_") as the lower-case tokens lookups compare."""
    return normalize_words(phrase.replace("_", " "))


@functools.lru_cache(maxsize=65536)  # the same words are looked up for every phrase that holds them
def normalize_words(text: str) -> tuple[str, ...]:
    """Text as the lower-case word tokens dictionary lookups compare.

    Typography is folded like the gazetteer's ("U.S." = "US", "al-Qaeda" =
    "al Qaeda", "Élysée" = "Elysee"); punctuation and a possessive "'s" go.
    """
    return tuple(t for t in normalize_token(text.lower()) if t != "'s" and any(c.isalnum() for c in t))


def compile_dictionaries(texts: dict[str, str], country_codes: Iterable[str]) -> dict[str, object]:
    """The compiled (JSON-ready) form of the dictionary files.

    Args:
        texts: file name -> content, for :data:`ACTOR_FILES` and :data:`AGENT_FILE`.
        country_codes: ISO3 codes kg knows besides those the countries file codes.

    Returns:
        ``{"countries": [...], "actors": [[file, line, name, default, roles, phrases]], "agents": [[phrase, code, prefix]]}``
        where ``file`` indexes :data:`ACTOR_FILES`; ``phrases`` are
        ``|``-separated, each its tokens joined by spaces with a final ``_``
        when the last word must match exactly; ``roles`` are ``;``-separated
        ``CODE START END`` with YYYYMMDD numbers (:data:`OPEN_START` /
        :data:`OPEN_END` for open ends). Strings rather than nested lists keep
        the file quick to read.
    """
    actors: list[list[object]] = []
    codes = {c for c in country_codes if len(c) == 3 and c.isalpha() and c.isupper()}
    for file_name in ACTOR_FILES:
        for rec in parse_actor_dictionary(texts[file_name].splitlines()):
            phrases = []
            for raw in rec.phrases:
                tokens = normalize_dictionary_phrase(raw)
                if tokens:
                    phrases.append(" ".join(tokens) + ("_" if raw.endswith("_") else ""))
            if not phrases:
                continue
            roles = ";".join(f"{r.code} {date_number(r.start) if r.start else OPEN_START} {date_number(r.end) if r.end else OPEN_END}" for r in rec.roles)
            actors.append([ACTOR_FILES.index(file_name), rec.line, rec.name, rec.default or "", roles, "|".join(phrases)])
            if file_name == ACTOR_FILES[0]:
                codes.update(c for c in [rec.default or "", *(r.code for r in rec.roles)] if len(c) == 3 and c.isalpha())
    agents: dict[str, list[object]] = {}
    for agent in parse_agent_dictionary(texts[AGENT_FILE].splitlines()):
        tokens = normalize_dictionary_phrase(agent.phrase)
        if tokens:
            agents[" ".join(tokens)] = [" ".join(tokens), agent.code, agent.prefix]  # PETRARCH: a later entry wins
    return {"countries": sorted(codes), "actors": actors, "agents": sorted(agents.values(), key=lambda a: str(a[0]))}
