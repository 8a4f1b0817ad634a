"""Score event extraction: sentence-level CAMEO gold and article-level gold.

Returns figures; prints nothing (``format_*`` turn them into text).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.contract import to_contract
from kg.document import build_article, read_article
from kg.errors import KgError
from kg.evaluate.articles import ArticleScores, score_articles
from kg.evaluate.gold import GoldArticle, percent, read_jsonl_records
from kg.extract import Extractor, RuleSwitch, extract
from kg.model import Actor, Article, Extraction
from kg.nlp import ParsedParagraph, parse_articles


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


@dataclass
class PreparedSentences:
    """Sentence records read and parsed once (``None`` for a record whose text is unusable)."""

    records: list[dict[str, Any]]
    articles: list[Article | None]
    parsed: list[list[ParsedParagraph] | None]


def prepare_sentences(path: Path, extractor: Extractor) -> PreparedSentences:
    """Read a sentence-level gold file and parse its texts.

    Raises:
        InputError: an unreadable file or malformed records.
    """
    records = read_jsonl_records(path)
    articles: list[Article | None] = []
    for index, record in enumerate(records):
        rec = {"id": str(record.get("id", index)), "text": record.get("text", ""), "published": record.get("date")}
        try:
            articles.append(build_article(rec, origin=f"{path}:{index + 1}"))
        except KgError:
            articles.append(None)
    good = [a for a in articles if a is not None]
    by_id = {id(a): p for a, p in parse_articles(extractor.nlp, good)}
    parsed = [by_id.get(id(a)) if a is not None else None for a in articles]
    return PreparedSentences(records, articles, parsed)


def evaluate_prepared_sentences(prepared: PreparedSentences, extractor: Extractor, switch: RuleSwitch | None = None) -> SentenceEventReport:
    """Extract prepared sentence records (``switch`` sets the rules) and score them."""
    report = SentenceEventReport()
    for record, article, parsed in zip(prepared.records, prepared.articles, prepared.parsed):
        extraction = extract(article, parsed, extractor, switch) if article is not None and parsed is not None else None
        _score_sentence(record, extraction, report)
    return report


def evaluate_event_sentences(path: Path, extractor: Extractor) -> SentenceEventReport:
    """Run the extractor on each record of a sentence-level gold file and score it.

    Raises:
        InputError: an unreadable file or malformed records.
    """
    return evaluate_prepared_sentences(prepare_sentences(path, extractor), extractor)


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


@dataclass
class PreparedArticles:
    """Gold articles read and parsed once, to be extracted any number of times (the ablation report)."""

    golds: list[GoldArticle]
    articles: list[Article]
    parsed: list[list[ParsedParagraph]]


def prepare_articles(golds: Sequence[GoldArticle], extractor: Extractor) -> PreparedArticles:
    """Read and parse the articles of gold annotations.

    Raises:
        KgError: an article cannot be read.
    """
    articles = [read_article(gold.path) for gold in golds]
    parsed = [paragraphs for _, paragraphs in parse_articles(extractor.nlp, articles)]
    return PreparedArticles(list(golds), articles, parsed)


@dataclass
class ArticleEvaluation:
    """Scores of a set of gold articles: the total, each article's, and the extractions scored."""

    total: ArticleScores
    per_article: list[tuple[str, ArticleScores]]
    extractions: list[Extraction]


def evaluate_prepared(prepared: PreparedArticles, extractor: Extractor, switch: RuleSwitch | None = None) -> ArticleEvaluation:
    """Extract prepared articles (``switch`` sets the rules) and score them by the reference rules."""
    extractions = [extract(a, p, extractor, switch) for a, p in zip(prepared.articles, prepared.parsed)]
    total, per = score_articles(prepared.golds, [to_contract(e) for e in extractions])
    return ArticleEvaluation(total, per, extractions)


def evaluate_event_articles(golds: Sequence[GoldArticle], extractor: Extractor) -> ArticleEvaluation:
    """Extract each gold article and score its events, actors and relations."""
    return evaluate_prepared(prepare_articles(golds, extractor), extractor)


def _pct(value: float | None) -> str:
    return "    -" if value is None else f"{100 * value:5.1f}"


def format_article_report(evaluation: ArticleEvaluation) -> str:
    """Event figures as a short text table (the reference scorer's figures)."""
    s = evaluation.total
    f = s.figures()
    lines = [
        f"articles            {len(evaluation.per_article)}",
        f"event F1            {_pct(f['event_F1'])}  (precision {_pct(f['event_P']).strip()} = {s.matched}/{s.pred_events} predicted, a lower bound; recall {_pct(f['event_R']).strip()} = {s.matched}/{s.gold_events})",
        f"typed event F1      {_pct(f['typed_F1'])}  (CAMEO root fits the gold type: {s.typed} of {s.gold_events})",
        f"date accuracy       {_pct(f['date_acc'])}% exact, {_pct(f['date_acc_lenient']).strip()}% overlapping  (matched gold events with a date: {s.date_n})",
        f"modality agreement  {_pct(f['modality_acc'])}%  (of {s.mod_n} matched)",
        f"source / target     {_pct(f['source_acc'])}% / {_pct(f['target_acc']).strip()}%  (over {s.aligned} sentence-aligned gold events; sentence recall {_pct(f['sentence_R']).strip()}%)",
        "",
        "article                                             gold  pred  matched",
    ]
    for name, scores in evaluation.per_article:
        lines.append(f"{name[:50]:50}  {scores.gold_events:4}  {scores.pred_events:4}  {scores.matched:7}")
    return "\n".join(lines) + "\n"


def format_actor_report(evaluation: ArticleEvaluation) -> str:
    """Actor and relation figures as a short text table."""
    s = evaluation.total
    f = s.figures()
    return "\n".join([
        f"articles               {len(evaluation.per_article)}",
        f"actor recall           {_pct(f['actor_R'])}%  ({s.actors_found}/{s.gold_actors}, one to one, alias-lenient)",
        f"actor precision        {_pct(f['actor_P'])}%  ({s.actors_found}/{s.pred_actors})",
        f"relation recall        {_pct(f['relation_R'])}%  ({s.relations_found}/{s.gold_relations})",
        f"relation precision     {_pct(f['relation_P'])}%  ({s.relations_found}/{s.pred_relations})",
    ]) + "\n"
