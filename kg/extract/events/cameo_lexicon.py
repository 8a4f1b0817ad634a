"""The CAMEO codebook and pattern lexicon: data model and loading.

Two package data files drive the coder:

* ``kg/data/cameo.json``: the CAMEO 1.1b3 codebook (code, short label,
  Goldstein score, PLOVER category);
* ``kg/data/cameo_patterns.json``: verb and noun patterns over lemmas and
  dependency frames, plus *derivation families* that say how a matrix verb
  ("threaten to", "refuse to", "call for", "lift") turns the code of its
  complement into its own code ("threatened to attack" -> 1384).

:func:`load_cameo` reads both into a read-only :class:`CameoLexicon`, after
checking the patterns against their JSON Schema
(``kg/data/cameo_patterns.schema.json``: an unknown key is an error) and the
names the schema cannot check (codes, families, pattern ids); the matching
itself lives in :mod:`kg.extract.events.cameo_match`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from kg.errors import KgError
from kg.extract.events.cameo_schema import schema_errors


@dataclass(frozen=True)
class CameoConcept:
    """One CAMEO code of the codebook.

    Attributes:
        code: the code with its leading zero ("042", "1384").
        name: the codebook's short label.
        goldstein: Goldstein conflict-cooperation score, -10..10.
        plover: PLOVER category of the root ("CONSULT").
        root: the two-digit root ("04").
        parent: the code one level up ("138" for "1384"), ``None`` for a root.
    """

    code: str
    name: str
    goldstein: float
    plover: str
    root: str
    parent: str | None


@dataclass(frozen=True)
class CameoPattern:
    """A lexicon entry: lemmas plus the frame they must appear in.

    Attributes:
        id: stable identifier, reported in :class:`CameoMatch`.
        lemmas: head lemmas (lower case) the pattern fires on.
        code: the CAMEO code, or ``None`` when the pattern only codes through
            its complement (``light`` verbs, "lift", "refuse to").
        pos: ``"verb"`` or ``"noun"``.
        particle: required particle lemma ("crack *down*").
        objects: the object (dobj, passive subject) must have one of these lemmas.
        preps: a preposition with one of these lemmas must hang off the head.
        pobjs: ... and its object must have one of these lemmas.
        modifiers: (nouns) a compound or adjective modifier with one of these lemmas.
        object_class: the object must be "human", "place" or "thing".
        complement: name of a derivation family applied to the complement.
        light: the code comes from the object noun ("launched an attack").
        light_subject: (with ``light``) or from the subject noun ("the blast killed").
        reporting: a speech-act verb ("say"); the extractor treats it as attribution.
        negatable: whether a negation flags the match (always reported in ``negated``).
        event: ``False`` for content-only entries used inside complements
            ("reform", "corruption") that never stand as an event on their own.
        clausal: the verb must carry a clause as its content: a ``ccomp``
            ("protested that ...") or a main clause it trails ("..., the
            group protested").
        dissuasive: the verb must carry a negated infinitive ("warned X *not
            to* intervene"): telling somebody to refrain.
        negated_only: the verb counts only negated, and its negation
            affirms ("would *not hesitate* to use force", "did *not rule
            out* strikes"): readiness, a conditional threat.
        needs_clause: the verb counts only with an infinitive or clause
            ("directed the army *to withdraw*", not "directed the film").
        predicative: the verb's object must have a predicate of its own
            ("called *the sanctions* economic war"): a characterization.
    """

    id: str
    lemmas: frozenset[str]
    code: str | None
    pos: str = "verb"
    particle: str | None = None
    objects: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()
    pobjs: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    object_class: str | None = None
    complement: str | None = None
    light: bool = False
    light_subject: bool = False
    reporting: bool = False
    negatable: bool = True
    event: bool = True
    clausal: bool = False
    dissuasive: bool = False
    negated_only: bool = False
    needs_clause: bool = False
    predicative: bool = False

    @property
    def specificity(self) -> int:
        """How many frame constraints the pattern has; more specific wins."""
        return sum(
            (
                self.particle is not None,
                bool(self.objects),
                bool(self.preps),
                bool(self.pobjs),
                bool(self.modifiers),
                self.object_class is not None,
                self.light,
                self.clausal,
                self.dissuasive,
                self.predicative,
            )
        )


@dataclass(frozen=True)
class DerivationFamily:
    """How a matrix predicate recodes its complement.

    ``mapping`` is looked up by the longest prefix of the complement's code
    ("0871" then "087" then "08"); ``fallback`` names another family tried
    next (intent to attack is a threat); ``default`` is the family's own code
    when the complement is there but not mapped.
    """

    name: str
    mapping: Mapping[str, str]
    default: str | None = None
    fallback: str | None = None


@dataclass(frozen=True)
class CameoMatch:
    """The code of one predicate.

    Attributes:
        code: CAMEO code.
        trigger_tokens: doc indices of the words that express the event, in order
            ("imposed sanctions", "threatened ... attack").
        concept: the codebook entry of ``code``.
        reporting: the predicate is a speech act carrying attribution ("said").
        pattern_id: the pattern (and derivation, after ``>``) that produced it.
        negated: the predicate is negated ("did not attack").
        base_code: the complement's own code when a matrix verb or a modal
            derived ``code`` from it, else ``None``.
        head: doc index of the coded predicate itself (the verb or noun passed in).
        readiness: a negation that affirms readiness ("would not hesitate
            to", "did not rule out"): a conditional act, not a negated one.
    """

    code: str
    trigger_tokens: tuple[int, ...]
    concept: CameoConcept
    reporting: bool
    pattern_id: str
    negated: bool
    base_code: str | None = None
    head: int = -1
    readiness: bool = False


@dataclass(frozen=True)
class CameoLexicon:
    """The codebook, the patterns and the derivation families, read-only."""

    concepts: Mapping[str, CameoConcept]
    verbs: Mapping[str, tuple[CameoPattern, ...]]
    nouns: Mapping[str, tuple[CameoPattern, ...]]
    families: Mapping[str, DerivationFamily]
    containers: frozenset[str]
    human_nouns: frozenset[str]
    place_nouns: frozenset[str]
    intent_adjectives: Mapping[str, str]

    def concept(self, code: str) -> CameoConcept:
        """Return the codebook entry of ``code``.

        Raises:
            KgError: when ``code`` is not a CAMEO 1.1b3 code.
        """
        try:
            return self.concepts[code]
        except KeyError:
            raise KgError(f"unknown CAMEO code {code!r}: expected a code of CAMEO 1.1b3") from None

    def patterns(self) -> Iterator[CameoPattern]:
        """Yield every pattern once (verbs first), in file order."""
        seen: set[str] = set()
        for table in (self.verbs, self.nouns):
            for entries in table.values():
                for pattern in entries:
                    if pattern.id not in seen:
                        seen.add(pattern.id)
                        yield pattern


def plover_of(code: str) -> str | None:
    """Return the PLOVER category of a CAMEO code, or ``None`` for an unknown code."""
    concept = load_cameo().concepts.get(code)
    return concept.plover if concept else None


@lru_cache(maxsize=1)
def load_cameo() -> CameoLexicon:
    """Load the codebook and the pattern lexicon shipped in ``kg.data``.

    Raises:
        KgError: when a data file is missing or malformed.
    """
    book = _read_json("cameo.json")
    lexicon = _read_json("cameo_patterns.json")
    errors = schema_errors(lexicon, _read_json(PATTERN_SCHEMA))
    if errors:
        more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
        raise KgError(f"kg/data/cameo_patterns.json does not follow kg/data/{PATTERN_SCHEMA}: {'; '.join(errors[:5])}{more}")
    try:
        built = _build_lexicon(book, lexicon)
    except (KeyError, TypeError, ValueError) as exc:
        raise KgError(f"malformed CAMEO data in kg/data: {exc}") from exc
    problems = _reference_errors(built)
    if problems:
        raise KgError(f"kg/data/cameo_patterns.json: {'; '.join(problems[:5])}")
    return built


def _read_json(name: str) -> dict[str, Any]:
    try:
        text = resources.files("kg.data").joinpath(name).read_text(encoding="utf-8")
        data = json.loads(text)
    except (OSError, ValueError) as exc:
        raise KgError(f"cannot read kg/data/{name}: {exc}; reinstall kg") from exc
    if not isinstance(data, dict):
        raise KgError(f"kg/data/{name} must hold a JSON object")
    return data


def _build_lexicon(book: dict[str, Any], lexicon: dict[str, Any]) -> CameoLexicon:
    concepts: dict[str, CameoConcept] = {}
    for entry in book["codes"]:
        code = str(entry["code"])
        concepts[code] = CameoConcept(
            code=code,
            name=str(entry["name"]),
            goldstein=float(entry["goldstein"]),
            plover=str(entry["plover"]),
            root=code[:2],
            parent=_parent(code),
        )
    verbs: dict[str, list[CameoPattern]] = {}
    nouns: dict[str, list[CameoPattern]] = {}
    for pos, table in (("verb", verbs), ("noun", nouns)):
        for raw in lexicon[pos + "s"]:
            pattern = _pattern(raw, pos)
            for lemma in sorted(pattern.lemmas):
                table.setdefault(lemma, []).append(pattern)
    families = {
        name: DerivationFamily(
            name=name,
            mapping=MappingProxyType(dict(spec["map"])),
            default=spec.get("default"),
            fallback=spec.get("fallback"),
        )
        for name, spec in lexicon["families"].items()
        if not name.startswith("_")
    }
    classes = lexicon["object_classes"]
    return CameoLexicon(
        concepts=MappingProxyType(concepts),
        verbs=MappingProxyType({k: tuple(v) for k, v in verbs.items()}),
        nouns=MappingProxyType({k: tuple(v) for k, v in nouns.items()}),
        families=MappingProxyType(families),
        containers=frozenset(lexicon["containers"]),
        human_nouns=frozenset(classes["human"]),
        place_nouns=frozenset(classes["place"]),
        intent_adjectives=MappingProxyType(dict(lexicon["adjectives"])),
    )


def _pattern(raw: dict[str, Any], pos: str) -> CameoPattern:
    lemmas = raw["lemma"]
    code = raw.get("code")
    return CameoPattern(
        id=str(raw["id"]),
        lemmas=frozenset([lemmas] if isinstance(lemmas, str) else lemmas),
        code=None if code is None else str(code),
        pos=pos,
        particle=raw.get("particle"),
        objects=frozenset(raw.get("object", ())),
        preps=frozenset(raw.get("prep", ())),
        pobjs=frozenset(raw.get("pobj", ())),
        modifiers=frozenset(raw.get("modifier", ())),
        object_class=raw.get("requires_object_class"),
        complement=raw.get("complement"),
        light=bool(raw.get("light", False)),
        light_subject=bool(raw.get("light_subject", False)),
        reporting=bool(raw.get("reporting", False)),
        negatable=bool(raw.get("negatable", True)),
        event=bool(raw.get("event", True)),
        clausal=bool(raw.get("clausal", False)),
        predicative=bool(raw.get("predicative", False)),
        dissuasive=bool(raw.get("dissuasive", False)),
        negated_only=bool(raw.get("negated_only", False)),
        needs_clause=bool(raw.get("needs_clause", False)),
    )


def _parent(code: str) -> str | None:
    if len(code) <= 2:
        return None
    return code[:-1]


#: The JSON Schema of the pattern lexicon (package data beside it).
PATTERN_SCHEMA = "cameo_patterns.schema.json"
def _reference_errors(lexicon: CameoLexicon) -> list[str]:
    """Names the schema cannot check: codes missing from the codebook, unknown families, repeated pattern ids."""
    errors: list[str] = []
    families = lexicon.families
    seen: set[str] = set()
    for table in (lexicon.verbs, lexicon.nouns):
        for pattern in {id(p): p for entries in table.values() for p in entries}.values():
            if pattern.id in seen:
                errors.append(f"pattern id {pattern.id!r} used twice")
            seen.add(pattern.id)
            if pattern.code is not None and pattern.code not in lexicon.concepts:
                errors.append(f"pattern {pattern.id!r}: code {pattern.code!r} is not in the codebook")
            if pattern.complement is not None and pattern.complement not in families:
                errors.append(f"pattern {pattern.id!r}: no family {pattern.complement!r}")
    for family in families.values():
        if family.fallback is not None and family.fallback not in families:
            errors.append(f"family {family.name!r}: no fallback family {family.fallback!r}")
        errors += [f"family {family.name!r}: code {code!r} is not in the codebook" for code in (*family.mapping.values(), family.default) if code and code not in lexicon.concepts]
    errors += [f"adjective {word!r}: no family {name!r}" for word, name in lexicon.intent_adjectives.items() if name not in families]
    return errors
