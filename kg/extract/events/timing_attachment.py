"""Which time expression of a sentence dates a predicate.

The general reading is the parse's: an expression dates the predicate that
governs it (:func:`governs`). The rules of :data:`ATTACHMENT_RULES` are the
exceptions, where news syntax or the parser's habits put the time elsewhere;
each looks at one expression and says it dates the predicate, dates
something else, or cannot date it at all (then no fallback takes it either).
:data:`FALLBACK_RULES` choose an expression when none dates the predicate.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING

from kg.extract.events.cameo_syntax import misread_time_subject
from kg.extract.events.predicates import Candidate
from kg.extract.rules import Rule, RuleSwitch, rule_name
from kg.extract.syntax import present_perfect
from kg.extract.words import WordClass
from kg.model import Article, Event, EventTime, Modality, Timex, TimexType
from kg.nlp import ParsedParagraph

if TYPE_CHECKING:
    from spacy.tokens import Span as DocSpan
    from spacy.tokens import Token

__all__ = ["ATTACHMENT_RULES", "FALLBACK_RULES", "Dating", "Expression", "TimeSite", "attached_timex", "governs"]


@dataclass(frozen=True)
class TimeSite:
    """A predicate being dated, with what the timing rules may consult.

    ``built`` holds the sentence's events built so far by trigger token,
    ``by_token`` its predicates; ``report`` is the time of the speech act
    that reports this predicate's content, if it is already built.
    """

    article: Article
    paragraph: ParsedParagraph
    token: Token
    cand: Candidate
    modality: Modality
    timexes: Sequence[Timex]
    built: dict[int, Event]
    by_token: dict[int, Candidate]
    report: EventTime | None = None

    @property
    def ahead(self) -> bool:
        """Planned acts, and what CAMEO codes as an intent (03) or threat (13), lie ahead of the report."""
        return self.modality in {Modality.PLANNED, Modality.CONDITIONAL, Modality.HYPOTHETICAL} or self.cand.match.code.startswith(("03", "13"))

    @property
    def published(self) -> dt.date | None:
        """The article's publication date."""
        return self.article.published


@dataclass(frozen=True)
class Expression:
    """A DATE or TIME expression of the predicate's sentence, with its parse span and governing predicate."""

    timex: Timex
    span: DocSpan
    governing: Token


class Dating(StrEnum):
    """What an expression is to a predicate."""

    DATES = "dates"  # it dates the predicate
    ELSEWHERE = "elsewhere"  # it dates something else; a fallback may still take it
    EXCLUDED = "excluded"  # it dates nothing of the predicate, not even as a fallback


def governs(site: TimeSite, expression: Expression) -> Dating:
    """The general reading: an expression dates the predicate it hangs on or whose clause it is in."""
    root = expression.span.root
    if root.head == site.token or expression.governing == site.token:
        return Dating.DATES
    return Dating.ELSEWHERE


def attached_timex(site: TimeSite, switch: RuleSwitch) -> Timex | None:
    """The expression that dates the predicate: the first the rules or the general reading attach, else a fallback's."""
    unattached: list[Expression] = []
    for expression in _expressions(site):
        dating = _dating(site, expression, switch)
        if dating is Dating.DATES:
            return expression.timex
        if dating is Dating.ELSEWHERE:
            unattached.append(expression)
    # The nearest expression first.
    unattached.sort(key=lambda e: abs(e.span.root.i - site.token.i))
    for rule in FALLBACK_RULES:
        name = rule_name(rule)
        if switch.on(name):
            for expression in unattached:
                if rule(site, expression):
                    switch.fire(name)
                    return expression.timex
    return None


def _dating(site: TimeSite, expression: Expression, switch: RuleSwitch) -> Dating:
    """The first opinion of :data:`ATTACHMENT_RULES` on an expression, else the general reading."""
    for rule in ATTACHMENT_RULES:
        name = rule_name(rule)
        if not switch.on(name):
            continue
        dating: Dating | None = rule(site, expression)
        if dating is not None:
            if dating is not governs(site, expression):
                switch.fire(name)
            return dating
    return governs(site, expression)


def _expressions(site: TimeSite) -> Iterator[Expression]:
    """The DATE and TIME expressions of the predicate's sentence, in text order (and the durations the report anchors)."""
    doc = site.paragraph.doc
    start = site.paragraph.offset
    end = start + site.paragraph.length
    sentence = site.cand.sentence
    for timex in site.timexes:
        if timex.type is TimexType.DURATION:
            timex = anchored_duration(timex, site.article.text, site.published) or timex
        if timex.type not in {TimexType.DATE, TimexType.TIME} and timex.earliest is None:
            continue
        if not (start <= timex.span.start and timex.span.end <= end):
            continue
        if not (sentence.start <= timex.span.start < sentence.end):
            continue
        span = doc.char_span(timex.span.start - start, timex.span.end - start, alignment_mode="expand")
        if span is not None:
            yield Expression(timex, span, _governing_predicate(span.root))


# --- exceptions: expressions that date nothing of the predicate -------------


def time_misread_as_subject_dates_nothing(site: TimeSite, expression: Expression) -> Dating | None:
    """A year the parser took for a clause's subject ends the clause before ("sailors who had been held since 2011 were freed")."""
    if any(misread_time_subject(t.head) == t for t in expression.span):
        return Dating.EXCLUDED
    return None


#: Words a "from" phrase of a change hangs on ("*down* from 19% a week earlier").
_CHANGE_WORDS = WordClass("change_words")


def compared_figure_time_dates_nothing(site: TimeSite, expression: Expression) -> Dating | None:
    """A time in a comparison dates the figure compared ("prices rose 4%, up from 2% a year earlier")."""
    current = expression.span.root
    for _ in range(4):
        if current.head == current:
            return None
        current = current.head
        head = current.head
        if current.lower_ == "than" or (current.lower_ == "from" and head.lower_ in _CHANGE_WORDS):
            return Dating.EXCLUDED
        if current.lower_ in {"with", "to"} and head.lower_ in {"compared", "comparison"}:
            return Dating.EXCLUDED
    return None


def time_after_speech_verb_dates_the_speech(site: TimeSite, expression: Expression) -> Dating | None:
    """A time right after a speech verb dates the speech, whatever the parser hung it on ("Tarn said on Sunday Veloria had seized ...")."""
    doc = expression.span.doc
    i = expression.span.start - 1
    while i >= 0 and doc[i].pos_ == "ADP":
        i -= 1
    if i < 0 or doc[i].pos_ != "VERB":
        return None
    cand = site.by_token.get(doc[i].i)
    if cand is None or not cand.match.reporting:
        return None
    return Dating.DATES if doc[i].i == site.token.i else Dating.EXCLUDED


# --- exceptions: expressions that date the predicate though it does not govern them










#: Verbs of a schedule or expectation whose time is the framed act's ("is expected on Monday to sign").






#: Verbs of a speaking occasion ("Speaking on Monday, ...").
_OCCASION_VERBS = WordClass("occasion_verbs")


def occasion_dates_its_clause(site: TimeSite, expression: Expression) -> Dating | None:
    """The time of a speaking occasion dates the clause it opens ("Speaking last night, Ana Ruiz criticised Tarn")."""
    governing, token = expression.governing, site.token
    if governing.dep_ != "advcl" or governing.lemma_ not in _OCCASION_VERBS:
        return None
    head = governing.head
    in_clause = token == head or token.head == head or (token.dep_ in {"acl", "advcl", "xcomp"} and token.head.head == head)
    return Dating.DATES if in_clause else None


#: Dependencies of a predicate's noun-phrase arguments.
_ARGUMENT_DEPS = WordClass("argument_deps_timing")


def time_inside_argument_dates_argument(site: TimeSite, expression: Expression) -> Dating | None:
    """A time inside a noun phrase argument dates that noun, not the predicate ("Ana Ruiz's rival in the 2022 election criticised Tarn").

    "In an August 2018 report, experts reported" still dates the verb: the
    report is no argument; and a time phrase hung straight on the subject or
    object ("Tarn on Tuesday modified ...") is the parser misplacing an
    adverbial.
    """
    word, predicate = expression.span.root, expression.governing
    if word.head == site.token or predicate != site.token:
        return None
    trigger = set(site.cand.match.trigger_tokens)
    if word.dep_ in {"pobj", "npadvmod"} and word.head.dep_ in {"prep", *_ARGUMENT_DEPS}:
        hook = word.head.head if word.dep_ == "pobj" else word.head
        if hook.head == predicate and hook.dep_ in _ARGUMENT_DEPS:
            return None
    current = word
    for _ in range(12):
        if current.i in trigger:
            return None  # the phrase is the event's own wording ("held talks on May 2")
        if current.head == current or current.head == predicate:
            return Dating.ELSEWHERE if current.dep_ in _ARGUMENT_DEPS and current != word else None
        if current.dep_ in _ARGUMENT_DEPS and current.head.pos_ in {"NOUN", "PROPN"}:
            return Dating.ELSEWHERE
        current = current.head
    return None




def unclaimed_expression_dates_the_event(site: TimeSite, expression: Expression) -> bool:
    """An expression of the sentence that dates no other event dates this one, the nearest first ("Two years ago, the council, long divided, rejected the plan").

    The general fallback when no expression hangs on the predicate: an
    expression whose governing word is no event of the sentence is the
    event's, not the publication date.
    """
    governing = expression.governing
    # A statement is dated by its own expression only ("said on Monday"), never by its content's.
    # A time from which a state holds ("moving since Monday") dates that state only.
    # Nor is an act dated by what someone says around it ("condemned the attack, saying X wanted to win *before winter*"),
    # nor by a relative clause's own time ("the Houthis, who seized Sanaa in 2014, vowed to retaliate").
    return (
        not site.cand.match.reporting
        and governing.i not in site.by_token
        and governing != site.token
        and not _since(expression.span)
        and not _inside_other_content(governing, site.token)
    )


def _about_a_party(clause: Token) -> bool:
    """A "who" clause, which tells a party's own past ("the Houthis, *who seized Sanaa in 2014*, vowed ..."), not when a thing occurs ("the talks, which were held on Monday")."""
    return clause.dep_ == "relcl" and any(c.lower_ in {"who", "whom", "whose"} for c in clause.children)


def _inside_other_content(word: Token, act: Token) -> bool:
    """Whether ``word`` lies in a clausal complement of another verb (what someone else says or thinks),
    or in a relative clause about a party (:func:`_about_a_party`), that does not hold ``act``."""
    node = word
    for _ in range(len(word.doc)):
        if node.i == act.i:
            return False
        if (node.dep_ == "ccomp" or _about_a_party(node)) and node.head.i != act.i and not node.is_ancestor(act):
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


def present_perfect_takes_no_bygone_time(site: TimeSite, expression: Expression) -> Dating | None:
    """A present perfect act is not dated by a time wholly past that another word governs: "Norway has dropped an inquiry into a bribe paid *in 2010*".

    English does not join the present perfect with a bygone time ("*has
    dropped it in 2010"), so such an expression elsewhere in the sentence
    belongs to something else and is no fallback date for the act.
    """
    if governs(site, expression) is Dating.DATES or not present_perfect(site.token) or not _bygone(expression.timex, site.published):
        return None
    return Dating.EXCLUDED



def _bygone(timex: Timex, published: dt.date | None) -> bool:
    """A time wholly over before the report's week ("in 2010", "last March")."""
    return published is not None and timex.latest is not None and timex.latest < published - dt.timedelta(days=7)


def participle_shares_the_date_of_its_act(site: TimeSite, expression: Expression) -> bool:
    """A participle clause riding on a dated act happens with it ("signed a decree Thursday *banning* imports").

    The expression dates the act the participle hangs on (its clause head, or
    the head of the noun it modifies); with no expression of its own, the
    participle's act is the same occasion.
    """
    token = site.token
    if site.cand.match.reporting or token.tag_ not in {"VBG", "VBN"} or token.dep_ not in {"advcl", "acl"}:
        return False
    governing = expression.governing
    head = token.head
    if token.dep_ == "acl" and head.dep_ in {"dobj", "nsubjpass", "attr"}:
        head = head.head  # "a decree banning imports": the decree's verb
    return governing == head and governing.i in site.by_token and not _since(expression.span)


def when_clause_shares_its_date(site: TimeSite, expression: Expression) -> bool:
    """A clause and the "when" clause hanging on it are one occasion ("a soldier was killed when a grenade was thrown this morning").

    With no expression of its own, the main act takes the date of its "when"
    clause's act (and the "when" clause that of its main act).
    """
    if site.cand.match.reporting or _since(expression.span):
        return False
    governing, token = expression.governing, site.token
    if governing.i not in site.by_token:
        return False
    return (_when_clause(governing) and token in _coordinated(governing.head)) or (_when_clause(token) and governing in _coordinated(token.head))


def _coordinated(token: Token) -> set[Token]:
    """A clause and the clauses coordinated with it ("was killed and four were wounded")."""
    first = token
    while first.dep_ == "conj":
        first = first.head
    found, todo = {first}, [first]
    while todo:
        for child in todo.pop().children:
            if child.dep_ == "conj" and child not in found:
                found.add(child)
                todo.append(child)
    return found


def _when_clause(token: Token) -> bool:
    return token.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ == "when" for c in token.children)


#: Exceptions to the general reading, in order; the first opinion wins.
ATTACHMENT_RULES: tuple[Rule, ...] = (
    time_misread_as_subject_dates_nothing,
    compared_figure_time_dates_nothing,
    time_after_speech_verb_dates_the_speech,
    occasion_dates_its_clause,
    time_inside_argument_dates_argument,
    present_perfect_takes_no_bygone_time,
)

#: When no expression dates the predicate: the first expression a fallback accepts.
FALLBACK_RULES: tuple[Rule, ...] = (unclaimed_expression_dates_the_event, participle_shares_the_date_of_its_act, when_clause_shares_its_date)


def anchored_duration(timex: Timex, text: str, published: dt.date | None) -> Timex | None:
    """A duration the report anchors: "in the past three years" runs back from publication, "in the coming two weeks" forward.

    The interval is the duration's length before (or after) the publication
    day, both ends included; a duration with no direction word, or of no fixed length
    ("the coming days"), is none.
    """
    if published is None or timex.value is None:
        return None
    match = re.fullmatch(r"P(\d+)([YMWD])", timex.value)
    words = set(re.findall(r"[a-z]+", text[max(0, timex.span.start - 12) : timex.span.end].lower()))
    back, ahead = bool(words & {"past", "last", "previous", "recent"}), bool(words & {"coming", "next", "following"})
    if match is None or back == ahead:
        return None
    amount, unit = int(match.group(1)), match.group(2)
    if unit == "Y":
        moved = _shift_months(published, 12 * amount * (-1 if back else 1))
    elif unit == "M":
        moved = _shift_months(published, amount * (-1 if back else 1))
    else:
        moved = published + dt.timedelta(days=(7 if unit == "W" else 1) * amount * (-1 if back else 1))
    # "in the past three years" in a story of 2015-06-17: 2012-06-17 to 2015-06-17 (the annotation rules' reading).
    earliest, latest = (moved, published) if back else (published, moved)
    return replace(timex, earliest=earliest, latest=latest)


def _shift_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last))


def _since(span: DocSpan) -> bool:
    """A time from which a state holds ("living there *since 1990*") dates the state only."""
    doc = span.doc
    return span.start > 0 and doc[span.start - 1].lower_ in {"since", "for"} or span[0].lower_ == "since"


def _governing_predicate(token: Token) -> Token:
    current = token
    for _ in range(10):
        head = current.head
        if head == current:
            return current
        if head.pos_ in {"VERB", "AUX"}:
            return head
        current = head
    return current
