"""Tests of kg.vocab: the closed namespace, IRI minting, ontology files."""

from __future__ import annotations

import pathlib
import re

import pytest
from rdflib import Graph, URIRef

from kg.errors import OntologyError
from kg.vocab import KG, ID, mint_iri, ontology_path, query_text

KG_NS = "https://w3id.org/kg-events/ontology#"
ROOT = pathlib.Path(__file__).resolve().parents[1]


def _declared() -> set[str]:
    graph = Graph().parse(ontology_path("kg.ttl"), format="turtle")
    return {str(s)[len(KG_NS):] for s in graph.subjects() if str(s).startswith(KG_NS)}


def _in_namespace() -> set[str]:
    return {name for name in KG.__annotations__ if not name.startswith("_")}


def test_vocab_namespace_is_closed() -> None:
    assert KG.Event == URIRef(KG_NS + "Event")
    with pytest.raises(AttributeError):
        KG.Evnet  # noqa: B018 - a typo must raise


def test_vocab_every_declared_term_is_in_namespace() -> None:
    assert _declared() == _in_namespace()


def test_vocab_every_term_used_in_code_is_declared() -> None:
    declared = _declared()
    used: set[str] = set()
    for path in (ROOT / "kg").rglob("*.py"):
        used |= set(re.findall(r"\bKG\.([A-Za-z_]\w*)", path.read_text(encoding="utf-8")))
    texts = [p.read_text(encoding="utf-8") for p in (ROOT / "kg" / "queries").glob("*.rq")]
    texts.append(ontology_path("shapes.ttl").read_text(encoding="utf-8"))
    for text in texts:
        used |= set(re.findall(r"\bkg:([A-Za-z_]\w*)", text))
    used -= {"_NS"}
    assert used, "the scan found no KG terms at all"
    assert used <= declared, f"undeclared: {sorted(used - declared)}"


@pytest.mark.parametrize(
    ("kind", "keys", "expected"),
    [
        ("article", ("a1",), "article/a1"),
        ("sentence", ("a1", "0-42"), "sentence/a1/0-42"),
        ("actor", ("Hikvision",), "actor/Hikvision"),
        ("actor", ("a b/c",), "actor/a%20b%2Fc"),
        ("event", ("a1", "e1"), "event/a1/e1"),
    ],
    ids=["article", "sentence", "actor-case-kept", "actor-escaped", "event"],
)
def test_vocab_mint_iri_is_stable(kind: str, keys: tuple[str, ...], expected: str) -> None:
    assert mint_iri(kind, *keys) == ID[expected]
    assert mint_iri(kind, *keys) == mint_iri(kind, *keys)


def test_vocab_mint_iri_keeps_distinct_keys_distinct() -> None:
    assert mint_iri("actor", "a/b") != mint_iri("actor", "a", "b")


@pytest.mark.parametrize("keys", [(), ("",)], ids=["no-keys", "empty-key"])
def test_vocab_mint_iri_rejects_bad_keys(keys: tuple[str, ...]) -> None:
    with pytest.raises(ValueError):
        mint_iri("actor", *keys)


def test_vocab_mint_iri_rejects_unknown_kind() -> None:
    with pytest.raises(ValueError):
        mint_iri("widget", "x")


@pytest.mark.parametrize("name", ["kg.ttl", "shapes.ttl", "cameo.ttl"])
def test_vocab_ontology_files_ship_with_the_package(name: str) -> None:
    path = ontology_path(name)
    assert path.is_file()
    Graph().parse(path, format="turtle")


def test_vocab_ontology_path_missing_file() -> None:
    with pytest.raises(OntologyError):
        ontology_path("nope.ttl")


def test_vocab_query_text_loads_canned_queries() -> None:
    assert "SELECT" in query_text("articles")
    with pytest.raises(OntologyError):
        query_text("no_such_query")


def test_vocab_ontology_ships_in_a_built_package(tmp_path: pathlib.Path) -> None:
    """Build the package (setuptools build_py) and load the ontology from the build."""
    import shutil
    import subprocess
    import sys

    pytest.importorskip("setuptools")
    if not (ROOT / "README.md").is_file():
        pytest.skip("README.md (package metadata) not present")
    src = tmp_path / "src"
    src.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "kg", src / "kg", symlinks=True, ignore=ignore)
    shutil.copytree(ROOT / "ontology", src / "ontology", ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    out = tmp_path / "build"
    subprocess.run([sys.executable, "-c", "import setuptools; setuptools.setup()", "-q",
                    "build_py", "-d", str(out)], cwd=src, check=True, capture_output=True)
    assert not (out / "kg" / "ontology").is_symlink()
    probe = ("import kg.vocab as v; "
             "print(v.ontology_path('shapes.ttl')); print(len(v.query_text('event_facts')))")
    done = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True,
                          text=True, check=True, env={"PYTHONPATH": str(out)})
    shapes, size = done.stdout.split()
    assert pathlib.Path(shapes).is_relative_to(out) and int(size) > 0
