"""Office holders: a personal name and the country or body its title says it acts for, or an unnamed holder.

CAMEO codes "Iraqi President X" as IRQGOV and "U.N. mediator X" as the UN;
the nationality may also follow the name ("King Hassan of Morocco") or sit in
an apposition ("Qatar's emir, Sheikh X"). An unnamed office holder acts for
the country ("the Kenyan foreign minister": its government).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.actors.context import ActorContext
from kg.extract.actors.names import clean_name, government_proto, slugify
from kg.extract.actors.tokens import Phrase, country_modifier, phrase_tokens, text_of
from kg.extract.actors.mention import ProtoMention as _Proto
from kg.extract.actors.mention import Via
from kg.extract.actors.gazetteer import Gazetteer
from kg.extract.words import WordClass
from kg.model import ActorKind
from kg.extract.syntax import apposition_anchor, hyphen_rest

if TYPE_CHECKING:
    from spacy.tokens import Token

# Abbreviated titles before a personal name ("Mr", "Gen.", "Sen."), lower case, without the period.
_PERSON_TITLES = WordClass("person_titles")
#: Words that put a title in the past ("*former* Prime Minister X").
FORMER_WORDS = WordClass("former_words")
# Role words too generic to say whom a person acts for.
VAGUE_ROLES = {"member", "chairman"}
# Sectors of office holders that do not act for their country ("the Peruvian bishop").
_PRIVATE_SECTORS = frozenset({"BUS", "EDU", "MED", "REL", "IGO"})


def titled_person(ph: Phrase, gaz: Gazetteer, titled: int) -> _Proto | None:
    """A person named by the phrase; ``titled`` leading name tokens are a title the tagger took for a name."""
    head, tokens, names = ph.head, ph.tokens, ph.names
    doc = head.doc
    country = ph.country
    iso3 = ph.iso3
    # A possessive name is still a name ("Xi Jinping's visit"); only the
    # marker goes.
    person = [t for t in names[titled:] if not _is_person_title(t.text) and t.dep_ != "case" and t.text not in {"'s", "’s"}]
    if not any(t.text[:1].isupper() for t in person):
        return None  # the tagger's lowercase "names" ("gaunt") are adjectives
    # Titles and bodies before the name are description, not name
    # ("Defence Secretary Tom King", "President Vladimir Putin").
    # A title of several words the tagger left outside the name ("High Commissioner Maria Otieno").
    lead = next((k for k in (3, 2) if len(person) > k and person[k - 1].ent_type_ != "PERSON" and gaz.role(text_of(person[:k])) is not None), 0)
    person = person[lead:]
    while not titled and len(person) > 1 and (_descriptive(person[0], gaz) or (person[0].ent_type_ != "PERSON" and any(_descriptive(t, gaz) for t in person[1:-1]))):
        person.pop(0)
    if not person:
        return None
    name = clean_name(text_of(person))
    described = sorted({*tokens, *phrase_tokens(head)}, key=lambda t: t.i)
    if country is None:
        # A description in apposition: "Qatar's emir, Sheikh X" or "X, Kenya's vice-president".
        first = min(t.i for t in tokens)
        before = [doc[first - 2]] if first >= 2 and doc[first - 1].text == "," else []
        for other in [apposition_anchor(head)] if head.dep_ == "appos" else [c for c in head.children if c.dep_ == "appos"] + before:
            if other.pos_ == "NOUN" and gaz.role(other.text) is not None:
                phrase = phrase_tokens(other)
                _, country = country_modifier(phrase, other, gaz)
                if country is not None:
                    described = sorted({*described, *phrase}, key=lambda t: t.i)
                    break
    code, title = _person_code(head, described, country, gaz)
    iso3 = iso3 or (code[:3] if code and code[:3] != "IGO" else None)
    return _Proto(ph.span, ph.p_index, head.i, ph.ids, ActorKind.PERSON, name, slugify(name), iso3, code or iso3, None, ph.text, Via.ENTITY, role=title)


def _is_person_title(text: str) -> bool:
    """An abbreviated title ("Mr", "Gen.", "SEN"), with or without its period."""
    return text.lower().removesuffix(".") in _PERSON_TITLES


def _descriptive(token: Token, gaz: Gazetteer) -> bool:
    """A word of a title or body before a personal name ("Defence Secretary", "PM"), not a given name the tagger left unlabelled."""
    text = token.text
    if not text[:1].isupper() or not text.replace("-", "").replace(".", "").isalpha():
        return True
    return token.ent_type_ != "PERSON" and bool(gaz.role(text) or gaz.body(text) or gaz.country(text) or gaz.country_of_demonym(text) or gaz.organization(text))


def _person_code(head: Token, tokens: Sequence[Token], country: object | None, gaz: Gazetteer) -> tuple[str | None, str | None]:
    """CAMEO code of a titled person: the country (or body) they act for plus the role's sector.

    CAMEO codes "Iraqi President X" as IRQGOV and "U.N. mediator X" as the
    UN; the nationality may also follow the name ("King Hassan of Morocco").
    Also returns the title's sector, for a title with no country ("President X").
    """
    words = [t for t in tokens if t.ent_type_ != "PERSON" or _is_person_title(t.text) or gaz.role(t.text) is not None]
    # A title word the tagger swallowed into the name ("President Francois X").
    words += [t for t in tokens if t.ent_type_ == "PERSON" and t not in words and t.i < head.i and gaz.role(t.text) is not None]
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            words.extend(phrase_tokens(child))
            words.extend(t for t in hyphen_rest(child) if t not in words)  # "the secretary-general": one title
    sector: str | None = None
    texts = [t.text for t in sorted(words, key=lambda t: t.i)]
    for size in (3, 2, 1):
        for start in range(len(texts) - size + 1):
            role = gaz.role(" ".join(texts[start : start + size]))
            if role is not None and role.key not in VAGUE_ROLES:
                sector = role.sector
                break
        if sector:
            break
    if sector is not None and any(t.lower_ in FORMER_WORDS for t in [*tokens, *words]):
        sector = "ELI"  # "former Prime Minister X": an elite, as the field's agents code FORMER_PRESIDENT
    if sector is None and any(t.lower_ in {"counterpart", "counterparts"} for t in words):
        sector = "GOV"  # "his Chinese counterpart X": the same office in another government
    org = next((o for o in (gaz.organization(run) for run in _proper_runs(words)) if o is not None and o.code), None)
    if org is not None and country is None:
        return org.code, None
    if country is None:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    country = gaz.country(pobj.text) if pobj.dep_ == "pobj" else None
                    if country is not None:
                        break
            if country is not None:
                break
    if country is None:
        return None, sector
    iso3: str = getattr(country, "iso3")
    if sector is None or sector == "IGO":
        return iso3, None
    return iso3 + sector, None


def title_tagged_as_organisation(names: Sequence[Token], gaz: Gazetteer) -> int:
    """An "organisation" that is a title before a personal name is that person; returns how many leading tokens are the title.

    "Vice-President Ana Ruiz" tagged ORG: the person Ana Ruiz, titled vice-president.
    """
    for size in (3, 2, 1):
        if len(names) < size + 2 or gaz.role(text_of(names[:size])) is None:
            continue
        rest = names[size:]
        if all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.text.isalpha() and not t.text.isupper() for t in rest) and not any(
            gaz.organization(t.text) or gaz.body(t.text) or gaz.sector(t.lower_) or gaz.country(t.text) or gaz.country_of_demonym(t.text) or gaz.role(t.text)
            for t in rest
        ):
            return size
        return 0
    return 0


def _proper_runs(words: Sequence[Token]) -> list[str]:
    """Proper-noun runs among the title words, longest first ("United Nations", "Arab League")."""
    ordered = sorted({t.i: t for t in words if t.pos_ == "PROPN"}.values(), key=lambda t: t.i)
    runs: list[list[Token]] = []
    for t in ordered:
        if runs and runs[-1][-1].i == t.i - 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    return [" ".join(t.text for t in run[a:b]) for run in runs for size in range(len(run), 0, -1) for a in range(len(run) - size + 1) for b in [a + size]]


def office_holder(ph: Phrase, ctx: ActorContext) -> _Proto | None:
    """An unnamed office holder of a country acts for it ("the Kenyan foreign minister" -> its government, "Afghan rebel leaders" -> AFGREB)."""
    gaz = ctx.gazetteer
    head, country, core, core_text, ent = ph.head, ph.country, ph.core, ph.core_text, ph.ent
    if country is None or ent in {"PERSON", "ORG"} or head.pos_ != "NOUN":
        return None
    role = gaz.role(core_text) or gaz.role(" ".join(t.lemma_ for t in core)) or gaz.role(head.lemma_)
    if role is None or role.key in VAGUE_ROLES or role.sector in _PRIVATE_SECTORS:
        return None
    if role.sector == "GOV":
        return government_proto(country, ph.span, ph.p_index, head, ph.ids, ph.text, via=Via.AGENT)
    iso = country.iso3
    name = clean_name(ph.text)
    return _Proto(ph.span, ph.p_index, head.i, ph.ids, ActorKind.GROUP, name, f"{iso.lower()}-{slugify(core_text)}", iso, iso + role.sector, None, ph.text, Via.GROUP)

