"""Actors as the store describes them: ``find_actor()``, ``actors()``, ``merge_actors()``.

Also resolves an actor name to its IRIs, with close names as a hint when
nothing matches; the other questions filter by actor through it.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

from rdflib import URIRef

from kg.errors import UnknownActorError
from kg.graph.actors import name_key
from kg.model import ActorKind
from kg.query.canned import Source, as_store, chunks, int_or_none, str_or_none
from kg.store import Store
from kg.store.terms import iri, literal
from kg.vocab import actor_id_of

__all__ = ["ActorRow", "MergeResult", "actor_ids", "actors", "find_actor", "merge_actors"]


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


def _named(store: Store, name: str) -> list[str]:
    """IRIs of actors with a label or alias ``name`` (any case), by their kg:nameKey."""
    return sorted({str(row["actor"]) for row in store.canned("find_actor", {"key": literal(name_key(name))})})


def actor_ids(source: Source, name: str) -> list[URIRef]:
    """Return the IRIs of actors labelled or aliased ``name``; raise with a hint if none."""
    found = [URIRef(i) for i in _named(as_store(source), name)]
    if found:
        return found
    names = sorted({label for actor in find_actor(source, None) for label in
                    (actor.label, *actor.aliases)})
    close = difflib.get_close_matches(name, names, n=5, cutoff=0.5)
    if not close:
        close = [n for n in names if name.lower() in n.lower() or n.lower() in name.lower()][:5]
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else (
        "; list the actors with `kg actors` or check the spelling")
    raise UnknownActorError(f"no actor is named {name!r}{hint}")


def find_actor(source: Source, name: str | None) -> list[ActorRow]:
    """Return the actors labelled or aliased ``name`` (case-insensitive); all if None."""
    store = as_store(source)
    if name is None:
        rows = store.canned("actors")
    else:
        wanted = _named(store, name)
        rows = []
        for batch in chunks(wanted, 300):
            rows += store.canned("actors", tables=[(("actor",), [(iri(a),) for a in batch])])
    actors: dict[str, dict[str, Any]] = {}
    for row in rows:
        entry = actors.setdefault(str(row["actor"]), {
            "label": str(row["label"]), "kind": str_or_none(row["kind"]), "country": str_or_none(row["country"]),
            "code": str_or_none(row["code"]), "wikidata": str_or_none(row["wikidata"]), "aliases": set()})
        if row["alias"] is not None:
            entry["aliases"].add(str(row["alias"]))
    return [
        ActorRow(
            id=node,
            label=entry["label"],
            kind=ActorKind(entry["kind"]) if entry["kind"] in set(ActorKind) else None,
            country=entry["country"],
            code=entry["code"],
            wikidata=entry["wikidata"].rsplit("/", 1)[-1] if entry["wikidata"] else None,
            aliases=tuple(sorted(entry["aliases"])),
        )
        for node, entry in sorted(actors.items(), key=lambda item: (item[1]["label"], item[0]))
    ]


def actors(source: Source) -> list[ActorRow]:
    """Every actor with its aliases, kind, code and how often and where it is mentioned."""
    store = as_store(source)
    counts = {str(row["actor"]): (int_or_none(row["mentions"]) or 0, int_or_none(row["articles"]) or 0)
              for row in store.canned("actor_counts")}
    rows = []
    for row in find_actor(store, None):
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
    found = actor_ids(source, name)
    if len(found) > 1:
        ids = ", ".join(actor_id_of(str(i)) or str(i) for i in found)
        raise UnknownActorError(f"{name!r} names several actors ({ids}); use a more specific name")
    return found[0]
