"""Party names many countries use: the country comes from the text, never a default (sentences written for these tests)."""

from __future__ import annotations

from tests.helpers import extract_text as _extract


def test_actors_shared_party_name_takes_the_home_country(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "ACCRA, Ghana — Ghana's parliament rejected the budget on Monday.\n\n"
        "The opposition Democratic Party said Ghana could not afford the new taxes.\n\n"
        "The Democratic Party will vote against it again next week, its leader said."
    )
    extraction = _extract(extractor, text)
    party = next(a for a in extraction.actors if "Democratic Party" in a.aliases)
    assert party.country == "GHA"
    assert party.code == "GHAPTY"


def test_actors_shared_party_name_takes_its_nationality(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "New Zealand's Labour Party criticised the Chilean trade deal on Tuesday.")
    party = next(a for a in extraction.actors if any("Labour Party" in alias for alias in a.aliases))
    assert party.code == "NZLPTY"


def test_actors_shared_party_name_with_no_country_stays_unknown(extractor) -> None:  # type: ignore[no-untyped-def]
    extraction = _extract(extractor, "The Democratic Party accused the election board of fraud.")
    party = next(a for a in extraction.actors if "Democratic Party" in a.aliases)
    assert party.country is None
    assert party.kind.name == "GROUP"


def test_actors_named_party_is_not_a_shared_name_it_ends_with(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "ACCRA, Ghana — Ghana's Free Democrats walked out of parliament on Monday."
    extraction = _extract(extractor, text)
    assert not any(a.id.endswith("-democratic-party") for a in extraction.actors)
    assert any(a.id == "free-democrats" and a.country == "GHA" for a in extraction.actors)


def test_actors_longer_shared_party_name_is_its_own_party(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "ACCRA, Ghana — Ghana's Social Democrats walked out of parliament on Monday."
    extraction = _extract(extractor, text)
    party = next(a for a in extraction.actors if "Ghana's Social Democrats" in a.aliases)
    assert party.id == "gha-social-democratic-party"


def test_actors_a_named_countrys_congress_is_its_legislature(extractor) -> None:  # type: ignore[no-untyped-def]
    # "Congress" alone is the gazetteer's US Congress; "Chile's Congress" is Chile's.
    for text in ("Chile's Congress voted to remove the president on Wednesday.", "The Chilean Congress voted to remove the president."):
        codes = {a.code for a in _extract(extractor, text).actors}
        assert "CHLLEG" in codes and "USALEG" not in codes, (text, codes)
