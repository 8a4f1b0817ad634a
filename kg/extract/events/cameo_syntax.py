"""What the parse says about a predicate's frame, for CAMEO matching.

Pure readers of a spaCy token used by :mod:`kg.extract.events.cameo_frames`: its
objects, frame prepositions and modifiers, the class of an object (person,
place or thing), container nouns, reduced passives and reported clauses.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract.events.cameo_lexicon import CameoLexicon
from kg.extract.syntax import predicate_of_verbless_root, sentence_of, to_infinitive
from kg.extract.words import WordClass

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Prepositions whose object is acted upon or addressed ("sanctions *on* X", "talks *with* Y").
TARGET_PREPS = WordClass("target_preps")
#: Dependencies under which a token is the (logical) object of a verb.
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
#: Object pronouns that stand for people ("arrested *him*").
_PERSONAL_OBJECT_PRONOUNS = WordClass("personal_object_pronouns")
#: Entity labels that make an object a person or a place.
_HUMAN_ENTS = frozenset({"PERSON", "NORP"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def carries_clause(verb: Token) -> bool:
    """Does the verb say a clause: "protested *that* ...", "..., the group *protested*"?

    The trailing form ends the sentence after a comma, with the main clause
    before it as its content (the parser often hangs it off a noun).
    """
    if any(c.dep_ == "ccomp" for c in verb.children):
        return True
    if any(c.dep_ in OBJECT_DEPS for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ in ("acl", "relcl") and verb.head.i < verb.i:
        subject = verb.head
    if subject is None:
        return False
    start = subject.left_edge.i
    sent = sentence_of(verb)
    if start - 1 <= sent.start or verb.doc[start - 1].text != ",":
        return False
    last = max(t.i for t in verb.subtree)
    return all(t.is_punct for t in verb.doc[last + 1 : sent.end])


def has_subject(verb: Token) -> bool:
    """A clause with its own subject ("in *what* has been described as") is no gerund complement."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)



def objects_of(token: Token) -> list[Token]:
    """The token's objects and their conjuncts; read once per token of a parse (the frame matcher asks for each pattern)."""
    doc = token.doc
    memo: dict[int, list[int]] = doc.user_data.setdefault("kg.objects_of", {})
    if token.i not in memo:
        objects = [c for c in token.children if c.dep_ in OBJECT_DEPS]
        # Coordinated objects ("sanctions and embargoes") share the verb.
        for obj in list(objects):
            objects.extend(c for c in obj.children if c.dep_ == "conj")
        memo[token.i] = [t.i for t in objects]
    return [doc[i] for i in memo[token.i]]


def raised_objects(token: Token) -> list[Token]:
    """The subject of an infinitive the verb governs: its logical object.

    "allow such imports *to be made*", "permit exports to resume": the parser
    makes the noun the subject of the infinitive, but it is what the verb
    allows, as in "allow such imports".
    """
    found: list[Token] = []
    for clause in token.children:
        if clause.dep_ in ("ccomp", "xcomp") and clause.i > token.i and any(
            c.dep_ in ("aux", "auxpass") and c.lower_ == "to" for c in clause.children
        ):
            found.extend(c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > token.i)
    return found


def preps_of(token: Token, objects: list[Token]) -> Iterator[Token]:
    # A frame preposition may attach to the verb or, by parser whim, to its
    # object ("imposed sanctions *on* Iran").
    for child in token.children:
        if child.dep_ in ("prep", "agent", "dative"):
            yield child
    for obj in objects:
        for child in obj.children:
            if child.dep_ == "prep":
                yield child


def lemma_in(token: Token, lemmas: frozenset[str]) -> bool:
    return token.lemma_.lower() in lemmas or token.lower_ in lemmas


def modifiers_of(token: Token, lemmas: frozenset[str]) -> list[Token]:
    """Modifiers among ``lemmas``: "*hunger* strike", "*sexually* abused", "*cease*-fire"."""
    if not lemmas:
        return []
    return [
        c
        for c in token.children
        if c.dep_ in ("compound", "amod", "nmod", "npadvmod", "advmod") and lemma_in(c, lemmas)
    ]


def contained(token: Token, lexicon: CameoLexicon) -> Token:
    """The noun a container object stands for ("*part* of the stronghold" -> stronghold)."""
    if token.lemma_.lower() not in lexicon.containers:
        return token
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return token


def object_class(token: Token, lexicon: CameoLexicon) -> str:
    if token.ent_type_ in _HUMAN_ENTS or token.lemma_.lower() in lexicon.human_nouns:
        return "human"
    if token.pos_ == "PROPN" and any(_human_word(a, lexicon) for a in _appositions(token)):
        # A name the tagger cannot type is a person by its apposition ("X, *a veteran* of ...").
        return "human"
    if token.pos_ == "PRON" and token.lower_ in _PERSONAL_OBJECT_PRONOUNS:
        return "human"
    if token.ent_type_ in _PLACE_ENTS or token.lemma_.lower() in lexicon.place_nouns:
        return "place"
    return "thing"



def _appositions(token: Token) -> list[Token]:
    """The appositions of a name and their conjuncts ("X, a retired *general* and a *veteran* of ...")."""
    found: list[Token] = []
    frontier = [c for c in token.children if c.dep_ == "appos"]
    for _ in range(3):
        found += frontier
        frontier = [c for a in frontier for c in a.children if c.dep_ in ("appos", "conj")]
    return found


def _human_word(token: Token, lexicon: CameoLexicon) -> bool:
    return token.ent_type_ in _HUMAN_ENTS or token.lemma_.lower() in lexicon.human_nouns


def is_reduced_passive(token: Token) -> bool:
    """A past participle describing the noun before it: "the poll *released* on Friday"."""
    return token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ == "NOUN" and token.head.i < token.i and not predicate_of_verbless_root(token)


def negated_infinitive(verb: Token) -> bool:
    """Does the verb carry a negated infinitive: "warned X *not to* allow ..."?

    Looked for one clause link deep and, for a parser that hangs the
    infinitive off a misread object, two.
    """
    frontier = [verb]
    for _ in range(2):
        clauses = [c for node in frontier for c in node.children if c.dep_ in ("xcomp", "ccomp", "advcl")]
        for clause in clauses:
            if to_infinitive(clause) and any(c.dep_ == "neg" or c.lower_ in ("not", "never") for c in clause.children):
                return True
        frontier = clauses
    return False


#: Words that open a time phrase the parser may take for a clause ("held *since* 2016 were released").
_TIME_PHRASE_WORDS = frozenset({"since", "until", "till"})


def misread_time_subject(verb: Token) -> Token | None:
    """A year or date the parser took for the subject of the clause after it.

    In "sailors who had been held since 2011 were freed", "since 2011"
    ends the relative clause, but the parser reads "since" as a subordinator
    and "2011" as the subject of "were freed". A number or date right
    after "since"/"until" is never a clause subject.
    """
    for child in verb.children:
        if child.dep_ not in ("nsubj", "nsubjpass") or child.i == 0:
            continue
        before = verb.doc[child.i - 1]
        if before.lower_ in _TIME_PHRASE_WORDS and before.head == verb and (child.like_num or child.ent_type_ == "DATE"):
            return child
    return None


def antecedent_subject(verb: Token) -> Token | None:
    """The noun a clause with a misread time subject really predicates of.

    The clause then hangs off the relative clause it ends ("sailors *who
    had been held* since 2011 *were freed*"): its subject is the noun
    the relative clause describes.
    """
    if misread_time_subject(verb) is None or verb.dep_ not in ("advcl", "conj", "ccomp"):
        return None
    clause = verb.head
    if clause.dep_ in ("relcl", "acl") and clause.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return clause.head
    return None


def described_noun(token: Token) -> Token | None:
    """The noun a past participle describes, however the parser attached it.

    "the poll *released* on Friday" (a reduced relative), "withdraws X from
    the treaty, *signed* in 1996" (hung after the comma on the main verb),
    and the participle conjoined to either ("signed in 1996 and *ratified*
    in 2000").
    """
    if token.dep_ == "conj" and token.head.i < token.i and token.tag_ in ("VBN", "VBD"):
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in token.children):
            return None
        return described_noun(token.head) if token.head.tag_ == "VBN" else None
    if token.tag_ != "VBN":
        return None
    if token.dep_ == "acl":
        return token.head if token.head.pos_ in ("NOUN", "PROPN") and token.head.i < token.i and not predicate_of_verbless_root(token) else None
    if token.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children):
        return None
    doc = token.doc
    comma = token.left_edge.i - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    noun = doc[comma - 1]
    # "the Treaty (CTBT), signed ...": climb from the bracket and the acronym.
    for _ in range(3):
        if noun.dep_ in ("punct", "appos") and noun.head != noun:
            noun = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.head == noun:
        return None
    # The noun must belong to the clause the participle hangs on.
    node = noun
    for _ in range(4):
        node = node.head
        if node == token.head:
            return noun
    return None


def has_own_date(verb: Token) -> bool:
    """Does the predicate carry a date of its own ("signed *in 1996*", "captured *last year*")?"""
    for child in verb.children:
        if child.dep_ == "npadvmod" and child.ent_type_ == "DATE":
            return True
        if child.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ == "DATE" for c in child.children):
            return True
    return False


def between_pair(noun: Token) -> tuple[Token, Token] | None:
    """The two parties of a "between A and B" phrase on a noun ("a summit *between him and Xi*")."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "between":
            continue
        for first in (c for c in prep.children if c.dep_ == "pobj"):
            second = next((c for c in first.children if c.dep_ == "conj"), None)
            if second is not None:
                return first, second
    return None


_OCCURRENCE_VERBS = WordClass("occurrence_verbs")


def occurring_noun_takes_its_verbs_phrases(token: Token) -> Token | None:
    """An event noun that is the subject of a verb of occurring has that verb's phrases: "clashes *broke out between* police and protesters".

    "A gunfight erupted between troops and rebels", "the attack happened
    on the border": the verb says only that the event took place.
    """
    verb = token.head
    if token.dep_ != "nsubj" or verb == token or verb.lemma_.lower() not in _OCCURRENCE_VERBS:
        return None
    if verb.lemma_.lower() == "take" and not any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children):
        return None  # only "took place"
    if verb.lemma_.lower() == "break" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return None  # only "broke out"
    return verb
