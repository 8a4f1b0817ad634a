"""The compiled dictionaries kg reads at run time match the shipped text files."""

from __future__ import annotations

import json
from importlib import resources

from kg.extract.actors.dictionary import COMPILED_FILE, compile_shipped_dictionaries


def test_dictionary_compiled_matches_text_files() -> None:
    """kg reads compiled.json at run time: it must be what the text files compile to (run bench/compile_petrarch.py)."""
    shipped = json.loads((resources.files("kg.data") / "petrarch" / COMPILED_FILE).read_text(encoding="utf-8"))
    compiled = compile_shipped_dictionaries()
    assert len(shipped["actors"]) > 20000 and len(shipped["agents"]) > 4000
    assert shipped == json.loads(json.dumps(compiled))
