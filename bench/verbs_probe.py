"""Probe the PETRARCH2 verb dictionary against kg's own CAMEO lexicon, verb by verb.

Run by hand from the repository root::

    .venv/bin/python bench/verbs_probe.py [--data PATH] [--show N]

For every record of the sentence-level dev set, each verb of the text is coded
twice: by kg's lexicon (:func:`kg.extract.events.cameo.code_predicate`) and by
the dictionary (:func:`kg.extract.events.verbs.code_verb`). Neither uses
actors or the event stage, so the figures compare vocabularies, not events:

* root accuracy: expected roots (a group with its ``cameo_alt`` roots, once
  per record, as the reference scorer counts) found among the predicted roots;
* root precision: predicted codes whose root is expected in the record;
* the expected roots only the dictionary finds, only kg finds, both, neither;
* the combination "kg first, the dictionary where kg has no code" (per verb).

``--show N`` prints N sentences of each disagreement class, for reading the
dictionary's behaviour; do not write dictionary corrections from them (the set
is dev data: the point is coverage on text nobody tuned for).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

# Run from a checkout without installing kg: the repository root goes first.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.extract.events.cameo import code_predicate, load_cameo  # noqa: E402
from kg.extract.events.verbs import code_verb  # noqa: E402
from kg.extract.events.verbs_reader import load_verb_dictionary  # noqa: E402
from kg.nlp import load_pipeline  # noqa: E402

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "events" / "plover_gsr_cameo.jsonl"
SOURCES = ("kg", "dict", "kg+dict")


def expected_roots(record: dict[str, Any]) -> set[frozenset[str]]:
    """The record's root groups: each expected code's root with its ``cameo_alt`` roots."""
    return {
        frozenset({event["cameo"][:2], *(str(alt)[:2] for alt in event.get("cameo_alt", ()))})
        for event in record["expected"]
    }


def main() -> None:
    """Parse the dev set, code its verbs both ways and print the comparison."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--show", type=int, default=0, help="sentences to print per disagreement class")
    args = parser.parse_args()

    started = time.perf_counter()
    dictionary = load_verb_dictionary()
    load_seconds = time.perf_counter() - started
    records = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    nlp = load_pipeline()
    lexicon = load_cameo()

    totals: Counter[str] = Counter()
    classes: Counter[str] = Counter()
    origins: Counter[str] = Counter()
    shown: Counter[str] = Counter()
    coding_seconds = 0.0
    for record, doc in zip(records, nlp.pipe(r["text"] for r in records), strict=True):
        groups = expected_roots(record)
        if not groups:
            continue
        accepted = set().union(*groups)
        codes: dict[str, list[str]] = {source: [] for source in SOURCES}
        notes: list[str] = []
        for token in doc:
            if token.pos_ not in ("VERB", "AUX") or token.dep_ in ("amod", "compound", "aux", "auxpass"):
                continue
            kg_match = code_predicate(token, lexicon)
            tick = time.perf_counter()
            dict_code = code_verb(token, dictionary)
            coding_seconds += time.perf_counter() - tick
            kg_code = kg_match.code if kg_match else None
            if kg_code:
                codes["kg"].append(kg_code)
            if dict_code:
                codes["dict"].append(dict_code.code)
                origins[f"{dict_code.origin}:{'ok' if dict_code.code[:2] in accepted else 'wrong'}"] += 1
            combined = kg_code or (dict_code.code if dict_code else None)
            if combined:
                codes["kg+dict"].append(combined)
            if kg_code or dict_code:
                pattern = f" [{dict_code.pattern.text}]" if dict_code and dict_code.pattern else ""
                notes.append(f"{token.text}: kg {kg_code or '-'} dict {dict_code.code if dict_code else '-'}{pattern}")
        for source in SOURCES:
            roots = {code[:2] for code in codes[source]}
            totals[f"{source}.roots"] += len(groups)
            totals[f"{source}.found"] += sum(bool(group & roots) for group in groups)
            totals[f"{source}.predicted"] += len(codes[source])
            totals[f"{source}.correct"] += sum(code[:2] in accepted for code in codes[source])
        kg_roots = {code[:2] for code in codes["kg"]}
        dict_roots = {code[:2] for code in codes["dict"]}
        for group in groups:
            label = {(True, True): "both", (True, False): "only kg", (False, True): "only dict", (False, False): "neither"}[
                (bool(group & kg_roots), bool(group & dict_roots))
            ]
            classes[label] += 1
            if shown[label] < args.show and label in ("only kg", "only dict"):
                shown[label] += 1
                print(f"{label.upper()} want {sorted(group)}: {record['text']}\n    {'; '.join(notes) or '-'}")

    print(f"records: {len(records)}; dictionary: {len(dictionary.blocks)} blocks, {len(dictionary.verbs)} verbs, "
          f"{sum(len(b.patterns) for b in dictionary.blocks)} patterns, read in {load_seconds:.2f} s; "
          f"coding all verbs took {coding_seconds:.2f} s")
    for source in SOURCES:
        accuracy = totals[f"{source}.found"] / max(1, totals[f"{source}.roots"])
        precision = totals[f"{source}.correct"] / max(1, totals[f"{source}.predicted"])
        print(
            f"{source:>8}: root accuracy {100 * accuracy:5.1f} ({totals[f'{source}.found']}/{totals[f'{source}.roots']})"
            f"  root precision {100 * precision:5.1f} ({totals[f'{source}.correct']}/{totals[f'{source}.predicted']})"
        )
    print("expected roots found by:", ", ".join(f"{k} {classes[k]}" for k in ("both", "only kg", "only dict", "neither")))
    print("dictionary codes by origin:", dict(sorted(origins.items())))


if __name__ == "__main__":
    main()
