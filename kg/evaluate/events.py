"""Score event extraction: sentence-level CAMEO gold and article-level gold.

Returns figures; prints nothing (``format_*`` turn them into text).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.document import build_article, read_article
from kg.errors import KgError
from kg.evaluate.gold import (
    percent,
    INTENT_CODES,
    TYPE_CODES,
    TYPE_ROOTS,
    GoldArticle,
    GoldEvent,
    collapse,
    names_of_actor,
    group_members,
    names_of_gold,
    normalize_name,
    read_jsonl_records,
)
from kg.extract import Extractor, extract_articles
from kg.model import Actor, Article, Event, Extraction, Modality


@dataclass
class SentenceEventReport:
    """Figures of the sentence-level CAMEO evaluation."""

    records: int = 0
    roots_expected: int = 0
    roots_found: int = 0
    codes_expected: int = 0
    codes_found: int = 0
    dyads_expected: int = 0
    dyads_country: int = 0
    dyads_full: int = 0
    predicted: int = 0
    predicted_correct_root: int = 0
    no_event_records: int = 0
    no_event_clean: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class ArticleEventReport:
    """Figures of the article-level evaluation."""

    articles: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    mentions: int = 0
    mentions_matched: int = 0
    dated_gold: int = 0
    date_exact: int = 0
    date_overlap: int = 0
    modality_agree: int = 0
    per_article: list[tuple[str, int, int, int]] = field(default_factory=list)
    misses: list[dict[str, Any]] = field(default_factory=list)



def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


# --- sentence level ----------------------------------------------------------------


def evaluate_event_sentences(path: Path, extractor: Extractor) -> SentenceEventReport:
    """Run the extractor on each record of a sentence-level gold file and score it.

    Raises:
        InputError: an unreadable file or malformed records.
    """
    records = read_jsonl_records(path)
    items: list[Article | KgError] = []
    for index, record in enumerate(records):
        rec = {"id": str(record.get("id", index)), "text": record.get("text", ""), "published": record.get("date")}
        try:
            items.append(build_article(rec, origin=f"{path}:{index + 1}"))
        except KgError as exc:
            items.append(exc)
    report = SentenceEventReport()
    for record, result in zip(records, extract_articles(items, extractor)):
        extraction = result if isinstance(result, Extraction) else None
        _score_sentence(record, extraction, report)
    return report


def _actor_code(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    return actor.code or actor.country


def _score_sentence(record: dict[str, Any], extraction: Extraction | None, report: SentenceEventReport) -> None:
    report.records += 1
    events = list(extraction.events) if extraction else []
    actors = {a.id: a for a in extraction.actors} if extraction else {}
    expected = record.get("expected") or []
    predicted_roots = {e.cameo[:2] for e in events}
    predicted_codes = {e.cameo for e in events}
    report.predicted += len(events)
    if record.get("expect_no_events"):
        report.no_event_records += 1
        report.no_event_clean += int(not events)
        return
    accepted_roots: set[str] = set()
    root_groups: list[set[str]] = []
    for exp in expected:
        group = {exp["cameo"][:2], *(alt[:2] for alt in exp.get("cameo_alt") or [])}
        accepted_roots |= group
        if group not in root_groups:
            root_groups.append(group)
    missed = []
    for group in root_groups:
        report.roots_expected += 1
        if group & predicted_roots:
            report.roots_found += 1
        else:
            missed.append(sorted(group))
    for code in {exp["cameo"] for exp in expected if len(exp["cameo"]) > 2}:
        report.codes_expected += 1
        report.codes_found += int(code in predicted_codes)
    report.predicted_correct_root += sum(1 for e in events if e.cameo[:2] in accepted_roots)
    for exp in expected:
        report.dyads_expected += 1
        group = {exp["cameo"][:2], *(alt[:2] for alt in exp.get("cameo_alt") or [])}
        country_hit = full_hit = False
        for event in events:
            if event.cameo[:2] not in group:
                continue
            src = _actor_code(actors.get(event.source or ""))
            tgt = _actor_code(actors.get(event.target or ""))
            country_hit |= _code_match(exp.get("source_code"), src, 3) and _code_match(exp.get("target_code"), tgt, 3)
            full_hit |= _code_match(exp.get("source_code"), src, None) and _code_match(exp.get("target_code"), tgt, None)
        report.dyads_country += int(country_hit)
        report.dyads_full += int(full_hit)
    if missed:
        report.misses.append({"id": record.get("id"), "text": record.get("text"), "expected": [e["cameo"] for e in expected], "predicted": sorted(predicted_codes)})


def _code_match(expected: str | None, predicted: str | None, length: int | None) -> bool:
    if expected is None:
        return True
    if predicted is None:
        return False
    if length is None:
        return expected == predicted
    return expected[:length] == predicted[:length]


def format_sentence_report(report: SentenceEventReport) -> str:
    """The sentence-level figures as a short text table."""
    lines = [
        f"records                 {report.records}",
        f"root accuracy           {percent(report.roots_found, report.roots_expected):5.1f}%  ({report.roots_found}/{report.roots_expected})",
        f"root precision          {percent(report.predicted_correct_root, report.predicted):5.1f}%  ({report.predicted_correct_root}/{report.predicted} predicted events)",
        f"full-code accuracy      {percent(report.codes_found, report.codes_expected):5.1f}%  ({report.codes_found}/{report.codes_expected})",
        f"dyad accuracy, country  {percent(report.dyads_country, report.dyads_expected):5.1f}%  ({report.dyads_country}/{report.dyads_expected})",
        f"dyad accuracy, full     {percent(report.dyads_full, report.dyads_expected):5.1f}%  ({report.dyads_full}/{report.dyads_expected})",
    ]
    if report.no_event_records:
        lines.append(f"no-event precision      {percent(report.no_event_clean, report.no_event_records):5.1f}%  ({report.no_event_clean}/{report.no_event_records})")
    return "\n".join(lines) + "\n"


# --- article level -----------------------------------------------------------------


def evaluate_event_articles(golds: Sequence[GoldArticle], extractor: Extractor) -> tuple[ArticleEventReport, list[Extraction]]:
    """Extract each gold article and score its events; returns the report and the extractions."""
    items: list[Article | KgError] = []
    for gold in golds:
        try:
            items.append(read_article(gold.path))
        except KgError as exc:
            items.append(exc)
    report = ArticleEventReport()
    extractions: list[Extraction] = []
    for gold, result in zip(golds, extract_articles(items, extractor)):
        if not isinstance(result, Extraction):
            raise result
        extractions.append(result)
        _score_article(gold, result, report)
    return report, extractions


def _score_article(gold: GoldArticle, extraction: Extraction, report: ArticleEventReport) -> None:
    report.articles += 1
    text = extraction.article.text
    actors = {a.id: a for a in extraction.actors}
    gold_actors = {a.name: a for a in gold.actors}
    predicted = list(extraction.events)
    locate = SentenceLocator(text)
    # Which predictions could stand for each gold event, those whose trigger
    # overlaps the gold trigger first.
    options: list[list[int]] = []
    for gev in gold.events:
        in_sentence = locate.matcher(gev.sentence)
        fitting = [
            index
            for index, event in enumerate(predicted)
            if in_sentence(event)
            and _type_ok(gev.type, event.cameo, gev.modality)
            and _role_ok(gev.source, event.source, gold_actors, actors)
            and _role_ok(gev.target, event.target, gold_actors, actors)
        ]
        word = gev.trigger.split()[0].lower()
        fitting.sort(key=lambda i: word not in predicted[i].trigger.text(text).lower())
        options.append(fitting)
    assignment = _best_assignment(options)
    used = set(assignment.values())
    matched = 0
    for g_index, gev in enumerate(gold.events):
        report.gold += 1
        if g_index not in assignment:
            report.misses.append({"article": gold.path.name, "trigger": gev.trigger, "type": gev.type, "source": gev.source, "target": gev.target, "sentence": gev.sentence[:120]})
            continue
        matched += 1
        event = predicted[assignment[g_index]]
        if gev.date:
            report.dated_gold += 1
            exact, overlap = _date_match(gev.date, event)
            report.date_exact += int(exact)
            report.date_overlap += int(overlap)
        report.modality_agree += int(_modality_ok(gev.modality, event.modality))
    report.matched += matched
    report.predicted += len(predicted)
    mentions = _mentions(predicted)
    report.mentions += len(mentions)
    report.mentions_matched += sum(1 for group in mentions.values() if group & used)
    report.per_article.append((gold.path.stem, len(gold.events), len(predicted), matched))


def _best_assignment(options: list[list[int]]) -> dict[int, int]:
    """A largest one-to-one matching of gold events to predictions (augmenting paths).

    A gold event takes a prediction another gold event needs only when that
    one can move to another prediction, so a loose gold event (any source,
    any target) never starves a strict one; among equally large matchings
    the preferred options listed first win.
    """
    owner: dict[int, int] = {}

    def place(g: int, seen: set[int]) -> bool:
        free = next((p for p in options[g] if p not in owner and p not in seen), None)
        if free is not None:
            owner[free] = g
            return True
        for p in options[g]:
            if p in seen:
                continue
            seen.add(p)
            if place(owner[p], seen):
                owner[p] = g
                return True
        return False

    for g in range(len(options)):
        place(g, set())
    return {g: p for p, g in owner.items()}


def _mentions(events: Sequence[Event]) -> dict[tuple[int, int], set[int]]:
    """Indexes of the predicted events grouped by event mention (trigger span).

    One trigger with a conjoined subject or object ("A and B signed", "met A
    and B") gives one event per participant, as CAMEO codes it; the article
    gold codes such a mention once and names the other participants in a
    note. Precision is therefore counted over mentions.
    """
    groups: dict[tuple[int, int], set[int]] = {}
    for index, event in enumerate(events):
        groups.setdefault((event.trigger.start, event.trigger.end), set()).add(index)
    return groups


class SentenceLocator:
    """Finds a gold sentence in an article and tells which events lie in it.

    Gold sentences are whitespace-collapsed copies of the body, and sentence
    splitters disagree at the edges (a final full stop left out, a quote
    split in two), so an event belongs to a gold sentence when its trigger
    lies inside that sentence's place in the text. A gold sentence that
    cannot be found falls back to comparing the event's sentence text.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._offsets: list[int] = []
        chars: list[str] = []
        for match in re.finditer(r"\S+", text):
            if chars:
                chars.append(" ")
                self._offsets.append(match.start())
            for i, ch in enumerate(match.group()):
                chars.append(ch)
                self._offsets.append(match.start() + i)
        self._collapsed = "".join(chars)

    def span(self, sentence: str) -> tuple[int, int] | None:
        """Character bounds ``[start, end)`` of ``sentence`` in the text, or ``None``."""
        needle = collapse(sentence)
        at = self._collapsed.find(needle) if needle else -1
        if at < 0:
            return None
        return self._offsets[at], self._offsets[at + len(needle) - 1] + 1

    def matcher(self, sentence: str) -> Callable[[Event], bool]:
        """A test: does an event's trigger lie in ``sentence``?"""
        bounds = self.span(sentence)
        if bounds is None:
            wanted = collapse(sentence)
            return lambda event: collapse(event.sentence.text(self._text)) == wanted
        start, end = bounds
        return lambda event: start <= event.trigger.start and event.trigger.end <= end


def _type_ok(gold_type: str, cameo: str, modality: str = "actual") -> bool:
    kind = gold_type.upper()
    roots = TYPE_ROOTS.get(kind)
    if roots is None or cameo[:2] in roots or cameo[:3] in TYPE_CODES.get(kind, frozenset()):
        return True
    return modality in {"planned", "conditional"} and any(cameo.startswith(p) for p in INTENT_CODES.get(kind, ()))


def _role_ok(gold_name: str | None, actor_id: str | None, gold_actors: dict[str, Any], actors: dict[str, Actor]) -> bool:
    if gold_name is None:
        return True
    if actor_id is None or actor_id not in actors:
        return False
    gold_actor = gold_actors.get(gold_name)
    gold_names = names_of_gold(gold_actor) if gold_actor is not None else {normalize_name(gold_name)}
    if gold_actor is not None and gold_actor.kind == "GROUP":
        gold_names |= group_members(gold_names)
    return bool(gold_names & names_of_actor(actors[actor_id]))


def gold_interval(value: str) -> tuple[dt.date, dt.date]:
    """Inclusive day bounds of a gold date (YYYY, YYYY-MM, YYYY-MM-DD or A/B)."""
    if "/" in value:
        a, b = value.split("/", 1)
        return gold_interval(a)[0], gold_interval(b)[1]
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        start = dt.date(parts[0], parts[1], 1)
        nxt = dt.date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
        return start, nxt - dt.timedelta(days=1)
    day = dt.date(parts[0], parts[1], parts[2])
    return day, day


def _date_match(gold_date: str, event: Event) -> tuple[bool, bool]:
    try:
        start, end = gold_interval(gold_date)
    except ValueError:
        return False, False
    earliest, latest = event.time.earliest, event.time.latest
    exact = earliest == start and latest == end
    lo = earliest or dt.date.min
    hi = latest or dt.date.max
    overlap = earliest is not None and latest is not None and lo <= end and start <= hi
    return exact, overlap


def _modality_ok(gold: str, predicted: Modality) -> bool:
    if gold == "actual":
        return predicted in {Modality.ASSERTED, Modality.REPORTED, Modality.ALLEGED, Modality.DENIED}
    return gold == predicted.value


def format_article_report(report: ArticleEventReport) -> str:
    """The article-level figures as a short text table."""
    p = percent(report.mentions_matched, report.mentions)
    p_events = percent(report.matched, report.predicted)
    r = percent(report.matched, report.gold)
    lines = [
        f"articles            {report.articles}",
        f"event precision     {p:5.1f}%  ({report.mentions_matched}/{report.mentions} event mentions; per coded event {p_events:.1f}% = {report.matched}/{report.predicted})",
        f"event recall        {r:5.1f}%  ({report.matched}/{report.gold})",
        f"event F1            {_f1(p, r):5.1f}",
        f"date accuracy       {percent(report.date_exact, report.dated_gold):5.1f}% exact, {percent(report.date_overlap, report.dated_gold):5.1f}% overlapping  (matched gold events with a date: {report.dated_gold})",
        f"modality agreement  {percent(report.modality_agree, report.matched):5.1f}%  (of {report.matched} matched)",
        "",
        "article                                             gold  pred  matched",
    ]
    for name, gold, pred, matched in report.per_article:
        lines.append(f"{name[:50]:50}  {gold:4}  {pred:4}  {matched:7}")
    return "\n".join(lines) + "\n"
