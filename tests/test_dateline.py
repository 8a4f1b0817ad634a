"""Wire datelines: read, kept out of the parsed text, never actors or events (invented stories)."""

from __future__ import annotations

import pytest

from kg.contract import to_contract
from kg.dateline import find_dateline
from kg.document import build_article


@pytest.mark.parametrize(
    ("text", "dateline", "agency", "rest"),
    [
        ("TORVALD, Norland (Reuters) - The council met.", "TORVALD, Norland", "Reuters", "The council met."),
        ("OSTRAVIA (Reuters) – Ostravia signed a deal.", "OSTRAVIA", "Reuters", "Ostravia signed a deal."),
        ("KALMAR, May 3 (AFP) - Rebels shelled a post.", "KALMAR, May 3", "AFP", "Rebels shelled a post."),
        ("VELTA, Oct. 8 (Xinhua) -- Velta opposed the plan.", "VELTA, Oct. 8", "Xinhua", "Velta opposed the plan."),
        ("PORT ELLIS (AP) — The senate voted.", "PORT ELLIS", "AP", "The senate voted."),
        ("NEW MARTA, Dec. 5, 2019 (Reuters) - Stocks fell.", "NEW MARTA, Dec. 5, 2019", "Reuters", "Stocks fell."),
        ("ARDEN: Ardenia recalled its envoy.", "ARDEN", None, "Ardenia recalled its envoy."),
        ("Marta (Reuters) - Ardenia protested.", "Marta", "Reuters", "Ardenia protested."),
        ("GOMEL, Republic of Ardenia (AP) — Rebels shelled a post.", "GOMEL, Republic of Ardenia", "AP", "Rebels shelled a post."),
        ("VELTA, Norland and Tarvia (AP) — The senate voted.", "VELTA, Norland and Tarvia", "AP", "The senate voted."),
        ("Porto de Velta, Norland (Reuters) - Stocks fell.", "Porto de Velta, Norland", "Reuters", "Stocks fell."),
        ("VELTA/KALMAR, Sept 14 (BBC) - Norland agreed to a truce.", "VELTA/KALMAR, Sept 14", "BBC", "Norland agreed to a truce."),
        ("NEW MARTA/ARDEN (Reuters) - Stocks fell.", "NEW MARTA/ARDEN", "Reuters", "Stocks fell."),
    ],
    ids=[
        "reuters-region", "reuters", "afp-date", "xinhua-date", "ap-two-words", "date-year", "colon", "mixed-case-agency",
        "region-with-of", "region-with-and", "mixed-place-with-de", "two-places-date", "two-places",
    ],
)
def test_dateline_forms_are_read(text: str, dateline: str, agency: str | None, rest: str) -> None:
    found = find_dateline(text)
    assert found is not None
    assert (found.dateline, found.agency, text[found.end :]) == (dateline, agency, rest)


@pytest.mark.parametrize(
    "text",
    ["Ardenia - a country of lakes - voted.", "Marta: the city was quiet.", "UN: Peace talks resume.", "US - Ardenia talks began.", "The council met on Monday."],
    ids=["capitalised-word-dash", "capitalised-word-colon", "acronym-colon", "acronym-dash", "sentence"],
)
def test_running_text_is_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


def test_a_dateline_stays_in_the_text_but_out_of_the_first_paragraph() -> None:
    article = build_article({"id": "a", "text": "KALMAR, May 3 (AFP) - Rebels shelled a post.\n\nThe army said so."})
    assert article.text.startswith("KALMAR, May 3 (AFP) - ")
    assert article.paragraphs[0].text(article.text) == "Rebels shelled a post."
    assert article.paragraphs[1].text(article.text) == "The army said so."
    assert article.dateline == "KALMAR, May 3"


def test_metadata_dateline_wins_over_the_body() -> None:
    article = build_article({"id": "a", "dateline": "LIMA, May 3", "text": "KALMAR (AFP) - Rebels shelled a post."})
    assert article.dateline == "LIMA, May 3"
    assert article.paragraphs[0].text(article.text) == "Rebels shelled a post."


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("PARACHINAR, Pakistan (Reuters) - Pakistani troops killed six militants on Monday, the army said.", "PARACHINAR"),
        ("SINGAPORE (Reuters) – Japan signed a trade deal with Singapore on Monday.", "Reuters"),
        ("KABUL, May 3 (AFP) - Taliban fighters attacked a police post in the north, officials said.", "KABUL"),
        ("BEIJING, Oct. 8 (Xinhua) -- China strongly opposed the U.S. decision, a spokesman said on Tuesday.", "Xinhua"),
    ],
    ids=["reuters", "reuters-bare", "afp", "xinhua"],
)
def test_dateline_place_and_agency_are_never_actors(body: str, place: str, extractor) -> None:  # type: ignore[no-untyped-def]
    from kg.extract import extract_articles

    article = build_article({"id": "a", "published": "2020-05-05", "text": body})
    (extraction,) = list(extract_articles([article], extractor))
    contract = to_contract(extraction)  # type: ignore[arg-type]
    names = {a["name"].casefold() for a in contract["actors"]}
    assert names, "the story's actors are still found"
    assert contract["events"], "the story's event is still found"
    assert not any(n in names for n in {place.casefold(), "reuters", "agence france-presse", "xinhua"})
    dateline_end = body.index(" - ") if " - " in body else body.index(" – ") if " – " in body else body.index(" -- ")
    assert all(e["trigger_start"] > dateline_end for e in contract["events"])
