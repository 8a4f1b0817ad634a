"""Tests for kg.extract.actors.gazetteer: lookups across spellings, and the integrity of the data files."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from importlib import resources
from typing import Any

import jsonschema
import pytest

from kg.extract.actors.gazetteer import (
    BodyEntry,
    CountryEntry,
    Gazetteer,
    MatchCategory,
    OrgEntry,
    RoleEntry,
    normalize_phrase,
    normalize_token,
)
from kg.extract.actors.gazetteer_data import DATA_FILES, build_gazetteer, load_gazetteer, read_data_file
from kg.model import ActorKind


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


# --- lookups ----------------------------------------------------------------------

COUNTRY_CASES = [
    ("US", "USA"), ("U.S.", "USA"), ("USA", "USA"), ("U.S.A.", "USA"), ("America", "USA"),
    ("the United States", "USA"), ("United States of America", "USA"), ("the United States of America", "USA"),
    ("UNITED STATES", "USA"), ("China", "CHN"), ("PRC", "CHN"), ("People's Republic of China", "CHN"),
    ("People\u2019s Republic of China", "CHN"), ("UK", "GBR"), ("U.K.", "GBR"), ("Britain", "GBR"),
    ("Great Britain", "GBR"), ("Russia", "RUS"), ("Russian Federation", "RUS"), ("South Korea", "KOR"),
    ("Republic of Korea", "KOR"), ("ROK", "KOR"), ("North Korea", "PRK"), ("DPRK", "PRK"),
    ("Democratic People's Republic of Korea", "PRK"), ("Ivory Coast", "CIV"), ("Côte d'Ivoire", "CIV"),
    ("Cote d\u2019Ivoire", "CIV"), ("Burma", "MMR"), ("Zaire", "COD"), ("DR Congo", "COD"), ("Congo", "COD"),
    ("Republic of the Congo", "COG"), ("Congo-Brazzaville", "COG"), ("Türkiye", "TUR"), ("Turkiye", "TUR"),
    ("Czechia", "CZE"), ("Holland", "NLD"), ("the Netherlands", "NLD"), ("West Germany", "DEU"),
    ("East Germany", "DDR"), ("GDR", "DDR"), ("USSR", "SUN"), ("U.S.S.R.", "SUN"), ("the Soviet Union", "SUN"),
    ("Yugoslavia", "YUG"), ("Czechoslovakia", "CSK"), ("Palestine", "PSE"), ("Taiwan", "TWN"), ("Kosovo", "XKX"),
    ("Hong Kong", "HKG"), ("Western Sahara", "ESH"), ("Guinea-Bissau", "GNB"), ("Guinea Bissau", "GNB"),
    ("Saint Kitts and Nevis", "KNA"), ("St. Kitts and Nevis", "KNA"), ("Bosnia", "BIH"), ("UAE", "ARE"),
    ("Vatican", "VAT"), ("the Holy See", "VAT"), ("Georgia", "GEO"), ("Swaziland", "SWZ"), ("Persia", "IRN"),
    ("SUN", "SUN"), ("CHN", "CHN"), ("XKX", "XKX"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "iso3"), COUNTRY_CASES, ids=[c[0] for c in COUNTRY_CASES])
def test_gazetteer_country_by_name_alias_or_code(gaz: Gazetteer, text: str, iso3: str) -> None:
    entry = gaz.country(text)
    assert entry is not None and entry.iso3 == iso3


# Each with the spelling that does name the country (or a country name, where none does).
NOT_A_COUNTRY = [
    ("us", "US"), ("Us", "US"), ("china", "China"), ("turkey", "Turkey"), ("chad", "Chad"), ("jordan", "Jordan"), ("the", "Peru"),
    ("", "Peru"), ("Korea", "South Korea"), ("United", "United States"), ("States", "United States"), ("Nam", "Viet Nam"), ("usa", "USA"),
]


@pytest.mark.parametrize(("text", "country"), NOT_A_COUNTRY, ids=[t or "empty" for t, _ in NOT_A_COUNTRY])
def test_gazetteer_country_is_case_aware(gaz: Gazetteer, text: str, country: str) -> None:
    assert gaz.country(text) is None
    assert gaz.country(country) is not None


DEMONYM_CASES = [
    ("Chinese", "CHN"), ("American", "USA"), ("Americans", "USA"), ("Turkish", "TUR"), ("Turks", "TUR"),
    ("British", "GBR"), ("Briton", "GBR"), ("Britons", "GBR"), ("Uzbek", "UZB"), ("Uzbeks", "UZB"),
    ("Soviet", "SUN"), ("Soviets", "SUN"), ("South Korean", "KOR"), ("North Korean", "PRK"), ("Filipino", "PHL"),
    ("Dutch", "NLD"), ("Israeli", "ISR"), ("Palestinians", "PSE"), ("Iranian", "IRN"), ("Kuwaiti", "KWT"),
    ("Saudi", "SAU"), ("Emirati", "ARE"), ("Vietnamese", "VNM"), ("West German", "DEU"), ("East German", "DDR"),
    ("Congolese", "COD"), ("Dominican", "DOM"), ("Nigerien", "NER"), ("Nigerian", "NGA"), ("Afghan", "AFG"),
    ("Pakistani", "PAK"), ("Indian", "IND"), ("French", "FRA"), ("CHINESE", "CHN"),
]  # fmt: skip


@pytest.mark.parametrize(("word", "iso3"), DEMONYM_CASES, ids=[c[0] for c in DEMONYM_CASES])
def test_gazetteer_country_of_demonym(gaz: Gazetteer, word: str, iso3: str) -> None:
    entry = gaz.country_of_demonym(word)
    assert entry is not None and entry.iso3 == iso3


@pytest.mark.parametrize("word", ["chinese", "Korean", "China", "Washington"])
def test_gazetteer_country_of_demonym_rejects(gaz: Gazetteer, word: str) -> None:
    assert gaz.country_of_demonym(word) is None
    assert gaz.country_of_demonym("Chinese") is not None


CAPITAL_CASES = [
    ("Washington", "USA"), ("Washington, D.C.", "USA"), ("Beijing", "CHN"), ("Peking", "CHN"), ("Moscow", "RUS"),
    ("Tehran", "IRN"), ("Teheran", "IRN"), ("Pretoria", "ZAF"), ("Jerusalem", "ISR"), ("Seoul", "KOR"),
    ("Pyongyang", "PRK"), ("Kyiv", "UKR"), ("Kiev", "UKR"), ("New Delhi", "IND"), ("Bogotá", "COL"),
    ("Bogota", "COL"), ("Bonn", "DEU"), ("East Berlin", "DDR"), ("Hanoi", "VNM"), ("Kabul", "AFG"),
    ("Riyadh", "SAU"), ("Kuwait City", "KWT"), ("The Hague", "NLD"), ("Ramallah", "PSE"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "iso3"), CAPITAL_CASES, ids=[c[0] for c in CAPITAL_CASES])
def test_gazetteer_capital(gaz: Gazetteer, text: str, iso3: str) -> None:
    entry = gaz.capital(text)
    assert entry is not None and entry.iso3 == iso3


HISTORICAL_CASES = [
    ("Moscow", 1987, "SUN"), ("Moscow", 1995, "RUS"), ("Belgrade", 1990, "YUG"), ("Belgrade", 2004, "SCG"),
    ("Belgrade", 2010, "SRB"), ("Prague", 1968, "CSK"), ("Prague", 2000, "CZE"), ("Aden", 1980, "YMD"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "iso3"), HISTORICAL_CASES, ids=[f"{c[0]}-{c[1]}" for c in HISTORICAL_CASES])
def test_gazetteer_capital_prefers_state_of_the_year(gaz: Gazetteer, text: str, year: int, iso3: str) -> None:
    entry = gaz.capital(text, year=year)
    assert entry is not None and entry.iso3 == iso3


def test_gazetteer_seat_of_historical_state_by_year(gaz: Gazetteer) -> None:
    assert (entry := gaz.seat("the Kremlin", year=1987)) is not None and entry.iso3 == "SUN"
    assert (entry := gaz.seat("the Kremlin")) is not None and entry.iso3 == "RUS"


SEAT_CASES = [
    ("the White House", "USA"), ("White House", "USA"), ("the Kremlin", "RUS"), ("Downing Street", "GBR"),
    ("No. 10", "GBR"), ("Whitehall", "GBR"), ("the Elysee", "FRA"), ("the Élysée", "FRA"), ("Elysée Palace", "FRA"),
    ("Zhongnanhai", "CHN"), ("the Blue House", "KOR"), ("Capitol Hill", "USA"), ("Quai d'Orsay", "FRA"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "iso3"), SEAT_CASES, ids=[c[0] for c in SEAT_CASES])
def test_gazetteer_seat(gaz: Gazetteer, text: str, iso3: str) -> None:
    entry = gaz.seat(text)
    assert entry is not None and entry.iso3 == iso3


ORG_CASES = [
    ("UN", "un", "IGOUNO"), ("U.N.", "un", "IGOUNO"), ("the United Nations", "un", "IGOUNO"),
    ("Security Council", "un-security-council", "IGOUNOSEC"), ("UN Security Council", "un-security-council", "IGOUNOSEC"),
    ("U.N. Security Council", "un-security-council", "IGOUNOSEC"), ("General Assembly", "un-general-assembly", "IGOUNOGAS"),
    ("UNHCR", "unhcr", "IGOUNOHCR"), ("UNICEF", "unicef", "IGOUNOKID"), ("Unicef", "unicef", "IGOUNOKID"),
    ("WHO", "who", "IGOUNOWHO"), ("IAEA", "iaea", "IGOUNOIAE"), ("OHCHR", "ohchr", "IGOUNOHCH"),
    ("UN Human Rights Council", "un-human-rights-council", "IGOUNOHRC"),
    ("Committee on the Elimination of Racial Discrimination", "cerd", "IGOUNOCRD"),
    ("EU", "eu", "IGOEEC"), ("European Union", "eu", "IGOEEC"), ("European Commission", "european-commission", "IGOEECCOM"),
    ("NATO", "nato", "IGONAT"), ("Nato", "nato", "IGONAT"), ("ASEAN", "asean", "IGOASN"), ("OPEC", "opec", "IGOOPC"),
    ("African Union", "african-union", "IGOAFU"), ("Arab League", "arab-league", "IGOARL"), ("G7", "g7", "IGOG07"),
    ("G-20", "g20", "IGOG20"), ("World Bank", "world-bank", "IGOWBK"), ("International Monetary Fund", "imf", "IGOIMF"),
    ("Red Cross", "icrc", "NGOIRC"), ("Amnesty International", "amnesty", "NGOAMN"), ("Human Rights Watch", "hrw", "NGOHRW"),
    ("Médecins Sans Frontières", "msf", "NGOMSF"), ("Doctors Without Borders", "msf", "NGOMSF"),
    ("Xinhua", "xinhua", "CHNMED"), ("TASS", "tass", "RUSMED"), ("KCNA", "kcna", "PRKMED"), ("IRNA", "irna", "IRNMED"),
    ("Reuters", "reuters", "GBRMED"), ("Al Jazeera", "al-jazeera", "QATMED"), ("Al-Jazeera", "al-jazeera", "QATMED"),
    ("Taliban", "taliban", "AFGINS"), ("the Taliban", "taliban", "AFGINS"), ("Hezbollah", "hezbollah", "LBNINS"),
    ("Hizbollah", "hezbollah", "LBNINS"), ("ISIS", "isis", "IMGISI"), ("Daesh", "isis", "IMGISI"),
    ("Islamic State", "isis", "IMGISI"), ("al-Qaeda", "al-qaeda", "IMGALQ"), ("Al Qaida", "al-qaeda", "IMGALQ"),
    ("al\u2011Qaeda", "al-qaeda", "IMGALQ"), ("Houthis", "houthis", "YEMREB"), ("ANC", "anc", "ZAFPTY"),
    ("PLO", "plo", "PSEREB"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "key", "code"), ORG_CASES, ids=[c[0] for c in ORG_CASES])
def test_gazetteer_organization(gaz: Gazetteer, text: str, key: str, code: str) -> None:
    entry = gaz.organization(text)
    assert entry is not None and (entry.key, entry.code) == (key, code)


def test_gazetteer_organization_parent_and_kind(gaz: Gazetteer) -> None:
    council = gaz.organization("Security Council")
    xinhua = gaz.organization("Xinhua")
    assert council is not None and council.parent == "un" and council.kind is ActorKind.IGO
    assert xinhua is not None and xinhua.kind is ActorKind.MEDIA and xinhua.country == "CHN"


BODY_CASES = [
    ("Foreign Ministry", "foreign-ministry", "GOV", None), ("foreign ministry", "foreign-ministry", "GOV", None),
    ("Ministry of Foreign Affairs", "foreign-ministry", "GOV", None), ("Defense Ministry", "defense-ministry", "MIL", None),
    ("Defence Ministry", "defense-ministry", "MIL", None), ("Ministry of Defence", "defense-ministry", "MIL", None),
    ("Interior Ministry", "interior-ministry", "GOV", None), ("Finance Ministry", "finance-ministry", "GOV", None),
    ("Commerce Ministry", "commerce-ministry", "GOV", None), ("Commerce Department", "commerce-ministry", "GOV", None),
    ("Justice Department", "justice-ministry", "JUD", None), ("State Department", "state-department", "GOV", "USA"),
    ("Pentagon", "pentagon", "MIL", "USA"), ("the Pentagon", "pentagon", "MIL", "USA"), ("Home Office", "home-office", "GOV", "GBR"),
    ("Congress", "us-congress", "LEG", "USA"), ("parliament", "parliament", "LEG", None), ("Parliament", "parliament", "LEG", None),
    ("National Assembly", "parliament", "LEG", None), ("Senate", "parliament", "LEG", None),
    ("Supreme Court", "supreme-court", "JUD", None), ("army", "army", "MIL", None), ("navy", "navy", "MIL", None),
    ("air force", "air-force", "MIL", None), ("armed forces", "military", "MIL", None), ("troops", "troops", "MIL", None),
    ("police", "police", "COP", None), ("security forces", "security-forces", "COP", None),
    ("central bank", "central-bank", "GOV", None), ("government", "government", "GOV", None), ("cabinet", "government", "GOV", None),
    ("regime", "government", "GOV", None), ("opposition", "opposition", "OPP", None), ("rebels", "rebels", "REB", None),
    ("insurgents", "insurgents", "INS", None), ("militants", "insurgents", "INS", None), ("protesters", "protesters", "CVL", None),
    ("state media", "state-media", "MED", None), ("Knesset", "knesset", "LEG", "ISR"), ("KGB", "kgb", "SPY", "SUN"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "key", "sector", "country"), BODY_CASES, ids=[c[0] for c in BODY_CASES])
def test_gazetteer_body(gaz: Gazetteer, text: str, key: str, sector: str, country: str | None) -> None:
    entry = gaz.body(text)
    assert entry is not None and (entry.key, entry.sector, entry.country) == (key, sector, country)


def test_gazetteer_body_kinds(gaz: Gazetteer) -> None:
    army = gaz.body("army")
    ministry = gaz.body("Foreign Ministry")
    assert army is not None and army.kind is ActorKind.MILITARY
    assert ministry is not None and ministry.kind is ActorKind.GOVERNMENT


def test_gazetteer_body_proper_name_is_case_aware(gaz: Gazetteer) -> None:
    assert gaz.body("pentagon") is None
    generic = gaz.body("house of representatives")
    american = gaz.body("House of Representatives")
    assert generic is not None and generic.country is None
    assert american is not None and american.country == "USA"


ROLE_CASES = [
    ("President", "leader_of", "GOV"), ("president", "leader_of", "GOV"), ("Prime Minister", "leader_of", "GOV"),
    ("Premier", "leader_of", "GOV"), ("Foreign Minister", "minister_of", "GOV"), ("Defense Minister", "minister_of", "MIL"),
    ("minister", "minister_of", "GOV"), ("spokesman", "spokesperson_of", "GOV"), ("spokeswoman", "spokesperson_of", "GOV"),
    ("spokesperson", "spokesperson_of", "GOV"), ("ambassador", "delegate_of", "GOV"), ("envoy", "delegate_of", "GOV"),
    ("chargé d'affaires", "delegate_of", "GOV"), ("general", "member_of", "MIL"), ("commander", "leader_of", "MIL"),
    ("King", "leader_of", "GOV"), ("queen", "leader_of", "GOV"), ("Chancellor", "leader_of", "GOV"),
    ("Secretary-General", "leader_of", "IGO"), ("secretary general", "leader_of", "IGO"), ("senator", "member_of", "LEG"),
    ("lawmaker", "member_of", "LEG"), ("police chief", "leader_of", "COP"), ("judge", "member_of", "JUD"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "relation", "sector"), ROLE_CASES, ids=[c[0] for c in ROLE_CASES])
def test_gazetteer_role(gaz: Gazetteer, text: str, relation: str, sector: str) -> None:
    entry = gaz.role(text)
    assert entry is not None and (entry.relation, entry.sector) == (relation, sector)


SECTOR_CASES = [
    ("company", "BUS"), ("firm", "BUS"), ("giant", "BUS"), ("corporation", "BUS"), ("bank", "BUS"), ("media", "MED"),
    ("newspaper", "MED"), ("news agency", "MED"), ("university", "EDU"), ("police", "COP"), ("military", "MIL"),
    ("army", "MIL"), ("troops", "MIL"), ("court", "JUD"), ("rebels", "REB"), ("opposition", "OPP"), ("party", "PTY"),
    ("Company", "BUS"),
]  # fmt: skip


@pytest.mark.parametrize(("word", "code"), SECTOR_CASES, ids=[c[0] for c in SECTOR_CASES])
def test_gazetteer_sector(gaz: Gazetteer, word: str, code: str) -> None:
    assert gaz.sector(word) == code


@pytest.mark.parametrize("word", ["table", "said", ""])
def test_gazetteer_sector_unknown(gaz: Gazetteer, word: str) -> None:
    assert gaz.sector(word) is None
    assert gaz.sector("police") == "COP"


# --- scanning ---------------------------------------------------------------------

SCAN_CASES = [
    ("the U.S. State Department said", 0, MatchCategory.COUNTRY, "usa", 2),
    ("the U.S. State Department said", 2, MatchCategory.BODY, "state-department", 4),
    ("the Kremlin said", 0, MatchCategory.SEAT, "rus", 2),
    ("UN Security Council voted", 0, MatchCategory.ORGANIZATION, "un-security-council", 3),
    ("the United States of America and", 0, MatchCategory.COUNTRY, "usa", 5),
    ("al - Qaeda fighters", 0, MatchCategory.ORGANIZATION, "al-qaeda", 3),
    ("al-Qaeda fighters", 0, MatchCategory.ORGANIZATION, "al-qaeda", 1),
    ("People 's Republic of China", 0, MatchCategory.COUNTRY, "chn", 5),
    ("Chinese companies", 0, MatchCategory.DEMONYM, "chn", 1),
    ("Chinese companies", 1, MatchCategory.BODY, "business", 2),
    ("Chinese giant", 1, MatchCategory.SECTOR, "bus", 2),
    ("Foreign Ministry spokesman Geng", 0, MatchCategory.BODY, "foreign-ministry", 2),
    ("Foreign Ministry spokesman Geng", 2, MatchCategory.ROLE, "spokesperson", 3),
    ("Washington Post reported", 0, MatchCategory.ORGANIZATION, "wapo", 2),
    ("Washington said", 0, MatchCategory.CAPITAL, "usa", 1),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "start", "category", "key", "end"), SCAN_CASES, ids=[f"{c[0]}@{c[1]}" for c in SCAN_CASES]
)
def test_gazetteer_longest_match(gaz: Gazetteer, text: str, start: int, category: MatchCategory, key: str, end: int) -> None:
    match = gaz.longest_match(text.split(), start)
    assert match is not None
    assert (match.category, match.key, match.start, match.end) == (category, key, start, end)


def test_gazetteer_longest_match_none_and_bounds(gaz: Gazetteer) -> None:
    tokens = ["let", "us", "go", "the"]
    assert all(gaz.longest_match(tokens, i) is None for i in range(len(tokens)))
    assert gaz.longest_match([], 0) is None
    assert gaz.longest_match(["let", "Peru", "go"], 1) is not None


def test_gazetteer_longest_match_restricted_categories_and_year(gaz: Gazetteer) -> None:
    tokens = ["Moscow", "troops"]
    assert gaz.longest_match(tokens, 1, categories=[MatchCategory.COUNTRY]) is None
    match = gaz.longest_match(tokens, 0, year=1987)
    assert match is not None and match.key == "sun" and match.category is MatchCategory.CAPITAL


def test_gazetteer_lookup_any_category(gaz: Gazetteer) -> None:
    match = gaz.lookup("the White House")
    assert match is not None and match.category is MatchCategory.SEAT and match.sector == "GOV"


NORMALIZE_CASES = [
    ("U.S.", ("US",)), ("al-Qaeda", ("al", "Qaeda")), ("People\u2019s", ("People", "'s")), ("Élysée", ("Elysee",)),
    ("-", ()), (".", ()), ("OPEC+", ("OPEC", "+")), ("RFE/RL", ("RFE", "RL")), ("Nuku'alofa", ("Nuku'alofa",)),
]  # fmt: skip


@pytest.mark.parametrize(("token", "expected"), NORMALIZE_CASES, ids=[c[0] for c in NORMALIZE_CASES])
def test_gazetteer_normalize_token(token: str, expected: tuple[str, ...]) -> None:
    assert normalize_token(token) == expected


def test_gazetteer_normalize_phrase_drops_leading_the() -> None:
    assert normalize_phrase("the United States") == ("United", "States")
    assert normalize_phrase("The Hague") == ("Hague",)
    assert normalize_phrase("the") == ("the",)


# --- data integrity -----------------------------------------------------------------

# ISO 3166-1 alpha-3, all 249 officially assigned codes.
ISO_3166_1 = set(
    """ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR BHR BHS BIH
    BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL COM CPV CRI CUB CUW
    CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA
    GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR
    ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO
    MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD
    NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRT PRI PRK PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP
    SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS
    TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE""".split()
)
HISTORICAL_AND_USER_ASSIGNED = {"SUN", "YUG", "CSK", "DDR", "SCG", "YMD", "XKX"}

# Entries without a demonym: uninhabited territories, and two whose demonym
# would be ambiguous (Congolese = DR Congo, Dominican = Dominican Republic).
NO_DEMONYM = {"ATA", "ATF", "BVT", "HMD", "IOT", "SGS", "SJM", "UMI", "COG", "DMA"}

SECTOR_CODES = {
    "GOV", "MIL", "COP", "SPY", "JUD", "LEG", "OPP", "REB", "INS", "PTY", "BUS", "MED", "EDU", "HLH", "REL", "LAB",
    "AGR", "ENV", "CVL", "REF", "HRI", "NGO", "CRM", "IGO",
}  # fmt: skip

_NAMES = {"type": "array", "items": {"type": "string", "minLength": 1}, "uniqueItems": True}
_QID = {"type": ["string", "null"], "pattern": "^Q[1-9][0-9]*$"}
_ISO3 = {"type": "string", "pattern": "^[A-Z]{3}$"}
_ISO3_OR_NULL = {"type": ["string", "null"], "pattern": "^[A-Z]{3}$"}
_SLUG = {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"}
_SECTOR = {"enum": sorted(SECTOR_CODES)}
_KIND = {"enum": [k.value for k in ActorKind]}
_ABOUT = {"type": "object", "required": ["description", "sources", "fields"]}


def _document(name: str, item: dict[str, Any], *extra: str) -> dict[str, Any]:
    lists = {key: {"type": "array", "items": item} for key in (name, *extra)}
    return {"type": "object", "required": ["_about", name, *extra], "additionalProperties": False,
            "properties": {"_about": _ABOUT, **lists}}  # fmt: skip


def _record(properties: dict[str, Any], required: list[str]) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": required, "additionalProperties": False}


SCHEMAS: dict[str, dict[str, Any]] = {
    "countries.json": _document(
        "countries",
        _record(
            {
                "iso3": _ISO3, "name": {"type": "string", "minLength": 1}, "aliases": _NAMES, "demonyms": _NAMES,
                "capitals": _NAMES, "seats": {"type": "array", "items": _record({"name": {"type": "string"}, "sector": _SECTOR}, ["name", "sector"])},
                "wikidata": _QID, "region": {"type": ["string", "null"]}, "from": {"type": "integer"},
                "until": {"type": "integer"}, "successors": {"type": "array", "items": _ISO3},
            },
            ["iso3", "name", "aliases", "demonyms", "capitals", "seats", "wikidata"],
        ),
    ),
    "organizations.json": _document(
        "organizations",
        _record(
            {
                "id": _SLUG, "name": {"type": "string", "minLength": 1}, "aliases": _NAMES, "kind": _KIND,
                "code": {"type": "string", "pattern": "^[A-Z][A-Z0-9]{5,8}$"}, "country": _ISO3_OR_NULL,
                "parent": {"type": ["string", "null"]}, "wikidata": _QID,
            },
            ["id", "name", "aliases", "kind", "code", "country", "parent", "wikidata"],
        ),
    ),
    "bodies.json": {
        "type": "object",
        "required": ["_about", "bodies", "roles", "sectors"],
        "additionalProperties": False,
        "properties": {
            "_about": _ABOUT,
            "bodies": {"type": "array", "items": _record(
                {"id": _SLUG, "name": {"type": "string"}, "patterns": _NAMES, "sector": _SECTOR, "kind": _KIND, "country": _ISO3_OR_NULL},
                ["id", "name", "patterns", "sector", "kind", "country"])},
            "roles": {"type": "array", "items": _record(
                {"id": _SLUG, "name": {"type": "string"}, "patterns": _NAMES, "sector": _SECTOR,
                 "relation": {"enum": ["leader_of", "minister_of", "spokesperson_of", "delegate_of", "member_of"]}},
                ["id", "name", "patterns", "sector", "relation"])},
            "sectors": {"type": "array", "items": _record(
                {"code": _SECTOR, "name": {"type": "string"}, "words": _NAMES}, ["code", "name", "words"])},
        },
    },
}  # fmt: skip


@pytest.mark.parametrize("name", DATA_FILES)
def test_gazetteer_data_file_follows_schema(name: str) -> None:
    raw = resources.files("kg.data").joinpath(name).read_text(encoding="utf-8")
    data = json.loads(raw)
    jsonschema.validate(data, SCHEMAS[name])
    assert "ISO 3166-1" in data["_about"]["sources"] or name != "countries.json"
    assert "general knowledge" in data["_about"]["sources"]


def test_gazetteer_loads_through_importlib_resources() -> None:
    countries, organizations, bodies = (read_data_file(name) for name in DATA_FILES)
    gaz = build_gazetteer(countries, organizations, bodies, read_data_file("regions.json"))
    assert gaz == load_gazetteer()
    assert load_gazetteer() is load_gazetteer()
    assert len(gaz.countries) >= 250 and len(gaz.organizations) >= 150


def test_gazetteer_iso3_unique_uppercase_and_complete(gaz: Gazetteer) -> None:
    codes = [c.iso3 for c in gaz.countries]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch("[A-Z]{3}", code) for code in codes)
    assert set(codes) == ISO_3166_1 | HISTORICAL_AND_USER_ASSIGNED


def test_gazetteer_entries_have_names_and_unique_keys(gaz: Gazetteer) -> None:
    actors: list[CountryEntry | OrgEntry | BodyEntry] = [*gaz.countries, *gaz.organizations, *gaz.bodies]
    assert all(entry.name.strip() for entry in actors)
    keys = [entry.key for entry in actors]
    assert len(keys) == len(set(keys)), "country, organisation and body keys are actor ids and must not collide"
    role_keys = [role.key for role in gaz.roles]
    assert len(role_keys) == len(set(role_keys))


def _clashes(named: list[tuple[CountryEntry | OrgEntry | BodyEntry | RoleEntry, tuple[str, ...]]]) -> dict[tuple[str, ...], set[str]]:
    owners: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for entry, phrases in named:
        for phrase in phrases:
            owners[tuple(t.casefold() for t in normalize_phrase(phrase))].add(entry.key)
    return {phrase: keys for phrase, keys in owners.items() if len(keys) > 1}


def _successor_related(keys: set[str], gaz: Gazetteer) -> bool:
    """A historical state may share a name with its successors (Moscow: USSR and Russia)."""
    entries = [gaz.country_by_iso3(key.upper()) for key in keys]
    current = [e for e in entries if e is not None and not e.historical]
    historical = [e for e in entries if e is not None and e.historical]
    if len(current) > 1:
        return False
    related = all(c.iso3 in h.successors for h in historical for c in current)
    periods = sorted((h.valid_from or 0, h.valid_until or 0) for h in historical)
    disjoint = all(a[1] <= b[0] for a, b in zip(periods, periods[1:]))
    return related and disjoint


@pytest.mark.parametrize("field", ["names", "demonyms", "capitals", "seats"])
def test_gazetteer_no_phrase_maps_to_two_countries(gaz: Gazetteer, field: str) -> None:
    def phrases(c: CountryEntry) -> tuple[str, ...]:
        if field == "names":
            return (c.name, *c.aliases)
        if field == "seats":
            return tuple(s.name for s in c.seats)
        return getattr(c, field)  # type: ignore[no-any-return]

    clashes = _clashes([(c, phrases(c)) for c in gaz.countries])
    bad = {" ".join(p): sorted(k) for p, k in clashes.items() if not _successor_related(k, gaz)}
    assert not bad
    assert any(phrases(c) for c in gaz.countries)


def test_gazetteer_no_alias_maps_to_two_organizations(gaz: Gazetteer) -> None:
    assert not _clashes([(o, (o.name, *o.aliases)) for o in gaz.organizations])
    assert len(gaz.organizations) > 50


def test_gazetteer_no_pattern_maps_to_two_bodies_or_roles(gaz: Gazetteer) -> None:
    # Case matters here: "House of Representatives" (USA) vs "house of representatives" (any).
    def exact(named: list[tuple[BodyEntry | RoleEntry, tuple[str, ...]]]) -> dict[tuple[str, ...], set[str]]:
        owners: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for entry, patterns in named:
            for pattern in patterns:
                owners[normalize_phrase(pattern)].add(entry.key)
        return {p: k for p, k in owners.items() if len(k) > 1}

    assert not exact([(b, b.patterns) for b in gaz.bodies])
    assert not exact([(r, r.patterns) for r in gaz.roles])
    assert len(gaz.bodies) > 20 and len(gaz.roles) > 20


def test_gazetteer_sector_words_unique(gaz: Gazetteer) -> None:
    seen: dict[tuple[str, ...], str] = {}
    for sector in gaz.sectors:
        for word in sector.words:
            key = normalize_phrase(word)
            assert seen.setdefault(key, sector.code) == sector.code, word


def test_gazetteer_every_country_has_a_demonym_except_documented(gaz: Gazetteer) -> None:
    missing = {c.iso3 for c in gaz.countries if not c.demonyms}
    assert missing == NO_DEMONYM


def test_gazetteer_references_resolve(gaz: Gazetteer) -> None:
    iso3 = {c.iso3 for c in gaz.countries}
    org_ids = {o.key for o in gaz.organizations}
    for country in gaz.countries:
        assert set(country.successors) <= iso3
        assert (country.valid_from is None) == (country.valid_until is None), country.iso3
    for org in gaz.organizations:
        assert org.country is None or org.country in iso3, org.key
        assert org.parent is None or org.parent in org_ids, org.key
    for body in gaz.bodies:
        assert body.country is None or body.country in iso3, body.key


def test_gazetteer_wikidata_ids_are_unique(gaz: Gazetteer) -> None:
    entries: list[CountryEntry | OrgEntry] = [*gaz.countries, *gaz.organizations]
    qids = [e.wikidata for e in entries if e.wikidata]
    assert len(qids) == len(set(qids))
    assert (usa := gaz.country("United States")) is not None and usa.wikidata == "Q30"
    assert (un := gaz.organization("UN")) is not None and un.wikidata == "Q1065"


def test_gazetteer_build_rejects_malformed_data() -> None:
    countries, organizations, bodies = (read_data_file(name) for name in DATA_FILES)
    with pytest.raises(ValueError, match="countries.json"):
        build_gazetteer({"countries": [{"iso3": "USA"}]}, organizations, bodies)
    with pytest.raises(ValueError, match="unknown kind"):
        build_gazetteer(countries, {"organizations": [{"id": "x", "name": "X", "kind": "CLUB", "code": "XXX"}]}, bodies)
    with pytest.raises(ValueError, match="unknown relation"):
        bad_roles = {**bodies, "roles": [{"id": "r", "name": "r", "sector": "GOV", "relation": "friend_of"}]}
        build_gazetteer(countries, organizations, bad_roles)


@pytest.mark.parametrize(("word", "iso3"), [("Afganistan", "AFG"), ("Ethopia", "ETH"), ("Quatar", "QAT"), ("Phillippines", "PHL")])
def test_gazetteer_country_near_forgives_one_typing_error(gaz: Gazetteer, word: str, iso3: str) -> None:
    entry = gaz.country_near(word)
    assert entry is not None and entry.iso3 == iso3


@pytest.mark.parametrize("word", ["Indiana", "Iraqis", "france", "Malawi", "Lebanon", "Oman", "NIGERA"])
def test_gazetteer_country_near_rejects(gaz: Gazetteer, word: str) -> None:
    assert gaz.country_near(word) is None
    assert gaz.country_near("Afganistan") is not None


def test_gazetteer_emirates_and_kampuchean() -> None:
    gaz = load_gazetteer()
    assert gaz.country("the Emirates") is not None and gaz.country("the Emirates").iso3 == "ARE"  # type: ignore[union-attr]
    assert gaz.country_of_demonym("Kampuchean") is not None and gaz.country_of_demonym("Kampuchean").iso3 == "KHM"  # type: ignore[union-attr]
