"""The extraction as JSON: the stable contract that ``kg extract`` prints.

The format is documented by ``kg/schema/extraction.schema.json`` (shipped with
the package). It is a superset of the shared evaluation contract: the extra
fields (mentions, sentences, ``reported_by``, ``denies``, ``goldstein``...)
are allowed there.
"""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

from kg.model import DatePrecision, Extraction

_CONTRACT_PRECISION = {DatePrecision.CENTURY: DatePrecision.UNKNOWN}


def to_contract(extraction: Extraction) -> dict[str, Any]:
    """Convert an extraction to the contract's JSON object (plain dicts, sorted lists)."""
    article = extraction.article
    text = article.text
    return {
        "document": {
            "id": article.id,
            "title": article.title,
            "published": article.published.isoformat() if article.published else None,
            "source": article.source,
            "section": article.section,
            "url": article.url,
            "text": text,
        },
        "actors": [
            {
                "id": a.id,
                "name": a.name,
                "kind": a.kind.value,
                "country": a.country,
                "code": a.code,
                "wikidata": a.wikidata,
                "aliases": list(a.aliases),
            }
            for a in extraction.actors
        ],
        "mentions": [
            {"actor": m.actor_id, "start": m.span.start, "end": m.span.end, "text": m.span.text(text)}
            for m in extraction.mentions
        ],
        "events": [
            {
                "id": e.id,
                "trigger": e.trigger.text(text),
                "trigger_start": e.trigger.start,
                "trigger_end": e.trigger.end,
                "cameo": e.cameo,
                "type": e.type,
                "source": e.source,
                "target": e.target,
                "time": {
                    "text": e.time.text,
                    "value": e.time.value,
                    "mod": e.time.mod,
                    "earliest": e.time.earliest.isoformat() if e.time.earliest else None,
                    "latest": e.time.latest.isoformat() if e.time.latest else None,
                    "precision": _CONTRACT_PRECISION.get(e.time.precision, e.time.precision).value,
                    "anchor": e.time.anchor.value,
                },
                "modality": e.modality.value,
                "attributed_to": e.attributed_to,
                "reported_by": e.reported_by,
                "denies": e.denies,
                "sentence": e.sentence.text(text),
                "start": e.sentence.start,
                "end": e.sentence.end,
                "confidence": e.confidence,
            }
            for e in extraction.events
        ],
        "relations": [
            {
                "subject": r.subject,
                "predicate": r.predicate.value,
                "object": r.object,
                "sentence": r.sentence.text(text) if r.sentence else None,
            }
            for r in extraction.relations
        ],
        "timexes": [
            {
                "text": t.span.text(text),
                "start": t.span.start,
                "end": t.span.end,
                "type": t.type.value,
                "value": t.value,
                "mod": t.mod,
                "earliest": t.earliest.isoformat() if t.earliest else None,
                "latest": t.latest.isoformat() if t.latest else None,
                "precision": t.precision.value,
            }
            for t in extraction.timexes
        ],
    }


def to_json(extraction: Extraction, *, indent: int | None = 2) -> str:
    """The contract object as JSON text (keys sorted, so output is byte-stable)."""
    return json.dumps(to_contract(extraction), ensure_ascii=False, indent=indent, sort_keys=True)


def read_schema() -> dict[str, Any]:
    """The project's own JSON Schema of the ``kg extract`` output."""
    data: dict[str, Any] = json.loads(files("kg").joinpath("schema/extraction.schema.json").read_text("utf-8"))
    return data
