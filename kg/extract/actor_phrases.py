"""Actor phrases: what one noun phrase of a parsed paragraph denotes.

Named entities are read at their full extent first, then phrase heads
(bodies, governments, groups, descriptions, pronouns), then modifiers that
are actors of their own ("the US move"). Each found phrase becomes a
:class:`~kg.extract.coref.ProtoMention`; :mod:`kg.extract.actors` resolves
them across the article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.actor_names import actor_kind, body_proto, clean_name, country_proto, government_proto, slugify, title_case
from kg.extract.actor_places import find_clause_country, find_place_country, find_sentence_country, place_country
from kg.extract.coref import DESCRIPTIONS as _DESCRIPTIONS
from kg.extract.coref import PRONOUNS as _PRONOUNS
from kg.extract.coref import ProtoMention as _Proto
from kg.extract.gazetteer import CountryEntry, Gazetteer, OrgEntry
from kg.model import ActorKind, Span
from kg.nlp import ParsedParagraph

if TYPE_CHECKING:
    from spacy.tokens import Token

# Prepositions after which a capital names a place, not its government.
LOCATIVE_PREPOSITIONS = {"in", "at", "from", "near", "into", "across", "around", "throughout", "outside", "inside", "to", "via", "through", "toward", "towards", "between", "of"}
# Nouns that, with a country modifier, stand for that country's government.
_GOVERNMENT_HEADS = {"government", "authorities", "administration", "regime", "leadership", "side", "cabinet", "state", "executive"}
# Nouns for people that speak for the body or country that modifies them
# ("UN experts", "US officials"): coded as that actor.
AGENT_HEADS = {"official", "officials", "expert", "experts", "diplomat", "diplomats", "source", "sources", "investigator", "investigators", "envoy", "envoys", "representative", "representatives", "negotiator", "negotiators", "authority", "observers", "monitors", "inspectors"}
_PERSON_TITLES_RE = re.compile(r"^(mr|mrs|ms|dr|sir|gen|col|lt|sgt|maj|capt|adm|rev|sen|rep|gov|pres|prof)\.?$", re.IGNORECASE)



# --- finding -----------------------------------------------------------------


def find_in_paragraph(p_index: int, paragraph: ParsedParagraph, gaz: Gazetteer) -> list[_Proto]:
    doc = paragraph.doc
    found: list[_Proto] = []
    used: set[int] = set()

    def take(proto: _Proto | None) -> None:
        if proto is not None and not (set(proto.tokens) & used):
            found.append(proto)
            used.update(proto.tokens)

    # 1. Named entities first, at their full extent: the parse may split a
    # long official name into several phrases ("... Region People's
    # Government Security Bureau"). Entities that are compounds of another
    # entity are taken with it ("Xinjiang" + "Uyghur Autonomous Region").
    for ent in doc.ents:
        if ent.label_ not in _ENTITY_LABELS:
            continue
        root = ent.root
        if root.dep_ == "compound" and root.head.ent_type_ in _ENTITY_LABELS and root.head.i not in range(ent.start, ent.end):
            continue
        take(_classify_entity(ent, p_index, paragraph, gaz, used))
    # 2. Phrase heads: bodies, governments, groups, descriptions, pronouns.
    for token in doc:
        if token.i in used or not _is_phrase_head(token):
            continue
        take(_classify_phrase(token, p_index, paragraph, gaz, used))
    # 3. Modifiers that are actors of their own ("US" in "the US move", the
    # body inside "Foreign Ministry spokesman X"), when their head was not.
    for token in doc:
        if token.i in used or token.dep_ not in {"compound", "poss", "amod", "nmod", "npadvmod"}:
            continue
        proto = _classify_phrase(token, p_index, paragraph, gaz, used) if token.pos_ in {"PROPN", "NOUN"} else None
        if proto is not None and len(proto.tokens) == 1 and not proto.country and not proto.code:
            proto = None  # a bare word describing its head ("police source", "insurgent group", "Interior Minister")
        take(proto or _modifier_actor(token, p_index, paragraph, gaz))
    # 4. The second nationality of a coordinated modifier is an actor of its
    # own ("Hungarian and Romanian officials": two governments).
    for proto in list(found):
        for i in proto.tokens:
            token = doc[i]
            if token.dep_ == "conj" and token.head.dep_ in {"amod", "compound"} and token.head.i in proto.tokens:
                extra = _conjoined_modifier(token, proto, p_index, paragraph, gaz)
                if extra is not None:
                    found.append(extra)
    return found


def _conjoined_modifier(token: Token, phrase: _Proto, p_index: int, paragraph: ParsedParagraph, gaz: Gazetteer) -> _Proto | None:
    """The actor a coordinated nationality denotes, coded like the phrase it shares a head with."""
    entry = gaz.country(token.text) or gaz.country_of_demonym(token.text)
    if entry is None or phrase.country is None or phrase.country == getattr(entry, "iso3"):
        return None
    span = _span_of([token], paragraph.offset)
    iso3: str = getattr(entry, "iso3")
    sector = phrase.code[3:] if phrase.code and len(phrase.code) > 3 else ""
    if phrase.key.endswith("-government"):
        return government_proto(entry, span, p_index, token, (token.i,), token.text, via="agent")
    if phrase.kind is ActorKind.GROUP or sector:
        name = clean_name(token.text + " " + paragraph.doc[phrase.head].text)
        return _Proto(span, p_index, token.i, (token.i,), phrase.kind, name, f"{iso3.lower()}-{slugify(paragraph.doc[phrase.head].text)}", iso3, iso3 + sector, None, name, "group")
    return country_proto(entry, span, p_index, token, (token.i,), token.text)


_ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}


def _classify_entity(ent: object, p_index: int, paragraph: ParsedParagraph, gaz: Gazetteer, used: set[int]) -> _Proto | None:
    """An entity at its full extent, with left compounds and the country modifiers of its root."""
    from spacy.tokens import Span as SpacySpan

    assert isinstance(ent, SpacySpan)
    doc = ent.doc
    start, end = ent.start, ent.end
    while start < end and (doc[start].pos_ == "DET" or doc[start].dep_ == "case"):
        start += 1
    while end > start and doc[end - 1].dep_ == "case":
        end -= 1
    if start >= end:
        return None
    # Left compounds of the root that spaCy left outside the entity.
    while start > 0 and start - 1 not in used and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i in range(start, end):
        start -= 1
    head = ent.root
    # spaCy sometimes stops a name early ("Gen Qamar" of "Gen Qamar Javed
    # Bajwa"): follow the compound chain to its proper-noun head.
    if ent.label_ == "PERSON":
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end - 1].dep_ in {"compound", "flat"} and doc[end - 1].head.i >= end:
            end += 1
            head = doc[end - 1]
    name_tokens = list(doc[start:end])
    return _classify_phrase(head, p_index, paragraph, gaz, used, name_tokens=name_tokens, label=ent.label_)


def _is_phrase_head(token: Token) -> bool:
    if token.pos_ == "PRON":
        return token.lower_ in _PRONOUNS
    if token.pos_ not in {"PROPN", "NOUN"}:
        return False
    return token.dep_ not in {"compound", "flat"} or token.head.pos_ not in {"PROPN", "NOUN"}


def _phrase_tokens(head: Token) -> list[Token]:
    """The head with its contiguous left modifiers (compounds, adjectives, numbers, possessives)."""
    tokens = [head]
    frontier = [head]
    while frontier:
        current = frontier.pop()
        for child in current.lefts:
            if child.dep_ in {"compound", "amod", "nummod", "poss", "nmod", "case", "flat", "quantmod", "npadvmod", "punct"} and child.i < head.i:
                if child.dep_ == "punct" and child.text not in {"-", "‑"}:
                    continue
                tokens.append(child)
                frontier.append(child)
                # Coordinated modifiers: "Hungarian and Romanian officials".
                if child.dep_ in {"amod", "compound"}:
                    tokens.extend(c for c in child.rights if c.dep_ in {"cc", "conj"} and c.i < head.i)
                # The possessive marker follows its possessor ("China 's").
                tokens.extend(c for c in child.rights if c.dep_ == "case")
    # Coordinated heads of the same phrase ("agencies and companies").
    for child in head.rights:
        if child.dep_ == "cc" and any(c.dep_ == "conj" and c.pos_ == "NOUN" for c in head.rights) and head.pos_ == "NOUN":
            tokens.append(child)
        elif child.dep_ == "conj" and child.pos_ == "NOUN" and head.pos_ == "NOUN":
            tokens.append(child)
            tokens.extend(t for t in child.lefts if t.dep_ in {"compound", "amod"})
    tokens.sort(key=lambda t: t.i)
    # Quantities with a modifier ("up to 1 million") are not part of the name.
    vague = {t.i for c in head.children if c.dep_ == "nummod" and len(list(c.subtree)) > 1 for t in c.subtree}
    tokens = [t for t in tokens if t.i not in vague]
    # Keep a contiguous run ending at the last token.
    run = [tokens[-1]]
    for t in reversed(tokens[:-1]):
        if t.i == run[-1].i - 1:
            run.append(t)
        else:
            break
    run.reverse()
    while run and (run[0].dep_ in {"case", "punct", "cc"} or run[0].pos_ == "DET"):
        run.pop(0)
    return run


def _span_of(tokens: Sequence[Token], offset: int) -> Span:
    return Span(offset + tokens[0].idx, offset + tokens[-1].idx + len(tokens[-1].text))


def _text_of(tokens: Sequence[Token]) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1].text


def _classify_phrase(
    head: Token,
    p_index: int,
    paragraph: ParsedParagraph,
    gaz: Gazetteer,
    used: set[int],
    *,
    name_tokens: Sequence[Token] | None = None,
    label: str | None = None,
) -> _Proto | None:
    """Classify a phrase; its alias is the whole phrase as written.

    The phrase may include words another mention took ("China's X": "China"
    is a mention of its own, and "China's X" is how the text names X).
    """
    proto = _classify_core(head, p_index, paragraph, gaz, used, name_tokens=name_tokens, label=label)
    if proto is None or proto.via in {"pronoun", "description", "agent"} or not proto.tokens:
        return proto
    doc = head.doc
    indices = {t.i for t in _phrase_tokens(head)} | set(proto.tokens) | {t.i for t in name_tokens or ()}
    run = sorted(_contiguous(indices, max(proto.tokens)))
    while run and (doc[run[0]].dep_ in {"case", "punct", "cc"} or doc[run[0]].pos_ in {"DET", "VERB", "ADV", "ADP"}):
        run.pop(0)
    if run:
        proto.surface = _text_of([doc[i] for i in run])
    if proto.kind is ActorKind.GROUP or proto.kind is ActorKind.REBEL:
        proto.surface = _with_participle(head, proto.surface)
    return proto


def _with_participle(head: Token, surface: str) -> str:
    """An unnamed collective keeps its participial modifier: "gunmen wearing military uniforms"."""
    if head.tag_ != "NNS" or head.ent_type_:
        return surface
    for child in head.rights:
        objects = [o for o in child.children if o.dep_ == "dobj"] if child.dep_ == "acl" and child.tag_ == "VBG" and child.i == head.i + 1 else []
        if objects:
            # The participle and its object, not its adjuncts ("... in the capital in 2016").
            last = max(t.i for t in objects[0].subtree if not (t.dep_ == "prep" or any(a.dep_ == "prep" and a.i < t.i and a.head.i == objects[0].i for a in objects[0].children)))
            return surface + head.doc[head.i : last + 1].text[len(head.text) :]
    return surface


#: Head nouns of place names ("... Autonomous Region", "... Province").
GEO_DESIGNATORS = {"region", "province", "prefecture", "county", "district", "territory", "oblast", "governorate", "emirate", "canton", "municipality", "state", "valley", "peninsula", "strait", "island", "islands"}


def _classify_core(
    head: Token,
    p_index: int,
    paragraph: ParsedParagraph,
    gaz: Gazetteer,
    used: set[int],
    *,
    name_tokens: Sequence[Token] | None = None,
    label: str | None = None,
) -> _Proto | None:
    """What the noun phrase headed by ``head`` denotes, if it is an actor.

    ``name_tokens`` is the entity's extent when the phrase comes from a named
    entity; the phrase adds the head's left modifiers (nationality, descriptor).
    """
    offset = paragraph.offset
    if head.pos_ == "PRON":
        if name_tokens is not None:
            return None
        return _Proto(_span_of([head], offset), p_index, head.i, (head.i,), ActorKind.OTHER, head.text, "", surface=head.text, via="pronoun")
    if name_tokens is None and any(c.dep_ == "appos" and c.ent_type_ in _ENTITY_LABELS for c in head.children):
        return None  # "the Chinese firm X": the named apposition is the actor
    doc = head.doc
    indices = {t.i for t in _phrase_tokens(head) if t.i not in used}
    if name_tokens is not None:
        indices |= {t.i for t in name_tokens}
        # A descriptor the name stands in apposition to: "the Chinese firm X".
        if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.i < min(indices) and head.head.i not in used:
            indices |= {t.i for t in _phrase_tokens(head.head) if t.i not in used} | {head.head.i}
        else:
            # The parse may make the descriptor a sibling: "the Iranian news agency IRNA said".
            prev = doc[min(indices) - 1] if min(indices) > 0 else None
            if prev is not None and prev.pos_ == "NOUN" and prev.i not in used and prev.dep_ == head.dep_ and prev.head == head.head and _descriptor_sector(prev, gaz) is not None:
                indices |= {t.i for t in _phrase_tokens(prev) if t.i not in used} | {prev.i}
    if head.i in used or not indices:
        return None
    indices = _contiguous(indices, max(indices))
    tokens = [doc[i] for i in sorted(indices)]
    if not tokens:
        return None
    text = _text_of(tokens)
    # The nationality may sit on a token another mention took ("China's X").
    country_tokens, country = _country_modifier(sorted({*tokens, *_phrase_tokens(head)}, key=lambda t: t.i), head, gaz)
    # Else a place that locates the phrase: "Rebels in the Ivory Coast", "the president of Armenia".
    located = find_place_country(head, gaz, after=max(t.i for t in tokens)) if country is None and (label or head.ent_type_) != "PERSON" else None
    country = country or located
    core = [t for t in tokens if t not in country_tokens and t.dep_ not in {"nummod", "quantmod"}]
    core_text = _text_of(core) if core else ""
    names = list(name_tokens) if name_tokens is not None else []
    name_text = _text_of(names) if names else core_text
    bare_names = [t for t in names if t not in country_tokens]
    bare_text = _text_of(bare_names) if bare_names else core_text
    ent = (label or head.ent_type_) if name_tokens is not None else ""
    span = _span_of(tokens, offset)
    ids = tuple(t.i for t in tokens)

    # Full country, capital or organisation names.
    whole = gaz.country(name_text) or (gaz.country(text) if not names else None)
    if whole is None and ent in {"GPE", "LOC", "ORG"} and len(bare_names) == 1:
        whole = gaz.country_near(name_text)  # a misspelt country ("Afganistan")
    if whole is not None and (not country_tokens or names):
        return country_proto(whole, span, p_index, head, ids, text)
    seat = gaz.seat(name_text)
    place = seat or gaz.capital(name_text)
    if place is not None and (not country_tokens or names):
        if _is_locative(head) and seat is None:
            # "arrived in Amman": a place, coded with its country as CAMEO
            # codes it; the government acts only when the capital does.
            city = clean_name(name_text or text)
            return _Proto(span, p_index, head.i, ids, ActorKind.LOCATION, city, slugify(city), place.iso3, place.iso3, None, text, "entity")
        return government_proto(place, span, p_index, head, ids, text, via="seat" if seat is not None else "metonymy")
    org = gaz.organization(name_text) or (gaz.organization(text) if not names else None)
    if org is not None:
        return _Proto(span, p_index, head.i, ids, actor_kind(org.kind), org.name, org.key, org.country, org.code, org.wikidata, text, "gazetteer")

    lemma = head.lemma_.lower()
    if lemma == "force" and any(c.dep_ == "amod" and c.lower_ in _ARMS_CLASSES for c in head.lefts):
        return None  # a class of weapons in arms talks ("intermediate nuclear forces"), not troops
    # People speaking for an organisation or country ("UN experts", "US officials").
    if head.lower_ in AGENT_HEADS and ent != "PERSON":
        for t in _phrase_tokens(head):
            if t.i == head.i:
                continue
            sub = gaz.organization(t.text)
            if sub is not None:
                return _Proto(span, p_index, head.i, ids, actor_kind(sub.kind), sub.name, sub.key, sub.country, sub.code, sub.wikidata, _extend_with_of(head, _phrase_tokens(head)), "agent")
        if country is not None:
            return government_proto(country, span, p_index, head, ids, text, via="agent")
    # "the Reagan administration": a leader's government, named after them.
    if lemma in {"administration", "government", "cabinet", "regime"} and any(
        c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in head.children
    ):
        name = title_case(clean_name(text)).replace(" Administration", " administration").replace(" Government", " government")
        gov_iso3 = getattr(country, "iso3", None)
        return _Proto(span, p_index, head.i, ids, ActorKind.GOVERNMENT, name, slugify(name), gov_iso3, (gov_iso3 + "GOV") if gov_iso3 else None, None, text, "entity")
    # Government bodies ("Commerce Department", "Foreign Ministry", "police").
    body = (gaz.body(bare_text) or gaz.body(name_text)) if name_text else None
    if body is None and ent in {"", "ORG"} and not (ent == "ORG" and country is None and _domestic_descriptor(head, gaz)):
        body = gaz.body(head.text) or gaz.body(head.lemma_)
    if body is not None and body.kind in {ActorKind.GROUP, ActorKind.REBEL} and country is None:
        # "Demonstrators blocked a road in Baghdad": a collective acts where its
        # clause does, else in the one country its sentence names.
        country = find_clause_country(head, gaz) or find_sentence_country(head, gaz)
    if body is not None and (body.sector == "BUS" or (body.kind is ActorKind.GROUP and country is None)):
        body = None  # generic collectives ("people", "companies") need a nationality to be an actor
    if body is not None:
        if body.key == "government" or lemma in _GOVERNMENT_HEADS:
            if country is not None:
                return government_proto(country, span, p_index, head, ids, text, via="gov-description")
            if not names:
                return _Proto(span, p_index, head.i, ids, ActorKind.GOVERNMENT, "", "", surface=text, via="description-government")
        else:
            body_country = body.country or (country.iso3 if country else None)
            return body_proto(body, body_country, country, gaz, span, p_index, head, ids, bare_text or text, text)

    if not names and (lemma in _GOVERNMENT_HEADS or (lemma == "party" and country is not None and len(core) == 1)):
        if country is not None:
            return government_proto(country, span, p_index, head, ids, text, via="gov-description")
        if lemma in {"government", "authorities", "administration", "regime"}:
            return _Proto(span, p_index, head.i, ids, ActorKind.GOVERNMENT, "", "", surface=text, via="description-government")
        return None

    # An unnamed office holder of a country acts for it ("the Kenyan foreign
    # minister" -> its government, "Afghan rebel leaders" -> AFGREB).
    if country is not None and ent not in {"PERSON", "ORG"} and head.pos_ == "NOUN":
        role = gaz.role(core_text) or gaz.role(" ".join(t.lemma_ for t in core)) or gaz.role(head.lemma_)
        if role is not None and role.key not in _VAGUE_ROLES and role.sector not in {"BUS", "EDU", "MED", "REL", "IGO"}:
            if role.sector == "GOV":
                return government_proto(country, span, p_index, head, ids, text, via="agent")
            iso = getattr(country, "iso3")
            name = clean_name(text)
            return _Proto(span, p_index, head.i, ids, ActorKind.GROUP, name, f"{iso.lower()}-{slugify(core_text)}", iso, iso + role.sector, None, text, "group")

    iso3 = country.iso3 if country else None
    # Named entities the gazetteer does not know.
    titled = _titled_name(names, gaz) if ent == "ORG" else 0
    if titled:
        ent = "PERSON"  # "Vice-President Moody Awori" tagged as an organisation
    if ent == "PERSON":
        # A possessive name is still a name ("Xi Jinping's visit"); only the
        # marker goes.
        person = [t for t in names[titled:] if not _PERSON_TITLES_RE.match(t.text) and t.dep_ != "case" and t.text not in {"'s", "’s"}]
        if not any(t.text[:1].isupper() for t in person):
            return None  # the tagger's lowercase "names" ("gaunt") are adjectives
        # Titles and bodies before the name are description, not name
        # ("Defence Secretary Tom King", "President Vladimir Putin").
        while not titled and len(person) > 1 and (person[0].ent_type_ != "PERSON" or gaz.role(person[0].text) is not None):
            person.pop(0)
        if not person:
            return None
        name = clean_name(_text_of(person))
        described = sorted({*tokens, *_phrase_tokens(head)}, key=lambda t: t.i)
        if country is None:
            # A description in apposition: "Qatar's emir, Sheikh X" or "X, Kenya's vice-president".
            first = min(t.i for t in tokens)
            before = [doc[first - 2]] if first >= 2 and doc[first - 1].text == "," else []
            for other in [head.head] if head.dep_ == "appos" else [c for c in head.children if c.dep_ == "appos"] + before:
                if other.pos_ == "NOUN" and gaz.role(other.text) is not None:
                    phrase = _phrase_tokens(other)
                    _, country = _country_modifier(phrase, other, gaz)
                    if country is not None:
                        described = sorted({*described, *phrase}, key=lambda t: t.i)
                        break
        code, title = _person_code(head, described, country, gaz)
        iso3 = iso3 or (code[:3] if code and code[:3] != "IGO" else None)
        return _Proto(span, p_index, head.i, ids, ActorKind.PERSON, name, slugify(name), iso3, code or iso3, None, text, "entity", role=title)
    if ent:
        name = clean_name(name_text)
        if not name or len(name) < 2 or not name[0].isupper():
            return None
        if ent in {"ORG", "GPE"} and len(names) == 1 and country is None and not head.text.isupper() and _in_title(head, gaz):
            return None  # part of a title ("Secretary of State X", "Interior Minister X")
        if ent in {"NORP", "ORG"} and len(names) == 1 and not head.text.endswith("s") and gaz.country_of_demonym(head.text) is not None:
            return None  # an adjective use ("the Kuwaiti response"): a modifier, see _modifier_actor
        if ent == "NORP" or (ent == "ORG" and head.tag_ == "NNPS" and len(bare_names) == 1):
            if not head.text.endswith("s"):
                return None  # an adjective use ("Chinese"), not a people
            demonym = gaz.country_of_demonym(head.text)
            if located is None and any(c.lower_ == "ethnic" for c in head.lefts):
                # "ethnic Albanians demonstrated in Serbia": a people is coded where it lives.
                located = find_clause_country(head, gaz)
                iso3 = iso3 or (located.iso3 if located else None)
            # "the Iranians", "Kuwaitis said", "hundreds of Iranians": the nation; "168 Liberians": a people.
            counted = head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ in {"NOUN", "NUM"}
            definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts) or counted or (head.dep_ == "nsubj" and not any(c.dep_ == "det" for c in head.lefts))
            if demonym is not None and len(core) == 1 and not country_tokens and located is None and definite:
                # A nationality used as a noun speaks for its country ("the Iranians", "the Kuwaitis").
                return country_proto(demonym, span, p_index, head, ids, text)
            iso3 = iso3 or (demonym.iso3 if demonym else None)
            # Else a people: "168 Liberians", "ethnic Albanians in Serbia" (CVL + the people's code).
            code = iso3 + "CVL" if iso3 else None
            if code and demonym is not None and demonym.iso3 != iso3:
                code += demonym.iso3
            return _Proto(span, p_index, head.i, ids, ActorKind.GROUP, name, slugify(name), iso3, code, None, text, "entity")
        if ent in {"GPE", "LOC"}:
            iso3 = iso3 or _region_country(names, head, gaz)
            return _Proto(span, p_index, head.i, ids, ActorKind.LOCATION, name, slugify(name), iso3, None, None, text, "entity")
        if iso3 is None:
            parent = _parent_organization(names, gaz)
            if parent is not None:
                # "United Nations Emergency Relief Coordinator": a part of a known organisation.
                return _Proto(span, p_index, head.i, ids, actor_kind(parent.kind), name, slugify(name), parent.country, parent.code, None, text, "entity")
            named = _country_in_name(names, gaz) or _adjacent_place(names, gaz)
            iso3 = named.iso3 if named is not None else None
        kind = ActorKind.ORGANIZATION
        sector = _sector(tokens, head, gaz)
        if any(gaz.body(t.text) is not None and gaz.body(t.text).sector != "BUS" for t in names) and ent in {"ORG", "FAC"}:  # type: ignore[union-attr]
            sector = sector if sector in {"COP", "MIL", "JUD", "LEG"} else "GOV"
        # "the rebel group, Forces for ...", "the Umma party": the descriptor says what it is.
        descriptor = _domestic_descriptor(head, gaz)
        sector = descriptor or sector
        if iso3 is None and (sector in _DOMESTIC_SECTORS or descriptor is not None):
            # A party or armed group with no country of its own acts in its sentence's country
            # ("The Umma party will boycott Algeria's elections").
            domestic = find_clause_country(head, gaz) or find_sentence_country(head, gaz)
            iso3 = domestic.iso3 if domestic is not None else None
        if sector in {"GOV", "COP", "JUD", "LEG"}:
            kind = ActorKind.GOVERNMENT
        elif sector == "MIL":
            kind = ActorKind.MILITARY
        elif sector == "MED":
            kind = ActorKind.MEDIA
        elif sector in {"REB", "INS"}:
            kind = ActorKind.REBEL
        elif ent == "FAC":
            kind = ActorKind.LOCATION
        code = (iso3 + sector) if iso3 and sector else iso3
        return _Proto(span, p_index, head.i, ids, kind, name, slugify(name), iso3, code, None, text, "entity")

    # A proper name headed by a geographic designator is a place even when
    # the tagger misses it ("the Xinjiang Uygur Autonomous Region").
    if not ent and head.pos_ == "PROPN" and head.lower_ in GEO_DESIGNATORS:
        place_name = [t for t in tokens if t.pos_ == "PROPN" and t.text[:1].isupper() and t not in country_tokens]
        if len(place_name) >= 2 and place_name[-1] == head:
            name = clean_name(_text_of(place_name))
            iso3 = country.iso3 if country else _region_country(place_name, head, gaz)
            return _Proto(span, p_index, head.i, ids, ActorKind.LOCATION, name, slugify(name), iso3, None, None, text, "entity")

    # Definite descriptions ("the company") and groups with a nationality
    # ("Chinese security agencies and companies").
    if head.pos_ == "NOUN":
        det = [c for c in head.lefts if c.dep_ == "det"]
        if lemma in _DESCRIPTIONS and det and det[0].lower_ in {"the", "this", "that"} and len(core) == 1 and country is None:
            return _Proto(span, p_index, head.i, ids, ActorKind.OTHER, lemma, "", surface=_text_of([det[0], *tokens]), via="description")
        sector = gaz.sector(head.lemma_) or gaz.sector(head.text) or _group_sector(head)
        if sector is not None and country is not None and head.tag_ == "NNS":
            name = clean_name(text)
            via = "group-definite" if det and det[0].lower_ in {"the", "these", "those"} else "group"
            return _Proto(span, p_index, head.i, ids, ActorKind.GROUP, name, f"{iso3.lower()}-{slugify(core_text)}" if iso3 else slugify(name), iso3, (iso3 + sector) if iso3 else None, None, text, via)
        # Unnamed collectives that act in the story ("protesters", "diplomatic
        # sources", "extreme right-wingers"), with no nationality to code.
        if head.tag_ == "NNS" and lemma in _COLLECTIVES and head.dep_ in _ARGUMENT_DEPS and not det:
            name = title_case(clean_name(text))
            return _Proto(span, p_index, head.i, ids, ActorKind.GROUP, name, slugify(name), None, None, None, text, "group")
    return None


# Plural people nouns that name a collective actor even without a country.
_COLLECTIVES = {
    "protester", "demonstrator", "diplomat", "reformist", "reformer", "hardliner", "moderate", "observer", "gunman", "militant",
    "rebel", "insurgent", "guerrilla", "worker", "sailor", "crew", "student", "activist", "critic", "lawmaker", "legislator",
    "right-winger", "left-winger", "conservative", "liberal", "separatist", "nationalist", "loyalist", "hostage", "captor",
    "kidnapper", "source", "analyst", "mediator", "negotiator", "monitor", "power", "state", "ally", "neighbour", "neighbor",
}
_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "dative"}


# Adjectives that make "forces" a class of weapons.
_ARMS_CLASSES = {"nuclear", "conventional", "strategic", "intermediate", "chemical", "tactical"}

# Role words too generic to say whom a person acts for.
_VAGUE_ROLES = {"member", "chairman"}


def _person_code(head: Token, tokens: Sequence[Token], country: object | None, gaz: Gazetteer) -> tuple[str | None, str | None]:
    """CAMEO code of a titled person: the country (or body) they act for plus the role's sector.

    CAMEO codes "Iraqi President X" as IRQGOV and "U.N. mediator X" as the
    UN; the nationality may also follow the name ("King Hassan of Morocco").
    Also returns the title's sector, for a title with no country ("President X").
    """
    words = [t for t in tokens if t.ent_type_ != "PERSON" or _PERSON_TITLES_RE.match(t.text) or gaz.role(t.text) is not None]
    # A title word the tagger swallowed into the name ("President Francois X").
    words += [t for t in tokens if t.ent_type_ == "PERSON" and t not in words and t.i < head.i and gaz.role(t.text) is not None]
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            words.extend(_phrase_tokens(child))
    sector: str | None = None
    texts = [t.text for t in sorted(words, key=lambda t: t.i)]
    for size in (3, 2, 1):
        for start in range(len(texts) - size + 1):
            role = gaz.role(" ".join(texts[start : start + size]))
            if role is not None and role.key not in _VAGUE_ROLES:
                sector = role.sector
                break
        if sector:
            break
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


# Sectors of organisations that act inside one country.
_DOMESTIC_SECTORS = {"REB", "INS", "OPP", "PTY"}

def _domestic_descriptor(head: Token, gaz: Gazetteer) -> str | None:
    """The sector of a party or armed-group noun the name modifies or stands beside ("the Umma party", "the rebel group, X")."""
    if head.dep_ not in {"appos", "nmod", "compound"} or head.head.pos_ != "NOUN":
        return None
    noun = head.head
    for word in (noun, *(c for c in noun.lefts if c.dep_ in {"compound", "amod"})):
        if word.lemma_.lower() in {"party", "front"}:
            return "PTY"
        sector = gaz.sector(word.lemma_.lower())
        if sector in _DOMESTIC_SECTORS:
            return sector
    return None


_COMPASS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast", "northwest",
    "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "upper", "lower",
}  # fmt: skip


def _region_country(names: Sequence[Token], head: Token, gaz: Gazetteer) -> str | None:
    """The country of a place the gazetteer does not know.

    "Western Cambodia" (a compass word before a country), else the country
    where its clause happens, else the one country its sentence names
    ("Sudan lifted the emergency in West Darfur State").
    """
    if len(names) >= 2 and names[0].lower_ in _COMPASS:
        entry = gaz.country(_text_of(names[1:]))
        if entry is not None:
            return entry.iso3
    entry = find_place_country(head, gaz)
    if entry is None and (_is_locative(head) or head.lower_ in GEO_DESIGNATORS):
        entry = find_sentence_country(head, gaz)
    return entry.iso3 if entry is not None else None


def _adjacent_place(names: Sequence[Token], gaz: Gazetteer) -> CountryEntry | None:
    """A place right after the name, however the parse attached it ("X Facilities (XF) in central Iran")."""
    doc = names[-1].doc
    i = names[-1].i + 1
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        i += 3
    if i < len(doc) and doc[i].lower_ in {"in", "near"}:
        for pobj in doc[i].children:
            if pobj.dep_ == "pobj":
                return place_country(pobj, gaz)
    return None


def _parent_organization(names: Sequence[Token], gaz: Gazetteer) -> OrgEntry | None:
    """A known organisation the name begins with ("United Nations Emergency Relief Coordinator")."""
    for size in range(len(names) - 1, 0, -1):
        if not names[size].text[:1].isupper():
            return None
        org = gaz.organization(_text_of(names[:size]))
        if org is not None and org.code:
            return org
    return None


def _country_in_name(names: Sequence[Token], gaz: Gazetteer) -> CountryEntry | None:
    """A country, capital or nationality inside an organisation's name ("Baghdad University", "Kenya Anti-Corruption Commission")."""
    found: dict[str, CountryEntry] = {}
    for k, token in enumerate(names):
        if not token.text[:1].isupper():
            continue
        pair = f"{names[k - 1].text} {token.text}" if k else None
        entry = (gaz.country(pair) or gaz.capital(pair)) if pair else None
        entry = entry or gaz.country(token.text) or gaz.capital(token.text) or gaz.country_of_demonym(token.text)
        if entry is not None:
            found[entry.iso3] = entry
    return next(iter(found.values())) if len(found) == 1 else None


def _descriptor_sector(noun: Token, gaz: Gazetteer) -> str | None:
    """The sector a descriptor noun names, alone or with its compound ("firm", "news agency")."""
    pair = f"{noun.doc[noun.i - 1].lower_} {noun.lower_}" if noun.i > 0 and noun.doc[noun.i - 1].dep_ == "compound" else None
    return (gaz.sector(pair) if pair else None) or gaz.sector(noun.lemma_.lower())


def _titled_name(names: Sequence[Token], gaz: Gazetteer) -> int:
    """How many leading tokens of an "organisation" are a title before a personal name ("Vice-President Moody Awori")."""
    for size in (3, 2, 1):
        if len(names) < size + 2 or gaz.role(_text_of(names[:size])) is None:
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


_GROUP_SECTORS = {"agency": "GOV", "company": "BUS", "business": "BUS", "firm": "BUS", "bank": "BUS", "student": "EDU", "soldier": "MIL", "troop": "MIL", "policeman": "COP", "officer": "COP", "worker": "LAB", "farmer": "AGR", "activist": "ACT", "protester": "OPP", "militant": "REB", "rebel": "REB", "journalist": "MED", "diplomat": "GOV", "lawmaker": "LEG", "citizen": "CVL", "civilian": "CVL", "national": "CVL", "refugee": "REF", "youth": "CVL", "resident": "CVL", "villager": "CVL", "inhabitant": "CVL", "settler": "CVL", "pilgrim": "REL", "muslim": "REL"}


def _group_sector(head: Token) -> str | None:
    return _GROUP_SECTORS.get(head.lemma_.lower())


def _in_title(token: Token, gaz: Gazetteer) -> bool:
    """A word of an office title: a compound of a role word, or the "of" complement of one."""
    if token.dep_ == "compound":
        return gaz.role(token.head.text) is not None
    return token.dep_ == "pobj" and token.head.lower_ == "of" and gaz.role(token.head.head.text) is not None


def _contiguous(indices: set[int], last: int) -> set[int]:
    run = {last}
    i = last - 1
    while i in indices:
        run.add(i)
        i -= 1
    return run


def _modifier_actor(token: Token, p_index: int, paragraph: ParsedParagraph, gaz: Gazetteer) -> _Proto | None:
    """A country, capital or organisation used as a modifier ("the US move")."""
    if token.pos_ not in {"PROPN", "NOUN", "ADJ"}:
        return None
    offset = paragraph.offset
    tokens = [token]
    span = _span_of(tokens, offset)
    ids = (token.i,)
    country = gaz.country(token.text)
    if country is None and token.dep_ in {"amod", "compound", "nmod"} and token.text[:1].isupper():
        # "the Kuwaiti response": the nationality of an event noun is its country.
        country = gaz.country_of_demonym(token.text)
    if country is not None:
        return country_proto(country, span, p_index, token, ids, token.text)
    org = gaz.organization(token.text)
    if org is not None and token.pos_ == "PROPN":
        return _Proto(span, p_index, token.i, ids, actor_kind(org.kind), org.name, org.key, org.country, org.code, org.wikidata, token.text, "gazetteer")
    place = gaz.capital(token.text)
    if place is not None and token.dep_ == "poss":
        return government_proto(place, span, p_index, token, ids, token.text, via="metonymy")
    return None


def _country_modifier(tokens: Sequence[Token], head: Token, gaz: Gazetteer) -> tuple[list[Token], CountryEntry | None]:
    for t in tokens:
        if t == head or t.dep_ == "case":
            continue
        # A country name may span a compound ("South Africa's", "the United States'").
        chain = [c for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [t]
        texts = [t.text] if len(chain) == 1 else [" ".join(c.text for c in chain), t.text]
        entry = None
        for text in texts:
            entry = gaz.country(text) or gaz.country_of_demonym(text)
            if entry is None and t.dep_ == "poss":
                entry = gaz.capital(text)
            if entry is None and t.ent_type_ in {"GPE", "LOC", "NORP", "ORG"} and len(chain) == 1:
                entry = gaz.country_near(text)
            if entry is not None:
                break
        if entry is not None:
            group = (chain if len(chain) > 1 else [t]) + [c for c in t.children if c.dep_ == "case"]
            return group, entry
    return [], None


def _sector(tokens: Sequence[Token], head: Token, gaz: Gazetteer) -> str | None:
    # The descriptor may be a compound ("oil giant X") or an
    # apposition head ("the Chinese firm X").
    candidates = [t for t in tokens if t != head] + [head]
    if head.dep_ == "appos":
        candidates.append(head.head)
    for child in head.children:
        if child.dep_ == "appos":
            candidates.append(child)
    for t in candidates:
        sector = gaz.sector(t.lemma_.lower()) or gaz.sector(t.text.lower())
        if sector:
            return sector
    return None


def _extend_with_of(head: Token, tokens: Sequence[Token]) -> str:
    """The phrase text with its "of/on ..." complement ("experts on the elimination of ...")."""
    right = [c for c in head.rights if c.dep_ == "prep" and c.lower_ in {"on", "of", "for", "from"}]
    if not right:
        return _text_of(tokens)
    last = max(right[0].subtree, key=lambda t: t.i)
    return head.doc[tokens[0].i : last.i + 1].text


def _is_locative(token: Token) -> bool:
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPOSITIONS
