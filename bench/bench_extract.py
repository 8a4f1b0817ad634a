"""Benchmark: words/s of kg's extraction against bare spaCy parsing of the same texts.

Run by hand (not a test):  python bench/bench_extract.py [FOLDER ...] [--repeat N]

Both sides parse the same cleaned article bodies paragraph by paragraph with
the same pipeline and batch size; the extraction side adds time expressions,
actors, events and relations. The ratio is what kg costs on top of parsing.
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
    parser.add_argument("--repeat", type=int, default=5, help="how many times to run over the texts")
    args = parser.parse_args()
    paths = args.paths or [ROOT / "seeds", ROOT.parent / "shared" / "bench" / "articles"]
    articles = [a for a in iter_articles([p for p in paths if p.exists()]) if isinstance(a, Article)]
    if not articles:
        sys.exit("no articles found")
    corpus = articles * args.repeat
    words = sum(len(a.text.split()) for a in corpus)
    extractor = Extractor.load()
    nlp = extractor.nlp
    # Warm up both paths once (lazy loading, caches).
    list(extract_articles(articles[:1], extractor))

    paragraphs = [a.text[s.start : s.end] for a in corpus for s in a.paragraphs]
    start = time.perf_counter()
    for _ in nlp.pipe(paragraphs, batch_size=64):
        pass
    bare = time.perf_counter() - start
    rss_bare = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    start = time.perf_counter()
    events = 0
    for result in extract_articles(corpus, extractor):
        events += len(getattr(result, "events", ()))
    full = time.perf_counter() - start
    rss_full = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    print(f"articles x repeat     {len(articles)} x {args.repeat} ({words} words)")
    print(f"bare spaCy parsing    {words / bare:8.0f} words/s  ({bare:.2f} s)")
    print(f"kg extraction         {words / full:8.0f} words/s  ({full:.2f} s, {events} events)")
    print(f"ratio kg / bare       {bare / full:8.2f}  (throughput; 1.0 = no cost over parsing)")
    print(f"peak RSS              {rss_bare / 1024:.0f} MiB after parsing, {rss_full / 1024:.0f} MiB after extraction")


if __name__ == "__main__":
    main()
