"""Alias merging: whether the gold aliases the extractor found sit on one actor.

Actor recall and precision and relation recall follow the reference scorer
(:mod:`kg.evaluate.articles`); this is a figure of kg's own on top of them.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.evaluate.articles import normalize_name
from kg.evaluate.gold import GoldArticle
from kg.model import Extraction


def alias_merge(golds: Sequence[GoldArticle], extractions: Sequence[Extraction]) -> tuple[int, int]:
    """(merged, groups): of the gold actors with two or more aliases found, how many have them all on one actor."""
    merged = groups = 0
    for gold, extraction in zip(golds, extractions):
        names = {a.id: {normalize_name(n) for n in (a.name, *a.aliases)} for a in extraction.actors}
        for actor in gold.actors:
            wanted = {normalize_name(n) for n in (actor.name, *actor.aliases)} - {""}
            found = [n for n in wanted if any(n in owned for owned in names.values())]
            if len(found) < 2:
                continue
            groups += 1
            owners = {aid for aid, owned in names.items() for n in found if n in owned}
            merged += len(owners) == 1
    return merged, groups
