"""Extraction spread over a Dask cluster, written as N-Quads partitions: ``extract_corpus()``.

Dask (``pip install 'kg[dask]'``) maps extraction over a bag of articles:

1. each partition of the bag is extracted on a worker, which loads the
   spaCy pipeline once for it; results stay in the cluster's memory;
2. the partitions' actors are joined into one :class:`~kg.corpus.ActorBook`
   (a tree reduction: the join is commutative), and one-word names are
   resolved for the whole corpus;
3. each worker writes its partition's graphs (:func:`kg.corpus.write_partition`)
   to ``out/part-NNNNN.nq``, and the client writes ``out/actors.nq``.

``kg load`` then loads the folder into a store or a SPARQL server. The
output folder must be one every worker can write (a shared file system);
``local`` starts a cluster of processes on this machine. Each graph records
its article's content hash, so ``kg build --resume`` over the loaded store
skips the same articles.
"""

from __future__ import annotations

import pathlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from kg.corpus import ActorBook, content_hash, write_actors, write_partition
from kg.errors import KgError, StoreError
from kg.model import Article, Extraction

__all__ = ["CorpusReport", "extract_corpus"]


@dataclass(frozen=True)
class CorpusReport:
    """What ``kg extract --dask`` did.

    Attributes:
        articles: articles extracted and written.
        partitions: N-Quads files written (besides ``actors.nq``).
        errors: one message per article that could not be read or extracted.
    """

    articles: int
    partitions: int
    errors: tuple[str, ...]


def _extract_partition(items: Iterable[Article | str], pipeline: str | None, disabled: tuple[str, ...],
                       merge_reports: bool) -> list[tuple[Extraction, str] | str]:
    """On a worker: the extraction of each article with its content hash, or an error message."""
    from kg.extract import Extractor
    from kg.ingest import extract_each, pipeline_fingerprint

    items = list(items)
    articles: list[Article | KgError] = [KgError(i) if isinstance(i, str) else i for i in items]
    extractor = Extractor.load(pipeline, disabled=disabled)
    fingerprint = pipeline_fingerprint(extractor, merge_reports=merge_reports)
    out: list[tuple[Extraction, str] | str] = []
    for result in extract_each(articles, extractor):
        if isinstance(result, KgError):
            out.append(str(result))
        else:
            out.append((result, content_hash(result.article, fingerprint)))
    return out


def _book(partition: Iterable[tuple[Extraction, str] | str]) -> ActorBook:
    return ActorBook().add(item[0] for item in partition if not isinstance(item, str))


def _join(books: Iterable[ActorBook]) -> ActorBook:
    joined = ActorBook()
    for book in books:
        joined = joined.join(book)
    return joined


def _write(partition: Sequence[tuple[Extraction, str] | str], path: str, mapping: dict[str, str],
           names: dict[str, str], merge_reports: bool) -> tuple[int, list[str]]:
    """On a worker: write one partition's graphs; return how many and the errors met."""
    done = [item for item in partition if not isinstance(item, str)]
    errors = [item for item in partition if isinstance(item, str)]
    if not done:
        return 0, errors
    written = write_partition([e for e, _ in done], pathlib.Path(path), mapping, names, merge_reports=merge_reports,
                              digests={e.article.id: digest for e, digest in done})
    return written, errors


def extract_corpus(items: Sequence[Article | KgError], out: pathlib.Path, *, scheduler: str,
                   pipeline: str | None = None, disabled: Sequence[str] = (), merge_reports: bool = True,
                   partitions: int | None = None, workers: int = 2) -> CorpusReport:
    """Extract ``items`` on a Dask cluster and write N-Quads partitions into ``out``.

    Args:
        items: the articles (errors met reading them pass through as errors).
        out: the folder for ``part-NNNNN.nq`` and ``actors.nq`` (created).
        scheduler: a Dask scheduler address (``tcp://host:8786``), or
            ``local`` for a cluster of ``workers`` processes on this machine.
        pipeline: the spaCy pipeline the workers load.
        disabled: extraction rules switched off.
        merge_reports: share event nodes across articles (see :mod:`kg.graph.reports`).
        partitions: how many partitions (default: two per worker).
        workers: worker processes of a ``local`` cluster.

    Raises:
        StoreError: Dask is not installed, the scheduler cannot be reached,
            or ``out`` cannot be written.
    """
    try:
        import dask as dask_module
        import dask.bag as bag_module
        import distributed as distributed_module
    except ImportError as exc:
        raise StoreError("kg extract --dask needs Dask: pip install 'kg[dask]' (dask and distributed)") from exc
    # Dask's annotations are partial: used untyped here.
    dask: Any = dask_module
    db: Any = bag_module
    distributed: Any = distributed_module
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot write partitions into {out}: {exc.strerror or exc}") from exc
    for old in out.glob("part-*.nq"):
        old.unlink()  # a partition left from an earlier run would be loaded with this one
    # Errors met reading travel as text (a worker has no use for the exception).
    inputs: list[Article | str] = [str(i) if isinstance(i, KgError) else i for i in items]
    cluster: Any = None
    try:
        if scheduler == "local":
            cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None, host="127.0.0.1")
            client = distributed.Client(cluster)
        else:
            client = distributed.Client(scheduler, timeout=15)
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        raise StoreError(f"cannot reach the Dask scheduler {scheduler!r}: {exc}") from exc
    try:
        with client:
            count = partitions or max(1, 2 * len(client.scheduler_info().get("workers", {})))
            bag = db.from_sequence(inputs, npartitions=max(1, min(count, len(inputs) or 1)))
            extracted = bag.map_partitions(_extract_partition, pipeline, tuple(disabled), merge_reports).persist()
            book: ActorBook = extracted.reduction(_book, _join).compute()
            mapping, names = book.resolution(), book.names()
            tasks = [dask.delayed(_write)(part, str(out / f"part-{index:05d}.nq"), mapping, names, merge_reports)
                     for index, part in enumerate(extracted.to_delayed())]
            results = dask.compute(*tasks)
    except OSError as exc:
        raise StoreError(f"the Dask run failed: {exc}") from exc
    finally:
        if cluster is not None:
            cluster.close()
    try:
        write_actors(book, mapping, out / "actors.nq")
    except OSError as exc:
        raise StoreError(f"cannot write partitions into {out}: {exc.strerror or exc}") from exc
    errors = tuple(e for _, found in results for e in found)
    return CorpusReport(sum(n for n, _ in results), sum(1 for n, _ in results if n), errors)
