"""Articles from disk: ``read_article()``, ``read_jsonl()``, ``iter_articles()``.

Only regular files are read (a FIFO, a device or a socket is refused before a
byte is read, so ``/dev/zero`` or a pipe never hangs a build), each article up
to a size limit. Every problem with one file, folder or record is yielded as
its :class:`~kg.errors.KgError` in place, so a batch reports it and goes on.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from kg.document.article import build_article, split_front_matter
from kg.errors import InputError, KgError
from kg.model import Article

__all__ = ["ARTICLE_SUFFIXES", "DEFAULT_MAX_BYTES", "JSONL_SUFFIXES", "iter_articles", "read_article",
           "read_jsonl", "shown"]

log = logging.getLogger(__name__)

#: File suffixes read from a folder.
ARTICLE_SUFFIXES = (".txt", ".md")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
#: The largest article (a file, or one JSON Lines record) read by default, in
#: bytes. News articles are 2-50 KB, long features up to ~100 KB; extraction
#: runs at 3-20 KB/s and its time still grows faster than the length
#: (bench/bench_length.py), so a larger text can take many minutes.
DEFAULT_MAX_BYTES = 300_000
# Files a folder often holds beside its articles; never articles themselves.
_NOT_ARTICLES = ("readme", "license", "licence", "changelog")


def shown(path: Path | str) -> str:
    """Return a path printable on any terminal (undecodable bytes as ``\\xNN``)."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def read_article(path: Path, *, published: dt.date | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read one article file (front matter optional).

    Args:
        path: a regular text file.
        published: overrides the publication date of the metadata.
        max_bytes: refuse files larger than this.

    Raises:
        InputError: a missing, unreadable, special, empty, oversized, binary
            or non-UTF-8 file, bad metadata, or a file name that cannot be an
            id (not UTF-8) when the metadata gives none.
    """
    with _open_regular(path) as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"{shown(path)}: is larger than the limit of {max_bytes:,} bytes; "
                         "raise it with --max-size if this is one article")
    meta, body = split_front_matter(_decode(data, path))
    record: dict[str, Any] = dict(meta)
    if "id" not in record:
        if shown(path.stem) != path.stem:
            raise InputError(f"{shown(path)}: the file name is not UTF-8, so it cannot be the article id; "
                             "rename the file or give it an 'id:' line")
        record["id"] = path.stem
    record["text"] = body
    return build_article(record, published=published, origin=shown(path))


def read_jsonl(path: Path, *, published: dt.date | None = None,
               max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | KgError]:
    """Read a JSON Lines corpus: one ``{"id","title","published","source","url","text"}`` a line.

    The file is read line by line (a corpus may be larger than memory); a
    record over ``max_bytes`` is refused. A bad record is yielded as its
    error, so a batch can report it and go on.

    Raises:
        InputError: when the file itself cannot be opened.
    """
    with _open_regular(path) as handle:
        number = 0
        while True:
            raw = handle.readline(max_bytes + 1)
            if not raw:
                return
            number += 1
            where = f"{shown(path)}:{number}"
            if len(raw) > max_bytes and not raw.endswith(b"\n"):
                _skip_line(handle)
                yield InputError(f"{where}: the record is larger than the limit of {max_bytes:,} bytes; "
                                 "raise it with --max-size if this is one article")
                continue
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield InputError(f"{where}: is not UTF-8 text (bad byte at column {exc.start + 1})")
                continue
            if line.strip():
                yield _record(line, where, path.stem, number, published)


def _record(line: str, where: str, stem: str, number: int, published: dt.date | None) -> Article | KgError:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(f"{where}: not valid JSON ({exc.msg}, column {exc.colno})")
    except RecursionError:
        return InputError(f"{where}: the JSON is nested too deeply to be an article record")
    if not isinstance(record, dict):
        return InputError(f"{where}: expected a JSON object per line")
    if "id" not in record:
        record = {**record, "id": f"{stem}-{number}"}
    try:
        return build_article(record, published=published, origin=where)
    except KgError as exc:
        return exc


def iter_articles(paths: Iterable[Path], *, published: dt.date | None = None,
                  max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | KgError]:
    """Read files, folders (their ``.txt``/``.md``/``.jsonl`` files, sorted) and JSON Lines.

    Folders are walked without following links to folders; hidden files and
    folders and README/LICENSE files are left out. A folder that cannot be
    read is reported, not skipped in silence.

    Yields:
        each article, or the error that stopped one, in order, so that a
        batch can skip a bad article and ingest the rest.
    """
    for path in paths:
        try:
            is_dir = path.is_dir()
            exists = is_dir or path.exists() or path.is_symlink()
        except OSError as exc:
            yield InputError(f"{shown(path)}: cannot be read ({exc.strerror or exc})")
            continue
        if not exists:
            yield InputError(f"{shown(path)}: no such file or folder")
        elif is_dir:
            files, problems = _walk(path)
            yield from problems
            if not files and not problems:
                yield InputError(f"{shown(path)}: no article files (.txt, .md, .jsonl) in this folder")
            yield from iter_articles(files, published=published, max_bytes=max_bytes)
        elif path.suffix.lower() in JSONL_SUFFIXES:
            try:
                yield from read_jsonl(path, published=published, max_bytes=max_bytes)
            except KgError as exc:
                yield exc
        else:
            try:
                yield read_article(path, published=published, max_bytes=max_bytes)
            except KgError as exc:
                yield exc


def _walk(folder: Path) -> tuple[list[Path], list[KgError]]:
    """The article files under ``folder`` (sorted) and the folders that could not be read."""
    files: list[Path] = []
    problems: list[KgError] = []

    def unreadable(exc: OSError) -> None:
        where = shown(exc.filename or folder)
        if isinstance(exc, FileNotFoundError):
            problems.append(InputError(f"{where}: the folder disappeared while it was read (moved or renamed?); "
                                       "its articles are skipped"))
        else:
            problems.append(InputError(f"{where}: cannot read this folder ({exc.strerror or exc}); "
                                       "its articles are skipped"))

    for root, dirs, names in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            path = Path(root, name)
            if name.startswith(".") or path.suffix.lower() not in ARTICLE_SUFFIXES + JSONL_SUFFIXES:
                continue
            if path.stem.lower() in _NOT_ARTICLES:
                log.info("%s: not an article (a %s file); left out", shown(path), path.stem)
                continue
            files.append(path)
    return sorted(files), problems


def _open_regular(path: Path) -> IO[bytes]:
    """Open ``path`` for reading if it is a regular file, without blocking on a FIFO."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError as exc:
        raise InputError(f"{shown(path)}: no such file") from exc
    except OSError as exc:
        raise InputError(f"{shown(path)}: cannot be read ({exc.strerror or exc})") from exc
    handle = os.fdopen(fd, "rb")
    mode = os.fstat(fd).st_mode
    if stat.S_ISREG(mode):
        return handle
    handle.close()
    if stat.S_ISDIR(mode):
        raise InputError(f"{shown(path)}: is a folder, not a file")
    kind = ("named pipe (FIFO)" if stat.S_ISFIFO(mode) else "device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else "socket" if stat.S_ISSOCK(mode) else "special file")
    raise InputError(f"{shown(path)}: is a {kind}, not a regular file; kg reads articles from regular files only")


def _skip_line(handle: IO[bytes]) -> None:
    """Read past the end of the current line without holding it in memory."""
    while True:
        chunk = handle.readline(1 << 20)
        if not chunk or chunk.endswith(b"\n"):
            return


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")


def _decode(data: bytes, path: Path) -> str:
    """Decode an article file's bytes, naming the encoding when it is not UTF-8."""
    if not data.strip():
        raise InputError(f"{shown(path)}: the file is empty")
    if data.startswith(_UTF32_BOMS):
        raise InputError(f"{shown(path)}: is UTF-32 text; convert it to UTF-8 first, e.g. iconv -f utf-32 -t utf-8")
    head = data[:8192]
    if data.startswith(_UTF16_BOMS) or _looks_utf16(head):
        raise InputError(f"{shown(path)}: is UTF-16 text; convert it to UTF-8 first, e.g. iconv -f utf-16 -t utf-8")
    if b"\x00" in head:
        raise InputError(f"{shown(path)}: looks like a binary file, not article text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{shown(path)}: is not UTF-8 text (bad byte at offset {exc.start}); "
            "convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from exc


def _looks_utf16(head: bytes) -> bool:
    # Latin-script text in UTF-16 has a zero in every other byte and mostly
    # printable ASCII in the others; binary data has zeros anywhere.
    if len(head) < 8:
        return False
    for zeros, chars in ((head[0::2], head[1::2]), (head[1::2], head[0::2])):
        printable = sum(1 for byte in chars if 32 <= byte < 127 or byte in (9, 10, 13))
        if zeros.count(0) > 0.4 * len(zeros) and chars.count(0) == 0 and printable > 0.8 * len(chars):
            return True
    return False
