"""The build's progress bar, seen as a person at a terminal sees it (a real pseudo-terminal).

Without a terminal (a pipe, CliRunner) there is no bar: see test_cli_bad_inputs.py.
"""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

GOOD = "published: 2020-03-{day:02d}\n\nFrance protested against Germany's trade decision on Monday.\n"


def _run(args: list[str]) -> tuple[str, str]:
    """Run ``python -m kg ARGS`` with stderr on a pseudo-terminal; return (stdout, stderr)."""
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "kg", *args], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=slave)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the terminal closed: the process is done
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    assert proc.stdout is not None
    out = proc.stdout.read().decode()
    proc.wait(timeout=300)
    return out, b"".join(chunks).decode(errors="replace")


def test_cli_build_shows_progress_on_a_terminal_unless_quiet(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for day in (2, 3, 4):
        (folder / f"day{day}.txt").write_text(GOOD.format(day=day), encoding="utf-8")
    out, err = _run(["--store", str(tmp_path / "tty"), "build", str(folder)])
    assert "Built 3 article(s)" in out
    assert "Building" in err and "100%" in err
    out, err = _run(["--quiet", "--store", str(tmp_path / "quiet"), "build", str(folder)])
    assert "Built 3 article(s)" in out and "Building" not in err
