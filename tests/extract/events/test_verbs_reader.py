"""Reading the PETRARCH2 verb dictionary format: synsets, verbs, codes, patterns, the shipped file."""

from __future__ import annotations

import pytest

from kg.extract.events.verbs_reader import load_verb_dictionary, read_verb_dictionary

# An invented dictionary in the PETRARCH2 format, one feature per line.
TEXT = """\
# comment line
&GADGET
+WIDGET
+GIZMO_
+FLUX_CAPACITOR

&MOODS_
+CALM

####### VERB PATTERNS #######

---  FROB   [042:043]  ---
FROB
TWIDDLE {TWIDDLES TWIDDLED TWIDDLING} [---]
+ZAP_OFF {+ZAPS_OFF +ZAPPED_OFF}
WIRE_+TAP
SNORK [:173]  # own inverse code
- * &GADGET                                 [061]   # FROB
- * {SHINY &GADGET} (TO +)                  [062]   # TWIDDLE
- $ &MOODS_ * (WITH/AGAINST)                [080!]  # FROB
- * &UNDEFINED                              [010]
- * (BROKEN                                 [010]
- *                                         [---]

---  GLORP   [---]  ---
GLORP
~ a (a b FROB) GLORP = a b 015
"""


@pytest.fixture(scope="module")
def parsed():  # type: ignore[no-untyped-def]
    return read_verb_dictionary(TEXT)


def test_verbs_reader_blocks_and_codes(parsed) -> None:  # type: ignore[no-untyped-def]
    frob, glorp = parsed.blocks
    assert (frob.name, frob.code, frob.inverse_code) == ("FROB", "042", "043")
    assert (glorp.name, glorp.code, glorp.inverse_code) == ("GLORP", None, None)
    assert parsed.transformations == 1


def test_verbs_reader_regular_and_irregular_forms(parsed) -> None:  # type: ignore[no-untyped-def]
    (frob,) = parsed.entries("frobbed") or parsed.entries("frobed")
    assert {"FROB", "FROBS", "FROBED", "FROBING"} <= frob.forms  # generated as PETRARCH2 does
    (twiddle,) = parsed.entries("TWIDDLED")
    assert twiddle.forms == {"TWIDDLE", "TWIDDLES", "TWIDDLED", "TWIDDLING"}
    assert twiddle.null and twiddle.code is None
    (snork,) = parsed.entries("SNORK")
    assert (snork.code, snork.inverse_code, snork.null) == (None, "173", False)


def test_verbs_reader_multi_word_verbs(parsed) -> None:  # type: ignore[no-untyped-def]
    (zap,) = parsed.entries("ZAPPED")
    assert (zap.word, zap.front, zap.back) == ("ZAP", (), ("OFF",))
    (tap,) = parsed.entries("TAP")
    assert (tap.word, tap.front, tap.back) == ("TAP", ("WIRE",), ())


def test_verbs_reader_synsets_generate_plurals_unless_underscore(parsed) -> None:  # type: ignore[no-untyped-def]
    gadget = parsed.synsets["&GADGET"]
    widget, gizmo, capacitor = gadget.options
    assert {"WIDGET", "WIDGETS"} <= widget.head
    assert gizmo.head == {"GIZMO"}  # "GIZMO_": no plural
    assert capacitor.sequence[0] == {"FLUX"} and {"CAPACITOR", "CAPACITORS"} <= capacitor.sequence[1]
    (calm,) = parsed.synsets["&MOODS_"].options
    assert calm.head == {"CALM"}  # label ending in "_": no plurals at all


def test_verbs_reader_patterns(parsed) -> None:  # type: ignore[no-untyped-def]
    synset, phrase, subject, bare = parsed.blocks[0].patterns
    assert synset.post_nouns[0].text == "&GADGET" and synset.code == "061"
    assert synset.written_for == {"FROB"}
    (noun,) = phrase.post_nouns
    assert [o.modifiers[0].text for o in noun.options] == ["SHINY"] * 3  # {SHINY &GADGET}: one option per member
    (prep,) = phrase.post_preps
    assert prep.preps == {"TO"} and prep.nouns == ()  # the actor marker "+" constrains nothing
    assert phrase.specificity == 3
    assert [t.text for t in subject.pre_nouns] == ["&MOODS_"]
    assert subject.post_preps[0].preps == {"WITH", "AGAINST"}
    assert subject.code == "080"  # stray "!" dropped
    assert bare.specificity == 0 and bare.code is None


def test_verbs_reader_reports_unreadable_lines(parsed) -> None:  # type: ignore[no-untyped-def]
    assert len(parsed.problems) == 2
    assert "undefined synonym set &UNDEFINED" in parsed.problems[0]
    assert "missing ')'" in parsed.problems[1]


def test_verbs_reader_shipped_dictionary() -> None:
    dictionary = load_verb_dictionary()
    assert len(dictionary.blocks) > 350 and len(dictionary.verbs) > 1500
    assert sum(len(b.patterns) for b in dictionary.blocks) > 4000
    # The vendored file has a handful of lines PETRARCH2 cannot read either.
    assert len(dictionary.problems) <= 10
    (say,) = dictionary.entries("said")
    assert dictionary.block_of(say).code == "010"
    assert load_verb_dictionary() is dictionary  # read once per process
