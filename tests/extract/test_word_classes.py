"""Word lists are data: no collection of more than five words in the extractor's code, each concept defined once.

Issue 10's acceptance: word classes live in ``kg/data/words/``; a Python module
of ``kg/extract`` keeps at most a handful of closed grammatical words inline.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from kg.extract.words import check_word_classes, word_class, word_class_names, word_map

EXTRACT = Path(__file__).resolve().parents[2] / "kg" / "extract"
#: Names whose literals are tables of rules or exports, not word lists.
_NOT_WORDS = {"__all__", "RULES"}
_MAX_INLINE = 5


def _collections(tree: ast.AST) -> list[tuple[int, str, int]]:
    """(line, owner, size) of every set/list/tuple/dict literal of strings in a module."""
    owners: dict[ast.AST, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            name = ",".join(ast.unparse(t) for t in targets)
            if node.value is not None:
                for inner in ast.walk(node.value):
                    owners.setdefault(inner, name)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
            strings = [e for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            if len(strings) > _MAX_INLINE and len(strings) == len(node.elts):
                found.append((node.lineno, owners.get(node, "?"), len(strings)))
        elif isinstance(node, ast.Dict):
            keys = [k for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
            if len(keys) > _MAX_INLINE:
                found.append((node.lineno, owners.get(node, "?"), len(keys)))
    return [f for f in found if f[1] not in _NOT_WORDS]


@pytest.mark.parametrize("module", sorted(EXTRACT.rglob("*.py")), ids=lambda p: str(p.relative_to(EXTRACT)))
def test_word_classes_no_word_list_of_more_than_five_in_code(module: Path) -> None:
    found = _collections(ast.parse(module.read_text(encoding="utf-8")))
    assert found == [], f"{module.name}: word lists belong in kg/data/words/ ({found})"


def test_word_classes_each_is_read_and_none_is_a_copy_of_another() -> None:
    assert check_word_classes() > 50
    classes = {name[:-4]: word_class(name[:-4]) for name in word_class_names() if name.endswith(".txt")}
    maps = {name[:-4]: word_map(name[:-4]) for name in word_class_names() if name.endswith(".tsv")}
    assert classes and maps
    seen: dict[frozenset[str], str] = {}
    for name, words in sorted(classes.items()):
        assert words, f"{name}: empty word class"
        assert words not in seen, f"{name} repeats {seen.get(words)}: one concept, one class"
        seen[words] = name


def test_word_classes_every_file_is_used_and_every_use_has_a_file() -> None:
    code = "\n".join(p.read_text(encoding="utf-8") for p in (EXTRACT.parent).rglob("*.py"))
    used = set(re.findall(r'(?:WordClass|WordMap|NumberMap)\("([a-z0-9_]+)"\)', code)) | set(re.findall(r'word_(?:class|map)\("([a-z0-9_]+)"\)', code))
    shipped = {name.rsplit(".", 1)[0] for name in word_class_names()}
    assert used, "no word class is read"
    assert used <= shipped, f"missing files: {sorted(used - shipped)}"
    unused = shipped - used
    assert not unused, f"word files nothing reads: {sorted(unused)}"
