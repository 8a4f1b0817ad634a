"""One article from a metadata record: ``build_article()``, ``parse_published()``.

The record's text is normalized (see :mod:`kg.document.text`) and cleaned:
boilerplate is stripped (a section label, the headline repeated, a credit or
byline line, trailing "Discuss"/"Read more" links); what remains is re-joined
so that paragraphs are separated by one blank line and hard-wrapped lines are
joined with a space. A paragraph longer than :data:`MAX_PARAGRAPH_CHARS` is
cut at sentence ends into several. A wire dateline opening the first
paragraph stays in the text but out of the paragraph the parser reads. All
offsets of the extraction point into that cleaned text.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from kg.dateline import find_dateline
from kg.document.text import normalize_field, normalize_text
from kg.errors import DateParseError, InputError
from kg.model import Article, Span

__all__ = ["EARLIEST_PUBLISHED", "LATEST_PUBLISHED", "MAX_PARAGRAPH_CHARS", "build_article",
           "check_published", "parse_published", "split_front_matter"]

#: Publication dates kg accepts: relative dates are computed from them, and
#: days beyond year 9999 do not exist in Python's calendar.
EARLIEST_PUBLISHED = dt.date(1000, 1, 1)
LATEST_PUBLISHED = dt.date(2999, 12, 31)
#: Longer paragraphs are cut at sentence ends before parsing: the parser's
#: memory grows with a document's length and spaCy refuses texts over
#: 1,000,000 characters. News paragraphs are rarely over 2,000.
MAX_PARAGRAPH_CHARS = 10_000

_META_LINE = re.compile(r"^([A-Za-z][A-Za-z_-]{0,30}):\s*(.*)$")
_KNOWN_META = {"id", "title", "published", "source", "section", "url", "outlet", "dateline", "date_basis", "author", "byline"}
# Lines that are site furniture, not news text. Kept general: they are the
# labels of share/comment widgets and credit lines found on most news sites.
_TRAILING_FURNITURE = re.compile(
    r"^(discuss|comments?|read more|share( this( article)?)?|follow us.*|subscribe.*|"
    r"related( articles| stories)?:?|advertisement|click here.*|reuter|reuters)\.?$",
    re.IGNORECASE,
)
_CREDIT_LINE = re.compile(
    r"^(photos?|images?|pictures?|video|credits?|sources?|copyright)\s*[:|].{0,80}$|^(©|\(c\)).{0,80}$|"
    r"^by [A-Z][\w.'-]+( [A-Z][\w.'-]+){0,3}( and [A-Z][\w.'-]+( [A-Z][\w.'-]+){0,3})?$|"
    r"^(reporting|writing|editing|additional reporting) by [A-Z].{0,120}$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?…\"'”’)]$")


def build_article(record: dict[str, Any], *, published: dt.date | None = None, origin: str = "<record>") -> Article:
    """Turn a metadata record with a ``text`` field into a cleaned :class:`Article`.

    Args:
        record: ``text`` and optional ``id``, ``title``, ``published``,
            ``source``/``outlet``, ``section``, ``url``, ``dateline``.
        published: overrides the record's publication date.
        origin: where the record comes from, for messages.

    Raises:
        InputError: no text, an empty id or body, a metadata value that is not
            a string, or a publication date that is unreadable or out of range.
    """
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(f"{origin}: the record has no 'text' string")
    article_id = _article_id(record.get("id"), origin)
    title = _optional_str(record, "title", origin)
    source = _optional_str(record, "source", origin) or _optional_str(record, "outlet", origin)
    section = _optional_str(record, "section", origin)
    date = published or _parse_published(record.get("published") or record.get("dct"), origin)
    if date is not None:
        try:
            check_published(date)
        except DateParseError as exc:
            raise InputError(f"{origin}: {exc}") from exc
    paragraphs, detected_title = _clean_body(normalize_text(text), title=title, source=source, section=section)
    if not paragraphs:
        raise InputError(f"{origin}: the article body is empty")
    body = "\n\n".join(paragraphs)
    spans: list[Span] = []
    cursor = 0
    for paragraph in paragraphs:
        spans.append(Span(cursor, cursor + len(paragraph)))
        cursor += len(paragraph) + 2
    # A wire dateline ("KABUL, May 3 (AFP) -") stays in the text but not in
    # the first paragraph the parser reads: it is where the story was filed.
    dateline = find_dateline(paragraphs[0])
    if dateline is not None:
        first = Span(spans[0].start + dateline.end, spans[0].end)
        spans = [first, *spans[1:]] if first.end > first.start else spans[1:]
        if not spans:
            raise InputError(f"{origin}: the article body holds only a dateline")
    return Article(
        id=article_id,
        text=body,
        paragraphs=tuple(spans),
        title=title or detected_title,
        published=date,
        source=source,
        section=section,
        url=_optional_str(record, "url", origin),
        path=origin,
        dateline=_optional_str(record, "dateline", origin) or (dateline.dateline if dateline else None),
    )


def parse_published(value: str) -> dt.date:
    """Parse a publication date: ISO ``YYYY-MM-DD``, optionally with a time part.

    Raises:
        DateParseError: when the value is not such a date.
    """
    text = value.strip()
    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$", text)
    if not match:
        raise DateParseError(f"cannot read the date {value!r}: write it as YYYY-MM-DD, e.g. 2019-10-08")
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError as exc:
        raise DateParseError(f"{value!r} is not a real calendar date ({exc})") from exc


def check_published(date: dt.date) -> dt.date:
    """Return ``date`` if kg can anchor relative dates on it.

    Raises:
        DateParseError: a date before :data:`EARLIEST_PUBLISHED` or after
            :data:`LATEST_PUBLISHED`.
    """
    if not EARLIEST_PUBLISHED <= date <= LATEST_PUBLISHED:
        raise DateParseError(
            f"the publication date {date.isoformat()} is outside the range kg handles "
            f"({EARLIEST_PUBLISHED.isoformat()} to {LATEST_PUBLISHED.isoformat()})"
        )
    return date


def _parse_published(value: Any, origin: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f"{origin}: 'published' must be a string YYYY-MM-DD")
    try:
        return parse_published(value)
    except DateParseError as exc:
        raise InputError(f"{origin}: {exc}") from exc


def _article_id(value: Any, origin: str) -> str:
    # 0 is an id like any other; booleans and containers are not ids.
    if isinstance(value, bool) or not isinstance(value, str | int):
        if value is None:
            raise InputError(f"{origin}: the record has no 'id'")
        raise InputError(f"{origin}: 'id' must be a string or an integer, not {type(value).__name__}")
    article_id = normalize_field(str(value))
    if not article_id:
        raise InputError(f"{origin}: the record has an empty 'id'")
    return article_id


def _optional_str(record: dict[str, Any], key: str, origin: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise InputError(f"{origin}: {key!r} must be a string, not {type(value).__name__}")
    return normalize_field(str(value)) or None


def split_front_matter(raw: str) -> tuple[dict[str, str], str]:
    """Split ``key: value`` lines before the first blank line from the body.

    Without such a block (or with an unknown key in it) the whole text is
    the body and the metadata is empty.
    """
    lines = raw.split("\n")
    meta: dict[str, str] = {}
    for index, line in enumerate(lines):
        if not line.strip():
            if meta:
                return meta, "\n".join(lines[index + 1 :])
            break
        match = _META_LINE.match(line)
        if not match or match[1].lower() not in _KNOWN_META:
            break
        meta[match[1].lower()] = match[2].strip()
    return {}, raw


def _clean_body(
    text: str, *, title: str | None, source: str | None, section: str | None
) -> tuple[list[str], str | None]:
    """Split into paragraphs and drop boilerplate; returns paragraphs and a detected headline."""
    paragraphs = _paragraphs(text)
    detected_title: str | None = None
    furniture = {s.casefold() for s in (source, section) if s}

    kept: list[str] = []
    leading = True
    for index, paragraph in enumerate(paragraphs):
        lines = [line for line in paragraph if not _is_furniture_line(line, furniture)]
        if not lines:
            continue
        joined = " ".join(lines)
        # A heading is only a heading when a body follows it: a one-line
        # record ("Iran attacked Iraq") is the story itself.
        if leading and index < len(paragraphs) - 1 and _looks_like_heading(joined):
            # The first short, unpunctuated lines are a section label and the
            # headline; they are metadata, not sentences of the story.
            if title and _same_text(joined, title):
                continue
            if len(joined.split()) <= 3 and not detected_title:
                continue
            if not title and not detected_title:
                detected_title = joined
                continue
        leading = False
        kept.append(joined)
    while kept and _TRAILING_FURNITURE.match(kept[-1].strip()):
        kept.pop()
    return [piece for paragraph in kept for piece in _split_long(paragraph)], detected_title


# A sentence end followed by the start of the next sentence.
_SENTENCE_BREAK = re.compile(r"[.!?…][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")


def _split_long(paragraph: str, limit: int = MAX_PARAGRAPH_CHARS) -> list[str]:
    """Cut a paragraph over ``limit`` characters at sentence ends (else at spaces).

    Example: a 25,000-character paragraph of short sentences becomes three
    paragraphs of at most 10,000 characters each, cut after a full stop.
    """
    pieces: list[str] = []
    rest = paragraph
    while len(rest) > limit:
        window = rest[: limit + 1]
        cut = 0
        for match in _SENTENCE_BREAK.finditer(window):
            if match.end() <= limit:
                cut = match.end()
        if cut < limit // 4:
            space = window.rfind(" ", 0, limit)
            cut = space + 1 if space >= limit // 4 else limit
        pieces.append(rest[:cut].strip())
        rest = rest[cut:].lstrip()
    pieces.append(rest)
    return [piece for piece in pieces if piece]


def _paragraphs(text: str) -> list[list[str]]:
    """Paragraphs as lists of stripped lines: blank lines or an indented line start one."""
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for line in text.split("\n"):
        stripped = " ".join(line.split())
        if not stripped:
            if current:
                paragraphs.append(current)
                current = []
            continue
        # Wire copy (Reuters-21578) marks paragraphs by an indent, not a blank line.
        if current and line[:1] in (" ", "\t"):
            paragraphs.append(current)
            current = []
        current.append(stripped)
    if current:
        paragraphs.append(current)
    return paragraphs


def _is_furniture_line(line: str, furniture: set[str]) -> bool:
    if line.casefold().rstrip(".") in furniture:
        return True
    return bool(_CREDIT_LINE.match(line)) and len(line.split()) <= 12


def _looks_like_heading(text: str) -> bool:
    return len(text.split()) <= 20 and not _SENTENCE_END.search(text.rstrip())


def _same_text(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return re.sub(r"\W+", " ", s.replace("’", "'")).strip().casefold()

    return norm(a) == norm(b)
