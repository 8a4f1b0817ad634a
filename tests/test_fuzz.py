"""Fuzzing the input side: document reading, JSON Lines reading, and extract -> check -> store -> serialise.

The CI profile runs a few dozen examples each; run the long one by hand:

    .venv/bin/python -m pytest tests/test_fuzz.py --hypothesis-profile=long

Properties: reading raises nothing but InputError and gives text every RDF
and XML format can carry; a batch never raises, every outcome is an
extraction or one clean error, and every extraction that passes the checks
is stored in one piece and serialises to N-Quads that parse back to the
same quads.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from kg.document import build_article, read_article, read_jsonl
from kg.errors import ExtractionError, InputError, KgError
from kg.graph import build_graph, check_extraction, serialize
from kg.graph.check import unsafe_character
from kg.ingest import extract_each
from kg.model import Article, Extraction
from kg.store import open_store

FIXTURES = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large]

# Fragments of news copy, so the extractor meets real structures (quotes,
# speech, dates, coordination), mixed with arbitrary text.
ACTORS = ["France", "the United States", "Russia's foreign ministry", "Mira Tanse", "Tanse", "Kestrel Dynamics",
          "Kestrel", "police", "the UN", "President Arno Vell", "Iran and Iraq", "rebels", "he", "they"]
VERBS = ["said", "attacked", "met", "will visit", "denied", "accused", "protested against", "signed a deal with",
         "threatened", "arrested", "released", "urged", "condemned", "plans to sanction", "withdrew from"]
TIMES = ["", "on Monday", "tomorrow", "yesterday", "last week", "next year", "in March 2019", "late September",
         "on 31 December 9999", "in 1987", "two days later", "the day before", "this morning", "in the 1990s"]
NOISE = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12)
SENTENCE = st.builds(
    lambda a, v, b, t, noise, quoted: (f'"{a} {v} {b} {t}," {a} said.' if quoted else f"{a} {v} {b} {t}.") + noise,
    st.sampled_from(ACTORS), st.sampled_from(VERBS), st.sampled_from(ACTORS), st.sampled_from(TIMES), NOISE, st.booleans(),
)
BODY = st.lists(st.lists(SENTENCE, min_size=1, max_size=4).map(" ".join), min_size=1, max_size=4).map("\n\n".join)
PUBLISHED = st.one_of(st.none(), st.dates(dt.date(900, 1, 1), dt.date(9999, 12, 31)).map(dt.date.isoformat),
                      st.sampled_from(["tomorrow", "2019-02-30", "", "2019-10-08T09:20:50Z"]))


def _assert_carryable(article: Article) -> None:
    for value in (article.id, article.title, article.source, article.section, article.url, article.dateline):
        assert value is None or unsafe_character(value, one_line=True) is None
    assert unsafe_character(article.text) is None
    # Paragraphs lie in the text, in order (a wire dateline may stand before the first).
    ends = [0, *(x for s in article.paragraphs for x in (s.start, s.end)), len(article.text)]
    assert ends == sorted(ends) and all(s.start < s.end for s in article.paragraphs)


@settings(suppress_health_check=FIXTURES)
@given(data=st.one_of(st.binary(max_size=400), BODY.map(str.encode),
                      st.builds(lambda meta, body: (meta + "\n\n" + body).encode("utf-8", "surrogatepass"),
                                st.text(max_size=80), st.text(max_size=200))))
def test_fuzz_reading_a_file(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "article.txt"
        path.write_bytes(data)
        try:
            article = read_article(path)
        except InputError as exc:
            assert "\n" not in str(exc)
            return
    _assert_carryable(article)


JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                           max_leaves=8)
RECORDS = st.fixed_dictionaries(
    {}, optional={"id": JSON_VALUES, "text": st.one_of(BODY, JSON_VALUES), "title": JSON_VALUES, "published": PUBLISHED,
                  "source": JSON_VALUES, "url": st.text(max_size=30)})
LINES = st.one_of(RECORDS.map(json.dumps), JSON_VALUES.map(json.dumps), st.text(max_size=60),
                  st.text(max_size=40).map(lambda t: json.dumps({"id": "s", "text": t + "\ud800 Talks resumed."})))


@settings(suppress_health_check=FIXTURES)
@given(lines=st.lists(LINES, min_size=1, max_size=8))
def test_fuzz_reading_json_lines(lines: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "corpus.jsonl"
        path.write_bytes("\n".join(line.replace("\n", " ") for line in lines).encode("utf-8", "surrogatepass"))
        items = list(read_jsonl(path))
    assert len(items) == sum(1 for line in lines if line.replace("\n", " ").strip())
    for item in items:
        assert isinstance(item, Article | KgError)
        if isinstance(item, Article):
            _assert_carryable(item)


@settings(suppress_health_check=FIXTURES)
@given(bodies=st.lists(st.tuples(BODY, PUBLISHED), min_size=1, max_size=3))
def test_fuzz_extract_check_store_serialise(extractor: Any, bodies: list[tuple[str, str | None]]) -> None:
    items: list[Article | KgError] = []
    for index, (body, published) in enumerate(bodies):
        try:
            items.append(build_article({"id": f"f{index}", "text": body, "published": published}))
        except InputError as exc:
            items.append(exc)
    results = list(extract_each(items, extractor))
    assert len(results) == len(items)
    with open_store() as store:
        for result in results:
            if isinstance(result, KgError):
                # Reading errors pass through; an extraction crash would be a bug.
                assert not isinstance(result, ExtractionError), str(result)
                event("article refused when read")
                continue
            assert isinstance(result, Extraction)
            try:
                check_extraction(result)
            except InputError as exc:  # refused whole, before any write
                event(f"extraction refused by the checks: {str(exc).split(': ', 2)[-1].split(' (')[0][:40]}")
                before = store.nquads()
                try:
                    store.add_extraction(result)
                except InputError:
                    pass
                else:
                    raise AssertionError(f"a refused extraction was stored: {exc}")
                assert store.nquads() == before
                continue
            text = serialize(build_graph(result), "nquads")
            parsed = {str(q) for q in ox.parse(text, format=ox.RdfFormat.N_QUADS)}
            assert len(parsed) == len([line for line in text.split("\n") if line])
            store.add_extraction(result)
            event("extraction stored")
        dump = "".join(line + "\n" for line in store.nquads())
        assert {f"{q} ." for q in ox.parse(dump, format=ox.RdfFormat.N_QUADS)} == set(store.nquads())
