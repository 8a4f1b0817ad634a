"""Store -> GEXF 1.2draft for Gephi: actors as nodes, events as dated edges.

Written with lxml rather than networkx, whose writer emits invalid files
(``<graph name="">``). Choices, following the project's GEXF notes:

* Only events with both a source and a target become edges; events without
  one (a statement, a denial with no addressee) are left out of the network.
* Edge ``start``/``end`` are ISO dates (``timeformat="date"``). Gephi drops
  intervals with start == end and trips on open bounds, so every dated edge
  spans ``[earliest, latest + 1 day]``; an event bounded on one side only
  (``by`` publication, planned ``after``) sits on that one day. Undated
  events get no interval and show at every time.
* Edge ids are the event IRIs, node ids the actor IRIs: stable across runs.
* No ``viz:`` elements, so files validate against the published XSD.
* ``static=True`` writes a variant without time (one attributes block per
  class, ``mode="static"``) for graphology-gexf / Gephi Lite.
"""

from __future__ import annotations

import datetime as dt
import pathlib

from lxml import etree

from kg.errors import ExportError
from kg.query import TimelineRow, find_actor, timeline
from kg.store import Store

__all__ = ["GEXF_NS", "build_gexf", "write_gexf", "write_gexf_static"]

GEXF_NS = "http://www.gexf.net/1.2draft"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{GEXF_NS} http://www.gexf.net/1.2draft/gexf.xsd"

NODE_ATTRIBUTES = ("kind", "country", "code")
EDGE_ATTRIBUTES = ("cameo", "cameo_label", "modality", "when", "trigger", "article")


def _el(parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
    return etree.SubElement(parent, f"{{{GEXF_NS}}}{tag}", attrs)


def _attributes(graph: etree._Element, cls: str, names: tuple[str, ...]) -> None:
    block = _el(graph, "attributes", **{"class": cls, "mode": "static"})
    for name in names:
        _el(block, "attribute", id=name, title=name, type="string")


def _attvalues(parent: etree._Element, values: dict[str, str]) -> None:
    present = {k: v for k, v in values.items() if v}
    if present:
        block = _el(parent, "attvalues")
        for key, value in present.items():
            _el(block, "attvalue", **{"for": key, "value": value})


def _interval(row: TimelineRow) -> tuple[dt.date, dt.date] | None:
    first = row.earliest or row.latest
    last = row.latest or row.earliest
    if first is None or last is None:
        return None
    return first, last + dt.timedelta(days=1)


def build_gexf(store: Store, *, static: bool = False) -> etree._ElementTree:
    """Return the GEXF document of the store's actor/event network."""
    rows = [r for r in timeline(store) if r.source_id and r.target_id]
    root = etree.Element(f"{{{GEXF_NS}}}gexf", nsmap={None: GEXF_NS, "xsi": XSI_NS},
                         version="1.2")
    root.set(f"{{{XSI_NS}}}schemaLocation", SCHEMA_LOCATION)
    meta = _el(root, "meta")
    _el(meta, "creator").text = "kg"
    _el(meta, "description").text = (
        "Actors (nodes) and CAMEO-coded events (edges, source -> target). "
        "Events without both a source and a target are not included."
    )
    graph_attrs = {"defaultedgetype": "directed", "mode": "static" if static else "dynamic"}
    if not static:
        graph_attrs["timeformat"] = "date"
    graph = _el(root, "graph", **graph_attrs)
    _attributes(graph, "node", NODE_ATTRIBUTES)
    _attributes(graph, "edge", EDGE_ATTRIBUTES)

    nodes = _el(graph, "nodes")
    actors = find_actor(store, None)
    for actor in sorted(actors, key=lambda a: a.id):
        node = _el(nodes, "node", id=actor.id, label=actor.label)
        _attvalues(node, {"kind": actor.kind.value if actor.kind else "",
                          "country": actor.country or "", "code": actor.code or ""})
    known = {actor.id for actor in actors}

    edges = _el(graph, "edges")
    for row in sorted(rows, key=lambda r: r.event):
        if row.source_id not in known or row.target_id not in known:
            continue
        attrs = {"id": row.event, "source": str(row.source_id), "target": str(row.target_id),
                 "label": f"{row.cameo} {row.trigger}"}
        span = None if static else _interval(row)
        if span is not None:
            attrs["start"], attrs["end"] = span[0].isoformat(), span[1].isoformat()
        edge = _el(edges, "edge", **attrs)
        _attvalues(edge, {"cameo": row.cameo, "cameo_label": row.cameo_label or "",
                          "modality": row.modality.value, "when": row.when,
                          "trigger": row.trigger, "article": row.article})
    nodes.set("count", str(len(nodes)))
    edges.set("count", str(len(edges)))
    return etree.ElementTree(root)


def _write(store: Store, path: pathlib.Path, *, static: bool) -> None:
    document = build_gexf(store, static=static)
    try:
        document.write(str(path), xml_declaration=True, encoding="UTF-8", pretty_print=True)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc


def write_gexf(store: Store, path: pathlib.Path) -> None:
    """Write the dynamic GEXF 1.2draft network (for Gephi's timeline)."""
    _write(store, path, static=False)


def write_gexf_static(store: Store, path: pathlib.Path) -> None:
    """Write the static GEXF variant (graphology-gexf, Gephi Lite, sigma.js)."""
    _write(store, path, static=True)
