"""Writing delimited tables: one place for quoting, so every CSV export reads back the same.

Text cells are quoted and numbers are not (``csv.QUOTE_NONNUMERIC``), so a
reader that honours quotes keeps CAMEO "010" and actor code "USA" as text.
A text cell a spreadsheet would run as a formula gets a leading apostrophe
(:func:`kg.spreadsheet.safe_cell`).
"""

from __future__ import annotations

import csv
import pathlib
from collections.abc import Iterable, Sequence

from kg.errors import ExportError
from kg.spreadsheet import safe_cell

__all__ = ["Cell", "write_table"]

Cell = str | int | float | None


def _cell(value: Cell, *, tabs: bool) -> str | int | float:
    if value is None:
        return ""
    if isinstance(value, str) and tabs:
        # A tab-separated file without quoting cannot hold these.
        return safe_cell(" ".join(value.replace("\t", " ").splitlines()))
    if isinstance(value, str):
        return safe_cell(value)
    return value


def write_table(path: pathlib.Path, header: Sequence[str], rows: Iterable[Sequence[Cell]], *,
                tsv: bool = False) -> None:
    """Write a header row and ``rows``: CSV with quoted text, or plain TSV (no quoting).

    Raises:
        ExportError: if the file cannot be written.
    """
    try:
        with path.open("w", encoding="utf-8", newline="") as handle:
            if tsv:
                # GDELT's own layout: tab-separated, no quoting at all.
                handle.write("\t".join(header) + "\n")
                for row in rows:
                    handle.write("\t".join(str(_cell(v, tabs=True)) for v in row) + "\n")
                return
            writer = csv.writer(handle, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
            writer.writerow(header)
            for row in rows:
                writer.writerow([_cell(v, tabs=False) for v in row])
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
