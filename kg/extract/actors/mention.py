"""The actor record of the actors stage: one phrase and what it denotes, before mentions merge.

The phrase finder (:mod:`kg.extract.actors.phrases`) makes one
:class:`ProtoMention` per actor phrase; the article passes
(:mod:`kg.extract.actors.findings`) resolve, recode or drop them; the merge
step turns them into :class:`~kg.model.Actor` and :class:`~kg.model.Mention`.
``via`` says how the phrase was read, which later passes read back.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from kg.model import ActorKind, Span

__all__ = ["ProtoMention", "Via"]


class Via(StrEnum):
    """How a mention was found or resolved (what the later passes read)."""

    #: A named entity read as such ("Acme Mining", "Luis Ortega").
    ENTITY = "entity"
    #: A gazetteer name: a country, an organisation ("Peru", "the World Bank").
    GAZETTEER = "gazetteer"
    #: A nationality or country modifier ("the Peruvian reply"): names a country, says little about the story.
    ADJECTIVE = "adjective"
    #: A capital acting for its government ("Lima protested").
    METONYMY = "metonymy"
    #: A seat of government ("the Casa Rosada said").
    SEAT = "seat"
    #: A national body ("the Foreign Ministry", "Peruvian police").
    BODY = "body"
    #: People or units speaking for a body or country ("Peruvian officials", "UN experts").
    AGENT = "agent"
    #: A government folded into its country (capitals and officials speak for the country).
    FOLDED = "folded"
    #: A pronoun ("he", "its"): an actor once resolved.
    PRONOUN = "pronoun"
    #: A definite description ("the company", "the country"): an actor once resolved.
    DESCRIPTION = "description"
    #: A country's government named by a description with its nationality ("the Peruvian government").
    NATIONAL_GOVERNMENT = "national-government"
    #: "the government" with no nationality: the nearest earlier government's, else the story country's.
    BARE_GOVERNMENT = "bare-government"
    #: An unnamed group with a nationality or sector ("Peruvian students", "protesters").
    GROUP = "group"
    #: A definite group with a nationality ("the Peruvian companies"): may name an earlier group.
    GROUP_DEFINITE = "group-definite"
    #: A part of an earlier, longer name ("Ortega" after "Luis Ortega"; an acronym after its name).
    NAME_PART = "name-part"
    #: A body owned by a possessive pronoun ("its forces"): whose, once the pronoun's country is known.
    POSSESSED = "possessed"
    #: A named document ("the Lima Accord"): no actor, kept so that its acronym is known.
    DOCUMENT = "document"
    #: A leader's government ("the Ortega administration"): its country comes from the leader.
    LEADER_BODY = "leader-body"


@dataclass(frozen=True)
class ProtoMention:
    """A resolved mention before merging: what the phrase denotes.

    ``span``, ``para``, ``head`` and ``tokens`` say where the phrase is;
    ``key`` is the actor id it resolves to ("" while unresolved); ``surface``
    is the phrase as written (an alias of the actor).
    """

    span: Span
    para: int
    head: int
    tokens: tuple[int, ...]
    kind: ActorKind
    name: str
    key: str
    country: str | None = None
    code: str | None = None
    wikidata: str | None = None
    surface: str = ""
    via: Via = Via.ENTITY
    role: str | None = None

    def standing_at(self, place: ProtoMention, via: Via) -> ProtoMention:
        """This mention's actor, found at ``place`` instead ("he" -> the person he refers to)."""
        return replace(self, span=place.span, para=place.para, head=place.head, tokens=place.tokens, surface=place.surface, via=via)
