"""Reading gold data: article folders (``NN_slug.txt`` + ``.gold.json``) and sentence JSON Lines.

Also the matching helpers both scorers share: actor names compared with
alias tolerance, and the map from the dev set's event types to CAMEO roots.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import InputError

@dataclass(frozen=True)
class GoldEvent:
    """One event of a careful reader's gold."""

    trigger: str
    type: str
    source: str | None
    target: str | None
    date: str | None
    sentence: str
    modality: str
    #: Every acceptable target (the seed's gold lists several); ``target`` is the first.
    targets: tuple[str, ...] = ()
    #: CAMEO roots the gold gives itself (the seed's ``cameo_root``); ``None``: from ``type``.
    roots: tuple[str, ...] | None = None
    date_lenient: str | None = None


@dataclass(frozen=True)
class GoldActor:
    """A gold actor with its aliases."""

    name: str
    aliases: tuple[str, ...]
    kind: str
    country: str | None


@dataclass(frozen=True)
class GoldArticle:
    """An article of the dev folder with its gold annotation."""

    path: Path
    published: str | None
    events: tuple[GoldEvent, ...]
    actors: tuple[GoldActor, ...]
    relations: tuple[tuple[str, str, str], ...]


def read_article_gold(folder: Path) -> list[GoldArticle]:
    """Read every ``*.gold.json`` of a folder with the article file it names.

    Raises:
        InputError: a missing folder, no gold files, or a malformed gold file.
    """
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder of articles with .gold.json files")
    golds = sorted(folder.glob("*.gold.json"))
    if not golds:
        raise InputError(f"{folder}: no *.gold.json files here")
    out = []
    for gold_path in golds:
        data = _load_json(gold_path)
        try:
            article_path = folder / data["article"]
            events = tuple(_gold_event(e) for e in data.get("events", []))
            actors = tuple(GoldActor(a["name"], tuple(a.get("aliases", [])), a.get("kind", ""), a.get("country")) for a in data.get("actors", []))
            relations = tuple((r["subject"], r["predicate"], r["object"]) for r in data.get("relations", []))
        except (KeyError, TypeError) as exc:
            raise InputError(f"{gold_path}: malformed gold file (missing {exc})") from exc
        out.append(GoldArticle(article_path, data.get("published"), events, actors, relations))
    return out


def _gold_event(e: dict[str, Any]) -> GoldEvent:
    target = e.get("target")
    targets = tuple(str(t) for t in (target if isinstance(target, list) else [target]) if t)
    roots = tuple(str(r).zfill(2) for r in e["cameo_root"]) if e.get("cameo_root") else None
    return GoldEvent(
        e["trigger"], e["type"], e.get("source") or None, targets[0] if targets else None, e.get("date"), e["sentence"],
        (e.get("modality") or "actual").lower(), targets, roots, e.get("date_lenient"),
    )


def read_jsonl_records(path: Path) -> list[dict[str, Any]]:
    """Read a JSON Lines file of objects.

    Raises:
        InputError: unreadable file or a line that is not a JSON object.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read ({exc})") from exc
    records = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}: not valid JSON ({exc.msg})") from exc
        if not isinstance(record, dict):
            raise InputError(f"{path}:{number}: expected a JSON object")
        records.append(record)
    return records


def _load_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: cannot read the gold file ({exc})") from exc
    if not isinstance(data, dict):
        raise InputError(f"{path}: the gold file must hold a JSON object")
    return data














def percent(part: int, whole: int) -> float:
    """``part`` of ``whole`` in percent (0 when there is nothing to count)."""
    return 100.0 * part / whole if whole else 0.0
