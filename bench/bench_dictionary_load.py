"""Benchmark: what loading the field's dictionaries adds to kg's start-up.

Run by hand (not a test):  python bench/bench_dictionary_load.py [--repeat N]

Each run is a fresh interpreter. The baseline is what start-up cost before the
dictionaries: the spaCy pipeline, the gazetteer, the CAMEO lexicon and the
word classes. Then the PETRARCH2/Phoenix actor dictionaries with the dated
leaders table (``load_actor_dictionary``, which ``Extractor.load`` now does)
and the PETRARCH2 verb dictionary (``load_verb_dictionary``, read on the first
verb kg's own lexicon does not know). The script prints the median wall-clock
and CPU seconds of each step.
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
from kg.extract.actors.gazetteer_data import load_gazetteer
from kg.extract.events.cameo import load_cameo
from kg.extract.words import check_word_classes
from kg.nlp import DEFAULT_PIPELINE, load_pipeline
load_pipeline(DEFAULT_PIPELINE); load_gazetteer(); load_cameo(); check_word_classes()
t1, c1 = time.perf_counter(), time.process_time()
from kg.extract.actors.dictionary import load_actor_dictionary
load_actor_dictionary()
t2, c2 = time.perf_counter(), time.process_time()
from kg.extract.events.verbs_reader import load_verb_dictionary
load_verb_dictionary()
t3, c3 = time.perf_counter(), time.process_time()
print(json.dumps([t1 - t0, c1 - c0, t2 - t1, c2 - c1, t3 - t2, c3 - c2]))
"""


def _measure() -> list[float]:
    out = subprocess.run([sys.executable, "-c", _RUN], check=True, capture_output=True, text=True)
    values: list[float] = json.loads(out.stdout.strip().splitlines()[-1])
    return values


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    runs = [_measure() for _ in range(args.repeat)]
    med = [statistics.median(r[i] for r in runs) for i in range(6)]
    print(f"start-up without dictionaries (pipeline, gazetteer, lexicon, words): {med[0]:5.2f} s wall  {med[1]:5.2f} s CPU")
    print(f"+ actor dictionaries and leaders table:                               {med[2]:5.2f} s wall  {med[3]:5.2f} s CPU")
    print(f"+ verb dictionary:                                                    {med[4]:5.2f} s wall  {med[5]:5.2f} s CPU")
    print(f"dictionaries add {med[2] + med[4]:.2f} s wall ({100 * (med[2] + med[4]) / med[0]:.0f}% of the start-up without them)")


if __name__ == "__main__":
    main()
