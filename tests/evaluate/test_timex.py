"""kg.evaluate.timex: reading gold, TE3 value equality, scoring, and the platinum target."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from kg.errors import InputError
from kg.evaluate.timex import (
    TimexGold,
    TimexGoldDoc,
    evaluate_timex,
    format_timex_report,
    read_timex_gold,
    split_paragraphs,
    values_equal,
)
from kg.model import TimexType

# The repo root is parents[2]; the shared dev data sits beside the repo.
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
PLATINUM = SHARED / "bench" / "timex" / "te3_platinum.jsonl"


def _record(**overrides: Any) -> dict[str, Any]:
    text = "The talks ended on Friday after three years."
    record: dict[str, Any] = {
        "doc": "d1", "dct": "2013-03-22", "text": text,
        "timexes": [
            {"start": 19, "end": 25, "text": "Friday", "type": "DATE", "value": "2013-03-22"},
            {"start": 32, "end": 43, "text": "three years", "type": "DURATION", "value": "P3Y"},
        ],
    }  # fmt: skip
    record.update(overrides)
    return record


def test_timex_read_gold(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(_record()) + "\n\n", encoding="utf-8")
    (doc,) = read_timex_gold(path)
    assert doc.dct == dt.date(2013, 3, 22)
    assert [t.value for t in doc.timexes] == ["2013-03-22", "P3Y"]
    assert doc.timexes[1].type is TimexType.DURATION


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "JSON object"),
        (json.dumps({"doc": "x", "text": "t"}), "missing field"),
        (json.dumps(_record(dct="22/03/2013")), "dct"),
        (json.dumps(_record(timexes=[{"start": 0, "end": 3, "text": "The", "type": "DAY",
                                      "value": "x"}])), "malformed timex"),
        (json.dumps(_record(timexes=[{"start": 0, "end": 3, "text": "Fri", "type": "DATE",
                                      "value": "x"}])), "does not match"),
        ("", "no documents"),
    ],
    ids=["bad-json", "not-object", "missing-field", "bad-dct", "bad-type", "bad-offsets", "empty"],
)
def test_timex_read_gold_rejects_malformed(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_timex_gold(path)


def test_timex_read_gold_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_timex_gold(tmp_path / "absent.jsonl")


@pytest.mark.parametrize(
    ("gold", "found", "is_set", "equal"),
    [
        ("2000-W7", "2000-W07", False, True),
        ("197X", "197", False, True),
        ("19XX", "19", False, True),
        ("2013-03-23T15:00:00", "2013-03-23T15:00", False, True),
        ("XXXX-XX-XX", "P1D", True, True),
        ("XXXX-WXX", "P1W", True, True),
        ("XXXX", "P1Y", True, True),
        ("present_ref", "PRESENT_REF", False, True),
        ("P10Y", "P1DE", False, False),
        ("XXXX", "P1Y", False, False),
        ("2013-03", "2013-03-01", False, False),
    ],
    ids=["week-padding", "decade-fill", "century-fill", "seconds", "set-day", "set-week",
         "set-year", "case", "no-unit-conversion", "set-only-for-sets", "granularity"],
)
def test_timex_values_equal(gold: str, found: str, is_set: bool, equal: bool) -> None:
    assert values_equal(gold, found, is_set=is_set) is equal


def test_timex_split_paragraphs_keeps_offsets() -> None:
    text = "\n\nFirst line\nstill first.\n\n  Second.\n\n\n"
    paragraphs = list(split_paragraphs(text))
    assert [p for _, p in paragraphs] == ["First line\nstill first.", "Second."]
    assert all(text[o : o + len(p)] == p for o, p in paragraphs)


def test_timex_evaluate_small_document(nlp: Any) -> None:
    text = "The talks ended on Friday after three years. We met every Monday."
    doc = TimexGoldDoc("d", dt.date(2013, 3, 22), text, (
        TimexGold(19, 25, "Friday", TimexType.DATE, "2013-03-22"),
        TimexGold(29, 43, "after three years", TimexType.DURATION, "P3Y"),
    ))  # fmt: skip
    report = evaluate_timex([doc], nlp)
    assert (report.gold, report.predicted, report.relaxed, report.strict) == (2, 3, 2, 1)
    assert report.value_accuracy == 1.0
    assert report.relaxed_precision == pytest.approx(2 / 3)
    assert [m.kind for m in report.misses] == ["spurious"]
    table = format_timex_report(report)
    for label in ("strict", "relaxed", "value F1", "type accuracy", "DURATION", "SET"):
        assert label in table


def test_timex_platinum_value_f1_reaches_target(nlp: Any) -> None:
    if not PLATINUM.is_file():
        pytest.skip(f"TempEval-3 platinum set not found beside the repo ({PLATINUM.name} "
                    "in ../shared/bench/timex); it is shared dev data, not part of the repo")
    report = evaluate_timex(read_timex_gold(PLATINUM), nlp)
    assert report.gold == 138
    assert report.value_f1 >= 0.85, format_timex_report(report)
    assert report.relaxed_f1 >= 0.90, format_timex_report(report)
