"""RDF files: ``FORMATS``, ``serialize()``, ``read_graph()``, ``write_graph()``."""

from __future__ import annotations

import pathlib

from rdflib import Dataset

from kg.errors import InputError
from kg.graph.dataset import new_dataset, to_graph

__all__ = ["FORMATS", "read_graph", "serialize", "write_graph"]

#: File format name -> rdflib serializer/parser name.
FORMATS: dict[str, str] = {
    "trig": "trig",
    "nquads": "nquads",
    "turtle": "turtle",
    "ntriples": "nt",
    "jsonld": "json-ld",
}
_SUFFIXES: dict[str, str] = {
    ".trig": "trig",
    ".nq": "nquads",
    ".ttl": "turtle",
    ".nt": "ntriples",
    ".jsonld": "jsonld",
    ".json": "jsonld",
}


def _format(fmt: str | None, path: pathlib.Path) -> str:
    name = fmt or _SUFFIXES.get(path.suffix.lower())
    if name not in FORMATS:
        raise InputError(
            f"unknown RDF format {fmt or path.suffix!r} for {path.name}; "
            f"use one of {', '.join(FORMATS)} (or a .trig/.nq/.ttl/.nt/.jsonld file)"
        )
    return name


def serialize(dataset: Dataset, fmt: str) -> str:
    """Return ``dataset`` serialized as ``fmt`` (a :data:`FORMATS` key), deterministically.

    Line-based formats are sorted; ``turtle`` and ``ntriples`` merge all
    graphs into one, the others keep the named graphs.
    """
    name = FORMATS[fmt]
    if fmt in ("turtle", "ntriples"):
        text = to_graph(dataset).serialize(format=name)
    else:
        text = dataset.serialize(format=name)
    if fmt in ("nquads", "ntriples"):
        # Lines end at "\n" only: str.splitlines would also split at a U+2028
        # or U+0085 that a literal may hold unescaped.
        lines = {line + "\n" for line in text.split("\n") if line}
        text = "".join(sorted(lines))
    return text


def write_graph(dataset: Dataset, path: pathlib.Path, fmt: str | None = None) -> None:
    """Write ``dataset`` to ``path`` as ``fmt`` (default: from the suffix).

    Raises:
        InputError: for an unknown format.
        OSError: if the file cannot be written (the caller reports it).
    """
    path.write_text(serialize(dataset, _format(fmt, path)), encoding="utf-8")


def read_graph(path: pathlib.Path, fmt: str | None = None) -> Dataset:
    """Read a TriG, N-Quads, Turtle, N-Triples or JSON-LD file into a Dataset.

    Triples of a Turtle or N-Triples file land in the default graph.

    Raises:
        InputError: if the file is missing, unreadable or not valid RDF.
    """
    name = _format(fmt, path)
    dataset = new_dataset()
    try:
        data = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        dataset.parse(data=data, format=FORMATS[name])
    except Exception as exc:  # rdflib parsers raise many unrelated types
        message = " ".join(str(exc).split())
        raise InputError(f"{path.name} is not valid {name}: {message}") from exc
    return dataset
