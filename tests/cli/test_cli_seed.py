"""The seed through the command line: build, timeline, SPARQL, validate, export, actors."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("store") / "kg"
    result = CliRunner().invoke(cli, ["--store", str(path), "build", str(SEEDS)], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return path


def _kg(store: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--store", str(store), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _count(store: Path) -> int:
    out = _kg(store, "sparql", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--format", "csv")
    return int(out.splitlines()[1])


def test_cli_build_twice_is_idempotent(store: Path) -> None:
    before = _count(store)
    _kg(store, "build", str(SEEDS))
    assert _count(store) == before > 0


def test_cli_timeline_rows_in_order(store: Path) -> None:
    rows = json.loads(_kg(store, "timeline", "--format", "json"))
    keys = [(r["source"], r["trigger"]) for r in rows]

    def index(source: str, trigger: str) -> int:
        return next(i for i, (s, t) in enumerate(keys) if s == source and t.startswith(trigger))

    order = [
        index("United Nations", "reported"),
        index("Chinese government", "protested"),
        index("Geng Shuang", "said"),
        index("US Commerce Department", "blacklisted"),
        index("Hikvision", "opposed"),
        index("Megvii Technology", "protest"),
        index("Megvii Technology", "prepare countermeasures"),
        index("Chinese government", "denied"),
    ]
    assert order == sorted(order)
    by_trigger = {r["trigger"]: r for r in rows}
    assert by_trigger["reported"]["when"] == "2018-08"
    assert by_trigger["protested"]["when"] == "2019-09-21..2019-09-30"
    assert by_trigger["blacklisted"]["when"] == "2019-10-08 (story date)"
    assert by_trigger["prepare countermeasures"]["when"] == "after 2019-10-08"
    assert by_trigger["prepare countermeasures"]["modality"] == "planned"
    assert by_trigger["opposed"]["modality"] == "reported"


def test_cli_timeline_table_marks_modality(store: Path) -> None:
    table = _kg(store, "timeline")
    line = next(l for l in table.splitlines() if "prepare countermeasures" in l)
    assert "PLANNED" in line.upper() and line.startswith("after 2019-10-08")


def test_cli_timeline_filters(store: Path) -> None:
    rows = json.loads(_kg(store, "timeline", "--actor", "beijing", "--format", "json"))
    assert rows and all("Chinese government" in (r["source"], r["target"]) for r in rows)
    rows = json.loads(_kg(store, "timeline", "--from", "2019-09-01", "--to", "2019-09-30", "--format", "json"))
    assert {r["trigger"] for r in rows} >= {"protested"} and "reported" not in {r["trigger"] for r in rows}
    rows = json.loads(_kg(store, "timeline", "--cameo", "16", "--format", "json"))
    assert [r["trigger"] for r in rows] == ["blacklisted"]


def test_cli_sparql_commerce_department_events(store: Path) -> None:
    out = _kg(store, "sparql", str(EXAMPLES / "commerce_department_events.rq"), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert any(r["trigger"] == "blacklisted" and r["code"].startswith("16") for r in rows)


def test_cli_sparql_sentences_per_named_graph(store: Path) -> None:
    out = _kg(store, "sparql", str(EXAMPLES / "event_sentences.rq"), "--format", "json")
    data = json.loads(out)
    assert data["head"]["vars"] == ["article", "trigger", "begin", "end", "sentence"]
    bindings = data["results"]["bindings"]
    assert bindings and all(b["article"]["value"].endswith("/article/000_5a7ceb3fc77585f0") for b in bindings)
    blacklisting = next(b for b in bindings if b["trigger"]["value"] == "blacklisted")
    assert blacklisting["sentence"]["value"].startswith("The US Commerce Department has blacklisted")


def test_cli_validate_conforms(store: Path) -> None:
    assert "conforms" in _kg(store, "validate")


def test_cli_relations_and_path(store: Path) -> None:
    out = _kg(store, "relations", "Geng", "--format", "json")
    rels = json.loads(out)
    assert any(r["predicate"] == "spokesperson_of" and r["object"] == "Chinese Foreign Ministry" for r in rels)
    path = _kg(store, "path", "Geng Shuang", "China")
    assert "Chinese Foreign Ministry" in path or "Chinese government" in path


def test_cli_actors_lists_counts(store: Path) -> None:
    rows = json.loads(_kg(store, "actors", "--format", "json"))
    government = next(r for r in rows if r["label"] == "Chinese government")
    assert "Beijing" in government["aliases"] and government["mentions"] >= 3 and government["articles"] == 1


def test_cli_export_gexf_validates(store: Path, tmp_path: Path) -> None:
    from tests.export.gexf_tools import assert_valid

    out = tmp_path / "seed.gexf"
    _kg(store, "export", "gexf", str(out))
    document = assert_valid(out, "1.3")
    assert document.xpath("count(//*[local-name()='edge']/*[local-name()='spells'])") >= 1
    old = tmp_path / "seed-1.2.gexf"
    _kg(store, "export", "gexf", str(old), "--gexf-version", "1.2draft", "--events-as-nodes", "--from", "2019-09-01")
    assert_valid(old, "1.2draft")


@pytest.mark.skipif(shutil.which("rapper") is None, reason="rapper (raptor2-utils) not installed")
@pytest.mark.parametrize(("fmt", "syntax"), [("turtle", "turtle"), ("trig", "trig"), ("nquads", "nquads")])
def test_cli_export_rdf_accepted_by_rapper(store: Path, tmp_path: Path, fmt: str, syntax: str) -> None:
    out = tmp_path / f"seed.{fmt}"
    CliRunner().invoke(cli, ["--store", str(store), "export", fmt, str(out)], catch_exceptions=False)
    result = subprocess.run(["rapper", "-i", syntax, "-c", str(out)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_cli_merge_actors_survives_rebuild(tmp_path: Path) -> None:
    store = tmp_path / "kg"
    _kg(store, "build", str(SEEDS))
    _kg(store, "merge-actors", "Muslims", "Uyghurs")
    _kg(store, "build", str(SEEDS))
    names = {r["label"] for r in json.loads(_kg(store, "actors", "--format", "json"))}
    assert "Muslims" in names and "Uyghurs" not in names
    assert "conforms" in _kg(store, "validate")


@pytest.mark.parametrize("order", ["ab", "ba"])
def test_cli_two_articles_share_actor_nodes(tmp_path: Path, order: str) -> None:
    """Different spellings of the same entities in two articles give one node each, in any build order."""
    texts = {
        "a": "published: 2021-03-02\n\nThe United States imposed sanctions on Russia on Monday, "
        "U.S. officials said. Russian President Vladimir Putin condemned the decision, the Kremlin said.\n",
        "b": "published: 2021-03-04\n\nThe Kremlin criticised Washington on Wednesday. "
        "Putin said Russia would respond to the US sanctions.\n",
    }
    store = tmp_path / "kg"
    for key in order:
        path = tmp_path / f"{key}.txt"
        path.write_text(texts[key], encoding="utf-8")
        _kg(store, "build", str(path))
    rows = json.loads(_kg(store, "actors", "--format", "json"))
    by_code = {}
    for row in rows:
        by_code.setdefault((row["kind"], row["code"]), []).append(row)
    assert [r["articles"] for r in by_code[("COUNTRY", "USA")]] == [2]
    assert [r["articles"] for r in by_code[("COUNTRY", "RUS")]] == [2]
    assert [r["articles"] for r in by_code[("GOVERNMENT", "RUSGOV")]] == [2]
    putin = [r for r in rows if r["kind"] == "PERSON"]
    assert len(putin) == 1 and putin[0]["label"] == "Vladimir Putin" and putin[0]["articles"] == 2
    assert "Putin" in putin[0]["aliases"]


def test_cli_help_smoke_installed_entry_point() -> None:
    exe = Path(sys.executable).with_name("kg")
    if not exe.exists():
        pytest.skip("kg console script not installed in this environment")
    result = subprocess.run([str(exe), "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "timeline" in result.stdout


def test_cli_every_command_has_help_and_is_in_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    runner = CliRunner()
    for name, command in cli.commands.items():
        assert f"kg {name}" in readme, f"README does not show `kg {name}`"
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0 and "Example:" in result.stdout, name


def test_cli_readme_merge_example_works_on_the_demo_data(store: Path, tmp_path: Path) -> None:
    import shlex

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (line,) = [line for line in readme.splitlines() if line.startswith(".venv/bin/kg merge-actors ")]
    keep, drop = shlex.split(line)[2:]
    copy = tmp_path / "kg"
    shutil.copytree(store, copy)
    out = _kg(copy, "merge-actors", keep, drop)
    assert out.startswith("Merged ")
    _kg(copy, "build", str(SEEDS))  # the merge survives a rebuild, under the kept name
    names = {r["label"]: r for r in json.loads(_kg(copy, "actors", "--format", "json"))}
    assert keep in names and drop not in names and drop in names[keep]["aliases"]
