"""Invented news texts, annotated by the TIMEX3 guidelines: the time grammar on whole stories.

Nine short stories written for this test (a Senate report, company results,
an evening broadcast, a typhoon wire, a market report, a fraud case, a
statistics release with a dateline, a lower-cased weather transcript, a
museum feature), none taken from a corpus. Each lists its expressions as
``(extent, type, value)`` in text order. The figure is TempEval-3's value F1
(relaxed F1 x value accuracy, matching on overlap one-to-one); a few
annotations are ones the grammar does not reach ("the final hour", "quarterly"
as an adjective, a generic "from June to October", "a year earlier" at a
quarter's granularity), so the floor sits below 100.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from kg.extract.time import find_timexes
from kg.nlp import ParsedParagraph

Gold = list[tuple[str, str, str]]

#: id -> (text, document date, expressions in text order)
TEXTS: dict[str, tuple[str, str, Gold]] = {
    "d1": (
        'WASHINGTON _ The Senate approved a $12 billion highway bill Thursday, sending it to the House, where '
        'leaders hope to pass it before the Easter recess.\n\n'
        'The vote came after two weeks of debate. Senators spent most of Wednesday night arguing over a '
        'provision that would delay the start of the program until October 1999.\n\n'
        "``We've been waiting on this for three years,'' said Sen. Ruth Ambler, who first proposed the "
        'measure in the spring of 1995. The previous version of the bill died in committee the following '
        'year.\n\n'
        'The House is expected to take up the measure next week. If it passes, the president could sign it by '
        'the end of the month, aides said. The program would run through 2004 and would be reviewed every two '
        'years.\n\n'
        'The bill also extends a gasoline tax that expires Sept. 30. Since 1993, the tax has raised about $6 '
        'billion a year.',
        "1998-03-27",
        [
            ('Thursday', "DATE", "1998-03-26"),
            ('Easter', "DATE", "1998-04-12"),
            ('two weeks', "DURATION", "P2W"),
            ('Wednesday night', "TIME", "1998-03-25TNI"),
            ('October 1999', "DATE", "1999-10"),
            ('three years', "DURATION", "P3Y"),
            ('the spring of 1995', "DATE", "1995-SP"),
            ('the following year', "DATE", "1996"),
            ('next week', "DATE", "1998-W14"),
            ('the end of the month', "DATE", "1998-03"),
            ('2004', "DATE", "2004"),
            ('every two years', "SET", "P2Y"),
            ('Sept. 30', "DATE", "1998-09-30"),
            ('1993', "DATE", "1993"),
            ('a year', "SET", "P1Y"),
        ],
    ),
    "d2": (
        'Brenner Corp. reported a 15% drop in third-quarter profit, citing weak demand in Europe during the '
        'summer months.\n\n'
        'Net income for the quarter ended Sept. 30 fell to $42 million, or 88 cents a share, from $49.4 '
        'million, or $1.02 a share, a year earlier. Sales rose 3% to $1.1 billion.\n\n'
        'For the first nine months of the year, the chemical maker earned $131 million, down from $150 '
        'million in the 1988 period.\n\n'
        'The company, which has cut 2,000 jobs since early 1987, said it expects fourth-quarter results to be '
        '"about flat" with last year\'s. Brenner\'s stock fell 62.5 cents yesterday to close at $34.25 in New '
        'York Stock Exchange composite trading. The shares have lost about a fifth of their value in the past '
        'six months.\n\n'
        'Analysts said Brenner could return to growth in the first half of 1990, but warned that the next 12 '
        'months will be difficult.',
        "1989-10-26",
        [
            ('third-quarter', "DATE", "1989-Q3"),
            ('the summer months', "DATE", "1989-SU"),
            ('the quarter', "DATE", "1989-Q3"),
            ('Sept. 30', "DATE", "1989-09-30"),
            ('a year earlier', "DATE", "1988-Q3"),
            ('the first nine months of the year', "DURATION", "P9M"),
            ('1988', "DATE", "1988"),
            ('early 1987', "DATE", "1987"),
            ('fourth-quarter', "DATE", "1989-Q4"),
            ('last year', "DATE", "1988"),
            ('yesterday', "DATE", "1989-10-25"),
            ('the past six months', "DURATION", "P6M"),
            ('the first half of 1990', "DATE", "1990-H1"),
            ('the next 12 months', "DURATION", "P12M"),
        ],
    ),
    "d3": (
        'Good evening. We begin tonight in the Middle East, where the peace talks collapsed just hours after '
        'they began this morning.\n\n'
        'Our correspondent has been following the negotiations for the past month. She reports that the two '
        'sides met for less than 90 minutes before walking out.\n\n'
        'It is the third time since January that the talks have broken down. In 1996, a similar round lasted '
        'almost a year.\n\n'
        'Diplomats now say it could be weeks before the parties meet again. The secretary of state is due in '
        'the region on Sunday and will stay until Wednesday. Meanwhile, the cease-fire that took effect at '
        'midnight Friday appears to be holding, at least for now.\n\n'
        "We'll have more on this story later in the broadcast. In the meantime, the weather: temperatures "
        'will drop sharply overnight, and snow is expected by early Tuesday.',
        "1998-03-05",
        [
            ('tonight', "TIME", "1998-03-05TNI"),
            ('hours', "DURATION", "PTXH"),
            ('this morning', "TIME", "1998-03-05TMO"),
            ('the past month', "DURATION", "P1M"),
            ('less than 90 minutes', "DURATION", "PT90M"),
            ('January', "DATE", "1998-01"),
            ('1996', "DATE", "1996"),
            ('almost a year', "DURATION", "P1Y"),
            ('now', "DATE", "PRESENT_REF"),
            ('weeks', "DURATION", "PXW"),
            ('Sunday', "DATE", "1998-03-08"),
            ('Wednesday', "DATE", "1998-03-11"),
            ('midnight Friday', "TIME", "1998-02-27T24:00"),
            ('now', "DATE", "PRESENT_REF"),
            ('overnight', "TIME", "1998-03-05TNI"),
            ('early Tuesday', "DATE", "1998-03-10"),
        ],
    ),
    "d4": (
        'MANILA, Philippines (AP) _ A powerful typhoon struck the northern Philippines on Saturday, killing '
        'at least 23 people and forcing thousands to flee their homes, officials said Sunday.\n\n'
        'The storm made landfall shortly before dawn, packing winds of 120 miles per hour. By late afternoon '
        'it had weakened, but heavy rains continued into the night.\n\n'
        'It was the fifth typhoon to hit the country this year and the strongest since November 1995, when '
        'more than 700 people were killed. The rainy season usually lasts from June to October.\n\n'
        'Rescue teams reached the hardest-hit villages on Sunday morning. The government said it would need '
        'at least a week to restore power, and schools will stay closed for several days.\n\n'
        'President Ramos, 70, toured the area by helicopter. He said the government would spend 500 million '
        'pesos over the next two months on repairs.',
        "1998-10-25",
        [
            ('Saturday', "DATE", "1998-10-24"),
            ('Sunday', "DATE", "1998-10-25"),
            ('dawn', "TIME", "1998-10-24TMO"),
            ('late afternoon', "TIME", "1998-10-24TAF"),
            ('the night', "TIME", "1998-10-24TNI"),
            ('this year', "DATE", "1998"),
            ('November 1995', "DATE", "1995-11"),
            ('June', "DATE", "XXXX-06"),
            ('October', "DATE", "XXXX-10"),
            ('Sunday morning', "TIME", "1998-10-25TMO"),
            ('at least a week', "DURATION", "P1W"),
            ('several days', "DURATION", "PXD"),
            ('the next two months', "DURATION", "P2M"),
        ],
    ),
    "d5": (
        'Stocks tumbled yesterday as investors fretted about rising interest rates, and the Dow Jones '
        'Industrial Average fell 42.6 points to 2,618.3, its lowest close since Sept. 12.\n\n'
        'Trading was heavy, with 210 million shares changing hands on the Big Board, up from 160 million '
        'Tuesday. Bond prices also fell, pushing the yield on the 30-year Treasury bond to 8.12% from 8.05% '
        'late Tuesday.\n\n'
        'Analysts said the market has been nervous since the Oct. 13 plunge, when the Dow lost 190 points in '
        'the final hour of trading. "People are still shell-shocked," said one trader. "It will take months '
        'for confidence to come back."\n\n'
        "The Federal Reserve's policy committee meets next Tuesday, and many economists expect it to hold "
        'rates steady through the end of the year. Consumer prices rose 0.4% in September, the Labor '
        'Department said last week, after a 0.2% rise in August.\n\n'
        'Separately, Harmon Foods said its board approved a 3-for-2 stock split, payable Dec. 1 to holders of '
        'record Nov. 15. The company also raised its quarterly dividend to 22 cents from 18 cents.',
        "1989-10-26",
        [
            ('yesterday', "DATE", "1989-10-25"),
            ('Sept. 12', "DATE", "1989-09-12"),
            ('Tuesday', "DATE", "1989-10-24"),
            ('30-year', "DURATION", "P30Y"),
            ('late Tuesday', "DATE", "1989-10-24"),
            ('Oct. 13', "DATE", "1989-10-13"),
            ('the final hour', "DURATION", "PT1H"),
            ('months', "DURATION", "PXM"),
            ('next Tuesday', "DATE", "1989-10-31"),
            ('the end of the year', "DATE", "1989"),
            ('September', "DATE", "1989-09"),
            ('last week', "DATE", "1989-W42"),
            ('August', "DATE", "1989-08"),
            ('Dec. 1', "DATE", "1989-12-01"),
            ('Nov. 15', "DATE", "1989-11-15"),
            ('quarterly', "SET", "P3M"),
        ],
    ),
    "d6": (
        'The Justice Department has charged a former bank official with fraud, alleging he diverted $3 '
        'million in loans over a four-year period that ended in 1987.\n\n'
        'Prosecutors said the official, who worked at the bank from 1979 until his resignation in March 1988, '
        'approved loans to companies he secretly controlled. He faces up to 20 years in prison if convicted '
        'on all counts.\n\n'
        'His lawyer said yesterday that his client "looks forward to his day in court." A hearing is '
        'scheduled for Nov. 9.\n\n'
        'The case is the latest in a string of prosecutions stemming from the savings-and-loan crisis of the '
        '1980s. Since January, the department has brought charges against more than 100 bank officials, '
        'compared with 64 in all of 1988.\n\n'
        'Officials said the investigation began two years ago, after auditors found irregularities in the '
        "bank's books for the first half of 1987. The bank was seized by regulators in the summer of 1988 and "
        'sold the following spring.',
        "1989-10-26",
        [
            ('four-year', "DURATION", "P4Y"),
            ('1987', "DATE", "1987"),
            ('1979', "DATE", "1979"),
            ('March 1988', "DATE", "1988-03"),
            ('20 years', "DURATION", "P20Y"),
            ('yesterday', "DATE", "1989-10-25"),
            ('Nov. 9', "DATE", "1989-11-09"),
            ('the 1980s', "DATE", "198"),
            ('January', "DATE", "1989-01"),
            ('1988', "DATE", "1988"),
            ('two years ago', "DATE", "1987"),
            ('the first half of 1987', "DATE", "1987-H1"),
            ('the summer of 1988', "DATE", "1988-SU"),
            ('the following spring', "DATE", "1989-SP"),
        ],
    ),
    "d7": (
        "BEIJING, May 12 (Xinhua) -- China's industrial output grew 9.8 percent in April over the same month "
        'last year, the State Statistical Bureau said Tuesday.\n\n'
        'In the first four months of this year, output rose 8.9 percent year-on-year. The bureau said growth '
        'had slowed since the beginning of the year but was expected to pick up in the second quarter.\n\n'
        'Premier Zhu told a meeting on Monday that the government would keep the currency stable throughout '
        '1998 and complete its reform of state enterprises within three years.\n\n'
        'The figures were released ahead of a two-day economic conference that opens on Thursday. Last month, '
        'exports fell for the first time in 22 months.',
        "1998-05-12",
        [
            ('May 12', "DATE", "1998-05-12"),
            ('April', "DATE", "1998-04"),
            ('the same month last year', "DATE", "1997-04"),
            ('Tuesday', "DATE", "1998-05-12"),
            ('the first four months of this year', "DURATION", "P4M"),
            ('the beginning of the year', "DATE", "1998"),
            ('the second quarter', "DATE", "1998-Q2"),
            ('Monday', "DATE", "1998-05-11"),
            ('1998', "DATE", "1998"),
            ('three years', "DURATION", "P3Y"),
            ('two-day', "DURATION", "P2D"),
            ('Thursday', "DATE", "1998-05-14"),
            ('Last month', "DATE", "1998-04"),
            ('22 months', "DURATION", "P22M"),
        ],
    ),
    "d8": (
        'the storm that battered the coast this week is moving north tonight. forecasters say it should '
        'weaken by friday, but heavy rain is likely through the weekend.\n\n'
        'on monday, winds of more than ninety miles an hour tore roofs from homes. it was the worst storm to '
        'hit the area since nineteen eighty-five, when a hurricane killed eleven people.\n\n'
        'officials said power could be out for days. some schools have been closed since tuesday and will not '
        'reopen until next week.',
        "1998-09-02",
        [
            ('this week', "DATE", "1998-W36"),
            ('tonight', "TIME", "1998-09-02TNI"),
            ('friday', "DATE", "1998-09-04"),
            ('the weekend', "DATE", "1998-W36-WE"),
            ('monday', "DATE", "1998-08-31"),
            ('nineteen eighty-five', "DATE", "1985"),
            ('days', "DURATION", "PXD"),
            ('tuesday', "DATE", "1998-09-01"),
            ('next week', "DATE", "1998-W37"),
        ],
    ),
    "d9": (
        'The museum, which opened in 1931, will close for renovation at the end of June and reopen in the '
        'fall of 2001, its director said yesterday.\n\n'
        'The two-year project will cost $40 million. It is the first major overhaul of the building in half a '
        'century. During the closure, about 200 works will tour Europe, starting with a three-month show in '
        'Paris next spring.\n\n'
        'Attendance peaked in the mid-1980s at more than a million visitors a year but has fallen by a third '
        'since then. Last summer the museum cut its hours, closing on Mondays and at 5 p.m. on weekdays.\n\n'
        '"We have waited 20 years for this," the director said. "In a decade, people won\'t recognize the '
        'place."',
        "2000-03-15",
        [
            ('1931', "DATE", "1931"),
            ('the end of June', "DATE", "2000-06"),
            ('the fall of 2001', "DATE", "2001-FA"),
            ('yesterday', "DATE", "2000-03-14"),
            ('two-year', "DURATION", "P2Y"),
            ('half a century', "DURATION", "P50Y"),
            ('three-month', "DURATION", "P3M"),
            ('next spring', "DATE", "2001-SP"),
            ('the mid-1980s', "DATE", "198"),
            ('a year', "SET", "P1Y"),
            ('Last summer', "DATE", "1999-SU"),
            ('Mondays', "SET", "XXXX-WXX-1"),
            ('5 p.m.', "TIME", "XXXX-XX-XXT17:00"),
            ('weekdays', "SET", "XXXX-WXX-WD"),
            ('20 years', "DURATION", "P20Y"),
            ('a decade', "DURATION", "P10Y"),
        ],
    ),
}


def _parse(nlp: Any, text: str) -> list[ParsedParagraph]:
    paragraphs, offset = [], 0
    for paragraph in text.split("\n\n"):
        paragraphs.append(ParsedParagraph(offset, nlp(paragraph)))
        offset += len(paragraph) + 2
    return paragraphs


def _score(nlp: Any) -> tuple[int, int, int, int]:
    """Gold, predicted, relaxed matches and right values over all texts."""
    gold_n = pred_n = matched = right = 0
    for text, dct, gold in TEXTS.values():
        found = find_timexes(text, dt.date.fromisoformat(dct), _parse(nlp, text))
        spans, at = [], 0
        for extent, _, value in gold:
            start = text.index(extent, at)
            spans.append((start, start + len(extent), value))
            at = start + 1
        used: set[int] = set()
        for start, end, value in spans:
            hits = [i for i, t in enumerate(found) if i not in used and t.span.start < end and start < t.span.end]
            if hits:
                used.add(hits[0])
                matched += 1
                right += found[hits[0]].value == value
        gold_n, pred_n = gold_n + len(gold), pred_n + len(found)
    return gold_n, pred_n, matched, right


def test_time_finder_invented_texts_value_f1(nlp: Any) -> None:
    gold_n, pred_n, matched, right = _score(nlp)
    assert gold_n == sum(len(g) for _, _, g in TEXTS.values()) > 120
    value_f1 = 2 * right / (gold_n + pred_n)
    assert value_f1 >= 0.93, (gold_n, pred_n, matched, right)
