"""Synthetic corpora for the store benchmarks, made through kg's own code (not a test).

Real articles (``seeds/``, and ``../shared/bench/articles`` when present)
are extracted once by kg; every synthetic article is one of those
extractions cloned: a new id, every date shifted by the same random number
of days (publication dates spread over 2000-2024), and every actor replaced
by one of a pool of invented actors of the same kind, drawn with Zipf
popularity (a few actors are in many events, most in few), so the timeline,
relations, paths and the actor index see a realistic shape. The graphs are
then made by kg's graph code (``kg.corpus.write_partition``, the writer of
``kg extract --dask``) and loaded by ``kg load``.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import itertools
import pickle
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.model import Actor, ActorKind, Article, EventTime, Extraction, Mention, Relation  # noqa: E402

__all__ = ["Synthesizer", "template_extractions"]

_FIRST = dt.date(2000, 1, 1)
_DAYS = (dt.date(2024, 12, 31) - _FIRST).days
_SYLLABLES = ["al", "ber", "cor", "dan", "el", "fen", "gar", "hol", "is", "jar", "kel", "lun", "mor", "nev",
              "or", "pel", "quin", "ros", "sal", "tor", "ul", "var", "wen", "xan", "yor", "zel"]


def template_extractions(cache: Path) -> list[Extraction]:
    """kg's extractions of the real articles at hand (cached in ``cache``)."""
    if cache.exists():
        with cache.open("rb") as handle:
            return list(pickle.load(handle))
    from kg.document import iter_articles
    from kg.extract import Extractor, extract_articles

    folders = [p for p in (ROOT / "seeds", ROOT.parent / "shared" / "bench" / "articles") if p.exists()]
    articles = [a for a in iter_articles(folders) if isinstance(a, Article) and a.published is not None]
    found = [e for e in extract_articles(articles, Extractor.load()) if isinstance(e, Extraction) and e.events]
    with cache.open("wb") as handle:
        pickle.dump(found, handle)
    return found


def _name(kind: ActorKind, index: int) -> str:
    first = _SYLLABLES[index % 26].title() + _SYLLABLES[(index // 26) % 26]
    second = _SYLLABLES[(index // 676) % 26].title() + _SYLLABLES[(index * 7 + 3) % 26] + "ia"
    return f"{first} {second} {kind.value.title()} {index}"


class Synthesizer:
    """Makes synthetic article ``k`` the same way every time (``seed``, ``k``)."""

    def __init__(self, templates: list[Extraction], actors: int, seed: int = 14) -> None:
        self.templates = templates
        kinds = Counter(a.kind for t in templates for a in t.actors)
        total = sum(kinds.values())
        self.pools: dict[ActorKind, list[Actor]] = {}
        self.weights: dict[ActorKind, list[float]] = {}
        rng = random.Random(seed)
        examples = {kind: [a for t in templates for a in t.actors if a.kind is kind] for kind in kinds}
        index = 0
        for kind, count in sorted(kinds.items(), key=lambda item: item[0].value):
            size = max(8, round(actors * count / total))
            pool = []
            for _ in range(size):
                model = rng.choice(examples[kind])
                pool.append(Actor(f"syn-{kind.value.lower()}-{index}", _name(kind, index), kind,
                                  country=model.country, code=model.code))
                index += 1
            self.pools[kind] = pool
            # Zipf popularity: the i-th actor of a pool is drawn with weight 1 / (i + 1) ** 0.9.
            self.weights[kind] = list(itertools.accumulate(1.0 / (i + 1) ** 0.9 for i in range(size)))
        self.seed = seed

    def actors(self) -> list[Actor]:
        """Every actor of the pools."""
        return [a for pool in self.pools.values() for a in pool]

    def article(self, k: int) -> Extraction:
        """Synthetic article ``k``."""
        rng = random.Random(self.seed * 1_000_003 + k)
        template = self.templates[k % len(self.templates)]
        assert template.article.published is not None
        published = _FIRST + dt.timedelta(days=rng.randrange(_DAYS))
        shift = published - template.article.published
        mapping: dict[str, Actor] = {}
        taken: set[str] = set()
        for actor in template.actors:
            pool, weights = self.pools[actor.kind], self.weights[actor.kind]
            for _ in range(50):
                pick = pool[bisect.bisect_left(weights, rng.random() * weights[-1])]
                if pick.id not in taken:
                    break
            taken.add(pick.id)
            mapping[actor.id] = pick

        def ref(actor_id: str | None) -> str | None:
            return None if actor_id is None else mapping[actor_id].id

        def moved(day: dt.date | None) -> dt.date | None:
            return None if day is None else day + shift

        events = tuple(dataclasses.replace(
            e, source=ref(e.source), target=ref(e.target), attributed_to=ref(e.attributed_to),
            time=EventTime(moved(e.time.earliest), moved(e.time.latest), e.time.precision, e.time.anchor,
                           e.time.text, e.time.value, e.time.mod)) for e in template.events)
        return Extraction(
            article=dataclasses.replace(template.article, id=f"syn-{k:07d}", published=published, path=None),
            actors=tuple(sorted({mapping[a.id] for a in template.actors}, key=lambda a: a.id)),
            mentions=tuple(Mention(m.span, mapping[m.actor_id].id) for m in template.mentions),
            events=events,
            relations=tuple(dict.fromkeys(Relation(mapping[r.subject].id, r.predicate, mapping[r.object].id, r.sentence)
                                          for r in template.relations if mapping[r.subject].id != mapping[r.object].id)),
            sentences=template.sentences,
        )

    def events_per_article(self) -> float:
        """Mean events per template."""
        return sum(len(t.events) for t in self.templates) / len(self.templates)


