"""Questions asked of the graph: ``timeline()``, ``relations_of()``, ``path_between()``...

Every function runs a canned query from ``kg/queries/*.rq`` with its values
bound as RDF terms (never formatted into the query text) and returns frozen
dataclasses: rdflib rows never leave this module. ``run_sparql()`` runs a
user's own query as-is.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal as TypingLiteral

import networkx as nx
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.query import Result, ResultRow
from rdflib.term import Identifier, Node

from kg.errors import QueryError, StoreError, UnknownActorError
from kg.graph import plain
from kg.model import ActorKind, DatePrecision, Modality, RelationKind, TimeAnchor
from kg.store import Store
from kg.vocab import KG, MODALITY_TERMS, PRECISION_UNITS, RELATION_PROPERTIES, actor_id_of, query_text

__all__ = [
    "ActorRow",
    "PathStep",
    "RelationRow",
    "SparqlResult",
    "SparqlTerm",
    "Stats",
    "TimelineRow",
    "actor_graph",
    "describe_when",
    "find_actor",
    "path_between",
    "relations_of",
    "run_sparql",
    "stats",
    "timeline",
]

_MODALITIES = {term: modality for modality, term in MODALITY_TERMS.items()}
_PRECISIONS = {term: precision for precision, term in PRECISION_UNITS.items()}
_RELATIONS = {term: kind for kind, term in RELATION_PROPERTIES.items()}
# Neutral parameter values: bound when the caller gives no filter.
_NOBODY = KG.Actor  # an IRI no event has as source or target
_MIN_DATE = Literal(dt.date(1, 1, 1), datatype=XSD.date)
_MAX_DATE = Literal(dt.date(9999, 12, 31), datatype=XSD.date)

Source = Store | Dataset


# ---------------------------------------------------------------------------
# Result types
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineRow:
    """One event of a timeline.

    Attributes:
        event: the event IRI.
        article: the id of the article it comes from.
        earliest, latest: inclusive day bounds (None when unknown).
        precision: the granularity the text gives.
        time_text, time_value, time_mod: the time expression as written, its
            TIMEX3 value ("2019-09") and modifier ("END").
        time_anchor: where the bounds come from.
        when: display string: "2019-09-21", "2018-08", "2019-09-21..2019-09-30",
            "by 2019-10-08" (only bounded by publication), "after 2019-10-08"
            (planned), "undated".
        source, target, attributed_to: actor labels.
        source_id, target_id: actor IRIs.
        cameo, cameo_label: CAMEO code and its label.
        trigger: the words that express the event.
        modality: how the text presents it.
        sentence: the sentence text.
        published: the article's publication date.
        position: the trigger's character offset in its article (story order).
    """

    event: str
    article: str
    earliest: dt.date | None
    latest: dt.date | None
    precision: DatePrecision
    time_text: str | None
    time_value: str | None
    time_mod: str | None
    time_anchor: TimeAnchor
    when: str
    source: str | None
    source_id: str | None
    cameo: str
    cameo_label: str | None
    trigger: str
    target: str | None
    target_id: str | None
    modality: Modality
    attributed_to: str | None
    sentence: str
    published: dt.date | None = None
    position: int = 0


@dataclass(frozen=True)
class RelationRow:
    """One relation statement: ``subject predicate object``, with provenance."""

    subject: str
    predicate: RelationKind
    object: str
    article: str
    sentence: str | None
    subject_id: str
    object_id: str


@dataclass(frozen=True)
class ActorRow:
    """An actor as the store describes it."""

    id: str
    label: str
    kind: ActorKind | None
    country: str | None
    code: str | None
    wikidata: str | None
    aliases: tuple[str, ...] = ()
    mentions: int = 0
    articles: int = 0


@dataclass(frozen=True)
class MergeResult:
    """What ``kg merge-actors`` did."""

    keep: str
    drop: str
    rewritten: int


@dataclass(frozen=True)
class PathStep:
    """One hop of a path between actors.

    Attributes:
        source, target: actor labels, in path order.
        kind: "relation" or "event".
        link: the relation kind ("spokesperson_of") or the CAMEO code and
            label of the event(s) ("163 Impose embargo, boycott, or sanctions").
        forward: True when the stored edge points from ``source`` to ``target``.
        count: how many statements or events back the hop.
    """

    source: str
    target: str
    kind: TypingLiteral["relation", "event"]
    link: str
    forward: bool
    count: int = 1


@dataclass(frozen=True)
class SparqlTerm:
    """An RDF term of a SPARQL result, as in the SPARQL 1.1 JSON results format."""

    type: TypingLiteral["uri", "literal", "bnode"]
    value: str
    datatype: str | None = None
    lang: str | None = None


@dataclass(frozen=True)
class SparqlResult:
    """The result of :func:`run_sparql`.

    Attributes:
        kind: "SELECT", "ASK" or "GRAPH" (CONSTRUCT and DESCRIBE).
        variables: the projected variables of a SELECT.
        rows: one tuple per solution, aligned with ``variables`` (None = unbound).
        boolean: the answer of an ASK.
        ntriples: the triples of a CONSTRUCT/DESCRIBE, as sorted N-Triples.
    """

    kind: TypingLiteral["SELECT", "ASK", "GRAPH"]
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[SparqlTerm | None, ...], ...] = ()
    boolean: bool | None = None
    ntriples: str = ""


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


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def _run(source: Source, name: str, bindings: Mapping[str, Identifier] | None = None) -> Result:
    if isinstance(source, Store):
        return source.run(query_text(name), bindings)
    return source.query(query_text(name), initBindings=dict(bindings or {}))


def _rows(result: Result) -> list[ResultRow]:
    return [row for row in result if isinstance(row, ResultRow)]


def _str(value: Node | None) -> str | None:
    return None if value is None else str(value)


def _date(value: Node | None) -> dt.date | None:
    if value is None:
        return None
    python = value.toPython() if isinstance(value, Literal) else None
    if isinstance(python, dt.date):
        return python
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def describe_when(earliest: dt.date | None, latest: dt.date | None, precision: DatePrecision,
                  *, mod: str | None = None, modality: Modality = Modality.ASSERTED,
                  published: dt.date | None = None) -> str:
    """Return the display string of an event's time, never finer than the text.

    Examples: "2019-09-21"; "2018-08" (a whole month at month precision);
    "2019-09-21..2019-09-30" (late in a month); "by 2019-10-08" (only the
    publication bounds it); "after 2019-10-08" (planned).
    """
    if earliest is not None and latest is not None:
        if earliest == latest:
            return earliest.isoformat()
        if mod is None and precision is DatePrecision.MONTH and earliest.day == 1 and (
            latest + dt.timedelta(days=1)
        ).month != latest.month and (earliest.year, earliest.month) == (latest.year, latest.month):
            return f"{earliest:%Y-%m}"
        if mod is None and precision is DatePrecision.YEAR and (earliest.month, earliest.day) == (
            1, 1) and (latest.month, latest.day) == (12, 31) and earliest.year == latest.year:
            return f"{earliest:%Y}"
        return f"{earliest.isoformat()}..{latest.isoformat()}"
    if latest is not None:
        return f"by {latest.isoformat()}"
    if earliest is not None:
        return f"after {earliest.isoformat()}"
    if published is not None:
        return f"after {published.isoformat()}" if modality is Modality.PLANNED else (
            f"by {published.isoformat()}")
    return "undated"


def _sort_key(row: TimelineRow) -> tuple[dt.date, str, int, str]:
    # Oldest first by the earliest possible day; an event bounded only by
    # publication ("by"/"after" it) sorts on the publication day. Ties keep
    # the story's order, which is how a reader meets them.
    anchor = row.earliest or row.latest or row.published or dt.date.max
    return (anchor, row.article, row.position, row.event)


def _actor_ids(source: Source, name: str) -> list[URIRef]:
    """Return the IRIs of actors labelled or aliased ``name``; raise with a hint if none."""
    rows = _rows(_run(source, "find_actor", {"name": Literal(name)}))
    found = sorted({row.actor for row in rows if isinstance(row.actor, URIRef)})
    if found:
        return found
    names = sorted({label for actor in find_actor(source, None) for label in
                    (actor.label, *actor.aliases)})
    close = difflib.get_close_matches(name, names, n=5, cutoff=0.5)
    if not close:
        close = [n for n in names if name.lower() in n.lower() or n.lower() in name.lower()][:5]
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else (
        "; list the actors with `kg query` or check the spelling")
    raise UnknownActorError(f"no actor is named {name!r}{hint}")


# ---------------------------------------------------------------------------
# Queries
# ---------------------------------------------------------------------------


def timeline(source: Source, *, actor: str | None = None, start: dt.date | None = None,
             end: dt.date | None = None, cameo: str | None = None) -> list[TimelineRow]:
    """Return the events of the store, oldest first.

    Undated events are placed by their latest bound, else by the publication
    date of their article.

    Args:
        source: the store (or an in-memory dataset from ``build_graph``).
        actor: keep events whose source or target is labelled or aliased so
            (case-insensitive).
        start, end: keep events that may overlap ``[start, end]``.
        cameo: keep events whose CAMEO code starts with this ("16" keeps 163).

    Raises:
        UnknownActorError: if ``actor`` matches no actor (with close names).
    """
    base: dict[str, Identifier] = {
        "start": Literal(start, datatype=XSD.date) if start else _MIN_DATE,
        "end": Literal(end, datatype=XSD.date) if end else _MAX_DATE,
        "prefix": Literal(cameo or ""),
    }
    if actor is None:
        bindings = [{**base, "anyActor": Literal(True), "actor": _NOBODY}]
    else:
        bindings = [{**base, "anyActor": Literal(False), "actor": iri}
                    for iri in _actor_ids(source, actor)]
    rows: dict[str, TimelineRow] = {}
    for binding in bindings:
        for row in sorted(_rows(_run(source, "timeline", binding)), key=lambda r: str(r.event)):
            event = str(row.event)
            if event not in rows:  # two labels would repeat a row; keep the first
                rows[event] = _timeline_row(row)
    return sorted(rows.values(), key=_sort_key)


def _timeline_row(row: ResultRow) -> TimelineRow:
    earliest, latest = _date(row.earliest), _date(row.latest)
    precision = _PRECISIONS.get(row.precision, DatePrecision.UNKNOWN)  # type: ignore[call-overload]
    modality = _MODALITIES.get(row.modality, Modality.ASSERTED)  # type: ignore[call-overload]
    published = _date(row.published)
    mod = _str(row.timeMod)
    anchor = _str(row.anchor)
    return TimelineRow(
        event=str(row.event),
        article=str(row.articleId),
        earliest=earliest,
        latest=latest,
        precision=precision,
        time_text=_str(row.timeText),
        time_value=_str(row.timeValue),
        time_mod=mod,
        time_anchor=TimeAnchor(anchor) if anchor in set(TimeAnchor) else TimeAnchor.NONE,
        when=describe_when(earliest, latest, precision, mod=mod, modality=modality,
                           published=published),
        source=_str(row.sourceLabel),
        source_id=_str(row.source),
        cameo=str(row.code),
        cameo_label=_str(row.cameoLabel),
        trigger=str(row.trigger),
        target=_str(row.targetLabel),
        target_id=_str(row.target),
        modality=modality,
        attributed_to=_str(row.attributedLabel),
        sentence=str(row.sentenceText),
        published=published,
        position=int(row.triggerBegin) if row.triggerBegin is not None else 0,
    )


def find_actor(source: Source, name: str | None) -> list[ActorRow]:
    """Return the actors labelled or aliased ``name`` (case-insensitive); all if None."""
    wanted: set[str] | None = None
    if name is not None:
        rows = _rows(_run(source, "find_actor", {"name": Literal(name)}))
        wanted = {str(row.actor) for row in rows}
        if not wanted:
            return []
    actors: dict[str, dict[str, Any]] = {}
    for row in _rows(_run(source, "actors")):
        iri = str(row.actor)
        if wanted is not None and iri not in wanted:
            continue
        entry = actors.setdefault(iri, {"label": str(row.label), "kind": _str(row.kind),
                                        "country": _str(row.country), "code": _str(row.code),
                                        "wikidata": _str(row.wikidata), "aliases": set()})
        if row.alias is not None:
            entry["aliases"].add(str(row.alias))
    return [
        ActorRow(
            id=iri,
            label=entry["label"],
            kind=ActorKind(entry["kind"]) if entry["kind"] in set(ActorKind) else None,
            country=entry["country"],
            code=entry["code"],
            wikidata=entry["wikidata"].rsplit("/", 1)[-1] if entry["wikidata"] else None,
            aliases=tuple(sorted(entry["aliases"])),
        )
        for iri, entry in sorted(actors.items(), key=lambda item: (item[1]["label"], item[0]))
    ]


def actors(source: Source) -> list[ActorRow]:
    """Every actor with its aliases, kind, code and how often and where it is mentioned."""
    counts = {str(row.actor): (int(row.mentions), int(row.articles)) for row in _rows(_run(source, "actor_counts"))}
    rows = []
    for row in find_actor(source, None):
        mentions, articles = counts.get(row.id, (0, 0))
        rows.append(ActorRow(row.id, row.label, row.kind, row.country, row.code, row.wikidata, row.aliases, mentions, articles))
    return rows


def merge_actors(store: Store, keep: str, drop: str) -> MergeResult:
    """Merge the actor named ``drop`` into the one named ``keep``; the merge survives rebuilds.

    Raises:
        UnknownActorError: a name that matches no actor, or several.
    """
    keep_iri, drop_iri = _one_actor(store, keep), _one_actor(store, drop)
    keep_id, drop_id = actor_id_of(str(keep_iri)), actor_id_of(str(drop_iri))
    if keep_id is None or drop_id is None:
        raise UnknownActorError(f"cannot merge {drop!r} into {keep!r}: not kg actors")
    if keep_id == drop_id:
        raise UnknownActorError(f"{keep!r} and {drop!r} are already the same actor ({keep_id})")
    return MergeResult(keep_id, drop_id, store.merge_actors(keep_id, drop_id))


def _one_actor(source: Source, name: str) -> URIRef:
    found = _actor_ids(source, name)
    if len(found) > 1:
        ids = ", ".join(actor_id_of(str(i)) or str(i) for i in found)
        raise UnknownActorError(f"{name!r} names several actors ({ids}); use a more specific name")
    return found[0]


def _relations(source: Source, actor: URIRef | None) -> list[RelationRow]:
    binding: dict[str, Identifier] = {
        "anyActor": Literal(actor is None),
        "actor": actor if actor is not None else _NOBODY,
    }
    out = set()
    for row in _rows(_run(source, "relations", binding)):
        kind = _RELATIONS.get(row.predicate)  # type: ignore[call-overload]
        if kind is None:
            continue
        out.add(RelationRow(
            subject=str(row.subjectLabel or row.subject),
            predicate=kind,
            object=str(row.objectLabel or row.object),
            article=str(row.articleId),
            sentence=_str(row.sentenceText),
            subject_id=str(row.subject),
            object_id=str(row.object),
        ))
    return sorted(out, key=lambda r: (r.subject, r.predicate.value, r.object, r.article))


def relations_of(source: Source, name: str) -> list[RelationRow]:
    """Return the relations whose subject or object is the actor called ``name``.

    Raises:
        UnknownActorError: if ``name`` matches no actor.
    """
    rows: list[RelationRow] = []
    for iri in _actor_ids(source, name):
        rows.extend(_relations(source, iri))
    return sorted(set(rows), key=lambda r: (r.subject, r.predicate.value, r.object, r.article))


def actor_graph(source: Source) -> nx.MultiDiGraph:
    """Return the aggregated actor graph.

    Nodes are actor IRIs (attributes ``label``, ``kind``, ``country``,
    ``code``). Edges are keyed ``"relation:<kind>"`` (attributes ``kind``
    "relation", ``relation``, ``weight`` = number of statements) or
    ``"event:<cameo>"`` (``kind`` "event", ``cameo``, ``cameo_label``,
    ``weight`` = number of events, ``events`` = their IRIs). Events without
    both a source and a target make no edge.
    """
    graph = nx.MultiDiGraph()
    for actor in find_actor(source, None):
        graph.add_node(actor.id, label=actor.label, kind=actor.kind.value if actor.kind else "",
                       country=actor.country or "", code=actor.code or "")
    for rel in _relations(source, None):
        key = f"relation:{rel.predicate.value}"
        if graph.has_edge(rel.subject_id, rel.object_id, key):
            graph.edges[rel.subject_id, rel.object_id, key]["weight"] += 1
        else:
            graph.add_edge(rel.subject_id, rel.object_id, key, kind="relation",
                           relation=rel.predicate.value, weight=1)
    for row in timeline(source):
        if row.source_id is None or row.target_id is None:
            continue
        key = f"event:{row.cameo}"
        if graph.has_edge(row.source_id, row.target_id, key):
            data = graph.edges[row.source_id, row.target_id, key]
            data["weight"] += 1
            data["events"] = (*data["events"], row.event)
        else:
            graph.add_edge(row.source_id, row.target_id, key, kind="event", cameo=row.cameo,
                           cameo_label=row.cameo_label or "", weight=1, events=(row.event,))
    return graph


def path_between(source: Source, a: str, b: str) -> list[PathStep]:
    """Return a shortest path between two actors, ignoring edge direction.

    Relations are preferred over events when both link the same two actors.
    An empty list means the actors are not connected (or are the same).

    Raises:
        UnknownActorError: if ``a`` or ``b`` matches no actor (with close names).
    """
    starts, goals = _actor_ids(source, a), _actor_ids(source, b)
    graph = actor_graph(source)
    undirected = nx.Graph()
    undirected.add_nodes_from(graph.nodes)
    undirected.add_edges_from((u, v) for u, v in graph.edges())
    best: list[str] | None = None
    for start in map(str, starts):
        for goal in map(str, goals):
            try:
                path = nx.shortest_path(undirected, start, goal)
            except (nx.NetworkXNoPath, nx.NodeNotFound):
                continue
            if best is None or (len(path), path) < (len(best), best):
                best = path
    if best is None or len(best) < 2:
        return []
    return [_step(graph, u, v) for u, v in zip(best, best[1:])]


def _step(graph: nx.MultiDiGraph, u: str, v: str) -> PathStep:
    options: list[tuple[int, str, bool, dict[str, Any]]] = []
    for x, y, forward in ((u, v, True), (v, u, False)):
        for key, data in (graph.get_edge_data(x, y) or {}).items():
            options.append((0 if data["kind"] == "relation" else 1, key, not forward, data))
    # Relations before events, the stored direction first, then the busiest edge.
    rank, key, backward, data = min(options, key=lambda o: (o[0], o[2], -o[3]["weight"], o[1]))
    label = (data["relation"] if data["kind"] == "relation"
             else f"{data['cameo']} {data['cameo_label']}".strip())
    return PathStep(
        source=graph.nodes[u]["label"],
        target=graph.nodes[v]["label"],
        kind="relation" if rank == 0 else "event",
        link=label,
        forward=not backward,
        count=int(data["weight"]),
    )


def stats(source: Source) -> Stats:
    """Return how many articles, events, actors, relations, claims and quads the store holds."""
    counts = {str(row[0]).rsplit("#", 1)[-1]: int(str(row[1]))
              for row in _rows(_run(source, "stats"))}
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


# ---------------------------------------------------------------------------
# User SPARQL
# ---------------------------------------------------------------------------


def _term(node: Node | None) -> SparqlTerm | None:
    if node is None:
        return None
    if isinstance(node, URIRef):
        return SparqlTerm("uri", str(node))
    if isinstance(node, BNode):
        return SparqlTerm("bnode", str(node))
    if isinstance(node, Literal):
        node = plain(node)
        assert isinstance(node, Literal)
        return SparqlTerm("literal", str(node),
                          datatype=str(node.datatype) if node.datatype else None,
                          lang=node.language)
    return SparqlTerm("literal", str(node))


def run_sparql(source: Source, query: str) -> SparqlResult:
    """Run the user's own SPARQL query as-is (read-only: updates are refused).

    The query runs with the union of all named graphs as its default graph.
    ``SERVICE`` clauses can reach the network; only run queries you trust.

    Raises:
        QueryError: if the query does not parse or cannot run; the message is
            one line with the parser's own explanation.
    """
    try:
        if isinstance(source, Store):
            result = source.run(query)
        else:
            result = source.query(query)
        return _to_sparql_result(result)
    except StoreError:
        raise
    except Exception as exc:  # parsers and engines raise assorted types
        message = " ".join(str(exc).split()) or type(exc).__name__
        hint = ""
        if any(word in query.upper() for word in ("INSERT", "DELETE", "DROP", "CLEAR", "LOAD")):
            hint = " (kg query runs read-only queries; updates are not supported)"
        raise QueryError(f"SPARQL query failed: {message}{hint}") from exc


def _to_sparql_result(result: Result) -> SparqlResult:
    if result.type == "ASK":
        return SparqlResult(kind="ASK", boolean=bool(result.askAnswer))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        assert result.graph is not None
        lines = result.graph.serialize(format="nt").splitlines(keepends=True)
        return SparqlResult(kind="GRAPH", ntriples="".join(sorted(set(lines) - {"\n"})))
    variables = tuple(str(v) for v in (result.vars or []))
    rows: list[tuple[SparqlTerm | None, ...]] = []
    for row in result:
        assert isinstance(row, ResultRow)
        rows.append(tuple(_term(row.get(v)) for v in variables))
    return SparqlResult(kind="SELECT", variables=variables, rows=tuple(rows))

