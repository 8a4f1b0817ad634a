"""Tests of the table exports: events CSV, Gephi spreadsheet CSVs, the GDELT-like table.

What a person importing them would check: codes stay text ("010", not 10),
the documented columns are the written ones, Gephi finds its columns, and a
GDELT pipeline finds GDELT's column names and codes.
"""

from __future__ import annotations

import csv
import datetime as dt
import pathlib
from typing import Any

import pytest

from kg.export import EventFilter, ExportOptions, NetworkOptions, export
from kg.export.events_csv import EVENT_COLUMNS
from kg.export.gdelt import GDELT_COLUMNS, global_event_id, split_actor_code
from kg.store import Store, open_store
from tests.fixtures_rdf import build_fixture_extraction, build_second_extraction

README = pathlib.Path(__file__).resolve().parents[2] / "README.md"


@pytest.fixture(scope="module")
def store() -> Any:
    with open_store() as opened:
        opened.add_extractions([build_fixture_extraction(), build_second_extraction()])
        yield opened


def test_events_csv_keeps_codes_as_text(store: Store, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "events.csv"
    export(store, "csv", path)
    raw = path.read_text(encoding="utf-8")
    assert ',"010",' in raw and ',"061",' in raw  # quoted: spreadsheet and quote-aware readers keep the zero
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, quoting=csv.QUOTE_NONNUMERIC))
    header, body = rows[0], rows[1:]
    cameo = header.index("cameo")
    assert sorted(r[cameo] for r in body) == ["010", "016", "061", "115", "161", "163"]
    goldstein = header.index("goldstein")
    assert all(isinstance(r[goldstein], float) for r in body)  # numbers are numbers


def test_events_csv_columns_are_documented_in_readme() -> None:
    readme = README.read_text(encoding="utf-8")
    for name in EVENT_COLUMNS:
        assert f"`{name}`" in readme, f"README does not document the CSV column {name}"


def test_events_csv_takes_the_filters(store: Store, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "events.csv"
    export(store, "csv", path, ExportOptions(network=NetworkOptions(filter=EventFilter(cameo="16"))))
    with path.open(encoding="utf-8", newline="") as handle:
        assert [r["cameo"] for r in csv.DictReader(handle)] == ["163", "161"]


def test_gephi_csv_has_the_columns_gephi_reads(store: Store, tmp_path: pathlib.Path) -> None:
    folder = tmp_path / "gephi"
    export(store, "gephi-csv", folder)
    with (folder / "nodes.csv").open(encoding="utf-8", newline="") as handle:
        nodes = list(csv.DictReader(handle))
    with (folder / "edges.csv").open(encoding="utf-8", newline="") as handle:
        edges = list(csv.DictReader(handle))
    assert list(nodes[0])[:4] == ["Id", "Label", "Start", "End"]
    assert list(edges[0])[:9] == ["Source", "Target", "Type", "Id", "Label", "Weight", "Kind", "Start", "End"]
    ids = {n["Id"] for n in nodes}
    assert all(e["Source"] in ids and e["Target"] in ids for e in edges)
    assert {e["Type"] for e in edges} == {"Directed"}
    assert {e["Kind"] for e in edges} >= {"163", "spokesperson_of"}
    for row in nodes + edges:
        if row["Start"]:
            assert row["Start"] < row["End"]  # no empty interval for Gephi


def test_gephi_csv_refuses_a_file(store: Store, tmp_path: pathlib.Path) -> None:
    from kg.errors import ExportError

    taken = tmp_path / "taken"
    taken.write_text("x", encoding="utf-8")
    with pytest.raises(ExportError, match="folder"):
        export(store, "gephi-csv", taken)


def test_gdelt_table_reads_like_gdelt(store: Store, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "events.tsv"
    export(store, "gdelt", path)
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    assert tuple(header) == GDELT_COLUMNS
    rows = [dict(zip(header, line.split("\t"))) for line in lines[1:]]
    assert len(rows) == 6 and all(len(line.split("\t")) == len(header) for line in lines)
    sanction = next(r for r in rows if r["EventCode"] == "163")
    assert (sanction["Day"], sanction["MonthYear"], sanction["Year"]) == ("20190921", "201909", "2019")
    assert (sanction["EventBaseCode"], sanction["EventRootCode"], sanction["QuadClass"]) == ("163", "16", "4")
    assert sanction["Actor1Code"] == "VLDGOV" and sanction["Actor1CountryCode"] == "VLD"
    assert sanction["Actor1Type1Code"] == "GOV" and sanction["Actor2Name"] == "Kestrel Dynamics"
    assert sanction["DATEADDED"] == "20191008000000"
    assert sanction["SOURCEURL"] == "https://news.example.org/2019/10/08/valdoria-sanctions"
    statement = next(r for r in rows if r["EventCode"] == "010")
    assert statement["Actor2Code"] == "" and statement["kg_when"] == "by 2019-10-08"
    assert int(sanction["GlobalEventID"]) == global_event_id(sanction["kg_event"])


@pytest.mark.parametrize(
    ("code", "country", "expected"),
    [
        ("CHNGOV", "CHN", ("CHN", "", ("GOV", "", ""))),
        ("USAGOVMIL", "USA", ("USA", "", ("GOV", "MIL", ""))),
        ("IGOUNO", None, ("", "UNO", ("IGO", "", ""))),
        ("NGOAMN", None, ("", "AMN", ("NGO", "", ""))),
        ("RUS", "RUS", ("RUS", "", ("", "", ""))),
        (None, "VLD", ("VLD", "", ("", "", ""))),
    ],
    ids=["government", "two-types", "igo", "ngo", "country", "no-code"],
)
def test_gdelt_split_actor_code(code: str | None, country: str | None,
                                expected: tuple[str, str, tuple[str, str, str]]) -> None:
    assert split_actor_code(code, country) == expected


def test_gdelt_ids_are_stable_numbers() -> None:
    iri = "https://w3id.org/kg-events/id/event/a/e1"
    assert global_event_id(iri) == global_event_id(iri) < 2**48
    assert global_event_id(iri) != global_event_id(iri + "0")


def test_export_refuses_options_a_format_does_not_take(store: Store, tmp_path: pathlib.Path) -> None:
    from kg.errors import ExportError

    with pytest.raises(ExportError, match="whole graph"):
        export(store, "turtle", tmp_path / "x.ttl",
               ExportOptions(network=NetworkOptions(filter=EventFilter(start=dt.date(2019, 1, 1)))))
    with pytest.raises(ExportError, match="network options"):
        export(store, "csv", tmp_path / "x.csv", ExportOptions(network=NetworkOptions(collapse=True)))
    with pytest.raises(ExportError, match="gexf-version"):
        export(store, "csv", tmp_path / "x.csv", ExportOptions(gexf_version="1.2draft"))
