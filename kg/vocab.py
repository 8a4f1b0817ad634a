"""RDF vocabulary: the closed ``KG`` namespace, prefixes, IRI minting, ontology files.

Python code reaches kg terms only through :class:`KG` (a closed rdflib
``DefinedNamespace``), so a typo raises ``AttributeError`` instead of minting a
new IRI. ``tests/test_vocab.py`` checks that :class:`KG` and ``ontology/kg.ttl``
declare the same terms. This is the only module that knows where the ontology
files live.
"""

from __future__ import annotations

import importlib.resources
import pathlib
import re
from urllib.parse import quote, unquote

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD, DefinedNamespace

from kg.errors import OntologyError
from kg.model import ActorKind, DatePrecision, Modality, RelationKind

__all__ = [
    "CAMEO",
    "CAMEO_SCHEME",
    "ID",
    "KG",
    "KIND_CLASSES",
    "MODALITY_TERMS",
    "PRECISION_UNITS",
    "PREFIXES",
    "RELATION_PROPERTIES",
    "SEM",
    "actor_id_of",
    "actors_graph_iri",
    "article_id_of",
    "cameo_graph_iri",
    "has_query",
    "mint_iri",
    "ontology_path",
    "query_text",
    "relation_key_of",
    "summary_graph_iri",
]

#: Base of every instance IRI.
ID = Namespace("https://w3id.org/kg-events/id/")
#: CAMEO event codes: ``CAMEO["163"]``.
CAMEO = Namespace("https://w3id.org/kg-events/cameo/")
#: The CAMEO concept scheme.
CAMEO_SCHEME = URIRef("https://w3id.org/kg-events/cameo")


class KG(DefinedNamespace):
    """The kg ontology (``ontology/kg.ttl``), closed: unknown names raise."""

    _fail = True
    _NS = Namespace("https://w3id.org/kg-events/ontology#")

    # Classes
    Event: URIRef
    Actor: URIRef
    Person: URIRef
    Organization: URIRef
    Government: URIRef
    Country: URIRef
    IntergovernmentalOrganization: URIRef
    NonGovernmentalOrganization: URIRef
    Group: URIRef
    Location: URIRef
    Military: URIRef
    Rebel: URIRef
    Media: URIRef
    OtherActor: URIRef
    Article: URIRef
    Sentence: URIRef
    Mention: URIRef
    Claim: URIRef
    RelationStatement: URIRef
    Modality: URIRef
    # Modality values
    ModalityScheme: URIRef
    Asserted: URIRef
    Reported: URIRef
    Alleged: URIRef
    Denied: URIRef
    Planned: URIRef
    Conditional: URIRef
    Negated: URIRef
    Hypothetical: URIRef
    # Temporal units beyond OWL-Time's
    unitQuarter: URIRef
    unitSeason: URIRef
    unitDecade: URIRef
    unitCentury: URIRef
    # Event properties
    source: URIRef
    target: URIRef
    trigger: URIRef
    triggerBegin: URIRef
    triggerEnd: URIRef
    sentence: URIRef
    modality: URIRef
    attributedTo: URIRef
    reportedBy: URIRef
    denies: URIRef
    plover: URIRef
    goldstein: URIRef
    confidence: URIRef
    timeText: URIRef
    timeValue: URIRef
    timeMod: URIRef
    timeAnchor: URIRef
    precision: URIRef
    # The day index of events (timeline, date windows) and of actors
    day: URIRef
    ongoingOn: URIRef
    timeOpen: URIRef
    activeOn: URIRef
    actedOn: URIRef
    # Claims
    content: URIRef
    assertedBy: URIRef
    deniedBy: URIRef
    reportedIn: URIRef
    deniedIn: URIRef
    # Actors
    kind: URIRef
    country: URIRef
    cameoCode: URIRef
    refersTo: URIRef
    mergedInto: URIRef
    nameKey: URIRef
    namePart: URIRef
    # Articles, sentences, mentions
    articleId: URIRef
    publisher: URIRef
    section: URIRef
    url: URIRef
    inArticle: URIRef
    beginIndex: URIRef
    endIndex: URIRef
    text: URIRef
    # Relations
    relatedTo: URIRef
    spokespersonOf: URIRef
    leaderOf: URIRef
    ministerOf: URIRef
    memberOf: URIRef
    partOf: URIRef
    affiliatedWith: URIRef
    locatedIn: URIRef
    basedIn: URIRef
    citizenOf: URIRef
    ownedBy: URIRef
    allyOf: URIRef
    # The store's summary graph
    Summary: URIRef
    articleCount: URIRef
    eventCount: URIRef
    actorCount: URIRef
    relationCount: URIRef
    claimCount: URIRef
    quadCount: URIRef
    openCount: URIRef
    month: URIRef
    # Resumable builds
    contentHash: URIRef


class SEM(DefinedNamespace):
    """The Simple Event Model terms kg reuses (closed to those)."""

    _fail = True
    _NS = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")

    Event: URIRef
    Actor: URIRef
    hasActor: URIRef
    eventType: URIRef
    hasEarliestBeginTimeStamp: URIRef
    hasLatestEndTimeStamp: URIRef


#: Prefix -> namespace, bound on every graph kg writes.
PREFIXES: dict[str, str] = {
    "kg": str(KG._NS),
    "kgid": str(ID),
    "cameo": str(CAMEO),
    "sem": str(SEM._NS),
    "time": str(TIME._NS),
    "prov": str(PROV._NS),
    "skos": str(SKOS._NS),
    "dcterms": str(DCTERMS._NS),
    "owl": str(OWL._NS),
    "rdf": str(RDF._NS),
    "rdfs": str(RDFS._NS),
    "xsd": str(XSD._NS),
}

MODALITY_TERMS: dict[Modality, URIRef] = {
    Modality.ASSERTED: KG.Asserted,
    Modality.REPORTED: KG.Reported,
    Modality.ALLEGED: KG.Alleged,
    Modality.DENIED: KG.Denied,
    Modality.PLANNED: KG.Planned,
    Modality.CONDITIONAL: KG.Conditional,
    Modality.NEGATED: KG.Negated,
    Modality.HYPOTHETICAL: KG.Hypothetical,
}

KIND_CLASSES: dict[ActorKind, URIRef] = {
    ActorKind.PERSON: KG.Person,
    ActorKind.ORGANIZATION: KG.Organization,
    ActorKind.GOVERNMENT: KG.Government,
    ActorKind.COUNTRY: KG.Country,
    ActorKind.IGO: KG.IntergovernmentalOrganization,
    ActorKind.NGO: KG.NonGovernmentalOrganization,
    ActorKind.GROUP: KG.Group,
    ActorKind.LOCATION: KG.Location,
    ActorKind.MILITARY: KG.Military,
    ActorKind.REBEL: KG.Rebel,
    ActorKind.MEDIA: KG.Media,
    ActorKind.OTHER: KG.OtherActor,
}

RELATION_PROPERTIES: dict[RelationKind, URIRef] = {
    RelationKind.SPOKESPERSON_OF: KG.spokespersonOf,
    RelationKind.LEADER_OF: KG.leaderOf,
    RelationKind.MINISTER_OF: KG.ministerOf,
    RelationKind.MEMBER_OF: KG.memberOf,
    RelationKind.PART_OF: KG.partOf,
    RelationKind.AFFILIATED_WITH: KG.affiliatedWith,
    RelationKind.LOCATED_IN: KG.locatedIn,
    RelationKind.BASED_IN: KG.basedIn,
    RelationKind.CITIZEN_OF: KG.citizenOf,
    RelationKind.OWNED_BY: KG.ownedBy,
    RelationKind.ALLY_OF: KG.allyOf,
    RelationKind.OTHER: KG.relatedTo,
}

# DatePrecision.UNKNOWN has no unit: the graph then states no precision at all.
PRECISION_UNITS: dict[DatePrecision, URIRef] = {
    DatePrecision.DAY: TIME.unitDay,
    DatePrecision.WEEK: TIME.unitWeek,
    DatePrecision.MONTH: TIME.unitMonth,
    DatePrecision.QUARTER: KG.unitQuarter,
    DatePrecision.SEASON: KG.unitSeason,
    DatePrecision.YEAR: TIME.unitYear,
    DatePrecision.DECADE: KG.unitDecade,
    DatePrecision.CENTURY: KG.unitCentury,
}

#: The kinds of thing :func:`mint_iri` names; one path segment each.
IRI_KINDS = frozenset(
    {"article", "actor", "event", "sentence", "mention", "claim", "relation", "time", "graph"}
)

_SAFE = "-._~"


def mint_iri(kind: str, *keys: str) -> URIRef:
    """Mint the IRI of a ``kind`` of thing from its stable keys.

    Keys are percent-encoded (RFC 3986 unreserved characters are kept), so
    distinct keys always give distinct IRIs and the same keys the same IRI:
    no uuid, no timestamp.

    Args:
        kind: one of ``article, actor, event, sentence, mention, claim,
            relation, time, graph``.
        *keys: stable keys, e.g. an article id and an offset range "12-80".

    Returns:
        ``https://w3id.org/kg-events/id/<kind>/<key>/<key>...``

    Raises:
        ValueError: for an unknown kind, no keys, or an empty key.

    Example:
        >>> mint_iri("sentence", "a1", "0-42")
        rdflib.term.URIRef('https://w3id.org/kg-events/id/sentence/a1/0-42')
    """
    if kind not in IRI_KINDS:
        raise ValueError(f"unknown IRI kind {kind!r}; expected one of {sorted(IRI_KINDS)}")
    if not keys or any(not key for key in keys):
        raise ValueError(f"mint_iri({kind!r}) needs non-empty keys, got {keys!r}")
    return ID[kind + "/" + "/".join(quote(key, safe=_SAFE) for key in keys)]


def span_key(start: int, end: int) -> str:
    """Return the IRI key of a character range: ``"12-80"``."""
    return f"{start}-{end}"


def actors_graph_iri() -> URIRef:
    """Return the named graph that holds the shared actor descriptions."""
    return mint_iri("graph", "actors")


def merges_graph_iri() -> URIRef:
    """Return the named graph that records manual actor merges."""
    return mint_iri("graph", "merges")


def actor_id_of(iri: str) -> str | None:
    """The actor id an actor IRI was minted from, or None for another IRI."""
    from urllib.parse import unquote

    prefix = str(mint_iri("actor", "x"))[:-1]
    return unquote(iri[len(prefix):]) if iri.startswith(prefix) else None


_RELATION_PREFIX = str(ID) + "relation/"


def relation_key_of(iri: str) -> tuple[str, str, str, str] | None:
    """The keys a relation statement IRI was minted from, or None for another IRI.

    Returns:
        (article id, subject actor id, relation kind, object actor id).
    """
    if not iri.startswith(_RELATION_PREFIX):
        return None
    # Most keys need no unquoting (a relations question reads thousands).
    keys = [unquote(part) if "%" in part else part for part in iri[len(_RELATION_PREFIX):].split("/")]
    if len(keys) != 4 or not all(keys):
        return None
    return keys[0], keys[1], keys[2], keys[3]


def cameo_graph_iri() -> URIRef:
    """Return the named graph that holds the CAMEO concepts in use."""
    return mint_iri("graph", "cameo")


def summary_graph_iri() -> URIRef:
    """Return the named graph (and node) that holds the store's counts."""
    return mint_iri("graph", "summary")


def article_id_of(iri: str) -> str | None:
    """The article id an article IRI (the name of its graph) was minted from, or None."""
    from urllib.parse import unquote

    prefix = str(mint_iri("article", "x"))[:-1]
    return unquote(iri[len(prefix):]) if iri.startswith(prefix) else None


_NAME = re.compile(r"^[A-Za-z0-9_.-]+\.(ttl|rq)$")


def ontology_path(name: str) -> pathlib.Path:
    """Return the path of a file shipped in ``kg/ontology`` (``kg.ttl``, ``shapes.ttl``...).

    Works from a checkout (``kg/ontology`` is a symlink to ``ontology/``) and
    from an installed wheel, where the files are package data.

    Raises:
        OntologyError: if the file is not there.
    """
    if not _NAME.match(name):
        raise OntologyError(f"not an ontology file name: {name!r}")
    resource = importlib.resources.files("kg").joinpath("ontology", name)
    path = pathlib.Path(str(resource))
    if not path.is_file():
        raise OntologyError(
            f"ontology file {name!r} not found at {path}; reinstall kg or check that "
            "kg/ontology points to the ontology/ folder"
        )
    return path


def has_query(name: str) -> bool:
    """True when ``kg/queries/<name>.rq`` is shipped."""
    return bool(re.match(r"^[a-z_]+$", name)) and importlib.resources.files("kg").joinpath("queries", f"{name}.rq").is_file()


def query_text(name: str) -> str:
    """Return the text of the canned SPARQL query ``kg/queries/<name>.rq``.

    Raises:
        OntologyError: if the query file is not shipped.
    """
    if not re.match(r"^[a-z_]+$", name):
        raise OntologyError(f"not a query name: {name!r}")
    resource = importlib.resources.files("kg").joinpath("queries", f"{name}.rq")
    try:
        return resource.read_text(encoding="utf-8")
    except OSError as exc:
        raise OntologyError(f"canned query {name!r} is missing from kg/queries") from exc
