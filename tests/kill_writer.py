"""A store writer for the kill tests: ``python -m tests.kill_writer`` (not a test module).

It imports kg once, then serves requests read from stdin, one JSON object a
line: ``{"store": DIR, "extractions": PICKLE, "fault": null | "before-write:N"
| "after-write:N", "count": FILE}``. For each it forks a child that writes
the extractions into the store as ``kg build`` does (the store opened for
each batch of 3, one transaction per article), prints ``{"pid": PID}``,
waits for the child and prints ``{"status": CODE}``. The test kills the
child with SIGKILL at a random moment; a fault makes the child kill itself
with SIGKILL just before or just after its N-th call of any method that
writes to the Oxigraph store (``update``, ``extend``, ``remove``...), so
any write split into several calls is caught between them. With ``count``,
the child writes the number of such calls it made to that file.
"""

from __future__ import annotations

import json
import os
import pickle
import signal
import sys
import traceback
from pathlib import Path
from typing import Any

import pyoxigraph

from kg.graph import cameo_codebook
from kg.store import location, open_store

_WRITES = frozenset({"add", "add_graph", "bulk_extend", "bulk_load", "clear", "clear_graph", "extend", "load",
                     "remove", "remove_graph", "update"})


class _Watched:
    """A pyoxigraph Store whose write calls are counted, and may be a kill point."""

    def __init__(self, inner: Any, fault: str | None, calls: list[int]) -> None:
        self._inner = inner
        where, _, number = (fault or ":0").partition(":")
        self._where, self._target, self._calls = where, int(number), calls

    def __iter__(self) -> Any:
        return iter(self._inner)

    def __len__(self) -> int:
        return len(self._inner)

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._inner, name)
        if name not in _WRITES:
            return attr

        def write(*args: Any, **kwargs: Any) -> Any:
            self._calls[0] += 1
            if self._calls[0] == self._target and self._where == "before-write":
                os.kill(os.getpid(), signal.SIGKILL)
            result = attr(*args, **kwargs)
            if self._calls[0] == self._target and self._where == "after-write":
                os.kill(os.getpid(), signal.SIGKILL)
            return result

        return write


class _Pyoxigraph:
    """The pyoxigraph module as kg.store.location sees it, handing out watched stores."""

    def __init__(self, fault: str | None, calls: list[int]) -> None:
        self._fault, self._calls = fault, calls

    def Store(self, *args: Any) -> _Watched:  # noqa: N802 - pyoxigraph's name
        return _Watched(pyoxigraph.Store(*args), self._fault, self._calls)

    def __getattr__(self, name: str) -> Any:
        return getattr(pyoxigraph, name)


def _write(request: dict[str, Any]) -> None:
    calls = [0]
    location.ox = _Pyoxigraph(request.get("fault"), calls)  # type: ignore[assignment]
    with open(request["extractions"], "rb") as handle:
        extractions = pickle.load(handle)
    for start in range(0, len(extractions), 3):
        with open_store(Path(request["store"]), wait=30) as store:
            for extraction in extractions[start : start + 3]:
                store.add_extraction(extraction)
    if request.get("count"):
        Path(request["count"]).write_text(str(calls[0]), encoding="utf-8")


def main() -> None:
    cameo_codebook()  # parsed once here, not in every child
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                _write(request)
            except BaseException:
                traceback.print_exc()
                code = 1
            finally:
                os._exit(code)
        print(json.dumps({"pid": pid}), flush=True)
        _, status = os.waitpid(pid, 0)
        print(json.dumps({"status": status}), flush=True)


if __name__ == "__main__":
    main()
