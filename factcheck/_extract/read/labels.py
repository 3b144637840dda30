"""Numbers that name a thing, not figures: "section 3", "No 10", a heading's "1.2", a table's note "1".

:func:`is_label` is the reader's first question about a number (``Reader.read`` reads no claim
of one): a label word before it ("article 50", "an amendment numbered 1305"), a code ("6-MAM",
"Boeing 767-300"), a name ("the Five-Seven handgun", "the 2014 Police Federation conference",
"the Five-Year Plan"), a numbered heading or the number of a note under a table. Separate
because these rules look at the layout (line starts, table rows) and names, not at what a
figure measures.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from factcheck._extract.scan.english_words import LABELS
from factcheck._extract.scan.figure import Form
from factcheck._extract.text.counted_nouns import is_plural, singular
from factcheck._extract.text.numerals import year_like
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.scan.figure import Figure

__all__ = ["is_label"]

_EN: Final = lexicon("en")  # English words read in every language, as before
_DESIGNATOR_LINKS: Final = _EN.words("designator_links")  # "an amendment numbered 1305": a name
_TIMES: Final = _EN.words("times_words")
_SECTION_NUMBER: Final = re.compile(r"[1-9]\d?\.\d{1,2}")  # "1.2", "3.15": numbered paragraphs
_CODE_AFTER: Final = re.compile(r"-[A-Z]{2,5}(?![\w-])")
"""Capitals hyphened after a bare number that make it part of a code: "6-MAM" (a unit would have been read)."""
_NAME_WORDS: Final = 2
"""Capitalised words after a year that make a name it dates: "the 2014 Police Federation conference"."""
_NOTE_DIGITS: Final = 2
"""A note under a table is numbered with at most this many digits."""
_NOTE_LINES_BACK: Final = 2
"""Lines (not blank) looked back from note 1 for its table: "Figures may not sum due to rounding." may stand between."""
_CELL_JOIN: Final = " | "
"""What joins the cells of a table row, one row a line (the layout real-news tables are written in)."""
_DASHED_CODE: Final = re.compile(r"\d+-\d+")
"""Two numerals joined by a hyphen alone, a model's code after a label: "Boeing 737-800"."""
_CAPITALISED_PAIR: Final = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+")
"""Two capitalised number words joined by a hyphen, a name ("the Five-Seven handgun"), not a range."""
_ORDINAL_MARK: Final = "\u00ba"
"""The masculine ordinal mark ("13º", not the degree sign "13°"): a floor after a street number "477-13º"."""
_TITLE_UNIT: Final = re.compile(r"(?:\d+|[A-Z][a-z]+)-[A-Z][a-z]+")
"""A number hyphened to a capitalised unit, in a title when a capitalised word follows: "5-Year Plan"."""


def _lines_before(text: str, end: int, count: int) -> list[str]:
    """Up to ``count`` lines that are not blank, ending before offset ``end`` (a line break), nearest first."""
    lines: list[str] = []
    while end > 0 and len(lines) < count:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            lines.append(text[start:end])
        end = start - 1
    return lines


def _opens_line(text: str, position: int) -> bool:
    """True when only white space stands between the line's start and ``position``.

    Walks back over the white space alone, so the cost does not grow with the text or the line
    (it once sliced the whole text before every figure: quadratic in long texts).
    """
    i = position - 1
    while i >= 0 and text[i] != "\n" and text[i].isspace():
        i -= 1
    return i < 0 or text[i] == "\n"


def is_label(reader: Reader, figure: Figure, first: int) -> bool:
    """'section 3', 'No 10', 'article 50', a heading's '1.2 People ...': a number naming a thing, not a figure."""
    if _heading_number(reader, figure) or _table_note(reader, figure) or _year_of_a_name(reader, figure, first):
        return True
    written = reader.text[figure.start : figure.end]
    if figure.form is Form.WORDS and _CAPITALISED_PAIR.fullmatch(written) and first > 0:
        return True  # "the Five-Seven handgun": a name; not opening a sentence
    if _TITLE_UNIT.fullmatch(written) and figure.unit_text is not None and _title_follows(reader, figure):
        return True  # "TREA 5-Year Planning Committee", "the Five-Year Plan": part of a title
    ahead = reader.text[max(0, figure.start - 2) : figure.start]
    if figure.unit_text == _ORDINAL_MARK and ahead[:1].isdigit() and ahead[1:] == "-":
        return True  # "Diagonal, 477-13º": a floor after a street number, not degrees
    if figure.bare and _CODE_AFTER.match(reader.text, figure.end):
        return True  # "6-MAM", "5-HT": a code; "50-MW", "12-HOUR" are read with their unit
    if not (figure.bare or _DASHED_CODE.fullmatch(written)) or first == 0:
        return False
    before = reader.tokens[first - 1]
    if before.lower in _DESIGNATOR_LINKS and reader.tokens.joined(first - 1, first) and first >= 2:  # noqa: PLR2004
        label = reader.tokens.lower(first - 2)  # "an amendment numbered 1305"
        return reader.tokens.joined(first - 2, first - 1) and (label in LABELS or singular(label) in LABELS)
    if first >= 2 and before.word.isdigit() and reader.tokens.gap(first - 1, first) == "-":  # noqa: PLR2004
        first, before = first - 1, reader.tokens[first - 2]  # "Boeing 767-300": the second part of a code
    if not (reader.tokens.joined(first - 1, first) and before.lower in LABELS):
        return False
    after = reader.tokens.first_at_or_after(figure.end)
    return not (after < len(reader.tokens) and reader.tokens.lower(after) in _TIMES)  # "the World Series 27 times"


def _title_follows(reader: Reader, figure: Figure) -> bool:
    """True when a capitalised word follows ``figure`` with only a space between: "5-Year Plan"."""
    nxt = reader.tokens.first_at_or_after(figure.end)
    if nxt >= len(reader.tokens) or reader.text[figure.end : reader.tokens[nxt].start] != " ":
        return False
    word = reader.tokens[nxt].word
    return word[:1].isupper() and word.isalpha()


def _table_note(reader: Reader, figure: Figure) -> bool:
    """The number of a note under a table: "1 All figures in this table are rounded", "2 Includes households".

    A whole number below 100 written alone, opening a line, a capitalised word (not all
    capitals) after it: note 1 with a table's row (a line of cells joined by " | ") among the
    two lines (not blank) before it, note ``n`` right after the lines notes ``n - 1`` ... 1
    open, one a line, note 1 so after a table; a later note may follow a sentence of the line
    such a note opens ("1 Debt at end of March. 2 Output gap measured as ..."). "53 Prime
    Ministers helped shape ..." and "5 Army nominations" after "4 Air Force nominations" in
    prose, and "10 Downing Street", are no notes.
    """
    number = reader.text[figure.number_start : figure.number_end]
    if (figure.start, figure.end) != (figure.number_start, figure.number_end) or not number.isdigit():
        return False
    if len(number) > _NOTE_DIGITS or number.startswith("0"):
        return False
    nxt = reader.tokens.first_at_or_after(figure.end)
    word = reader.tokens[nxt].word if nxt < len(reader.tokens) else ""
    if not word[:1].isupper() or word.isupper() or reader.text[figure.end : reader.tokens[nxt].start] != " ":
        return False
    line_end = reader.text.rfind("\n", 0, figure.start)
    if not _opens_line(reader.text, figure.start):  # "... fiscal forecast. 2 Total welfare ...": the line's
        head = reader.text[line_end + 1 : figure.start].split(" ", 1)[0]  # own note opens it
        if reader.text[max(0, figure.start - 2) : figure.start] != ". " or not head.isdigit():
            return False
        if not 0 < int(head) < int(number) or len(head) > _NOTE_DIGITS:
            return False
        number = head
    notes = int(number) - 1
    before = _lines_before(reader.text, line_end, notes + _NOTE_LINES_BACK)
    for k, line in enumerate(before[:notes]):  # notes n - 1, ..., 1 right before, one a line
        if line.split(" ", 1)[0] != str(notes - k):
            return False
    return any(_CELL_JOIN in line for line in before[notes:])


def _year_of_a_name(reader: Reader, figure: Figure, first: int) -> bool:
    """A year before a name of two capitalised words or more: "the 2014 Police Federation conference".

    Four digits of a year written alone after a word inside the sentence, then capitalised
    words (not all capitals) with only spaces between, the last no plural, and no plural in
    lower case after them: "the 1974 Trade Act", "the 2006 Mozart Youth Choral Festival".
    "1500 Royal Marines", "2000 British Army troops" and "some 1200 Police Scotland
    officers" stay counts.
    """
    tokens = reader.tokens
    if (figure.start, figure.end) != (figure.number_start, figure.number_end) or first == 0:
        return False
    if not year_like(reader.text[figure.start : figure.end]) or not tokens[first - 1].word.isalpha():
        return False
    k = first + 1
    while (
        k < len(tokens)
        and reader.text[tokens[k - 1].end : tokens[k].start] == " "
        and tokens[k].word[:1].isupper()
        and tokens[k].word.isalpha()
        and not tokens[k].word.isupper()
    ):
        k += 1
    if k - first - 1 < _NAME_WORDS or is_plural(tokens[k - 1].word):
        return False
    after = tokens[k].word if k < len(tokens) and tokens.joined(k - 1, k) else ""
    return not (after.isalpha() and after.islower() and is_plural(after))


def _heading_number(reader: Reader, figure: Figure) -> bool:
    """A numbered paragraph or heading: "1.2" or "3.15" opening a line, a capitalised word after it."""
    if (figure.start, figure.end) != (figure.number_start, figure.number_end):
        return False  # a hedge, sign, unit or scale: "3.5 million People" is a figure
    nxt = reader.tokens.first_at_or_after(figure.end)
    if (
        not _opens_line(reader.text, figure.start)
        or nxt >= len(reader.tokens)
        or not reader.tokens[nxt].word[:1].isupper()
    ):
        return False
    return _SECTION_NUMBER.fullmatch(reader.text[figure.number_start : figure.number_end]) is not None
