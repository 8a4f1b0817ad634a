"""One export, all or nothing: ``write_export()``.

The exporter writes to a temporary file beside the target, which replaces
the target only when the export is complete: a failed export leaves no
empty or half-written file, and an earlier export of the same name stays.
"""

from __future__ import annotations

import os
import pathlib
import tempfile

from kg.errors import ExportError, KgError
from kg.export import EXPORTERS
from kg.store import Store

__all__ = ["write_export"]


def write_export(store: Store, fmt: str, path: pathlib.Path) -> None:
    """Write the store as ``fmt`` (an :data:`~kg.export.EXPORTERS` name) to ``path``.

    Raises:
        ExportError: the folder does not exist, the file cannot be written,
            or the graph holds something the format cannot carry.
    """
    folder = path.parent
    if not folder.is_dir():
        raise ExportError(f"cannot write {path}: the folder {folder} does not exist; create it first")
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    os.close(handle)
    partial = pathlib.Path(name)
    try:
        EXPORTERS[fmt](store, partial)
        os.replace(partial, path)
    except KgError:
        raise
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
    except ValueError as exc:  # lxml and networkx refuse characters XML cannot carry
        raise ExportError(f"cannot write {path} as {fmt}: {' '.join(str(exc).split())[:200]}") from exc
    finally:
        partial.unlink(missing_ok=True)
