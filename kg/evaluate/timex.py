"""Score the time-expression finder against TIMEX3 gold (TempEval-3 style).

Matching follows TempEval-3 Task A on characters: *strict* = the same
extent, *relaxed* = any overlap, one-to-one. Values and types are scored on
relaxed matches; value F1 = relaxed F1 x value accuracy (the TE3 ranking
figure). Values count as equal only under the equivalences the TE3 scorer
accepts (see :func:`values_equal`).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import InputError
from kg.extract.time import find_timexes
from kg.model import Timex, TimexType
from kg.nlp import ParsedParagraph

if TYPE_CHECKING:
    from spacy.language import Language


@dataclass(frozen=True)
class TimexGold:
    """One gold TIMEX3 annotation (offsets into its document's text)."""

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    mod: str | None = None


@dataclass(frozen=True)
class TimexGoldDoc:
    """A gold document: its text, creation date and annotations."""

    doc: str
    dct: dt.date
    text: str
    timexes: tuple[TimexGold, ...]


@dataclass(frozen=True)
class TimexMiss:
    """One disagreement, for debugging: missed, spurious, wrong value or wrong type."""

    doc: str
    kind: str  # "missed" | "spurious" | "value" | "type"
    gold_text: str | None
    gold_value: str | None
    found_text: str | None
    found_value: str | None


@dataclass(frozen=True)
class TypeFigures:
    """Per gold type: how many there are, how many were found, how many valued right."""

    gold: int
    found: int
    value_correct: int

    @property
    def value_accuracy(self) -> float:
        """Share of found expressions of this type with the right value."""
        return self.value_correct / self.found if self.found else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class TimexReport:
    """TE3-style figures; ratios are in [0, 1]."""

    documents: int
    gold: int
    predicted: int
    strict: int
    relaxed: int
    value_correct: int
    type_correct: int
    per_type: dict[str, TypeFigures]
    misses: tuple[TimexMiss, ...] = field(default=(), compare=False)

    @property
    def strict_precision(self) -> float:
        """Exact-extent matches over predictions."""
        return self.strict / self.predicted if self.predicted else 0.0

    @property
    def strict_recall(self) -> float:
        """Exact-extent matches over gold."""
        return self.strict / self.gold if self.gold else 0.0

    @property
    def strict_f1(self) -> float:
        """Harmonic mean of strict precision and recall."""
        return _f1(self.strict_precision, self.strict_recall)

    @property
    def relaxed_precision(self) -> float:
        """Overlap matches over predictions."""
        return self.relaxed / self.predicted if self.predicted else 0.0

    @property
    def relaxed_recall(self) -> float:
        """Overlap matches over gold."""
        return self.relaxed / self.gold if self.gold else 0.0

    @property
    def relaxed_f1(self) -> float:
        """Harmonic mean of relaxed precision and recall."""
        return _f1(self.relaxed_precision, self.relaxed_recall)

    @property
    def value_accuracy(self) -> float:
        """Right values among relaxed matches."""
        return self.value_correct / self.relaxed if self.relaxed else 0.0

    @property
    def value_f1(self) -> float:
        """Relaxed F1 times value accuracy (the TE3 ranking figure)."""
        return self.relaxed_f1 * self.value_accuracy

    @property
    def type_accuracy(self) -> float:
        """Right types among relaxed matches."""
        return self.type_correct / self.relaxed if self.relaxed else 0.0


def _field(record: dict[str, Any], key: str, where: str) -> Any:
    if key not in record:
        raise InputError(f"{where}: missing field {key!r}; is this a TIMEX gold JSON Lines file?")
    return record[key]


def _read_gold_record(record: Any, where: str) -> TimexGoldDoc:
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected a JSON object per line")
    text = _field(record, "text", where)
    try:
        dct = dt.date.fromisoformat(str(_field(record, "dct", where))[:10])
    except ValueError as exc:
        raise InputError(f"{where}: bad 'dct' date ({exc}); expected YYYY-MM-DD") from exc
    timexes = []
    for item in _field(record, "timexes", where):
        try:
            start, end = int(item["start"]), int(item["end"])
            gold = TimexGold(start, end, str(item["text"]), TimexType(item["type"]),
                             str(item["value"]), item.get("mod"))  # fmt: skip
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(f"{where}: malformed timex {item!r} ({exc})") from exc
        if not isinstance(text, str) or text[start:end] != gold.text:
            raise InputError(f"{where}: timex {gold.text!r} does not match text[{start}:{end}]")
        timexes.append(gold)
    return TimexGoldDoc(str(record.get("doc") or record.get("docid") or where), dct, text,
                        tuple(timexes))  # fmt: skip


def read_timex_gold(path: Path) -> list[TimexGoldDoc]:
    """Read TIMEX3 gold documents from a JSON Lines file (one document per line).

    Raises:
        InputError: when the file cannot be read or a record is malformed.
    """
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read TIMEX gold file {path}: {exc}") from exc
    docs = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not valid JSON ({exc.msg})") from exc
        docs.append(_read_gold_record(record, where))
    if not docs:
        raise InputError(f"TIMEX gold file {path} holds no documents")
    return docs


_SET_EQUIVALENTS = {"XXXX-XX-XX": "P1D", "XXXX-WXX": "P1W", "XXXX-XX": "P1M", "XXXX": "P1Y"}


def _canonical(value: str, is_set: bool) -> str:
    value = value.strip().upper()
    value = re.sub(r"-W(\d)(?!\d)", r"-W0\1", value)
    value = re.sub(r"^(\d{2,3})X+$", r"\1", value)
    value = re.sub(r"(T\d{2}:\d{2}):00$", r"\1", value)
    if is_set:
        value = _SET_EQUIVALENTS.get(value, value)
    return value


def values_equal(gold: str, found: str, *, is_set: bool = False) -> bool:
    """TE3 value equality: case, week padding, decade X fill, ":00" seconds, SET forms."""
    return _canonical(gold, is_set) == _canonical(found, is_set)


def split_paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """Yield ``(offset, paragraph)`` for the blank-line-separated paragraphs of ``text``."""
    for m in re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", text):
        yield m.start(), m.group().rstrip()


def parse_paragraphs(docs: Sequence[TimexGoldDoc], nlp: Language,
                     batch_size: int = 64) -> list[list[ParsedParagraph]]:
    """Parse each document paragraph by paragraph, batching across documents."""
    items = [(para, (i, offset)) for i, doc in enumerate(docs)
             for offset, para in split_paragraphs(doc.text)]  # fmt: skip
    parsed: list[list[ParsedParagraph]] = [[] for _ in docs]
    for spacy_doc, (i, offset) in nlp.pipe(items, as_tuples=True, batch_size=batch_size):
        parsed[i].append(ParsedParagraph(offset, spacy_doc))
    return parsed


def _match(gold: Sequence[TimexGold], found: Sequence[Timex]) -> list[tuple[int, int]]:
    """One-to-one relaxed matching: each gold takes the free prediction it overlaps most."""
    used: set[int] = set()
    pairs = []
    for g_index, g in enumerate(gold):
        best, best_overlap = -1, 0
        for f_index, f in enumerate(found):
            overlap = min(g.end, f.span.end) - max(g.start, f.span.start)
            if f_index not in used and overlap > best_overlap:
                best, best_overlap = f_index, overlap
        if best >= 0:
            used.add(best)
            pairs.append((g_index, best))
    return pairs


def evaluate_timex(docs: Sequence[TimexGoldDoc], nlp: Language) -> TimexReport:
    """Run :func:`kg.extract.time.find_timexes` on each document and score it.

    Each text is parsed paragraph-wise (blank lines split paragraphs) with
    ``nlp``, and its ``dct`` is the reference date.
    """
    counts = {"gold": 0, "predicted": 0, "strict": 0, "relaxed": 0, "value": 0, "type": 0}
    per_type = {t.value: [0, 0, 0] for t in TimexType}
    misses: list[TimexMiss] = []
    for doc, paragraphs in zip(docs, parse_paragraphs(docs, nlp), strict=True):
        found = find_timexes(doc.text, doc.dct, paragraphs)
        counts["gold"] += len(doc.timexes)
        counts["predicted"] += len(found)
        for g in doc.timexes:
            per_type[g.type.value][0] += 1
        pairs = _match(doc.timexes, found)
        matched_found = {f for _, f in pairs}
        matched_gold = {g for g, _ in pairs}
        for g_index, f_index in pairs:
            g, f = doc.timexes[g_index], found[f_index]
            text_f = f.span.text(doc.text)
            counts["relaxed"] += 1
            counts["strict"] += (g.start, g.end) == (f.span.start, f.span.end)
            per_type[g.type.value][1] += 1
            if values_equal(g.value, f.value, is_set=g.type is TimexType.SET):
                counts["value"] += 1
                per_type[g.type.value][2] += 1
            else:
                misses.append(TimexMiss(doc.doc, "value", g.text, g.value, text_f, f.value))
            if g.type is f.type:
                counts["type"] += 1
            else:
                misses.append(TimexMiss(doc.doc, "type", g.text, g.type.value, text_f,
                                        f.type.value))  # fmt: skip
        for g_index, g in enumerate(doc.timexes):
            if g_index not in matched_gold:
                misses.append(TimexMiss(doc.doc, "missed", g.text, g.value, None, None))
        for f_index, f in enumerate(found):
            if f_index not in matched_found:
                misses.append(TimexMiss(doc.doc, "spurious", None, None, f.span.text(doc.text),
                                        f.value))  # fmt: skip
    return TimexReport(
        documents=len(docs), gold=counts["gold"], predicted=counts["predicted"],
        strict=counts["strict"], relaxed=counts["relaxed"], value_correct=counts["value"],
        type_correct=counts["type"],
        per_type={k: TypeFigures(*v) for k, v in per_type.items()}, misses=tuple(misses),
    )  # fmt: skip


def format_timex_report(report: TimexReport) -> str:
    """The report as the text table the CLI prints (percentages, one decimal)."""

    def pct(x: float) -> str:
        return f"{100 * x:5.1f}"

    lines = [
        f"TIMEX evaluation: {report.documents} documents, {report.gold} gold, "
        f"{report.predicted} found",
        "",
        "             P      R      F1",
        f"strict   {pct(report.strict_precision)}  {pct(report.strict_recall)}  "
        f"{pct(report.strict_f1)}",
        f"relaxed  {pct(report.relaxed_precision)}  {pct(report.relaxed_recall)}  "
        f"{pct(report.relaxed_f1)}",
        "",
        f"value accuracy  {pct(report.value_accuracy)}",
        f"value F1        {pct(report.value_f1)}",
        f"type accuracy   {pct(report.type_accuracy)}",
        "",
        "type       gold  found  value acc",
    ]
    for name, figures in report.per_type.items():
        lines.append(f"{name:<9} {figures.gold:5d}  {figures.found:5d}  "
                     f"{pct(figures.value_accuracy)}")  # fmt: skip
    return "\n".join(lines) + "\n"
