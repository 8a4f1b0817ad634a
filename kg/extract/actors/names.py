"""Actor names and keys: canonical names, slugs, and the phrase records that carry them.

Shared by :mod:`kg.extract.actors.phrases` (which finds the phrases) and
:mod:`kg.extract.actors.findings` (which resolves them): "<demonym> government",
"<demonym> armed forces", "US Commerce Department", stable ASCII keys.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.actors.coref import SPELLING_VARIANTS as _SPELLING_VARIANTS
from kg.extract.actors.mention import ProtoMention as _Proto
from kg.extract.actors.mention import Via
from kg.extract.actors.gazetteer import Gazetteer
from kg.extract.words import WordClass
from kg.model import ActorKind, Span

if TYPE_CHECKING:
    from spacy.tokens import Token


def slugify(text: str) -> str:
    """A stable ASCII key for a name: folded spelling variants, lowercase, hyphens."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", folded.lower().replace("'s", ""))
    words = [_SPELLING_VARIANTS.get(w, w) for w in words if w not in {"the", "a", "an"}]
    return "-".join(words) or "actor"


def clean_name(text: str) -> str:
    text = re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE)
    text = re.sub(r"\s*[’']s$", "", text)
    text = re.sub(r"^[’']s\s+", "", text)  # a possessor another mention took ("[Syria]'s militia allies")
    return text.replace("’", "'").strip(" ,.-")


def actor_kind(value: str) -> ActorKind:
    try:
        return ActorKind(value)
    except ValueError:
        return ActorKind.OTHER


def country_proto(entry: object, span: Span, p_index: int, head: Token, ids: tuple[int, ...], text: str) -> _Proto:
    iso3: str = getattr(entry, "iso3")
    return _Proto(span, p_index, head.i, ids, ActorKind.COUNTRY, getattr(entry, "name"), iso3.lower(), iso3, iso3, getattr(entry, "wikidata", None), text, Via.GAZETTEER)


def government_proto(entry: object, span: Span, p_index: int, head: Token, ids: tuple[int, ...], text: str, *, via: Via) -> _Proto:
    iso3: str = getattr(entry, "iso3")
    return _Proto(span, p_index, head.i, ids, ActorKind.GOVERNMENT, government_name(entry), f"{iso3.lower()}-government", iso3, iso3 + "GOV", None, text, via)


def government_name(entry: object) -> str:
    """Canonical name of a country's government: "<demonym> government"."""
    demonyms: Sequence[str] = getattr(entry, "demonyms", ()) or ()
    adjective = next((d for d in demonyms if not d.endswith("s") or d.endswith("ese")), None)
    return f"{_adjective(entry, adjective)} government"


def _adjective(entry: object, demonym: str | None) -> str:
    """The demonym as an adjective; a person's noun made of the name and "-er" is none ("New Zealander": "New Zealand government", but "Israeli government")."""
    name: str = getattr(entry, "name")
    return name if demonym is None or demonym == name + "er" else demonym


#: Words a name keeps in lower case after its first word ("Ministry of Health", "Party for Freedom").
_NAME_PARTICLES = WordClass("name_particles")


def title_case(text: str) -> str:
    words = text.split()
    return " ".join(w if w[:1].isupper() or (i and w in _NAME_PARTICLES) else w.capitalize() for i, w in enumerate(words))


def short_country(entry: object) -> str:
    # "US Commerce Department", "UK Foreign Office", else "Chinese Foreign Ministry".
    aliases: Sequence[str] = getattr(entry, "aliases", ()) or ()
    name: str = getattr(entry, "name")
    short = [a for a in aliases if a.isupper() and 2 <= len(a) <= 3 and "." not in a and a[0] == name[0]]
    if short and len(name.split()) > 1:
        return short[0]
    demonyms: Sequence[str] = getattr(entry, "demonyms", ()) or ()
    return _adjective(entry, demonyms[0] if demonyms else None)


def body_proto(body: object, iso3: str | None, country: object | None, gaz: Gazetteer, span: Span, p_index: int, head: Token, ids: tuple[int, ...], core_text: str, text: str) -> _Proto:
    body_name: str = title_case(clean_name(core_text)) or getattr(body, "name")
    sector: str = getattr(body, "sector", "GOV") or "GOV"
    kind = actor_kind(getattr(body, "kind", "GOVERNMENT"))
    entry = country if country is not None else (gaz.country(iso3) if iso3 else None)
    if entry is None and not iso3 and any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in head.children):
        # "its forces": whose they are is known once "its" is resolved (resolve_possessed).
        return _Proto(span, p_index, head.i, ids, kind, getattr(body, "key"), "", None, None, None, text, Via.POSSESSED)
    if entry is not None and iso3 and getattr(body, "key") in ARMED_FORCE_WORDS:
        name, key, sector = armed_forces_name(entry), f"{iso3.lower()}-armed-forces", "MIL"
        return _Proto(span, p_index, head.i, ids, ActorKind.MILITARY, name, key, iso3, iso3 + sector, None, text, Via.BODY)
    if entry is not None and iso3:
        # "the Bank of Japan", "the Supreme Court of India": the name as written, not "Japanese Bank Of".
        name = clean_name(text) if core_text.split()[-1:] == ["of"] else f"{short_country(entry)} {body_name}"
        key = f"{iso3.lower()}-{getattr(body, 'key')}"
    else:
        name = clean_name(text)
        key = slugify(name)
    if head.tag_ == "NNS" and not body_name.lower().endswith("s"):
        kind = ActorKind.GROUP if kind is ActorKind.OTHER else kind
        name = clean_name(text)
        key = slugify(name) if not iso3 else f"{iso3.lower()}-{slugify(name)}"
    if kind is ActorKind.REBEL and not iso3 and head.i - 1 in ids:
        # Synonyms name one group: "Kurdish guerrillas" are the "Kurdish rebels".
        key = slugify(clean_name(head.doc[ids[0] : head.i].text) + " " + getattr(body, "name"))
    return _Proto(span, p_index, head.i, ids, kind, name, key, iso3, (iso3 + sector) if iso3 else None, getattr(body, "wikidata", None), text, Via.BODY)


# Generic bodies that, with a nationality, all name the country's armed forces
# ("Iraqi troops", "the Pakistani army", "US forces", "its military").
ARMED_FORCE_WORDS = {"military", "army", "troops"}
POSSESSIVE_PRONOUNS = {"its", "their"}
#: Nouns that alone name "the government" (the nearest earlier one's, else the story country's: "the authorities").
#: Not "the cabinet" (whose is unclear: it may be another country's) nor the wider GOVERNMENT_HEADS
#: ("the state", "the leadership"), which need a nationality; LEADER_BODIES (agents.py) name a leader's government.
BARE_GOVERNMENTS = WordClass("bare_government_nouns")


def armed_forces_name(entry: object) -> str:
    """Canonical name of a country's armed forces: "<demonym> armed forces"."""
    return government_name(entry).removesuffix(" government") + " armed forces"
