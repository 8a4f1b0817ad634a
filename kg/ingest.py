"""A batch of articles into the store: ``extract_each()``, ``build_articles()``.

The guarantees of a build (README "Failure modes"):

* one bad article never costs the batch: a read error, a duplicate id, an
  extraction that fails (a bug, reported as one) or an extraction that fails
  the graph checks is reported once with the article's id and skipped; the
  rest are built;
* each article is written in one transaction (see :mod:`kg.store.writing`);
* extraction runs without the store open, so readers can query while a
  build extracts; the store is opened only to write each batch, waiting for
  another process's lock up to ``wait`` seconds;
* a build resumes: an article whose text, metadata and pipeline (kg's code
  and data, the spaCy pipeline, the build options: :func:`pipeline_fingerprint`)
  are those it was built with is skipped (its graph records the hash);
* with ``workers`` > 1, worker processes extract (each with its own copy of
  the pipeline) and feed the one process that writes, in input order.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.resources
import logging
import multiprocessing
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.corpus import content_hash
from kg.errors import ExtractionError, InputError, KgError
from kg.model import Article, Extraction
from kg.nlp import ParsedParagraph, parse_articles
from kg.store import ArticleWrite, open_store
from kg.store.location import is_store

if TYPE_CHECKING:  # kg.extract is imported where articles are extracted, not to start the CLI
    from kg.extract import Extractor

__all__ = ["Duplicates", "Outcome", "build_articles", "drop_duplicates", "extract_each", "extract_parallel",
           "pipeline_fingerprint"]

#: What a build's output depends on besides the article: these parts of kg (code and data).
_FINGERPRINTED = ("extract", "data", "graph", "document", "ontology", "nlp.py", "model.py", "dateline.py")

log = logging.getLogger(__name__)


class Duplicates(StrEnum):
    """What a build does with a second article of the same id."""

    ERROR = "error"  # report the later one as an error and skip it
    SKIP = "skip"  # keep the first, note the later one
    REPLACE = "replace"  # keep the last, note the earlier one


@dataclass(frozen=True)
class Outcome:
    """What became of one input of a build.

    Attributes:
        item: the article id, or where the input was ("folder/x.txt:3").
        write: what was written, for a built article.
        error: why the input was not built (counted as a failure).
        note: why a duplicate was left out on purpose (not a failure).
        events, relations: counts of the built article.
        unchanged: the store holds this article as this build would make it (skipped).
    """

    item: str
    write: ArticleWrite | None = None
    error: KgError | None = None
    note: str | None = None
    events: int = 0
    relations: int = 0
    unchanged: bool = False


def drop_duplicates(items: Sequence[Article | KgError], policy: Duplicates) -> list[Article | KgError | Outcome]:
    """Apply the duplicate-id ``policy``; the inputs left out become errors or noted outcomes."""
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    for index, item in enumerate(items):
        if isinstance(item, Article):
            first.setdefault(item.id, index)
            last[item.id] = index
    kept: list[Article | KgError | Outcome] = []
    for index, item in enumerate(items):
        if not isinstance(item, Article) or first[item.id] == last[item.id]:
            kept.append(item)
            continue
        keeper = items[last[item.id] if policy is Duplicates.REPLACE else first[item.id]]
        assert isinstance(keeper, Article)
        if keeper is item:
            kept.append(item)
        elif policy is Duplicates.ERROR:
            kept.append(InputError(
                f"{item.path}: duplicate article id {item.id!r} (also {keeper.path}); give one of them "
                "another id (an 'id:' line or another file name) or pass --on-duplicate skip|replace"))
        else:
            verb = "skipped" if policy is Duplicates.SKIP else "replaced"
            kept.append(Outcome(item.path or item.id, note=f"{item.path}: {verb}: article id {item.id!r} "
                                                          f"is also read from {keeper.path}"))
    return kept


def extract(article: Article, paragraphs: list[ParsedParagraph], extractor: Extractor) -> Extraction:
    """:func:`kg.extract.extract`, imported on first use (so commands that extract nothing start faster)."""
    from kg.extract import extract as extract_article

    return extract_article(article, paragraphs, extractor)


def extract_each(items: Iterable[Article | KgError], extractor: Extractor, *,
                 batch_size: int = 16) -> Iterator[Extraction | KgError]:
    """Extract a stream of articles; each article that fails becomes its own error.

    Paragraphs are parsed in batches across articles (as
    :func:`kg.extract.extract_articles` does); if a batch fails to parse,
    its articles are parsed one by one so only the culprit fails. An
    exception an extraction should never raise is reported as an
    :class:`~kg.errors.ExtractionError` naming the article (the traceback is
    logged at debug level, ``-vv``).
    """
    pending: list[Article | KgError] = []

    def flush() -> Iterator[Extraction | KgError]:
        articles = [a for a in pending if isinstance(a, Article)]
        parsed = _parse(articles, extractor)
        for item in pending:
            if isinstance(item, KgError):
                yield item
                continue
            paragraphs = parsed[item.id]
            if isinstance(paragraphs, KgError):
                yield paragraphs
                continue
            try:
                yield extract(item, paragraphs, extractor)
            except Exception as exc:  # a bug in extraction costs its article only
                yield _failure(item, exc)
        pending.clear()

    for item in items:
        pending.append(item)
        if len(pending) >= batch_size:
            yield from flush()
    yield from flush()


Parsed = dict[str, list[ParsedParagraph] | KgError]


def _parse(articles: list[Article], extractor: Extractor) -> Parsed:
    """Parsed paragraphs per article id, or the error that stopped an article's parse."""
    try:
        return {article.id: paragraphs for article, paragraphs in parse_articles(extractor.nlp, articles)}
    except Exception as exc:
        if len(articles) == 1:
            return {articles[0].id: _failure(articles[0], exc)}
    found: Parsed = {}
    for article in articles:
        found.update(_parse([article], extractor))
    return found


def _where(article: Article) -> str:
    """Where an article came from, for messages: its file (and line), else its id."""
    return article.path if article.path and not article.path.startswith("<") else f"article {article.id!r}"


def _failure(article: Article, exc: Exception) -> ExtractionError:
    log.debug("extraction of %s failed", article.id, exc_info=exc)
    detail = " ".join(str(exc).split())[:200]
    return ExtractionError(f"{_where(article)}: extraction failed ({type(exc).__name__}: {detail}); "
                           "this is a bug in kg: please report it with the article")


def pipeline_fingerprint(extractor: Extractor, *, merge_reports: bool = True) -> str:
    """A hash of everything a build's graphs depend on besides the articles.

    kg's version and the files of its extraction, graph and data code, the
    spaCy pipeline's name and version, the rules switched off and the build
    options: when any of them changes, every article is built again.
    """
    digest = hashlib.sha256()
    try:
        digest.update(importlib.metadata.version("kg").encode())
    except importlib.metadata.PackageNotFoundError:
        digest.update(b"kg")
    meta: Any = getattr(extractor.nlp, "meta", {}) or {}
    digest.update(f"{meta.get('lang')}_{meta.get('name')} {meta.get('version')}".encode())
    digest.update(" ".join(sorted(extractor.disabled)).encode())
    digest.update(b"merge" if merge_reports else b"no-merge")
    root = importlib.resources.files("kg")
    for name in _FINGERPRINTED:
        for path in sorted(_files(root.joinpath(name)), key=str):
            digest.update(str(path)[len(str(root)):].encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _files(node: Any) -> Iterator[Any]:
    if node.is_file():
        if not node.name.endswith((".pyc", ".pyo")):
            yield node
        return
    if node.is_dir():
        for child in node.iterdir():
            if child.name != "__pycache__" and not child.name.startswith("."):
                yield from _files(child)


# Worker processes of a parallel build get the parent's extractor by fork.
_WORKER_EXTRACTOR: Extractor | None = None


def _extract_chunk(items: list[Article | KgError]) -> list[Extraction | KgError]:
    assert _WORKER_EXTRACTOR is not None
    return list(extract_each(items, _WORKER_EXTRACTOR, batch_size=len(items) or 1))


def extract_parallel(items: Iterable[Article | KgError], extractor: Extractor, workers: int, *,
                     chunk: int = 8) -> Iterator[Extraction | KgError]:
    """Extract in ``workers`` processes; results come back in input order, one per item.

    Each worker is a fork of this process (its copy of the pipeline costs
    no load); where fork is not available, extraction runs here.
    """
    global _WORKER_EXTRACTOR
    if workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        yield from extract_each(items, extractor)
        return
    _WORKER_EXTRACTOR = extractor
    context = multiprocessing.get_context("fork")
    batches: list[list[Article | KgError]] = []
    current: list[Article | KgError] = []
    for item in items:
        current.append(item)
        if len(current) >= chunk:
            batches.append(current)
            current = []
    if current:
        batches.append(current)
    with context.Pool(workers) as pool:
        for results in pool.imap(_extract_chunk, batches):
            yield from results


#: Batches written by one build after which the store is compacted at its end (about 1,000 articles).
COMPACT_AFTER_BATCHES = 64


def build_articles(items: Sequence[Article | KgError], extractor: Extractor, store_path: Path, *,
                   duplicates: Duplicates = Duplicates.ERROR, wait: float = 0.0,
                   batch_size: int = 16, merge_reports: bool = True, resume: bool = True,
                   workers: int = 1) -> Iterator[Outcome]:
    """Extract ``items`` and write them into the store at ``store_path``, one outcome per input.

    Each batch of ``batch_size`` articles is extracted with the store
    closed, then written with it open, one transaction per article.

    Args:
        items: the articles (and the inputs that could not be read).
        extractor: the loaded pipeline.
        store_path: the store directory.
        duplicates: what to do with a second article of one id.
        wait: seconds to wait for the store's lock.
        batch_size: articles written per opening of the store.
        merge_reports: share event nodes with other articles' reports.
        resume: skip articles the store holds as this build would make them.
        workers: processes extracting in parallel (1: this process).

    Raises:
        StoreError: the store cannot be opened (in use beyond ``wait``, not a
            store directory); the articles already written stay written.
    """
    inputs = drop_duplicates(items, duplicates)
    fingerprint = pipeline_fingerprint(extractor, merge_reports=merge_reports)
    digests = {item.id: content_hash(item, fingerprint) for item in inputs if isinstance(item, Article)}
    stored: dict[str, str] = {}
    if resume and digests and is_store(store_path):
        with open_store(store_path, create=False, wait=wait) as store:
            stored = store.content_hashes(digests)
    unchanged = {article_id for article_id, digest in digests.items() if stored.get(article_id) == digest}
    todo = [item for item in inputs if not isinstance(item, Outcome)
            and not (isinstance(item, Article) and item.id in unchanged)]
    results = extract_parallel(todo, extractor, workers) if workers > 1 else extract_each(todo, extractor,
                                                                                            batch_size=batch_size)
    written_batches = 0
    for start in range(0, len(inputs), batch_size):
        batch = inputs[start : start + batch_size]
        outcomes: list[Outcome] = []
        writable: list[Extraction] = []
        for item in batch:
            if isinstance(item, Outcome):
                outcomes.append(item)
                continue
            if isinstance(item, Article) and item.id in unchanged:
                outcomes.append(Outcome(item.id, unchanged=True))
                continue
            result = next(results)
            if isinstance(result, Extraction):
                writable.append(result)
            else:
                outcomes.append(Outcome(item.id if isinstance(item, Article) else "?", error=result))
        if not writable:  # the store is opened only to write
            yield from outcomes
            continue
        written_batches += 1
        with open_store(store_path, wait=wait) as store:
            for result in writable:
                try:
                    write = store.add_extraction(result, merge_reports=merge_reports,
                                                 content_hash=digests.get(result.article.id))
                except KgError as exc:  # refused by the graph checks, or not written: nothing of it is stored
                    outcomes.append(Outcome(result.article.id, error=type(exc)(f"{_where(result.article)}: {exc}")))
                    continue
                log.info("built %s: %d events, %d actors, %d relations (%d quads written)", result.article.id,
                         len(result.events), len(write.actors), len(result.relations), write.quads)
                outcomes.append(Outcome(result.article.id, write=write, events=len(result.events),
                                        relations=len(result.relations)))
        yield from outcomes
    if written_batches >= COMPACT_AFTER_BATCHES:
        # Each opening of the store leaves files behind faster than Oxigraph merges them, and every
        # later look-up reads them all: a large build compacts the store once at its end.
        with open_store(store_path, wait=wait) as store:
            store.compact()
