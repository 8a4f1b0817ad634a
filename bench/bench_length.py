"""Benchmark: does extraction time grow linearly with an article's length?

Run by hand (not a test):  python bench/bench_length.py [--sizes 1000 2000 4000 8000]

One invented article per size, made of that many short news paragraphs
(names and events made up, cycled from a few templates). For each size it
times bare spaCy parsing of the same paragraphs (the baseline, linear by
construction) and kg's whole extraction of the article, in the same run.
Linear extraction keeps the time per 1,000 paragraphs, and the ratio to the
baseline, about constant as the size doubles; a growth factor near 2.0 per
doubling is linear, near 4.0 quadratic.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.document import build_article  # noqa: E402
from kg.extract import Extractor  # noqa: E402
from kg.ingest import extract_each  # noqa: E402
from kg.model import Extraction  # noqa: E402

PEOPLE = ["Mira Tanse", "Arno Vell", "Lise Horvath", "Tomas Brel", "Ines Okoro", "Pavel Dunn"]
PLACES = ["Valdoria", "Ostmark", "Kestrel Bay", "Nordhall", "the Sarn Republic", "Eastport"]
TEMPLATES = [
    "{p} met officials from {q} in {r} on Monday, the foreign ministry said.",
    "Police in {r} arrested two men after protests against the government of {q} last week.",
    "{q} and {r} signed a trade agreement on Tuesday, according to {p}.",
    "\"We will not accept these sanctions,\" {p} told reporters in {r}.",
    "Troops from {q} withdrew from the border town near {r} in March 2019.",
    "{p} denied that {q} had sold weapons to rebels in {r}.",
]


def article_of(paragraphs: int) -> str:
    """An invented article body of ``paragraphs`` paragraphs."""
    lines = []
    for i in range(paragraphs):
        template = TEMPLATES[i % len(TEMPLATES)]
        lines.append(template.format(p=PEOPLE[i % len(PEOPLE)], q=PLACES[(i // 2) % len(PLACES)], r=PLACES[(i // 3 + 1) % len(PLACES)]))
    return "\n\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 4000, 8000])
    args = parser.parse_args()
    extractor = Extractor.load()
    # Warm up both paths (lazy loading, caches).
    warm = build_article({"id": "warm", "text": article_of(20), "published": "2020-03-09"})
    list(extract_each([warm], extractor))
    print(f"{'paragraphs':>10} {'characters':>11} {'bare s':>8} {'kg s':>8} {'kg s/1k par':>12} {'kg/bare':>8} {'growth':>7}")
    previous: float | None = None
    for size in args.sizes:
        text = article_of(size)
        article = build_article({"id": f"len{size}", "text": text, "published": "2020-03-09"})
        paragraphs = [article.text[s.start : s.end] for s in article.paragraphs]
        start = time.perf_counter()
        for _ in extractor.nlp.pipe(paragraphs, batch_size=128):
            pass
        bare = time.perf_counter() - start
        start = time.perf_counter()
        (result,) = list(extract_each([article], extractor))
        full = time.perf_counter() - start
        assert isinstance(result, Extraction), result
        growth = f"{full / previous:7.2f}" if previous else "      -"
        print(f"{size:>10} {len(text):>11} {bare:>8.2f} {full:>8.2f} {full / size * 1000:>12.2f} {full / bare:>8.2f} {growth}"
              f"   ({len(result.events)} events)")
        previous = full


if __name__ == "__main__":
    main()
