"""Questions asked of the graph: ``timeline()``, ``relations_of()``, ``path_between()``...

Every question runs a canned query from ``kg/queries/*.rq`` with its values
bound as RDF terms (never formatted into the query text) and returns frozen
dataclasses: rdflib rows never leave this package. ``run_sparql()`` runs a
user's own query as-is.

One module per question:

* ``events``: ``timeline()``, ``describe_when()``;
* ``actor``: ``find_actor()``, ``actors()``, ``merge_actors()``;
* ``relations``: ``relation_counts()``, ``relations_of()``;
* ``network``: ``actor_graph()``, ``path_between()`` (networkx);
* ``articles``: ``article_sources()``;
* ``counts``: ``stats()``;
* ``sparql``: ``run_sparql()``;
* ``canned``: how they all run a canned query and read its terms.
"""

from __future__ import annotations

from kg.query.actor import ActorRow, MergeResult, actors, find_actor, merge_actors
from kg.query.articles import ArticleSource, article_sources
from kg.query.counts import Stats, stats
from kg.query.events import TimelineRow, describe_when, iter_timeline, timeline
from kg.query.network import PathStep, actor_graph, path_between
from kg.query.relations import RelationCount, RelationPage, RelationRow, relation_counts, relations_of
from kg.query.sparql import SparqlResult, SparqlTerm, run_sparql

__all__ = [
    "ActorRow",
    "ArticleSource",
    "MergeResult",
    "PathStep",
    "RelationCount",
    "RelationPage",
    "RelationRow",
    "SparqlResult",
    "SparqlTerm",
    "Stats",
    "TimelineRow",
    "actor_graph",
    "actors",
    "article_sources",
    "describe_when",
    "find_actor",
    "iter_timeline",
    "merge_actors",
    "path_between",
    "relation_counts",
    "relations_of",
    "run_sparql",
    "stats",
    "timeline",
]
