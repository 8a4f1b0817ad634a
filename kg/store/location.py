"""The store's directory: ``open_directory()`` (waiting for the lock), ``prune_logs()``.

Oxigraph locks an on-disk store for the process that opens it; a second
process gets an error at once. kg waits for the lock instead, up to a
timeout, so a reader started during a build waits for the build's current
write, and a second build waits for the first one's. RocksDB starts a new
info log at every open and keeps the old ones (``LOG.old.<time>``, about
140 KB each); they are removed when kg closes a store.
"""

from __future__ import annotations

import gc
import logging
import pathlib
import time
from typing import Any

import pyoxigraph as ox

from kg.errors import StoreError

__all__ = ["check_location", "is_store", "open_directory", "prune_logs"]

log = logging.getLogger(__name__)


def is_store(path: pathlib.Path) -> bool:
    """True when ``path`` holds an Oxigraph (RocksDB) store."""
    return (path / "CURRENT").is_file()


def check_location(path: pathlib.Path, *, create: bool) -> None:
    """Refuse a path that cannot hold a store, before any slow work starts.

    Raises:
        StoreError: ``path`` is a file; or, without ``create``, no store is there.
    """
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path} is a file, not a store directory; give a directory")
    if not create and not (path.is_dir() and is_store(path)):
        raise StoreError(f"there is no kg store at {path}: build one first (kg --store {path} build ARTICLES) "
                         "or point --store (or KG_STORE) at an existing store")


def _is_lock_error(exc: OSError) -> bool:
    text = str(exc).lower()
    return "lock" in text


def open_directory(path: pathlib.Path, *, create: bool = True, wait: float = 0.0) -> Any:
    """Open the Oxigraph store in ``path``, waiting up to ``wait`` seconds for its lock.

    Raises:
        StoreError: the path is not usable, there is no store (without
            ``create``), or the lock was not free in time.
    """
    check_location(path, create=create)
    deadline = time.monotonic() + max(wait, 0.0)
    delay = 0.05
    collected = False
    while True:
        try:
            if create:
                path.mkdir(parents=True, exist_ok=True)
            return ox.Store(str(path))
        except OSError as exc:
            locked = _is_lock_error(exc)
            if locked and not collected and "current process" in str(exc):
                # A closed store of this process whose abandoned, half-read
                # query result still holds the lock until it is collected.
                collected = True
                gc.collect()
                continue
            remaining = deadline - time.monotonic()
            if locked and remaining > 0:
                time.sleep(min(delay, remaining))
                delay = min(delay * 2, 0.5)
                continue
            if locked:
                waited = f" (waited {wait:g} s; raise it with --wait)" if wait > 0 else ""
                raise StoreError(
                    f"the store at {path} is in use by another process (or an open Store in this one){waited}; "
                    "try again when it is done"
                ) from exc
            raise StoreError(f"cannot open the store at {path}: check the path and its permissions ({exc})") from exc


def prune_logs(path: pathlib.Path) -> None:
    """Remove RocksDB's old info logs (``LOG.old.*``); they only pile up."""
    for old in path.glob("LOG.old.*"):
        try:
            old.unlink()
        except OSError as exc:  # another process may have removed it first
            log.debug("could not remove %s: %s", old, exc)
