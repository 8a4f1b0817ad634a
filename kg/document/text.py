"""Text that every later step can carry: ``normalize_text()``, ``normalize_field()``.

Whatever an article's bytes hold, its text and metadata leave here as valid
Unicode that XML 1.0 and N-Quads can carry and that ``str.splitlines`` splits
only where ``\\n`` is: line and page separators become newlines, other control
characters become spaces, and lone surrogates (JSON may spell them
``"\\ud800"``) become U+FFFD. Ordinary text is returned unchanged, so offsets
into it stay the same.
"""

from __future__ import annotations

import re

__all__ = ["normalize_field", "normalize_text"]

# Line and page separators that str.splitlines (and so line-based formats)
# treat as line breaks: a page break is a paragraph break.
_LINE_BREAKS = str.maketrans({
    "\r": "\n",
    "\v": "\n",
    "\f": "\n\n",
    "\x1c": "\n\n",
    "\x1d": "\n\n",
    "\x1e": "\n",
    "\x85": "\n",
    "\u2028": "\n",
    "\u2029": "\n\n",
})
# Characters XML 1.0 cannot carry (C0 controls but tab and newline, U+FFFE,
# U+FFFF) and DEL, which no news text means.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def normalize_text(text: str) -> str:
    """Return ``text`` with line breaks unified and unsafe characters replaced.

    Example:
        >>> normalize_text("Talks\\fresumed\\u2028today\\x07.")
        'Talks\\n\\nresumed\\ntoday .'
    """
    text = text.replace("\r\n", "\n").translate(_LINE_BREAKS)
    text = _SURROGATE.sub("\ufffd", text)
    return _CONTROL.sub(" ", text)


def normalize_field(value: str) -> str:
    """Return a one-line metadata value: normalized, whitespace runs made one space."""
    return " ".join(normalize_text(value).split())
