"""Which kind of claim a read figure makes, in the order of precedence ``read.claim_builder`` lists.

:func:`kind` is the reader's last step before the draft: a change (relative, in points or
absolute), money or a rate of money, a share and its whole ("95% of voters"), a ratio ("two
thirds", "153% of income", "150% of the monthly average"), a signed number, a rate, a duration,
a physical quantity or a count; it adjusts the amount where the kind needs it (a fraction in
percent, a part of a point). Separate because it decides the claim's class from what the other
steps found, with the few words of its own it reads (points, ratio wholes, "in 2021").
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._claims import (
    AbsoluteChangeClaim,
    CountClaim,
    DurationClaim,
    MoneyClaim,
    NumberClaim,
    PointsChangeClaim,
    QuantityClaim,
    RateClaim,
    RatioClaim,
    RelativeChangeClaim,
    ShareClaim,
)
from factcheck._decimal import HUNDRED, ZERO
from factcheck._extract.read.clause.subjects import subject_before
from factcheck._extract.read.draft import with_unit
from factcheck._extract.scan.english_words import months
from factcheck._extract.scan.figure import Form
from factcheck.lexicons import LANGUAGES, lexicon

if TYPE_CHECKING:
    from factcheck._claims import Claim
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.reading import Reading
    from factcheck._extract.scan.figure import Figure

__all__ = ["kind"]

_EN: Final = lexicon("en")  # English words read in every language, as before: "of", "one in five"
_OF: Final = _EN.words("of_words")
_RATIO_WHOLES: Final = _EN.words("ratio_wholes")  # "153% of income" is a ratio

ONE_HUNDREDTH: Final = Decimal("0.01")
_DATE_LIKE: Final = re.compile(r"\d|[QH][1-4]$")  # a year, a day or a quarter after "in"
_POINT_WORDS: Final = frozenset(
    word for language in LANGUAGES for word in lexicon(language).strings("percentage_points_in_context")
)
"""Points after a number ("up 3 points"): a fraction before them is a part of a point, not a percentage."""
_POINT_LINKS: Final = _EN.phrase_set("part_of_a_point_links")  # "three quarters of a point"
_RATIO_WHOLE_REACH: Final = 4
"""Words read after "of" for a ratio whole: "of the long-term average"."""
_PERIOD_LEADS: Final = _EN.words("period_leads")  # "153% in 2021": no whole follows
_TIME_AFTER: Final = (
    _EN.words("time_determiners") | _EN.words("undated_times") | _EN.words("not_a_whole_after")
)  # "211% last year", "300% now", "211% at the end of 2023": no whole follows
_GROUP_RATIOS: Final = tuple(f" {words} " for words in _EN.strings("group_ratio_words"))  # " in ", " out of "


def kind(reader: Reader, r: Reading) -> tuple[type[Claim], str | None]:
    """The claim class (and, for a share, its whole); adjusts the amount where the kind needs it."""
    figure, change = r.figure, r.change
    fraction = figure.form is Form.FRACTION and (r.dimensionless or units.is_percent(r.amount.unit))
    if fraction and _of_a_point(reader, r):
        fraction = False  # "fell 1/4 point", "three quarters of a point": a part of a point, not a percentage
        r.amount = with_unit(r.amount, units.dimensionless(), reader.policy, factor=ONE_HUNDREDTH)
    if fraction and r.dimensionless:
        r.amount = with_unit(r.amount, units.unit("percent"), reader.policy, factor=HUNDRED)
    unit = r.amount.unit
    if change is not None:
        if units.is_percentage_point(unit):
            return PointsChangeClaim, None
        if units.is_percent(unit) or r.change_per_period:
            return RelativeChangeClaim, None  # "rose 4%", "rose 4% a year" ("fell by 1.1% of GDP a year": absolute)
        delta = units.difference_unit(unit)  # "rose by 3 degrees C": a difference of temperatures
        if delta != unit:
            r.amount = with_unit(r.amount, delta, reader.policy)
        return AbsoluteChangeClaim, None
    if units.currency_code(unit) is not None:
        return (RateClaim if r.rate is not None else MoneyClaim), None
    of_follows = reader.tokens.lower(r.nxt) in _OF and r.nxt + 1 < r.clause_end  # "of" and a whole
    named_after = r.subject is not None and r.subject[0] > r.last  # "half the voters", not "turnout was half"
    bare = not of_follows and not named_after and not _of_a_group(reader, figure, r.nxt, r.clause_end)
    if fraction and (bare or not ZERO <= r.amount.value <= HUNDRED):  # "seven fifths" is no share
        r.amount = with_unit(r.amount, units.dimensionless(), reader.policy, factor=ONE_HUNDREDTH)
        if r.amount.value < ZERO:
            return NumberClaim, None  # "-4/5", "minus three fifths": a signed number, not a ratio of sizes
        return RatioClaim, None  # "two thirds", "1 in 21" on their own: a bare ratio
    if units.is_percent(unit):
        outside = not ZERO <= r.amount.value <= HUNDRED
        if outside and of_follows and _ratio_whole_follows(reader, r):
            r.amount = with_unit(r.amount, units.dimensionless(), reader.policy, factor=ONE_HUNDREDTH)
            return RatioClaim, None  # "150% of the monthly average": the phrase stops at "monthly"
        if r.of_phrase is None:
            return (_not_a_share(reader, r) if outside else ShareClaim), None
        if outside and reader.tokens.lower(r.of_phrase[1]) in _RATIO_WHOLES:
            r.amount = with_unit(r.amount, units.dimensionless(), reader.policy, factor=ONE_HUNDREDTH)
            return RatioClaim, None  # "153% of income": a ratio to another quantity, not a part of a whole
        verb = reader.language.level_verb(reader.tokens, r.lead, r.clause_first)
        stated = None if verb is None else subject_before(reader.tokens, verb, r.clause_first)
        whole = reader.phrase(*r.of_phrase)
        r.subject = r.of_phrase if stated is None else stated
        return ShareClaim, whole
    if r.rate is not None:
        return RateClaim, None
    if units.is_time(unit):
        return DurationClaim, None
    if not units.is_count(unit):
        return QuantityClaim, None
    if r.subject is None and r.of_phrase is not None:
        r.subject = r.of_phrase  # "hundreds of migrants", "dozens of them"
    return CountClaim, None


def _of_a_point(reader: Reader, r: Reading) -> bool:
    """True when points follow the figure: "1/4 point", "three quarters of a point"."""
    tokens, k = reader.tokens, r.nxt
    if k + 2 < r.clause_end and tokens.words(k, k + 2) in _POINT_LINKS:
        k += 2
    return k < r.clause_end and tokens.lower(k) in _POINT_WORDS


def _not_a_share(reader: Reader, r: Reading) -> type[Claim]:
    """A percentage outside 0-100% with no "of" whole: a signed level, or a ratio.

    "Inflation was -0.1%", "a discount rate of -2.70%", a table cell "-4%": a level in percent
    with its sign (a :class:`QuantityClaim`, as no share has a sign); a change needs a change
    word ("fell 2.7%", "fell -2.7%": read before this). "Reaching 153% in 2021": a
    ratio to a quantity not named, when nothing but punctuation or a period follows it; words
    after it may still name a whole ("a 130% share of approvals", "112 % der Mitglieder").
    """
    if r.amount.value < ZERO:
        return QuantityClaim
    tokens, nxt = reader.tokens, r.nxt
    dated = (
        tokens.lower(nxt) in _PERIOD_LEADS
        and nxt + 1 < r.clause_end
        and (_DATE_LIKE.match(tokens[nxt + 1].word) or tokens.lower(nxt + 1) in months())  # "in 2021", "in May"
    )
    dated = dated or tokens.lower(nxt) in _TIME_AFTER  # "inflation reached 211% last year": a rate, no share
    if nxt < r.clause_end and tokens[nxt].word[:1].isalpha() and not dated:
        return ShareClaim
    r.amount = with_unit(r.amount, units.dimensionless(), reader.policy, factor=ONE_HUNDREDTH)
    return RatioClaim


def _ratio_whole_follows(reader: Reader, r: Reading) -> bool:
    """True when a ratio whole is one of the few words after "of", joined: "of the monthly average".

    The noun phrase after "of" stops at a time or rate word ("monthly", "long-term"), so its
    last word misses the whole that follows it.
    """
    tokens = reader.tokens
    end = min(r.clause_end, r.nxt + 1 + _RATIO_WHOLE_REACH)
    for k in range(r.nxt + 1, end):
        if k > r.nxt + 1 and not tokens.joined(k - 1, k):
            return False
        if tokens.lower(k) in _RATIO_WHOLES:
            return True
    return False


def _of_a_group(reader: Reader, figure: Figure, nxt: int, clause_end: int) -> bool:
    """True for "one in five said ...": "N in M" with words after it counts members of a group."""
    number = reader.text[figure.number_start : figure.number_end].lower()
    return nxt < clause_end and any(words in number for words in _GROUP_RATIOS)
