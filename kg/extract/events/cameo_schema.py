"""A JSON Schema checker for kg's own data files (a subset of draft 2020-12).

kg ships its CAMEO pattern lexicon with a schema
(``kg/data/cameo_patterns.schema.json``) and checks it when the lexicon is
loaded, so that a misspelt key is an error instead of a silently ignored
constraint. The checker knows the keywords that schema uses; the tests
check the same data with the reference ``jsonschema`` package.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.words import WordClass

__all__ = ["schema_errors"]

_TYPES: dict[str, type | tuple[type, ...]] = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}
#: The keywords this checker knows (and those that only document a schema).
_KEYWORDS = WordClass("schema_keywords")


def schema_errors(value: Any, schema: dict[str, Any], root: dict[str, Any] | None = None, path: str = "$") -> list[str]:
    """Where ``value`` breaks ``schema``: a JSON Schema (2020-12) subset, enough for the pattern lexicon.

    Knows ``type``, ``enum``, ``pattern``, ``minLength``, ``minItems``,
    ``items``, ``required``, ``properties``, ``additionalProperties``,
    ``anyOf`` and local ``$ref``; any other keyword is a ``ValueError`` (the
    schema would claim more than is checked). A key the schema does not
    name, where ``additionalProperties`` is false, is an error.
    """
    root = schema if root is None else root
    unknown = set(schema) - _KEYWORDS
    if unknown:
        raise ValueError(f"schema keyword(s) {sorted(unknown)} not supported by kg's checker")
    errors: list[str] = []
    if "$ref" in schema:
        target: Any = root
        for part in str(schema["$ref"]).removeprefix("#/").split("/"):
            target = target[part]
        errors += schema_errors(value, target, root, path)
    if "anyOf" in schema and all(schema_errors(value, branch, root, path) for branch in schema["anyOf"]):
        errors.append(f"{path}: {value!r} matches none of the allowed forms")
    kind = schema.get("type")
    if kind is not None and not isinstance(value, _TYPES[kind]):
        return [*errors, f"{path}: expected {kind}, got {type(value).__name__}"]
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{path}: {value!r} is not one of {schema['enum']}")
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            errors.append(f"{path}: empty string")
        if "pattern" in schema and re.search(schema["pattern"], value) is None:
            errors.append(f"{path}: {value!r} does not match {schema['pattern']}")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            errors.append(f"{path}: too few items")
        if "items" in schema:
            for index, item in enumerate(value):
                errors += schema_errors(item, schema["items"], root, f"{path}[{index}]")
    if isinstance(value, dict):
        errors += [f"{path}: missing key {key!r}" for key in schema.get("required", ()) if key not in value]
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for key, item in value.items():
            if key in properties:
                errors += schema_errors(item, properties[key], root, f"{path}.{key}")
            elif extra is False:
                errors.append(f"{path}: unknown key {key!r}")
            elif isinstance(extra, dict):
                errors += schema_errors(item, extra, root, f"{path}.{key}")
    return errors
