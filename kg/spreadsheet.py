"""Cells of CSV/TSV output that spreadsheets will not run as formulas: ``safe_cell()``.

A cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return is read as a formula by Excel, LibreOffice and Google Sheets
(formula or "CSV injection", OWASP); article text and actor names are
attacker-controlled. Such a cell gets a leading apostrophe, which the
spreadsheet shows as text. Plain numbers ("-2.5") are left as they are.
"""

from __future__ import annotations

import re

__all__ = ["safe_cell"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$")


def safe_cell(value: str) -> str:
    """Return ``value`` as a cell no spreadsheet evaluates.

    Examples:
        >>> safe_cell('=HYPERLINK("http://example.invalid","x")')
        '\\'=HYPERLINK("http://example.invalid","x")'
        >>> safe_cell("-2.5"), safe_cell("Kestrel Dynamics")
        ('-2.5', 'Kestrel Dynamics')
    """
    if value.startswith(_FORMULA_START) and not _NUMBER.match(value):
        return "'" + value
    return value
