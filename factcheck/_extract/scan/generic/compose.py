"""German, French and Spanish number phrases built from text2num's number runs.

text2num reads runs of number words ("dreihundertvierundzwanzig", "vingt-et-un", "doscientos
treinta", "deux virgule cinq"). This module joins runs and the words around them that it leaves
alone, in one left-to-right pass with a bounded look-ahead:

* fractions with ordinal denominators: "tres quintos", "cinq huitièmes", "drei Fünftel",
  "veintidós treintavos", and French ordinal runs text2num reads whole ("cent trente
  cinquièmes" is 130/5, see :mod:`factcheck._extract.scan.generic.denominators`);
  mixed numbers: "cinco con un cuarto", "trois et deux tiers", "fünf und drei Viertel";
  halves: "un million et demi", "dos millones y medio", "dreieinhalb", "anderthalb",
  "eine halbe Million", "medio millón", "un demi-million";
* dozens: "trois douzaines", "una docena", "ein halbes Dutzend";
* the long-scale 10¹² word text2num lacks: "tres billones cuatrocientos mil", "zwei Billionen";
* zero: "null", "zéro", "cero"; Spanish "con" as a decimal mark between number words
  ("siete con cincuenta", "tres con dos por ciento").
"""

from __future__ import annotations

import functools
from decimal import Decimal
from typing import TYPE_CHECKING, Final

from factcheck._decimal import CONTEXT
from factcheck._extract.scan.generic.denominators import (
    joined,
    knockout_round,
    normalise,
    own_denominator,
    small_fraction,
    split_ordinal,
    stem_value,
)
from factcheck._extract.scan.generic.tables import GENERIC_LANGUAGES, generic_tables, in_any_language
from factcheck._extract.scan.word_number import WordNumber

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["Run", "compose", "normalise", "runs_from", "small_fraction"]

_MAX_DECIMALS: Final = 1000
"""Spanish "con" reads as a decimal mark before a number word below this: "doscientos con setenta y uno"."""
_TRILLION: Final = 12
_HALF: Final = Decimal("0.5")


@functools.cache
def _trillion_words() -> frozenset[str]:
    """The long-scale 10¹² words of every generic language, which text2num does not read."""
    return frozenset(
        word for lang in GENERIC_LANGUAGES for word, power in generic_tables(lang).scales.items() if power == _TRILLION
    )


class Run:
    """One text2num occurrence: a cardinal value, an ordinal, or a fraction word such as "treintavos"."""

    __slots__ = ("denominator", "end", "value")

    def __init__(self, end: int, value: Decimal | None, denominator: int | None) -> None:
        self.end = end
        self.value = value
        """The cardinal value ("2,5" -> 2.5), or ``None`` for an ordinal or fraction word."""
        self.denominator = denominator
        """The ordinal ("quintos" -> 5) or fraction word ("treintavos" -> 30), else ``None``."""


_ASCII_DIGITS: Final = frozenset("0123456789")


def _ascii_digits(text: str) -> bool:
    return bool(text) and all(ch in _ASCII_DIGITS for ch in text)


def _whole(value: Decimal) -> bool:
    return value == value.to_integral_value()


def _decimal(text: str) -> Decimal | None:
    digits = text.replace(",", ".")
    if not _ascii_digits(digits.replace(".", "", 1)):
        return None
    return Decimal(digits)


def runs_from(occurrences: Sequence[tuple[int, int, str, bool]]) -> dict[int, Run]:
    """text2num's occurrences ``(start, end, text, is_ordinal)`` as :class:`Run` by start."""
    found: dict[int, Run] = {}
    for start, end, text, ordinal in occurrences:
        if ordinal:
            lead = text[: len(text) - len(text.lstrip("0123456789"))]
            if lead:
                found[start] = Run(end, None, int(lead))
        elif text.startswith("1/") and _ascii_digits(text[2:]):
            found[start] = Run(end, None, int(text[2:]))
        else:
            value = _decimal(text)
            if value is not None:
                found[start] = Run(end, value, None)
    return found


class _Composer:
    def __init__(self, words: Sequence[str], lang: str, runs: dict[int, Run], candidates: Sequence[bool]) -> None:
        self.words = words
        self.lang = lang
        self.tables = generic_tables(lang)
        self.runs = runs
        self.ok = candidates
        self.n = len(words)
        self.articles = in_any_language("one_articles")
        self.trillions = _trillion_words()
        self.dozens = in_any_language("dozens")

    def word(self, k: int) -> str:
        return self.words[k] if 0 <= k < self.n and self.ok[k] else ""

    def cardinal(self, k: int) -> tuple[Decimal, int] | None:
        """A cardinal at ``k``: a text2num run, zero, a German "-einhalb" word, extended by 10¹² words."""
        run = self.runs.get(k)
        w = self.word(k)
        if run is not None and run.value is not None:
            value, end = run.value, run.end
        elif w and w == self.tables.zero_word:
            return Decimal(0), k + 1
        elif w in self.tables.fraction_numbers:
            return self.tables.fraction_numbers[w], k + 1
        elif (suffix := self._half_suffix(w)) is not None:
            whole = stem_value(w[: -len(suffix)], self.lang)  # "dreieinhalb", "eineinhalb", "einundhalb"
            return None if whole is None else (whole + _HALF, k + 1)
        elif w in self.trillions and self.word(k - 1) in self.articles:
            value, end = Decimal(1), k
        else:
            return None
        if self.word(end) in self.trillions and _whole(value):
            value = value.scaleb(12)
            end += 1
            rest = self.runs.get(end)
            if rest is not None and rest.value is not None and rest.value < value and _whole(rest.value):
                value += rest.value
                end = rest.end
        return value, end

    def _half_suffix(self, w: str) -> str | None:
        """The ending of ``w`` that adds a half to the number before it ("drei" + "einhalb"), if any."""
        for suffix in self.tables.half_suffixes:
            if w.endswith(suffix) and len(w) > len(suffix):
                return suffix
        return None

    def denominator(self, k: int, plural: bool) -> tuple[int, int] | None:
        """A fraction word at ``k`` (plural when the numerator is not one): its denominator and end."""
        w = self.word(k)
        if not w or w in in_any_language("not_denominators"):
            return None
        endings = self.tables.plural_denominator_endings
        if plural and endings and not w.endswith(endings) and w not in in_any_language("invariable_denominators"):
            return None
        run = self.runs.get(k)
        if run is not None and run.denominator is not None and run.denominator > 2:  # noqa: PLR2004
            found = run.denominator, run.end
        elif run is None and (own := own_denominator(w, self.lang)) is not None:
            found = own, k + 1
        else:
            return None
        return None if knockout_round(self.words, found[1], self.lang) else found

    def fraction(self, k: int) -> tuple[Decimal, int] | None:
        """A fraction "numerator denominator" at ``k``: "tres quintos", "un huitième"."""
        numerator = self.cardinal(k)
        if numerator is None and self.word(k) in self.articles:
            numerator = Decimal(1), k + 1
        if numerator is None or not _whole(numerator[0]) or numerator[0] == 0:
            return None
        at = numerator[1] + 1 if self.word(numerator[1]) == "-" else numerator[1]  # "cinq-huitièmes"
        den = self.denominator(at, plural=numerator[0] != 1)
        if den is None:
            return None
        return CONTEXT.divide(numerator[0], Decimal(den[0])), den[1]

    def scale_after(self, value: Decimal, k: int) -> tuple[Decimal, int]:
        """``value`` times a scale word or dozen at ``k`` ("medio millón", "demi-douzaine")."""
        at = k + 1 if self.word(k) == "-" else k
        w = self.word(at)
        if w in self.dozens:
            return CONTEXT.multiply(value, Decimal(12)), at + 1
        power = self.tables.scales.get(w)
        if power is not None and power > 3:  # noqa: PLR2004
            return value.scaleb(power, context=CONTEXT), at + 1
        return value, k

    def at(self, i: int) -> WordNumber | None:
        """The number phrase beginning at token ``i``, if it is more than text2num read."""
        lang = self.lang
        tables = self.tables
        w = self.word(i)
        if w in self.articles and self.word(i + 1) in tables.halves_before_scale:
            value, end = self.scale_after(_HALF, i + 2)
            if end > i + 2 or (lang != "es" and self.word(i + 2) != "-"):
                return WordNumber(value, end)  # "eine halbe Million", "ein halbes Jahr"; not "une demi-finale"
        if w in tables.halves_before_scale and lang != "fr":
            value, end = self.scale_after(_HALF, i + 1)
            return WordNumber(value, end) if end > i + 1 else None
        split = self._ordinal_fraction(i) or self._split_mixed(i)
        if split is not None:
            return split
        fraction = self.fraction(i)
        if fraction is not None:
            value, end = self.scale_after(*fraction)
            if end == fraction[1] and self.word(end) in in_any_language("fraction_scale_links") and fraction[0] < 1:
                value, end = self.scale_after(fraction[0], end + 1)  # "un quart de million"
                end = fraction[1] if end == fraction[1] + 1 else end
            return WordNumber(value, end)
        found = self.cardinal(i)
        percent = w in tables.percent_hundreds and self.word(i - 1) in tables.percent_starts
        if found is None or (percent and found[1] == i + 1):
            return None  # "por ciento" left over is a percent sign, not a hundred
        value, end = found
        nxt = self.word(end)
        if nxt in self.dozens and value <= 100:  # noqa: PLR2004  ("trois douzaines"; not "trois cent deux douzaines")
            return WordNumber(CONTEXT.multiply(value, Decimal(12)), end + 1)
        if (nxt in tables.mixed_number_joiners or nxt in tables.decimal_joiners) and _whole(value):
            mixed = self._mixed(value, end)
            if mixed is not None:
                return mixed
        half = tables.and_a_half
        if half and tuple(self.word(k) for k in range(end, end + len(half))) == half:
            return WordNumber(value + _HALF, end + len(half))
        return WordNumber(value, end)

    def _ordinal_fraction(self, i: int) -> WordNumber | None:
        """A French ordinal run that is a fraction: "quatre centièmes", "cent trente cinquièmes"."""
        run = self.runs.get(i)
        if self.lang != "fr" or run is None or run.value is not None or run.end - i < 2:  # noqa: PLR2004
            return None
        found = split_ordinal(self.words, i, run.end)
        if found is None:
            return None
        value, end = self.scale_after(CONTEXT.divide(Decimal(found[0]), Decimal(found[1])), run.end)
        return WordNumber(value, end)

    def _split_mixed(self, i: int) -> WordNumber | None:
        """French "cent et trois quarts", "vingt et un cinquième": text2num's run holds the whole and the numerator."""
        run = self.runs.get(i)
        if self.lang != "fr" or run is None or run.value is None or self.denominator(run.end, plural=False) is None:
            return None
        joins = [k for k in range(i + 1, run.end - 1) if self.words[k] in self.tables.mixed_number_joiners]
        if not joins:
            return None
        whole = stem_value(joined(self.words[i : joins[-1]]), "fr")
        numerator = stem_value(joined(self.words[joins[-1] + 1 : run.end]), "fr")
        if whole is None or numerator is None:
            return None
        den = self.denominator(run.end, plural=numerator != 1)
        if den is None or numerator >= den[0]:
            return None
        part = CONTEXT.divide(Decimal(numerator), Decimal(den[0]))
        last = self.tables.scales.get(self.words[joins[-1] - 1], 0)
        if last:  # "cinq milliards et trois quarts"
            return WordNumber(whole + part.scaleb(last, context=CONTEXT), den[1])
        total, end = self.scale_after(whole + part, den[1])
        return WordNumber(total, end)

    def _mixed(self, value: Decimal, end: int) -> WordNumber | None:
        joiner = self.word(end)
        scales = self.tables.scales
        last = scales.get(self.word(end - 1), 0)
        half_at = end + 2 if self.word(end + 1) in self.articles else end + 1  # "uno con un medio", "un et un demi"
        if self.word(half_at) in self.tables.halves_after_joiner:
            after = scales.get(self.word(half_at + 1))
            if after is not None and after < last:  # "un billón y medio millón"
                return WordNumber(value + Decimal(5).scaleb(after - 1), half_at + 2)
            return WordNumber((value + Decimal(5).scaleb(last - 1)).normalize(CONTEXT), half_at + 1)
        part = self.fraction(end + 1)
        if part is not None and part[0] < 1:
            if last:  # "seis millones con dos tercios"
                return WordNumber(value + part[0].scaleb(last, context=CONTEXT), part[1])
            total, stop = self.scale_after(value + part[0], part[1])
            return WordNumber(total, stop)
        decimals = self.runs.get(end + 1)
        if (
            joiner in self.tables.decimal_joiners
            and decimals is not None
            and decimals.value is not None
            and _whole(decimals.value)
            and 0 < decimals.value < _MAX_DECIMALS
        ):  # "siete con cincuenta" 7.50, "tres con dos por ciento"
            digits = str(int(decimals.value))
            return WordNumber(value + Decimal(digits).scaleb(-len(digits)), decimals.end)
        return None


def compose(words: Sequence[str], lang: str, runs: dict[int, Run], candidates: Sequence[bool]) -> dict[int, WordNumber]:
    """Number phrases of German, French or Spanish tokens, by first token (see the module docstring).

    ``words`` are lower-case tokens, ``runs`` text2num's occurrences by start; a token whose
    ``candidates`` entry is False is a separator.
    """
    composer = _Composer(words, lang, runs, candidates)
    articles = composer.articles
    found: dict[int, WordNumber] = {}
    i = 0
    n = len(words)
    while i < n:
        reading = composer.at(i) if candidates[i] else None
        if reading is None or reading.end <= i:
            i += 1
            continue
        if not (reading.end == i + 1 and words[i] in articles):
            found[i] = reading
        i = reading.end
    return found
