"""``kg plot`` and the new ``kg export`` options through the command line, and byte-identical rebuilds."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from PIL import Image

from kg.cli import cli
from kg.model import Extraction
from kg.store import open_store
from tests.fixtures_rdf import build_fixture_extraction, build_second_extraction


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("plotstore") / "kg"
    with open_store(path) as opened:
        opened.add_extractions([build_fixture_extraction(), build_second_extraction()])
    return path


def _kg(store: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--store", str(store), *args], catch_exceptions=False)


def _error(result: Result, code: int) -> None:
    assert result.exit_code == code, result.output
    assert result.stderr.startswith("Error:") and "Traceback" not in result.stderr + result.stdout


def test_cli_plot_timeline_and_network(store: Path, tmp_path: Path) -> None:
    for kind, name in (("timeline", "t.png"), ("network", "n.svg"), ("timeline", "t.html")):
        result = _kg(store, "plot", kind, str(tmp_path / name))
        assert result.exit_code == 0 and result.stdout == ""  # messages go to stderr
        assert f"Wrote {tmp_path / name}" in result.stderr
    assert Image.open(tmp_path / "t.png").width > 1000
    result = _kg(store, "plot", "timeline", str(tmp_path / "d.png"), "--lanes", "dyad", "--actor", "Ostmark",
                 "--from", "2018-01-01", "--to", "2018-12-31")
    assert result.exit_code == 0 and "(1 events)" in result.stderr


def test_cli_export_gexf_options(store: Path, tmp_path: Path) -> None:
    from tests.export.gexf_tools import assert_valid

    out = tmp_path / "g.gexf"
    for args in (["--collapse", "--no-relations"], ["--events-as-nodes", "--size-by", "mentions"],
                 ["--edge-colour", "goldstein", "--cameo", "16"]):
        assert _kg(store, "export", "gexf", str(out), *args).exit_code == 0
        assert_valid(out, "1.3")
    text = out.read_text(encoding="utf-8")
    assert 'kind="163"' in text and 'kind="061"' not in text  # --cameo 16 keeps 163 and 161 only


def test_cli_export_gephi_csv_writes_a_folder(store: Path, tmp_path: Path) -> None:
    assert _kg(store, "export", "gephi-csv", str(tmp_path / "gephi")).exit_code == 0
    assert sorted(p.name for p in (tmp_path / "gephi").iterdir()) == ["edges.csv", "nodes.csv"]


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["plot", "timeline", "{tmp}/t.pdf"], 1, ".png, .svg or .html"),
        (["plot", "network", "{tmp}/n.png", "--collapse", "--events-as-nodes"], 1, "do not combine"),
        (["plot", "timeline", "{tmp}/t.png", "--actor", "Nobody At All"], 1, "no actor is named"),
        (["plot", "timeline", "{tmp}/t.png", "--from", "last year"], 2, "YYYY-MM-DD"),
        (["plot", "timeline", "{tmp}/t.png", "--lanes", "country"], 2, "country"),
        (["export", "turtle", "{tmp}/x.ttl", "--actor", "Ostmark"], 1, "whole graph"),
        (["export", "csv", "{tmp}/x.csv", "--collapse"], 1, "network options"),
        (["export", "trig", "{tmp}/x.trig", "--gexf-version", "1.2draft"], 1, "gexf-version"),
        (["export", "gexf", "{tmp}/x.gexf", "--gexf-version", "1.1"], 2, "1.1"),
    ],
    ids=["suffix", "collapse-and-nodes", "unknown-actor", "bad-date", "bad-lanes", "filter-rdf",
         "network-csv", "version-trig", "bad-version"],
)
def test_cli_plot_and_export_user_errors(store: Path, tmp_path: Path, args: list[str], code: int,
                                        words: str) -> None:
    result = CliRunner().invoke(cli, ["--store", str(store), *(a.format(tmp=tmp_path) for a in args)])
    _error(result, code)
    assert words in result.stderr


def test_cli_rebuild_gives_identical_exports_and_pictures(seed_extraction: Extraction, tmp_path: Path) -> None:
    """Two fresh processes (different hash seeds) write every export and picture of the seed store."""
    store = tmp_path / "store"
    with open_store(store) as opened:
        opened.add_extraction(seed_extraction)
    outputs = []
    for seed in ("1", "2"):
        folder = tmp_path / f"run{seed}"
        folder.mkdir()
        script = "; ".join([
            "import pathlib",
            "from kg.store import open_store",
            "from kg.export import EXPORTERS, export",
            "from kg.plot import plot_timeline, plot_network",
            f"out = pathlib.Path({str(folder)!r})",
            f"s = open_store(pathlib.Path({str(store)!r}))",
            "[export(s, f, out / ('seed.' + f)) for f in sorted(EXPORTERS)]",
            "[plot_timeline(s, out / ('timeline' + x)) for x in ('.png', '.svg', '.html')]",
            "plot_network(s, out / 'network.png')",
            "s.close()",
        ])
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-2000:]
        outputs.append({str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
                        for p in sorted(folder.rglob("*")) if p.is_file()})
    assert len(outputs[0]) >= 16
    different = sorted(name for name in outputs[0] if outputs[0][name] != outputs[1].get(name))
    assert not different, f"exports differ between two rebuilds: {different}"
