"""Tests of kg.plot: the pictures are there, readable, self-contained and stable.

Checked as a person would look: the PNG is not blank and shows the quad-class
colours on both sides of the cut in time; the HTML page needs no network; a
headless Chromium (Debian's ``chromium``; skipped where it is absent) renders
the seed timeline with its 2018-08 and 2019-09/10 events.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from PIL import Image

from kg.errors import ExportError
from kg.export import EventFilter, NetworkOptions
from kg.export.style import MODALITY_MARKS, QUAD_COLOURS, QuadClass, Rgb
from kg.model import Extraction, Modality
from kg.plot import TimelineOptions, plot_network, plot_timeline
from kg.plot.marks import build_timeline_picture
from kg.query import timeline
from kg.store import Store, open_store

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars", "--window-size=1400,900", "--virtual-time-budget=15000"]


@pytest.fixture(scope="module")
def seed_store(seed_extraction: Extraction) -> Any:
    with open_store(None) as store:
        store.add_extraction(seed_extraction)
        yield store


def _near(pixel: tuple[int, ...], colour: Rgb, tolerance: int = 12) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel[:3], (colour.r, colour.g, colour.b)))


def _colours(image: Image.Image, box: tuple[int, int, int, int]) -> set[tuple[int, ...]]:
    region = image.convert("RGB").crop(box)
    counted = region.getcolors(maxcolors=region.width * region.height) or []
    return {tuple(colour) for _, colour in counted}


# -- the layout (pure) -------------------------------------------------------------------------

def test_plot_marks_cut_the_empty_year_and_keep_both_stretches(seed_store: Store) -> None:
    picture = build_timeline_picture(timeline(seed_store))
    assert len(picture.marks) == len(timeline(seed_store)) >= 13 and picture.left_out == 0
    (gap,) = picture.axis.gaps()
    assert gap[1] < dt.date(2018, 9, 30) and gap[2] > dt.date(2019, 9, 1)
    # Both stretches are drawn at the same day scale: a week is 7 units either side of the cut.
    axis = picture.axis
    assert axis.x(dt.date(2018, 8, 8)) - axis.x(dt.date(2018, 8, 1)) == 7
    assert axis.x(dt.date(2019, 10, 8)) - axis.x(dt.date(2019, 10, 1)) == 7
    assert axis.width < 120  # not 430 days wide


def test_plot_marks_shapes_follow_what_the_text_knows(seed_store: Store) -> None:
    marks = {m.label.split(" ", 2)[1]: m for m in build_timeline_picture(timeline(seed_store)).marks}
    assert marks["reported"].bound == "interval"  # "August 2018": a bar over the month
    assert (marks["reported"].start, marks["reported"].end) == (dt.date(2018, 8, 1), dt.date(2018, 8, 31))
    assert marks["blacklisted"].bound == "day"  # no time in the text: the story's day
    assert marks["blacklisted"].start == dt.date(2019, 10, 8)
    assert marks["prepare"].bound == "after" and marks["prepare"].modality is Modality.PLANNED


def test_plot_marks_in_one_lane_never_share_a_row_when_they_overlap(seed_store: Store) -> None:
    per_char = 0.5
    picture = build_timeline_picture(timeline(seed_store), days_per_char=per_char)
    axis = picture.axis
    by_row: dict[int, list[tuple[float, float]]] = {}
    for mark in picture.marks:
        left = axis.x(mark.start) - 1.0
        right = max(axis.x(mark.end), axis.x(mark.at)) + 1.5 + len(mark.label) * per_char
        by_row.setdefault(mark.row, []).append((left, right))
    for spans in by_row.values():
        spans.sort()
        assert all(a[1] < b[0] for a, b in zip(spans, spans[1:]))
    lanes = [lane.label for lane in picture.lanes]
    assert lanes.index("United Nations") < lanes.index("Chinese government") < lanes.index("Hikvision")


def test_plot_marks_by_dyad() -> None:
    with open_store(None) as store:
        from tests.fixtures_rdf import build_fixture_extraction

        store.add_extraction(build_fixture_extraction())
        picture = build_timeline_picture(timeline(store), by="dyad")
    assert "Valdorian Trade Ministry → Kestrel Dynamics" in [lane.label for lane in picture.lanes]
    assert "Mira Tanse → ?" in [lane.label for lane in picture.lanes]


# -- static pictures ---------------------------------------------------------------------------

def test_plot_timeline_png_is_sized_and_not_blank(seed_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "timeline.png"
    assert plot_timeline(seed_store, out) == len(timeline(seed_store)) >= 13
    image = Image.open(out)
    assert image.format == "PNG" and image.width >= 1600 and image.height >= 600
    width, height = image.size
    left = _colours(image, (int(width * 0.19), 0, int(width * 0.45), height))
    right = _colours(image, (int(width * 0.5), 0, width, height))
    assert len(left | right) > 50  # text, bars and markers, not a flat page
    # The 2018 stretch (left of the cut) shows the UN report in its quad-class green ...
    assert any(_near(p, QUAD_COLOURS[QuadClass.VERBAL_COOPERATION]) for p in left)
    # ... and the 2019 stretch the blacklisting in material-conflict red.
    assert any(_near(p, QUAD_COLOURS[QuadClass.MATERIAL_CONFLICT]) for p in right)


def test_plot_network_png_uses_the_gexf_colours(seed_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "network.png"
    assert 13 <= plot_network(seed_store, out) <= len(timeline(seed_store)), "every event with two ends is an edge"
    image = Image.open(out)
    assert image.width >= 1200 and image.height >= 900
    colours = _colours(image, (0, 0, image.width, image.height))
    from kg.export import build_network

    for node in build_network(seed_store).nodes:
        assert any(_near(p, node.colour, 6) for p in colours), node.label


def test_plot_svg_is_safe_xml_and_byte_identical(seed_store: Store, tmp_path: Path) -> None:
    first, second = tmp_path / "a.svg", tmp_path / "b.svg"
    plot_timeline(seed_store, first)
    plot_timeline(seed_store, second)
    assert first.read_bytes() == second.read_bytes()
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.parse(str(first), parser).getroot()
    assert root.tag.endswith("svg")


def test_plot_png_is_byte_identical(seed_store: Store, tmp_path: Path) -> None:
    for draw in (plot_timeline, plot_network):
        draw(seed_store, tmp_path / "a.png")  # type: ignore[operator]
        draw(seed_store, tmp_path / "b.png")  # type: ignore[operator]
        assert (tmp_path / "a.png").read_bytes() == (tmp_path / "b.png").read_bytes()


def test_plot_refuses_an_unknown_suffix(seed_store: Store, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"\.png, \.svg or \.html"):
        plot_timeline(seed_store, tmp_path / "timeline.pdf")


def test_plot_filters_apply(seed_store: Store, tmp_path: Path) -> None:
    only = TimelineOptions(filter=EventFilter(actor="Geng Shuang"))
    assert plot_timeline(seed_store, tmp_path / "geng.png", only) == 3
    assert plot_network(seed_store, tmp_path / "n.png", NetworkOptions(filter=EventFilter(cameo="16"))) == 2


# -- the interactive page ----------------------------------------------------------------------

def test_plot_html_is_one_self_contained_file(seed_store: Store, tmp_path: Path) -> None:
    for draw, name in ((plot_timeline, "timeline.html"), (plot_network, "network.html")):
        out = tmp_path / name
        draw(seed_store, out)  # type: ignore[operator]
        html = out.read_text(encoding="utf-8")
        assert re.search(r"<script[^>]+\bsrc=", html) is None, "a script is loaded from elsewhere"
        assert re.search(r"<link[^>]+\bhref=", html) is None, "a stylesheet is loaded from elsewhere"
        assert "Plotly.newPlot" in html and len(html) > 1_000_000  # plotly.js itself is inlined
        again = tmp_path / ("again-" + name)
        draw(seed_store, again)  # type: ignore[operator]
        assert again.read_bytes() == out.read_bytes()


def test_plot_html_hover_text_has_the_sentence(seed_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "timeline.html"
    plot_timeline(seed_store, out)
    html = out.read_text(encoding="utf-8")
    assert "blacklisted" in html and "according to United Nations" in html
    assert MODALITY_MARKS[Modality.PLANNED].filled is False and "triangle-right-open" in html


def _chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("headless Chromium not installed (Debian package chromium; .ci/run installs it)")


def _run_chromium(binary: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run([binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                              capture_output=True, text=True, timeout=180)
    except subprocess.TimeoutExpired:
        pytest.skip("Chromium did not finish within 180 s on this machine")


def test_plot_html_renders_in_headless_chromium(seed_store: Store, tmp_path: Path) -> None:
    binary = _chromium()
    page = tmp_path / "seed_timeline.html"
    plot_timeline(seed_store, page)
    shot = tmp_path / "shot.png"
    done = _run_chromium(binary, tmp_path / "profile-shot", f"--screenshot={shot}", page.as_uri())
    assert shot.is_file(), done.stderr[-2000:]
    image = Image.open(shot)
    assert image.size == (1400, 900)
    width, height = image.size
    # Left of the cut: August 2018; right of it: late September and October 2019.
    left = _colours(image, (190, 60, width // 2 - 100, height - 100))
    right = _colours(image, (width // 2, 60, width, height - 100))
    assert any(_near(p, QUAD_COLOURS[QuadClass.VERBAL_COOPERATION]) for p in left)
    assert any(_near(p, QUAD_COLOURS[QuadClass.MATERIAL_CONFLICT]) for p in right)
    assert any(_near(p, QUAD_COLOURS[QuadClass.VERBAL_CONFLICT]) for p in right)
    # What the page shows as text once plotly has drawn it.
    dom = _run_chromium(binary, tmp_path / "profile-dom", "--dump-dom", page.as_uri()).stdout
    ticks = re.findall(r'class="xtick"[^>]*>.*?<text[^>]*>([^<]+)</text>', dom)
    assert any("Aug 2018" in t for t in ticks) and any("2019" in t for t in ticks), ticks
    assert "12 months skipped" in dom
    assert dom.count('class="point"') >= 16
    for label in ("010 reported", "163 blacklisted", "111 protested"):
        assert label in dom


def test_plot_readme_shows_the_seed_timeline() -> None:
    root = Path(__file__).resolve().parents[2]
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert re.search(r"!\[[^\]]+\]\(exports/seed_timeline\.png\)", readme)
    picture = root / "exports" / "seed_timeline.png"  # written by `make demo`, committed for the README
    assert picture.is_file() and Image.open(picture).width >= 1600


def test_plot_denied_and_reported_events_are_marked(tmp_path: Path) -> None:
    from dataclasses import replace

    from tests.fixtures_rdf import build_fixture_extraction, with_events

    base = build_fixture_extraction()
    denied = replace(base.events[0], modality=Modality.DENIED)
    with open_store(None) as store:
        store.add_extraction(with_events(base, denied, *base.events[1:]))
        marks = {m.label.split(" ")[1]: m for m in build_timeline_picture(timeline(store)).marks}
        out = tmp_path / "timeline.html"
        plot_timeline(store, out)
    assert marks["imposed"].modality is Modality.DENIED and MODALITY_MARKS[Modality.DENIED].crossed
    assert marks["sold"].modality is Modality.REPORTED and MODALITY_MARKS[Modality.REPORTED].alpha < 1
    html = out.read_text(encoding="utf-8")
    # plotly's JSON writes "/" as "\u002f".
    assert '"name":"denied \\u002f negated"' in html and "x-thin-open" in html
