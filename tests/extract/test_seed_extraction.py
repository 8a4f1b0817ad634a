"""The seed article, as the spine issue says it must come out.

These assertions are about meaning (who did what to whom, when, how the text
presents it), so they hold across harmless changes of wording or ids.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest

from kg.contract import read_schema, to_contract
from kg.model import Event, Extraction, Modality, RelationKind, TimeAnchor

PUBLISHED = dt.date(2019, 10, 8)


def _name(extraction: Extraction, actor_id: str | None) -> str | None:
    actor = extraction.actor(actor_id) if actor_id else None
    return actor.name if actor else None


def _events(extraction: Extraction, trigger: str) -> list[Event]:
    text = extraction.article.text
    return [e for e in extraction.events if e.trigger.text(text).startswith(trigger)]


def _one(extraction: Extraction, trigger: str, source: str) -> Event:
    found = [e for e in _events(extraction, trigger) if _name(extraction, e.source) == source]
    assert found, f"no {trigger!r} event by {source}: {[(e.trigger.text(extraction.article.text), _name(extraction, e.source)) for e in extraction.events]}"
    return found[0]


def test_seed_blacklisting(seed_extraction: Extraction) -> None:
    event = _one(seed_extraction, "blacklisted", "US Commerce Department")
    assert event.cameo[:2] in {"16", "17"}
    assert "28 Chinese security agencies and companies" == _name(seed_extraction, event.target)
    assert event.modality is Modality.ASSERTED
    # No time in its sentence: the story's day, taken from the publication.
    assert event.time.earliest == event.time.latest == PUBLISHED
    assert event.time.anchor is TimeAnchor.PUBLICATION


def test_seed_late_september_protest(seed_extraction: Extraction) -> None:
    event = _one(seed_extraction, "protested", "Chinese government")
    assert event.cameo[:2] in {"11", "12", "14"}
    assert _name(seed_extraction, event.target) == "United States"
    assert (event.time.earliest, event.time.latest) == (dt.date(2019, 9, 21), dt.date(2019, 9, 30))
    assert event.time.value == "2019-09" and event.time.mod == "END"
    assert event.time.anchor is TimeAnchor.EXPLICIT


def test_seed_un_report_and_reported_detention(seed_extraction: Extraction) -> None:
    report = _one(seed_extraction, "reported", "United Nations")
    assert report.cameo.startswith("01")
    assert (report.time.earliest, report.time.latest) == (dt.date(2018, 8, 1), dt.date(2018, 8, 31))
    held = _events(seed_extraction, "held")
    assert held, "the detention of Uyghurs is an event of its own"
    assert held[0].modality is Modality.REPORTED
    assert held[0].attributed_to == report.source and held[0].reported_by == report.id
    assert _name(seed_extraction, held[0].target) == "Uyghurs"
    assert held[0].time.latest is not None and held[0].time.latest <= dt.date(2018, 8, 31)


def test_seed_hikvision_opposition_is_reported(seed_extraction: Extraction) -> None:
    event = _one(seed_extraction, "opposed", "Hikvision")
    assert event.cameo[:2] in {"11", "12"}
    assert _name(seed_extraction, event.target) == "United States"
    assert event.modality is Modality.REPORTED


def test_seed_megvii_protest_and_planned_countermeasures(seed_extraction: Extraction) -> None:
    protest = _one(seed_extraction, "protest", "Megvii Technology")
    assert protest.cameo[:2] in {"11", "12", "14"}
    assert protest.modality is Modality.ASSERTED
    assert _name(seed_extraction, protest.target) == "United States"
    plan = _one(seed_extraction, "prepare countermeasures", "Megvii Technology")
    assert plan.cameo.startswith("13")
    assert plan.modality is Modality.PLANNED
    assert plan.time.earliest == PUBLISHED and plan.time.latest is None
    assert _name(seed_extraction, plan.attributed_to) == "Megvii Technology"


def test_seed_geng_statement(seed_extraction: Extraction) -> None:
    said = _one(seed_extraction, "said", "Geng Shuang")
    assert said.cameo[:2] in {"01", "11"}
    assert _name(seed_extraction, said.target) == "United States"
    assert said.modality is Modality.ASSERTED
    assert said.time.latest == PUBLISHED
    assert said.time.earliest in {None, dt.date(2019, 9, 21)}
    further = [e for e in seed_extraction.events if _name(seed_extraction, e.source) == "Geng Shuang" and e.id != said.id]
    assert len(further) >= 2, "Geng's further statements ('pointed out', 'added')"


def test_seed_crackdown_is_alleged_by_commerce(seed_extraction: Extraction) -> None:
    event = _one(seed_extraction, "cracked down", "Chinese government")
    assert event.cameo.startswith("17")
    assert event.modality is Modality.ALLEGED
    assert _name(seed_extraction, event.attributed_to) == "US Commerce Department"
    # The allegation links to the statement that carries it (issue: a reported
    # event links to its reporting event and to who says it).
    statement = _one(seed_extraction, "said", "US Commerce Department")
    assert statement.cameo.startswith("01") and event.reported_by == statement.id


def test_seed_denial_links_the_claim(seed_extraction: Extraction) -> None:
    denial = _one(seed_extraction, "denied", "Chinese government")
    assert denial.denies is not None
    claim = next(e for e in seed_extraction.events if e.id == denial.denies)
    assert _name(seed_extraction, claim.attributed_to) == "United Nations"


def test_seed_no_false_time_expression(seed_extraction: Extraction) -> None:
    text = seed_extraction.article.text
    values = {t.span.text(text): t.value for t in seed_extraction.timexes}
    assert values.get("late September") == "2019-09"
    assert values.get("August 2018") == "2018-08"
    assert not any("second" in phrase for phrase in values)


def test_seed_actors_merged(seed_extraction: Extraction) -> None:
    def aliases(name: str) -> set[str]:
        actor = next(a for a in seed_extraction.actors if a.name == name)
        return set(actor.aliases)

    assert {"Beijing", "Chinese government", "Chinese party"} <= aliases("Chinese government")
    assert "Geng" in aliases("Geng Shuang")
    assert {"US", "United States"} <= aliases("United States")
    xinjiang = [a for a in seed_extraction.actors if a.name.startswith("Xinjiang") and a.kind.value == "LOCATION"]
    assert len(xinjiang) == 1 and "Xinjiang" in xinjiang[0].aliases
    assert "Xinjiang Uygur Autonomous Region" in xinjiang[0].aliases  # a second spelling, same actor
    geng = next(a for a in seed_extraction.actors if a.name == "Geng Shuang")
    assert geng.code == "CHNGOV"
    codes = {a.name: a.code for a in seed_extraction.actors}
    assert codes["US Commerce Department"] == "USAGOV" and codes["Hikvision"] == "CHNBUS" and codes["United Nations"] == "IGOUNO"


@pytest.mark.parametrize(
    ("subject", "predicate", "obj"),
    [
        ("Geng Shuang", RelationKind.SPOKESPERSON_OF, "Chinese Foreign Ministry"),
        ("Chinese Foreign Ministry", RelationKind.PART_OF, "Chinese government"),
        ("Hikvision", RelationKind.LOCATED_IN, "China"),
        ("Megvii Technology", RelationKind.LOCATED_IN, "China"),
        ("Xinjiang Uyghur Autonomous Region", RelationKind.LOCATED_IN, "China"),
    ],
    ids=["spokesperson", "ministry-part-of-government", "hikvision-china", "megvii-china", "xinjiang-china"],
)
def test_seed_relations(seed_extraction: Extraction, subject: str, predicate: RelationKind, obj: str) -> None:
    found = {(_name(seed_extraction, r.subject), r.predicate, _name(seed_extraction, r.object)) for r in seed_extraction.relations}
    assert (subject, predicate, obj) in found


def test_seed_contract_validates_against_own_schema(seed_extraction: Extraction) -> None:
    jsonschema.validate(to_contract(seed_extraction), read_schema())


def test_seed_contract_validates_against_shared_schema(seed_extraction: Extraction, shared_dir: Path) -> None:
    schema_path = shared_dir / "schema" / "extraction.schema.json"
    if not schema_path.is_file():
        pytest.skip("shared extraction schema absent")
    jsonschema.validate(to_contract(seed_extraction), json.loads(schema_path.read_text(encoding="utf-8")))


def test_seed_contract_offsets_point_into_text(seed_extraction: Extraction) -> None:
    data = to_contract(seed_extraction)
    text = data["document"]["text"]
    for event in data["events"]:
        assert text[event["start"] : event["end"]] == event["sentence"]
        assert text[event["trigger_start"] : event["trigger_end"]] == event["trigger"]
    for timex in data["timexes"]:
        assert text[timex["start"] : timex["end"]] == timex["text"]
    ids = {a["id"] for a in data["actors"]}
    for event in data["events"]:
        assert {event["source"], event["target"], event["attributed_to"]} - {None} <= ids
