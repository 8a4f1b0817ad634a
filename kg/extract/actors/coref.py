"""Reference resolution within an article: name parts, descriptions, pronouns.

Mentions found by :mod:`kg.extract.actors.findings` arrive here in document order;
"Putin" after "Vladimir Putin", "the company" after a company, "he" after a
person and "the government" after a government are resolved to the earlier
mention so that the merge step gives them one actor.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from kg.extract.actors.mention import ProtoMention, Via
from kg.model import ActorKind, Span
from kg.nlp import ParsedParagraph

# Descriptions that refer back to an earlier actor of a compatible kind.
DESCRIPTIONS: dict[str, set[ActorKind]] = {
    "company": {ActorKind.ORGANIZATION}, "firm": {ActorKind.ORGANIZATION}, "group": {ActorKind.ORGANIZATION, ActorKind.GROUP, ActorKind.REBEL, ActorKind.NGO},
    "corporation": {ActorKind.ORGANIZATION}, "organization": {ActorKind.ORGANIZATION, ActorKind.NGO, ActorKind.IGO}, "organisation": {ActorKind.ORGANIZATION, ActorKind.NGO, ActorKind.IGO},
    "ministry": {ActorKind.GOVERNMENT}, "department": {ActorKind.GOVERNMENT}, "agency": {ActorKind.GOVERNMENT, ActorKind.IGO, ActorKind.ORGANIZATION, ActorKind.MEDIA},
    "bank": {ActorKind.ORGANIZATION, ActorKind.GOVERNMENT}, "country": {ActorKind.COUNTRY}, "nation": {ActorKind.COUNTRY}, "kingdom": {ActorKind.COUNTRY}, "emirate": {ActorKind.COUNTRY}, "republic": {ActorKind.COUNTRY},
    "militants": {ActorKind.REBEL, ActorKind.GROUP}, "rebels": {ActorKind.REBEL, ActorKind.GROUP}, "alliance": {ActorKind.IGO, ActorKind.GROUP}, "bloc": {ActorKind.IGO, ActorKind.GROUP},
    "council": {ActorKind.IGO, ActorKind.GOVERNMENT}, "court": {ActorKind.GOVERNMENT}, "parliament": {ActorKind.GOVERNMENT}, "newspaper": {ActorKind.MEDIA}, "daily": {ActorKind.MEDIA},
    "president": {ActorKind.PERSON}, "minister": {ActorKind.PERSON}, "spokesman": {ActorKind.PERSON}, "spokeswoman": {ActorKind.PERSON}, "leader": {ActorKind.PERSON},
}
PRONOUNS: dict[str, set[ActorKind]] = {
    "it": {ActorKind.ORGANIZATION, ActorKind.GOVERNMENT, ActorKind.COUNTRY, ActorKind.IGO, ActorKind.NGO, ActorKind.MEDIA, ActorKind.MILITARY},
    "its": {ActorKind.ORGANIZATION, ActorKind.GOVERNMENT, ActorKind.COUNTRY, ActorKind.IGO, ActorKind.NGO, ActorKind.MEDIA, ActorKind.MILITARY},
    "he": {ActorKind.PERSON}, "him": {ActorKind.PERSON}, "his": {ActorKind.PERSON},
    "she": {ActorKind.PERSON}, "her": {ActorKind.PERSON},
}
# Common transliteration variants, folded before keys are minted.
SPELLING_VARIANTS = {
    "uighur": "uyghur", "uygur": "uyghur", "uighurs": "uyghurs", "uygurs": "uyghurs",
    "qaida": "qaeda", "qa'ida": "qaeda", "kiev": "kyiv", "teheran": "tehran", "peking": "beijing",
    "gadhafi": "gaddafi", "qaddafi": "gaddafi", "kadhafi": "gaddafi", "qadhafi": "gaddafi",
    "moslem": "muslim", "moslems": "muslims", "hizbollah": "hezbollah", "hizballah": "hezbollah",
    "daesh": "isis", "isil": "isis", "burma": "myanmar", "ivory": "ivory",
}

# --- resolution ----------------------------------------------------------------


def resolve_references(protos: list[ProtoMention], parsed: Sequence[ParsedParagraph]) -> list[ProtoMention]:
    """Resolve name parts, descriptions and pronouns to earlier mentions (document order)."""
    resolved: list[ProtoMention] = []
    named = [p for p in protos if p.key and p.via not in {Via.PRONOUN, Via.DESCRIPTION}]
    for proto in protos:
        if proto.via == Via.PRONOUN:
            resolved.append(proto)  # resolved once every name is known (below)
            continue
        if proto.via == Via.DESCRIPTION:
            kinds = DESCRIPTIONS.get(proto.name, set())
            # "Kuwait, a target of Iranian anger over the emirate's backing": a nationality
            # adjective is no antecedent for "the emirate".
            nominal = [c for c in resolved if parsed[c.para].doc[c.head].dep_ != "amod"]
            antecedent = _antecedent(nominal, kinds, proto, max_back=2000, head_word=proto.name)
            if antecedent is not None:
                resolved.append(antecedent.standing_at(proto, Via.DESCRIPTION))
            continue
        if proto.via == Via.BARE_GOVERNMENT:
            antecedent = _antecedent(resolved, {ActorKind.GOVERNMENT}, proto, max_back=3000, key_suffix="-government")
            if antecedent is not None:
                resolved.append(antecedent.standing_at(proto, Via.DESCRIPTION))
            else:
                resolved.append(proto)  # left for the story's country (see actors._story_government)
            continue
        if proto.via == Via.GROUP_DEFINITE:
            # "the Chinese companies" after "28 Chinese security agencies and companies".
            head_word = proto.surface.split()[-1].lower()
            antecedent = next(
                (c for c in reversed(resolved) if c.kind is ActorKind.GROUP and c.country == proto.country and c.key != proto.key
                 and head_word in c.name.lower().split() and c.span.end <= proto.span.start),
                None,
            )
            if antecedent is not None:
                resolved.append(antecedent.standing_at(proto, Via.DESCRIPTION))
                continue
        if proto.kind in {ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.LOCATION, ActorKind.GROUP, ActorKind.GOVERNMENT}:
            longer = _longer_name(named, proto, parsed)
            if longer is not None:
                resolved.append(longer.standing_at(proto, Via.NAME_PART))
                continue
        resolved.append(proto)
    # Bare surnames the tagger missed ("Soto pointed out"): a capitalised token
    # equal to a part of a person's name mentioned earlier.
    return _resolve_pronouns(_add_name_parts(resolved, parsed), parsed)


def _resolve_pronouns(protos: list[ProtoMention], parsed: Sequence[ParsedParagraph]) -> list[ProtoMention]:
    """Pronouns, in document order, once every name (bare surnames too) is a mention.

    A possessive in a fronted adverbial points forward to the sentence's
    subject ("Before his address, Choi ..."); otherwise the nearest earlier
    mention of a compatible kind, skipping what was said inside a quotation
    when the pronoun stands outside it ("'...,' he said").
    """
    at = {(p.para, i): p for p in protos if p.key and p.via != Via.PRONOUN for i in p.tokens}
    out: list[ProtoMention] = []
    for proto in protos:
        if proto.via != Via.PRONOUN:
            out.append(proto)
            continue
        kinds = PRONOUNS.get(proto.surface.lower(), set())
        partners = _coordinated_keys(proto, parsed, at)
        antecedent = _forward_subject(proto, parsed, at, kinds) or _clause_subject(proto, parsed, at, kinds) or _previous_subject(proto, parsed, at, kinds)
        if antecedent is not None and antecedent.key in partners:
            antecedent = None
        if antecedent is None and _continues_non_actor(proto, parsed, at):
            continue  # "A decree banned rallies. It also ...": the decree, no actor
        if antecedent is None:
            quoted = _in_quote(parsed[proto.para].doc, proto.head)
            earlier = [c for c in out if c.key and c.key not in partners and (quoted or not _in_quote(parsed[c.para].doc, c.head))]
            antecedent = _antecedent(earlier, kinds, proto, max_back=400)
        if antecedent is not None:
            out.append(antecedent.standing_at(proto, Via.PRONOUN))
            at.update({(proto.para, i): antecedent for i in proto.tokens})
    return out


def _clause_subject(proto: ProtoMention, parsed: Sequence[ParsedParagraph], at: dict[tuple[int, int], ProtoMention], kinds: set[ActorKind]) -> ProtoMention | None:
    """"He will meet X, Y and Z during his visit": a possessive in an adjunct of a clause belongs to that clause's subject."""
    if proto.surface.lower() not in {"his", "her", "its", "their"}:
        return None
    token = parsed[proto.para].doc[proto.head]
    verb = token.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    while verb.dep_ in {"xcomp", "acomp"} and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        verb = verb.head  # "He is due to meet ...": the subject of "is"
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is None or subject.i > token.i or token.i in {t.i for t in subject.subtree}:
        return None
    found = at.get((proto.para, subject.i))
    return found if found is not None and found.kind in kinds and found.key else None


def _coordinated_keys(proto: ProtoMention, parsed: Sequence[ParsedParagraph], at: dict[tuple[int, int], ProtoMention]) -> set[str]:
    """The actors a pronoun is coordinated with ("between him and Xi", "he and Xi"): never its antecedent."""
    token = parsed[proto.para].doc[proto.head]
    partners = [c for c in token.children if c.dep_ == "conj"] + ([token.head] if token.dep_ == "conj" else [])
    partners += [c for p in list(partners) for c in p.children if c.dep_ == "conj" and c.i != token.i]
    return {found.key for t in partners if (found := at.get((proto.para, t.i))) is not None and found.key}


def _previous_subject(proto: ProtoMention, parsed: Sequence[ParsedParagraph], at: dict[tuple[int, int], ProtoMention], kinds: set[ActorKind]) -> ProtoMention | None:
    """"Paris has not confirmed the trip. It has called a briefing": a subject pronoun
    opening its sentence continues the previous sentence's subject (a country or body, not a
    person: "he" keeps the nearest person)."""
    found = _subject_before(proto, parsed)
    actor = at.get(found) if found is not None else None
    return actor if actor is not None and actor.kind in kinds and actor.key else None


def _continues_non_actor(proto: ProtoMention, parsed: Sequence[ParsedParagraph], at: dict[tuple[int, int], ProtoMention]) -> bool:
    """Whether a sentence-opening "It" continues a previous subject that is a thing, not an actor
    ("A decree banned rallies. It also closed the schools"): then it names no actor."""
    found = _subject_before(proto, parsed)
    if found is None or found in at:
        return False
    subject = parsed[found[0]].doc[found[1]]
    return subject.pos_ == "NOUN" and subject.tag_ == "NN"


def _subject_before(proto: ProtoMention, parsed: Sequence[ParsedParagraph]) -> tuple[int, int] | None:
    """(paragraph, token) of the previous sentence's subject, for an "It" that opens its sentence as its subject."""
    if proto.surface.lower() != "it":
        return None
    doc = parsed[proto.para].doc
    token = doc[proto.head]
    sent = token.sent
    if token.dep_ not in _SUBJECT_DEPS or token.head.i != sent.root.i or any(t.is_alpha for t in doc[sent.start : token.i]):
        return None
    if sent.start > 0:
        para, previous = proto.para, doc[sent.start - 1].sent
    elif proto.para > 0 and len(parsed[proto.para - 1].doc):
        para, previous = proto.para - 1, parsed[proto.para - 1].doc[-1].sent
    else:
        return None
    subject = next((c for c in previous.root.children if c.dep_ in _SUBJECT_DEPS), None)
    return (para, subject.i) if subject is not None else None


_SUBJECT_DEPS = {"nsubj", "nsubjpass"}


def _forward_subject(proto: ProtoMention, parsed: Sequence[ParsedParagraph], at: dict[tuple[int, int], ProtoMention], kinds: set[ActorKind]) -> ProtoMention | None:
    """"Before his speech on Monday, Choi ...": the subject the fronted possessive anticipates."""
    if proto.surface.lower() not in {"his", "her", "its", "their"}:
        return None
    token = parsed[proto.para].doc[proto.head]
    root = token.sent.root
    subject = next((c for c in root.children if c.dep_ in _SUBJECT_DEPS and c.i > token.i), None)
    if subject is None:
        return None
    # The pronoun must sit in a dependent of the root that comes before a comma and the subject.
    branch = token
    while branch.head.i != root.i and branch.head.i != branch.i:
        branch = branch.head
    if branch.head.i != root.i or branch.dep_ not in {"prep", "advcl", "npadvmod", "advmod"} or branch.i > subject.i:
        return None
    if not any(t.text == "," for t in token.doc[token.i : subject.i]):
        return None
    found = at.get((proto.para, subject.i))
    if found is None or found.kind not in kinds:
        return None
    return found


_OPENING = {"“", "‘"}
_CLOSING = {"”", "’"}


def _in_quote(doc: object, index: int) -> bool:
    """Whether token ``index`` stands inside a quotation of its paragraph."""
    depth = 0
    for token in doc[:index]:  # type: ignore[index]
        text = token.text
        if text in _OPENING:
            depth += 1
        elif text in _CLOSING and depth:
            depth -= 1
        elif text in {'"', "``", "''"}:
            depth = 0 if depth else 1
    return depth > 0


def _antecedent(
    earlier: Sequence[ProtoMention], kinds: set[ActorKind], proto: ProtoMention, *, max_back: int, head_word: str | None = None, key_suffix: str | None = None
) -> ProtoMention | None:
    for candidate in reversed(earlier):
        if proto.span.start - candidate.span.end > max_back:
            break
        if candidate.span.end > proto.span.start or not candidate.key:
            continue
        if key_suffix and not candidate.key.endswith(key_suffix):
            continue
        if candidate.kind in kinds or (head_word and head_word in candidate.surface.lower()):
            return candidate
    return None


def _name_words(name: str) -> list[str]:
    return [SPELLING_VARIANTS.get(w, w) for w in re.findall(r"[a-z0-9]+", unicodedata.normalize("NFKD", name).lower())]


def _longer_name(earlier: Sequence[ProtoMention], proto: ProtoMention, parsed: Sequence[ParsedParagraph]) -> ProtoMention | None:
    words = _name_words(proto.name)
    if not words:
        return None
    best: ProtoMention | None = None
    found: list[ProtoMention] = []
    for candidate in earlier:
        if candidate.key == proto.key or not candidate.key:
            continue
        other = _name_words(candidate.name)
        # The tagger may call a surname a place ("Choi declared"): an earlier person's name part is that person.
        surname = candidate.kind is ActorKind.PERSON and proto.via == Via.ENTITY and candidate.span.end <= proto.span.start
        if len(other) <= len(words) or not (_compatible(candidate.kind, proto.kind) or surname):
            continue
        if proto.via == Via.BODY and other[-len(words) :] != words:
            continue  # a common noun ("opposition") is not the modifier of a longer description ("opposition-controlled parliament")
        if _is_subsequence_prefix(words, other):
            found.append(candidate)
            if best is None or len(_name_words(best.name)) > len(other):
                best = candidate
    # Two people share the surname ("Anna Park", then "Park Jin-soo"): the one the apposition
    # describes ("Kim, the party leader"), else the one named last before it.
    before = [c for c in found if c.span.end <= proto.span.start]
    if best is not None and before and len({c.key for c in found}) > 1:
        return _described_one(before, proto, parsed) or max(before, key=lambda c: c.span.start)
    return best


_DESCRIPTIVE_POS = {"NOUN", "PROPN", "ADJ"}


def _described_as(proto: ProtoMention, parsed: Sequence[ParsedParagraph]) -> set[str]:
    """Content words of what the text says a mention is: its title and its appositions ("Kim, leader of the X Party")."""
    doc = parsed[proto.para].doc
    head = doc[proto.head]
    tokens = [doc[i] for i in proto.tokens]
    for child in head.children:
        if child.dep_ == "appos":
            tokens.extend(child.subtree)
    if head.dep_ == "appos" and head.head.pos_ == "NOUN":
        tokens.extend(t for t in head.head.subtree if t.i < head.i or t.i > max(s.i for s in head.subtree))
    words = {t.lemma_.lower() for t in tokens if t.pos_ in _DESCRIPTIVE_POS and not t.is_stop and t.is_alpha}
    return words - set(_name_words(proto.name))


def _described_one(candidates: Sequence[ProtoMention], proto: ProtoMention, parsed: Sequence[ParsedParagraph]) -> ProtoMention | None:
    """The one candidate whose descriptions share the most words with the mention's own (none on a tie or no overlap)."""
    own = _described_as(proto, parsed)
    if not own:
        return None
    words: dict[str, set[str]] = {}
    last: dict[str, ProtoMention] = {}
    for candidate in candidates:
        words.setdefault(candidate.key, set()).update(_described_as(candidate, parsed))
        last[candidate.key] = candidate
    scores = sorted(((len(own & w), key) for key, w in words.items()), reverse=True)
    if scores[0][0] == 0 or (len(scores) > 1 and scores[1][0] == scores[0][0]):
        return None
    return last[scores[0][1]]


def _is_subsequence_prefix(words: list[str], other: list[str]) -> bool:
    # A surname ("Putin" in "Vladimir Putin") or the head of a longer place
    # name ("Kashmir" in "Kashmir Valley").
    n = len(words)
    if other[:n] == words:
        return True
    return other[-n:] == words


def _compatible(a: ActorKind, b: ActorKind) -> bool:
    if a == b:
        return True
    loose = {ActorKind.ORGANIZATION, ActorKind.GOVERNMENT, ActorKind.GROUP, ActorKind.LOCATION}
    return a in loose and b in loose and ActorKind.LOCATION not in {a, b}


def _add_name_parts(protos: list[ProtoMention], parsed: Sequence[ParsedParagraph]) -> list[ProtoMention]:
    persons = [p for p in protos if p.kind is ActorKind.PERSON]
    if not persons:
        return protos
    covered = {(p.para, i) for p in protos for i in p.tokens}
    extra: list[ProtoMention] = []
    for p_index, paragraph in enumerate(parsed):
        for token in paragraph.doc:
            if (p_index, token.i) in covered or token.pos_ != "PROPN" or not token.text[:1].isupper():
                continue
            if token.dep_ == "compound":
                continue
            start = paragraph.offset + token.idx
            span = Span(start, start + len(token.text))
            owners = [p for p in persons if p.span.start < start and token.lower_ in _name_words(p.name) and len(_name_words(p.name)) > 1]
            if owners:
                # Two people share the name: the one an apposition describes, else the one named last.
                bare = replace(owners[-1], span=span, para=p_index, head=token.i, tokens=(token.i,), surface=token.text, name=token.text, via=Via.NAME_PART)
                person = (_described_one(owners, bare, parsed) if len({o.key for o in owners}) > 1 else None) or owners[-1]
                extra.append(replace(person, span=span, para=p_index, head=token.i, tokens=(token.i,), surface=token.text, via=Via.NAME_PART))
    return sorted(protos + extra, key=lambda p: (p.span.start, -p.span.end))
