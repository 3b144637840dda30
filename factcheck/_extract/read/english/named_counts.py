"""Counts of what a run of capitalised words after a number names: "6 Next Generation Digital Economy Centres".

The run ends in a plural of ``named_plural_heads``, or after a lower-case number word in any
plural or a title left in the singular ("two Distinguished Flying Crosses", "two Prime
Minister"); a name with its number in it ("10 Downing Street", "Six Flags") counts nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._extract.read.clause.time_rates import time_unit
from factcheck._extract.read.draft import with_unit
from factcheck._extract.read.english.words import EN, MIN_UNIT_NAME, noun_after, unit_named, whole
from factcheck._extract.scan.english_words import STOP
from factcheck._extract.scan.figure import Form
from factcheck._extract.text.counted_nouns import counted_unit, is_plural, singular, singular_counted_unit

if TYPE_CHECKING:
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.reading import Reading


_NAMED_PLURAL_HEADS: Final = EN.words("named_plural_heads")  # "6 Next Generation Digital Economy Centres"
_NAMED_RUN: Final = 6


def named_count(reader: Reader, r: Reading) -> bool:
    """Count the things a run of capitalised words after a number names: "6 Next Generation Digital Economy Centres".

    Up to six capitalised words right after the number; the last is a plural of
    ``named_plural_heads`` and the run ends there (a lower-case word, a stop or the clause end
    follows). The number is above one and has no other noun after it ("10 Downing Street", "Six
    Flags" and "Route 66" are names, not counts).

    After a number word in lower case ("two Distinguished Flying Crosses", "four Silver Stars")
    any plural that names no unit or time ends the run: a name carries its number capitalised
    ("Six Flags", "Four Seasons"), so a lower-case one counts. There a mark, a stop or the
    clause end must follow the run: "two Fox News anchors" counts the anchors, not the run.
    """
    tokens, nxt = reader.tokens, r.nxt
    if not whole(r.amount) or r.amount.value <= 1 or r.figure.form is Form.FRACTION:
        return False
    if nxt >= r.clause_end or not tokens.joined(r.last, nxt) or tokens.gap(r.last, nxt) == "-":
        return False
    k = nxt
    while k < min(r.clause_end, nxt + _NAMED_RUN) and (k == nxt or tokens.joined(k - 1, k)):
        word = tokens[k].word
        if not (word.isalpha() and word[:1].isupper() and word[1:].islower()):
            break
        k += 1
    last = k - 1
    if last < nxt or not (
        tokens.lower(last) in _NAMED_PLURAL_HEADS
        or _worded_plural_run(reader, r, last)
        or _worded_singular_title(reader, r, last)
    ):
        return False
    if noun_after(tokens, last, r.clause_end):
        return False  # "53 United States citizens": the run names whose, the noun after it what is counted
    unit = (
        counted_unit(tokens[last].word) or singular_counted_unit(tokens[last].word) or "item"
    )  # "two Presidents": people
    r.amount = with_unit(r.amount, units.unit(unit), reader.policy)
    r.counted = singular(tokens[last].word)
    r.subject = (nxt, last)
    return True


def _worded_plural_run(reader: Reader, r: Reading, last: int) -> bool:
    """True when a lower-case number word counts the capitalised plural ``last`` ending the run after it.

    "ten Silver Stars, ...", "two Purple Hearts for wounds": the number is written in lower-case
    words, ``last`` is a plural that names no unit or time, and a mark, a stop or the clause end
    follows it.
    """
    tokens = reader.tokens
    if r.figure.form is not Form.WORDS or not tokens[r.last].word.islower():
        return False
    word = tokens[last].word
    lower = word.lower()
    if len(word) <= MIN_UNIT_NAME or not is_plural(word) or time_unit(lower) or unit_named(word) is not None:
        return False
    after = last + 1
    return after >= r.clause_end or not tokens.joined(last, after) or tokens.lower(after) in STOP


def _worded_singular_title(reader: Reader, r: Reading, last: int) -> bool:
    """True when a lower-case number word above one counts people by a title left in the singular.

    "the three Presidents and two Prime Minister": a slip for "Ministers", so many people. The
    number is written in lower-case words, ``last`` (ending the run after it) is a singular
    counted noun of people, and a mark, a stop or the clause end follows it.
    """
    tokens = reader.tokens
    if r.figure.form is not Form.WORDS or not tokens[r.last].word.islower():
        return False
    word = tokens[last].word
    if is_plural(word) or singular_counted_unit(word) != "person":
        return False
    after = last + 1
    return after >= r.clause_end or not tokens.joined(last, after) or tokens.lower(after) in STOP
