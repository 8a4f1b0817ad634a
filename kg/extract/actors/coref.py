"""Reference resolution within an article: name parts, descriptions, acronyms.

The phrase finder's mentions arrive here in document order; "Ortega" after
"Luis Ortega", "the company" after a company and "the government" after a
government are resolved to the earlier mention, so that the merge step gives
them one actor. Each resolution is an article pass (see
:mod:`kg.extract.actors.findings`); pronouns are in :mod:`kg.extract.actors.pronouns`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from kg.extract.actors.context import ActorContext
from kg.extract.actors.mention import ProtoMention, Via
from kg.extract.words import WordClass, WordMap, word_map
from kg.model import ActorKind, Span
from kg.nlp import ParsedParagraph

__all__ = [
    "DESCRIPTIONS",
    "PRONOUNS",
    "SPELLING_VARIANTS",
    "acronyms_in_parentheses",
    "bare_surnames",
    "definite_descriptions",
    "definite_groups",
    "government_descriptions",
    "name_parts",
    "nearest_antecedent",
    "referent_kinds",
]

#: Head nouns of definite descriptions that refer back to an earlier actor ("the company"), with its possible kinds.
DESCRIPTIONS = WordMap("description_kinds")
#: Pronouns that refer to an actor ("he", "its"), with its possible kinds.
PRONOUNS = WordMap("pronoun_kinds")
#: Transliteration variants of name words, folded before keys are minted ("Kiev" -> "kyiv").
SPELLING_VARIANTS = WordMap("spelling_variants")

#: Kinds a name part may share with a longer name of another kind (never a place: a place only with a place).
_LOOSE_KINDS = frozenset({ActorKind.ORGANIZATION, ActorKind.GOVERNMENT, ActorKind.GROUP, ActorKind.LOCATION})
_NAMED_KINDS = frozenset({ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.LOCATION, ActorKind.GROUP, ActorKind.GOVERNMENT})


@functools.cache
def _kinds_of(words: str) -> dict[str, frozenset[ActorKind]]:
    return {word: frozenset(ActorKind(k) for k in kinds.split()) for word, kinds in word_map(words).items()}


def referent_kinds(words: WordMap, word: str) -> frozenset[ActorKind]:
    """The actor kinds a description noun or pronoun of ``words`` may refer to (none for another word)."""
    return _kinds_of(words.name).get(word, frozenset())


# --- passes ----------------------------------------------------------------------


def name_parts(protos: list[ProtoMention], ctx: ActorContext) -> list[ProtoMention]:
    """A name that is the first or last words of another name of the article is that actor.

    "Luis Ortega ... Ortega said": one person; "the Andes Valley ... the
    Andes": one place. Of two people sharing the name, the one an apposition
    describes alike, else the one named last before it.
    """
    named = [p for p in protos if p.key and p.via not in {Via.PRONOUN, Via.DESCRIPTION}]
    # Index the names by their first and last words (a name part is a prefix or a suffix of the
    # longer name), and keep of each name only its first mention and its last before the
    # mention at hand: linear in the article's length, however often a name recurs.
    groups: dict[tuple[str, str, ActorKind], list[ProtoMention]] = {}
    for candidate in named:
        groups.setdefault((candidate.key, candidate.name, candidate.kind), []).append(candidate)
    by_edge: dict[str, list[list[ProtoMention]]] = {}
    for (_, name, _), mentions in groups.items():
        words = _name_words(name)
        for edge in {words[0], words[-1]} if words else set():
            by_edge.setdefault(edge, []).append(mentions)
    starts = {id(m): [p.span.start for p in m] for m in groups.values()}
    out: list[ProtoMention] = []
    for proto in protos:
        if proto.kind in _NAMED_KINDS and proto.via not in {Via.PRONOUN, Via.DESCRIPTION, Via.BARE_GOVERNMENT}:
            words = _name_words(proto.name)
            pool: dict[int, ProtoMention] = {}
            for edge in {words[0], words[-1]} if words else set():
                for mentions in by_edge.get(edge, ()):
                    pool[id(mentions[0])] = mentions[0]
                    before = bisect_left(starts[id(mentions)], proto.span.start) - 1
                    if before > 0:
                        pool[id(mentions[before])] = mentions[before]
            candidates = sorted(pool.values(), key=lambda c: (c.span.start, -c.span.end))
            longer = _longer_name(candidates, proto, ctx.parsed)
            if longer is not None:
                proto = longer.standing_at(proto, Via.NAME_PART)
        out.append(proto)
    return out


def definite_groups(protos: list[ProtoMention], ctx: ActorContext) -> list[ProtoMention]:
    """A definite group with a nationality is the earlier group of that country with the same noun.

    "28 Peruvian agencies and companies ... the Peruvian companies": one group.
    """
    out: list[ProtoMention] = []
    for proto in protos:
        if proto.via == Via.GROUP_DEFINITE:
            head_word = proto.surface.split()[-1].lower()
            antecedent = next(
                (c for c in reversed(out) if c.kind is ActorKind.GROUP and c.country == proto.country and c.key != proto.key
                 and head_word in c.name.lower().split() and c.span.end <= proto.span.start),
                None,
            )
            if antecedent is not None:
                proto = antecedent.standing_at(proto, Via.DESCRIPTION)
        out.append(proto)
    return out


def definite_armed_group_named_before(protos: list[ProtoMention], ctx: ActorContext) -> list[ProtoMention]:
    """"The rebels", "the militants" with no nationality of their own are the armed group named just before.

    "M23 rebels attacked a base ... the rebels used weapons supplied by X":
    M23, not rebels of X (the country a sentence names is no nationality of
    a definite collective that refers back).
    """
    out: list[ProtoMention] = []
    for proto in protos:
        if proto.kind is ActorKind.REBEL and proto.via in {Via.BODY, Via.GROUP, Via.GROUP_DEFINITE}:
            head = ctx.parsed[proto.para].doc[proto.head]
            definite = head.tag_ == "NNS" and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
            own_nationality = any(t.i != head.i and t.i in proto.tokens and (ctx.gazetteer.country_of_demonym(t.text) or ctx.gazetteer.country(t.text)) for t in head.lefts)
            if definite and not own_nationality:
                named = [c for c in out if c.via in {Via.ENTITY, Via.GAZETTEER} and c.kind is ActorKind.REBEL]
                antecedent = nearest_antecedent(named, frozenset({ActorKind.REBEL}), proto, max_back=3000)
                if antecedent is not None:
                    proto = antecedent.standing_at(proto, Via.DESCRIPTION)
        out.append(proto)
    return out


def government_descriptions(protos: list[ProtoMention], ctx: ActorContext) -> list[ProtoMention]:
    """"The government" is the nearest earlier government (else the story country's: ``story_government``).

    "the Peruvian government ... the government said": Peru's government.
    """
    out: list[ProtoMention] = []
    for proto in protos:
        if proto.via == Via.BARE_GOVERNMENT:
            antecedent = nearest_antecedent(out, frozenset({ActorKind.GOVERNMENT}), proto, max_back=3000, key_suffix="-government")
            if antecedent is not None and not _faces_in_its_clause(proto, antecedent.country, ctx):
                proto = antecedent.standing_at(proto, Via.DESCRIPTION)
        out.append(proto)
    return out


#: Clauses under a verb that are not its own arguments.
_OTHER_CLAUSES = WordClass("clause_adjunct_deps")


def _faces_in_its_clause(proto: ProtoMention, country: str | None, ctx: ActorContext) -> bool:
    """Whether the clause of "the government" names ``country`` as someone else ("the government refused
    accreditation to U.S. observers" is no US government): then it is not that country's government."""
    if country is None:
        return False
    head = ctx.parsed[proto.para].doc[proto.head]
    verb = head.head if head.dep_ in {"nsubj", "nsubjpass"} else None
    if verb is None:
        return False
    # The clause itself, not what it reports or adds ("said it would deport Peruvian migrants").
    own = {t.i for t in head.subtree} | {t.i for c in verb.children if c.dep_ in _OTHER_CLAUSES for t in c.subtree}
    gaz = ctx.gazetteer
    for token in verb.subtree:
        if token.i in own or not token.text[:1].isupper() or token.pos_ not in {"PROPN", "ADJ", "NOUN"}:
            continue
        entry = gaz.country(token.text) or gaz.country_of_demonym(token.text) or gaz.capital(token.text)
        if entry is not None and entry.iso3 == country:
            return True
    return False


def definite_descriptions(protos: list[ProtoMention], ctx: ActorContext) -> list[ProtoMention]:
    """A definite description is the nearest earlier actor of a kind it can describe; with none, no actor.

    "Acme Mining said ... the company denied": Acme Mining. A nationality
    adjective is no antecedent ("Chile, the target of Peruvian anger over
    the country's ..." is not Peru).
    """
    out: list[ProtoMention] = []
    for proto in protos:
        if proto.via == Via.DESCRIPTION and not proto.key:
            kinds = referent_kinds(DESCRIPTIONS, proto.name)
            nominal = [c for c in out if ctx.parsed[c.para].doc[c.head].dep_ != "amod"]
            antecedent = nearest_antecedent(nominal, kinds, proto, max_back=2000, head_word=proto.name)
            if antecedent is None:
                continue
            proto = antecedent.standing_at(proto, Via.DESCRIPTION)
        out.append(proto)
    return out


def bare_surnames(protos: list[ProtoMention], ctx: ActorContext) -> list[ProtoMention]:
    """A capitalised word the tagger left unnamed that is part of an earlier person's name is that person.

    "Luis Ortega arrived ... Ortega pointed out": the tagger may miss the
    second "Ortega"; of two people sharing it, the one an apposition describes alike.
    """
    parsed = ctx.parsed
    persons = [p for p in protos if p.kind is ActorKind.PERSON]
    if not persons:
        return protos
    covered = {(p.para, i) for p in protos for i in p.tokens}
    extra: list[ProtoMention] = []
    for p_index, paragraph in enumerate(parsed):
        for token in paragraph.doc:
            # The tagger may even take a surname opening a sentence for a common noun ("Guterres welcomed ...").
            surname_as_noun = token.pos_ == "NOUN" and token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
            if (p_index, token.i) in covered or not (token.pos_ == "PROPN" or surname_as_noun) or not token.text[:1].isupper():
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


def acronyms_in_parentheses(protos: list[ProtoMention], ctx: ActorContext) -> list[ProtoMention]:
    """An acronym in parentheses after a name names that actor, there and later.

    "the Andean Farmers Union (AFU) ... the AFU said": one actor. When the
    gazetteer knows the acronym and not the name, the acronym's entry wins.
    """
    fulls: dict[str, ProtoMention] = {}
    for proto in protos:
        if not proto.key or not proto.tokens or proto.kind in {ActorKind.COUNTRY, ActorKind.PERSON, ActorKind.LOCATION}:
            continue
        doc = ctx.parsed[proto.para].doc
        last = max(proto.tokens)
        if last + 3 < len(doc) and doc[last + 1].text == "(" and doc[last + 3].text == ")":
            short = doc[last + 2].text.replace(".", "")
            if 2 <= len(short) <= 8 and short.isupper():
                fulls.setdefault(doc[last + 2].text, proto)
    out: list[ProtoMention] = []
    renamed: dict[str, ProtoMention] = {}
    for proto in protos:
        # The acronym may carry a modifier ("the conservative NRF"): its name is the acronym.
        full = fulls.get(proto.surface) or (fulls.get(proto.name) if proto.via == Via.ENTITY else None)
        if full is not None and proto.key and proto.key != full.key and proto.via != Via.PRONOUN:
            if proto.code and not full.code:
                fulls[proto.surface] = proto  # the gazetteer knows the acronym: its entry wins
                renamed[full.key] = proto
                out = [proto.standing_at(o, Via.NAME_PART) if o.key == full.key else o for o in out]
            else:
                renamed[proto.key] = full
                proto = full.standing_at(proto, Via.NAME_PART)
        out.append(proto)
    # Pronouns already resolved to the acronym ("NUT ... it") follow it.
    return [renamed[p.key].standing_at(p, Via.PRONOUN) if p.via == Via.PRONOUN and p.key in renamed else p for p in out]


# --- antecedents and names ----------------------------------------------------------


def nearest_antecedent(
    earlier: Sequence[ProtoMention], kinds: frozenset[ActorKind], proto: ProtoMention, *, max_back: int, head_word: str | None = None, key_suffix: str | None = None
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


@functools.lru_cache(maxsize=4096)  # the passes compare each name with every other of the article
def _name_words(name: str) -> tuple[str, ...]:
    return tuple(SPELLING_VARIANTS.get(w, w) for w in re.findall(r"[a-z0-9]+", unicodedata.normalize("NFKD", name).lower()))


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


def _is_subsequence_prefix(words: tuple[str, ...], other: tuple[str, ...]) -> bool:
    # A surname ("Putin" in "Vladimir Putin") or the head of a longer place
    # name ("Kashmir" in "Kashmir Valley").
    n = len(words)
    if other[:n] == words:
        return True
    return other[-n:] == words


def _compatible(a: ActorKind, b: ActorKind) -> bool:
    if a == b:
        return True
    return a in _LOOSE_KINDS and b in _LOOSE_KINDS and ActorKind.LOCATION not in {a, b}


