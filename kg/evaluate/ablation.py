"""The ablation report: each extraction rule switched off alone, and what that changes.

Every data set is read and parsed once; then the extraction runs once with
every rule on (the baseline, which also counts how often each rule fired)
and once per rule with that rule off. Runs are spread over worker processes
(forked, so the parses are shared, not copied through pickles).

Returns figures; prints nothing (:func:`format_ablation` makes the table).
"""

from __future__ import annotations

import multiprocessing
import os
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from kg.evaluate.events import (
    PreparedArticles,
    PreparedSentences,
    evaluate_prepared,
    evaluate_prepared_sentences,
    prepare_articles,
    prepare_sentences,
)
from kg.evaluate.gold import read_article_gold
from kg.extract import Extractor, RuleSwitch
from kg.extract.rules import RuleInfo

__all__ = ["AblationReport", "Dataset", "ablate", "format_ablation", "prepare_dataset"]

#: Figures of an article set and of a sentence set, in report order.
ARTICLE_FIGURES = ("event_F1", "typed_F1", "date_acc", "actor_R", "relation_R")
SENTENCE_FIGURES = ("root_acc", "dyad_acc")
_SHORT = {"event_F1": "F1", "typed_F1": "typed", "date_acc": "date", "actor_R": "actR", "relation_R": "relR", "root_acc": "root", "dyad_acc": "dyad"}


@dataclass
class Dataset:
    """A gold data set read and parsed once: an article folder or a sentence JSON Lines file."""

    name: str
    articles: PreparedArticles | None = None
    sentences: PreparedSentences | None = None

    @property
    def figure_names(self) -> tuple[str, ...]:
        """The figures this set gives."""
        return ARTICLE_FIGURES if self.articles is not None else SENTENCE_FIGURES


def prepare_dataset(path: Path, extractor: Extractor) -> Dataset:
    """Read and parse a gold folder of articles or a sentence-level JSON Lines file.

    Raises:
        KgError: unreadable or malformed gold data.
    """
    name = (path.name if path.is_dir() else path.stem) or str(path)
    if path.is_dir():
        return Dataset(name, articles=prepare_articles(read_article_gold(path), extractor))
    return Dataset(name, sentences=prepare_sentences(path, extractor))


def measure(dataset: Dataset, extractor: Extractor, switch: RuleSwitch) -> dict[str, float]:
    """The figures of one data set under ``switch`` (percentages; 0 where undefined)."""
    if dataset.articles is not None:
        figures = evaluate_prepared(dataset.articles, extractor, switch).total.figures()
        return {k: 100 * (figures[k] or 0.0) for k in ARTICLE_FIGURES}
    assert dataset.sentences is not None
    report = evaluate_prepared_sentences(dataset.sentences, extractor, switch)
    root = 100 * report.roots_found / report.roots_expected if report.roots_expected else 0.0
    dyad = 100 * report.dyads_country / report.dyads_expected if report.dyads_expected else 0.0
    return {"root_acc": root, "dyad_acc": dyad}


@dataclass
class AblationRow:
    """One rule: how often it fired with everything on, and each figure's change without it."""

    rule: RuleInfo
    fired: dict[str, int]
    delta: dict[str, dict[str, float]]


@dataclass
class AblationReport:
    """The baseline figures per data set and one row per rule."""

    datasets: list[tuple[str, tuple[str, ...]]]
    baseline: dict[str, dict[str, float]]
    rows: list[AblationRow] = field(default_factory=list)

    def neutral(self) -> list[str]:
        """Rules whose removal changes no figure of any data set."""
        return [r.rule.name for r in self.rows if all(abs(v) < 0.05 for d in r.delta.values() for v in d.values())]

    def helps_without(self, dataset: str) -> list[str]:
        """Rules whose removal raises a figure of ``dataset`` and lowers none of it."""
        out = []
        for row in self.rows:
            values = list(row.delta.get(dataset, {}).values())
            if values and max(values) >= 0.05 and min(values) > -0.05:
                out.append(row.rule.name)
        return out


# Worker state: set in the parent before the pool forks, read by the children.
_STATE: tuple[Extractor, list[Dataset]] | None = None


def _run(disabled: frozenset[str]) -> tuple[dict[str, dict[str, float]], dict[str, Counter[str]]]:
    assert _STATE is not None
    extractor, datasets = _STATE
    figures: dict[str, dict[str, float]] = {}
    fired: dict[str, Counter[str]] = {}
    for dataset in datasets:
        switch = RuleSwitch(disabled)
        figures[dataset.name] = measure(dataset, extractor, switch)
        fired[dataset.name] = switch.fired
    return figures, fired


def ablate(
    datasets: Sequence[Dataset],
    extractor: Extractor,
    rules: Sequence[RuleInfo],
    *,
    jobs: int | None = None,
    progress: Callable[[str], None] | None = None,
) -> AblationReport:
    """Measure every data set with all rules on, then with each of ``rules`` off alone.

    Args:
        datasets: prepared data sets.
        extractor: the loaded extractor (its own ``disabled`` set is the baseline's).
        rules: the rules to switch off, one run each.
        jobs: worker processes (default: the machine's cores).
        progress: called with each rule's name as its run finishes.
    """
    global _STATE
    base_off = extractor.disabled
    _STATE = (extractor, list(datasets))
    try:
        baseline, fired = _run(base_off)
        jobs = max(1, jobs or os.cpu_count() or 1)
        report = AblationReport([(d.name, d.figure_names) for d in datasets], baseline)
        todo = [rule for rule in rules if rule.name not in base_off]
        if jobs == 1 or len(todo) < 2:
            results = (_run(base_off | {rule.name}) for rule in todo)
            for rule, (figures, _) in zip(todo, results):
                report.rows.append(_row(rule, fired, baseline, figures))
                if progress:
                    progress(rule.name)
        else:
            context = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
                for rule, (figures, _) in zip(todo, pool.map(_run, [base_off | {rule.name} for rule in todo])):
                    report.rows.append(_row(rule, fired, baseline, figures))
                    if progress:
                        progress(rule.name)
        return report
    finally:
        _STATE = None


def _row(rule: RuleInfo, fired: dict[str, Counter[str]], baseline: dict[str, dict[str, float]], figures: dict[str, dict[str, float]]) -> AblationRow:
    return AblationRow(
        rule,
        {name: counts.get(rule.name, 0) for name, counts in fired.items()},
        {name: {k: figures[name][k] - v for k, v in base.items()} for name, base in baseline.items()},
    )


def format_ablation(report: AblationReport) -> str:
    """The report as a Markdown table: baseline figures, then one line per rule (changes when it is off)."""
    head = ["rule", "table"]
    for name, figures in report.datasets:
        head.append(f"fired {name}")
        head.extend(f"{_SHORT[f]} {name}" for f in figures)
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    base = ["**all rules on**", ""]
    for name, figures in report.datasets:
        base.append("")
        base.extend(f"{report.baseline[name][f]:.1f}" for f in figures)
    lines.append("| " + " | ".join(base) + " |")
    for row in report.rows:
        cells = [f"`{row.rule.name}`", row.rule.table.split(".")[-1]]
        for name, figures in report.datasets:
            cells.append(str(row.fired.get(name, 0)))
            cells.extend(_delta(row.delta[name][f]) for f in figures)
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    lines.append("Cells are the change of each figure with the rule switched off alone (negative: the rule helps).")
    neutral = report.neutral()
    lines.append(f"Removal changes nothing ({len(neutral)}): " + (", ".join(f"`{n}`" for n in neutral) or "none") + ".")
    for name, _ in report.datasets:
        helps = report.helps_without(name)
        lines.append(f"Removal helps {name} ({len(helps)}): " + (", ".join(f"`{n}`" for n in helps) or "none") + ".")
    return "\n".join(lines) + "\n"


def _delta(value: float) -> str:
    return "0" if abs(value) < 0.05 else f"{value:+.1f}"
