"""Actor identity across articles, decided so that build order never matters.

Two rules keep a store the same whatever order its articles arrive in:

* **Descriptions join.** The shared description of an actor is the *join*
  of every description any article gave it: the preferred name is the best
  of all names given (more capitalised words, then shorter, then
  alphabetical), every other name is an alias, a property once known stays
  known, and where articles disagree a fixed preference picks one value
  (see :func:`join_actors`). Joining is commutative, associative and
  idempotent, so any order of articles, and any rebuild, gives one result.
* **A renamed actor lends only its names.** When an actor is resolved into
  another (a one-word "Putin" into the one stored "Vladimir Putin", or a
  manual ``kg merge-actors``), its names become aliases of the actor it is
  resolved into; its kind, country, code and Wikidata id are not used, so
  the kept actor's own description decides.

A one-word person or organisation name resolves into the one actor of the
same kind whose name ends (people) or starts (organisations) with it, among
every actor known at the time: if several match, it stays itself (merge it
by hand). The same rule runs both ways: an article bringing "Vladimir Putin"
absorbs a stored "Putin", and an article bringing "Putin" is resolved to a
stored "Vladimir Putin".
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from kg.graph.actors import name_part
from kg.model import Actor, ActorKind, Extraction, Mention

__all__ = ["Contribution", "best_name", "join_actors", "lend_names", "name_part", "names_match", "resolve_extraction"]

_SHORT_NAME_KINDS = frozenset({ActorKind.PERSON, ActorKind.ORGANIZATION})
_KIND_ORDER = {kind: index for index, kind in enumerate(ActorKind)}


def _name_key(name: str) -> tuple[int, int, str]:
    # "Chinese Foreign Ministry" beats "Chinese foreign ministry"; "UK
    # Parliament" beats "UK Parliaments".
    capitalised = sum(1 for word in name.split() if word[:1].isupper())
    return (-capitalised, len(name), name)


def best_name(names: Iterable[str]) -> str:
    """The preferred name among ``names``: a fixed total order, so the choice never depends on order."""
    return min(names, key=_name_key)


def _pick(values: Iterable[str | None], key: object = None) -> str | None:
    known = [value for value in values if value]
    if not known:
        return None
    return min(known, key=key) if key is not None else min(known)  # type: ignore[call-overload]


def join_actors(first: Actor | None, second: Actor) -> Actor:
    """Join two descriptions of one actor (same id); order does not matter.

    Example:
        >>> a = Actor("x", "Kestrel dynamics", ActorKind.ORGANIZATION, country="VLD")
        >>> b = Actor("x", "Kestrel Dynamics", ActorKind.ORGANIZATION, code="VLDBUS")
        >>> join_actors(a, b) == join_actors(b, a)
        True
        >>> joined = join_actors(a, b)
        >>> joined.name, joined.aliases, joined.country, joined.code
        ('Kestrel Dynamics', ('Kestrel dynamics',), 'VLD', 'VLDBUS')
    """
    if first is None:
        return join_actors(second, second)
    names = {first.name, second.name}
    name = best_name(names)
    aliases = tuple(sorted(({*first.aliases, *second.aliases} | names) - {name}))
    return Actor(
        id=second.id,
        name=name,
        kind=min((first.kind, second.kind), key=_KIND_ORDER.__getitem__),
        country=_pick((first.country, second.country)),
        # The longer CAMEO code is the more specific one ("USAGOV" over "USA").
        code=_pick((first.code, second.code), key=lambda code: (-len(code), code)),
        wikidata=_pick((first.wikidata, second.wikidata), key=lambda q: (len(q), q)),
        aliases=aliases,
    )


def lend_names(actor: Actor, names: Iterable[str]) -> Actor:
    """Add ``names`` (of an actor resolved into this one) as aliases."""
    aliases = tuple(sorted(({*actor.aliases, *names}) - {actor.name}))
    return dataclasses.replace(actor, aliases=aliases)


def names_match(short: Actor, full: Actor) -> bool:
    """True when the one-word ``short`` may be ``full`` (same kind, the word matches)."""
    part = name_part(full)
    return (short.kind is full.kind and len(short.name.split()) == 1 and part is not None
            and part.casefold() == short.name.casefold())


def is_short(actor: Actor) -> bool:
    """True for a one-word person or organisation name, which may resolve into a full name."""
    return actor.kind in _SHORT_NAME_KINDS and len(actor.name.split()) == 1


@dataclass(frozen=True)
class Contribution:
    """What one article says about one actor of the store.

    Attributes:
        own: the article's own description of the actor, if it has one.
        lent: names of the article's actors resolved into this one.
    """

    own: Actor | None = None
    lent: frozenset[str] = field(default_factory=frozenset)


def resolve_extraction(extraction: Extraction, mapping: Mapping[str, str],
                       names: Mapping[str, str]) -> tuple[Extraction, dict[str, Contribution]]:
    """Rewrite actor references by ``mapping`` (id -> id it resolves into).

    Args:
        extraction: one article's extraction.
        mapping: actor ids that resolve into others (chains are followed).
        names: the stored name of each id resolved into, for actors the
            article itself does not describe.

    Returns:
        The extraction with every reference resolved (one actor per
        resolved id, relations that became self-loops dropped), and each
        resolved actor's contribution.
    """

    def key(actor_id: str) -> str:
        seen: set[str] = set()
        while actor_id in mapping and actor_id not in seen:
            seen.add(actor_id)
            actor_id = mapping[actor_id]
        return actor_id

    own: dict[str, Actor] = {}
    lent: dict[str, set[str]] = {}
    for actor in extraction.actors:
        target = key(actor.id)
        if target == actor.id:
            own[target] = join_actors(own.get(target), actor)
        else:
            lent.setdefault(target, set()).update({actor.name, *actor.aliases})
    contributions = {actor_id: Contribution(own.get(actor_id), frozenset(lent.get(actor_id, ())))
                     for actor_id in {*own, *lent}}
    actors = []
    for actor_id, contribution in sorted(contributions.items()):
        if contribution.own is not None:
            actors.append(contribution.own)
            continue
        # Described by the store; the stand-in only satisfies the graph's checks.
        donor = next(a for a in extraction.actors if key(a.id) == actor_id)
        actors.append(dataclasses.replace(donor, id=actor_id, name=names.get(actor_id, donor.name), aliases=()))

    def ref(actor_id: str | None) -> str | None:
        return None if actor_id is None else key(actor_id)

    events = tuple(dataclasses.replace(e, source=ref(e.source), target=ref(e.target), attributed_to=ref(e.attributed_to))
                   for e in extraction.events)
    relations = tuple(dict.fromkeys(
        dataclasses.replace(r, subject=key(r.subject), object=key(r.object))
        for r in extraction.relations if key(r.subject) != key(r.object)
    ))
    mentions = tuple(Mention(m.span, key(m.actor_id)) for m in extraction.mentions)
    resolved = dataclasses.replace(extraction, actors=tuple(actors), events=events, relations=relations, mentions=mentions)
    return resolved, contributions
