"""Read news articles: text files with front matter, folders, JSON Lines.

Article file convention (the same as the dev set in ``shared/bench/articles``)::

    title: China's ... Oppose US Blacklisting
    published: 2019-10-08
    source: Sputnik
    section: Asia
    url: https://...

    <body>

A block of ``key: value`` lines, one blank line, then the body. Without that
block the whole file is the body.

One module per part of the step:

* ``files``: ``read_article()``, ``read_jsonl()``, ``iter_articles()`` (files,
  folders, limits, encodings);
* ``article``: ``build_article()`` (a metadata record -> a cleaned
  :class:`~kg.model.Article`), ``parse_published()``;
* ``text``: ``normalize_text()``, text every later format can carry.
"""

from __future__ import annotations

from kg.document.article import (
    EARLIEST_PUBLISHED,
    LATEST_PUBLISHED,
    MAX_PARAGRAPH_CHARS,
    build_article,
    check_published,
    parse_published,
)
from kg.document.files import (
    ARTICLE_SUFFIXES,
    DEFAULT_MAX_BYTES,
    JSONL_SUFFIXES,
    iter_articles,
    read_article,
    read_jsonl,
    shown,
)
from kg.document.text import normalize_field, normalize_text

__all__ = [
    "ARTICLE_SUFFIXES",
    "DEFAULT_MAX_BYTES",
    "EARLIEST_PUBLISHED",
    "JSONL_SUFFIXES",
    "LATEST_PUBLISHED",
    "MAX_PARAGRAPH_CHARS",
    "build_article",
    "check_published",
    "iter_articles",
    "normalize_field",
    "normalize_text",
    "parse_published",
    "read_article",
    "read_jsonl",
    "shown",
]
