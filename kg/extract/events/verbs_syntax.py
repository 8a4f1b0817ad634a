"""Reading the verb phrase around a verb from a spaCy parse, for the dictionary patterns.

A PETRARCH2 pattern looks at three places around its verb;
:meth:`VerbPhrase.around` gathers them once for all the patterns of a block:

* the heads after the verb (objects, attributes, complements, particles and
  adverbs; the subject of a passive; the noun a reduced relative modifies);
* the prepositions of the verb phrase (children of the verb, of its heads and
  of their prepositional objects, without entering another clause);
* the subject side: the subject (or the governing verb's, for a conjoined or
  controlled verb; the ``by`` agent of a passive) and adverbs before the verb.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract.words import WordClass

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["VerbPhrase", "is_passive", "token_keys", "with_conjuncts"]

#: Children that head the verb phrase after the verb (a post-verb noun matches one).
_POST_DEPS = WordClass("verb_phrase_heads_deps")
#: Dependencies followed from the verb to find its prepositional phrases.
_PHRASE_DEPS = WordClass("verb_phrase_walk_deps")
_SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
_RELATIVE = frozenset({"WDT", "WP", "WP$"})


def token_keys(token: Token) -> set[str]:
    """The upper-case surface form and lemma a dictionary word is compared with."""
    return {token.text.upper(), token.lemma_.upper()}


def is_passive(token: Token) -> bool:
    """Whether the verb is passive (a passive subject or auxiliary, or a reduced relative)."""
    if any(c.dep_ in ("nsubjpass", "auxpass", "csubjpass") for c in token.children):
        return True
    # A reduced relative ("the envoy *expelled* last week") is passive.
    return token.dep_ == "acl" and token.tag_ == "VBN"


@dataclass(frozen=True)
class VerbPhrase:
    """The heads and prepositions around one verb, in the order a pattern tries them.

    Attributes:
        verb: the verb.
        post_heads: heads after the verb (a post-verb noun of a pattern matches one).
        post_preps: prepositions (and particles) of the verb phrase.
        pre_heads: the subject side.
        pre_preps: prepositions of the subject side.
    """

    verb: Token
    post_heads: tuple[Token, ...]
    post_preps: tuple[Token, ...]
    pre_heads: tuple[Token, ...]
    pre_preps: tuple[Token, ...]

    @classmethod
    def around(cls, verb: Token, trigger: set[int], passive: bool) -> VerbPhrase:
        """Gather the phrase around ``verb``, leaving out the verb's own words (``trigger``)."""
        post_heads = tuple(t for t in with_conjuncts(_post_heads(verb, passive)) if t.i not in trigger)
        pre_heads = tuple(t for t in with_conjuncts(_pre_heads(verb, passive)) if t.i not in trigger)
        pre_ids = {t.i for t in pre_heads}
        return cls(
            verb=verb,
            post_heads=post_heads,
            post_preps=tuple(p for p in _phrase_preps(verb, list(post_heads), passive) if p.i not in trigger),
            pre_heads=pre_heads,
            pre_preps=tuple(
                [p for h in pre_heads for p in h.children if p.dep_ == "prep"]
                + [c for c in verb.children if c.dep_ == "prep" and c.i < verb.i and c.i not in pre_ids]
            ),
        )


def _post_heads(verb: Token, passive: bool) -> Iterator[Token]:
    for child in verb.children:
        if child.dep_ == "dobj" or (child.dep_ == "nsubjpass" and passive):
            yield _antecedent(verb, child)
        elif child.dep_ in _POST_DEPS and child.i > verb.i:
            if child.dep_ == "xcomp" and not (child.pos_ in ("ADJ", "NOUN") or child.tag_ == "VBN"):
                continue  # a controlled verb ("agreed *to send*") is a clause, not a noun
            yield child
    if verb.dep_ == "relcl" and passive and not any(c.dep_ == "nsubjpass" for c in verb.children):
        yield verb.head
    elif verb.dep_ == "acl" and passive:
        yield verb.head  # "the talks *held* in Oslo": the noun is the object


def _pre_heads(verb: Token, passive: bool) -> Iterator[Token]:
    for child in verb.children:
        if passive and child.dep_ == "agent":
            yield from (c for c in child.children if c.dep_ == "pobj")
        elif not passive and child.dep_ in _SUBJECT_DEPS:
            yield _antecedent(verb, child)
        elif child.dep_ in ("advmod", "npadvmod") and child.i < verb.i:
            yield child
    if passive or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return
    if verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ == "VBG"):
        yield verb.head  # "troops *rushing* to the border"
    elif verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
        # A conjoined or controlled verb shares its governor's subject.
        yield from (t for t in _pre_heads(verb.head, is_passive(verb.head)) if t.dep_ not in ("advmod", "npadvmod"))


def _antecedent(verb: Token, token: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies ("the talks *that* X ended")."""
    if verb.dep_ == "relcl" and token.tag_ in _RELATIVE:
        return verb.head
    return token


def with_conjuncts(tokens: Iterable[Token]) -> list[Token]:
    """The tokens and their conjuncts, once each; a conjoined verb is another clause and is left out."""
    out: list[Token] = []
    for token in tokens:
        for t in (token, *(c for c in token.conjuncts if c.pos_ not in ("VERB", "AUX"))):
            if t not in out:
                out.append(t)
    return out


def _phrase_preps(verb: Token, heads: list[Token], passive: bool) -> list[Token]:
    """Prepositions of the verb phrase: children of the verb, its heads and their objects, not crossing clauses."""
    seen = {verb.i}
    queue = [verb, *heads]
    preps: list[Token] = []
    while queue:
        token = queue.pop(0)
        for child in token.children:
            dep = child.dep_  # (read once: spaCy builds the string on each read)
            if child.i in seen or not (dep in _PHRASE_DEPS or dep in ("agent", "nsubjpass")):
                continue
            if dep == "agent" and passive:
                continue  # the "by" agent of a passive is the subject side
            if dep == "nsubjpass" and not passive:
                continue
            if child.pos_ in ("VERB", "AUX") and dep != "pcomp":
                continue
            seen.add(child.i)
            if dep in ("prep", "agent", "dative", "prt", "advmod"):
                preps.append(child)
            queue.append(child)
    return sorted(preps, key=lambda t: t.i)
