"""Exporters: a plain dict from format name to ``writer(store, path, options)``.

``export()`` is the one entry point of ``kg export``: it checks that the
options make sense for the format, then calls the writer.
"""

from __future__ import annotations

import pathlib

from kg.errors import ExportError
from kg.export.events_csv import write_events_csv
from kg.export.gdelt import write_gdelt
from kg.export.gephi_csv import write_gephi_csv
from kg.export.gexf import write_gexf, write_gexf_static
from kg.export.graphml import write_graphml
from kg.export.jsonld import write_jsonld, write_jsonld_framed
from kg.export.network import EventFilter, NetworkOptions, build_network
from kg.export.options import ExportOptions, Exporter
from kg.export.rdf import write_nquads, write_trig, write_turtle
from kg.store import Store

__all__ = [
    "EXPORTERS",
    "EventFilter",
    "ExportOptions",
    "Exporter",
    "FILTERED_FORMATS",
    "NETWORK_FORMATS",
    "NetworkOptions",
    "build_network",
    "export",
]

#: Format name -> writer. ``gexf`` is dynamic (Gephi's timeline); ``gexf-static``
#: suits graphology-gexf / Gephi Lite; ``gephi-csv`` writes a folder.
EXPORTERS: dict[str, Exporter] = {
    "gexf": write_gexf,
    "gexf-static": write_gexf_static,
    "gephi-csv": write_gephi_csv,
    "graphml": write_graphml,
    "turtle": write_turtle,
    "trig": write_trig,
    "nquads": write_nquads,
    "jsonld": write_jsonld,
    "jsonld-framed": write_jsonld_framed,
    "csv": write_events_csv,
    "gdelt": write_gdelt,
}

#: Formats drawn from the network picture (they take every network option).
NETWORK_FORMATS = frozenset({"gexf", "gexf-static", "gephi-csv"})
#: Formats that take the event filters (--actor, --from, --to, --cameo).
FILTERED_FORMATS = NETWORK_FORMATS | {"csv", "gdelt", "jsonld-framed"}


def export(store: Store, fmt: str, path: pathlib.Path, options: ExportOptions | None = None) -> None:
    """Write the store as ``fmt`` to ``path``.

    Raises:
        ExportError: an unknown format, options the format does not take, or
            a file that cannot be written.
    """
    options = options or ExportOptions()
    if fmt not in EXPORTERS:
        raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(sorted(EXPORTERS))}")
    if options.filter.active and fmt not in FILTERED_FORMATS:
        raise ExportError(f"{fmt} writes the whole graph; the filters --actor/--from/--to/--cameo "
                          f"apply to {', '.join(sorted(FILTERED_FORMATS))}")
    defaults = NetworkOptions(filter=options.filter)
    if fmt not in NETWORK_FORMATS and options.network != defaults:
        raise ExportError(f"the network options (--events-as-nodes, --collapse, --no-relations, "
                          f"--size-by, --edge-colour) apply to {', '.join(sorted(NETWORK_FORMATS))}, not {fmt}")
    if options.gexf_version != "1.3" and fmt not in {"gexf", "gexf-static"}:
        raise ExportError(f"--gexf-version applies to gexf and gexf-static, not {fmt}")
    EXPORTERS[fmt](store, path, options)
