"""A hand-built Extraction of a small invented article, for the RDF-side tests.

The article, its countries (Valdoria, Ostmark), company and people are made
up. It has a dated sanctions event, a reported claim (a sale in August 2018)
that a spokesperson asserts and a ministry denies in late September, a planned
event only bounded by publication, and two actor relations.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

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
    Sentence,
    Span,
    TimeAnchor,
    Timex,
    TimexType,
)

ARTICLE_ID = "fixture-valdoria-001"
PUBLISHED = dt.date(2019, 10, 8)

TITLE = "Valdoria sanctions Kestrel Dynamics"
SENTENCES = (
    TITLE,
    "Valdoria's Trade Ministry imposed sanctions on Kestrel Dynamics on 21 September 2019.",
    "Ministry spokesperson Mira Tanse said that Kestrel Dynamics had sold surveillance "
    "drones to Ostmark in August 2018.",
    "In late September, Ostmark's Foreign Ministry denied the claim.",
    "Kestrel Dynamics plans to challenge the sanctions in court.",
)
TEXT = "\n\n".join(SENTENCES)


def _span(needle: str, within: Span | None = None) -> Span:
    """Return the span of the first ``needle`` (inside ``within`` if given)."""
    lo = within.start if within else 0
    start = TEXT.index(needle, lo)
    span = Span(start, start + len(needle))
    if within is not None:
        assert span.end <= within.end, needle
    return span


def _sentence(index: int) -> Span:
    return _span(SENTENCES[index])


ACTORS = (
    Actor("valdoria", "Valdoria", ActorKind.COUNTRY, country="VLD", code="VLD"),
    Actor(
        "valdoria-trade-ministry",
        "Valdorian Trade Ministry",
        ActorKind.GOVERNMENT,
        country="VLD",
        code="VLDGOV",
        aliases=("Valdoria's Trade Ministry", "Trade Ministry"),
    ),
    Actor(
        "kestrel-dynamics",
        "Kestrel Dynamics",
        ActorKind.ORGANIZATION,
        country="VLD",
        code="VLDBUS",
        wikidata="Q4115189",  # the Wikidata sandbox item: a placeholder, not a real link
        aliases=("Kestrel",),
    ),
    Actor("mira-tanse", "Mira Tanse", ActorKind.PERSON, country="VLD", aliases=("Tanse",)),
    Actor("ostmark", "Ostmark", ActorKind.COUNTRY, country="OST", code="OST"),
    Actor(
        "ostmark-foreign-ministry",
        "Ostmark Foreign Ministry",
        ActorKind.GOVERNMENT,
        country="OST",
        code="OSTGOV",
        aliases=("Ostmark's Foreign Ministry",),
    ),
)


def build_fixture_extraction() -> Extraction:
    """Return the invented article's Extraction (same value on every call)."""
    s0, s1, s2, s3, s4 = (_sentence(i) for i in range(5))
    article = Article(
        id=ARTICLE_ID,
        text=TEXT,
        paragraphs=(s0, s1, s2, s3, s4),
        title=TITLE,
        published=PUBLISHED,
        source="Example Wire",
        section="World",
        url="https://news.example.org/2019/10/08/valdoria-sanctions",
    )
    sept21 = _span("21 September 2019", s1)
    aug2018 = _span("August 2018", s2)
    late_sept = _span("late September", s3)
    timexes = (
        Timex(sept21, TimexType.DATE, "2019-09-21", DatePrecision.DAY,
              earliest=dt.date(2019, 9, 21), latest=dt.date(2019, 9, 21)),
        Timex(aug2018, TimexType.DATE, "2018-08", DatePrecision.MONTH,
              earliest=dt.date(2018, 8, 1), latest=dt.date(2018, 8, 31)),
        Timex(late_sept, TimexType.DATE, "2019-09", DatePrecision.MONTH, mod="END",
              earliest=dt.date(2019, 9, 21), latest=dt.date(2019, 9, 30)),
    )
    events = (
        Event(
            id="e1",
            trigger=_span("imposed sanctions", s1),
            cameo="163",
            sentence=s1,
            time=EventTime(dt.date(2019, 9, 21), dt.date(2019, 9, 21), DatePrecision.DAY,
                           TimeAnchor.EXPLICIT, text="21 September 2019", value="2019-09-21"),
            modality=Modality.ASSERTED,
            source="valdoria-trade-ministry",
            target="kestrel-dynamics",
            confidence=0.9,
        ),
        Event(
            id="e2",
            trigger=_span("said", s2),
            cameo="010",
            sentence=s2,
            time=EventTime(None, PUBLISHED, DatePrecision.UNKNOWN, TimeAnchor.PUBLICATION),
            modality=Modality.ASSERTED,
            source="mira-tanse",
        ),
        Event(
            id="e3",
            trigger=_span("sold", s2),
            cameo="061",
            sentence=s2,
            time=EventTime(dt.date(2018, 8, 1), dt.date(2018, 8, 31), DatePrecision.MONTH,
                           TimeAnchor.EXPLICIT, text="August 2018", value="2018-08"),
            modality=Modality.REPORTED,
            source="kestrel-dynamics",
            target="ostmark",
            attributed_to="mira-tanse",
            reported_by="e2",
        ),
        Event(
            id="e4",
            trigger=_span("denied", s3),
            cameo="016",
            sentence=s3,
            time=EventTime(dt.date(2019, 9, 21), dt.date(2019, 9, 30), DatePrecision.MONTH,
                           TimeAnchor.EXPLICIT, text="late September", value="2019-09",
                           mod="END"),
            modality=Modality.ASSERTED,
            source="ostmark-foreign-ministry",
            denies="e3",
        ),
        Event(
            id="e5",
            trigger=_span("challenge", s4),
            cameo="115",
            sentence=s4,
            time=EventTime(PUBLISHED, None, DatePrecision.UNKNOWN, TimeAnchor.PUBLICATION),
            modality=Modality.PLANNED,
            source="kestrel-dynamics",
            target="valdoria-trade-ministry",
        ),
    )
    relations = (
        Relation("mira-tanse", RelationKind.SPOKESPERSON_OF, "valdoria-trade-ministry", s2),
        Relation("valdoria-trade-ministry", RelationKind.PART_OF, "valdoria", s1),
    )
    mentions = (
        Mention(_span("Valdoria", s0), "valdoria"),
        Mention(_span("Kestrel Dynamics", s0), "kestrel-dynamics"),
        Mention(_span("Valdoria's Trade Ministry", s1), "valdoria-trade-ministry"),
        Mention(_span("Kestrel Dynamics", s1), "kestrel-dynamics"),
        Mention(_span("Mira Tanse", s2), "mira-tanse"),
        Mention(_span("Kestrel Dynamics", s2), "kestrel-dynamics"),
        Mention(_span("Ostmark", s2), "ostmark"),
        Mention(_span("Ostmark's Foreign Ministry", s3), "ostmark-foreign-ministry"),
        Mention(_span("Kestrel Dynamics", s4), "kestrel-dynamics"),
    )
    return Extraction(
        article=article,
        actors=ACTORS,
        mentions=mentions,
        events=events,
        relations=relations,
        timexes=timexes,
        sentences=tuple(Sentence(s, i) for i, s in enumerate((s0, s1, s2, s3, s4))),
    )


def build_second_extraction() -> Extraction:
    """Return a second invented article sharing actors with the first.

    Ostmark recalls its ambassador from Valdoria in October 2019 (month
    precision), so actor graphs and timelines span two articles.
    """
    title = "Ostmark recalls envoy"
    body = "Ostmark recalled its ambassador from Valdoria in October 2019."
    text = title + "\n\n" + body
    s0 = Span(0, len(title))
    s1 = Span(len(title) + 2, len(text))
    trig = text.index("recalled")
    article = Article(
        id="fixture-ostmark-002",
        text=text,
        paragraphs=(s0, s1),
        title=title,
        published=dt.date(2019, 10, 20),
        source="Example Wire",
    )
    event = Event(
        id="e1",
        trigger=Span(trig, trig + len("recalled")),
        cameo="161",
        sentence=s1,
        time=EventTime(dt.date(2019, 10, 1), dt.date(2019, 10, 31), DatePrecision.MONTH,
                       TimeAnchor.EXPLICIT, text="October 2019", value="2019-10"),
        modality=Modality.ASSERTED,
        source="ostmark",
        target="valdoria",
    )
    actors = tuple(a for a in ACTORS if a.id in {"ostmark", "valdoria"})
    return Extraction(article=article, actors=actors, events=(event,))


def with_events(extraction: Extraction, *events: Event) -> Extraction:
    """Return ``extraction`` with its events replaced by ``events``."""
    return dataclasses.replace(extraction, events=events)


RELATION_ACTORS = {a.id: a for a in (
    Actor("valdoria", "Valdoria", ActorKind.COUNTRY, country="VLD", code="VLD"),
    Actor("ostmark", "Ostmark", ActorKind.COUNTRY, country="OST", code="OST"),
    Actor("trade-ministry", "Valdorian Trade Ministry", ActorKind.GOVERNMENT, country="VLD"),
    Actor("harbour-board", "Valdorian Harbour Board", ActorKind.GOVERNMENT, country="VLD"),
    Actor("mira-tanse", "Mira Tanse", ActorKind.PERSON, country="VLD"),
    Actor("ivo-pell", "Ivo Pell", ActorKind.PERSON, country="VLD"),
    Actor("kestrel", "Kestrel Dynamics", ActorKind.ORGANIZATION, country="VLD"),
)}
PART, SPOKES, CITIZEN, ALLY = (RelationKind.PART_OF, RelationKind.SPOKESPERSON_OF, RelationKind.CITIZEN_OF,
                               RelationKind.ALLY_OF)


def relation_article(article_id: str, published: dt.date | None, *relations: tuple[str, RelationKind, str]) -> Extraction:
    """An article of one sentence per relation, each naming its two actors."""
    sentences, mentions, stated = [], [], []
    text = ""
    for subject, kind, obj in relations:
        first, second = RELATION_ACTORS[subject].name, RELATION_ACTORS[obj].name
        sentence = f"{first} is {kind.value.replace('_', ' ')} {second}, the {article_id} report says."
        start = len(text) + (2 if text else 0)
        text += ("\n\n" if text else "") + sentence
        span = Span(start, start + len(sentence))
        sentences.append(span)
        mentions += [Mention(Span(start, start + len(first)), subject),
                     Mention(Span(start + sentence.index(second), start + sentence.index(second) + len(second)), obj)]
        stated.append(Relation(subject, kind, obj, span))
    used = sorted({r.subject for r in stated} | {r.object for r in stated})
    return Extraction(article=Article(article_id, text, tuple(sentences), published=published),
                      actors=tuple(RELATION_ACTORS[a] for a in used), mentions=tuple(mentions), relations=tuple(stated))


def build_relation_articles() -> list[Extraction]:
    """Five invented articles stating relations of Valdoria: one stated thrice, two twice, one undated article."""
    return [
        relation_article("r1", dt.date(2021, 3, 1), ("trade-ministry", PART, "valdoria"), ("mira-tanse", CITIZEN, "valdoria")),
        relation_article("r2", dt.date(2021, 5, 9), ("trade-ministry", PART, "valdoria"), ("valdoria", ALLY, "ostmark")),
        relation_article("r3", dt.date(2021, 5, 9), ("trade-ministry", PART, "valdoria"), ("harbour-board", PART, "valdoria")),
        relation_article("r4", dt.date(2022, 1, 2), ("harbour-board", PART, "valdoria"), ("ivo-pell", CITIZEN, "valdoria"),
                         ("mira-tanse", SPOKES, "trade-ministry")),
        relation_article("r5", None, ("kestrel", RelationKind.BASED_IN, "valdoria"), ("valdoria", ALLY, "ostmark")),
    ]
