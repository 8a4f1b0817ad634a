"""Grammar rules for durations ("three years", "the past two weeks") and sets ("every Monday").

Durations keep their own unit (TE3 does not convert "a decade" to years,
but it writes decades as P10Y, so we do too); vague quantities become X
("several days" -> PXD). Ages ("22-year-old", "children ages 6 months")
are not durations of anything in the story and are skipped.
"""

from __future__ import annotations

import functools
import re

from kg.extract.time import lexicon as L
from kg.extract.time.dates import weekday_number
from kg.extract.time.reading import Context, Reading, Rule, rule
from kg.model import TimexType
from kg.extract.words import WordClass, WordMap

DURATION = TimexType.DURATION
SET = TimexType.SET
#: People whose "of N years" is an age ("a woman of 70 years").
_AGE_HOLDERS = WordClass("age_holders")


def duration_value(number: int | float | None, unit_word: str) -> str | None:
    """TIMEX3 duration value: (3, "years") -> "P3Y", (None, "days") -> "PXD"."""
    letter, clock = L.unit_of(unit_word)
    if number is not None and number <= 0:
        return None
    if letter == "2W":
        letter, number = "W", None if number is None else number * 2
    elif letter == "DE":
        letter, number = ("DE", None) if number is None else ("Y", number * 10)
    elif letter == "CE":
        letter, number = ("CE", None) if number is None else ("Y", number * 100)
    elif letter == "Q":
        letter, number = ("Q", None) if number is None else ("M", number * 3)
    if number is None:
        amount = "X"
    elif isinstance(number, float) and not number.is_integer():
        amount = f"{number:g}"
    else:
        amount = str(int(number))
    return ("PT" if clock else "P") + amount + letter


def _is_age(ctx: Context) -> bool:
    """Whether the duration is an age: "22-year-old", "five years old", "ages 6 months", "a woman of 70 years"."""
    after = ctx.text[ctx.end : ctx.end + 8].lower()
    if re.match(r"[\s-]+old\b", after):
        return True
    if ctx.word_before() in ("age", "ages", "aged"):
        return True
    held = re.search(r"\b([A-Za-z]+)\s+of\s*$", ctx.text[max(0, ctx.start - 30) : ctx.start])
    return held is not None and held.group(1).lower() in _AGE_HOLDERS


@functools.cache
def _quantity_before_rate() -> re.Pattern[str]:
    """Just before "a day": a quantity, so "a day" is a rate ("500,000 barrels a day", "seven days a week")."""
    words = [w for w in L.NUMBERS if not w.startswith(("a ", "an ")) and w not in ("a", "an")]
    return re.compile(r"(?:\d|%|\b(?:percent|million|billion|thousand|dozen|" + L.alternation(words)[3:-1] + r"))"
                      r"(?:\s+[A-Za-z]+){0,2}\s+$", re.I)


@rule("number_unit", lambda: r"(?P<n>" + L.number() + "|" + L.vague() + r")(?P<half0>\s+and\s+a\s+half)?(?P<sep>\s+|-)(?P<u>"
      + L.UNIT + r")(?P<half>\s+and\s+a\s+half)?")
def _number_unit(m: re.Match[str], ctx: Context) -> Reading | None:
    words = re.sub(r"\s+", " ", m["n"].lower())
    unit = m["u"].lower()
    sub_word = ctx.char_before() == "-" and ctx.start > 1 and ctx.text[ctx.start - 2].isalpha()
    if _is_age(ctx) or sub_word:
        return None  # an age, or "sub-five-minute"
    if words in ("a", "an") and unit in ("second", "quarter"):
        return None  # "A second company", "a quarter of the vote"
    if m["sep"] == "-" and unit.endswith("s") and unit != "hours":
        return None  # "two-years" is not how English writes durations
    number = None if words in L.VAGUE_NUMBERS else L.number_value(words)
    if number is None and words not in L.VAGUE_NUMBERS:
        return None
    if (m["half"] or m["half0"]) and number is not None:
        number += 0.5
    value = duration_value(number, unit)
    if value and words in ("a", "an") and not ctx.phrase and _quantity_before_rate().search(ctx.text[max(0, ctx.start - 40) : ctx.start]):
        if ctx.word_before() in _SPEED_UNITS:
            return None  # a speed, "90 miles an hour", is no time
        return Reading(SET, value)  # a rate: "barrels a day" is each day
    return Reading(DURATION, value) if value else None


@rule("span_unit", lambda: r"(?:the\s+)(?P<rel>past|last|next|coming|previous|following|first|final)"
      r"\s+(?:(?P<n>" + L.number() + "|" + L.vague() + r")\s+)?(?P<u>" + L.UNIT + r")")
def _span_unit(m: re.Match[str], ctx: Context) -> Reading | None:
    rel, unit = m["rel"].lower(), m["u"].lower()
    words = re.sub(r"\s+", " ", m["n"].lower()) if m["n"] else None
    plural = unit.endswith("s") or unit == "centuries"
    number: int | float | None
    if words is None:
        if plural:
            number = None  # "the coming weeks" -> PXW
        elif rel in ("past", "next", "coming"):
            number = 1  # "the past year" -> P1Y ("the last week" is a date)
        else:
            return None
    elif words in L.VAGUE_NUMBERS:
        number = None
    else:
        found = L.number_value(words)
        if found is None:
            return None
        number = found
    if rel in ("first", "final") and words is None:
        return None  # "the first day" is an ordinal date, not handled here
    value = duration_value(number, unit)
    return Reading(DURATION, value) if value else None


@rule("recent_units", r"(?:recent|the\s+(?:past|last|next|coming)\s+(?:few|several))\s+"
      r"(?P<u>" + L.UNIT_PLURAL + r")")
def _recent_units(m: re.Match[str], ctx: Context) -> Reading | None:
    value = duration_value(None, m["u"])
    return Reading(DURATION, value) if value else None


_BARE_BEFORE = WordClass("bare_before")
#: Units before "an hour" that make a speed ("miles an hour").
_SPEED_UNITS = WordClass("speed_units")
_BARE_AFTER = WordClass("bare_after")
#: Adverbs of frequency -> SET value ("weekly" -> P1W).
_SET_ADVERBS = WordMap("set_adverbs")
#: Words after an unparsed frequency adverb that keep it an adverb ("meets weekly *in* ...").
_SET_ADVERB_NEXT_WORDS = WordClass("set_adverb_next_words")


@rule("bare_units", r"(?:(?P<the>the)\s+)?(?P<u>" + L.UNIT_PLURAL + r")")
def _bare_units(m: re.Match[str], ctx: Context) -> Reading | None:
    # A bare plural unit is a vague duration only in duration frames:
    # "for years", "take weeks", "days before", "minutes after", "over the years".
    if ctx.phrase:
        return Reading(DURATION, duration_value(None, m["u"]) or "PXD")
    if m["the"]:
        if ctx.word_before() not in _BARE_BEFORE or re.match(r"\s+(?:of|to)\b", ctx.text[ctx.end :]):
            return None  # "the days of the empire" say which days elsewhere
    elif ctx.word_before() not in _BARE_BEFORE and ctx.word_after().lower() not in _BARE_AFTER:
        return None
    if ctx.char_before() == "-":
        return None
    value = duration_value(None, m["u"])
    return Reading(DURATION, value) if value else None


@rule("range_head", lambda: r"(?P<n>" + L.number() + r")(?=\s+(?:and|to|or)\s+(?:" + L.number() + r")\s+(?P<u>"
      + L.UNIT_PLURAL + r"))")
def _range_head(m: re.Match[str], ctx: Context) -> Reading | None:
    # "between 12 and 18 months": the first number borrows the unit.
    number = L.number_value(m["n"])
    if number is None or ctx.word_before() not in ("between", "from", "of", ""):
        return None
    value = duration_value(number, m["u"])
    return Reading(DURATION, value) if value else None


@rule("half_unit", r"half\s+(?:an?\s+)(?P<u>hour|day|year|decade|century)"
      r"|(?:a|an|one)\s+(?P<u2>hour|year)\s+and\s+a\s+half")
def _half_unit(m: re.Match[str], ctx: Context) -> Reading | None:
    if m["u"]:
        value = {"hour": "PT30M", "day": "PT12H", "year": "P6M", "decade": "P5Y",
                 "century": "P50Y"}[m["u"].lower()]  # fmt: skip
    else:
        value = {"hour": "PT1H30M", "year": "P18M"}[m["u2"].lower()]
    return Reading(DURATION, value)


_EVERY_UNIT = r"(?:" + L.UNIT_SINGULAR[3:-1] + r"|weekend)"


@rule("every", lambda: r"(?P<q>every|each)\s+(?:(?P<other>other)\s+|(?P<n>" + L.number() + r")\s+)?"
      r"(?:(?P<u>" + L.UNIT + r"|weekend)|(?P<wd>" + L.WEEKDAY + r")|(?P<part>" + L.DAY_PART
      + r")|(?P<s>" + L.SEASON + r")|(?P<mon>" + L.MONTH + r"))")
def _every(m: re.Match[str], ctx: Context) -> Reading | None:
    quant = m["q"].upper()
    if m["wd"]:
        return Reading(SET, f"XXXX-WXX-{weekday_number(m['wd'])}", quant=quant)
    if m["part"]:
        return Reading(SET, "XXXX-XX-XXT" + L.DAY_PARTS[m["part"].lower()], quant=quant)
    if m["s"]:
        return Reading(SET, "XXXX-" + L.SEASONS[m["s"].lower()], quant=quant)
    if m["mon"]:
        return Reading(SET, f"XXXX-{L.MONTHS[m['mon'].lower().rstrip('.')]:02d}", quant=quant)
    unit = m["u"].lower()
    if unit == "weekend":
        return Reading(SET, "XXXX-WXX-WE", quant=quant)
    number: int | float | None = 2 if m["other"] else 1
    if m["n"]:
        number = L.number_value(m["n"])
    elif unit.endswith("s") and unit != "hours":
        return None  # "every days" is not English; "each years" neither
    value = duration_value(number, unit)
    return Reading(SET, value, quant=quant) if value else None


@rule("week_part_set", r"(?P<w>weekdays|weekends|weeknights)")
def _week_part_set(m: re.Match[str], ctx: Context) -> Reading | None:
    """"On weekends", "on weekdays": every such part of the week."""
    if not ctx.phrase and ctx.word_before() not in ("on", "at", "during", "over"):
        return None
    code = {"weekdays": "WD", "weekends": "WE", "weeknights": "WDTNI"}[m["w"].lower()]
    value = "XXXX-WXX-WDTNI" if code == "WDTNI" else f"XXXX-WXX-{code}"
    return Reading(SET, value)


@rule("times_per", lambda: r"(?P<f>once|twice|thrice|(?P<n>" + L.number() + r")\s+times)\s+"
      r"(?:a|an|per|each|every)\s+(?P<u>" + L.UNIT_SINGULAR + r")")
def _times_per(m: re.Match[str], ctx: Context) -> Reading | None:
    word = m["f"].lower()
    count = {"once": 1, "twice": 2, "thrice": 3}.get(word) or L.number_value(m["n"] or "")
    value = duration_value(1, m["u"])
    if value is None or count is None:
        return None
    return Reading(SET, value, freq=f"{count:g}X")


@rule("set_adverb", lambda: L.alternation(_SET_ADVERBS))
def _set_adverb(m: re.Match[str], ctx: Context) -> Reading | None:
    word = m[0].lower()
    tag = ctx.tag_at(ctx.start)
    if tag is not None and tag.startswith("JJ"):
        return None  # "a daily newspaper": an adjective, not how often
    if tag is None and word != "annually" and re.match(r"\s+[a-z]+", ctx.text[ctx.end:]):
        after = ctx.word_after()
        if after not in _SET_ADVERB_NEXT_WORDS:
            return None
    return Reading(SET, _SET_ADVERBS[word])


RULES: list[Rule] = [
    _number_unit, _span_unit, _recent_units, _bare_units, _range_head, _half_unit, _every,
    _week_part_set, _times_per, _set_adverb,
]  # fmt: skip
