"""Shared CLI settings, passed through ``ctx.obj``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from kg.document import check_published, parse_published
from kg.errors import DateParseError


@dataclass(frozen=True)
class Settings:
    """Global options: where the store is, which spaCy pipeline to use, how chatty to be."""

    store_path: Path
    endpoint: str | None
    pipeline: str | None
    verbose: int = 0
    quiet: bool = False
    wait: float = 30.0


pass_settings = click.make_pass_decorator(Settings)


class DateType(click.ParamType):  # type: ignore[type-arg]
    """An ISO date (YYYY-MM-DD) parsed by kg's own parser."""

    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> dt.date:
        if isinstance(value, dt.date):
            return value
        try:
            return parse_published(str(value))
        except DateParseError as exc:
            self.fail(str(exc), param, ctx)


DATE = DateType()


class PublishedType(DateType):
    """A publication date: an ISO date in the range kg can anchor relative dates on."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> dt.date:
        date = super().convert(value, param, ctx)
        try:
            return check_published(date)
        except DateParseError as exc:
            self.fail(str(exc), param, ctx)


PUBLISHED = PublishedType()
