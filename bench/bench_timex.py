"""Benchmark find_timexes against bare spaCy parsing of the same texts.

Run by hand from the repo root::

    python bench/bench_timex.py [path]

``path`` is a JSON Lines file with a ``text`` (and optionally a ``dct``)
field per line, or a folder of ``.txt`` files; by default the TempEval-3
platinum set in ``../shared/bench/timex``. Prints expressions per second of
the finder (with and without a parse) and its cost per article next to the
cost of parsing the same paragraphs with spaCy, in the same run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.evaluate.timex import split_paragraphs  # noqa: E402
from kg.extract.time import find_timexes  # noqa: E402
from kg.nlp import ParsedParagraph, load_pipeline  # noqa: E402

DEFAULT = ROOT / ".." / "shared" / "bench" / "timex" / "te3_platinum.jsonl"


def read_texts(path: Path) -> list[tuple[str, dt.date | None]]:
    """Texts and reference dates from a JSON Lines file or a folder of .txt files."""
    if path.is_dir():
        return [(p.read_text(encoding="utf-8"), None) for p in sorted(path.glob("*.txt"))]
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            dct = record.get("dct")
            items.append((record["text"], dt.date.fromisoformat(dct[:10]) if dct else None))
    return items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--min-articles", type=int, default=200,
                        help="repeat the texts until at least this many articles are timed")
    args = parser.parse_args()
    texts = read_texts(args.path)
    if not texts:
        sys.exit(f"no texts in {args.path}")
    texts = texts * max(1, -(-args.min_articles // len(texts)))
    nlp = load_pipeline()
    words = sum(len(t.split()) for t, _ in texts)

    items = [(para, (i, offset)) for i, (text, _) in enumerate(texts)
             for offset, para in split_paragraphs(text)]
    start = time.perf_counter()
    parsed: list[list[ParsedParagraph]] = [[] for _ in texts]
    for doc, (i, offset) in nlp.pipe(items, as_tuples=True, batch_size=128):
        parsed[i].append(ParsedParagraph(offset, doc))
    t_parse = time.perf_counter() - start

    start = time.perf_counter()
    n_parsed = sum(len(find_timexes(text, ref, paras))
                   for (text, ref), paras in zip(texts, parsed, strict=True))
    t_with = time.perf_counter() - start

    start = time.perf_counter()
    n_plain = sum(len(find_timexes(text, ref)) for text, ref in texts)
    t_plain = time.perf_counter() - start

    n = len(texts)
    print(f"articles {n}, words {words}, source {args.path.name}")
    print(f"spaCy parse            {t_parse:7.2f} s  {1000 * t_parse / n:7.2f} ms/article  "
          f"{words / t_parse:8.0f} words/s")
    print(f"find_timexes (parsed)  {t_with:7.2f} s  {1000 * t_with / n:7.2f} ms/article  "
          f"{n_parsed / t_with:8.0f} expressions/s  ({n_parsed} found)")
    print(f"find_timexes (plain)   {t_plain:7.2f} s  {1000 * t_plain / n:7.2f} ms/article  "
          f"{n_plain / t_plain:8.0f} expressions/s  ({n_plain} found)")
    print(f"added cost over parsing: {100 * t_with / t_parse:.1f} % with the parse, "
          f"{100 * t_plain / t_parse:.1f} % without (ratio finder/parse "
          f"{t_with / t_parse:.3f})")


if __name__ == "__main__":
    main()
