"""kill -9 during builds: the store always opens, validates, and a rerun equals a clean build.

A writer process (``tests/kill_writer.py``) writes articles as ``kg build``
does and is killed with SIGKILL at random moments, and at injected points:
just before and just after every call that writes to the Oxigraph store
(a write split into several calls would be caught between them). Two starting points: an empty
store (the run adds articles, and a later full name absorbs an earlier
short one across articles), and a store holding version 1 of every article
(the run replaces them with version 2). Articles are written one
transaction each, in order, so after a kill the store must hold exactly
what a clean build of the first *i* articles holds, for some *i* (at an
injected point, for a known *i*): every article wholly old or wholly new,
none missing, no shared actor half-updated.
"""

from __future__ import annotations

import dataclasses
import json
import pickle
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kg.document import build_article
from kg.ingest import extract_each
from kg.model import Extraction
from kg.store import open_store
from kg.validate import validate_graph

ROOT = Path(__file__).resolve().parents[1]
RANDOM_KILLS = 20
# Invented articles sharing actors with each other and with the seed; "Kestrel"
# in one is absorbed by "Kestrel Dynamics" in a later one.
TEXTS = {
    "k1": "Tanse met Ostmark's foreign minister in Lisbon on Monday, officials said. Ostmark protested against the sanctions.",
    "k2": "Valdorian envoy Mira Tanse criticised Ostmark on Tuesday. France and Germany urged restraint.",
    "k3": "Germany imposed sanctions on Russia on Wednesday. Russia condemned the decision, Russian officials said.",
    "k4": "Kestrel said it would sue the Valdorian government. The company was blacklisted by the United States on Thursday.",
    "k5": "Kestrel Dynamics denied selling drones to Ostmark. China accused the United States of bullying on Friday.",
}


class _Server:
    def __init__(self) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "tests.kill_writer"], cwd=ROOT, text=True,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        assert json.loads(self._line()) == {"ready": True}

    def _line(self) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        assert line, "the writer server died"
        return line

    def run(self, store: Path, extractions: Path, *, fault: str | None = None, kill_after: float | None = None,
            count: Path | None = None) -> int:
        assert self.proc.stdin is not None
        request = {"store": str(store), "extractions": str(extractions), "fault": fault, "count": str(count or "")}
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        pid = json.loads(self._line())["pid"]
        if kill_after is not None:
            time.sleep(kill_after)
            try:
                import os

                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        return int(json.loads(self._line())["status"])

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


@pytest.fixture(scope="module")
def setup(extractor: Any, seed_extraction: Extraction, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    folder = tmp_path_factory.mktemp("kill")
    articles = [build_article({"id": key, "text": text, "published": "2020-03-09"}) for key, text in TEXTS.items()]
    extracted = [r for r in extract_each(articles, extractor) if isinstance(r, Extraction)]
    v1 = [extracted[0], extracted[3], seed_extraction, *extracted[1:3], extracted[4]]  # k4's "Kestrel" before k5
    v2 = [dataclasses.replace(x, article=dataclasses.replace(x.article, title=f"{x.article.title or x.article.id} (v2)"),
                              relations=()) for x in v1]
    paths = {"v1": folder / "v1.pickle", "v2": folder / "v2.pickle"}
    for name, data in (("v1", v1), ("v2", v2)):
        paths[name].write_bytes(pickle.dumps(data))
    # The states a clean build passes through, article by article.
    states: dict[str, list[list[str]]] = {"empty": [[]], "update": []}
    with open_store(folder / "clean-v1") as store:
        for extraction in v1:
            store.add_extraction(extraction)
            states["empty"].append(store.nquads())
    with open_store() as store:
        store.add_extractions(v1)
        states["update"].append(store.nquads())
        for extraction in v2:
            store.add_extraction(extraction)
            states["update"].append(store.nquads())
    server = _Server()
    start = time.monotonic()
    assert server.run(folder / "timing", paths["v1"], count=folder / "writes") == 0
    duration = time.monotonic() - start
    writes = int((folder / "writes").read_text(encoding="utf-8"))
    assert writes >= len(v1)
    yield {"folder": folder, "paths": paths, "v1": v1, "v2": v2, "states": states, "server": server,
           "duration": duration, "writes": writes}
    server.close()


def _trial(setup: dict[str, Any], name: str, mode: str, *, fault: str | None = None,
           kill_after: float | None = None) -> int:
    """Run the writer, kill it, check the store; return how many articles the run had written."""
    store_dir = setup["folder"] / name
    if mode == "update":
        shutil.copytree(setup["folder"] / "clean-v1", store_dir)
    version = "v1" if mode == "empty" else "v2"
    status = setup["server"].run(store_dir, setup["paths"][version], fault=fault, kill_after=kill_after)
    assert status in (0, signal.SIGKILL), f"the writer failed (status {status})"
    states = setup["states"][mode]
    with open_store(store_dir) as store:  # always opens
        quads = store.nquads()
        if quads not in states:
            nearest = min(states, key=lambda state: len(set(state) ^ set(quads)))
            pytest.fail(f"{name}: the store is no state a clean build passes through (a half-written article?): "
                        f"{len(set(nearest) - set(quads))} quads missing, {len(set(quads) - set(nearest))} extra "
                        f"against the nearest, e.g. {sorted(set(nearest) ^ set(quads))[:3]}")
        written = states.index(quads)
        report = validate_graph(store)
        assert report.conforms, report.text[:2000]
        store.add_extractions(setup[version])  # the rerun
        assert store.nquads() == states[-1]
    shutil.rmtree(store_dir)
    return written


@pytest.mark.parametrize("where", ["before-write", "after-write"])
@pytest.mark.parametrize("mode", ["empty", "update"])
def test_store_kill_at_injected_points(setup: dict[str, Any], mode: str, where: str) -> None:
    written = [_trial(setup, f"{mode}-{where}-{number}", mode, fault=f"{where}:{number}")
               for number in range(1, setup["writes"] + 1)]
    # Killed before the first write nothing is written; after the last, everything.
    assert written == sorted(written) and written[-1] == (len(setup["v1"]) if where == "after-write" else written[-1])
    assert written[0] == (0 if where == "before-write" else written[0])


def test_store_kill_at_random_moments(setup: dict[str, Any]) -> None:
    rng = random.Random(12)
    written = [_trial(setup, f"random-{index}", "empty" if index % 2 == 0 else "update",
                      kill_after=rng.uniform(0, setup["duration"]))
               for index in range(RANDOM_KILLS)]
    # The kills landed all along the run, not only before or after it.
    assert len(set(written)) >= 3, written
