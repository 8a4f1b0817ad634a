"""check_extraction(): a broken extraction is refused whole, before any triple is made."""

from __future__ import annotations

import dataclasses
import re
import datetime as dt
import pathlib
from collections.abc import Callable

import pytest
from rdflib import Literal
from rdflib.namespace import DCTERMS

from kg.errors import InputError
from kg.graph import build_graph, check_extraction, read_graph, serialize
from kg.model import Extraction
from kg.vocab import mint_iri
from tests.fixtures_rdf import ARTICLE_ID, build_fixture_extraction

Breakage = Callable[[Extraction], Extraction]

def _event(change: dict[str, object]) -> Breakage:
    def apply(x: Extraction) -> Extraction:
        return dataclasses.replace(x, events=(dataclasses.replace(x.events[0], **change), *x.events[1:]))
    return apply

def _time(**change: object) -> Breakage:
    def apply(x: Extraction) -> Extraction:
        event = x.events[0]
        return dataclasses.replace(x, events=(dataclasses.replace(event, time=dataclasses.replace(event.time, **change)), *x.events[1:]))
    return apply

def _article(**change: object) -> Breakage:
    return lambda x: dataclasses.replace(x, article=dataclasses.replace(x.article, **change))

def _actor(**change: object) -> Breakage:
    return lambda x: dataclasses.replace(x, actors=(dataclasses.replace(x.actors[0], **change), *x.actors[1:]))

BROKEN: dict[str, tuple[Breakage, str]] = {
    "inverted-interval": (_time(earliest=dt.date(2019, 10, 2), latest=dt.date(2019, 9, 30)), "inverted"),
    "unknown-source": (_event({"source": "nobody"}), "not one of the article's actors"),
    "unknown-report": (_event({"reported_by": "e99"}), "not an event"),
    "trigger-outside-text": (_event({"trigger": dataclasses.replace(build_fixture_extraction().events[0].trigger, end=10**6)}), "outside the text"),
    "bad-cameo": (_event({"cameo": "17a"}), "CAMEO"),
    "nan-confidence": (_event({"confidence": float("nan")}), "finite"),
    "duplicate-event-id": (lambda x: dataclasses.replace(x, events=(x.events[0], x.events[0])), "duplicate event"),
    "duplicate-actor-id": (lambda x: dataclasses.replace(x, actors=(x.actors[0], *x.actors)), "duplicate actor"),
    "form-feed-title": (_article(title="Talks\fresumed"), "U+000C"),
    "line-separator-title": (_article(title="Talks\u2028resumed"), "U+2028"),
    "lone-surrogate-text": (_article(text=build_fixture_extraction().article.text + "\ud800"), "U+D800"),
    "nul-in-actor-name": (_actor(name="Val\x00doria"), "U+0000"),
    "empty-actor-name": (_actor(name="  "), "empty name"),
    "bad-wikidata": (_actor(wikidata="Q1> <http://evil"), "Wikidata"),
    "control-in-time-text": (_time(text="late\x1bSeptember"), "U+001B"),
}

@pytest.mark.parametrize("name", sorted(BROKEN))
def test_graph_check_refuses_the_whole_article(name: str) -> None:
    good = build_fixture_extraction()
    check_extraction(good)  # the unbroken one passes
    breakage, message = BROKEN[name]
    with pytest.raises(InputError, match=re.escape(message)) as info:
        build_graph(breakage(good))
    assert ARTICLE_ID in str(info.value) and "\n" not in str(info.value)

def test_graph_nquads_lines_survive_a_line_separator_in_a_literal(tmp_path: pathlib.Path) -> None:
    # U+2028 is valid text (XML and N-Quads carry it), but str.splitlines
    # splits at it; the serializer must not.
    extraction = build_fixture_extraction()
    text = extraction.article.text
    article = dataclasses.replace(extraction.article, text=text.replace("court.", "court.\u2028"))
    dataset = build_graph(dataclasses.replace(extraction, article=article))
    out = serialize(dataset, "nquads")
    assert all(line.endswith(" .") for line in out.split("\n") if line)

    path = tmp_path / "x.nq"
    path.write_text(out, encoding="utf-8")
    back = read_graph(path)
    assert len(back) == len(dataset)
    assert (mint_iri("article", ARTICLE_ID), DCTERMS.title, Literal(article.title)) in back
