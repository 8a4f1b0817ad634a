"""The GEXF export parses in graphology-gexf (Gephi Lite, sigma.js), a real client.

.ci/run installs graphology and graphology-gexf into .ci/node with npm; the
test skips when Node.js or those packages are absent.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from kg.export import EXPORTERS
from kg.model import Extraction
from kg.store import open_store

ROOT = Path(__file__).resolve().parents[2]
MODULES = ROOT / ".ci" / "node" / "node_modules"

SCRIPT = """
const fs = require('fs');
const gexf = require('graphology-gexf');
const Graph = require('graphology');
const g = gexf.parse(Graph.MultiGraph, fs.readFileSync(process.argv[1], 'utf8'));
console.log(JSON.stringify({nodes: g.order, edges: g.size}));
"""


@pytest.mark.parametrize("fmt", ["gexf", "gexf-static"])
def test_gexf_parses_in_graphology(seed_extraction: Extraction, tmp_path: Path, fmt: str) -> None:
    node = shutil.which("node")
    if node is None or not (MODULES / "graphology-gexf").is_dir():
        pytest.skip("Node.js with graphology-gexf not installed (.ci/run installs it into .ci/node)")
    out = tmp_path / "seed.gexf"
    with open_store(None) as store:
        store.add_extraction(seed_extraction)
        EXPORTERS[fmt](store, out)
    result = subprocess.run(
        [node, "-e", SCRIPT, str(out)], capture_output=True, text=True, env={"NODE_PATH": str(MODULES)}, timeout=60
    )
    assert result.returncode == 0, result.stderr
    counts = json.loads(result.stdout)
    assert counts["nodes"] >= 5 and counts["edges"] >= 5
