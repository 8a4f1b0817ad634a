"""Shared state of one relation search: found relations, role claims, implied actors, the article's home countries."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.extract.actors.findings import ActorFindings, actor_key_of_country, government_name, slugify
from kg.extract.actors.gazetteer import BodyEntry, CountryEntry, Gazetteer, RoleEntry
from kg.model import Actor, ActorKind, RelationKind, Span
from kg.nlp import ParsedParagraph

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True)
class MentionSite:
    """One mention the per-mention passes read: its phrase head, paragraph, actor and sentence.

    ``person`` says whether the person passes (titles, family) read it: a
    person, a PERSON entity, or a name the gazetteer does not know that may
    be a misread person.
    """

    token: Token
    para: int
    actor: Actor
    sentence: Span
    person: bool


@dataclass(frozen=True)
class RoleClaim:
    """A title held by a person, with what the text says about whom it serves.

    ``rule`` names the pass that read it: the relation it yields counts for
    that pass.
    """

    person: str
    role: RoleEntry | None
    kind: RelationKind
    sentence: Span
    rule: str
    holder: str | None = None
    counterpart_of: str | None = None
    country: str | None = None


@dataclass
class RelationContext:
    """What the passes of one article share: actors, the gazetteer, and what was found so far.

    ``found`` maps each relation to the sentence that first stated it;
    ``claims`` collects the titles read next to names, resolved into
    relations once every mention is read; ``extra`` holds the actors the
    relations needed that the text never names.
    """

    parsed: Sequence[ParsedParagraph]
    actors: ActorFindings
    gazetteer: Gazetteer
    by_id: dict[str, Actor] = field(default_factory=dict)
    found: dict[tuple[str, RelationKind, str], Span | None] = field(default_factory=dict)
    extra: dict[str, Actor] = field(default_factory=dict)
    home: list[str] = field(default_factory=list)
    claims: list[RoleClaim] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.by_id = {a.id: a for a in self.actors.actors}
        self.home = home_countries(self.actors)

    def actor(self, actor_id: str) -> Actor | None:
        """A mentioned or implied actor."""
        return self.by_id.get(actor_id) or self.extra.get(actor_id)

    def add(self, subject: str, kind: RelationKind, obj: str | None, sentence: Span | None) -> bool:
        """Record a relation (the first sentence that states it is kept); whether it is new."""
        if obj is None or subject == obj or (subject, kind, obj) in self.found:
            return False
        self.found[(subject, kind, obj)] = sentence
        return True

    def country_actor(self, iso3: str) -> str | None:
        """The actor id of a country, implied from the gazetteer when the text never names it."""
        key = actor_key_of_country(iso3)
        if key in self.by_id or key in self.extra:
            return key
        entry = self.gazetteer.country(iso3)
        if entry is None:
            return None
        self.extra[key] = Actor(key, entry.name, ActorKind.COUNTRY, entry.iso3, entry.iso3, entry.wikidata, ())
        return key

    def organization_actor(self, key: str) -> str | None:
        """The actor id of a gazetteer organisation, implied when the text names it only inside another phrase."""
        if key in self.by_id or key in self.extra:
            return key
        entry = next((o for o in self.gazetteer.organizations if o.key == key), None)
        if entry is None:
            return None
        self.extra[key] = Actor(key, entry.name, entry.kind, entry.country, entry.code, entry.wikidata, ())
        return key

    def government_of(self, iso3: str) -> str | None:
        """The id of a country's government actor, if the text mentions it."""
        key = f"{iso3.lower()}-government"
        return key if key in self.by_id else None

    def body_actor(self, body: BodyEntry, country: CountryEntry) -> str:
        """A national body named only inside a title ("Chinese foreign ministry spokesperson")."""
        key = f"{country.iso3.lower()}-{body.key}"
        if key not in self.by_id and key not in self.extra:
            short = government_name(country).removesuffix(" government")
            self.extra[key] = Actor(key, f"{short} {body.name}", body.kind, country.iso3, country.iso3 + body.sector, None, ())
        return key

    def place_actor(self, name: str, country: str | None = None) -> str:
        """A place that is the object of located_in but no actor of its own ("in Paris"), in ``country`` when known."""
        key = slugify(name)
        for actor in (*self.by_id.values(), *self.extra.values()):
            if actor.id == key and actor.kind in {ActorKind.LOCATION, ActorKind.COUNTRY}:
                return key
        key = key if key not in self.by_id else f"{key}-place"
        if key not in self.extra:
            self.extra[key] = Actor(key, name, ActorKind.LOCATION, country, country, None, (name,))
        return key


def home_countries(actors: ActorFindings) -> list[str]:
    """The article's countries by weight: how often actors of each country are mentioned.

    The first country-coded mention (the dateline or lead subject) counts
    extra. Office holders and national bodies the text does not qualify
    ("Foreign Minister X", "the National Assembly") belong to the first.
    """
    country_of = {a.id: a.country for a in actors.actors if a.country}
    weight: Counter[str] = Counter()
    first: str | None = None
    for mention in sorted(actors.mentions, key=lambda m: m.span.start):
        iso3 = country_of.get(mention.actor_id)
        if iso3:
            weight[iso3] += 1
            first = first or iso3
    if first:
        weight[first] += 3
    return [iso3 for iso3, _ in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))]
