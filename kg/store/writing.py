"""Writes to the embedded store, each one transaction: ``plan_article()``, ``plan_merge()``.

A write is planned first (reading the store), then applied as one SPARQL
UPDATE, which Oxigraph runs as a single transaction: the old article graph
is dropped, shared actor descriptions are updated, actors the article
resolves are rewritten everywhere, and the new triples are inserted, all or
nothing. A kill at any moment leaves each article either wholly old or
wholly new. The update text is made of terms Oxigraph serialised itself,
never of user text.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import unquote

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, SKOS
from rdflib.term import Node

from kg.errors import StoreError
from kg.graph import actor_description, build_graph
from kg.graph.actors import WIKIDATA
from kg.model import Actor, ActorKind, Extraction
from kg.store.identity import (
    Contribution,
    best_name,
    is_short,
    join_actors,
    lend_names,
    name_part,
    names_match,
    resolve_extraction,
)
from kg.vocab import ID, KG, RELATION_PROPERTIES, actor_id_of, actors_graph_iri, merges_graph_iri, mint_iri, query_text

__all__ = ["Change", "ArticleWrite", "plan_article", "plan_merge", "read_merges"]

log = logging.getLogger(__name__)

ACTORS = ox.NamedNode(str(actors_graph_iri()))
MERGES = ox.NamedNode(str(merges_graph_iri()))
_MERGED_INTO = ox.NamedNode(str(KG.mergedInto))
_RDF_SUBJECT = ox.NamedNode(str(RDF.subject))
_RDF_OBJECT = ox.NamedNode(str(RDF.object))
_RELATION_PREFIX = str(ID) + "relation/"
_KINDS = frozenset(kind.value for kind in ActorKind)
_RELATION_NAMES = {str(prop): kind.value for kind, prop in RELATION_PROPERTIES.items()}


@dataclass
class Change:
    """Quads to remove and add, and graphs to drop, applied as one transaction."""

    drop: list[ox.NamedNode] = field(default_factory=list)
    delete: set[ox.Quad] = field(default_factory=set)
    insert: set[ox.Quad] = field(default_factory=set)

    def update_text(self) -> str:
        """The SPARQL UPDATE that applies this change (drop, then delete, then insert)."""
        parts = [f"DROP SILENT GRAPH {graph}" for graph in self.drop]
        for verb, quads in (("DELETE", self.delete - self.insert), ("INSERT", self.insert)):
            if quads:
                body = "\n".join(_quad_text(q) for q in sorted(quads, key=str))
                parts.append(f"{verb} DATA {{\n{body}\n}}")
        return " ;\n".join(parts)

    def apply(self, store: ox.Store) -> None:
        """Apply the change in one transaction.

        Raises:
            OSError: if the store cannot be written (nothing is).
        """
        text = self.update_text()
        if text:
            store.update(text)


@dataclass(frozen=True)
class ArticleWrite:
    """What writing one article did.

    Attributes:
        article: the article id.
        quads: the number of quads inserted.
        actors: the ids of the actors the article's graph refers to, after
            resolution across the store.
        merged: stored actor ids this article's actors absorbed.
    """

    article: str
    quads: int
    actors: frozenset[str]
    merged: tuple[str, ...] = ()


def _quad_text(quad: ox.Quad) -> str:
    if any(isinstance(term, ox.BlankNode) for term in (quad.subject, quad.object)):
        raise StoreError("internal: kg graphs have no blank nodes, but a write held one")
    return f"GRAPH {quad.graph_name} {{ {quad.subject} {quad.predicate} {quad.object} }}"


def _ox_node(term: Node | None) -> ox.NamedNode:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        raise StoreError("internal: kg graphs have no blank nodes, but a write held one")
    raise StoreError(f"internal: expected an IRI, got {term!r}")


def _ox_object(term: Node) -> ox.NamedNode | ox.Literal:
    if isinstance(term, Literal):
        datatype = ox.NamedNode(str(term.datatype)) if term.datatype and not term.language else None
        return ox.Literal(str(term), language=term.language, datatype=datatype)
    return _ox_node(term)


def _text(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | ox.DefaultGraph) -> str:
    return term.value if isinstance(term, ox.NamedNode | ox.BlankNode | ox.Literal) else str(term)


def _dataset_quads(dataset: Dataset, skip: ox.NamedNode) -> set[ox.Quad]:
    quads = set()
    for s, p, o, g in dataset.quads((None, None, None, None)):
        graph = _ox_node(g.identifier if isinstance(g, Graph) else g)
        if graph != skip:
            quads.add(ox.Quad(_ox_node(s), _ox_node(p), _ox_object(o), graph))
    return quads


def _solutions(store: ox.Store, name: str, bindings: dict[str, str]) -> ox.QuerySolutions:
    result = store.query(query_text(name), use_default_graph_as_union=True,
                         substitutions={ox.Variable(k): ox.Literal(v) for k, v in bindings.items()})
    assert isinstance(result, ox.QuerySolutions)
    return result


def _actor_node(actor_id: str) -> ox.NamedNode:
    return ox.NamedNode(str(mint_iri("actor", actor_id)))


# -- actor descriptions -----------------------------------------------------
def read_actor(store: ox.Store, actor_id: str) -> tuple[Actor | None, set[ox.Quad]]:
    """The stored description of an actor (None if it has none) and its quads."""
    quads = set(store.quads_for_pattern(_actor_node(actor_id), None, None, ACTORS))
    values: dict[str, list[str]] = {}
    for quad in quads:
        values.setdefault(quad.predicate.value, []).append(_text(quad.object))
    prefs = values.get(str(SKOS.prefLabel), [])
    kinds = [ActorKind(k) for k in values.get(str(KG.kind), []) if k in _KINDS]
    if not prefs or not kinds:
        return None, quads
    name = best_name(prefs)
    described = Actor(
        id=actor_id, name=name, kind=min(kinds, key=list(ActorKind).index),
        country=min(values.get(str(KG.country), []), default=None),
        code=min(values.get(str(KG.cameoCode), []), key=lambda c: (-len(c), c), default=None),
        wikidata=min((w.removeprefix(WIKIDATA) for w in values.get(str(OWL.sameAs), [])), key=lambda q: (len(q), q), default=None),
        aliases=tuple(sorted({*values.get(str(SKOS.altLabel), []), *prefs} - {name})),
    )
    return described, quads


def _description(actor: Actor) -> set[ox.Quad]:
    return {ox.Quad(_ox_node(s), _ox_node(p), _ox_object(o), ACTORS) for s, p, o in actor_description(actor)}


def _describe(store: ox.Store, actor_id: str, own: Actor | None, lent: Iterable[str], change: Change) -> None:
    """Join a contribution into the stored description of ``actor_id``."""
    stored, old = read_actor(store, actor_id)
    joined = stored if own is None else join_actors(stored, own)
    if joined is None:
        return  # a resolved-into actor with no description left: nothing to join names into
    new = _description(lend_names(joined, set(lent)))
    change.delete |= old - new
    change.insert |= new - old


# -- merges -----------------------------------------------------------------
def read_merges(store: ox.Store) -> dict[str, str]:
    """Manual merges: merged actor id -> the id it was merged into."""
    found: dict[str, str] = {}
    for quad in store.quads_for_pattern(None, _MERGED_INTO, None, MERGES):
        drop, keep = actor_id_of(_text(quad.subject)), actor_id_of(_text(quad.object))
        if drop and keep:
            found[drop] = keep
    return found


def _remint_relation(node: ox.NamedNode, drop: str, keep: str) -> tuple[ox.NamedNode, bool] | None:
    """The relation statement IRI with ``drop`` replaced by ``keep``, and whether it became a self-loop."""
    if not node.value.startswith(_RELATION_PREFIX):
        return None
    keys = [unquote(part) for part in node.value[len(_RELATION_PREFIX):].split("/")]
    if len(keys) != 4:
        return None
    article, subject, predicate, obj = keys
    subject, obj = (keep if subject == drop else subject), (keep if obj == drop else obj)
    return ox.NamedNode(str(mint_iri("relation", article, subject, predicate, obj))), subject == obj


def plan_merge(store: ox.Store, drop: str, keep: str, change: Change, *, skip: ox.NamedNode | None = None) -> set[str]:
    """Plan rewriting every statement about ``drop`` to ``keep``; return ``drop``'s names.

    Relation statements are minted again from their new keys, so the result
    is what building the articles with ``keep`` from the start gives. A
    relation that becomes a self-loop is removed. ``drop``'s description is
    removed; its names are returned for ``keep`` to take as aliases. Quads in
    the graph ``skip`` (an article about to be replaced) are left alone.
    """
    old, new = _actor_node(drop), _actor_node(keep)
    stored, description = read_actor(store, drop)
    change.delete |= description
    names = {stored.name, *stored.aliases} if stored else {_text(q.object) for q in description
                                                          if q.predicate.value in (str(SKOS.prefLabel), str(SKOS.altLabel))}
    touching = [q for q in (*store.quads_for_pattern(old, None, None, None), *store.quads_for_pattern(None, None, old, None))
                if q.graph_name not in (ACTORS, skip)]
    statements = {(q.subject, q.graph_name) for q in touching
                  if q.predicate in (_RDF_SUBJECT, _RDF_OBJECT) and isinstance(q.subject, ox.NamedNode)}
    for node, graph in statements:
        reminted = _remint_relation(node, drop, keep)
        if reminted is None:
            continue
        new_node, self_loop = reminted
        for quad in store.quads_for_pattern(node, None, None, graph):
            change.delete.add(quad)
            if not self_loop:
                change.insert.add(_swap(ox.Quad(new_node, quad.predicate, quad.object, graph), old, new))
    for quad in touching:
        if (quad.subject, quad.graph_name) in statements:
            continue
        change.delete.add(quad)
        swapped = _swap(quad, old, new)
        if swapped.subject == swapped.object and quad.predicate.value in _RELATION_NAMES:
            continue  # "X leader_of Y" with X merged into Y says nothing
        change.insert.add(swapped)
    return names


def _swap(quad: ox.Quad, old: ox.NamedNode, new: ox.NamedNode) -> ox.Quad:
    return ox.Quad(new if quad.subject == old else quad.subject, quad.predicate,
                   new if quad.object == old else quad.object, quad.graph_name)


def merge_change(store: ox.Store, keep: str, drop: str) -> tuple[Change, int]:
    """Plan a manual merge of ``drop`` into ``keep``, recorded in the merges graph."""
    change = Change()
    names = plan_merge(store, drop, keep, change)
    _describe(store, keep, None, names, change)
    change.insert.add(ox.Quad(_actor_node(drop), _MERGED_INTO, _actor_node(keep), MERGES))
    rewritten = sum(1 for q in change.insert if q.graph_name not in (ACTORS, MERGES))
    return change, rewritten


# -- one article ---------------------------------------------------------------
def _stored_matches(store: ox.Store, short: Actor) -> set[str]:
    """Ids of stored actors of ``short``'s kind whose name ``short`` may be."""
    rows = _solutions(store, "actor_by_name_part", {"part": short.name, "kind": short.kind.value})
    return {actor_id for row in rows if (actor_id := actor_id_of(_text(row["actor"])))}


def _stored_shorts(store: ox.Store, full: Actor, part: str) -> list[Actor]:
    """Stored one-word actors of ``full``'s kind named ``part``."""
    found = []
    for row in _solutions(store, "actor_by_label", {"label": part, "kind": full.kind.value}):
        actor_id = actor_id_of(_text(row["actor"]))
        if actor_id:
            stored, _ = read_actor(store, actor_id)
            if stored is not None and is_short(stored):
                found.append(stored)
    return found


def _short_name_merges(store: ox.Store, actors: Iterable[Actor], manual: Mapping[str, str]) -> dict[str, str]:
    """Which one-word actors (of the article or the store) resolve into which full names."""
    own = [a for a in actors if a.id not in manual]
    fulls = [a for a in own if name_part(a) is not None]
    merges: dict[str, str] = {}
    for short in (a for a in own if is_short(a)):
        candidates = _stored_matches(store, short) | {f.id for f in fulls if names_match(short, f)}
        candidates.discard(short.id)
        if len(candidates) == 1:
            merges[short.id] = candidates.pop()
    for full in fulls:
        part = name_part(full)
        assert part is not None
        for short in _stored_shorts(store, full, part):
            if short.id in merges or short.id == full.id or any(a.id == short.id for a in own):
                continue
            candidates = _stored_matches(store, short) | {f.id for f in fulls if names_match(short, f)}
            candidates.discard(short.id)
            if candidates == {full.id}:
                merges[short.id] = full.id
    return merges


def plan_article(store: ox.Store, extraction: Extraction) -> tuple[Change, ArticleWrite]:
    """Plan replacing an article: one change with everything the write does.

    Raises:
        InputError: if the resolved extraction fails the graph checks.
    """
    manual = read_merges(store)
    short = _short_name_merges(store, extraction.actors, manual)
    mapping = {**short, **manual}
    names = {}
    for target in set(mapping.values()):
        stored, _ = read_actor(store, target)
        if stored is not None:
            names[target] = stored.name
    resolved, contributions = resolve_extraction(extraction, mapping, names)
    dataset = build_graph(resolved)  # checks the whole article before anything is planned
    graph = ox.NamedNode(str(mint_iri("article", extraction.article.id)))
    change = Change(drop=[graph])
    lent: dict[str, set[str]] = {actor_id: set(c.lent) for actor_id, c in contributions.items()}
    absorbed = []
    for drop, keep in sorted(short.items()):
        if read_actor(store, drop)[1] or any(True for _ in store.quads_for_pattern(None, None, _actor_node(drop), None)):
            target = mapping.get(keep, keep)
            lent.setdefault(target, set()).update(plan_merge(store, drop, target, change, skip=graph))
            absorbed.append(drop)
    change.insert |= _dataset_quads(dataset, skip=ACTORS)
    for actor_id in sorted(set(contributions) | set(lent)):
        contribution = contributions.get(actor_id, Contribution())
        _describe(store, actor_id, contribution.own, lent.get(actor_id, ()), change)
    if absorbed:
        log.info("article %s: %s resolved into full names stored or given here", extraction.article.id, ", ".join(absorbed))
    write = ArticleWrite(extraction.article.id, len(change.insert), frozenset(a.id for a in resolved.actors), tuple(absorbed))
    return change, write
