"""Write kg/data/petrarch/compiled.json: the PETRARCH/Phoenix dictionaries parsed once.

Run after changing any dictionary text file (a test fails until you do):
    python bench/compile_petrarch.py

kg reads the compiled form at run time because parsing the ~65,000 lines of
text takes seconds; the text files stay the source of truth.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.extract.actors.dictionary import COMPILED_FILE, compile_shipped_dictionaries  # noqa: E402


def main() -> None:
    compiled = compile_shipped_dictionaries()
    target = ROOT / "kg" / "data" / "petrarch" / COMPILED_FILE
    # One record per line: small diffs when a dictionary entry changes.
    lines = ["{"]
    for n, (key, rows) in enumerate(compiled.items()):
        assert isinstance(rows, list)
        if key == "countries":
            lines.append(f'"{key}": {json.dumps(rows)},')
            continue
        lines.append(f'"{key}": [')
        lines.extend(json.dumps(row, ensure_ascii=False) + ("," if i < len(rows) - 1 else "") for i, row in enumerate(rows))
        lines.append("]" + ("," if n < len(compiled) - 1 else ""))
    lines.append("}")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)}: {len(compiled['actors'])} actors, {len(compiled['agents'])} agent phrases")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
