"""``parse_amount``: exactly one figure as written, or a :class:`ParseError` that says what is wrong."""

from __future__ import annotations

import functools
import warnings
from typing import TYPE_CHECKING

from factcheck import units
from factcheck._amount import Amount
from factcheck._extract.scan.locale_tables import tables
from factcheck._extract.scan.scanner import scan
from factcheck._extract.scan.unit_words import COUNT_WORDS
from factcheck._extract.text.counted_nouns import written_count_words
from factcheck._extract.text.numerals import babel_locale
from factcheck._extract.text.tokens import WORD, tokenize
from factcheck._extract.text.vocabulary import ENGLISH
from factcheck._locale import babel_name
from factcheck._precision import DEFAULT_POLICY, Hedge, PrecisionPolicy
from factcheck.errors import AmbiguityWarning, ArgumentTypeError, ParseError
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._extract.scan.figure import Figure
    from factcheck._extract.text.numerals import NumberSymbols

__all__ = ["parse_amount"]


def parse_amount(text: str, locale: str = "en_GB", *, policy: PrecisionPolicy = DEFAULT_POLICY) -> Amount:
    """The one figure ``text`` states, read in ``locale`` (babel's name, such as "de_DE").

    The whole text (stripped) must be one figure; a counted noun may follow it ("5,294 people").
    Anything else raises :class:`factcheck.ParseError` with the position and what was wrong;
    an unknown locale raises :class:`factcheck.ValidationError`. "$" outside the United States
    is read as US dollars with an :class:`factcheck.AmbiguityWarning`.

    >>> a = parse_amount("£1.2m")
    >>> a.value, a.currency, str(a.bounds)
    (Decimal('1.2E+6'), 'GBP', '[1150000, 1250000)')
    >>> parse_amount("1,2 Mio. €", "de_DE").value
    Decimal('1.2E+6')
    >>> parse_amount("around 100,000").hedge
    <Hedge.ABOUT: 'about'>
    >>> parse_amount("5 and 6")
    Traceback (most recent call last):
    ...
    factcheck.ParseError: cannot read '5 and 6' as one figure: two figures, the second at '6' (at character 6)
    """
    if not isinstance(text, str):
        raise ArgumentTypeError("parse_amount(text)", "a str such as '£1.2m'", text)
    if not isinstance(locale, str):
        raise ArgumentTypeError("parse_amount(locale=)", "a locale name such as 'en_GB'", locale)
    locale = babel_name(locale)  # "de-DE" is babel's "de_DE"
    tabs = tables(locale)
    start = len(text) - len(text.lstrip())
    read, count, count_at = _without_count_words(text, tabs.symbols)
    figures = scan(read, locale, policy=policy)
    if not figures:
        raise ParseError(text, start, "no number" if text.strip() else "empty text")
    figure = figures[0]
    if len(figures) > 1:
        second = figures[1]
        msg = f"two figures, the second at {text[second.start : second.end]!r}"
        raise ParseError(text, second.start, msg)
    if figure.start != start:
        before = text[start : figure.start].strip()
        raise ParseError(text, start, _unexpected(before, "before"))
    amount = figure.amount
    rest = read[figure.end :].strip()
    per = _rate_tail(rest, tabs.lang)
    if rest and per is None:
        raise ParseError(text, len(read) - len(read[figure.end :].lstrip()), _unexpected(rest, "after"))
    if count is not None:
        if count_at < figure.number_start:
            raise ParseError(text, count_at, "a counted noun before the number")
        if amount.unit != units.dimensionless():
            raise ParseError(text, count_at, f"a counted noun after a figure in {amount.unit}")
        amount = _counted(amount, count, policy)
    if per is not None:  # "£350m a week", "240,000 people a year", "5 Personen pro Jahr"
        amount = Amount(amount.value, amount.unit / units.unit(per), amount.bounds, amount.hedge, amount.exponent)
    if amount.currency == "USD" and _bare_dollar(figure) and "USD" not in _local_currencies(tabs.locale):
        msg = f"'$' read as USD in {locale}; write 'US$' or 'USD' to say so"
        warnings.warn(msg, AmbiguityWarning, stacklevel=2)
    return amount


def _rate_tail(rest: str, lang: str) -> str | None:
    """The time unit of a rate's tail ("a week", "per month", "pro Jahr", "par an"), else ``None``.

    The words are the language's and English ones: ``rate_per_words`` then a ``duration_words`` form.
    """
    words = rest.lower().split()
    if len(words) < 2:  # noqa: PLR2004
        return None
    per, noun = " ".join(words[:-1]), words[-1]
    for language in dict.fromkeys((lang, ENGLISH)):
        lex = lexicon(language)
        if per in lex.words("rate_per_words"):
            for unit, forms in lex.mapping("duration_words").items():
                if noun in forms:
                    return str(unit)
    return None


def _unexpected(words: str, where: str) -> str:
    if len(words) == 3 and words.isalpha() and words.isupper():  # noqa: PLR2004
        return f"unknown currency {words!r}"
    return f"unexpected {words!r} {where} the figure"


def _without_count_words(text: str, symbols: NumberSymbols) -> tuple[str, str | None, int]:
    """``text`` with its counted nouns ("people", "de personnes") blanked out, their unit, the first one's offset.

    Blanking keeps every offset, so errors point into the text as given.
    """
    lower = text.lower()
    words = _count_words()
    if not any(word in lower for word in words):
        return text, None, -1
    tokens = tokenize(text, symbols)
    chars = list(text)
    found: str | None = None
    first = -1
    for i, tok in enumerate(tokens):
        unit = words.get(tok.low) if tok.kind == WORD else None
        if unit is None or (found is not None and unit != found):
            continue
        found = unit
        begin = tokens[i - 1].start if i > 0 and tokens[i - 1].low in ("de", "d'") else tok.start
        first = begin if first < 0 else first
        chars[begin : tok.end] = " " * (tok.end - begin)
    return ("".join(chars), found, first) if found is not None else (text, None, -1)


@functools.cache
def _count_words() -> dict[str, str]:
    """The counted nouns a figure may carry: the scanner's, and every one ``Amount.format`` writes ("cases")."""
    return {**written_count_words(), **COUNT_WORDS}


def _counted(amount: Amount, count: str, policy: PrecisionPolicy) -> Amount:
    """``amount`` as a count of ``count`` (people, households): bounds recomputed for a count."""
    unit = units.unit(count)
    if amount.hedge is Hedge.RANGE and amount.low is not None and amount.high is not None:
        if amount.bounds.high_closed:
            return Amount.between(amount.low, amount.high, unit)
        return Amount(amount.value, unit, amount.bounds, amount.hedge, amount.exponent)
    return Amount.stated(amount.value, unit, hedge=amount.hedge, exponent=amount.exponent, policy=policy)


def _bare_dollar(figure: Figure) -> bool:
    return figure.unit_text is not None and "$" in figure.unit_text.split()


def _local_currencies(locale: str) -> tuple[str, ...]:
    from babel.numbers import get_territory_currencies  # noqa: PLC0415  (babel loads on first use)

    territory = babel_locale(locale).territory
    return tuple(get_territory_currencies(territory)) if territory else ()
