"""Benchmark: words/s of kg's extraction against bare spaCy parsing of the same texts.

Run by hand (not a test):  python bench/bench_extract.py [FOLDER ...] [--repeat N]

Both sides parse the same cleaned article bodies paragraph by paragraph with
the same pipeline and batch size; the extraction side adds time expressions,
actors, events and relations. The ratio is what kg costs on top of parsing.
The two sides run in alternating rounds (``--repeat`` of them) so that the
machine's load falls on both; the per-round ratios show how much it moved.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.document import iter_articles  # noqa: E402
from kg.extract import Extractor, extract_articles  # noqa: E402
from kg.model import Article  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=6, help="how many alternating rounds to run over the texts")
    args = parser.parse_args()
    paths = args.paths or [ROOT / "seeds", ROOT.parent / "shared" / "bench" / "articles"]
    articles = [a for a in iter_articles([p for p in paths if p.exists()]) if isinstance(a, Article)]
    if not articles:
        sys.exit("no articles found")
    words_once = sum(len(a.text.split()) for a in articles)
    words = words_once * args.repeat
    extractor = Extractor.load()
    nlp = extractor.nlp
    # Warm up both paths once (lazy loading, caches).
    list(extract_articles(articles[:1], extractor))
    paragraphs = [a.text[s.start : s.end] for a in articles for s in a.paragraphs]

    def bare_round() -> float:
        start = time.perf_counter()
        for _ in nlp.pipe(paragraphs, batch_size=64):
            pass
        return time.perf_counter() - start

    events = 0

    def kg_round() -> float:
        nonlocal events
        start = time.perf_counter()
        for result in extract_articles(articles, extractor):
            events += len(getattr(result, "events", ()))
        return time.perf_counter() - start

    # Rounds alternate the two sides (bare first, then kg first, ...) so that
    # the machine's load moves both alike; each round parses the same texts.
    bares: list[float] = []
    fulls: list[float] = []
    for round_ in range(args.repeat):
        if round_ % 2 == 0:
            bares.append(bare_round())
            fulls.append(kg_round())
        else:
            fulls.append(kg_round())
            bares.append(bare_round())
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    bare, full = sum(bares), sum(fulls)
    ratios = sorted(b / f for b, f in zip(bares, fulls, strict=True))
    median = ratios[len(ratios) // 2] if len(ratios) % 2 else (ratios[len(ratios) // 2 - 1] + ratios[len(ratios) // 2]) / 2

    print(f"articles x rounds     {len(articles)} x {args.repeat} ({words} words)")
    print(f"bare spaCy parsing    {words / bare:8.0f} words/s  ({bare:.2f} s)")
    print(f"kg extraction         {words / full:8.0f} words/s  ({full:.2f} s, {events // args.repeat} events a round)")
    print(f"ratio kg / bare       {bare / full:8.2f}  (throughput over all rounds; 1.0 = no cost over parsing)")
    print(f"  per round           median {median:.2f}, range {ratios[0]:.2f}-{ratios[-1]:.2f}; fastest rounds {min(bares) / min(fulls):.2f}")
    print(f"peak RSS              {rss / 1024:.0f} MiB")

if __name__ == "__main__":
    main()
