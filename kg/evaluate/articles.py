"""Score article extractions against article gold, by the rules of the project's reference scorer.

The rules (``../shared/eval/README.md``, "What the scorers count") are applied
to the extraction *contract* (:func:`kg.contract.to_contract`), so ``kg eval``
and the reference scorer see the same predictions:

* **same sentence**: Unicode-normalised lower-case token runs; one sequence
  inside the other and at least a quarter of its length, or a multiset
  overlap of at least 80 % of the shorter when it is at least 30 % of the
  longer;
* **actors, alias-lenient**: names folded (possessive, dots, punctuation and
  "the" dropped); equal, or one token set inside the other with a token that
  is not a generic role word (``kg/data/words/generic_name_words.txt``);
* **events**: greedy one-to-one, highest score first; a match needs the same
  sentence, the source (unless the gold has none) and a target (when the gold
  has one); a typed match also needs the CAMEO root to fit the gold type;
* **dates** over matched events with a gold date (exact interval), modality
  (gold ``actual`` = asserted or reported), actors one-to-one, relations by
  subject, predicate and object.

Returns figures; prints nothing.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from kg.evaluate.gold import GoldArticle
from kg.extract.words import WordClass

__all__ = ["ArticleScores", "TYPE_ROOTS", "score_article", "type_compatible"]

GENERIC_NAME_WORDS = WordClass("generic_name_words")

#: Gold event classes -> accepted CAMEO roots; ``None`` = any root (no CAMEO home).
TYPE_ROOTS: dict[str, tuple[str, ...] | None] = {
    "STATEMENT": ("01",), "REPORT": ("01",), "DENY": ("01", "12"), "PROTEST": ("11", "14"),
    "ACCUSE": ("11",), "REJECT": ("12", "11"), "MEET": ("04",), "VISIT": ("04",), "TRAVEL": ("04",),
    "MEDIATE": ("04",), "AGREE": ("03", "05", "06"), "PROPOSE": ("03", "02"), "RECOGNIZE": ("05",),
    "RELEASE": ("08",), "DEMAND": ("10", "02"), "AID": ("07",), "EASE_SANCTION": ("08",),
    "THREATEN": ("13",), "MOBILIZE": ("15",), "SANCTION": ("16", "17"), "ARREST": ("17",),
    "SEIZE": ("17",), "COERCE": ("17",), "ATTACK": ("18", "19", "20"), "FIGHT": ("18", "19", "20"),
    "ELECT": None, "RULE": None, "POLICY": None, "JOIN": None, "AUTHORIZE": None, "OUST": None, "BAN": None,
}
#: Relation predicates of the contract; a gold predicate outside them matches ``other``.
SCHEMA_PREDICATES = frozenset({
    "spokesperson_of", "leader_of", "minister_of", "member_of", "part_of", "affiliated_with",
    "located_in", "based_in", "citizen_of", "owned_by", "ally_of", "other",
})
_REALIS = frozenset({"actual", "asserted", "reported", "alleged"})
_MODALITY_ACCEPT = {
    "actual": {"asserted", "reported"}, "conditional": {"conditional", "hypothetical"},
    "hypothetical": {"hypothetical", "conditional"},
}
_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
    "\u00a0": " ", "\u00ad": None, "\u200b": None,
})
_TOKEN = re.compile(r"[a-z0-9]+")
_CODE = re.compile(r"^[0-2][0-9][0-9A-Z]{0,2}$")
SENTENCE_THRESHOLD = 0.8


@dataclass
class ArticleScores:
    """Counts of one article or a sum of articles (add with ``+``)."""

    gold_events: int = 0
    pred_events: int = 0
    matched: int = 0
    typed: int = 0
    pred_in_gold_sentences: int = 0
    aligned: int = 0
    src_n: int = 0
    src_ok: int = 0
    tgt_n: int = 0
    tgt_ok: int = 0
    date_n: int = 0
    date_exact: int = 0
    date_lenient: int = 0
    mod_n: int = 0
    mod_ok: int = 0
    fact_ok: int = 0
    gold_actors: int = 0
    pred_actors: int = 0
    actors_found: int = 0
    gold_relations: int = 0
    pred_relations: int = 0
    relations_found: int = 0
    missed: list[dict[str, Any]] = field(default_factory=list)

    def __add__(self, other: ArticleScores) -> ArticleScores:
        out = ArticleScores(**{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self) if f.name != "missed"})
        out.missed = self.missed + other.missed
        return out

    def figures(self) -> dict[str, float | None]:
        """The reference scorer's derived figures (fractions, ``None`` when undefined)."""
        r, p = _ratio(self.matched, self.gold_events), _ratio(self.matched, self.pred_events)
        tr, tp = _ratio(self.typed, self.gold_events), _ratio(self.typed, self.pred_events)
        return {
            "event_R": r, "event_P": p, "event_F1": _f1(p, r),
            "event_P_in_gold_sentences": _ratio(self.matched, self.pred_in_gold_sentences),
            "typed_R": tr, "typed_P": tp, "typed_F1": _f1(tp, tr),
            "sentence_R": _ratio(self.aligned, self.gold_events),
            "source_acc": _ratio(self.src_ok, self.src_n), "target_acc": _ratio(self.tgt_ok, self.tgt_n),
            "date_acc": _ratio(self.date_exact, self.date_n), "date_acc_lenient": _ratio(self.date_lenient, self.date_n),
            "modality_acc": _ratio(self.mod_ok, self.mod_n), "factuality_acc": _ratio(self.fact_ok, self.mod_n),
            "actor_R": _ratio(self.actors_found, self.gold_actors), "actor_P": _ratio(self.actors_found, self.pred_actors),
            "relation_R": _ratio(self.relations_found, self.gold_relations),
            "relation_P": _ratio(self.relations_found, self.pred_relations),
        }


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def _f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return 2 * p * r / (p + r) if p + r else 0.0


# --- text and names --------------------------------------------------------------


def normalize_text(text: str) -> str:
    """NFKC, ASCII quotes and dashes, collapsed whitespace, lower case."""
    text = unicodedata.normalize("NFKC", text or "").translate(_QUOTES)
    return re.sub(r"\s+", " ", text).strip().lower()


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(normalize_text(text))


def sentence_similarity(a: str, b: str) -> float:
    """0..1; at least :data:`SENTENCE_THRESHOLD` means the same sentence."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(short) / len(long_) < 0.25:
        return 0.0
    if f" {' '.join(short)} " in f" {' '.join(long_)} ":
        return 1.0
    if len(short) / len(long_) < 0.3:
        return 0.0
    return sum((Counter(ta) & Counter(tb)).values()) / len(short)


def normalize_name(name: str) -> str:
    """A name folded for alias-lenient matching ("the U.S.'s" -> "us")."""
    folded = re.sub(r"'s\b", "", normalize_text(name)).replace(".", "")
    folded = re.sub(r"[^a-z0-9 ]+", " ", folded)
    return " ".join(t for t in folded.split() if t != "the")


def name_strength(a: str, b: str) -> int:
    """2 = equal after folding, 1 = one token set inside the other with a non-generic token, 0 = no match."""
    na, nb = normalize_name(a), normalize_name(b)
    if not na or not nb:
        return 0
    if na == nb:
        return 2
    sa, sb = set(na.split()), set(nb.split())
    small, big = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    return 1 if small <= big and small - GENERIC_NAME_WORDS else 0


def names_strength(names_a: Iterable[str], names_b: Iterable[str]) -> int:
    """The best :func:`name_strength` over all pairs of two alias lists."""
    best = 0
    listed_b = list(names_b)
    for a in names_a:
        for b in listed_b:
            best = max(best, name_strength(a, b))
            if best == 2:
                return 2
    return best


def greedy_assign(candidates: Iterable[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """Highest score first, each gold and each prediction used once; ties by index."""
    used_i: set[int] = set()
    used_j: set[int] = set()
    out = []
    for _, i, j in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if i not in used_i and j not in used_j:
            used_i.add(i)
            used_j.add(j)
            out.append((i, j))
    return out


# --- dates and types ---------------------------------------------------------------


def gold_interval(value: str | None) -> tuple[dt.date, dt.date] | None:
    """Inclusive bounds of a gold date (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``A/B``), or ``None``."""
    if not value:
        return None
    value = str(value).strip()
    if "/" in value:
        a, b = (gold_interval(part) for part in value.split("/", 1))
        return (a[0], b[1]) if a and b else None
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if not match:
        return None
    year = int(match.group(1))
    try:
        if match.group(3):
            day = dt.date(year, int(match.group(2)), int(match.group(3)))
            return day, day
        if match.group(2):
            month = int(match.group(2))
            nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
            return dt.date(year, month, 1), nxt - dt.timedelta(days=1)
    except ValueError:
        return None
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _iso_day(value: object) -> dt.date | None:
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(value)) if value else None
    if not match:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def type_compatible(cameo: object, roots: tuple[str, ...] | None) -> bool:
    """Whether a predicted CAMEO code fits a gold type's roots (``None`` = any valid code)."""
    code = str(cameo or "").strip()
    if not _CODE.match(code):
        return False
    return roots is None or code[:2] in roots


# --- scoring -------------------------------------------------------------------------


def _actor_names(actor: Mapping[str, Any] | None) -> list[str]:
    if not actor:
        return []
    return [n for n in [actor.get("name") or "", *(actor.get("aliases") or [])] if n]


def score_article(gold: GoldArticle, pred: Mapping[str, Any]) -> ArticleScores:
    """Score one article's contract object against its gold."""
    actors = {str(a.get("id")): a for a in pred.get("actors") or []}

    def pred_names(actor_id: object) -> list[str]:
        if actor_id is None:
            return []
        found = actors.get(str(actor_id))
        return _actor_names(found) if found else [str(actor_id)]

    alias_of = {a.name: [a.name, *a.aliases] for a in gold.actors}

    def gold_names(name: str) -> list[str]:
        return alias_of.get(name, [name])

    events = [e for e in pred.get("events") or [] if isinstance(e, dict)]
    s = ArticleScores(gold_events=len(gold.events), pred_events=len(events))
    untyped: list[tuple[float, int, int]] = []
    typed: list[tuple[float, int, int]] = []
    aligned: list[tuple[float, int, int]] = []
    info: dict[tuple[int, int], tuple[bool, bool]] = {}
    in_gold_sentence: set[int] = set()
    for i, g in enumerate(gold.events):
        g_src = gold_names(g.source) if g.source else None
        g_tgts = [gold_names(t) for t in g.targets]
        roots = g.roots if g.roots is not None else TYPE_ROOTS.get(g.type.upper())
        g_words = set(_tokens(g.trigger))
        for j, p in enumerate(events):
            sim = sentence_similarity(g.sentence, p.get("sentence") or "")
            if sim < SENTENCE_THRESHOLD:
                continue
            in_gold_sentence.add(j)
            src_ok = g_src is None or names_strength(g_src, pred_names(p.get("source"))) > 0
            p_tgt = pred_names(p.get("target"))
            tgt_ok = not g_tgts or any(names_strength(t, p_tgt) > 0 for t in g_tgts)
            typ_ok = type_compatible(p.get("cameo"), roots)
            trig = int(bool(g_words & set(_tokens(p.get("trigger") or ""))))
            info[(i, j)] = (src_ok, tgt_ok)
            aligned.append((4 * src_ok + 4 * tgt_ok + 2 * typ_ok + trig + sim, i, j))
            if src_ok and tgt_ok:
                untyped.append((4 * typ_ok + 2 * trig + sim, i, j))
                if typ_ok:
                    typed.append((2 * trig + sim, i, j))
    pairs = greedy_assign(untyped)
    s.matched, s.typed = len(pairs), len(greedy_assign(typed))
    s.pred_in_gold_sentences = len(in_gold_sentence)
    for i, j in (m_aligned := greedy_assign(aligned)):
        src_ok, tgt_ok = info[(i, j)]
        if gold.events[i].source:
            s.src_n, s.src_ok = s.src_n + 1, s.src_ok + src_ok
        if gold.events[i].targets:
            s.tgt_n, s.tgt_ok = s.tgt_n + 1, s.tgt_ok + tgt_ok
    s.aligned = len(m_aligned)
    for i, j in pairs:
        g, p = gold.events[i], events[j]
        time = p.get("time") or {}
        earliest, latest = _iso_day(time.get("earliest")), _iso_day(time.get("latest"))
        interval = gold_interval(g.date)
        if interval is not None:
            s.date_n += 1
            s.date_exact += earliest == interval[0] and latest == interval[1] and earliest is not None
            s.date_lenient += _overlap(earliest, latest, interval) or _overlap(earliest, latest, gold_interval(g.date_lenient))
        if g.modality:
            predicted = str(p.get("modality") or "").lower()
            s.mod_n += 1
            s.mod_ok += predicted in _MODALITY_ACCEPT.get(g.modality, {g.modality})
            s.fact_ok += (predicted in _REALIS) == (g.modality in _REALIS)
    matched_gold = {i for i, _ in pairs}
    s.missed = [
        {"article": gold.path.stem, "trigger": g.trigger, "type": g.type, "source": g.source, "target": list(g.targets), "sentence": g.sentence[:120]}
        for i, g in enumerate(gold.events) if i not in matched_gold
    ]
    # Actors, one to one.
    listed = list(actors.values())
    candidates = [
        (float(st), i, j)
        for i, ga in enumerate(gold.actors)
        for j, pa in enumerate(listed)
        if (st := names_strength([ga.name, *ga.aliases], _actor_names(pa)))
    ]
    s.gold_actors, s.pred_actors, s.actors_found = len(gold.actors), len(listed), len(greedy_assign(candidates))
    # Relations: subject, predicate and object.
    relations = [
        (pred_names(r.get("subject")), str(r.get("predicate") or "").lower(), pred_names(r.get("object")))
        for r in pred.get("relations") or []
    ]
    candidates = []
    for i, (subject, predicate, obj) in enumerate(gold.relations):
        predicate = predicate.lower()
        accepted = {predicate} | ({"other"} if predicate not in SCHEMA_PREDICATES else set())
        for j, (ps, pp, po) in enumerate(relations):
            if pp in accepted:
                a, b = names_strength(gold_names(subject), ps), names_strength(gold_names(obj), po)
                if a and b:
                    candidates.append((float(a + b), i, j))
    s.gold_relations, s.pred_relations, s.relations_found = len(gold.relations), len(relations), len(greedy_assign(candidates))
    return s


def _overlap(earliest: dt.date | None, latest: dt.date | None, interval: tuple[dt.date, dt.date] | None) -> bool:
    if interval is None or earliest is None or latest is None:
        return False
    return earliest <= interval[1] and interval[0] <= latest


def score_articles(golds: Sequence[GoldArticle], preds: Sequence[Mapping[str, Any]]) -> tuple[ArticleScores, list[tuple[str, ArticleScores]]]:
    """Score gold articles against contract objects (same order); returns the total and each article's."""
    per = [(gold.path.stem, score_article(gold, pred)) for gold, pred in zip(golds, preds)]
    total = ArticleScores()
    for _, scores in per:
        total = total + scores
    return total, per
