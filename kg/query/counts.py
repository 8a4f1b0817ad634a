"""How much the store holds: ``stats()``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from kg.query.canned import Source, run_canned, solutions
from kg.store import Store

__all__ = ["Stats", "stats"]


@dataclass(frozen=True)
class Stats:
    """Counts of what the store holds."""

    articles: int
    events: int
    actors: int
    relations: int
    claims: int
    triples: int
    by_class: Mapping[str, int] = field(default_factory=dict, compare=False)


def stats(source: Source) -> Stats:
    """Return how many articles, events, actors, relations, claims and quads the store holds."""
    counts = {str(row[0]).rsplit("#", 1)[-1]: int(str(row[1]))
              for row in solutions(run_canned(source, "stats"))}
    if isinstance(source, Store):
        triples = source.count_triples()
    else:
        triples = sum(1 for _ in source.quads((None, None, None, None)))
    return Stats(
        articles=counts.get("Article", 0),
        events=counts.get("Event", 0),
        actors=counts.get("Actor", 0),
        relations=counts.get("RelationStatement", 0),
        claims=counts.get("Claim", 0),
        triples=triples,
        by_class=counts,
    )
