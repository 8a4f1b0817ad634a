"""The seed GEXF as a Gephi user would play it: actors appear in date order, nothing is lost.

Gephi's timeline shows a node while the current time lies in one of its
spells; ``_visible`` applies the same rule to the written file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from kg.export import ExportOptions, NetworkOptions, export
from kg.model import Extraction
from kg.query import timeline
from kg.store import Store, open_store
from tests.export.gexf_tools import MAIN, assert_valid, parse

NS = {"g": MAIN["1.3"]}


@pytest.fixture(scope="module")
def seed_store(seed_extraction: Extraction) -> Any:
    with open_store(None) as store:
        store.add_extraction(seed_extraction)
        yield store


def _spells(path: Path) -> dict[str, list[tuple[dt.date, dt.date]]]:
    document = parse(path)
    found: dict[str, list[tuple[dt.date, dt.date]]] = {}
    for node in document.iterfind(".//g:node", NS):
        found[node.get("label")] = [(dt.date.fromisoformat(s.get("start")), dt.date.fromisoformat(s.get("end")))
                                    for s in node.iterfind(".//g:spell", NS)]
    return found


def _visible(spells: dict[str, list[tuple[dt.date, dt.date]]], day: dt.date) -> set[str]:
    return {label for label, found in spells.items() if not found or any(a <= day < b for a, b in found)}


def test_gexf_seed_actors_appear_in_date_order(seed_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "seed.gexf"
    export(seed_store, "gexf", out)
    assert_valid(out, "1.3")
    spells = _spells(out)
    assert all(spells.values()), "every seed actor takes part in a dated event or relation"
    august_2018 = _visible(spells, dt.date(2018, 8, 15))
    assert {"United Nations", "Uyghurs"} <= august_2018
    assert "Chinese government" not in august_2018 and "Hikvision" not in august_2018
    late_september = _visible(spells, dt.date(2019, 9, 25))
    assert {"Chinese government", "United States", "Geng Shuang"} <= late_september
    assert "Hikvision" not in late_september and "United Nations" not in late_september
    assert {"Hikvision", "Megvii Technology", "US Commerce Department"} <= _visible(spells, dt.date(2019, 10, 8))
    assert _visible(spells, dt.date(2019, 10, 9)) == set()  # the story is over
    first = {label: min(a for a, _ in found) for label, found in spells.items()}
    order = sorted(first, key=lambda label: (first[label], label))
    assert order.index("United Nations") < order.index("Chinese government") < order.index("Hikvision")


def test_gexf_seed_event_nodes_keep_every_event(seed_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.gexf"
    export(seed_store, "gexf", out, ExportOptions(network=NetworkOptions(events_as_nodes=True)))
    document = assert_valid(out, "1.3")
    events = {n.get("id") for n in document.iterfind(".//g:node", NS) if "/event/" in n.get("id")}
    assert events == {row.event for row in timeline(seed_store)}
    assert len(events) >= 13, "the seed's 13 gold events at least"
    kinds = {e.get("kind") for e in document.iterfind(".//g:edge", NS)}
    assert {"source", "target", "spokesperson_of", "part_of"} <= kinds
