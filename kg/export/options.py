"""What every exporter takes: ``ExportOptions`` and the ``Exporter`` signature."""

from __future__ import annotations

import pathlib
from dataclasses import dataclass, field
from typing import Protocol

from kg.export.network import EventFilter, NetworkOptions
from kg.store import Store

__all__ = ["ExportOptions", "Exporter"]


@dataclass(frozen=True)
class ExportOptions:
    """Options of ``kg export``; each format uses those that apply to it.

    Attributes:
        network: what the network formats draw (filters, relations, forms).
        gexf_version: "1.3" (default) or "1.2draft".
    """

    network: NetworkOptions = field(default_factory=NetworkOptions)
    gexf_version: str = "1.3"

    @property
    def filter(self) -> EventFilter:
        """The event filter (``--actor``, ``--from``, ``--to``, ``--cameo``)."""
        return self.network.filter


class Exporter(Protocol):
    """``writer(store, path, options)``: write the store's graph to ``path``."""

    def __call__(self, store: Store, path: pathlib.Path, options: ExportOptions | None = None) -> None:
        ...  # pragma: no cover - a signature
