"""Reading gold data: article folders (``NN_slug.txt`` + ``.gold.json``) and sentence JSON Lines.

Also the matching helpers both scorers share: actor names compared with
alias tolerance, and the map from the dev set's event types to CAMEO roots.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.model import Actor

#: Event classes of the article gold -> accepted CAMEO roots. ``None``: the
#: class has no CAMEO counterpart (ELECT), so any root is accepted.
TYPE_ROOTS: dict[str, frozenset[str] | None] = {
    "STATEMENT": frozenset({"01", "02"}), "REPORT": frozenset({"01"}), "DENY": frozenset({"01", "11", "12"}),
    "PROPOSE": frozenset({"02", "03", "04"}), "AGREE": frozenset({"03", "05", "06"}), "MEET": frozenset({"04"}),
    "VISIT": frozenset({"04"}), "MEDIATE": frozenset({"04"}), "TRAVEL": frozenset({"04"}), "RECOGNIZE": frozenset({"05"}),
    "AID": frozenset({"07"}), "EASE_SANCTION": frozenset({"08"}), "RELEASE": frozenset({"08"}), "AUTHORIZE": frozenset({"03", "08"}),
    # "called on X to", "asked X to" are CAMEO appeals (02); the gold's DEMAND
    # class, like PLOVER's, covers requests as well as demands.
    "DEMAND": frozenset({"02", "10"}), "ACCUSE": frozenset({"11"}), "PROTEST": frozenset({"11", "14"}), "REJECT": frozenset({"11", "12"}),
    "THREATEN": frozenset({"13"}), "MOBILIZE": frozenset({"15"}), "SANCTION": frozenset({"16"}), "BAN": frozenset({"16", "17"}),
    "COERCE": frozenset({"17"}), "ARREST": frozenset({"17"}), "SEIZE": frozenset({"17", "19"}), "OUST": frozenset({"17", "16", "12"}),
    # Lifting martial law or a state of emergency is CAMEO 0814 (root 08).
    "POLICY": frozenset({"01", "03", "08", "16", "17"}), "ATTACK": frozenset({"18", "19", "20"}), "FIGHT": frozenset({"19", "20"}),
    "JOIN": frozenset({"03", "06"}), "ELECT": None, "RULE": None,
}

#: Full CAMEO codes a class accepts beyond its roots: praising (051),
#: apologising (055) and forgiving (056) are spoken acts, which the gold
#: annotates as statements.
TYPE_CODES: dict[str, frozenset[str]] = {"STATEMENT": frozenset({"051", "055", "056"})}

#: CAMEO codes a planned or conditional act as an intent (03x) or a threat
#: (13x) to do it: the code prefixes that stand for a class's act when the
#: gold marks it planned or conditional ("would allow imports" = 0354).
INTENT_CODES: dict[str, frozenset[str]] = {
    "AID": frozenset({"033"}), "EASE_SANCTION": frozenset({"035"}), "RELEASE": frozenset({"0353"}),
    "MEET": frozenset({"036"}), "VISIT": frozenset({"036"}), "MEDIATE": frozenset({"039"}),
    "SANCTION": frozenset({"131", "132"}), "BAN": frozenset({"132"}), "COERCE": frozenset({"137"}),
    "ATTACK": frozenset({"138"}), "FIGHT": frozenset({"138"}), "OUST": frozenset({"1323"}),
}


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
            events = tuple(
                GoldEvent(e["trigger"], e["type"], e.get("source"), e.get("target"), e.get("date"), e["sentence"], e.get("modality", "actual"))
                for e in data.get("events", [])
            )
            actors = tuple(GoldActor(a["name"], tuple(a.get("aliases", [])), a.get("kind", ""), a.get("country")) for a in data.get("actors", []))
            relations = tuple((r["subject"], r["predicate"], r["object"]) for r in data.get("relations", []))
        except (KeyError, TypeError) as exc:
            raise InputError(f"{gold_path}: malformed gold file (missing {exc})") from exc
        out.append(GoldArticle(article_path, data.get("published"), events, actors, relations))
    return out


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


def normalize_name(text: str) -> str:
    """Fold a name for alias-tolerant matching (case, accents, quotes, "the", "'s", dots)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    folded = folded.replace("'s ", " ").replace(".", "")
    words = re.findall(r"[a-z0-9]+", folded)
    if words and words[0] in {"the", "a", "an"}:
        words = words[1:]
    return " ".join(words)


def names_of_gold(actor: GoldActor) -> set[str]:
    """Normalised name and aliases of a gold actor."""
    return {normalize_name(n) for n in (actor.name, *actor.aliases)} - {""}


def group_members(names: Iterable[str]) -> set[str]:
    """The members a group's normalised names list ("king and weeks" -> "king", "weeks").

    CAMEO codes one event per conjoined participant, while the gold may name
    such a group as one actor ("Ana Soto and Pablo Ruiz"); a prediction
    for either member then stands for the group's event, as a conjoined
    mention does in the precision count.
    """
    return {part for name in names if " and " in name for part in name.split(" and ") if part}


def names_of_actor(actor: Actor) -> set[str]:
    """Normalised name and aliases of a predicted actor."""
    return {normalize_name(n) for n in (actor.name, *actor.aliases)} - {""}


def collapse(text: str) -> str:
    """Whitespace-collapsed text, for comparing sentences across hard line wraps."""
    return " ".join(text.split())


def gold_actor_index(actors: Iterable[GoldActor]) -> dict[str, GoldActor]:
    """Gold actors by name."""
    return {a.name: a for a in actors}


def percent(part: int, whole: int) -> float:
    """``part`` of ``whole`` in percent (0 when there is nothing to count)."""
    return 100.0 * part / whole if whole else 0.0
