"""The CAMEO pattern lexicon follows its JSON Schema; a misspelt key is an error, not a silently ignored constraint."""

from __future__ import annotations

import copy
import json
from importlib import resources
from typing import Any

import jsonschema
import pytest

from kg.errors import KgError
from kg.extract.events import cameo_lexicon
from kg.extract.events.cameo_schema import schema_errors


def _data(name: str) -> dict[str, Any]:
    data = json.loads(resources.files("kg.data").joinpath(name).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def patterns() -> dict[str, Any]:
    return _data("cameo_patterns.json")


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return _data(cameo_lexicon.PATTERN_SCHEMA)


def test_the_schema_is_a_valid_json_schema_the_shipped_patterns_follow(patterns: dict[str, Any], schema: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(patterns)
    assert schema_errors(patterns, schema) == []
    assert len(patterns["verbs"]) > 200 and len(patterns["nouns"]) > 100


@pytest.mark.parametrize(
    ("where", "key", "value"),
    [("verbs", "objct", ["sanction"]), ("nouns", "particle", "down"), ("families", "defualt", "030")],
    ids=["misspelt-verb-key", "verb-key-on-a-noun", "misspelt-family-key"],
)
def test_an_unknown_key_is_an_error(patterns: dict[str, Any], schema: dict[str, Any], where: str, key: str, value: object) -> None:
    bad = copy.deepcopy(patterns)
    entry = bad[where][0] if isinstance(bad[where], list) else next(iter(bad[where].values()))
    entry[key] = value
    errors = schema_errors(bad, schema)
    assert any(f"unknown key {key!r}" in e for e in errors), errors
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema).validate(bad)


def test_wrong_types_and_codes_are_errors(patterns: dict[str, Any], schema: dict[str, Any]) -> None:
    bad = copy.deepcopy(patterns)
    bad["verbs"][0]["light"] = "yes"
    bad["verbs"][1]["code"] = "1a"
    bad["verbs"][2]["requires_object_class"] = "animal"
    errors = schema_errors(bad, schema)
    assert any("$.verbs[0].light: expected boolean" in e for e in errors), errors
    assert any("$.verbs[1].code" in e for e in errors), errors
    assert any("$.verbs[2].requires_object_class" in e for e in errors), errors


def test_loading_a_lexicon_with_an_unknown_key_fails(monkeypatch: pytest.MonkeyPatch, patterns: dict[str, Any]) -> None:
    bad = copy.deepcopy(patterns)
    bad["verbs"][0]["prepositions"] = ["on"]
    real = cameo_lexicon._read_json
    monkeypatch.setattr(cameo_lexicon, "_read_json", lambda name: bad if name == "cameo_patterns.json" else real(name))
    cameo_lexicon.load_cameo.cache_clear()
    try:
        with pytest.raises(KgError, match="unknown key 'prepositions'"):
            cameo_lexicon.load_cameo()
    finally:
        monkeypatch.undo()
        cameo_lexicon.load_cameo.cache_clear()
    assert cameo_lexicon.load_cameo().verbs, "the shipped lexicon loads again"


def test_names_the_schema_cannot_check_are_checked(patterns: dict[str, Any]) -> None:
    bad = copy.deepcopy(patterns)
    bad["verbs"][0]["complement"] = "no-such-family"
    bad["verbs"][1]["code"] = "999"
    lexicon = cameo_lexicon._build_lexicon(_data("cameo.json"), bad)
    errors = cameo_lexicon._reference_errors(lexicon)
    assert any("no family 'no-such-family'" in e for e in errors), errors
    assert any("'999' is not in the codebook" in e for e in errors), errors
    assert cameo_lexicon._reference_errors(cameo_lexicon.load_cameo()) == []


def test_the_checker_refuses_keywords_it_does_not_know() -> None:
    with pytest.raises(ValueError, match="not supported"):
        schema_errors({}, {"type": "object", "maxProperties": 3})
