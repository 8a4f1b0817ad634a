"""What an actor rule may read besides the mentions, and how the stage runs a table of passes.

Every article pass of :mod:`kg.extract.actors.findings` is a function
``(protos, ctx) -> protos``: it gets the article's mentions in document order
and an :class:`ActorContext`, and returns them changed, fewer or more. The
context grows as the stage goes: the story country is known after the
reference passes, the countries titled persons face after the story passes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from kg.extract.actors.gazetteer import CountryEntry, Gazetteer
from kg.extract.actors.mention import ProtoMention
from kg.extract.rules import Rule, RuleSwitch, rule_name
from kg.model import Article
from kg.nlp import ParsedParagraph

if TYPE_CHECKING:
    from kg.extract.actors.dictionary import ActorDictionary

__all__ = ["ActorContext", "Pass", "mentions_changed", "run_passes"]

_T = TypeVar("_T")


@dataclass(frozen=True)
class ActorContext:
    """The article, its parse and resources, the rule switch, and what the stage has settled so far.

    ``story`` is the country the story is about (none when two countries are
    mentioned equally); ``facing`` maps a titled person's actor id to the
    countries the text sets them against (whose office they do not hold).
    """

    article: Article
    parsed: Sequence[ParsedParagraph]
    gazetteer: Gazetteer
    switch: RuleSwitch = field(default_factory=RuleSwitch)
    year: int | None = None
    story: CountryEntry | None = None
    facing: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: The field's actor dictionaries (generic agents, dated office holders); ``None``: not consulted.
    dictionary: ActorDictionary | None = None
    #: ISO3 code of the dateline's country (where the story was filed), if known.
    dateline: str | None = None

    def on(self, rule: Rule) -> bool:
        """Whether ``rule`` is switched on for this run."""
        return self.switch.on(rule_name(rule))

    def fire(self, rule: Rule, times: int = 1) -> None:
        """Record that ``rule`` changed ``times`` mentions."""
        self.switch.fire(rule_name(rule), times)

    def apply(self, rule: Callable[..., _T | None], *args: object) -> _T | None:
        """``rule(*args)`` when the rule is on (``None`` when off); a true result (a mention, ``True``) counts as fired."""
        # The stage asks this for nearly every token: the name is read once.
        name = rule_name(rule)
        if not self.switch.on(name):
            return None
        found = rule(*args)
        if found:
            self.switch.fire(name)
        return found


#: An article pass: the mentions in document order -> the mentions it leaves.
Pass = Callable[[list[ProtoMention], ActorContext], list[ProtoMention]]


def mentions_changed(before: Sequence[ProtoMention], after: Sequence[ProtoMention]) -> int:
    """How many mentions a pass changed, dropped or added (a changed mention counts once)."""
    if before is after:
        return 0
    if len(before) == len(after):
        # Most passes keep the order and replace a few mentions: compare in place (identity first).
        return sum(1 for a, b in zip(before, after) if a is not b and a != b)
    old, new = Counter(before), Counter(after)
    return max(sum((old - new).values()), sum((new - old).values()))


def run_passes(passes: Sequence[Pass], protos: list[ProtoMention], ctx: ActorContext) -> list[ProtoMention]:
    """Run each pass of a table that is switched on, in order, and count what it changed."""
    for step in passes:
        if ctx.on(step):
            after = step(protos, ctx)
            ctx.fire(step, mentions_changed(protos, after))
            protos = after
    return protos
