"""Benchmark: what loading the actor dictionaries adds to kg's start-up.

Run by hand (not a test):  python bench/bench_dictionary_load.py [--repeat N]

Each run is a fresh interpreter: plain ``Extractor.load()``, then
``Extractor.load()`` followed by ``load_actor_dictionary()``; the script prints
the median wall-clock and CPU seconds of each and their difference.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

_RUN = """
import json, time
t0, c0 = time.perf_counter(), time.process_time()
from kg.extract import Extractor
Extractor.load()
t1, c1 = time.perf_counter(), time.process_time()
if {with_dictionary}:
    from kg.extract.actors.dictionary import load_actor_dictionary
    load_actor_dictionary()
t2, c2 = time.perf_counter(), time.process_time()
print(json.dumps([t1 - t0, c1 - c0, t2 - t1, c2 - c1]))
"""


def _measure(with_dictionary: bool) -> list[float]:
    out = subprocess.run([sys.executable, "-c", _RUN.format(with_dictionary=with_dictionary)], check=True, capture_output=True, text=True)
    values: list[float] = json.loads(out.stdout.strip().splitlines()[-1])
    return values


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    plain = [_measure(False) for _ in range(args.repeat)]
    loaded = [_measure(True) for _ in range(args.repeat)]
    base_wall = statistics.median(p[0] for p in plain)
    base_cpu = statistics.median(p[1] for p in plain)
    total_wall = statistics.median(p[0] + p[2] for p in loaded)
    total_cpu = statistics.median(p[1] + p[3] for p in loaded)
    extra_wall = statistics.median(p[2] for p in loaded)
    extra_cpu = statistics.median(p[3] for p in loaded)
    print(f"Extractor.load():                         {base_wall:6.2f} s wall  {base_cpu:6.2f} s CPU")
    print(f"Extractor.load() + load_actor_dictionary(): {total_wall:6.2f} s wall  {total_cpu:6.2f} s CPU")
    print(f"the dictionaries alone (median):          {extra_wall:6.2f} s wall  {extra_cpu:6.2f} s CPU")


if __name__ == "__main__":
    main()
