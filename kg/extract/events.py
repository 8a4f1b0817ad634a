"""Find events: CAMEO-coded predicates with source, target, time, modality and attribution.

Every verb (and light-verb construction) of a sentence is offered to the CAMEO
coder; a predicate the lexicon does not know yields no event (never a default
"010"). Arguments come from the dependency parse: the subject (or the "by"
agent of a passive, or the subject inherited through xcomp/conj/relative
clauses), the object (or a passive subject, or the actor inside an event noun
such as "the US move"), and prepositional targets. Modality follows the
clause's embedding: reporting verbs and "according to" make the content
*reported*; "allegations that", "accused of", "allegedly" make it *alleged*;
"deny" makes it *denied*; "will", "plans to" make it *planned*; "if" makes it
*conditional*; a negation makes it *negated*.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract.actors import ActorFindings
from kg.extract.cameo import CameoLexicon, CameoMatch, code_predicate, code_span
from kg.model import (
    Article,
    DatePrecision,
    Event,
    EventTime,
    Modality,
    Span,
    TimeAnchor,
    Timex,
    TimexType,
)
from kg.nlp import ParsedParagraph

if TYPE_CHECKING:
    from spacy.tokens import Token

_PLAN_HEADS = {"plan", "intend", "expect", "vow", "pledge", "promise", "aim", "seek", "want", "hope", "decide", "schedule", "prepare", "propose", "threaten", "consider", "offer", "agree", "due", "set", "going", "ready", "willing", "likely", "poise"}
_FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "may", "might", "could"}
_ALLEGATION_NOUNS = {"allegation", "accusation", "claim", "charge", "suspicion", "rumor", "rumour", "assertion"}
_ALLEGATION_VERBS = {"accuse", "allege", "charge", "claim", "suspect", "blame"}
_DENY_LEMMAS = {"deny", "refute", "dismiss", "reject", "rebut", "disavow"}
_CLAIM_OBJECTS = {"existence", "allegation", "accusation", "claim", "report", "charge", "assertion", "story", "account"}
_FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}
_THIRD_PERSON = {"he", "she", "it", "they"}
_TARGET_PREPS = {"against", "on", "with", "to", "toward", "towards", "at", "over", "from", "upon", "into", "for"}
_ARG_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "agent", "dative", "oprd", "npadvmod", "poss", "compound"}


@dataclass
class _Candidate:
    token: Token
    match: CameoMatch
    para: int
    sentence: Span


def find_events(
    article: Article,
    parsed: Sequence[ParsedParagraph],
    actors: ActorFindings,
    timexes: Sequence[Timex],
    lexicon: CameoLexicon,
) -> list[Event]:
    """Find the events of an article.

    Args:
        article: the article; ``published`` bounds undated events.
        parsed: its paragraphs parsed by spaCy.
        actors: resolved actors with their token map.
        timexes: normalised time expressions of the article.
        lexicon: the CAMEO lexicon.
    """
    events: list[Event] = []
    previous: list[Event] = []
    for p_index, paragraph in enumerate(parsed):
        for sent in paragraph.doc.sents:
            sentence = Span(paragraph.offset + sent.start_char, paragraph.offset + sent.end_char)
            candidates = _candidates(sent, p_index, sentence, lexicon)
            current = _build_events(article, paragraph, p_index, candidates, actors, timexes, events)
            current = _inherit_elaboration_time(current, previous, article)
            events.extend(current)
            previous = current
    return events


def _inherit_elaboration_time(current: list[Event], previous: Sequence[Event], article: Article) -> list[Event]:
    """A statement that elaborates the dated event of the sentence before takes its start.

    News often dates an act once and then quotes the actor on it in the next
    sentence ("In late September, X protested ... 'We protest ...', a spokesman
    said"). The quote is then no earlier than that act and no later than
    publication: an interval anchored in the discourse, never a made-up day.
    """
    dated = [e for e in previous if e.time.anchor is TimeAnchor.EXPLICIT and e.time.earliest is not None and e.source]
    if not dated or article.published is None:
        return current
    out = []
    for event in current:
        if event.cameo.startswith("01") and event.time.anchor is TimeAnchor.PUBLICATION and event.modality is Modality.ASSERTED:
            content_sources = {e.source for e in current if e.reported_by == event.id and e.source}
            for anchor in dated:
                if anchor.source == event.source or anchor.source in content_sources:
                    time = EventTime(anchor.time.earliest, article.published, DatePrecision.UNKNOWN, TimeAnchor.DISCOURSE, anchor.time.text, None, "AFTER")
                    event = _with(event, time=time)
                    break
        out.append(event)
    return out


def _candidates(sent: object, p_index: int, sentence: Span, lexicon: CameoLexicon) -> list[_Candidate]:
    found: list[_Candidate] = []
    matches = code_span(sent, lexicon)  # type: ignore[arg-type]
    doc = sent.doc  # type: ignore[attr-defined]
    dropped = [m for m in matches if doc[m.head].pos_ == "NOUN" and not _nominal_has_actor(doc[m.head])]
    matches = [m for m in matches if m not in dropped]
    dropped_nouns = {i for m in dropped for i in m.trigger_tokens}
    covered = {i for m in matches for i in m.trigger_tokens}
    # Clauses that hang off an event noun we do not keep ("allegations that
    # Beijing has cracked down") are events of their own.
    for token in sent:  # type: ignore[attr-defined]
        if token.i in covered or token.pos_ != "VERB":
            continue
        under_noun = token.dep_ in {"acl", "relcl"} and token.head.pos_ == "NOUN" and token.head.i not in covered
        if under_noun or (token.dep_ == "ccomp" and token.head.i in dropped_nouns):
            extra = code_predicate(token, lexicon)
            if extra is not None and not (set(extra.trigger_tokens) & covered):
                matches.append(extra)
                covered.update(extra.trigger_tokens)
    matches.sort(key=lambda m: m.trigger_tokens[0])
    for match in matches:
        token = doc[match.head]
        # A participial speech verb elaborates its main clause ("..., saying
        # that", "stressing that"): the content belongs to the main event.
        if match.reporting and token.dep_ in {"advcl", "xcomp", "conj"} and token.tag_ == "VBG":
            continue
        # A first-person speech verb inside a quote ("I would like to point
        # out that ...") is the quoted speaker's framing, not a new event.
        if match.reporting and _first_person_subject(token) and _inside_clause(token):
            continue
        if token.pos_ == "NOUN" and not _nominal_has_actor(token):
            continue
        found.append(_Candidate(token, match, p_index, sentence))
    return found


def _first_person_subject(token: Token) -> bool:
    for node in (token, token.head):
        if any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in node.children):
            return True
    return False


def _inside_clause(token: Token) -> bool:
    current = token
    for _ in range(4):
        if current.dep_ in {"ccomp", "parataxis"}:
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _nominal_has_actor(token: Token) -> bool:
    # An event noun is an event of its own only when the text gives its
    # participants ("Iran's attack on the tanker", "talks with Iraq").
    has_source = any(c.dep_ in {"poss", "compound", "amod"} and c.pos_ in {"PROPN", "ADJ", "NOUN"} for c in token.lefts) or any(
        c.dep_ == "prep" and c.lower_ == "by" for c in token.rights
    )
    has_target = any(c.dep_ == "prep" and c.lower_ in _TARGET_PREPS for c in token.rights)
    return has_source and has_target and token.dep_ not in {"pobj"} or (has_source and token.dep_ in {"nsubj", "nsubjpass"})


def _build_events(
    article: Article,
    paragraph: ParsedParagraph,
    p_index: int,
    candidates: list[_Candidate],
    actors: ActorFindings,
    timexes: Sequence[Timex],
    earlier: Sequence[Event],
) -> list[Event]:
    by_token = {c.token.i: c for c in candidates}
    ids = {c.token.i: _event_id(article, paragraph, c) for c in candidates}
    built: dict[int, Event] = {}
    # Reporting verbs first, so their content can point back to them.
    order = sorted(candidates, key=lambda c: (_depth(c.token), c.token.i))
    for cand in order:
        token = cand.token
        source = _source_of(token, p_index, actors, by_token)
        target = _target_of(token, cand.match, p_index, actors)
        if target == source:
            target = None
        modality, attributed_to, reporter = _modality_of(token, cand.match, p_index, actors, by_token)
        reported_by = ids.get(reporter.token.i) if reporter is not None else None
        if reporter is not None and source is None and token.lower_ in _FIRST_PERSON:
            source = built[reporter.token.i].source if reporter.token.i in built else None
        denies = None
        if token.lemma_.lower() in _DENY_LEMMAS:
            denies = _denied_claim(token, earlier, list(built.values()), source)
        time = _time_of(article, paragraph, token, cand, modality, timexes, built, by_token)
        if reporter is not None and time.anchor is TimeAnchor.PUBLICATION and reporter.token.i in built:
            # Reported content happened no later than the report of it.
            said = built[reporter.token.i].time
            if said.latest is not None and said.anchor is TimeAnchor.EXPLICIT and modality not in {Modality.PLANNED, Modality.CONDITIONAL}:
                time = EventTime(None, said.latest, DatePrecision.UNKNOWN, TimeAnchor.DISCOURSE, said.text, None, "BEFORE")
        trigger = _trigger_span(paragraph, cand)
        event = Event(
            id=ids[token.i],
            trigger=trigger,
            cameo=cand.match.code,
            sentence=cand.sentence,
            time=time,
            modality=modality,
            type=cand.match.concept.plover,
            source=source,
            target=target,
            attributed_to=attributed_to,
            reported_by=reported_by,
            denies=denies,
            confidence=_confidence(source, target, cand.match),
        )
        built[token.i] = event
    # A reporting verb whose content names a target takes it ("X said ... over US discussions").
    result: list[Event] = []
    for cand in candidates:
        event = built[cand.token.i]
        if cand.match.reporting and event.target is None:
            inner = [e for e in built.values() if e.reported_by == event.id and e.target and e.target != event.source]
            if inner:
                event = _with(event, target=inner[0].target)
        if event.source is None and event.target is None and cand.match.reporting:
            continue  # a bare "it said" with nobody to attach it to carries nothing
        if cand.match.reporting and _is_trailing_attribution(cand, built, event.id):
            continue
        result.extend(_expand_conjoined(event, cand, p_index, actors))
    # Content whose trailing attribution was dropped keeps ``attributed_to``
    # only: ``reported_by`` must name an event that exists.
    kept = {e.id for e in result}
    result = [e if e.reported_by is None or e.reported_by in kept else _with(e, reported_by=None) for e in result]
    # The content a denial rejects in the same sentence ("denied that ...").
    return _mark_denied_content(result)


def _is_trailing_attribution(cand: _Candidate, built: dict[int, Event], event_id: str) -> bool:
    """A speech verb after the coded event it reports ("..., officials said").

    Newswire ends a sentence with its source; the event is the content, and
    the attribution is kept on it (``attributed_to``, ``reported_by``), not
    as an event of its own. A speech act that leads its sentence ("Iraq said
    its forces had crushed ...") or whose content is itself only a statement
    is news in its own right and stays.
    """
    content = [(i, e) for i, e in built.items() if e.reported_by == event_id]
    # A direct quote is a statement of its own ("“We protest ...”, Geng said").
    sent = cand.token.sent
    if any(t.text in _QUOTE_MARKS for t in sent if t.i < cand.token.i):
        return False
    return any(i < cand.token.i and not e.cameo.startswith("01") for i, e in content)


_QUOTE_MARKS = {'"', "“", "”", "``", "''", "«", "»"}


def _expand_conjoined(event: Event, cand: _Candidate, p_index: int, actors: ActorFindings) -> list[Event]:
    """One event per conjoined actor, as CAMEO codes compound actors.

    "Bosnia and Slovenia agreed to a ceasefire" is reciprocal: each side
    agrees with the other. "X and Y attacked Z" gives X->Z and Y->Z; "X met
    Y and Z" gives X->Y and X->Z. Speech acts are not expanded: their content
    carries the dyads.
    """
    if cand.match.reporting or event.source is None:
        return [event]
    sources = _conjoined_with(event.source, _subject_np(cand.token), p_index, actors)
    targets = _conjoined_with(event.target, _object_np(cand.token, event.target, p_index, actors), p_index, actors) if event.target else []
    pairs: list[tuple[str, str | None]]
    if len(sources) > 1 and not targets:
        pairs = [(a, b) for a in sources for b in sources if a != b]
    else:
        objects: list[str | None] = list(targets) or [None]
        pairs = [(a, b) for a in sources for b in objects if a != b]
    if len(pairs) <= 1:
        return [event]
    out = [_with(event, source=pairs[0][0], target=pairs[0][1])]
    for n, (a, b) in enumerate(pairs[1:], start=2):
        out.append(_with(event, id=f"{event.id}-{n}", source=a, target=b))
    return out


def _subject_np(token: Token) -> Token | None:
    current = token
    for _ in range(4):
        for child in current.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                return child
        if current.dep_ not in {"xcomp", "conj"} or current.head == current:
            return None
        current = current.head
    return None


def _object_np(token: Token, target: str | None, p_index: int, actors: ActorFindings) -> Token | None:
    for node in token.subtree:
        if actors.actor_at(p_index, node.i) == target and node.dep_ in {"dobj", "pobj", "nsubjpass", "dative", "attr", "conj", "appos"}:
            return node
    return None


def _conjoined_with(first: str | None, np: Token | None, p_index: int, actors: ActorFindings) -> list[str]:
    """The actor of a noun phrase plus those of its conjuncts, in text order."""
    found = [first] if first else []
    if np is None:
        return found
    heads = {(para, i): key for para, i, key in actors.heads}
    nodes = [c for c in np.children if c.dep_ == "conj"]
    # Conjoined modifiers: "Hungarian and Romanian officials".
    nodes += [g for c in np.children if c.dep_ in {"amod", "compound"} for g in c.children if g.dep_ == "conj"]
    more = [c for n in nodes for c in n.children if c.dep_ == "conj"]
    for node in nodes + more:
        actor = heads.get((p_index, node.i)) or actors.actor_at(p_index, node.i) or actor_of_np(node, p_index, actors)
        if actor and actor not in found:
            found.append(actor)
    return found


def _with(event: Event, **changes: object) -> Event:
    from dataclasses import replace

    return replace(event, **changes)  # type: ignore[arg-type]


def _mark_denied_content(events: list[Event]) -> list[Event]:
    out = []
    deny_ids = {e.id for e in events if e.denies is not None or e.type == "DENY"}
    for e in events:
        if e.reported_by in deny_ids:
            e = _with(e, modality=Modality.DENIED)
        out.append(e)
    return out


def _depth(token: Token) -> int:
    depth = 0
    while token.head != token:
        token = token.head
        depth += 1
    return depth


def _event_id(article: Article, paragraph: ParsedParagraph, cand: _Candidate) -> str:
    first = min(cand.match.trigger_tokens)
    return f"e{paragraph.offset + paragraph.doc[first].idx}"


def _trigger_span(paragraph: ParsedParagraph, cand: _Candidate) -> Span:
    doc = paragraph.doc
    first = doc[min(cand.match.trigger_tokens)]
    last = doc[max(cand.match.trigger_tokens)]
    return Span(paragraph.offset + first.idx, paragraph.offset + last.idx + len(last.text))


def _confidence(source: str | None, target: str | None, match: CameoMatch) -> float:
    score = 0.5 + (0.25 if source else 0.0) + (0.15 if target else 0.0)
    return round(min(score, 0.95), 2)


# --- arguments -----------------------------------------------------------------


def actor_of_np(token: Token, p_index: int, actors: ActorFindings, *, depth: int = 0) -> str | None:
    """The actor a noun phrase headed by ``token`` denotes, looking into its structure."""
    if depth > 4:
        return None
    found = actors.actor_at(p_index, token.i)
    if found is not None:
        return found
    # Appositions and descriptors: "the Chinese firm Megvii Technology".
    for child in token.children:
        if child.dep_ == "appos":
            found = actors.actor_at(p_index, child.i) or actor_of_np(child, p_index, actors, depth=depth + 1)
            if found:
                return found
    # Copular identification: "A second company ... was the Chinese firm X".
    if token.dep_ in {"nsubj"} and token.head.lemma_ == "be":
        for child in token.head.children:
            if child.dep_ == "attr":
                found = actor_of_np(child, p_index, actors, depth=depth + 1)
                if found:
                    return found
    # Coordination: the first conjunct that is an actor.
    for child in token.children:
        if child.dep_ == "conj":
            found = actors.actor_at(p_index, child.i)
            if found:
                return found
    return None


def _actor_in_modifiers(token: Token, p_index: int, actors: ActorFindings) -> str | None:
    """The actor inside an event noun ("the US move", "Iran's decision", "the decision by X")."""
    for child in token.children:
        if child.dep_ in {"poss", "compound", "amod", "nmod"}:
            found = actors.actor_at(p_index, child.i)
            if found:
                return found
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"by", "of", "from"}:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found = actor_of_np(pobj, p_index, actors)
                    if found:
                        return found
    return None


def _source_of(token: Token, p_index: int, actors: ActorFindings, by_token: dict[int, _Candidate], depth: int = 0) -> str | None:
    if depth > 6:
        return None
    for child in token.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                found = actor_of_np(pobj, p_index, actors)
                if found:
                    return found
    for child in token.children:
        if child.dep_ in {"nsubj", "csubj", "expl"}:
            found = actor_of_np(child, p_index, actors) or _actor_in_modifiers(child, p_index, actors)
            if found:
                return found
            # An unresolved pronoun subject of reported content is mostly the
            # speaker ("the rebels said they will release ...").
            if child.dep_ == "nsubj" and child.lower_ in _FIRST_PERSON | _THIRD_PERSON:
                speaker = _speaker_of_quote(token, p_index, actors, by_token)
                if speaker:
                    return speaker
            if child.dep_ == "nsubj":
                return None
    has_own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)
    if token.dep_ in {"xcomp", "conj", "advcl"} and not has_own_subject and token.head != token:
        if token.dep_ == "advcl" and token.tag_ not in {"VBG", "VBN"}:
            return None
        return _source_of(token.head, p_index, actors, by_token, depth + 1)
    if token.dep_ in {"relcl", "acl"} and token.head.pos_ in {"NOUN", "PROPN"} and token.tag_ in {"VB", "VBG", "VBD", "VBZ", "VBP"}:
        if not any(c.dep_ == "mark" for c in token.children):
            return actor_of_np(token.head, p_index, actors)
    if token.dep_ == "pcomp":
        return None
    return None


def _speaker_of_quote(token: Token, p_index: int, actors: ActorFindings, by_token: dict[int, _Candidate]) -> str | None:
    current = token
    for _ in range(6):
        if current.head == current:
            return None
        if current.dep_ in {"ccomp", "parataxis"}:
            head = current.head
            cand = by_token.get(head.i)
            if cand is not None and cand.match.reporting:
                return _source_of(head, p_index, actors, by_token, depth=5)
        current = current.head
    return None


def _target_of(token: Token, match: CameoMatch, p_index: int, actors: ActorFindings) -> str | None:
    is_passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in token.children)
    if is_passive:
        for child in token.children:
            if child.dep_ == "nsubjpass":
                found = actor_of_np(child, p_index, actors) or _actor_in_modifiers(child, p_index, actors)
                if found:
                    return found
    trigger = set(match.trigger_tokens)
    objects = [c for c in token.children if c.dep_ in {"dobj", "dative", "attr", "oprd"}]
    for obj in objects:
        if obj.i in trigger:
            continue
        found = actor_of_np(obj, p_index, actors) or _actor_in_modifiers(obj, p_index, actors)
        if found:
            return found
    # Prepositional targets, also those of the noun in a light-verb trigger
    # ("imposed sanctions on X", "held talks with X").
    heads = [token] + [token.doc[i] for i in trigger if i != token.i]
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in _TARGET_PREPS:
                for pobj in child.children:
                    if pobj.dep_ != "pobj":
                        continue
                    found = actor_of_np(pobj, p_index, actors) or _actor_in_modifiers(pobj, p_index, actors)
                    if found:
                        return found
    # Objects that are themselves trigger nouns may hold the actor ("opposed the US move").
    for obj in objects:
        found = _actor_in_modifiers(obj, p_index, actors)
        if found:
            return found
    if match.reporting:
        return None
    return _nearest_actor_below(token, p_index, actors)


# Dependents whose actors are not the predicate's target: its subject, a
# subordinate clause ("if it is attacked"), a speech act's framing.
_NOT_TARGET_DEPS = {"nsubj", "nsubjpass", "csubj", "expl", "mark", "punct", "parataxis", "npadvmod", "aux", "auxpass", "neg", "cc"}


def _nearest_actor_below(token: Token, p_index: int, actors: ActorFindings) -> str | None:
    """The closest actor in the predicate's own phrase, breadth first.

    As in CAMEO verb-phrase coding, the target is the first actor the verb
    phrase mentions even when the parse puts it deep ("offered to hand over
    *to Britain*", "host a meeting between *X* and Y").
    """
    frontier = [c for c in token.children if c.dep_ not in _NOT_TARGET_DEPS and not _is_subordinate(c)]
    for _ in range(6):
        nxt: list[Token] = []
        for node in sorted(frontier, key=lambda t: t.i):
            found = actors.actor_at(p_index, node.i)
            if found:
                return found
            # The subject of a complement clause is the one addressed
            # ("demanded that the US cancel ...").
            allowed = _NOT_TARGET_DEPS - {"nsubj", "mark"} if node.dep_ in {"ccomp", "xcomp"} else _NOT_TARGET_DEPS
            nxt.extend(c for c in node.children if c.dep_ not in allowed and not _is_subordinate(c))
        frontier = nxt
        if not frontier:
            break
    return None


def _is_subordinate(token: Token) -> bool:
    # "if it is attacked", "because X", "when Y": another proposition.
    return token.dep_ in {"advcl", "relcl", "acl"} and any(c.dep_ == "mark" for c in token.children) or token.dep_ == "relcl"


# --- modality ------------------------------------------------------------------


def _modality_of(
    token: Token, match: CameoMatch, p_index: int, actors: ActorFindings, by_token: dict[int, _Candidate]
) -> tuple[Modality, str | None, _Candidate | None]:
    """Modality, who it is attributed to, and the reporting predicate that carries it."""
    attributed: str | None = None
    reporter: _Candidate | None = None
    modality = Modality.ASSERTED

    if match.negated or any(c.dep_ == "neg" for c in token.children):
        return Modality.NEGATED, None, _reporting_parent(token, by_token)
    if _is_conditional(token):
        modality = Modality.CONDITIONAL
    elif _is_planned(token):
        modality = Modality.PLANNED

    according = _according_to(token, p_index, actors)
    if according is not None:
        attributed = according[0]
        if modality is Modality.ASSERTED:
            modality = Modality.REPORTED

    # Embedding under allegation nouns and reporting verbs.
    current = token
    for _ in range(8):
        head = current.head
        if head == current:
            break
        if current.dep_ in {"acl", "ccomp"} and head.lemma_.lower() in _ALLEGATION_NOUNS:
            if modality in {Modality.ASSERTED, Modality.REPORTED}:
                modality = Modality.ALLEGED
            rep = _reporting_parent(head, by_token)
            if rep is not None and attributed is None:
                reporter = rep
                attributed = None
            break
        if head.lemma_.lower() in _ALLEGATION_VERBS and current.dep_ in {"pcomp", "ccomp", "xcomp", "prep"}:
            if modality in {Modality.ASSERTED, Modality.REPORTED}:
                modality = Modality.ALLEGED
            break
        cand = by_token.get(head.i)
        if cand is not None and cand.match.reporting and current.dep_ in {"ccomp", "parataxis", "xcomp", "advcl"}:
            reporter = cand
            if modality is Modality.ASSERTED:
                modality = Modality.REPORTED
            break
        if head.lemma_.lower() in _DENY_LEMMAS and current.dep_ == "ccomp":
            modality = Modality.DENIED
            reporter = by_token.get(head.i)
            break
        if current.dep_ not in {"conj", "xcomp", "advcl", "relcl", "acl", "prep", "pobj", "pcomp", "ccomp"}:
            break
        current = head

    if reporter is not None and attributed is None:
        attributed = _source_of(reporter.token, p_index, actors, by_token)
    if any(c.lower_ in {"allegedly", "reportedly", "purportedly", "supposedly"} for c in token.children):
        modality = Modality.ALLEGED if any(c.lower_ in {"allegedly", "purportedly", "supposedly"} for c in token.children) else Modality.REPORTED
    return modality, attributed, reporter


def _reporting_parent(token: Token, by_token: dict[int, _Candidate]) -> _Candidate | None:
    current = token
    for _ in range(8):
        if current.head == current:
            return None
        cand = by_token.get(current.head.i)
        if cand is not None and cand.match.reporting:
            return cand
        current = current.head
    return None


def _is_planned(token: Token) -> bool:
    for child in token.children:
        if child.dep_ in {"aux", "auxpass"} and child.lower_ in {"will", "shall", "'ll", "wo"}:
            return True
        if child.dep_ == "aux" and child.lower_ == "to" and token.dep_ == "xcomp" and token.head.lemma_.lower() in _PLAN_HEADS:
            return True
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in _PLAN_HEADS:
        return True
    if token.dep_ == "xcomp" and token.head.lemma_ == "be" and any(c.lower_ in {"due", "set", "scheduled", "expected"} for c in token.head.children):
        return True
    return False


def _is_conditional(token: Token) -> bool:
    if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in token.children):
        return True
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)
        for c in token.children
    )


def _according_to(token: Token, p_index: int, actors: ActorFindings) -> tuple[str | None] | None:
    """"According to X" on the predicate (or its clause head): the source it cites."""
    for node in (token, token.head):
        for child in node.children:
            if child.lower_ == "according" or (child.dep_ == "prep" and child.lower_ == "per"):
                for sub in child.subtree:
                    found = actors.actor_at(p_index, sub.i)
                    if found:
                        return (found,)
                return (None,)
    return None


_CLAIM_TRIGGERS = {"report", "claim", "allege", "accuse", "say", "state", "charge", "assert"}


def _denied_claim(token: Token, earlier: Sequence[Event], same_sentence: Sequence[Event], source: str | None) -> str | None:
    """The claim a denial rejects: the latest earlier claim by someone else.

    A claim is an event the text presents as reported or alleged, or a report
    whose content was not coded as an event of its own.
    """
    objects = [c for c in token.children if c.dep_ in {"dobj", "ccomp"}]
    if any(o.dep_ == "ccomp" for o in objects):
        return None  # the content is in this sentence; marked denied afterwards
    if objects and not any(o.lemma_.lower() in _CLAIM_OBJECTS or o.dep_ == "dobj" for o in objects):
        return None
    reported_ids = {e.reported_by for e in earlier if e.reported_by}
    for event in reversed([*earlier, *same_sentence]):
        if event.source == source and source is not None:
            continue
        if event.modality in {Modality.REPORTED, Modality.ALLEGED} and event.attributed_to != source:
            return event.id
        if event.cameo.startswith("01") and event.id not in reported_ids and event.type in {"STATEMENT", "REPORT"}:
            return event.id
    return None


# --- time ------------------------------------------------------------------------


def _time_of(
    article: Article,
    paragraph: ParsedParagraph,
    token: Token,
    cand: _Candidate,
    modality: Modality,
    timexes: Sequence[Timex],
    built: dict[int, Event],
    by_token: dict[int, _Candidate],
) -> EventTime:
    own = _own_timex(paragraph, token, cand, timexes)
    if own is not None and (own.earliest is not None or own.latest is not None):
        return EventTime(own.earliest, own.latest, own.precision, TimeAnchor.EXPLICIT, own.span.text(article.text), own.value, own.mod)
    # Coordinated predicates share their head's time ("met and signed").
    if token.dep_ == "conj" and token.head.i in built:
        head_time = built[token.head.i].time
        if head_time.anchor is TimeAnchor.EXPLICIT:
            return EventTime(head_time.earliest, head_time.latest, head_time.precision, TimeAnchor.DISCOURSE, head_time.text, head_time.value, head_time.mod)
    published = article.published
    if published is None:
        return EventTime(None, None, DatePrecision.UNKNOWN, TimeAnchor.NONE)
    if modality in {Modality.PLANNED, Modality.CONDITIONAL}:
        return EventTime(published, None, DatePrecision.UNKNOWN, TimeAnchor.PUBLICATION)
    return EventTime(None, published, DatePrecision.UNKNOWN, TimeAnchor.PUBLICATION)


def _own_timex(paragraph: ParsedParagraph, token: Token, cand: _Candidate, timexes: Sequence[Timex]) -> Timex | None:
    """The DATE/TIME expression whose governing predicate is this event's."""
    doc = paragraph.doc
    start = paragraph.offset
    end = start + len(doc.text)
    for timex in timexes:
        if timex.type not in {TimexType.DATE, TimexType.TIME}:
            continue
        if not (start <= timex.span.start and timex.span.end <= end):
            continue
        if not (cand.sentence.start <= timex.span.start < cand.sentence.end):
            continue
        span = doc.char_span(timex.span.start - start, timex.span.end - start, alignment_mode="expand")
        if span is None:
            continue
        if _governing_predicate(span.root) == token or span.root.head == token:
            return timex
    return None


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


__all__ = ["actor_of_np", "find_events"]
