"""Probe the CAMEO lexicon on the sentence-level dev set, without actors.

Run by hand from the repository root::

    .venv/bin/python bench/cameo_root_probe.py [--data PATH] [--misses] [--extra]

For every record the sentence is parsed, every verb and noun is coded with
:func:`kg.extract.cameo.code_span` (code_predicate / code_nominal, widest
matches kept), and two proxies are reported:

* root recall: expected roots (with their ``cameo_alt`` roots) found among the
  predicted roots, counted once per record and root as the reference scorer does;
* root precision: predicted codes whose root is expected in that record.

Both are given with all matches and without reporting verbs (say, announce...),
which the event extractor turns into attribution rather than events.
``--misses`` lists records whose roots were not found, ``--extra`` the wrong
predictions: use them to widen the lexicon with general synonyms and frames,
never with sentence-specific rules.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

# Run from a checkout without installing kg: the repository root goes first.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.extract.events.cameo import CameoMatch, code_span, load_cameo  # noqa: E402
from kg.nlp import load_pipeline  # noqa: E402

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "events" / "plover_gsr_cameo.jsonl"


def expected_roots(record: dict[str, Any]) -> set[frozenset[str]]:
    """The record's root groups: each expected code's root with its ``cameo_alt`` roots.

    As in the reference scorer, a group counts once per record and is found when
    any predicted code has one of its roots.
    """
    return {
        frozenset({event["cameo"][:2], *(str(alt)[:2] for alt in event.get("cameo_alt", ()))})
        for event in record["expected"]
    }


def main() -> None:
    """Parse the dev set, code it and print recall/precision figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--misses", action="store_true", help="list records whose root was not predicted")
    parser.add_argument("--extra", action="store_true", help="list predictions with a wrong root")
    parser.add_argument(
        "--nominals", choices=("fallback", "all"), default="fallback", help="event nouns kept by code_span"
    )
    args = parser.parse_args()

    records = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    nlp = load_pipeline()
    lexicon = load_cameo()
    totals: Counter[str] = Counter()
    wrong_roots: Counter[str] = Counter()
    for record, doc in zip(records, nlp.pipe(r["text"] for r in records), strict=True):
        groups = expected_roots(record)
        roots = set().union(*groups)
        matches = code_span(doc, lexicon, nominals=args.nominals)
        for label, kept in (("all", matches), ("events", [m for m in matches if not m.reporting])):
            predicted = {m.code[:2] for m in kept}
            totals[f"{label}.roots"] += len(groups)
            totals[f"{label}.found"] += sum(bool(group & predicted) for group in groups)
            totals[f"{label}.predicted"] += len(kept)
            totals[f"{label}.correct"] += sum(m.code[:2] in roots for m in kept)
        events = [m for m in matches if not m.reporting]
        if args.misses and not roots & {m.code[:2] for m in events}:
            print(f"MISS {record['id']} want {sorted(roots)}: {record['text']}")
            print(f"     got {_describe(doc, events)}")
        if args.extra:
            for m in events:
                if m.code[:2] not in roots:
                    wrong_roots[m.code[:2]] += 1
                    print(f"EXTRA {record['id']} want {sorted(roots)}: {_describe(doc, [m])}")

    print(f"records: {len(records)}")
    for label in ("all", "events"):
        recall = totals[f"{label}.found"] / max(1, totals[f"{label}.roots"])
        precision = totals[f"{label}.correct"] / max(1, totals[f"{label}.predicted"])
        print(
            f"{label:>6}: root recall {100 * recall:5.1f} ({totals[f'{label}.found']}/{totals[f'{label}.roots']})"
            f"  root precision {100 * precision:5.1f} ({totals[f'{label}.correct']}/{totals[f'{label}.predicted']})"
        )
    if wrong_roots:
        print("wrong predicted roots:", dict(wrong_roots.most_common()))


def _describe(doc: object, matches: list[CameoMatch]) -> str:
    return "; ".join(
        f"{m.code} {' '.join(doc[i].text for i in m.trigger_tokens)} [{m.pattern_id}]"  # type: ignore[index]
        for m in matches
    ) or "-"


if __name__ == "__main__":
    main()
