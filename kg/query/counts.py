"""How much the store holds: ``stats()``, read from the summary the store keeps."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from kg.query.canned import Source, as_store
from kg.vocab import KG

__all__ = ["Stats", "stats"]


@dataclass(frozen=True)
class Stats:
    """Counts of what the store holds.

    ``events`` counts distinct events: one reported by several articles is one.
    """

    articles: int
    events: int
    actors: int
    relations: int
    claims: int
    triples: int
    by_class: Mapping[str, int] = field(default_factory=dict, compare=False)


def stats(source: Source) -> Stats:
    """Return how many articles, events, actors, relations, claims and quads the store holds.

    An embedded store answers from its summary graph (a few quads, kept up
    to date by every write); a store without one is counted.
    """
    summary = as_store(source).summary()
    names = {"Article": KG.articleCount, "Event": KG.eventCount, "Actor": KG.actorCount,
             "RelationStatement": KG.relationCount, "Claim": KG.claimCount}
    counts = {name: summary.count(str(prop)) for name, prop in names.items()}
    return Stats(
        articles=counts["Article"],
        events=counts["Event"],
        actors=counts["Actor"],
        relations=counts["RelationStatement"],
        claims=counts["Claim"],
        triples=summary.count(str(KG.quadCount)),
        by_class=counts,
    )
