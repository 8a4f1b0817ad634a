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

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, SKOS
from rdflib.term import Node

from kg.errors import StoreError
from kg.graph import actor_description
from kg.graph.build import build_quads
from kg.graph.actors import WIKIDATA, name_key
from kg.graph.reports import key_iri, parse_key_iri
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
from kg.store.summary import Summary, plan_summary
from kg.vocab import KG, RELATION_PROPERTIES, actor_id_of, actors_graph_iri, merges_graph_iri, mint_iri, relation_key_of

__all__ = ["ACTORS", "ArticleWrite", "Change", "actor_quads", "plan_article", "plan_merge", "quads_of", "read_actor",
           "read_merges"]

log = logging.getLogger(__name__)

ACTORS = ox.NamedNode(str(actors_graph_iri()))
MERGES = ox.NamedNode(str(merges_graph_iri()))
_MERGED_INTO = ox.NamedNode(str(KG.mergedInto))
_RDF_SUBJECT = ox.NamedNode(str(RDF.subject))
_RDF_OBJECT = ox.NamedNode(str(RDF.object))
_KINDS = frozenset(kind.value for kind in ActorKind)
_RELATION_NAMES = {str(prop): kind.value for kind, prop in RELATION_PROPERTIES.items()}
# Statements that say nothing once both ends are one actor.
_SELF_LOOP_NAMES = {*_RELATION_NAMES, str(KG.actedOn)}
_SOURCE = ox.NamedNode(str(KG.source))
_TARGET = ox.NamedNode(str(KG.target))
_NAME_KEY = ox.NamedNode(str(KG.nameKey))
_NAME_PART = ox.NamedNode(str(KG.namePart))
_KIND = ox.NamedNode(str(KG.kind))
_CONTENT_HASH = ox.NamedNode(str(KG.contentHash))


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

    def apply(self, store: ox.Store, summary: Summary | None = None) -> Summary | None:
        """Apply the change, and the summary update it implies, in one transaction.

        Args:
            store: the store.
            summary: the summary the store states now, when the caller keeps
                it (see :func:`~kg.store.summary.plan_summary`).

        Returns:
            The summary the store states after the write (``summary`` when
            there was nothing to write).

        Raises:
            OSError: if the store cannot be written (nothing is).
        """
        if not (self.drop or self.delete or self.insert):
            return summary
        after = plan_summary(store, self, summary)
        text = self.update_text()
        if text:
            store.update(text)
        return after


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


def quads_of(graphs: Mapping[URIRef, Iterable[tuple[Node, Node, Node]]], skip: ox.NamedNode) -> set[ox.Quad]:
    """The built triples as pyoxigraph quads (IRIs converted once each)."""
    iris: dict[str, ox.NamedNode] = {}

    def node(term: Node) -> ox.NamedNode:
        if not isinstance(term, URIRef):
            return _ox_node(term)
        found = iris.get(term)
        if found is None:
            found = iris[term] = ox.NamedNode(str(term))
        return found

    quads = set()
    for name, triples in graphs.items():
        graph = node(name)
        if graph == skip:
            continue
        for s, p, o in triples:
            quads.add(ox.Quad(node(s), node(p), node(o) if isinstance(o, URIRef) else _ox_object(o), graph))
    return quads


def _actors_named(store: ox.Store, predicate: ox.NamedNode, name: str, kind: ActorKind) -> list[str]:
    """Ids of stored actors of ``kind`` whose ``predicate`` (a name key or name part) is ``name``'s key."""
    found = []
    for quad in store.quads_for_pattern(None, predicate, ox.Literal(name_key(name)), ACTORS):
        actor_id = actor_id_of(_text(quad.subject))
        if actor_id and any(_text(q.object) == kind.value for q in store.quads_for_pattern(quad.subject, _KIND, None, ACTORS)):
            found.append(actor_id)
    return sorted(set(found))


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


def actor_quads(actor: Actor) -> set[ox.Quad]:
    """The quads that describe ``actor`` in the shared actors graph."""
    return _description(actor)


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
    keys = relation_key_of(node.value)
    if keys is None:
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
    statements |= _remint_events(store, touching, drop, keep, change)
    for node, graph in sorted(statements - _events(touching), key=str):
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
        if swapped.subject == swapped.object and quad.predicate.value in _SELF_LOOP_NAMES:
            continue  # "X leader_of Y" with X merged into Y says nothing
        change.insert.add(swapped)
    return names


def _events(touching: list[ox.Quad]) -> set[tuple[ox.NamedNode, ox.NamedNode]]:
    return {(q.subject, q.graph_name) for q in touching
            if q.predicate in (_SOURCE, _TARGET) and isinstance(q.subject, ox.NamedNode)
            and isinstance(q.graph_name, ox.NamedNode) and parse_key_iri(q.subject.value) is not None}


def _remint_events(store: ox.Store, touching: list[ox.Quad], drop: str, keep: str,
                   change: Change) -> set[tuple[ox.NamedNode, ox.NamedNode]]:
    """Re-mint shared event IRIs whose key names ``drop`` (see :mod:`kg.graph.reports`).

    Every quad of the event in that graph, and every quad there pointing at
    it, moves to the IRI the key with ``keep`` gives, so the result is what
    building the article with ``keep`` gives. If that graph already holds an
    event under the new IRI (two events of one article became one), the
    event keeps its IRI and only its actors change. Returns the (event,
    graph) pairs rewritten here.
    """
    old, new = _actor_node(drop), _actor_node(keep)
    renames: dict[ox.NamedNode, dict[ox.NamedNode, ox.NamedNode]] = {}
    for node, graph in sorted(_events(touching), key=str):
        key = parse_key_iri(_text(node))
        assert key is not None
        source, target, root, day, stem, modality = key
        moved = ox.NamedNode(str(key_iri((keep if source == drop else source, keep if target == drop else target,
                                           root, day, stem, modality))))
        if moved != node and next(iter(store.quads_for_pattern(moved, None, None, graph)), None) is None:
            renames.setdefault(graph, {})[node] = moved
    done = set()
    for graph, rename in renames.items():
        quads: set[ox.Quad] = set()
        for node in rename:
            done.add((node, graph))
            quads.update(store.quads_for_pattern(node, None, None, graph))
            quads.update(store.quads_for_pattern(None, None, node, graph))
        for quad in quads:
            change.delete.add(quad)
            subject = rename.get(quad.subject, quad.subject) if isinstance(quad.subject, ox.NamedNode) else quad.subject
            obj = rename.get(quad.object, quad.object) if isinstance(quad.object, ox.NamedNode) else quad.object
            change.insert.add(_swap(ox.Quad(subject, quad.predicate, obj, graph), old, new))
    return done


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
    """Ids of stored actors of ``short``'s kind whose name ``short`` may be (their kg:namePart)."""
    return set(_actors_named(store, _NAME_PART, short.name, short.kind))


def _stored_shorts(store: ox.Store, full: Actor, part: str) -> list[Actor]:
    """Stored one-word actors of ``full``'s kind named ``part`` (found by kg:nameKey)."""
    found = []
    for actor_id in _actors_named(store, _NAME_KEY, part, full.kind):
        stored, _ = read_actor(store, actor_id)
        if stored is not None and is_short(stored) and name_key(stored.name) == name_key(part):
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


def plan_article(store: ox.Store, extraction: Extraction, *, merge_reports: bool = True,
                 content_hash: str | None = None) -> tuple[Change, ArticleWrite]:
    """Plan replacing an article: one change with everything the write does.

    Args:
        store: the store as it is.
        extraction: the article's extraction.
        merge_reports: share event nodes with other articles' reports of them.
        content_hash: recorded on the article (``kg:contentHash``), so a
            later build can skip it when nothing changed.

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
    built = build_quads(resolved, merge_reports=merge_reports)  # checks the whole article before anything is planned
    article = ox.NamedNode(str(mint_iri("article", extraction.article.id)))
    graph = article
    change = Change(drop=[graph])
    if content_hash is not None:
        change.insert.add(ox.Quad(article, _CONTENT_HASH, ox.Literal(content_hash), graph))
    lent: dict[str, set[str]] = {actor_id: set(c.lent) for actor_id, c in contributions.items()}
    absorbed = []
    for drop, keep in sorted(short.items()):
        if read_actor(store, drop)[1] or any(True for _ in store.quads_for_pattern(None, None, _actor_node(drop), None)):
            target = mapping.get(keep, keep)
            lent.setdefault(target, set()).update(plan_merge(store, drop, target, change, skip=graph))
            absorbed.append(drop)
    change.insert |= quads_of(built, skip=ACTORS)
    for actor_id in sorted(set(contributions) | set(lent)):
        contribution = contributions.get(actor_id, Contribution())
        _describe(store, actor_id, contribution.own, lent.get(actor_id, ()), change)
    if absorbed:
        log.info("article %s: %s resolved into full names stored or given here", extraction.article.id, ", ".join(absorbed))
    write = ArticleWrite(extraction.article.id, len(change.insert), frozenset(a.id for a in resolved.actors), tuple(absorbed))
    return change, write
