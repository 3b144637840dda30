"""Years and dates in a text: they give claims their period and are never claims themselves.

A year is a four-digit integer from 1900 to 2100 written without separators, unless a noun that
makes it a count follows and no word that introduces a time ("in", "since", a month) precedes
it ("2024 people voted" is a count; "in 2024 people voted" is a year). Recognised forms:
"2024", "in the year to March 2024" (the twelve months ending then), "March 2024", "5 May 2024",
"May 5, 2024", "between 2021 and 2023", "from 2021 to 2023", "2021-2023", "2023/24" and
"2023-24" or "2005-6" (a financial year: April to March in en_GB, else the two calendar years),
"2015-17" (a span of calendar years, its end in two digits), part of a
year ("the first half of 2024", "H1 2024", "the third quarter of 2023", "Q3 2023", "im ersten
Halbjahr 2024", "au premier trimestre 2024": the lexicons' ``period_parts``), and "the same
period of 2023" (the text's last period, of whatever grain, moved to 2023) and "the same period
last year" (moved a year back).
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
from typing import TYPE_CHECKING, Final

from attrs import frozen
from babel.dates import get_month_names

from factcheck._claims import Period
from factcheck._extract.text.counted_nouns import counted_unit
from factcheck._extract.text.numerals import babel_locale
from factcheck._extract.text.vocabulary import ENGLISH, every_language
from factcheck.lexicons import LANGUAGES, lexicon, split_phrases

if TYPE_CHECKING:
    from collections.abc import Collection

    from babel import Locale

    from factcheck._extract.text.wordindex import WordIndex

__all__ = ["Dated", "find_periods"]

_ENGLISH: Final = lexicon(ENGLISH)
_GLUE_WORDS: Final = every_language("date_glue_words")
_DATE_GLUE: Final = frozenset(("", ".", ","))
"""What may stand between a day, a month and a year: "5 May", "5. Mai", "5 de mayo de 2024"."""
_MONTH_WIDTHS: Final = ("wide", "abbreviated")
_MONTH_CONTEXTS: Final = ("format", "stand-alone")


def _add_months(table: dict[str, int], locale: Locale | str) -> None:
    """Add babel's month names of ``locale`` (wide and abbreviated, lower case, no dot) to ``table``."""
    for width in _MONTH_WIDTHS:
        for context in _MONTH_CONTEXTS:
            for number, name in get_month_names(width, context, locale).items():
                table.setdefault(name.lower().rstrip("."), number)


@functools.cache
def months(locale: str) -> dict[str, int]:
    """Month names and abbreviations (lower case, no dot) of ``locale``'s language and of English.

    English names are babel's for "en" whatever the locale (and whatever the process locale),
    with the lexicon's ``month_abbreviations`` ("sept"); other languages' are babel's for the locale.

    >>> months("de_DE")["mär"], months("en_GB")["sept"]
    (3, 9)
    """
    table: dict[str, int] = {}
    _add_months(table, ENGLISH)
    table.update(_ENGLISH.mapping("month_abbreviations"))
    lang = babel_locale(locale)
    if lang.language != ENGLISH:
        _add_months(table, lang)
    return table


_MONTH_NAMES: Final = frozenset(name.lower() for name in get_month_names("wide", "format", ENGLISH).values())
_YEAR_LEADERS: Final = _ENGLISH.words("year_leaders") | _MONTH_NAMES
"""Words before a year that make it one even when a counted noun follows ("in 2024 people voted")."""
_DAY_SUFFIXES: Final = _ENGLISH.strings("day_suffixes")
_YEAR_RANGE_JOINERS: Final = _ENGLISH.words("year_range_joiners")
_YEAR_RANGE_OPENERS: Final = _ENGLISH.words("year_range_openers")
_YEAR_RANGE_MARKS: Final = frozenset(("-", "\u2013")) | _YEAR_RANGE_JOINERS
_YEAR_TO: Final = _ENGLISH.strings("year_to")
_DAY_RANGE_DASHES: Final = frozenset(("-", "\u2013"))
"""What joins two days after a month: "Sept. 20-24", "May 3–5"."""
_SHORT_SPAN_YEARS: Final = 10
"""The most years a span with a two-digit end may run: "2015-17", "the 2010-20 decade"."""
_MONTHS_ALSO_VERBS: Final = _ENGLISH.words("months_also_verbs")
_MONTH_LEADS: Final = _ENGLISH.words("month_verb_date_leads")
_BASELINE_BEFORE: Final = _ENGLISH.phrase_set("baseline_before_year")
"""The last one or two words before a period that make it a baseline ("since 2020", "compared with 2019")."""
_PERIOD_PARTS: Final = {
    tuple(phrase.split()): (int(first), int(last))
    for lang in LANGUAGES
    for phrase, (first, last) in (lexicon(lang).own("period_parts") or {}).items()
}
"""Words before a year that make part of it ("the first half of 2024"), with the part's first and last month."""
_SAME_PERIOD: Final = frozenset(split_phrases(every_language("same_period")))
"""Words before a year that move the text's last period to that year ("the same period of 2023")."""
_A_YEAR_EARLIER: Final = frozenset(split_phrases(every_language("same_period_a_year_earlier")))
"""Words that make the text's last period one year earlier ("the same period last year")."""
_A_YEAR_EARLIER_FIRST: Final = frozenset(phrase[0] for phrase in _A_YEAR_EARLIER)
_A_YEAR_EARLIER_BY_START: Final = {
    start: tuple(p for p in _A_YEAR_EARLIER if p[:2] == start) for start in {p[:2] for p in _A_YEAR_EARLIER}
}
"""The phrases by their first two words: "the" alone starts no phrase, so most words are passed over at once."""
_ASCII_DIGITS: Final = frozenset("0123456789")
_FIRST_YEAR: Final = 1900
_LAST_YEAR: Final = 2100
_OLD_FIRST_YEAR: Final = 1000
"""Years from here to ``_FIRST_YEAR`` are years only where their context says so (see :func:`_old_year`)."""
_OLD_YEAR_LEADERS: Final = _ENGLISH.words("old_year_leaders")
"""Words before four digits before 1900 that make them a year: "in 1805", "since 1823"."""
_OLD_YEAR_NOT_BEFORE: Final = _ENGLISH.words("old_year_not_before")
"""Words after four digits before 1900 that keep them a figure: "in 1500 of the schools"."""


@frozen
class Dated:
    """A period found at ``text[start:end]``."""

    start: int
    end: int
    period: Period | None
    """``None`` for a day without a year ("on 1 May"): not a claim, but no period either."""
    baseline: bool = False
    """Introduced by "since" (no stated end) or "than (in)", "compared with" (what a figure is
    compared against, not when it holds): no claim takes it as its period."""


def _digits(word: str) -> bool:
    """True for ASCII digits only: "²" and "٣" are digits to ``str.isdigit`` but not to ``int``."""
    return word.isascii() and word.isdigit()


def _year_at(tokens: WordIndex, i: int, *, partner: bool = False) -> int | None:
    """The year written at word ``i``, else ``None``; ``partner``: the second year of a span ("1855 to 1880")."""
    if not 0 <= i < len(tokens):
        return None
    tok = tokens[i]
    word = tok.word
    if len(word) != 4 or not _digits(word):  # noqa: PLR2004
        return None
    year = int(word)
    if not _OLD_FIRST_YEAR <= year <= _LAST_YEAR:
        return None
    if year < _FIRST_YEAR and not ((partner or _old_year(tokens, i)) and _nothing_counted_after(tokens, i)):
        return None
    text = tokens.text
    before = text[tok.start - 2 : tok.start]
    after = text[tok.end : tok.end + 2]
    if len(before) == 2 and before[0].isdigit() and before[1] in ",.":  # noqa: PLR2004
        return None  # "12,2024" or "1.2024"
    if len(after) == 2 and after[0] in ",." and after[1].isdigit():  # noqa: PLR2004
        return None
    if after[:1] in ("%", "\u00a3", "$", "\u20ac"):
        return None
    sign = text[tok.start - 1 : tok.start]
    if sign in ("\u00a3", "$", "\u20ac", "\u2212", "+"):
        return None
    if sign == "-" and not text[tok.start - 2 : tok.start - 1].isalnum():
        return None  # "-2024" is a negative number; "2021-2024" is a range of years
    return year


def _old_year(tokens: WordIndex, i: int) -> bool:
    """True when the context of four digits before 1900 at word ``i`` makes them a year.

    A word of ``old_year_leaders`` before them ("in 1805", "since 1823"), a month ("March 1805",
    "July 26, 1805"), or a span of such years after "from" or "between" ("from 1855 to 1880"); no
    counted noun after them (checked by the caller, :func:`_nothing_counted_after`): "in 1500 cases"
    stays a count.
    """
    before = tokens.lower(i - 1)
    if before in _OLD_YEAR_LEADERS or before in _MONTH_NAMES:
        return True
    if _digits(before) and tokens.lower(i - 2) in _MONTH_NAMES:
        return True  # "July 26, 1805"
    if before not in _YEAR_RANGE_OPENERS or tokens.lower(i + 1) not in _YEAR_RANGE_JOINERS:
        return False
    later = _year_at(tokens, i + 2, partner=True)
    return later is not None and later > int(tokens[i].word)


def _nothing_counted_after(tokens: WordIndex, i: int) -> bool:
    """True when no counted noun nor a word of ``old_year_not_before`` follows word ``i``: "in 1500 cases" counts."""
    after = tokens.lower(i + 1)
    return counted_unit(after) is None and after not in _OLD_YEAR_NOT_BEFORE


def _is_count(tokens: WordIndex, i: int) -> bool:
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    if following is None or not tokens.joined(i, i + 1):
        return False
    if tokens.lower(i - 1) in _YEAR_LEADERS:
        return False
    return counted_unit(following.word) is not None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _day(tokens: WordIndex, i: int) -> int | None:
    word = tokens.lower(i)
    for suffix in _DAY_SUFFIXES:
        if word.endswith(suffix) and _digits(word[: -len(suffix)]):
            word = word[: -len(suffix)]
    if _digits(word) and len(word) <= 2 and 1 <= int(word) <= 31:  # noqa: PLR2004
        return int(word)
    return None


def _financial(tokens: WordIndex, i: int, year: int, locale: str) -> Dated | None:
    text = tokens.text
    tok = tokens[i]
    if i + 1 >= len(tokens) or text[tok.end : tok.end + 1] not in ("/", "-", "\u2013"):
        return None
    nxt = tokens[i + 1]
    if nxt.start != tok.end + 1 or len(nxt.word) not in (1, 2) or not _digits(nxt.word):
        return None
    if int(nxt.word) != (year + 1) % 10 ** len(nxt.word):  # "2023-24", "2005-6"
        return _short_span(tokens, i, year)
    if locale.startswith("en_GB"):
        return Dated(tok.start, nxt.end, Period(dt.date(year, 4, 1), dt.date(year + 1, 3, 31)))
    return Dated(tok.start, nxt.end, Period.years(year, year + 1))


def _short_span(tokens: WordIndex, i: int, year: int) -> Dated | None:
    """A span of calendar years whose end is written in its last two digits: "the 2015-17 period", "2012-15".

    A dash joins the year at word ``i`` to two digits of a later year of its century, at most
    ``_SHORT_SPAN_YEARS`` on ("2015-17" is 2015 to 2017); "2015/17" and "2015-99" are no spans.
    """
    tok, nxt = tokens[i], tokens[i + 1]
    if tokens.text[tok.end] not in _DAY_RANGE_DASHES or len(nxt.word) != 2:  # noqa: PLR2004
        return None
    end = year - year % 100 + int(nxt.word)
    if not year + 1 < end <= year + _SHORT_SPAN_YEARS:
        return None
    return Dated(tok.start, nxt.end, Period.years(year, end))


def _words_before(tokens: WordIndex, at: int, i: int, table: Collection[tuple[str, ...]]) -> int | None:
    """The first word of the phrase of ``table`` ending at word ``at`` (next to the year at ``i``), or ``None``."""
    for length in (3, 2, 1):
        first = at - length + 1
        if (
            first >= 0
            and tokens.words(first, at + 1) in table
            and all(not tokens.gap(k, k + 1).strip() for k in range(first, i))
        ):
            return first
    return None


def _shifted(day: dt.date, year: int) -> dt.date:
    """``day`` in ``year``: the last of a month stays the last (29 February becomes the 28th)."""
    if day == _month_end(day.year, day.month):
        return _month_end(year, day.month)
    return day.replace(year=year)


def _part_of_year(tokens: WordIndex, i: int, year: int, previous: Period | None) -> Dated | None:
    """Part of a year ("the first half of 2024", "Q3 2023"), or "the same period of 2023" (``previous`` moved)."""
    at = _skip_glue(tokens, i - 1)
    first = _words_before(tokens, at, i, _PERIOD_PARTS)
    if first is not None:
        months_from, months_to = _PERIOD_PARTS[tokens.words(first, at + 1)]
        period = Period(dt.date(year, months_from, 1), _month_end(year, months_to))
        return Dated(tokens[first].start, tokens[i].end, period)
    first = _words_before(tokens, at, i, _SAME_PERIOD)
    if first is None or previous is None:
        return None
    shift = year - previous.end.year
    period = Period(_shifted(previous.start, previous.start.year + shift), _shifted(previous.end, year))
    return Dated(tokens[first].start, tokens[i].end, period)


def _dated(tokens: WordIndex, i: int, year: int, locale: str, previous: Period | None = None) -> tuple[Dated, int]:
    """The period around the year at word ``i`` and the index of the period's last word.

    ``previous`` is the text's last period before it, which "the same period of 2023" moves.
    """
    start = tokens[i].start
    part = _part_of_year(tokens, i, year, previous)
    if part is not None:
        return part, i
    financial = _financial(tokens, i, year, locale)
    if financial is not None:
        return financial, i + 1
    # ranges: "2021-2023", "between 2021 and 2023", "from 2021 to 2023"
    nxt = _year_at(tokens, i + 1, partner=True)
    if nxt is not None and nxt > year:
        between = tokens.gap(i, i + 1).strip()
        if between in _YEAR_RANGE_MARKS or tokens.lower(i - 1) in _YEAR_RANGE_OPENERS:
            return Dated(start, tokens[i + 1].end, Period.years(year, nxt)), i + 1
    if (
        tokens.lower(i + 1) in _YEAR_RANGE_JOINERS
        and (later := _year_at(tokens, i + 2, partner=True)) is not None
        and later > year
    ):
        first = i - 1 if tokens.lower(i - 1) in _YEAR_RANGE_OPENERS else i
        return Dated(tokens[first].start, tokens[i + 2].end, Period.years(year, later)), i + 2
    names = months(locale)
    at = _skip_glue(tokens, i - 1)
    month = names.get(tokens.lower(at))
    if month is None and _digits(tokens.lower(i - 1)):
        month = names.get(tokens.lower(i - 2))  # "May 5, 2024"
        day = _day(tokens, i - 1)
        if month is not None and day is not None:
            return _day_period(tokens, i - 2, i, (year, month, day))
        month = None
    if month is not None:
        day_at = _skip_glue(tokens, at - 1)
        day = _day(tokens, day_at)
        if day is not None:  # "5 May 2024", "5 de mayo de 2024", "5. Mai 2024"
            return _day_period(tokens, day_at, i, (year, month, day))
        if tokens.words(at - 2, at) == _YEAR_TO:  # "in the year to March 2024"
            end = _month_end(year, month)
            begin = dt.date(year - 1, month % 12 + 1, 1) if month < 12 else dt.date(year, 1, 1)  # noqa: PLR2004
            return Dated(tokens[at - 2].start, tokens[i].end, Period(begin, end)), i
        return Dated(tokens[at].start, tokens[i].end, Period(dt.date(year, month, 1), _month_end(year, month))), i
    return Dated(start, tokens[i].end, Period.year(year)), i


def _skip_glue(tokens: WordIndex, j: int) -> int:
    """``j``, or the word before it when ``j`` is "de", "del" or "of" ("5 de mayo", "5th of May")."""
    return j - 1 if tokens.lower(j) in _GLUE_WORDS else j


def _day_period(tokens: WordIndex, first: int, last: int, date: tuple[int, int, int]) -> tuple[Dated, int]:
    year, month, day = date
    try:
        period = Period.day(dt.date(year, month, day))
    except ValueError:
        period = Period(dt.date(year, month, 1), _month_end(year, month))
    return Dated(tokens[first].start, tokens[last].end, period), last


def _month_at(tokens: WordIndex, i: int, names: dict[str, int]) -> int | None:
    """The month named by word ``i``; "May" and "March" only with a capital or after "on", "since" ... (else a verb)."""
    if not 0 <= i < len(tokens):
        return None
    lower = tokens.lower(i)
    if lower in _MONTHS_ALSO_VERBS and not tokens[i].word[:1].isupper() and tokens.lower(i - 1) not in _MONTH_LEADS:
        return None  # "it may 19": a verb; "on may 19" is a date
    return names.get(lower)


def _day_without_year(tokens: WordIndex, i: int, names: dict[str, int]) -> Dated | None:
    """A day with no year after it ("1 May", "May 1st", "Sept. 30", "Sept. 20-24"): a date, never a claim."""
    after_day = i + 2 if tokens.lower(i + 1) in _GLUE_WORDS else i + 1
    day_first = _day(tokens, i) is not None and _month_at(tokens, after_day, names) is not None
    month_first = _month_at(tokens, i, names) is not None and _day(tokens, i + 1) is not None
    last = after_day if day_first else i + 1
    year_at = last + 2 if tokens.lower(last + 1) in _GLUE_WORDS else last + 1
    if not (day_first or month_first) or _year_at(tokens, year_at) is not None:
        return None
    if not all(tokens.gap(k, k + 1).strip() in _DATE_GLUE for k in range(i, last)):
        return None
    if (
        month_first
        and last + 1 < len(tokens)
        and tokens.gap(last, last + 1) in _DAY_RANGE_DASHES
        and _day(tokens, last + 1)
    ):
        last += 1  # "Sept. 20-24": a span of days, not a figure "-24"
    return Dated(tokens[i].start, tokens[last].end, None)


def _a_year_earlier(tokens: WordIndex, i: int, previous: Period | None) -> tuple[Dated, int] | None:
    """At word ``i``, "the same period last year": ``previous`` one year earlier, and its last word."""
    if previous is None:
        return None
    start = (tokens.lower(i), tokens.lower(i + 1))
    for phrase in _A_YEAR_EARLIER_BY_START.get(start, ()) + _A_YEAR_EARLIER_BY_START.get(start[:1], ()):
        last = i + len(phrase) - 1
        if tokens.words(i, last + 1) == phrase and all(not tokens.gap(k, k + 1).strip() for k in range(i, last)):
            period = Period(
                _shifted(previous.start, previous.start.year - 1), _shifted(previous.end, previous.end.year - 1)
            )
            return Dated(tokens[i].start, tokens[last].end, period), last
    return None


def find_periods(tokens: WordIndex, locale: str) -> list[Dated]:
    """Every year, date and span of years in the text, in order; each word is read once."""
    found: list[Dated] = []
    lowers = tokens.lowers
    names = months(locale)
    # the words that may begin a period, found in one pass; the loop below reads only those
    firsts = _A_YEAR_EARLIER_FIRST | names.keys()
    candidates = [k for k, lower in enumerate(lowers) if lower[0] in _ASCII_DIGITS or lower in firsts]
    c = 0
    previous: Period | None = None
    # the last period found that a claim may take: what "the same period of 2023" moves
    while c < len(candidates):
        i = candidates[c]
        lower = lowers[i]
        year_earlier = _a_year_earlier(tokens, i, previous) if lower in _A_YEAR_EARLIER_FIRST else None
        if year_earlier is not None:
            dated, last = year_earlier
        elif not (lower[0] in _ASCII_DIGITS or lower in names):
            c += 1
            continue
        elif (year := _year_at(tokens, i)) is None or _is_count(tokens, i):
            day = _day_without_year(tokens, i, names)
            if day is not None:
                found.append(day)
                c = bisect.bisect_left(candidates, tokens.first_at_or_after(day.end), c + 1)
                continue
            c += 1
            continue
        else:
            dated, last = _dated(tokens, i, year, locale, previous)
        at = tokens.first_at_or_after(dated.start)
        before = tokens.words(at - 2, at)
        if before[-1:] in _BASELINE_BEFORE or before in _BASELINE_BEFORE:
            dated = Dated(dated.start, dated.end, dated.period, baseline=True)
        if found and dated.start < found[-1].end:
            dated = Dated(found[-1].end, dated.end, dated.period) if dated.end > found[-1].end else dated
        found.append(dated)
        if dated.period is not None and not dated.baseline:
            previous = dated.period
        c = bisect.bisect_left(candidates, last + 1, c + 1)
    return found
