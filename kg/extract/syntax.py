"""Shared readers of a spaCy parse: quotes, tree depth, first-person subjects, infinitives.

Small pure functions over a token that several extraction modules need (the
events stage today; the actors, time and relations stages may adopt them).
They read the parse and nothing else: no actors, no lexicon.
"""

from __future__ import annotations

import bisect

from typing import TYPE_CHECKING

from kg.extract.words import WordClass

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "sentence_of",
    "doc_text",
    "sentence_bounds",
    "tokens_text",
    "FIRST_PERSON",
    "FUTURE_AUX",
    "POSSESSIVE_PRONOUNS",
    "POSSIBILITY_MODALS",
    "QUOTE_MARKS",
    "agentless_passive",
    "apposition_anchor",
    "depth",
    "first_person_subject",
    "has_quote_before",
    "hyphen_rest",
    "predicate_of_verbless_root",
    "in_quote",
    "quote_marks_between",
    "is_stance_modifier",
    "is_to_infinitive",
    "sentence_has_quote",
    "to_infinitive",
]

#: Quotation marks, straight and curly, as the tokenizer splits them off.
QUOTE_MARKS = WordClass("quote_marks")
#: First-person pronouns ("we", "I", "our").
FIRST_PERSON = WordClass("first_person")

#: Modals of possibility ("could attack", "may halt").
POSSIBILITY_MODALS = frozenset({"could", "may", "might"})
#: Auxiliaries of the future ("will", "shall", "'ll", and "wo" of "won't").
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
#: Possessive pronouns of a third party or of "we" ("*their* forces", "*our* troops").
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our"})

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def depth(token: Token) -> int:
    """How many head links lead from the token up to its sentence root."""
    steps = 0
    while token.head != token:
        token = token.head
        steps += 1
    return steps


def doc_text(doc: Doc) -> str:
    """The parse's text (``doc.text``, which spaCy joins anew on each read), read once."""
    memo: str | None = doc.user_data.get("kg.text")
    if memo is None:
        memo = doc.text
        doc.user_data["kg.text"] = memo
    return memo


def tokens_text(first: Token, last: Token) -> str:
    """The text from ``first`` to ``last`` as written (``doc[first.i : last.i + 1].text``)."""
    return doc_text(first.doc)[first.idx : last.idx + len(last.text)] if last.i >= first.i else ""


def hyphen_rest(token: Token) -> list[Token]:
    """The hyphen and word that continue ``token`` in one written word ("secretary-general"), or nothing.

    The tokenizer splits a hyphened word in three and the parser may hang the
    halves apart ("secretary" and "general" as two appositions).
    """
    doc = token.doc
    i = token.i
    if i + 2 >= len(doc) or token.whitespace_ or doc[i + 1].text != "-" or doc[i + 1].whitespace_ or not doc[i + 2].is_alpha:
        return []
    return [doc[i + 1], doc[i + 2]]


def apposition_anchor(token: Token) -> Token:
    """The noun a person's name stands in apposition to, past a place the parser hung it on.

    "Peru's envoy to Chile, Ana Ruiz, said": the parser may make "Ana Ruiz" an
    apposition of "Chile"; a person renames the title ("envoy"), not the place
    its complement names. Returns ``token.head`` otherwise.
    """
    anchor = token.head
    if token.ent_type_ != "PERSON" or anchor.ent_type_ not in {"GPE", "LOC", "FAC", "ORG", "NORP"}:
        return anchor
    # Up the complements to the phrase's head ("a spokesman for the ministry in Kabul, Ana Ruiz").
    while anchor.dep_ == "pobj" and anchor.head.dep_ == "prep" and anchor.head.head.pos_ == "NOUN":
        anchor = anchor.head.head
    return anchor


def predicate_of_verbless_root(token: Token) -> bool:
    """Whether ``token`` is the predicate of a sentence the parser rooted in its subject noun.

    "Thousands protested in Lima." may come out with "Thousands" as the root
    and "protested" a participle describing it. A sentence has a verb: when
    the root is a bare noun (no determiner) and the participle right after it
    is the only verb, the participle is the predicate and the noun its subject.
    """
    head = token.head
    if token.dep_ != "acl" or token.tag_ not in {"VBD", "VBN"} or head.dep_ != "ROOT" or head.pos_ not in {"NOUN", "PROPN"} or head.i > token.i:
        return False
    if any(c.dep_ in {"det", "poss"} for c in head.children) or any(c.dep_ in {"nsubj", "nsubjpass", "auxpass", "aux"} for c in token.children):
        return False
    start, end = sentence_bounds(token)
    return not any(t.pos_ in {"VERB", "AUX"} and t.i != token.i and t.i < token.i for t in token.doc[start:end]) and next(
        (c for c in head.children if c.dep_ == "acl"), None
    ) == token


def sentence_of(token: Token) -> Span:
    """The token's sentence (``token.sent``, which spaCy finds anew on each read by walking the parse)."""
    start, end = sentence_bounds(token)
    return token.doc[start:end]


def sentence_bounds(token: Token) -> tuple[int, int]:
    """The start and end token indices of the token's sentence (``token.sent``, which spaCy finds anew on each read)."""
    starts, end = _sentence_starts(token.doc)
    index = bisect.bisect_right(starts, token.i) - 1
    return starts[index], starts[index + 1] if index + 1 < len(starts) else end


def _sentence_starts(doc: Doc) -> tuple[list[int], int]:
    memo: tuple[list[int], int] | None = doc.user_data.get("kg.sentence_starts")
    if memo is None:
        memo = ([s.start for s in doc.sents], len(doc))
        doc.user_data["kg.sentence_starts"] = memo
    return memo


def _quote_marks(doc: Doc) -> list[int]:
    """The token indices of the quotation marks of a parse, in order."""
    memo: list[int] | None = doc.user_data.get("kg.quote_marks")
    if memo is None:
        # A paragraph whose text holds no mark has no mark token: its tokens need not be read.
        text = doc_text(doc)
        memo = [t.i for t in doc if t.text in QUOTE_MARKS] if any(mark in text for mark in QUOTE_MARKS) else []
        doc.user_data["kg.quote_marks"] = memo
    return memo


def quote_marks_between(doc: Doc, start: int, end: int) -> list[int]:
    """The token indices of the quotation marks from ``start`` to ``end`` (exclusive), in order."""
    marks = _quote_marks(doc)
    return marks[bisect.bisect_left(marks, start) : bisect.bisect_left(marks, end)]


def _quotes_between(doc: Doc, start: int, end: int) -> int:
    marks = _quote_marks(doc)
    return bisect.bisect_left(marks, end) - bisect.bisect_left(marks, start)


def in_quote(token: Token) -> bool:
    """Whether the token stands between an opening and a closing quotation mark of its sentence."""
    start, _ = sentence_bounds(token)
    return _quotes_between(token.doc, start, token.i) % 2 == 1


def has_quote_before(token: Token) -> bool:
    """Whether a quotation mark comes before the token in its sentence ("“We protest ...”, X *said*")."""
    start, _ = sentence_bounds(token)
    return _quotes_between(token.doc, start, token.i) > 0


def sentence_has_quote(token: Token) -> bool:
    """Whether the token's sentence holds a quotation mark."""
    start, end = sentence_bounds(token)
    return _quotes_between(token.doc, start, end) > 0


def past_perfect(token: Token) -> bool:
    """A verb in the past perfect, active or passive ("had warned", "had been warned")."""
    return any(child.dep_ in {"aux", "auxpass"} and child.lower_ in {"had", "'d"} for child in token.children)


def present_perfect(token: Token) -> bool:
    """A verb in the present perfect ("has dropped", "have been freed")."""
    return token.tag_ == "VBN" and any(child.dep_ == "aux" and child.lower_ in {"has", "have", "'ve", "'s"} for child in token.children)


def first_person_subject(token: Token) -> bool:
    """Whether the predicate's subject, or that of the verb it is conjoined to or controlled by, is "I"/"we".

    "*We* call on ... and urge ...": "urge" has the subject of "call".
    """
    node = token
    for _ in range(4):
        if any(c.dep_ in _SUBJECT_DEPS and c.lower_ in FIRST_PERSON for c in node.children):
            return True
        if node.dep_ not in {"conj", "xcomp"} or any(c.dep_ in _SUBJECT_DEPS for c in node.children):
            return False
        node = node.head
    return False


def to_infinitive(token: Token) -> bool:
    """Whether the token carries the infinitive marker "to" ("*to* meet", "*to* be released")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def is_to_infinitive(token: Token) -> bool:
    """A bare verb with "to": "decided *to leave*" (not "to be left": that is a passive)."""
    return token.tag_ == "VB" and to_infinitive(token)


def agentless_passive(verb: Token) -> bool:
    """A passive with no "by" agent: "what has been *described* as ..."."""
    deps = {c.dep_ for c in verb.children}
    return "auxpass" in deps and "agent" not in deps


def is_stance_modifier(token: Token) -> bool:
    """A name in an "anti-X" / "pro-X" modifier: X is what the stance is
    about, not who the person or group is ("an *anti-Syria* journalist")."""
    doc = token.doc
    if token.lower_.startswith(("anti-", "pro-")):
        return True
    if token.dep_ == "npadvmod" and token.head.tag_ == "VBN" and token.head.i == token.i + 2 and doc[token.i + 1].text in {"-", "‑"}:
        # "*Iranian*-backed rebels", "*Russian*-made tanks": who backs or makes them, not who they are
        # (but "*US*-led forces" are the leader's, and "*Lima*-based" says where).
        return token.head.lemma_.lower() not in _OWN_PARTICIPLES
    i = token.i
    if i >= 1 and doc[i - 1].lower_ in _STANCE_PREFIXES:
        return True
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in _STANCE_PREFIXES


_STANCE_PREFIXES = {"anti", "pro", "anti-", "pro-"}
#: Participles after "X-" that keep X the noun's own ("US-led", "Lima-based").
_OWN_PARTICIPLES = WordClass("own_participles")
