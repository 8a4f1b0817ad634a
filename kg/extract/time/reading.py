"""The grammar's vocabulary: a rule, the context it reads, the reading it returns.

A :class:`Rule` is a regex plus a handler. The finder runs every rule over
the text; the handler turns a match into a :class:`Reading` (type, value,
mod) or rejects it by returning None (a "May" that is a modal verb).

The grammar's exceptions on anchoring and tense are named rules too
(:data:`kg.extract.time.ANCHORING_RULES`): a handler asks
:meth:`Context.applies` whether one holds, which also tells the rule switch.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from kg.extract.rules import RuleSwitch, rule_name
from kg.extract.time.anchor import Anchor, ParseIndex, Tense
from kg.model import TimexType


@dataclass(frozen=True)
class Reading:
    """What a matched phrase means, before its interval is computed."""

    type: TimexType
    value: str
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None
    #: Characters to trim from the match (a rule may look ahead past its span).
    trim_end: int = 0


@dataclass(frozen=True)
class Context:
    """What a handler may consult besides its match."""

    text: str
    start: int
    end: int
    reference: dt.date | None
    tense: Tense
    anchor: Anchor | None
    parse: ParseIndex | None
    #: True when normalising a phrase the caller says is a time expression:
    #: the checks that tell "May" the month from "may" the verb are skipped.
    phrase: bool = False
    #: Which anchoring rules are off, and the record of those that fired.
    switch: RuleSwitch = field(default_factory=RuleSwitch)

    def applies(self, rule: Callable[[Context], bool]) -> bool:
        """Whether the anchoring ``rule`` is on and holds here.

        The caller tells the switch when the rule changed the reading
        (:meth:`fired`); a rule that holds but changes nothing does not count.
        """
        return self.switch.on(rule_name(rule)) and rule(self)

    def fired(self, rule: Callable[..., bool]) -> None:
        """Record that ``rule`` changed this reading."""
        self.switch.fire(rule_name(rule))

    def proper(self, word: str) -> bool:
        """Whether ``word`` is spelt as a name ("May", "MAY"), or any case in phrase mode or uncased text."""
        return self.phrase or word[:1].isupper() or self.uncased()

    def uncased(self) -> bool:
        """Whether the text around the match is written without capitals (a transcript, a lower-cased feed).

        There, names of months and days are lower case too, and only the
        other checks (a time preposition before "may") tell them from words.
        """
        window = self.text[max(0, self.start - _UNCASED_WINDOW) : self.end + _UNCASED_WINDOW]
        return sum(c.isalpha() for c in window) >= _UNCASED_MIN_LETTERS and not any(c.isupper() for c in window)

    def word_before(self) -> str:
        """The word just before the match, lower-cased ('' at the start); a hyphen counts as a space ("mid-May")."""
        m = re.search(r"([A-Za-z']+)[\s,-]*$", self.text[max(0, self.start - 40) : self.start])
        return m.group(1).lower() if m else ""

    def word_after(self) -> str:
        """The word just after the match, as written ('' at the end)."""
        m = re.match(r"\s*([A-Za-z']+)", self.text[self.end : self.end + 40])
        return m.group(1) if m else ""

    def char_before(self) -> str:
        """The character just before the match ('' at the start)."""
        return self.text[self.start - 1] if self.start > 0 else ""

    def char_after(self) -> str:
        """The character just after the match ('' at the end)."""
        return self.text[self.end] if self.end < len(self.text) else ""

    def tag_at(self, offset: int) -> str | None:
        """The fine-grained POS tag of the token at ``offset`` when parsed."""
        if self.parse is None:
            return None
        token = self.parse.token_at(offset)
        return token.tag_ if token is not None else None


#: Characters either side of a match read to tell uncased text, and the
#: letters they must hold (a short fragment says nothing about the text).
_UNCASED_WINDOW = 200
_UNCASED_MIN_LETTERS = 60

Handler = Callable[[re.Match[str], Context], "Reading | None"]


@dataclass(frozen=True)
class Rule:
    """A named pattern and the handler that reads its matches.

    ``source`` builds the pattern; it is compiled on first use, since
    patterns that list words read them from the word tables.
    """

    name: str
    source: Callable[[], str]
    handler: Handler

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        """The compiled pattern (case-insensitive, verbose)."""
        # Never start inside a word, an amount ("$27"), a clock ("3:07") or a decimal.
        return re.compile(r"(?<![\w$£€#@/:])(?<!\d[.,])(?:" + self.source() + r")(?![\w@])", re.I | re.X)


def rule(name: str, pattern: str | Callable[[], str]) -> Callable[[Handler], Rule]:
    """Decorator: pair a pattern (or a function building it from the word tables) with a handler."""
    source = pattern if callable(pattern) else functools.partial(str, pattern)

    def wrap(handler: Handler) -> Rule:
        return Rule(name, source, handler)

    return wrap
