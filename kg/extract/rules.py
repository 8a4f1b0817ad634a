"""Named, switchable extraction rules, and the record of which of them fired.

Each stage keeps its rules in explicit ordered tables (``PASSES`` of the actors
stage, ``REPAIRS`` and ``FILTERS`` of the events stage, ...): plain tuples of
functions, each with a stable name (the function's name) and a one-line
docstring with an invented example. A stage's main function runs its tables in
order and asks a :class:`RuleSwitch` whether each rule is on, and tells it when
one fired (changed something). ``Extractor.load(disabled=...)`` and
``kg extract --disable NAME`` switch rules off by name; ``kg eval ablate``
measures each rule by switching it off alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = ["RuleInfo", "RuleSwitch", "describe_rules"]

#: A rule is any function; its ``__name__`` is its name, its docstring's first line its summary.
Rule = Callable[..., Any]


@dataclass(frozen=True)
class RuleInfo:
    """A rule as the ablation report and ``--disable`` know it."""

    name: str
    table: str
    summary: str


@dataclass
class RuleSwitch:
    """Which rules are off for a run, and how often each rule fired in it.

    ``fired`` counts, per rule name, the items (mentions, events, arguments)
    a rule changed, added or dropped; a rule that ran and changed nothing
    does not count.
    """

    disabled: frozenset[str] = frozenset()
    fired: Counter[str] = field(default_factory=Counter)

    def on(self, name: str) -> bool:
        """Whether the rule ``name`` runs."""
        return name not in self.disabled

    def fire(self, name: str, times: int = 1) -> None:
        """Record that ``name`` changed ``times`` items."""
        if times:
            self.fired[name] += times


_NAMES: dict[Rule, str] = {}


def rule_name(rule: Rule) -> str:
    """A rule's stable name: its function name without a leading underscore."""
    name = _NAMES.get(rule)
    if name is None:
        if len(_NAMES) > 10_000:
            _NAMES.clear()  # bounded, should a caller pass functions made on the fly
        name = _NAMES[rule] = str(rule.__name__).lstrip("_")
    return name


def describe_rules(tables: Mapping[str, Sequence[Rule]]) -> list[RuleInfo]:
    """One :class:`RuleInfo` per rule of ``tables`` (table name -> ordered rules), in order.

    Raises:
        ValueError: two rules share a name (a bug in kg: names must be unique).
    """
    out: list[RuleInfo] = []
    seen: dict[str, str] = {}
    for table, rules in tables.items():
        for rule in rules:
            name = rule_name(rule)
            if name in seen:
                raise ValueError(f"rule {name!r} is in {seen[name]} and {table}")
            seen[name] = table
            doc = (rule.__doc__ or "").strip().splitlines()
            out.append(RuleInfo(name, table, doc[0].strip() if doc else ""))
    return out


def unknown_rules(names: Iterable[str], tables: Mapping[str, Sequence[Rule]]) -> list[str]:
    """The names in ``names`` that no table holds."""
    known = {rule_name(r) for rules in tables.values() for r in rules}
    return sorted(set(names) - known)
