"""Network -> GEXF for Gephi: 1.3 (default) or 1.2draft, dynamic or static, with viz.

Written with lxml rather than networkx, whose writer emits invalid files
(``<graph name="">``, a wrong XSI namespace for 1.3). What is drawn comes
from :func:`kg.export.network.build_network`; this module only writes it.
Choices, following the project's GEXF notes:

* ``viz:`` colour (always with alpha), size, position, thickness and a dashed
  shape for relations, so Gephi opens a picture, not a grey hairball. The
  published XSDs declare viz in the main namespace, so the tests validate
  the file with its viz elements stripped.
* Time (dynamic mode): ``timeformat="date"``, one ``<spell>`` per node and
  edge with ISO dates, ``end`` the day after the last (Gephi drops intervals
  with start == end and trips on open bounds).
* Edge ``kind`` (1.3 only): the CAMEO code, the CAMEO root when collapsed,
  the relation (``spokesperson_of``) or the event role (``source``/``target``).
  Gephi merges parallel edges of one kind, so 1.2draft, which has no kind,
  may show fewer edges; its ``type`` attribute column keeps the kind.
* One static ``<attributes>`` block per class, even in dynamic mode:
  graphology-gexf (Gephi Lite, sigma.js) rejects files with two.
* ``static=True`` writes no time at all, for viewers without a timeline.
* Ids are IRIs or built from them, and every list is sorted: the same store
  gives the same bytes.
"""

from __future__ import annotations

import pathlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from lxml import etree

from kg.errors import ExportError
from kg.export.network import EDGE_COLUMNS, NODE_COLUMNS, Network, Spell, Value, build_network
from kg.export.options import ExportOptions
from kg.export.style import Rgb
from kg.store import Store

__all__ = ["GEXF_NAMESPACES", "GexfVersion", "build_gexf", "write_gexf", "write_gexf_file",
           "write_gexf_static"]

GexfVersion = Literal["1.3", "1.2draft"]
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"


@dataclass(frozen=True)
class _Dialect:
    ns: str
    viz: str
    version: str
    kinds: bool  # edge ``kind`` and graph ``timerepresentation`` exist


GEXF_NAMESPACES: Mapping[str, _Dialect] = {
    "1.3": _Dialect("http://gexf.net/1.3", "http://gexf.net/1.3/viz", "1.3", True),
    "1.2draft": _Dialect("http://www.gexf.net/1.2draft", "http://www.gexf.net/1.2draft/viz", "1.2", False),
}


class _Writer:
    def __init__(self, dialect: _Dialect, static: bool) -> None:
        self.d = dialect
        self.static = static

    def el(self, parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
        return etree.SubElement(parent, f"{{{self.d.ns}}}{tag}", attrs)

    def viz(self, parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
        return etree.SubElement(parent, f"{{{self.d.viz}}}{tag}", attrs)

    def colour(self, parent: etree._Element, rgb: Rgb, alpha: float) -> None:
        self.viz(parent, "color", r=str(rgb.r), g=str(rgb.g), b=str(rgb.b), a=_number(alpha))

    def spell(self, parent: etree._Element, spell: Spell | None) -> None:
        if self.static or spell is None:
            return
        spells = self.el(parent, "spells")
        self.el(spells, "spell", start=spell.start.isoformat(), end=spell.end.isoformat())

    def attvalues(self, parent: etree._Element, columns: tuple[tuple[str, str], ...],
                  values: Mapping[str, Value]) -> None:
        present = [(name, values[name]) for name, _ in columns if name in values]
        if present:
            block = self.el(parent, "attvalues")
            for name, value in present:
                self.el(block, "attvalue", **{"for": name, "value": _text(value)})


def _number(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))


def _text(value: Value) -> str:
    if isinstance(value, float):
        return repr(round(value, 4))
    return str(value)


def _used(columns: tuple[tuple[str, str], ...], rows: list[Mapping[str, Value]]) -> tuple[tuple[str, str], ...]:
    seen = {name for row in rows for name in row}
    return tuple(c for c in columns if c[0] in seen)


def _description(network: Network) -> str:
    opts = network.options
    if opts.events_as_nodes:
        form = "actors and events as nodes; each event links its source (source -> event) and target (event -> target)"
    elif opts.collapse:
        form = "actors as nodes; one weighted edge per source, target and CAMEO root"
    else:
        form = "actors as nodes; each CAMEO-coded event is an edge from source to target"
    parts = [f"kg event network: {form}.",
             "Relations (spokesperson_of, part_of...) are dashed grey edges." if opts.relations else "",
             f"{network.left_out} of {network.events} events have no source or no target and are "
             "not drawn; --events-as-nodes keeps them." if network.left_out else "",
             "Node colour: actor kind; size: " + (
                 "mentions." if opts.size_by == "mentions" else "events and relations taken part in."),
             "Edge colour: " + ("Goldstein sign." if opts.edge_colour == "goldstein" else "CAMEO quad class.")]
    return " ".join(p for p in parts if p)


def build_gexf(network: Network, *, version: GexfVersion = "1.3", static: bool = False) -> etree._ElementTree:
    """Return the GEXF document of ``network``.

    Raises:
        ExportError: for an unknown GEXF version.
    """
    if version not in GEXF_NAMESPACES:
        raise ExportError(f"unknown GEXF version {version!r}; use 1.3 or 1.2draft")
    dialect = GEXF_NAMESPACES[version]
    w = _Writer(dialect, static)
    root = etree.Element(f"{{{dialect.ns}}}gexf", nsmap={None: dialect.ns, "viz": dialect.viz, "xsi": XSI_NS},
                         version=dialect.version)
    root.set(f"{{{XSI_NS}}}schemaLocation", f"{dialect.ns} {dialect.ns}/gexf.xsd")
    meta = w.el(root, "meta")
    w.el(meta, "creator").text = "kg"
    w.el(meta, "description").text = _description(network)
    graph_attrs = {"defaultedgetype": "directed", "mode": "static" if static else "dynamic"}
    if not static:
        graph_attrs["timeformat"] = "date"
        if dialect.kinds:
            graph_attrs["timerepresentation"] = "interval"
    graph = w.el(root, "graph", **graph_attrs)
    for cls, columns, rows in (("node", NODE_COLUMNS, [n.attributes for n in network.nodes]),
                               ("edge", EDGE_COLUMNS, [e.attributes for e in network.edges])):
        block = w.el(graph, "attributes", **{"class": cls, "mode": "static"})
        for name, kind in _used(columns, rows):
            w.el(block, "attribute", id=name, title=name, type=kind)

    nodes = w.el(graph, "nodes", count=str(len(network.nodes)))
    for node in network.nodes:
        element = w.el(nodes, "node", id=node.id, label=node.label)
        w.attvalues(element, NODE_COLUMNS, node.attributes)
        w.spell(element, node.spell)
        w.colour(element, node.colour, node.alpha)
        w.viz(element, "size", value=_number(node.size))
        w.viz(element, "position", x=_number(node.x), y=_number(node.y), z="0")
    edges = w.el(graph, "edges", count=str(len(network.edges)))
    for edge in network.edges:
        attrs = {"id": edge.id, "source": edge.source, "target": edge.target, "label": edge.label,
                 "weight": _number(edge.weight)}
        if dialect.kinds:
            attrs["kind"] = edge.kind
        element = w.el(edges, "edge", **attrs)
        w.attvalues(element, EDGE_COLUMNS, edge.attributes)
        w.spell(element, edge.spell)
        w.colour(element, edge.colour, edge.alpha)
        w.viz(element, "thickness", value=_number(edge.thickness))
        if edge.dashed:
            w.viz(element, "shape", value="dashed")
    return etree.ElementTree(root)


def write_gexf_file(network: Network, path: pathlib.Path, *, version: GexfVersion = "1.3",
                    static: bool = False) -> None:
    """Write ``network`` as GEXF to ``path``.

    Raises:
        ExportError: if the file cannot be written.
    """
    document = build_gexf(network, version=version, static=static)
    try:
        document.write(str(path), xml_declaration=True, encoding="UTF-8", pretty_print=True)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc


def write_gexf(store: Store, path: pathlib.Path, options: ExportOptions | None = None) -> None:
    """Write the store's network as dynamic GEXF (Gephi's timeline plays it)."""
    options = options or ExportOptions()
    write_gexf_file(build_network(store, options.network), path,
                    version=_version(options.gexf_version))


def write_gexf_static(store: Store, path: pathlib.Path, options: ExportOptions | None = None) -> None:
    """Write the store's network as static GEXF (graphology-gexf, Gephi Lite, sigma.js)."""
    options = options or ExportOptions()
    write_gexf_file(build_network(store, options.network), path,
                    version=_version(options.gexf_version), static=True)


def _version(text: str) -> GexfVersion:
    if text == "1.3":
        return "1.3"
    if text == "1.2draft":
        return "1.2draft"
    raise ExportError(f"unknown GEXF version {text!r}; use 1.3 or 1.2draft")
