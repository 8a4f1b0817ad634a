"""A corpus built outside a store: N-Quads partitions, and loading them: ``write_partition()``, ``load_parts()``.

``kg build`` resolves actors against the store article by article. A corpus
extracted on many machines (``kg extract --dask``) has no store to ask, so
it decides actor identity once for the whole corpus instead:

1. every article's actors are joined into one :class:`ActorBook` (the join
   of :mod:`kg.store.identity`: commutative, so partitions can be joined in
   any order, on any machine);
2. :meth:`ActorBook.resolution` resolves one-word names into the one full
   name of their kind the whole corpus knows (the rule ``kg build`` applies
   as articles arrive);
3. each article's graph is built with that resolution (:func:`write_partition`)
   and the joined descriptions are written once (:func:`write_actors`).

The result is what building the same articles one by one gives (without the
order dependence of a one-word name whose full names arrive after it).
``kg load`` (:func:`load_parts`) bulk-loads the files into an empty embedded
store, writes them article by article (one transaction each, descriptions
joined) into a store that already holds articles, or sends them to a SPARQL
1.1 server through the Graph Store Protocol.
"""

from __future__ import annotations

import hashlib
import json
import pathlib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

import pyoxigraph as ox
from kg.errors import InputError, StoreError
from kg.graph.build import build_quads
from kg.graph.actors import name_key, name_part
from kg.model import Actor, Article, Extraction
from kg.store import Store
from kg.store import endpoint as remote
from kg.store.identity import is_short, join_actors, lend_names, resolve_extraction
from kg.store.writing import ACTORS, Change, actor_quads, quads_of, read_actor
from kg.vocab import KG, actor_id_of, mint_iri, summary_graph_iri

__all__ = ["ActorBook", "LoadReport", "content_hash", "load_parts", "load_remote", "write_actors", "write_partition"]

_CONTENT_HASH = ox.NamedNode(str(KG.contentHash))
_SUMMARY = ox.NamedNode(str(summary_graph_iri()))
_CAMEO_PREFIX = str(mint_iri("graph", "cameo"))
#: Article graphs written per transaction when loading into a store that holds articles.
LOAD_BATCH = 64


def content_hash(article: Article, pipeline: str) -> str:
    """What an article's graph is made from, as a SHA-256: its text and metadata and ``pipeline``.

    ``pipeline`` names everything else the graph depends on (kg's code and
    data, the spaCy pipeline, the build options); see
    :func:`kg.ingest.pipeline_fingerprint`.
    """
    fields = {name: getattr(article, name) for name in ("id", "text", "title", "source", "section", "url", "dateline")}
    fields["published"] = article.published.isoformat() if article.published else None
    fields["pipeline"] = pipeline
    return hashlib.sha256(json.dumps(fields, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


@dataclass
class ActorBook:
    """Every actor a corpus describes, joined by id (see :func:`kg.store.identity.join_actors`)."""

    actors: dict[str, Actor] = field(default_factory=dict)

    def add(self, extractions: Iterable[Extraction]) -> ActorBook:
        """Join in the actors of ``extractions``; return self."""
        for extraction in extractions:
            for actor in extraction.actors:
                self.actors[actor.id] = join_actors(self.actors.get(actor.id), actor)
        return self

    def join(self, other: ActorBook) -> ActorBook:
        """The join of two books (commutative and associative, like the join of descriptions)."""
        joined = ActorBook(dict(self.actors))
        for actor in other.actors.values():
            joined.actors[actor.id] = join_actors(joined.actors.get(actor.id), actor)
        return joined

    def resolution(self) -> dict[str, str]:
        """One-word names that resolve into the one full name of their kind (id -> id)."""
        fulls: dict[tuple[str, str], set[str]] = defaultdict(set)
        for actor in self.actors.values():
            part = name_part(actor)
            if part is not None:
                fulls[(actor.kind.value, name_key(part))].add(actor.id)
        mapping = {}
        for actor in self.actors.values():
            if is_short(actor):
                candidates = fulls.get((actor.kind.value, name_key(actor.name)), set()) - {actor.id}
                if len(candidates) == 1:
                    mapping[actor.id] = next(iter(candidates))
        return mapping

    def names(self) -> dict[str, str]:
        """Each actor's preferred name."""
        return {actor_id: actor.name for actor_id, actor in self.actors.items()}


def _quads(extraction: Extraction, mapping: Mapping[str, str], names: Mapping[str, str], *, merge_reports: bool,
           digest: str | None) -> Iterator[ox.Quad]:
    resolved, _ = resolve_extraction(extraction, mapping, names)
    article = ox.NamedNode(str(mint_iri("article", extraction.article.id)))
    yield from quads_of(build_quads(resolved, merge_reports=merge_reports), skip=ACTORS)
    if digest is not None:
        yield ox.Quad(article, _CONTENT_HASH, ox.Literal(digest), article)


def write_partition(extractions: Iterable[Extraction], path: pathlib.Path, mapping: Mapping[str, str],
                    names: Mapping[str, str], *, merge_reports: bool = True,
                    digests: Mapping[str, str] | None = None) -> int:
    """Write the article graphs (and the CAMEO concepts they use) of ``extractions`` as N-Quads.

    Args:
        extractions: the articles of this partition.
        path: the ``.nq`` file to write.
        mapping: the corpus's short-name resolution (:meth:`ActorBook.resolution`).
        names: the corpus's preferred actor names (:meth:`ActorBook.names`).
        merge_reports: share event nodes across articles (see :mod:`kg.graph.reports`).
        digests: article id -> content hash, recorded for resumable builds.

    Returns:
        The number of articles written. An article that fails the graph
        checks is left out (it was reported when extracted).

    Raises:
        OSError: the file cannot be written.
    """
    written = 0
    with path.open("wb") as out:
        for extraction in extractions:
            digest = (digests or {}).get(extraction.article.id)
            try:
                quads = list(_quads(extraction, mapping, names, merge_reports=merge_reports, digest=digest))
            except InputError:
                continue
            # Grouped by graph, article graph first, so a reader can take one article at a time.
            quads.sort(key=lambda q: (str(q.graph_name).startswith(f"<{_CAMEO_PREFIX}"), str(q.graph_name)))
            ox.serialize(quads, out, ox.RdfFormat.N_QUADS)
            written += 1
    return written


def write_actors(book: ActorBook, mapping: Mapping[str, str], path: pathlib.Path) -> int:
    """Write the corpus's joined actor descriptions (names of resolved actors lent as aliases)."""
    lent: dict[str, set[str]] = defaultdict(set)
    for short, full in mapping.items():
        actor = book.actors[short]
        lent[full].update({actor.name, *actor.aliases})
    quads = []
    for actor_id, actor in sorted(book.actors.items()):
        if actor_id in mapping:
            continue
        quads += sorted(actor_quads(lend_names(actor, lent.get(actor_id, set()))), key=str)
    with path.open("wb") as out:
        ox.serialize(quads, out, ox.RdfFormat.N_QUADS)
    return len(quads)


@dataclass(frozen=True)
class LoadReport:
    """What ``kg load`` did."""

    articles: int
    quads: int
    bulk: bool


def _graphs(paths: Sequence[pathlib.Path]) -> Iterator[tuple[ox.NamedNode, list[ox.Quad]]]:
    """The quads of the files, one named graph at a time (files hold each graph contiguously)."""
    for path in paths:
        current: ox.NamedNode | None = None
        quads: list[ox.Quad] = []
        try:
            for quad in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS):
                graph = quad.graph_name
                if not isinstance(graph, ox.NamedNode):
                    raise InputError(f"{path}: a quad outside a named graph; kg loads what kg extract --dask writes")
                if graph != current and current is not None:
                    yield current, quads
                    quads = []
                current = graph
                quads.append(quad)
        except SyntaxError as exc:
            raise InputError(f"{path} is not valid N-Quads: {' '.join(str(exc).split())[:200]}") from exc
        except OSError as exc:
            raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
        if current is not None:
            yield current, quads


def _described(quads: Iterable[ox.Quad]) -> dict[str, Actor]:
    """Actor descriptions read back from actors-graph quads."""
    store = ox.Store()
    store.extend(quads)
    found = {}
    for quad in store.quads_for_pattern(None, None, None, ACTORS):
        actor_id = actor_id_of(quad.subject.value) if isinstance(quad.subject, ox.NamedNode) else None
        if actor_id and actor_id not in found:
            actor, _ = read_actor(store, actor_id)
            if actor is not None:
                found[actor_id] = actor
    return found


def load_parts(store: Store, paths: Sequence[pathlib.Path]) -> LoadReport:
    """Load N-Quads partitions into ``store`` (embedded).

    An empty store is bulk-loaded (Oxigraph's loader, no transactions: a
    killed load leaves a store to delete and load again), then counted. A
    store that holds articles gets each article graph replaced in one
    transaction with the actor descriptions the partitions give joined into
    its own, so loading is idempotent there too.

    Raises:
        InputError: a file is missing or not N-Quads.
        StoreError: the store cannot be written.
    """
    oxstore = store.oxigraph
    empty = next(iter(oxstore.quads_for_pattern(None, None, None, None)), None) is None
    if empty:
        quads = 0
        articles = 0
        for path in paths:
            if not path.is_file():
                raise InputError(f"{path}: no such file")
        try:
            for path in paths:
                oxstore.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
        except SyntaxError as exc:
            raise InputError(f"not valid N-Quads: {' '.join(str(exc).split())[:200]}") from exc
        except OSError as exc:
            raise StoreError(f"could not load into the store at {store.location}: {exc}") from exc
        oxstore.optimize()
        summary = store.write_summary()
        quads = summary.count(str(KG.quadCount))
        articles = summary.count(str(KG.articleCount))
        return LoadReport(articles, quads, bulk=True)
    return _load_into(store, paths)


def _load_into(store: Store, paths: Sequence[pathlib.Path]) -> LoadReport:
    articles = quads = 0
    pending: list[tuple[ox.NamedNode, list[ox.Quad]]] = []

    def flush() -> None:
        nonlocal articles, quads
        if not pending:
            return
        change = Change(drop=[g for g, q in pending if not str(g).startswith(f"<{_CAMEO_PREFIX}")])
        for graph, graph_quads in pending:
            change.insert.update(graph_quads)
        articles += sum(1 for g in change.drop)
        quads += len(change.insert)
        store.write(change, f"{len(pending)} graphs into the store at {store.location}")
        pending.clear()

    for graph, graph_quads in _graphs(paths):
        if graph == _SUMMARY:
            continue
        if graph == ACTORS:
            flush()
            _join_actors(store, _described(graph_quads))
            continue
        pending.append((graph, graph_quads))
        if len(pending) >= LOAD_BATCH:
            flush()
    flush()
    return LoadReport(articles, quads, bulk=False)


def _join_actors(store: Store, described: Mapping[str, Actor]) -> None:
    """Join these descriptions into the store's (one transaction for the lot)."""
    oxstore = store.oxigraph
    change = Change()
    for actor_id, actor in sorted(described.items()):
        stored, old = read_actor(oxstore, actor_id)
        new = set(actor_quads(join_actors(stored, actor)))
        change.delete |= old - new
        change.insert |= new - old
    store.write(change, f"the actor descriptions into the store at {store.location}")


def load_remote(paths: Sequence[pathlib.Path], *, query_url: str, update_url: str,
                graph_store: str | None = None) -> LoadReport:
    """Send N-Quads partitions to a SPARQL 1.1 server.

    Each article graph replaces its namesake through the Graph Store
    Protocol (``PUT``) when ``graph_store`` is given, else through SPARQL
    UPDATE (``DROP SILENT GRAPH`` and ``INSERT DATA`` in one request); CAMEO
    concepts are added; actor descriptions are joined with those the server
    holds (read through ``query_url``) and the differences sent as one update.

    Raises:
        InputError: a file is missing or not N-Quads.
        StoreError: the server cannot be reached or refuses a request.
    """
    articles = quads = 0
    for graph, graph_quads in _graphs(paths):
        if graph == _SUMMARY:
            continue
        if graph == ACTORS:
            _join_remote_actors(_described(graph_quads), query_url, update_url)
            continue
        body = "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in graph_quads)
        if str(graph).startswith(f"<{_CAMEO_PREFIX}"):
            remote.update(update_url, f"INSERT DATA {{ GRAPH {graph} {{\n{body}}} }}")
        elif graph_store is not None:
            remote.put_graph(graph_store, graph.value, body.encode("utf-8"))
            articles += 1
        else:
            remote.update(update_url, f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}}} }}")
            articles += 1
        quads += len(graph_quads)
    return LoadReport(articles, quads, bulk=False)


def _join_remote_actors(described: Mapping[str, Actor], query_url: str, update_url: str) -> None:
    held = ox.Store()
    ids = sorted(described)
    for start in range(0, len(ids), 200):
        values = " ".join(str(ox.NamedNode(str(mint_iri("actor", a)))) for a in ids[start:start + 200])
        result = remote.query(query_url, f"SELECT ?s ?p ?o WHERE {{ GRAPH {ACTORS} {{ VALUES ?s {{ {values} }} ?s ?p ?o }} }}")
        held.extend(ox.Quad(s[0], s[1], s[2], ACTORS) for s in result)
    delete: set[ox.Quad] = set()
    insert: set[ox.Quad] = set()
    for actor_id, actor in described.items():
        stored, old = read_actor(held, actor_id)
        new = set(actor_quads(join_actors(stored, actor)))
        delete |= old - new
        insert |= new - old
    change = Change(delete=delete, insert=insert)
    text = change.update_text()
    if text:
        remote.update(update_url, text)

