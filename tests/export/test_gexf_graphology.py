"""Every GEXF variant parses in graphology-gexf (Gephi Lite, sigma.js), a real client.

.ci/run installs graphology and graphology-gexf into .ci/node with npm; the
test skips when Node.js or those packages are absent.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from kg.export import ExportOptions, NetworkOptions, export
from kg.model import Extraction
from kg.store import open_store
from tests.export.gexf_tools import parse

ROOT = Path(__file__).resolve().parents[2]
MODULES = ROOT / ".ci" / "node" / "node_modules"

SCRIPT = """
const fs = require('fs');
const gexf = require('graphology-gexf');
const Graph = require('graphology');
const g = gexf.parse(Graph.MultiGraph, fs.readFileSync(process.argv[1], 'utf8'));
const nodes = g.mapNodes((id, a) => ({id, color: a.color, size: a.size, x: a.x, y: a.y}));
const edges = g.mapEdges((id, a) => ({id, kind: a.kind || null, color: a.color}));
console.log(JSON.stringify({nodes, edges}));
"""

VARIANTS: dict[str, tuple[str, ExportOptions]] = {
    "dynamic-1.3": ("gexf", ExportOptions()),
    "static-1.3": ("gexf-static", ExportOptions()),
    "dynamic-1.2draft": ("gexf", ExportOptions(gexf_version="1.2draft")),
    "events-as-nodes": ("gexf", ExportOptions(network=NetworkOptions(events_as_nodes=True))),
    "collapse": ("gexf", ExportOptions(network=NetworkOptions(collapse=True))),
}


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_gexf_parses_in_graphology(seed_extraction: Extraction, tmp_path: Path, variant: str) -> None:
    node = shutil.which("node")
    if node is None or not (MODULES / "graphology-gexf").is_dir():
        pytest.skip("Node.js with graphology-gexf not installed (.ci/run installs it into .ci/node)")
    fmt, options = VARIANTS[variant]
    out = tmp_path / "seed.gexf"
    with open_store(None) as store:
        store.add_extraction(seed_extraction)
        export(store, fmt, out, options)
    result = subprocess.run(
        [node, "-e", SCRIPT, str(out)], capture_output=True, text=True, env={"NODE_PATH": str(MODULES)}, timeout=60
    )
    assert result.returncode == 0, result.stderr
    parsed: dict[str, Any] = json.loads(result.stdout)
    root = parse(out).getroot()
    written_nodes = [e for e in root.iter() if isinstance(e.tag, str) and e.tag.endswith("}node")]
    written_edges = [e for e in root.iter() if isinstance(e.tag, str) and e.tag.endswith("}edge")]
    assert len(parsed["nodes"]) == len(written_nodes) >= 10
    assert len(parsed["edges"]) == len(written_edges) >= 10
    # The picture survives: every node has a colour, a size and a position.
    assert all(n["color"] and n["size"] > 0 and n["x"] is not None for n in parsed["nodes"])
    assert all(e["color"] for e in parsed["edges"])
    if options.gexf_version == "1.3":
        assert any(e["kind"] == "spokesperson_of" for e in parsed["edges"])
