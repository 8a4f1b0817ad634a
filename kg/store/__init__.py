"""Where the graph lives: embedded Oxigraph (in memory or on disk) or a SPARQL endpoint.

``open_store()`` returns a :class:`Store`. Writing an article is one
transaction (see :mod:`kg.store.writing`): its named graph is replaced, the
shared actor descriptions it adds to are joined (see
:mod:`kg.store.identity`), and actors it resolves are rewritten everywhere,
all or nothing. Building the same articles again, or in another order, gives
the same quads.

One module per part:

* ``identity``: how actors of different articles become one (pure);
* ``writing``: planning and applying one article's or one merge's write;
* ``location``: the store directory, its lock and its logs.
"""

from __future__ import annotations

import logging
import pathlib
from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import Any

import pyoxigraph as ox
from oxrdflib.store import OxigraphStore
from rdflib import Dataset, URIRef
from rdflib.query import Result
from rdflib.term import Identifier

from kg.errors import StoreError
from kg.model import Extraction
from kg.store.location import check_location, open_directory, prune_logs
from kg.store.writing import ArticleWrite, Change, merge_change, plan_article, read_merges
from kg.vocab import PREFIXES, query_text

__all__ = ["ArticleWrite", "Store", "check_location", "open_store"]

log = logging.getLogger(__name__)


class Store:
    """An open kg store; use as a context manager or call :meth:`close`.

    Attributes:
        dataset: the rdflib Dataset view of the store (default graph = union
            of the named graphs).
        location: the directory of an on-disk store, the endpoint URL, or None.
    """

    def __init__(self, dataset: Dataset, oxstore: Any | None, location: str | None) -> None:
        self.dataset = dataset
        self.location = location
        # The pyoxigraph Store behind the dataset; None for a read-only endpoint.
        self._ox = oxstore

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
        self.dataset.close()
        if on_disk:
            assert self.location is not None
            prune_logs(pathlib.Path(self.location))

    @property
    def writable(self) -> bool:
        """True for an embedded store, False for a SPARQL endpoint."""
        return self._ox is not None

    def _writable_store(self) -> Any:
        if self._ox is None:
            raise StoreError(
                f"the store at {self.location} is a read-only SPARQL endpoint; "
                "build into a local store (a directory) instead"
            )
        return self._ox

    def _apply(self, change: Change, what: str) -> None:
        try:
            change.apply(self._writable_store())
        except (OSError, SyntaxError) as exc:
            # One transaction: nothing of it was written.
            raise StoreError(f"could not write {what}: {exc}; the store was left as it was") from exc

    # -- writing -----------------------------------------------------------
    def add_extraction(self, extraction: Extraction) -> ArticleWrite:
        """Replace the article's named graph with the graph of ``extraction``, in one transaction.

        Re-adding the same extraction leaves the store unchanged, and the
        order in which articles are added does not change the result.

        Returns:
            What the write did (quads inserted, the actors the article refers to).

        Raises:
            InputError: if the extraction is inconsistent (nothing is written).
            StoreError: if the store is read-only or the write fails (nothing
                is written; the article keeps its previous state).
        """
        store = self._writable_store()
        try:
            change, write = plan_article(store, extraction)
        except OSError as exc:
            raise StoreError(f"cannot read the store at {self.location}: {exc}") from exc
        self._apply(change, f"article {extraction.article.id!r}")
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
        self._apply(change, f"the merge of {drop!r} into {keep!r}")
        return rewritten

    # -- reading -----------------------------------------------------------
    def run(self, query: str, bindings: Mapping[str, Identifier] | None = None) -> Result:
        """Run SPARQL with values bound as terms (never formatted into the text).

        This is the one door for ``kg.query``; callers turn rows into dataclasses.

        Raises:
            StoreError: the store cannot be read, or the endpoint is
                unreachable or answers something that is not SPARQL results.
        """
        if self._ox is None and bindings:
            # rdflib's SPARQLStore appends bindings as a VALUES block after the
            # query, where FILTERs inside WHERE cannot see them; put the block
            # at the start of the WHERE group instead (terms serialised by
            # rdflib, never user text pasted in).
            query = _values_inside_where(query, bindings)
            bindings = None
        try:
            return self.dataset.query(query, initBindings=dict(bindings or {}))
        except OSError as exc:
            raise StoreError(f"cannot query the store at {self.location}: {exc}") from exc
        except Exception as exc:
            if self._ox is None:
                # rdflib's SPARQL connector reports HTTP failures as ValueError
                # and an answer in another format (an HTML page) as a plugin error.
                cause = exc.__cause__ or exc.__context__ or exc
                detail = " ".join(str(cause).split())[:200] or type(cause).__name__
                raise StoreError(f"the SPARQL endpoint {self.location} refused the query, is unreachable "
                                 f"or did not answer with SPARQL results ({detail})") from exc
            raise

    def count_triples(self) -> int:
        """Return the number of statements (quads) in all named graphs, via SPARQL COUNT."""
        rows = list(self.run(query_text("count_quads")))
        return int(str(rows[0][0])) if rows else 0  # type: ignore[index]

    def articles(self) -> list[str]:
        """Return the ids of the articles in the store, sorted."""
        return [str(row[0]) for row in self.run(query_text("articles"))]  # type: ignore[index]

    def nquads(self) -> list[str]:
        """Every quad of an embedded store as a sorted list of N-Quads lines (for comparisons).

        Raises:
            StoreError: for a SPARQL endpoint.
        """
        store = self._writable_store()
        return sorted(f"{quad} ." for quad in store)


def _values_inside_where(query: str, bindings: Mapping[str, Identifier]) -> str:
    import re

    match = re.search(r"\bWHERE\s*\{", query, flags=re.IGNORECASE)
    if match is None:
        raise StoreError("internal: a canned query without a WHERE group cannot take bindings")
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(term.n3() for term in bindings.values())
    block = f"\n  VALUES ({names}) {{ ({values}) }}\n"
    return query[: match.end()] + block + query[match.end() :]


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
        from rdflib.plugins.stores.sparqlstore import SPARQLStore

        return Store(_new_dataset(SPARQLStore(query_endpoint=endpoint)), None, endpoint)
    if path is None:
        oxstore = ox.Store()
        return Store(_new_dataset(OxigraphStore(store=oxstore)), oxstore, None)
    oxstore = open_directory(path, create=create, wait=wait)
    return Store(_new_dataset(OxigraphStore(store=oxstore)), oxstore, str(path))
