"""Where the graph lives: embedded Oxigraph (in memory or on disk) or a SPARQL endpoint.

``open_store()`` returns a :class:`Store`. Writing an article is one
transaction (see :mod:`kg.store.writing`): its named graph is replaced, the
shared actor descriptions it adds to are joined (see
:mod:`kg.store.identity`), actors it resolves are rewritten everywhere and
the summary graph's counts are updated (:mod:`kg.store.summary`), all or
nothing. Building the same articles again, or in another order, gives the
same quads.

Questions are asked through :meth:`Store.select`: SPARQL run on pyoxigraph
itself (or sent to the endpoint), its terms read into plain Python values;
rdflib stays out of the query path.

One module per part:

* ``identity``: how actors of different articles become one (pure);
* ``writing``: planning and applying one article's or one merge's write;
* ``summary``: the counts every write keeps up to date;
* ``terms``: result terms as Python values, values bound as terms;
* ``endpoint``: a SPARQL server over HTTP;
* ``location``: the store directory, its lock and its logs.
"""

from __future__ import annotations

import logging
import pathlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from types import TracebackType
from typing import Any

import pyoxigraph as ox
from rdflib import Dataset, URIRef

from kg.errors import StoreError
from kg.model import Extraction
from kg.store import endpoint as remote
from kg.store.location import check_location, open_directory, prune_logs
from kg.store.summary import Summary, count_summary, read_summary, summary_quads
from kg.store.terms import Row, Term, value, with_values
from kg.store.writing import ArticleWrite, Change, merge_change, plan_article, read_merges
from kg.vocab import KG, PREFIXES, has_query, mint_iri, query_text

__all__ = ["ArticleWrite", "Store", "Summary", "check_location", "open_store"]

log = logging.getLogger(__name__)


class Store:
    """An open kg store; use as a context manager or call :meth:`close`.

    Attributes:
        location: the directory of an on-disk store, the endpoint URL, or None.
    """

    def __init__(self, oxstore: Any | None, location: str | None, *, endpoint: str | None = None) -> None:
        self.location = location
        # The pyoxigraph Store; None for a SPARQL endpoint.
        self._ox = oxstore
        self._endpoint = endpoint
        self._dataset: Dataset | None = None
        # The summary this Store last wrote (None: read it from the store at
        # the next write). Valid while the store is open: it holds the lock,
        # and every write goes through it.
        self._summary: Summary | None = None

    # -- context manager ---------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Flush and release the store (an on-disk store unlocks its directory)."""
        if self._ox is not None and self.location is not None:
            try:
                self._ox.flush()
            except OSError as exc:
                raise StoreError(f"cannot flush the store at {self.location}: {exc}") from exc
        on_disk = self._ox is not None and self.location is not None
        self._ox = None
        self._summary = None
        if self._dataset is not None:
            self._dataset.close()
            self._dataset = None
        if on_disk:
            assert self.location is not None
            prune_logs(pathlib.Path(self.location))

    @property
    def writable(self) -> bool:
        """True for an embedded store, False for a SPARQL endpoint."""
        return self._ox is not None

    @property
    def endpoint(self) -> str | None:
        """The query URL of a remote store, None for an embedded one."""
        return self._endpoint

    @property
    def oxigraph(self) -> Any:
        """The embedded pyoxigraph Store (exports and validation read it directly).

        For reading: writes go through :meth:`write` (or the methods that
        call it), which keeps the summary this Store holds in step.

        Raises:
            StoreError: for a SPARQL endpoint.
        """
        return self._writable_store()

    def compact(self) -> None:
        """Compact the on-disk store (Oxigraph's ``optimize``): after many writes, look-ups read fewer files.

        Raises:
            StoreError: for a SPARQL endpoint, or when the store cannot be compacted.
        """
        try:
            self._writable_store().optimize()
        except OSError as exc:
            raise StoreError(f"cannot compact the store at {self.location}: {exc}") from exc

    @property
    def dataset(self) -> Dataset:
        """An rdflib view of the store (default graph = union of the named graphs).

        For the few callers that need rdflib itself (JSON-LD); questions go
        through :meth:`select`.
        """
        if self._dataset is None:
            if self._ox is not None:
                from oxrdflib.store import OxigraphStore

                self._dataset = _new_dataset(OxigraphStore(store=self._ox))
            else:
                from rdflib.plugins.stores.sparqlstore import SPARQLStore

                self._dataset = _new_dataset(SPARQLStore(query_endpoint=self._endpoint))
        return self._dataset

    def _writable_store(self) -> Any:
        if self._ox is None:
            raise StoreError(
                f"the store at {self.location} is a read-only SPARQL endpoint; "
                "build into a local store (a directory) instead"
            )
        return self._ox

    def write(self, change: Change, what: str) -> None:
        """Apply ``change`` (and the summary update it implies) in one transaction.

        Args:
            change: what to drop, delete and insert.
            what: what is written, for the error message.

        Raises:
            StoreError: the store is read-only or the write failed (nothing
                of it was written).
        """
        store = self._writable_store()
        try:
            self._summary = change.apply(store, self._summary)
        except (OSError, SyntaxError) as exc:
            # One transaction: nothing of it was written. The summary is read again at the next write.
            self._summary = None
            raise StoreError(f"could not write {what}: {exc}; the store was left as it was") from exc
        except BaseException:
            self._summary = None
            raise

    # -- writing -----------------------------------------------------------
    def add_extraction(self, extraction: Extraction, *, merge_reports: bool = True,
                       content_hash: str | None = None) -> ArticleWrite:
        """Replace the article's named graph with the graph of ``extraction``, in one transaction.

        Re-adding the same extraction leaves the store unchanged, and the
        order in which articles are added does not change the result.

        Args:
            extraction: the article's extraction.
            merge_reports: share an event node with other articles' reports
                of the same event (see :mod:`kg.graph.reports`).
            content_hash: what the graph was made from, recorded so a later
                build can skip the article when it is unchanged.

        Returns:
            What the write did (quads inserted, the actors the article refers to).

        Raises:
            InputError: if the extraction is inconsistent (nothing is written).
            StoreError: if the store is read-only or the write fails (nothing
                is written; the article keeps its previous state).
        """
        store = self._writable_store()
        try:
            change, write = plan_article(store, extraction, merge_reports=merge_reports, content_hash=content_hash)
        except OSError as exc:
            raise StoreError(f"cannot read the store at {self.location}: {exc}") from exc
        self.write(change, f"article {extraction.article.id!r}")
        return write

    def add_extractions(self, extractions: Iterable[Extraction]) -> int:
        """Add many extractions, one transaction each; return the quads written."""
        return sum(self.add_extraction(extraction).quads for extraction in extractions)

    def actor_merges(self) -> dict[str, str]:
        """Manual merges: merged actor id -> the id it was merged into."""
        return {} if self._ox is None else read_merges(self._ox)

    def merge_actors(self, keep: str, drop: str) -> int:
        """Merge actor ``drop`` into actor ``keep`` (ids) in one transaction; later builds keep it.

        Every statement about or pointing at ``drop`` is rewritten to
        ``keep``; ``drop``'s names become aliases of ``keep``, whose own
        description stays. Returns the number of rewritten quads.

        Raises:
            StoreError: a read-only store, or the same actor twice.
        """
        store = self._writable_store()
        if keep == drop:
            raise StoreError(f"{keep!r} and {drop!r} are the same actor")
        change, rewritten = merge_change(store, keep, drop)
        self.write(change, f"the merge of {drop!r} into {keep!r}")
        return rewritten

    def write_summary(self) -> Summary:
        """Count the store and write its summary graph (after a bulk load); return it."""
        store = self._writable_store()
        summary = count_summary(store)
        old = set(store.quads_for_pattern(None, None, None, _SUMMARY))
        change = Change(delete=old, insert=summary_quads(summary))
        self._summary = None
        try:
            store.update(change.update_text())
        except OSError as exc:
            raise StoreError(f"could not write the summary of the store at {self.location}: {exc}") from exc
        self._summary = summary
        return summary

    # -- reading -----------------------------------------------------------
    def raw(self, query: str) -> Any:
        """Run any SPARQL query; return pyoxigraph's QuerySolutions, QueryBoolean or triples.

        Raises:
            StoreError: the store cannot be read or the endpoint fails.
            SyntaxError: the query does not parse (embedded store).
        """
        if self._ox is None:
            assert self._endpoint is not None
            return remote.query(self._endpoint, query)
        try:
            return self._ox.query(query, use_default_graph_as_union=True)
        except OSError as exc:
            raise StoreError(f"cannot query the store at {self.location}: {exc}") from exc

    def select(self, query: str, bindings: Mapping[str, Term] | None = None,
               tables: Sequence[tuple[Sequence[str], Iterable[Sequence[Term | None]]]] = ()) -> Iterator[Row]:
        """Run a SELECT with values bound as terms; yield each solution as plain Python values.

        ``bindings`` give one value per variable, ``tables`` rows of values
        for a tuple of variables; both become ``VALUES`` blocks of terms
        serialised by Oxigraph (user text is never pasted into the query).
        This is the one door for ``kg.query``.

        Raises:
            StoreError: the store cannot be read, or the endpoint is
                unreachable or answers something that is not SPARQL results.
        """
        text = with_values(query, bindings, tables, lateral=self._ox is not None and bool(tables))
        result = self.raw(text)
        if not isinstance(result, ox.QuerySolutions):
            raise StoreError("internal: a canned SELECT did not give solutions")
        names = [v.value for v in result.variables]
        try:
            for solution in result:
                yield {name: value(solution[index]) for index, name in enumerate(names)}
        except OSError as exc:
            raise StoreError(f"cannot query the store at {self.location}: {exc}") from exc

    def canned(self, name: str, bindings: Mapping[str, Term] | None = None,
               tables: Sequence[tuple[Sequence[str], Iterable[Sequence[Term | None]]]] = ()) -> list[Row]:
        """Run the canned query ``kg/queries/<name>.rq`` (see :meth:`select`); return its rows.

        With ``tables``, the embedded store runs ``<name>_lateral.rq`` where
        there is one: a shape that is fast only evaluated row by row (LATERAL,
        see :func:`~kg.store.terms.with_values`).
        """
        if self._ox is not None and tables and has_query(f"{name}_lateral"):
            name = f"{name}_lateral"
        return list(self.select(query_text(name), bindings, tables))

    def quads(self, graph: ox.NamedNode | None = None) -> Iterator[ox.Quad]:
        """Every quad of the named graphs (or of one), read from the store or the endpoint."""
        if self._ox is not None:
            yield from self._ox.quads_for_pattern(None, None, None, graph)
            return
        text = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
        result = self.raw(with_values(text, {"g": graph}) if graph is not None else text)
        for solution in result:
            yield ox.Quad(solution[0], solution[1], solution[2], solution[3])

    def graphs(self) -> Iterator[ox.NamedNode]:
        """The names of the store's named graphs."""
        if self._ox is not None:
            for graph in self._ox.named_graphs():
                if isinstance(graph, ox.NamedNode):
                    yield graph
            return
        for row in self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"):
            yield ox.NamedNode(str(row["g"]))

    def describe(self, subjects: Iterable[ox.NamedNode], graph: ox.NamedNode) -> Iterator[ox.Quad]:
        """The quads of ``graph`` about each of ``subjects``."""
        wanted = sorted(set(subjects), key=str)
        if self._ox is not None:
            for subject in wanted:
                yield from self._ox.quads_for_pattern(subject, None, None, graph)
            return
        for start in range(0, len(wanted), 300):
            text = "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
            result = self.raw(with_values(text, {"g": graph}, [(("s",), [(s,) for s in wanted[start:start + 300]])]))
            for solution in result:
                yield ox.Quad(solution[0], solution[1], solution[2], graph)

    def summary(self) -> Summary:
        """The store's counts: its summary graph, or counted when it has none (an endpoint, an older store)."""
        if self._ox is not None:
            if self._summary is not None:
                return Summary(dict(self._summary.counts), dict(self._summary.months))
            found = read_summary(self._ox)
            return found if found is not None else count_summary(self._ox)
        rows = list(self.select("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": _SUMMARY}))
        if rows:
            from kg.store.summary import Summary as _Summary

            found_remote = _Summary()
            months: dict[str, str] = {}
            counts: dict[str, int] = {}
            for row in rows:
                if row["s"] == _SUMMARY.value and isinstance(row["o"], int):
                    found_remote.counts[str(row["p"])] = row["o"]
                elif row["p"] == str(KG.month):
                    months[str(row["s"])] = str(row["o"])
                elif row["p"] == str(KG.eventCount) and isinstance(row["o"], int):
                    counts[str(row["s"])] = row["o"]
            found_remote.months = {m: counts.get(node, 0) for node, m in months.items() if counts.get(node, 0)}
            return found_remote
        return _count_remote(self)

    def count_triples(self) -> int:
        """Return the number of quads in all named graphs but the summary graph."""
        return self.summary().count(str(KG.quadCount))

    def articles(self) -> list[str]:
        """Return the ids of the articles in the store, sorted."""
        return sorted(str(row["id"]) for row in self.canned("articles"))

    def content_hashes(self, ids: Iterable[str]) -> dict[str, str]:
        """The recorded content hash of each of these articles that has one."""
        store = self._writable_store()
        found = {}
        for article_id in ids:
            node = ox.NamedNode(str(mint_iri("article", article_id)))
            quad = next(iter(store.quads_for_pattern(node, _CONTENT_HASH, None, node)), None)
            if quad is not None:
                found[article_id] = quad.object.value
        return found

    def nquads(self) -> list[str]:
        """Every quad of an embedded store as a sorted list of N-Quads lines (for comparisons).

        Raises:
            StoreError: for a SPARQL endpoint.
        """
        store = self._writable_store()
        return sorted(f"{quad} ." for quad in store)


_SUMMARY = ox.NamedNode(str(mint_iri("graph", "summary")))
_CONTENT_HASH = ox.NamedNode(str(KG.contentHash))


def _count_remote(store: Store) -> Summary:
    """Count an endpoint's store the slow way (it has no summary graph)."""
    from kg.store.summary import COUNTED

    summary = Summary()
    for row in store.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"):
        summary.counts[str(KG.quadCount)] = int(row["n"] or 0)  # type: ignore[arg-type]
    for cls, prop in COUNTED.items():
        for row in store.select(f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a <{cls}> }}"):
            summary.counts[prop] = int(row["n"] or 0)  # type: ignore[arg-type]
    return summary


def _new_dataset(store: Any) -> Dataset:
    dataset = Dataset(store=store, default_union=True)
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, URIRef(namespace), override=True, replace=True)
    return dataset


def open_store(path: pathlib.Path | None = None, *, endpoint: str | None = None, create: bool = True,
               wait: float = 0.0) -> Store:
    """Open a kg store.

    Args:
        path: a directory for an on-disk Oxigraph store; None for an
            in-memory store.
        endpoint: the query URL of a SPARQL endpoint instead (read-only). Its
            default graph should be the union of its named graphs (Virtuoso's
            default; ``oxigraph serve --union-default-graph``).
        create: create the store if the directory holds none; read commands
            pass False, so a mistyped path is an error, not an empty store.
        wait: seconds to wait for a store another process is using.

    Raises:
        StoreError: if the directory cannot be opened, holds no store (and
            ``create`` is False), or stays locked longer than ``wait``.
    """
    if endpoint is not None:
        if path is not None:
            raise StoreError("give a store directory or an endpoint, not both")
        return Store(None, endpoint, endpoint=endpoint)
    if path is None:
        return Store(ox.Store(), None)
    return Store(open_directory(path, create=create, wait=wait), str(path))
