"""Relations of an actor: counted per relation, or listed per statement, with limits and filters.

Every article, actor and sentence here is invented.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator

import pytest

from kg.errors import UnknownActorError
from kg.model import Article, Extraction, Mention, Relation, RelationKind, Span
from kg.query import relation_counts, relations_of
from kg.store import Store, open_store
from tests.fixtures_rdf import CITIZEN, PART, RELATION_ACTORS, build_relation_articles, relation_article

@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    with open_store() as opened:
        opened.add_extractions(build_relation_articles())
        yield opened


def _triples(rows: object) -> list[tuple[str, str, str, int]]:
    return [(r.subject, r.predicate.value, r.object, r.statements) for r in rows]  # type: ignore[attr-defined]


def test_query_relation_counts_one_row_per_relation_most_stated_first(store: Store) -> None:
    page = relation_counts(store, "Valdoria")
    assert _triples(page.rows) == [
        ("Valdorian Trade Ministry", "part_of", "Valdoria", 3),
        ("Valdoria", "ally_of", "Ostmark", 2),
        ("Valdorian Harbour Board", "part_of", "Valdoria", 2),
        ("Ivo Pell", "citizen_of", "Valdoria", 1),
        ("Kestrel Dynamics", "based_in", "Valdoria", 1),
        ("Mira Tanse", "citizen_of", "Valdoria", 1),
    ]
    assert not page.more
    assert {r.subject_id.rsplit("/", 1)[-1] for r in page.rows} >= {"valdoria", "trade-ministry"}


@pytest.mark.parametrize("name", ["Valdoria", "Ostmark", "Valdorian Trade Ministry", "Mira Tanse", "Kestrel Dynamics"])
def test_query_relation_counts_are_the_statements_counted(store: Store, name: str) -> None:
    counted = {(r.subject, r.predicate, r.object): r.statements for r in relation_counts(store, name).rows}
    said = Counter((r.subject, r.predicate, r.object) for r in relations_of(store, name).rows)
    assert counted == dict(said) and counted


@pytest.mark.parametrize("limit", range(1, 11))
def test_query_relation_limits_cut_the_full_order(store: Store, limit: int) -> None:
    # The limit is applied in the store; ties at the cut are read whole and ordered by label.
    every_count, every_said = relation_counts(store, "Valdoria"), relations_of(store, "Valdoria")
    counted, said = relation_counts(store, "Valdoria", limit=limit), relations_of(store, "Valdoria", limit=limit)
    assert counted.rows == every_count.rows[:limit] and counted.more == (len(every_count.rows) > limit)
    assert said.rows == every_said.rows[:limit] and said.more == (len(every_said.rows) > limit)


def test_query_relations_of_newest_first_undated_last(store: Store) -> None:
    rows = relations_of(store, "Valdoria").rows
    assert [(r.article, r.published) for r in rows] == [
        ("r4", dt.date(2022, 1, 2)), ("r4", dt.date(2022, 1, 2)),
        ("r2", dt.date(2021, 5, 9)), ("r2", dt.date(2021, 5, 9)), ("r3", dt.date(2021, 5, 9)), ("r3", dt.date(2021, 5, 9)),
        ("r1", dt.date(2021, 3, 1)), ("r1", dt.date(2021, 3, 1)),
        ("r5", None), ("r5", None),
    ]
    pell = next(r for r in rows if r.subject == "Ivo Pell")
    assert pell.sentence == "Ivo Pell is citizen of Valdoria, the r4 report says."


def test_query_relations_narrowed_to_another_actor_or_a_kind(store: Store) -> None:
    assert _triples(relation_counts(store, "Valdoria", other="Ostmark").rows) == [("Valdoria", "ally_of", "Ostmark", 2)]
    assert _triples(relation_counts(store, "Valdoria", kind=CITIZEN).rows) == [
        ("Ivo Pell", "citizen_of", "Valdoria", 1), ("Mira Tanse", "citizen_of", "Valdoria", 1)]
    said = relations_of(store, "valdoria", other="valdorian trade ministry", limit=2)
    assert [(r.article, r.subject) for r in said.rows] == [("r2", "Valdorian Trade Ministry"), ("r3", "Valdorian Trade Ministry")]
    assert said.more
    assert relation_counts(store, "Ostmark", kind=CITIZEN).rows == ()
    assert _triples(relation_counts(store, "Mira Tanse").rows) == [
        ("Mira Tanse", "citizen_of", "Valdoria", 1), ("Mira Tanse", "spokesperson_of", "Valdorian Trade Ministry", 1)]


def test_query_relations_unknown_other_actor_is_a_user_error(store: Store) -> None:
    count = store.count_triples()
    for other in ["Nowhere Land", 'x" } ; DROP ALL ; #']:
        with pytest.raises(UnknownActorError):
            relation_counts(store, "Valdoria", other=other)
        with pytest.raises(UnknownActorError):
            relations_of(store, "Valdoria", other=other)
    assert store.count_triples() == count


def test_query_relations_limit_below_one_is_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        relation_counts(store, "Valdoria", limit=0)


def test_query_relations_a_name_of_two_actors_states_each_relation_once() -> None:
    # "Valdorian" names both the ministry and the board (an alias each); the
    # board's relation to the ministry is read from both and counted once.
    import dataclasses

    ministry = dataclasses.replace(RELATION_ACTORS["trade-ministry"], aliases=("Valdorian",))
    board = dataclasses.replace(RELATION_ACTORS["harbour-board"], aliases=("Valdorian",))
    text = "Valdorian Harbour Board is part of Valdorian Trade Ministry."
    extraction = Extraction(
        article=Article("r9", text, (Span(0, len(text)),), published=dt.date(2021, 1, 1)),
        actors=(board, ministry),
        mentions=(Mention(Span(0, 23), "harbour-board"), Mention(Span(text.index("Valdorian Trade"), len(text) - 1), "trade-ministry")),
        relations=(Relation("harbour-board", PART, "trade-ministry", Span(0, len(text))),),
    )
    with open_store() as opened:
        opened.add_extraction(extraction)
        assert _triples(relation_counts(opened, "Valdorian", limit=5).rows) == [
            ("Valdorian Harbour Board", "part_of", "Valdorian Trade Ministry", 1)]
        assert len(relations_of(opened, "Valdorian", limit=5).rows) == 1


def _tied_store(dated: bool) -> Store:
    day = dt.date(2021, 6, 1) if dated else None
    four = (("trade-ministry", PART, "valdoria"), ("harbour-board", PART, "valdoria"),
            ("mira-tanse", CITIZEN, "valdoria"), ("ivo-pell", CITIZEN, "valdoria"))
    opened = open_store()
    opened.add_extractions([relation_article("t1", day, *four), relation_article("t2", day, *four),
                            relation_article("t3", None, ("kestrel", RelationKind.BASED_IN, "valdoria"))])
    return opened


@pytest.mark.parametrize("dated", [True, False], ids=["one-day", "undated"])
def test_query_relation_limits_inside_a_long_tie(dated: bool) -> None:
    # Every row the first read fetches ties with the limit-th (four relations
    # stated twice, eight statements of one day or of no day): the rows at or
    # above the cut are read again and ordered by label, article and kind.
    with _tied_store(dated) as store:
        every_count, every_said = relation_counts(store, "Valdoria"), relations_of(store, "Valdoria")
        assert [r.statements for r in every_count.rows] == [2, 2, 2, 2, 1] and len(every_said.rows) == 9
        for limit in range(1, 10):
            counted, said = relation_counts(store, "Valdoria", limit=limit), relations_of(store, "Valdoria", limit=limit)
            assert counted.rows == every_count.rows[:limit] and counted.more == (limit < 5)
            assert said.rows == every_said.rows[:limit] and said.more == (limit < 9)
