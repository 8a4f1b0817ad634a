"""Actor identity across articles: order never matters, a rebuild changes nothing, merges hold.

All articles, names and countries here are invented.
"""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given
from hypothesis import strategies as st

from kg.model import (
    Actor,
    ActorKind,
    Article,
    DatePrecision,
    Event,
    EventTime,
    Extraction,
    Mention,
    Modality,
    Relation,
    RelationKind,
    Span,
    TimeAnchor,
)
from kg.query import actors, merge_actors, timeline
from kg.store import open_store
from kg.store.identity import join_actors

OSTMARK = Actor("ostmark", "Ostmark", ActorKind.COUNTRY, country="OST", code="OST")


def _article(article_id: str, text: str, actors: list[tuple[Actor, str]], source: str, target: str = "ostmark",
             relation: tuple[str, RelationKind, str] | None = None) -> Extraction:
    """A one-sentence article whose event runs from ``source`` to ``target``."""
    mentions = []
    for actor, surface in actors:
        start = text.index(surface)
        mentions.append(Mention(Span(start, start + len(surface)), actor.id))
    sentence = Span(0, len(text))
    verb = text.index("met")
    event = Event("e1", Span(verb, verb + 3), "040", sentence,
                  EventTime(dt.date(2020, 3, 2), dt.date(2020, 3, 2), DatePrecision.DAY, TimeAnchor.EXPLICIT),
                  Modality.ASSERTED, source=source, target=target)
    relations = (Relation(relation[0], relation[1], relation[2], sentence),) if relation else ()
    return Extraction(
        article=Article(article_id, text, (sentence,), published=dt.date(2020, 3, 3)),
        actors=tuple(sorted({a for a, _ in actors}, key=lambda a: a.id)),
        mentions=tuple(mentions),
        events=(event,),
        relations=relations,
    )


SHORT = _article("a-short", "Tanse met Ostmark officials.",
                 [(Actor("tanse", "Tanse", ActorKind.PERSON, country="VLD"), "Tanse"), (OSTMARK, "Ostmark")],
                 "tanse", relation=("tanse", RelationKind.CITIZEN_OF, "ostmark"))
FULL = _article("b-full", "Mira Tanse met Ostmark's president.",
                [(Actor("mira-tanse", "Mira Tanse", ActorKind.PERSON, aliases=("Ms Tanse",)), "Mira Tanse"),
                 (OSTMARK, "Ostmark")], "mira-tanse")
OTHER = _article("c-other", "Kestrel Dynamics met Ostmark buyers.",
                 [(Actor("kestrel-dynamics", "Kestrel dynamics", ActorKind.ORGANIZATION, code="VLDBUS"), "Kestrel Dynamics"),
                  (OSTMARK, "Ostmark")], "kestrel-dynamics")
RESTATED = _article("d-restated", "Kestrel Dynamics met Ostmark again.",
                    [(Actor("kestrel-dynamics", "Kestrel Dynamics", ActorKind.ORGANIZATION, country="VLD"), "Kestrel Dynamics"),
                     (OSTMARK, "Ostmark")], "kestrel-dynamics")
ALL = [SHORT, FULL, OTHER, RESTATED]


def _quads(order: list[Extraction]) -> list[str]:
    with open_store() as store:
        for extraction in order:
            store.add_extraction(extraction)
        return store.nquads()


def test_store_every_order_gives_the_same_quads() -> None:
    results = {tuple(_quads(list(order))) for order in itertools.permutations(ALL)}
    assert len(results) == 1
    (quads,) = results
    text = "\n".join(quads)
    # The one-word name resolved into the full one, whichever came first.
    assert "/actor/tanse>" not in text
    assert "relation/a-short/mira-tanse/citizen_of/ostmark>" in text
    assert '<https://w3id.org/kg-events/id/actor/mira-tanse> <http://www.w3.org/2004/02/skos/core#altLabel> "Tanse"' in text


def test_store_rebuild_changes_nothing() -> None:
    with open_store() as store:
        for extraction in ALL:
            store.add_extraction(extraction)
        first = store.nquads()
        for extraction in reversed(ALL):
            store.add_extraction(extraction)
        assert store.nquads() == first


def test_store_descriptions_join_across_articles() -> None:
    with open_store() as store:
        store.add_extractions([OTHER, RESTATED])
        (row,) = [r for r in actors(store) if r.id.endswith("/kestrel-dynamics")]
    # Capitalised name preferred, the other kept as an alias; both articles' facts kept.
    assert row.label == "Kestrel Dynamics" and row.aliases == ("Kestrel dynamics",)
    assert (row.country, row.code) == ("VLD", "VLDBUS")


def test_store_ambiguous_short_name_stays_itself() -> None:
    twin = _article("e-twin", "Arno Tanse met Ostmark's envoy.",
                    [(Actor("arno-tanse", "Arno Tanse", ActorKind.PERSON), "Arno Tanse"), (OSTMARK, "Ostmark")], "arno-tanse")
    with open_store() as store:
        store.add_extractions([FULL, twin, SHORT])
        ids = {row.id.rsplit("/", 1)[-1] for row in actors(store)}
    assert {"tanse", "mira-tanse", "arno-tanse"} <= ids


def test_store_manual_merge_survives_a_rebuild_with_the_kept_name() -> None:
    with open_store() as store:
        store.add_extractions([OTHER, FULL])
        result = merge_actors(store, "Mira Tanse", "Kestrel Dynamics")
        assert result.keep == "mira-tanse" and result.rewritten > 0
        merged = store.nquads()
        store.add_extraction(OTHER)  # rebuild the article that names the dropped actor
        assert store.nquads() == merged
        (row,) = [r for r in actors(store) if r.id.endswith("/mira-tanse")]
        rows = timeline(store, actor="Mira Tanse")
    assert row.label == "Mira Tanse" and "Kestrel dynamics" in row.aliases
    # Both articles now report one event (same dyad, day, code and verb): one row, two reports.
    assert {a for r in rows for a in (r.article, *r.reported_in)} == {"b-full", "c-other"}


names = st.text(alphabet="abAB ", min_size=1, max_size=6).filter(str.strip)
described = st.builds(
    Actor, id=st.just("x"), name=names, kind=st.sampled_from(list(ActorKind)),
    country=st.none() | st.sampled_from(["AAA", "BBB"]), code=st.none() | st.sampled_from(["AAA", "AAAGOV"]),
    wikidata=st.none() | st.sampled_from(["Q1", "Q22"]), aliases=st.lists(names, max_size=2).map(tuple),
)


def _norm(actor: Actor) -> Actor:
    return join_actors(None, actor)


@given(described, described, described)
def test_store_join_is_commutative_associative_idempotent(a: Actor, b: Actor, c: Actor) -> None:
    assert join_actors(a, b) == join_actors(b, a)
    assert join_actors(join_actors(a, b), c) == join_actors(a, join_actors(b, c))
    assert join_actors(join_actors(a, b), b) == join_actors(a, b)
    assert join_actors(a, a) == _norm(a)
