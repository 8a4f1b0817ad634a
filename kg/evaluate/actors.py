"""Score actors and relations against article gold, with alias-tolerant matching."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from kg.evaluate.gold import GoldArticle, names_of_actor, names_of_gold, normalize_name, percent
from kg.model import Actor, Extraction

#: based_in is the contract's name for a company's seat; the gold writes located_in.
_EQUIVALENT_PREDICATES = {"based_in": "located_in"}


@dataclass
class ActorReport:
    """Figures of the actor and relation evaluation."""

    articles: int = 0
    gold_actors: int = 0
    found_actors: int = 0
    predicted_actors: int = 0
    predicted_matching: int = 0
    alias_groups: int = 0
    alias_merged: int = 0
    gold_relations: int = 0
    found_relations: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)


def evaluate_actors(golds: Sequence[GoldArticle], extractions: Sequence[Extraction]) -> ActorReport:
    """Score the extractions of gold articles (same order)."""
    report = ActorReport()
    for gold, extraction in zip(golds, extractions):
        _score(gold, extraction, report)
    return report


def _matches(gold_names: set[str], actor: Actor) -> bool:
    return bool(gold_names & names_of_actor(actor))


def _score(gold: GoldArticle, extraction: Extraction, report: ActorReport) -> None:
    report.articles += 1
    predicted = list(extraction.actors)
    # Actors no mention supports (countries implied by a relation) are not
    # counted as predictions of their own.
    mentioned = {m.actor_id for m in extraction.mentions}
    counted = [a for a in predicted if a.id in mentioned]
    report.predicted_actors += len(counted)
    gold_names_all: list[set[str]] = [names_of_gold(a) for a in gold.actors]
    report.predicted_matching += sum(1 for a in counted if any(_matches(g, a) for g in gold_names_all))
    by_name: dict[str, list[Actor]] = {}
    for gactor, names in zip(gold.actors, gold_names_all):
        report.gold_actors += 1
        hits = [a for a in predicted if _matches(names, a)]
        by_name[gactor.name] = hits
        if hits:
            report.found_actors += 1
        else:
            report.misses.append({"article": gold.path.name, "actor": gactor.name, "aliases": list(gactor.aliases)})
        # Alias merging: the gold aliases we found should all sit on one actor.
        found_aliases = [n for n in names if any(n in names_of_actor(a) for a in predicted)]
        if len(found_aliases) >= 2:
            report.alias_groups += 1
            owners = {a.id for a in predicted for n in found_aliases if n in names_of_actor(a)}
            report.alias_merged += int(len(owners) == 1)
    for subject, predicate, obj in gold.relations:
        report.gold_relations += 1
        subject_ids = {a.id for a in by_name.get(subject, [])}
        object_ids = {a.id for a in by_name.get(obj, [])} or {a.id for a in predicted if normalize_name(obj) in names_of_actor(a)}
        hit = any(
            r.subject in subject_ids and r.object in object_ids and _EQUIVALENT_PREDICATES.get(r.predicate.value, r.predicate.value) == predicate
            for r in extraction.relations
        )
        report.found_relations += int(hit)
        if not hit:
            report.misses.append({"article": gold.path.name, "relation": [subject, predicate, obj]})



def format_actor_report(report: ActorReport) -> str:
    """The actor figures as a short text table."""
    return "\n".join([
        f"articles               {report.articles}",
        f"actor recall           {percent(report.found_actors, report.gold_actors):5.1f}%  ({report.found_actors}/{report.gold_actors})",
        f"actor precision        {percent(report.predicted_matching, report.predicted_actors):5.1f}%  ({report.predicted_matching}/{report.predicted_actors})",
        f"alias merge accuracy   {percent(report.alias_merged, report.alias_groups):5.1f}%  ({report.alias_merged}/{report.alias_groups} gold actors with 2+ aliases found)",
        f"relation recall        {percent(report.found_relations, report.gold_relations):5.1f}%  ({report.found_relations}/{report.gold_relations})",
    ]) + "\n"
