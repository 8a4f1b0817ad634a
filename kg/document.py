"""Read news articles: text files with front matter, folders, JSON Lines.

Article file convention (the same as the dev set in ``shared/bench/articles``)::

    title: China's ... Oppose US Blacklisting
    published: 2019-10-08
    source: Sputnik
    section: Asia
    url: https://...

    <body>

A block of ``key: value`` lines, one blank line, then the body. Without that
block the whole file is the body. Boilerplate is stripped from the body (a
section label, the headline repeated, a credit or byline line, trailing
"Discuss"/"Read more" links); what remains is re-joined so that paragraphs are
separated by one blank line and hard-wrapped lines are joined with a space.
All offsets of the extraction point into that cleaned text.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from kg.dateline import find_dateline
from kg.errors import DateParseError, InputError, KgError
from kg.model import Article, Span

#: File suffixes read from a folder.
ARTICLE_SUFFIXES = (".txt", ".md")
JSONL_SUFFIXES = (".jsonl", ".ndjson")

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


def read_article(path: Path, *, published: dt.date | None = None) -> Article:
    """Read one article file (front matter optional).

    Args:
        path: a text file.
        published: overrides the publication date of the metadata.

    Raises:
        InputError: missing, empty, binary or non-UTF-8 file, or bad metadata.
    """
    raw = _read_text(path)
    meta, body = _split_front_matter(raw)
    record: dict[str, Any] = dict(meta)
    record.setdefault("id", path.stem)
    record["text"] = body
    return build_article(record, published=published, origin=str(path))


def read_jsonl(path: Path, *, published: dt.date | None = None) -> Iterator[Article | KgError]:
    """Read a JSON Lines corpus: one ``{"id","title","published","source","url","text"}`` a line.

    A bad record is yielded as its error (so a batch can report it and go on).

    Raises:
        InputError: when the file itself cannot be read.
    """
    raw = _read_text(path)
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"{where}: not valid JSON ({exc.msg}, column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield InputError(f"{where}: expected a JSON object per line")
            continue
        if "id" not in record:
            record = {**record, "id": f"{path.stem}-{number}"}
        try:
            yield build_article(record, published=published, origin=where)
        except KgError as exc:
            yield exc


def iter_articles(paths: Iterable[Path], *, published: dt.date | None = None) -> Iterator[Article | KgError]:
    """Read files, folders (their ``.txt``/``.md``/``.jsonl`` files, sorted) and JSON Lines.

    Yields each article, or the error that stopped one, so that a batch can
    skip a bad article and ingest the rest.
    """
    for path in paths:
        if not path.exists():
            yield InputError(f"{path}: no such file or folder")
            continue
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES + JSONL_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not files:
                yield InputError(f"{path}: no article files (.txt, .md, .jsonl) in this folder")
            yield from iter_articles(files, published=published)
            continue
        if path.suffix.lower() in JSONL_SUFFIXES:
            try:
                yield from read_jsonl(path, published=published)
            except KgError as exc:
                yield exc
            continue
        try:
            yield read_article(path, published=published)
        except KgError as exc:
            yield exc


def build_article(record: dict[str, Any], *, published: dt.date | None = None, origin: str = "<record>") -> Article:
    """Turn a metadata record with a ``text`` field into a cleaned :class:`Article`.

    Raises:
        InputError: no text, an empty body, or an unparseable published date.
    """
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(f"{origin}: the record has no 'text' string")
    article_id = str(record.get("id") or "").strip()
    if not article_id:
        raise InputError(f"{origin}: the record has an empty 'id'")
    title = _optional_str(record.get("title"))
    source = _optional_str(record.get("source")) or _optional_str(record.get("outlet"))
    section = _optional_str(record.get("section"))
    date = published or _parse_published(record.get("published") or record.get("dct"), origin)
    paragraphs, detected_title = _clean_body(text, title=title, source=source, section=section)
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
        url=_optional_str(record.get("url")),
        path=origin,
        dateline=_optional_str(record.get("dateline")) or (dateline.dateline if dateline else None),
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


def _parse_published(value: Any, origin: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f"{origin}: 'published' must be a string YYYY-MM-DD")
    try:
        return parse_published(value)
    except DateParseError as exc:
        raise InputError(f"{origin}: {exc}") from exc


def _optional_str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _read_text(path: Path) -> str:
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from exc
    if not data.strip():
        raise InputError(f"{path}: the file is empty")
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: looks like a binary file, not article text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: is not UTF-8 text (bad byte at offset {exc.start}); "
            "convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _split_front_matter(raw: str) -> tuple[dict[str, str], str]:
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
    return kept, detected_title


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
