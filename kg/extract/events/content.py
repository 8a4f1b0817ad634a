"""Predicates that are the content of another predicate, not acts of their own.

Some verbs a sentence mentions only name what somebody wishes, weighs,
describes or alleges; a CAMEO coder codes the wish or the accusation, never
the act it names:

- the subjunctive of a wish or demand ("are adamant that the minister *be
  removed*", "insisted the envoy *leave*");
- a gerund weighed as an option ("*supporting* X might cost Y dearly",
  "*removing* sanctions is out of the question");
- an infinitival relative describing a noun ("have less *to agree on*");
- the act an accusation charges ("accused X *of arming* rebels");
- a "would" act one was not told or aware of ("were not notified that X
  *would declare* ..."): the act itself, told elsewhere, not a new plan.

A speech verb that keeps a noun object ("maintained high tariffs") is no
statement either (:func:`keeps_an_object`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.syntax import POSSIBILITY_MODALS, to_infinitive
from kg.extract.words import WordClass

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs of accusation and the preposition that introduces the act charged.
_CHARGE_PREPOSITIONS = {"accuse": "of", "suspect": "of", "charge": "with", "blame": "for"}
#: Subjects a bare verb form agrees with only in the subjunctive.
_SINGULAR_PRONOUNS = {"he", "she", "it"}
#: Quantity words an infinitival relative describes ("much to discuss").
_QUANTITIES = WordClass("quantities")
#: Modal auxiliaries that make a clause weigh a possibility.
_MODALS = POSSIBILITY_MODALS | {"would"}


def is_content_only(token: Token) -> bool:
    """Whether the predicate only names what another predicate wishes, weighs, describes or alleges."""
    return (
        is_subjunctive(token)
        or is_weighed_option(token)
        or is_infinitival_relative(token)
        or is_charged_act(token)
        or is_unannounced_act(token)
    )


#: Verbs and adjectives of being told or knowing ("notified", "aware") that take a clause.
_KNOWING = WordClass("knowing")


def is_unannounced_act(token: Token) -> bool:
    """A "would" act in the clause of a negated verb of telling or knowing.

    "officials were not told that X *would close* the border", "we
    did not know he would attack": the act as it came to pass, seen from
    before; the sentence reports who was not told, not a new plan.
    """
    if token.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ == "would" for c in token.children):
        return False
    head = token.head
    if head.lemma_.lower() not in _KNOWING and head.lower_ not in _KNOWING:
        return False
    governors = [head, head.head] if head.dep_ == "acomp" else [head]
    return any(c.dep_ == "neg" for g in governors for c in g.children)


def is_subjunctive(token: Token) -> bool:
    """A mandative subjunctive: "that the minister *be* removed", "that Peru *withdraw*".

    The bare form shows the mood only where the indicative differs: "be"
    (indicative "is/are"), or a bare verb after a singular subject
    (indicative "withdraws"). A plural subject ("the troops withdraw") is
    left alone, and so is any clause with another auxiliary ("did not").
    """
    if token.dep_ not in {"ccomp", "acl"} or token.tag_ not in {"VB", "VBN"}:
        return False
    auxes = [c for c in token.children if c.dep_ in {"aux", "auxpass"}]
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:
        return False
    if auxes:
        return auxes[0].tag_ == "VB" and auxes[0].lower_ == "be"
    subject = subjects[0]
    return token.tag_ == "VB" and (subject.tag_ in {"NN", "NNP"} or subject.lower_ in _SINGULAR_PRONOUNS)


def is_weighed_option(token: Token) -> bool:
    """A gerund with no subject of its own as the subject of a modal or present clause.

    "*supporting* X might cost Y dearly", "*removing* the sanctions is out
    of the question": a course of action judged, not an act. A past clause
    ("signing the treaty was a turning point") may judge an act that did
    take place and is left alone.
    """
    if token.tag_ != "VBG" or token.dep_ not in {"csubj", "csubjpass"}:
        return False
    if any(c.dep_ in {"nsubj", "poss"} for c in token.children):
        return False
    head = token.head
    auxes = [c for c in head.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.lower_ in _MODALS for c in auxes):
        return True
    finite = auxes[0] if auxes else head
    return finite.tag_ in {"VBZ", "VBP"}


def is_infinitival_relative(token: Token) -> bool:
    """An infinitive describing a noun that fills its gap ("less *to agree on*", "much *to discuss*")."""
    if token.dep_ != "relcl" or not to_infinitive(token):
        return False
    stranded = any(c.dep_ == "prep" and not any(True for _ in c.children) for c in token.children)
    return stranded or token.head.lower_ in _QUANTITIES


def is_charged_act(token: Token) -> bool:
    """The act an accusation charges: "accused X *of arming* ...", "was blamed *for attacking* ..."."""
    prep = token.head
    if token.dep_ != "pcomp" or prep.dep_ != "prep":
        return False
    verb = prep.head
    if verb.dep_ in {"dobj", "nsubjpass"} and verb.pos_ in {"NOUN", "PROPN", "PRON"}:
        verb = verb.head  # "accused *his opponents* of ..."
    return _CHARGE_PREPOSITIONS.get(verb.lemma_.lower()) == prep.lower_


def accused_object(token: Token) -> Token | None:
    """The one an accusation charges, when the act charged follows: "accused *his rivals* of arming ..."."""
    prep = _CHARGE_PREPOSITIONS.get(token.lemma_.lower())
    if prep is None:
        return None
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    preps = [c for c in (*token.children, *obj.children) if c.dep_ == "prep" and c.lower_ == prep]
    return obj if any(c.dep_ in {"pcomp", "pobj"} for p in preps for c in p.children) else None


#: Speech verbs that mean keeping or adding something when they take a noun object
#: ("maintain barriers", "observe a truce", "added 49 names to its blacklist").
_KEEPING_VERBS = {"maintain", "observe", "add"}
#: Objects that keep the speech sense: "maintained its innocence".
_STANCE_NOUNS = WordClass("stance_nouns")


def keeps_an_object(token: Token) -> bool:
    """ "maintain trade barriers", "observe a ceasefire": a noun object and no clause is no speech.

    A stance ("maintained its innocence", "maintained that position") is
    still something said.
    """
    if token.lemma_.lower() not in _KEEPING_VERBS:
        return False
    children = list(token.children)
    if any(c.dep_ in {"ccomp", "parataxis"} for c in children):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() not in _STANCE_NOUNS for c in children)
