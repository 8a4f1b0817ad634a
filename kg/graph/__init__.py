"""Extraction -> RDF: ``build_graph()``, plus ``read_graph()`` / ``write_graph()``.

One module per part of the step:

* ``check``: ``check_extraction()``, run before any triple is made;
* ``build``: ``build_graph()``, one article's extraction -> an RDF dataset
  (the layout of the dataset is described there);
* ``events``: the event and claim nodes of an article graph;
* ``actors``: the shared actor descriptions;
* ``cameo``: the CAMEO codebook and its concepts;
* ``dataset``: in-memory datasets and ``plain()`` literals;
* ``formats``: serializing, reading and writing RDF files.
"""

from __future__ import annotations

from kg.graph.actors import ACCUMULATING_ACTOR_PROPERTIES, actor_description
from kg.graph.build import build_graph
from kg.graph.check import check_extraction
from kg.graph.cameo import CameoEntry, cameo_codebook, cameo_entry
from kg.graph.dataset import bind_prefixes, new_dataset, plain, to_dataset, to_graph
from kg.graph.formats import FORMATS, read_graph, serialize, write_graph

__all__ = [
    "ACCUMULATING_ACTOR_PROPERTIES",
    "FORMATS",
    "bind_prefixes",
    "actor_description",
    "build_graph",
    "CameoEntry",
    "cameo_codebook",
    "cameo_entry",
    "check_extraction",
    "new_dataset",
    "plain",
    "read_graph",
    "serialize",
    "to_dataset",
    "to_graph",
    "write_graph",
]
