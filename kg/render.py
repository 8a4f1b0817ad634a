"""Results -> text for the terminal: tables, JSON, JSON Lines, CSV, TSV. Pure functions returning str.

``render_sparql`` writes the SPARQL 1.1 Query Results JSON, CSV and TSV
formats itself, so this module needs no rdflib. Every CSV/TSV cell is made
safe for spreadsheets (:func:`kg.spreadsheet.safe_cell`).
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import enum
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Literal

from kg.model import Modality
from kg.query import ActorRow, PathStep, RelationCount, RelationRow, SparqlResult, SparqlTerm, Stats, TimelineRow
from kg.spreadsheet import safe_cell

__all__ = [
    "iter_render_timeline",
    "render_path",
    "render_relation_counts",
    "render_relations",
    "render_sparql",
    "render_stats",
    "render_timeline",
]

Format = Literal["table", "json", "jsonl", "csv", "tsv"]
#: The formats every render function takes.
FORMATS: tuple[Format, ...] = ("table", "json", "jsonl", "csv", "tsv")


def _jsonable(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return value


def _cell(value: Any) -> Any:
    """A value for one CSV/TSV cell: lists joined with "; "."""
    value = _jsonable(value)
    return "; ".join(str(v) for v in value) if isinstance(value, list) else value


def _records(rows: Sequence[Any]) -> list[dict[str, Any]]:
    return [{k: _jsonable(v) for k, v in dataclasses.asdict(row).items()} for row in rows]


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Return a plain aligned text table (no trailing spaces)."""
    widths = [len(h) for h in header]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(header, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in rows]
    return "\n".join(lines) + "\n"


def _csv(header: Sequence[str], rows: Sequence[Sequence[Any]], *, tsv: bool = False) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n" if not tsv else "\n", delimiter="\t" if tsv else ",")
    writer.writerow(header)
    writer.writerows([safe_cell("" if cell is None else str(cell)) for cell in row] for row in rows)
    return buffer.getvalue()


def _jsonl(records: Sequence[Any]) -> str:
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)


def _render_rows(rows: Sequence[Any], fmt: str, header: Sequence[str], cells: Sequence[Sequence[str]],
                 table: Sequence[Sequence[str]] | None = None) -> str:
    """Rows as JSON or JSON Lines records, or as ``cells`` under ``header`` in CSV, TSV or a table (``table``: the cells a table shows, when shorter)."""
    _check(fmt)
    if fmt == "json":
        return json.dumps(_records(rows), indent=2, ensure_ascii=False) + "\n"
    if fmt == "jsonl":
        return _jsonl(_records(rows))
    if fmt in ("csv", "tsv"):
        return _csv(header, cells, tsv=fmt == "tsv")
    return _table(header, cells if table is None else table)


def _check(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def render_timeline(rows: Sequence[TimelineRow], fmt: Format = "table") -> str:
    """Render a timeline (see :func:`iter_render_timeline`)."""
    return "".join(iter_render_timeline(rows, fmt))


#: Rows a streamed table aligns at a time.
TABLE_BLOCK = 500


def iter_render_timeline(rows: Iterable[TimelineRow], fmt: Format = "table") -> Iterator[str]:
    """Render a timeline piece by piece, so a long one streams.

    The table shows when / who / what (CAMEO code, label, trigger) / whom /
    modality; any modality other than "asserted" is upper-cased and starred
    (``*REPORTED*``), with who it is attributed to, so a claim never reads as
    a fact; an event several articles report says how many. A long table is
    aligned in blocks of :data:`TABLE_BLOCK` rows.
    """
    _check(fmt)
    if fmt == "json":
        first = True
        for row in rows:
            record = json.dumps(_records([row])[0], indent=2, ensure_ascii=False)
            yield ("[\n" if first else ",\n") + "\n".join("  " + line for line in record.split("\n"))
            first = False
        yield "[]\n" if first else "\n]\n"
        return
    if fmt == "jsonl":
        for row in rows:
            yield _jsonl(_records([row]))
        return
    if fmt in ("csv", "tsv"):
        fields = [f.name for f in dataclasses.fields(TimelineRow)]
        first = True
        for block in _blocks(rows, TABLE_BLOCK):
            text = _csv(fields, [[_cell(getattr(row, f)) for f in fields] for row in block], tsv=fmt == "tsv")
            yield text if first else text.split("\n", 1)[1]
            first = False
        if first:
            yield _csv(fields, [], tsv=fmt == "tsv")
        return
    header = ["when", "who", "what", "whom", "modality"]
    first = True
    for block in _blocks(rows, TABLE_BLOCK):
        text = _table(header, [_timeline_cells(row) for row in block])
        yield text if first else text.split("\n", 2)[2]
        first = False
    if first:
        yield _table(header, [])


def _blocks(rows: Iterable[TimelineRow], size: int) -> Iterator[list[TimelineRow]]:
    block: list[TimelineRow] = []
    for row in rows:
        block.append(row)
        if len(block) >= size:
            yield block
            block = []
    if block:
        yield block


def _timeline_cells(row: TimelineRow) -> list[str]:
    what = f"{row.cameo} {row.cameo_label or ''}".strip()
    if row.modality is Modality.ASSERTED:
        modality = "asserted"
    else:
        modality = f"*{row.modality.value.upper()}*"
        if row.attributed_to:
            modality += f" ({row.attributed_to})"
    if row.reports > 1:
        modality += f", {row.reports} reports"
    return [row.when, row.source or "?", _short(what, 40) + f' "{row.trigger}"', row.target or "-", modality]


def render_relation_counts(rows: Sequence[RelationCount], fmt: Format = "table") -> str:
    """Render relations counted over their statements (subject, relation, object, statements)."""
    header = ["subject", "relation", "object", "statements"]
    return _render_rows(rows, fmt, header, [[r.subject, r.predicate.value, r.object, str(r.statements)] for r in rows])


def render_relations(rows: Sequence[RelationRow], fmt: Format = "table") -> str:
    """Render relation statements (subject, relation, object, article, date, sentence)."""
    header = ["subject", "relation", "object", "article", "published", "sentence"]
    cells = [[r.subject, r.predicate.value, r.object, r.article, r.published.isoformat() if r.published else "",
              r.sentence or ""] for r in rows]
    return _render_rows(rows, fmt, header, cells, table=[[*c[:5], _short(c[5], 60)] for c in cells])


def render_path(steps: Sequence[PathStep]) -> str:
    """Render a path between actors, one hop a line; say so when there is none."""
    if not steps:
        return "no path\n"
    lines = [steps[0].source]
    for step in steps:
        arrow = "-[{}]->" if step.forward else "<-[{}]-"
        extra = f" x{step.count}" if step.count > 1 else ""
        lines.append(f"  {arrow.format(step.link + extra)} {step.target}")
    return "\n".join(lines) + "\n"


def render_stats(stats: Stats, fmt: Format = "table") -> str:
    """Render store counts."""
    _check(fmt)
    counts = {"articles": stats.articles, "events": stats.events, "actors": stats.actors,
              "relations": stats.relations, "claims": stats.claims, "triples": stats.triples}
    if fmt == "json":
        return json.dumps(counts, indent=2) + "\n"
    if fmt == "jsonl":
        return _jsonl([counts])
    if fmt in ("csv", "tsv"):
        return _csv(list(counts), [list(counts.values())], tsv=fmt == "tsv")
    return _table(["what", "count"], [[k, str(v)] for k, v in counts.items()])


def _term_json(term: SparqlTerm) -> dict[str, str]:
    out = {"type": term.type, "value": term.value}
    if term.lang:
        out["xml:lang"] = term.lang
    elif term.datatype:
        out["datatype"] = term.datatype
    return out


def _term_text(term: SparqlTerm | None) -> str:
    if term is None:
        return ""
    if term.type == "uri":
        return f"<{term.value}>"
    if term.type == "bnode":
        return f"_:{term.value}"
    return term.value


def _term_tsv(term: SparqlTerm | None) -> str:
    if term is None:
        return ""
    if term.type == "uri":
        return f"<{term.value}>"
    if term.type == "bnode":
        return f"_:{term.value}"
    quoted = json.dumps(term.value, ensure_ascii=False)
    if term.lang:
        return f"{quoted}@{term.lang}"
    if term.datatype and term.datatype != "http://www.w3.org/2001/XMLSchema#string":
        return f"{quoted}^^<{term.datatype}>"
    return quoted


def render_sparql(result: SparqlResult, fmt: Format = "table") -> str:
    """Render a SPARQL result.

    ``json`` and ``csv`` follow the SPARQL 1.1 Query Results JSON and CSV
    formats. CONSTRUCT/DESCRIBE results are N-Triples whatever the format.
    """
    _check(fmt)
    if result.kind == "GRAPH":
        return result.ntriples
    if result.kind == "ASK":
        if fmt in ("json", "jsonl"):
            return json.dumps({"head": {}, "boolean": bool(result.boolean)}) + "\n"
        if fmt in ("csv", "tsv"):
            return _csv(["boolean"], [["true" if result.boolean else "false"]], tsv=fmt == "tsv")
        return ("yes" if result.boolean else "no") + "\n"
    if fmt == "jsonl":
        # One SPARQL JSON binding object a line.
        return _jsonl([{var: _term_json(term) for var, term in zip(result.variables, row) if term is not None}
                       for row in result.rows])
    if fmt == "tsv":
        # SPARQL TSV: terms in N-Triples syntax (so never a bare formula),
        # variables with "?", no quoting of whole cells.
        lines = ["\t".join(f"?{v}" for v in result.variables)]
        lines += ["\t".join(_term_tsv(t) for t in row) for row in result.rows]
        return "\n".join(lines) + "\n"
    if fmt == "json":
        bindings = [
            {var: _term_json(term) for var, term in zip(result.variables, row) if term is not None}
            for row in result.rows
        ]
        document = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        # SPARQL CSV: plain values, IRIs without brackets, blank nodes as _:id.
        return _csv(result.variables, [
            ["" if t is None else (f"_:{t.value}" if t.type == "bnode" else t.value) for t in row]
            for row in result.rows
        ])
    return _table(result.variables, [[_term_text(t) for t in row] for row in result.rows])


def render_actors(rows: Sequence[ActorRow], fmt: Format = "table") -> str:
    """Actors with aliases, kind, code, country, Wikidata id and mention/article counts."""
    header = ["name", "kind", "code", "country", "wikidata", "mentions", "articles", "aliases"]
    cells = [
        [r.label, r.kind.value if r.kind else "", r.code or "", r.country or "", r.wikidata or "",
         str(r.mentions), str(r.articles), "; ".join(r.aliases)]
        for r in rows
    ]
    return _render_rows(rows, fmt, header, cells)
