"""Where the graph lives: embedded Oxigraph (in memory or on disk) or a SPARQL endpoint.

``open_store()`` returns a :class:`Store`. Writing an article replaces its
named graph as a unit: the new triples are built in memory first, the old
ones are kept aside, and if the write fails they are put back, so a failure
never leaves a half-written article. The shared ``actors`` and ``cameo``
graphs are merged: an actor's latest description replaces the previous one,
its aliases accumulate.
"""

from __future__ import annotations

import gc
from dataclasses import replace
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
from kg.graph import ACCUMULATING_ACTOR_PROPERTIES, build_graph, serialize
from kg.model import Actor, Extraction, Mention
from kg.vocab import KG, PREFIXES, actor_id_of, actors_graph_iri, merges_graph_iri, mint_iri, query_text

__all__ = ["Store", "open_store"]

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
            # An abandoned, half-read query result keeps the directory lock
            # until it is collected; collect now so the store can be reopened.
            gc.collect()

    @property
    def writable(self) -> bool:
        """True for an embedded store, False for a SPARQL endpoint."""
        return self._ox is not None

    # -- writing -----------------------------------------------------------
    def add_extraction(self, extraction: Extraction) -> int:
        """Replace the article's named graph with the graph of ``extraction``.

        Re-adding the same extraction leaves the store unchanged.

        Returns:
            The number of quads written for this article (article, actors and
            CAMEO graphs together).

        Raises:
            InputError: if the extraction is inconsistent (nothing is written).
            StoreError: if the store is read-only or the write fails (the
                article's previous state is restored).
        """
        if self._ox is None:
            raise StoreError(
                f"the store at {self.location} is a read-only SPARQL endpoint; "
                "build into a local store (a directory) instead"
            )
        short = self._short_name_matches(extraction)
        merges = {**{k: v[0] for k, v in short.items()}, **self.actor_merges()}
        if merges:
            extraction = rename_actors(extraction, merges, names={v[0]: v[1] for v in short.values()})
        built = build_graph(extraction)  # may raise InputError before any write
        new_quads = list(ox.parse(serialize(built, "nquads"), format=ox.RdfFormat.N_QUADS))
        graph = ox.NamedNode(str(mint_iri("article", extraction.article.id)))
        actors = ox.NamedNode(str(actors_graph_iri()))
        keep = {ox.NamedNode(str(p)) for p in ACCUMULATING_ACTOR_PROPERTIES}
        store = self._ox
        try:
            old_article = list(store.quads_for_pattern(None, None, None, graph))
            # A later article's description replaces what it states again and
            # keeps what it does not know (a code, a country, a Wikidata id).
            restated = {(q.subject, q.predicate) for q in new_quads if q.graph_name == actors}
            replaced_actor = [
                quad
                for actor in extraction.actors
                for quad in store.quads_for_pattern(
                    ox.NamedNode(str(mint_iri("actor", actor.id))), None, None, actors)
                if quad.predicate not in keep and (quad.subject, quad.predicate) in restated
            ]
        except OSError as exc:
            raise StoreError(f"cannot read the store at {self.location}: {exc}") from exc
        try:
            if old_article:
                store.remove_graph(graph)
            for quad in replaced_actor:
                store.remove(quad)
            store.extend(new_quads)  # transactional: all or nothing
        except Exception as exc:
            self._restore(old_article + replaced_actor, graph)
            raise StoreError(
                f"could not write article {extraction.article.id!r}: {exc}; "
                "its previous state was kept"
            ) from exc
        self._absorb_short_names(extraction)
        return len(new_quads)

    def _absorb_short_names(self, extraction: Extraction) -> None:
        """Merge stored one-word actors ("Putin") into a full name this article gives."""
        from rdflib import Literal

        for actor in extraction.actors:
            words = actor.name.split()
            if len(words) < 2 or actor.kind.value not in {"PERSON", "ORGANIZATION"}:
                continue
            part = words[-1] if actor.kind.value == "PERSON" else words[0]
            rows = list(self.run(query_text("actor_by_label"), {"label": Literal(part), "kind": Literal(actor.kind.value)}))
            for row in rows:
                short = actor_id_of(str(row[0]))  # type: ignore[index]
                if short and short != actor.id:
                    self.merge_actors(actor.id, short)

    def _restore(self, quads: list[Any], graph: Any) -> None:
        """Put back the quads a failed write removed (best effort, logged)."""
        assert self._ox is not None
        try:
            self._ox.remove_graph(graph)
        except Exception:  # the graph may not exist any more
            pass
        try:
            self._ox.extend(quads)
        except Exception:
            log.exception("could not restore %d quads after a failed write", len(quads))

    def _short_name_matches(self, extraction: Extraction) -> dict[str, tuple[str, str]]:
        """Short names that name exactly one actor already in the store.

        An article that only says "Putin" refers to the "Vladimir Putin" an
        earlier article introduced; a one-word person or organisation name is
        mapped to the unique stored actor of the same kind whose name ends
        (people) or starts (organisations) with it.
        """
        from rdflib import Literal

        mapping: dict[str, tuple[str, str]] = {}
        for actor in extraction.actors:
            if len(actor.name.split()) != 1 or actor.kind.value not in {"PERSON", "ORGANIZATION"}:
                continue
            rows = list(self.run(query_text("actor_by_name_part"), {"part": Literal(actor.name), "kind": Literal(actor.kind.value)}))
            labels = {actor_id_of(str(row[0])): str(row[1]) for row in rows}  # type: ignore[index]
            candidates = {k: v for k, v in labels.items() if k is not None and k != actor.id}
            if len(candidates) == 1:
                ((target, label),) = candidates.items()
                assert target is not None
                mapping[actor.id] = (target, label)
        return mapping

    def actor_merges(self) -> dict[str, str]:
        """Manual merges: merged actor id -> the id it was merged into."""
        if self._ox is None:
            return {}
        graph = ox.NamedNode(str(merges_graph_iri()))
        found: dict[str, str] = {}
        for quad in self._ox.quads_for_pattern(None, ox.NamedNode(str(KG.mergedInto)), None, graph):
            drop, keep = actor_id_of(quad.subject.value), actor_id_of(quad.object.value)
            if drop and keep:
                found[drop] = keep
        return found

    def merge_actors(self, keep: str, drop: str) -> int:
        """Merge actor ``drop`` into actor ``keep`` (ids); the merge survives rebuilds.

        Every statement about or pointing at ``drop`` is rewritten to ``keep``;
        ``drop``'s name becomes an alias. Returns the number of rewritten quads.

        Raises:
            StoreError: a read-only store, or the same actor twice.
        """
        if self._ox is None:
            raise StoreError("cannot merge actors in a read-only SPARQL endpoint")
        if keep == drop:
            raise StoreError(f"{keep!r} and {drop!r} are the same actor")
        store = self._ox
        old = ox.NamedNode(str(mint_iri("actor", drop)))
        new = ox.NamedNode(str(mint_iri("actor", keep)))
        pref = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
        alt = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
        actors = ox.NamedNode(str(actors_graph_iri()))
        quads = list(store.quads_for_pattern(old, None, None, None)) + list(store.quads_for_pattern(None, None, old, None))
        rewritten = []
        for quad in quads:
            subject = new if quad.subject == old else quad.subject
            obj = new if quad.object == old else quad.object
            predicate = quad.predicate
            if quad.subject == old and predicate == pref and quad.graph_name == actors:
                predicate = alt  # the merged actor's name lives on as an alias
            elif quad.subject == old and quad.graph_name == actors and list(store.quads_for_pattern(new, predicate, None, actors)):
                continue  # keep the surviving actor's own description
            rewritten.append(ox.Quad(subject, predicate, obj, quad.graph_name))
        record = ox.Quad(old, ox.NamedNode(str(KG.mergedInto)), new, ox.NamedNode(str(merges_graph_iri())))
        try:
            for quad in quads:
                store.remove(quad)
            store.extend([*rewritten, record])
        except Exception as exc:
            self._restore_quads(quads, rewritten)
            raise StoreError(f"could not merge {drop!r} into {keep!r}: {exc}") from exc
        return len(rewritten)

    def _restore_quads(self, removed: list[Any], added: list[Any]) -> None:
        assert self._ox is not None
        for quad in added:
            try:
                self._ox.remove(quad)
            except Exception:
                pass
        self._ox.extend(removed)

    def add_extractions(self, extractions: Iterable[Extraction]) -> int:
        """Add many extractions, one article at a time; return the quads written."""
        return sum(self.add_extraction(extraction) for extraction in extractions)

    # -- reading -----------------------------------------------------------
    def run(self, query: str, bindings: Mapping[str, Identifier] | None = None) -> Result:
        """Run SPARQL with values bound as terms (never formatted into the text).

        This is the one door for ``kg.query``; callers turn rows into dataclasses.
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
        except ValueError as exc:
            if self._ox is None:  # rdflib's SPARQL connector reports HTTP failures so
                raise StoreError(f"the SPARQL endpoint {self.location} refused the query or is unreachable ({exc.__cause__ or exc.__context__ or exc})") from exc
            raise
        except OSError as exc:
            raise StoreError(f"cannot query the store at {self.location}: {exc}") from exc

    def count_triples(self) -> int:
        """Return the number of statements (quads) in all named graphs, via SPARQL COUNT."""
        rows = list(self.run(query_text("count_quads")))
        return int(str(rows[0][0])) if rows else 0  # type: ignore[index]

    def articles(self) -> list[str]:
        """Return the ids of the articles in the store, sorted."""
        return [str(row[0]) for row in self.run(query_text("articles"))]  # type: ignore[index]


def _values_inside_where(query: str, bindings: Mapping[str, Identifier]) -> str:
    import re

    match = re.search(r"\bWHERE\s*\{", query, flags=re.IGNORECASE)
    if match is None:
        raise StoreError("internal: a canned query without a WHERE group cannot take bindings")
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(term.n3() for term in bindings.values())
    block = f"\n  VALUES ({names}) {{ ({values}) }}\n"
    return query[: match.end()] + block + query[match.end() :]


def rename_actors(extraction: Extraction, mapping: Mapping[str, str], *, names: Mapping[str, str] | None = None) -> Extraction:
    """Rewrite actor ids by a merge map (merged id -> kept id), combining aliases.

    ``names`` gives the canonical name of kept ids that the store already
    knows; the article's own shorter name becomes an alias.
    """
    names = names or {}

    def key(actor_id: str | None) -> str | None:
        seen: set[str] = set()
        while actor_id is not None and actor_id in mapping and actor_id not in seen:
            seen.add(actor_id)
            actor_id = mapping[actor_id]
        return actor_id

    actors: dict[str, Actor] = {}
    for actor in extraction.actors:
        new_id = key(actor.id) or actor.id
        if new_id in actors:
            kept = actors[new_id]
            aliases = tuple(sorted({*kept.aliases, *actor.aliases, actor.name} - {kept.name}))
            actors[new_id] = replace(kept, aliases=aliases)
        elif new_id in names and names[new_id] != actor.name:
            aliases = tuple(sorted({*actor.aliases, actor.name} - {names[new_id]}))
            actors[new_id] = replace(actor, id=new_id, name=names[new_id], aliases=aliases)
        else:
            actors[new_id] = replace(actor, id=new_id)
    events = tuple(
        replace(e, source=key(e.source), target=key(e.target), attributed_to=key(e.attributed_to))
        for e in extraction.events
    )
    relations = tuple(
        replace(r, subject=key(r.subject) or r.subject, object=key(r.object) or r.object)
        for r in extraction.relations
        if key(r.subject) != key(r.object)
    )
    mentions = tuple(Mention(m.span, key(m.actor_id) or m.actor_id) for m in extraction.mentions)
    return replace(extraction, actors=tuple(sorted(actors.values(), key=lambda a: a.id)), events=events,
                   relations=tuple(dict.fromkeys(relations)), mentions=mentions)


def _new_dataset(store: Any) -> Dataset:
    dataset = Dataset(store=store, default_union=True)
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, URIRef(namespace), override=True, replace=True)
    return dataset


def open_store(path: pathlib.Path | None = None, *, endpoint: str | None = None) -> Store:
    """Open a kg store.

    Args:
        path: a directory for an on-disk Oxigraph store (created if missing);
            None for an in-memory store.
        endpoint: the query URL of a SPARQL endpoint instead (read-only). Its
            default graph should be the union of its named graphs (Virtuoso's
            default; ``oxigraph serve --union-default-graph``).

    Raises:
        StoreError: if the directory cannot be opened, e.g. another process
            holds its lock.
    """
    if endpoint is not None:
        if path is not None:
            raise StoreError("give a store directory or an endpoint, not both")
        from rdflib.plugins.stores.sparqlstore import SPARQLStore

        return Store(_new_dataset(SPARQLStore(query_endpoint=endpoint)), None, endpoint)
    if path is None:
        oxstore = ox.Store()
        return Store(_new_dataset(OxigraphStore(store=oxstore)), oxstore, None)
    try:
        if path.exists() and not path.is_dir():
            raise StoreError(f"{path} is a file, not a store directory; give a directory")
        path.mkdir(parents=True, exist_ok=True)
        oxstore = ox.Store(str(path))
    except OSError as exc:
        hint = (
            "another process (or an open Store in this one) is using it; close that first"
            if "lock" in str(exc).lower()
            else "check the path and its permissions"
        )
        raise StoreError(f"cannot open the store at {path}: {hint} ({exc})") from exc
    return Store(_new_dataset(OxigraphStore(store=oxstore)), oxstore, str(path))
