"""Reading the gazetteer's data files (package data) into a :class:`Gazetteer`.

``kg/data/{countries,organizations,bodies,regions}.json`` are read through
:mod:`importlib.resources`, checked (a malformed record raises ``ValueError``
naming the file and field) and indexed once per process.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from importlib import resources
from typing import cast, get_args

from kg.extract.actors.gazetteer import Gazetteer
from kg.extract.actors.gazetteer_entries import BodyEntry, CountryEntry, OrgEntry, RoleEntry, RoleRelation, Seat, SectorEntry
from kg.model import ActorKind

DATA_FILES = ("countries.json", "organizations.json", "bodies.json")
REGIONS_FILE = "regions.json"


def _fail(source: str, message: str) -> ValueError:
    # Packaged data that does not parse is a bug in kg, not a user error.
    return ValueError(f"kg/data/{source}: {message}")


def _str(item: Mapping[str, object], name: str, source: str) -> str:
    value = item.get(name)
    if not isinstance(value, str) or not value:
        raise _fail(source, f"{name!r} must be a non-empty string in {dict(item)!r}")
    return value


def _opt_str(item: Mapping[str, object], name: str, source: str) -> str | None:
    value = item.get(name)
    if value is not None and not isinstance(value, str):
        raise _fail(source, f"{name!r} must be a string or null in {dict(item)!r}")
    return value


def _opt_int(item: Mapping[str, object], name: str, source: str) -> int | None:
    value = item.get(name)
    if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
        raise _fail(source, f"{name!r} must be an integer or null in {dict(item)!r}")
    return value


def _strs(item: Mapping[str, object], name: str, source: str) -> tuple[str, ...]:
    value = item.get(name, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise _fail(source, f"{name!r} must be a list of strings in {dict(item)!r}")
    return tuple(cast(list[str], value))


def _records(data: Mapping[str, object], name: str, source: str) -> list[Mapping[str, object]]:
    value = data.get(name)
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise _fail(source, f"{name!r} must be a list of objects")
    return cast(list[Mapping[str, object]], value)


def _kind(item: Mapping[str, object], source: str) -> ActorKind:
    value = _str(item, "kind", source)
    try:
        return ActorKind(value)
    except ValueError:
        raise _fail(source, f"unknown kind {value!r}") from None


def _relation(item: Mapping[str, object], source: str) -> RoleRelation:
    value = _str(item, "relation", source)
    if value not in get_args(RoleRelation):
        raise _fail(source, f"unknown relation {value!r}")
    return cast(RoleRelation, value)


def _seats(item: Mapping[str, object], source: str) -> tuple[Seat, ...]:
    return tuple(Seat(_str(s, "name", source), _str(s, "sector", source)) for s in _records(item, "seats", source))


def _regions(data: Mapping[str, object] | None) -> tuple[tuple[str, str], ...]:
    if data is None:
        return ()
    value = data.get("regions")
    if not isinstance(value, dict):
        raise _fail(REGIONS_FILE, "'regions' must map ISO3 codes to lists of names")
    return tuple((name, iso3) for iso3 in value for name in _strs(value, iso3, REGIONS_FILE))


def _peoples(data: Mapping[str, object] | None) -> tuple[tuple[str, str], ...]:
    value = data.get("peoples", {}) if data is not None else {}
    if not isinstance(value, dict):
        raise _fail(REGIONS_FILE, "'peoples' must map ISO3 codes to lists of names")
    return tuple((name, iso3) for iso3 in value if not iso3.startswith("_") for name in _strs(value, iso3, REGIONS_FILE))


def _namesakes(data: Mapping[str, object] | None) -> tuple[tuple[str, tuple[str, ...]], ...]:
    value = data.get("namesakes", {}) if data is not None else {}
    if not isinstance(value, dict):
        raise _fail(REGIONS_FILE, "'namesakes' must map place names to lists of ISO3 codes")
    return tuple((name, _strs(value, name, REGIONS_FILE)) for name in value)


def build_gazetteer(
    countries: Mapping[str, object],
    organizations: Mapping[str, object],
    bodies: Mapping[str, object],
    regions: Mapping[str, object] | None = None,
) -> Gazetteer:
    """Build a :class:`Gazetteer` from the parsed JSON of the three data files (and, optionally, the regions file).

    Raises:
        ValueError: when an entry does not follow the documented schema.
    """
    src = "countries.json"
    country_entries = tuple(
        CountryEntry(
            key=_str(c, "iso3", src).lower(),
            iso3=_str(c, "iso3", src),
            name=_str(c, "name", src),
            aliases=_strs(c, "aliases", src),
            demonyms=_strs(c, "demonyms", src),
            capitals=_strs(c, "capitals", src),
            seats=_seats(c, src),
            wikidata=_opt_str(c, "wikidata", src),
            region=_opt_str(c, "region", src),
            valid_from=_opt_int(c, "from", src),
            valid_until=_opt_int(c, "until", src),
            successors=_strs(c, "successors", src),
        )
        for c in _records(countries, "countries", src)
    )
    src = "organizations.json"
    org_entries = tuple(
        OrgEntry(
            key=_str(o, "id", src),
            name=_str(o, "name", src),
            kind=_kind(o, src),
            code=_str(o, "code", src),
            aliases=_strs(o, "aliases", src),
            country=_opt_str(o, "country", src),
            parent=_opt_str(o, "parent", src),
            wikidata=_opt_str(o, "wikidata", src),
        )
        for o in _records(organizations, "organizations", src)
    )
    src = "bodies.json"
    body_entries = tuple(
        BodyEntry(
            key=_str(b, "id", src),
            name=_str(b, "name", src),
            sector=_str(b, "sector", src),
            kind=_kind(b, src),
            patterns=_strs(b, "patterns", src),
            country=_opt_str(b, "country", src),
        )
        for b in _records(bodies, "bodies", src)
    )
    role_entries = tuple(
        RoleEntry(
            key=_str(r, "id", src),
            name=_str(r, "name", src),
            sector=_str(r, "sector", src),
            relation=_relation(r, src),
            patterns=_strs(r, "patterns", src),
        )
        for r in _records(bodies, "roles", src)
    )
    sector_entries = tuple(
        SectorEntry(
            key=_str(s, "code", src).lower(),
            code=_str(s, "code", src),
            name=_str(s, "name", src),
            words=_strs(s, "words", src),
        )
        for s in _records(bodies, "sectors", src)
    )
    return Gazetteer(country_entries, org_entries, body_entries, role_entries, sector_entries, _regions(regions), _namesakes(regions), _peoples(regions))


def read_data_file(name: str) -> dict[str, object]:
    """Read one of :data:`DATA_FILES` (or :data:`REGIONS_FILE`) from the ``kg.data`` package (works from a wheel)."""
    text = resources.files("kg.data").joinpath(name).read_text(encoding="utf-8")
    data = json.loads(text)
    if not isinstance(data, dict):
        raise _fail(name, "must hold a JSON object")
    return cast(dict[str, object], data)


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Load the packaged gazetteer (cached: the value is immutable)."""
    countries, organizations, bodies = (read_data_file(name) for name in DATA_FILES)
    return build_gazetteer(countries, organizations, bodies, read_data_file(REGIONS_FILE))
