"""Benchmark: sentences/s of kg's event extraction against bare spaCy parsing.

Run by hand (not a test):  python bench/bench_events.py [GOLD.jsonl] [--repeat N]

Both sides see the same sentences (the CAMEO dev set by default) through the
same pipeline; kg adds time expressions, actors, CAMEO coding, modality and
relations on top of the parse.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.document import build_article  # noqa: E402
from kg.extract import Extractor, extract_articles  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=ROOT.parent / "shared" / "bench" / "events" / "plover_gsr_cameo.jsonl")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not args.gold.is_file():
        sys.exit(f"no such file: {args.gold}")
    texts = [json.loads(line)["text"] for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = texts * args.repeat
    articles = [build_article({"id": str(i), "text": t}) for i, t in enumerate(texts)]
    extractor = Extractor.load()
    list(extract_articles(articles[:5], extractor))  # warm up

    start = time.perf_counter()
    for _ in extractor.nlp.pipe([a.text for a in articles], batch_size=128):
        pass
    bare = time.perf_counter() - start

    start = time.perf_counter()
    events = sum(len(getattr(r, "events", ())) for r in extract_articles(articles, extractor, batch_size=128))
    full = time.perf_counter() - start

    n = len(articles)
    print(f"sentences            {n}")
    print(f"bare spaCy parsing   {n / bare:8.1f} sentences/s ({bare:.2f} s)")
    print(f"kg events            {n / full:8.1f} sentences/s ({full:.2f} s, {events} events)")
    print(f"ratio kg / bare      {bare / full:8.2f}  (throughput; 1.0 = no cost over parsing)")


if __name__ == "__main__":
    main()
