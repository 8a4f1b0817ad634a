"""Store -> JSON-LD: the whole dataset with a compact ``@context``, or events framed.

``write_jsonld`` writes every named graph, compacted with kg's context
(``kg/data/jsonld-context.json``: the ontology is the ``@vocab``, so a
property reads ``"trigger"``, and dates, links and codes are typed by the
context), and reads back through rdflib to the same quads.

``write_jsonld_framed`` is a view for applications: a list of events, each
with its CAMEO concept, time, sentence and actors embedded (JSON-LD 1.1
framing by PyLD with ``kg/data/jsonld-events-frame.json``); named graphs
are merged. Remote contexts are never fetched: the context is inline and
the document loader refuses every URL.

Arrays are sorted and keys ordered, so the same store gives the same bytes
(JSON-LD arrays are sets unless they are ``@list``s, and kg writes none).
"""

from __future__ import annotations

import functools
import json
import pathlib
from importlib import resources
from typing import Any

from rdflib import Dataset

from kg.errors import ExportError
from kg.export.network import EventFilter
from kg.export.options import ExportOptions
from kg.export.rdf import data_quads
from kg.graph import new_dataset
from kg.store import Store
from kg.store.terms import to_rdflib

__all__ = ["frame_events", "jsonld_context", "refuse_remote_documents", "to_jsonld", "write_jsonld",
           "write_jsonld_framed"]


@functools.cache
def _data(name: str) -> str:
    return resources.files("kg.data").joinpath(name).read_text(encoding="utf-8")


def jsonld_context() -> dict[str, Any]:
    """kg's JSON-LD context (the value of ``@context``)."""
    context: dict[str, Any] = json.loads(_data("jsonld-context.json"))["@context"]
    return context


def _sorted(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _sorted(v) for k, v in sorted(value.items())}
    if isinstance(value, list):
        items = [_sorted(v) for v in value]
        return sorted(items, key=lambda v: (v.get("@id", "") if isinstance(v, dict) else "",
                                            json.dumps(v, sort_keys=True, ensure_ascii=False)))
    return value


def _text(document: Any) -> str:
    return json.dumps(_sorted(document), indent=2, ensure_ascii=False) + "\n"


def to_jsonld(dataset: Dataset) -> str:
    """Return the dataset as compact JSON-LD with kg's ``@context`` (named graphs kept)."""
    context = jsonld_context()
    compact = json.loads(dataset.serialize(format="json-ld", context=context, auto_compact=True))
    compact["@context"] = context  # rdflib may reorder it; keep the file's form
    return _text(compact)


def refuse_remote_documents(url: str, options: Any = None) -> Any:
    """PyLD document loader that loads nothing: kg never fetches remote contexts."""
    from pyld import jsonld

    raise jsonld.JsonLdError(f"kg does not load remote JSON-LD documents ({url})",
                             "jsonld.LoadDocumentError", code="loading document failed")


def frame_events(dataset: Dataset, events: list[str] | None = None) -> dict[str, Any]:
    """Return the events of ``dataset`` framed (see the module docstring).

    Args:
        dataset: the graph.
        events: keep these event IRIs only; None keeps every event.
    """
    context = jsonld_context()
    document = json.loads(dataset.serialize(format="json-ld", context=context, auto_compact=True))
    frame: dict[str, Any] = {"@context": context, **json.loads(_data("jsonld-events-frame.json"))}
    if events is not None:
        frame["@id"] = sorted(events) or ["urn:kg:no-event"]
    from pyld import jsonld  # imported here: every kg command would pay for it at start-up

    framed: dict[str, Any] = jsonld.frame(document, frame, options={
        "documentLoader": refuse_remote_documents, "embed": "@never", "omitGraph": False})
    framed["@context"] = context
    return framed


def _write(path: pathlib.Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc


def _dataset(store: Store) -> Dataset:
    """The store's graphs (but its summary) in memory: JSON-LD compaction and framing need all of it."""
    dataset = new_dataset()
    for quad in data_quads(store):
        dataset.graph(to_rdflib(quad.graph_name)).add(  # type: ignore[arg-type]
            (to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
    return dataset


def write_jsonld(store: Store, path: pathlib.Path, options: ExportOptions | None = None) -> None:
    """Write every graph of the store (but its summary) as compact JSON-LD with kg's ``@context``."""
    _write(path, to_jsonld(_dataset(store)))


def write_jsonld_framed(store: Store, path: pathlib.Path, options: ExportOptions | None = None) -> None:
    """Write the events as framed JSON-LD (an ``@graph`` list of events); filters apply."""
    selected = options.filter if options else EventFilter()
    events = [row.event for row in selected.rows(store)] if selected.active else None
    _write(path, _text(frame_events(_dataset(store), events)))
