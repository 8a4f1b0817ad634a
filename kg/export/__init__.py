"""Exporters: a plain dict from format name to ``writer(store, path)``."""

from __future__ import annotations

import pathlib
from collections.abc import Callable

from kg.export.events_csv import write_events_csv
from kg.export.gexf import write_gexf, write_gexf_static
from kg.export.graphml import write_graphml
from kg.export.rdf import write_jsonld, write_nquads, write_trig, write_turtle
from kg.store import Store

__all__ = ["EXPORTERS", "Exporter"]

Exporter = Callable[[Store, pathlib.Path], None]

#: Format name -> writer. ``gexf`` is dynamic (Gephi's timeline); ``gexf-static``
#: suits graphology-gexf / Gephi Lite.
EXPORTERS: dict[str, Exporter] = {
    "gexf": write_gexf,
    "gexf-static": write_gexf_static,
    "graphml": write_graphml,
    "turtle": write_turtle,
    "trig": write_trig,
    "nquads": write_nquads,
    "jsonld": write_jsonld,
    "csv": write_events_csv,
}
