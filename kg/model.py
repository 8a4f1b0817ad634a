"""The data model every step shares: frozen dataclasses and closed enums.

Stand-off annotation in the manner of spaCy: a :class:`Span` is a pair of
character offsets into the one :attr:`Article.text`, never a copied string,
so every extracted fact keeps its provenance.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class DatePrecision(StrEnum):
    """The granularity a time expression really has (the graph never claims more)."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    UNKNOWN = "unknown"


class TimexType(StrEnum):
    """TIMEX3 types."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class TimeAnchor(StrEnum):
    """Where an event's time comes from."""

    EXPLICIT = "explicit"  # a time expression of the event's own clause
    DISCOURSE = "discourse"  # inherited from a nearby expression
    PUBLICATION = "publication"  # from the publication date only: bounded by it, or on it (the story date)
    NONE = "none"


class ActorKind(StrEnum):
    """Kinds of actor, as in the extraction contract."""

    PERSON = "PERSON"
    ORGANIZATION = "ORGANIZATION"
    GOVERNMENT = "GOVERNMENT"
    COUNTRY = "COUNTRY"
    IGO = "IGO"
    NGO = "NGO"
    GROUP = "GROUP"
    LOCATION = "LOCATION"
    MILITARY = "MILITARY"
    REBEL = "REBEL"
    MEDIA = "MEDIA"
    OTHER = "OTHER"


class Modality(StrEnum):
    """How the text presents an event."""

    ASSERTED = "asserted"
    REPORTED = "reported"
    ALLEGED = "alleged"
    DENIED = "denied"
    PLANNED = "planned"
    CONDITIONAL = "conditional"
    NEGATED = "negated"
    HYPOTHETICAL = "hypothetical"


class RelationKind(StrEnum):
    """Typed, untimed relations between actors."""

    SPOKESPERSON_OF = "spokesperson_of"
    LEADER_OF = "leader_of"
    MINISTER_OF = "minister_of"
    MEMBER_OF = "member_of"
    PART_OF = "part_of"
    AFFILIATED_WITH = "affiliated_with"
    LOCATED_IN = "located_in"
    BASED_IN = "based_in"
    CITIZEN_OF = "citizen_of"
    OWNED_BY = "owned_by"
    ALLY_OF = "ally_of"
    OTHER = "other"


@dataclass(frozen=True, order=True)
class Span:
    """Half-open character range ``[start, end)`` into an article's text."""

    start: int
    end: int

    def text(self, source: str) -> str:
        """Return the covered substring of ``source``."""
        return source[self.start : self.end]


@dataclass(frozen=True)
class Article:
    """One news article: metadata plus the cleaned body all offsets point into.

    ``paragraphs`` are spans of ``text``; sentence splitting happens per
    paragraph so a headline or byline never runs into the lead sentence.
    """

    id: str
    text: str
    paragraphs: tuple[Span, ...]
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    section: str | None = None
    url: str | None = None
    path: str | None = None
    #: The dateline of the metadata ("LIMA, May 3"): where the story was filed.
    dateline: str | None = None


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article (offsets into ``Article.text``)."""

    span: Span
    paragraph: int


@dataclass(frozen=True)
class Timex:
    """A normalised TIMEX3 expression with the interval of days it covers.

    ``earliest``/``latest`` are inclusive day bounds (``None`` when the
    expression is a duration, a set, or unanchored); ``value`` keeps the
    expression's own granularity ("2019-09", "2019-W40", "PAST_REF", "P3D").
    """

    span: Span
    type: TimexType
    value: str
    precision: DatePrecision
    mod: str | None = None
    earliest: dt.date | None = None
    latest: dt.date | None = None
    quant: str | None = None
    freq: str | None = None


@dataclass(frozen=True)
class EventTime:
    """When an event happened, as honestly as the text allows."""

    earliest: dt.date | None
    latest: dt.date | None
    precision: DatePrecision
    anchor: TimeAnchor
    text: str | None = None
    value: str | None = None
    mod: str | None = None


@dataclass(frozen=True)
class Actor:
    """A canonical actor. ``id`` is a stable key shared by every article."""

    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    code: str | None = None
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()

    @property
    def placed(self) -> bool:
        """Whether the actor has a country or a code of its own (CAMEO's unknown country "---MIL" is none)."""
        return bool(self.country or (self.code and not self.code.startswith("---")))


@dataclass(frozen=True)
class Mention:
    """One surface mention of an actor in the text."""

    span: Span
    actor_id: str


@dataclass(frozen=True)
class Event:
    """Who did what to whom, when, as the text presents it.

    ``reported_by`` names the event id of the speech act that reports this
    one (a claim's content), ``denies`` the event id of the claim a denial
    rejects.
    """

    id: str
    trigger: Span
    cameo: str
    sentence: Span
    time: EventTime
    modality: Modality
    type: str | None = None
    source: str | None = None
    target: str | None = None
    attributed_to: str | None = None
    reported_by: str | None = None
    denies: str | None = None
    confidence: float | None = None


@dataclass(frozen=True)
class Relation:
    """A typed relation between two actors, with its sentence as provenance."""

    subject: str
    predicate: RelationKind
    object: str
    sentence: Span | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one article."""

    article: Article
    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    relations: tuple[Relation, ...] = ()
    timexes: tuple[Timex, ...] = ()
    sentences: tuple[Sentence, ...] = field(default=(), compare=False)

    def actor(self, actor_id: str) -> Actor | None:
        """Return the actor with ``actor_id``, if it is part of this extraction."""
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        return None
