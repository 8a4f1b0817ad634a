"""The articles of the store and where they come from: ``article_sources()``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kg.query.canned import Source, as_store, date_or_none, str_or_none

__all__ = ["ArticleSource", "article_sources"]


@dataclass(frozen=True)
class ArticleSource:
    """An article's citation: id, title, publication date, publisher and URL."""

    id: str
    title: str | None
    published: dt.date | None
    publisher: str | None
    url: str | None


def article_sources(source: Source) -> dict[str, ArticleSource]:
    """Return article id -> its citation, for every article of the store."""
    found: dict[str, ArticleSource] = {}
    for row in as_store(source).canned("article_sources"):
        key = str(row["id"])
        found.setdefault(key, ArticleSource(key, str_or_none(row["title"]), date_or_none(row["published"]),
                                            str_or_none(row["publisher"]), str_or_none(row["url"])))
    return found
