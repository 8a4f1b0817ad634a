"""Golden files for the seed: the pipeline's output, reviewed when it changes.

Regenerate with ``pytest tests/test_golden.py --update-golden`` and review the
diff before committing; never edit these files by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.contract import to_json
from kg.export import EXPORTERS
from kg.graph import build_graph, serialize
from kg.model import Extraction
from kg.query import timeline
from kg.render import render_timeline
from kg.store import open_store
from kg.validate import validate_graph

GOLDEN = Path(__file__).resolve().parent / "golden" / "000_5a7ceb3fc77585f0"


def _compare(name: str, actual: str, update: bool) -> None:
    path = GOLDEN / name
    if update:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(f"{path.name} missing: run pytest --update-golden and review it")
    expected = path.read_text(encoding="utf-8")
    if name.endswith(".nq"):
        want, got = set(expected.splitlines()), set(actual.splitlines())
        only_expected = sorted(want - got)[:20]
        only_actual = sorted(got - want)[:20]
        assert want == got, "only expected:\n" + "\n".join(only_expected) + "\nonly actual:\n" + "\n".join(only_actual)
    else:
        assert actual == expected, f"{name} differs from the golden file; rerun with --update-golden and review"


def test_golden_extraction(seed_extraction: Extraction, update_golden: bool) -> None:
    _compare("extraction.json", to_json(seed_extraction) + "\n", update_golden)


def test_golden_graph(seed_extraction: Extraction, update_golden: bool) -> None:
    dataset = build_graph(seed_extraction)
    lines = sorted(line for line in serialize(dataset, "nquads").splitlines() if line.strip())
    _compare("graph.nq", "\n".join(lines) + "\n", update_golden)
    report = validate_graph(dataset)
    assert report.conforms, report.text


def test_golden_timeline(seed_extraction: Extraction, update_golden: bool) -> None:
    rows = timeline(build_graph(seed_extraction))
    _compare("timeline.txt", render_timeline(rows, "table"), update_golden)


def test_golden_gexf(seed_extraction: Extraction, update_golden: bool, tmp_path: Path) -> None:
    out = tmp_path / "graph.gexf"
    with open_store(None) as store:
        store.add_extraction(seed_extraction)
        EXPORTERS["gexf"](store, out)
    _compare("graph.gexf", out.read_text(encoding="utf-8"), update_golden)
    from tests.export.gexf_tools import assert_valid

    assert_valid(GOLDEN / "graph.gexf", "1.3")
