"""One export, all or nothing: ``write_export()``.

The exporter writes into a temporary folder beside the target; the file (or,
for formats that write a folder, each of its files) replaces the target only
when the export is complete. A failed export leaves no empty or half-written
file, and an earlier export of the same name stays. The target's folder
must exist: a typo in it is an error, not a new folder.
"""

from __future__ import annotations

import os
import pathlib
import shutil
import tempfile

from kg.errors import ExportError, KgError
from kg.export import ExportOptions, export
from kg.store import Store

__all__ = ["write_export"]


def write_export(store: Store, fmt: str, path: pathlib.Path, options: ExportOptions | None = None) -> None:
    """Write the store as ``fmt`` to ``path`` through :func:`kg.export.export`, atomically.

    Raises:
        ExportError: the folder does not exist, the file cannot be written,
            the options do not fit the format, or the graph holds something
            the format cannot carry.
    """
    folder = path.parent
    if not folder.is_dir():
        raise ExportError(f"cannot write {path}: the folder {folder} does not exist; create it first")
    try:
        staging = pathlib.Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".part", dir=folder))
    except OSError as exc:
        raise ExportError(f"cannot write into {folder}: {exc.strerror or exc}") from exc
    try:
        written = staging / path.name
        export(store, fmt, written, options)
        if written.is_dir():
            path.mkdir(exist_ok=True)
            for part in sorted(written.iterdir()):
                os.replace(part, path / part.name)
        else:
            os.replace(written, path)
    except KgError:
        raise
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
    except ValueError as exc:  # lxml and networkx refuse characters XML cannot carry
        raise ExportError(f"cannot write {path} as {fmt}: {' '.join(str(exc).split())[:200]}") from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
