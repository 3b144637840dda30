"""The English number grammar: mixed numbers, ordinal fractions, "point" decimals, digit notations, groupings."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck import NumberClaim, RatioClaim, ShareClaim
from factcheck._decimal import CONTEXT
from factcheck._extract import extract
from factcheck._extract.scan.figure import Figure, Form
from factcheck._extract.scan.scanner import scan


def _numbers(text: str, locale: str = "en_GB") -> list[tuple[Decimal, Form, str]]:
    """Each figure's value, form and number text."""
    return [(f.amount.value, f.form, text[f.number_start : f.number_end]) for f in scan(text, locale)]


def _percent(numerator: int, denominator: int) -> Decimal:
    return CONTEXT.divide(Decimal(100 * numerator), Decimal(denominator))


@pytest.mark.parametrize(
    ("text", "value", "words"),
    [
        ("The hike took five and a quarter hours.", Decimal("5.25"), "five and a quarter"),
        ("They waited one and a half years.", Decimal("1.5"), "one and a half"),
        ("She served a two-and-a-half-year term.", Decimal("2.5"), "two-and-a-half"),
        ("Sales reached a million and a half units.", Decimal("1.5E+6"), "a million and a half"),
        (
            "The fund holds one billion and a quarter million.",
            Decimal("1.00025E+9"),
            "one billion and a quarter million",
        ),
        ("It measured one hundred and three quarters.", Decimal("100.75"), "one hundred and three quarters"),
        ("It read three and forty-one hundredths.", Decimal("3.41"), "three and forty-one hundredths"),
        ("The cost was six and a fifth.", Decimal("6.2"), "six and a fifth"),
    ],
)
def test_mixed_numbers(text: str, value: Decimal, words: str) -> None:
    """A cardinal, "and" and a proper fraction is one number; after a multiplier the fraction is of it."""
    first = scan(text)[0]
    assert (value, Form.WORDS, words) == (first.amount.value, first.form, text[first.number_start : first.number_end])


def test_mixed_number_takes_a_scale_word_after_it() -> None:
    """ "four and a half million" is 4.5 times a million."""
    assert [(Decimal("4.5E+6"), Form.WORDS, "four and a half")] == _numbers("It holds four and a half million fish.")


@pytest.mark.parametrize(
    ("text", "numerator", "denominator"),
    [
        ("Rain fell on three fifths of the days.", 3, 5),
        ("The error was a hundredth of the total.", 1, 100),
        ("Only a trillionth of the sample decayed.", 1, 10**12),
        ("A ratio of seventeen fifths was quoted.", 17, 5),
        ("The gauge read twenty-three eighths.", 23, 8),
        ("He kept one twenty-fifth of the stake.", 1, 25),
        ("Each got four twenty-firsts of the pot.", 4, 21),
        ("They saw one hundred and thirty fifths.", 130, 5),
        ("They saw one hundred thirty-sevenths.", 100, 37),
        ("Some eighty - five hundred fifths were left.", 8500, 5),
        ("Nine - tenths of members agreed.", 9, 10),
        ("Two out of five hundred homes flooded.", 2, 500),
        ("One in a hundred patients relapsed.", 1, 100),
    ],
)
def test_fractions_with_ordinal_denominators(text: str, numerator: int, denominator: int) -> None:
    """Any cardinal over an ordinal is a fraction; the longest ordinal that leaves a whole cardinal wins."""
    figure = scan(text)[0]
    assert (_percent(numerator, denominator), Form.FRACTION) == (figure.amount.value, figure.form)


@pytest.mark.parametrize(
    "text",
    [
        "the twenty-first century began",
        "the two millionth visitor arrived",
        "his one hundred and fifth goal",
        "she won a fourth term",
        "for a fifth consecutive month",
        "in the two thirds that remain",
    ],
)
def test_ordinals_are_not_figures(text: str) -> None:
    """Ordinals, including compound ones and "a fourth term", give no figure."""
    expected: list[Figure] = []
    assert expected == scan(text)


def test_one_second_is_still_a_duration() -> None:
    """ "second" is no denominator on its own: "one second" stays one."""
    assert [(Decimal(1), Form.WORDS, "one")] == _numbers("Wait one second please.")


@pytest.mark.parametrize(
    ("text", "value", "words"),
    [
        ("The index rose four point zero six.", Decimal("4.06"), "four point zero six"),
        ("Growth hit two hundred point seventy-five.", Decimal("200.75"), "two hundred point seventy-five"),
        ("A rate of nought point nought two applied.", Decimal("0.02"), "nought point nought two"),
        ("A rate of naught point four applied.", Decimal("0.4"), "naught point four"),
        ("The total was nought.", Decimal(0), "nought"),
        ("They sold fifty - six boats.", Decimal(56), "fifty - six"),
        ("They sold fifteen hundred boats.", Decimal("15E+2"), "fifteen hundred"),
        ("They sold four dozens of eggs.", Decimal(48), "four dozens"),
        ("They sold two hundred and three dozen eggs.", Decimal(236), "two hundred and three dozen"),
        ("Orders hit quarter million units.", Decimal("2.5E+5"), "quarter million"),
    ],
)
def test_number_words(text: str, value: Decimal, words: str) -> None:
    """ "point" decimals, "nought", spaced hyphens, "fifteen hundred" and dozens."""
    assert [(value, Form.WORDS, words)] == _numbers(text)


def test_at_one_point_is_an_idiom() -> None:
    """ "at one point two men ..." is not 1.2."""
    assert [Decimal(1), Decimal(2)] == [f.amount.value for f in scan("At one point two men left.")]


def test_two_millions_joined_by_and_stay_two() -> None:
    """ "two million and three million" is two numbers (a range here), not 2,000,003 million."""
    figure = scan("between two million and three million")[0]
    assert (Decimal("2E+6"), Decimal("3E+6")) == (figure.amount.low, figure.amount.high)


def test_thirds_of_a_million_are_not_whole() -> None:
    """ "two thirds of a million" is read in the library's decimal context."""
    expected = CONTEXT.divide(Decimal(2 * 10**6), Decimal(3))
    assert [(expected, Form.WORDS, "two thirds of a million")] == _numbers("two thirds of a million")


@pytest.mark.parametrize(
    ("text", "value", "form", "number"),
    [
        ("Add 3/4 of a cup.", _percent(3, 4), Form.FRACTION, "3/4"),
        ("The bolt is 2 1/4 inches long.", Decimal("2.25"), Form.DIGITS, "2 1/4"),
        ("It lasted 2½ hours.", Decimal("2.5"), Form.DIGITS, "2½"),
        ("Pour in ⅔ of it.", _percent(2, 3), Form.FRACTION, "⅔"),
        ("The change was -3/8 overall.", _percent(-3, 8), Form.FRACTION, "3/8"),
        ("Avogadro gave 6.02e23 units.", Decimal("6.02E+23"), Form.DIGITS, "6.02e23"),
        ("A drift of 4.1E-3 was seen.", Decimal("4.1E-3"), Form.DIGITS, "4.1E-3"),
        ("A count of 2.5x10^4 cells.", Decimal("2.5E+4"), Form.DIGITS, "2.5x10^4"),
        ("A value of 7.1 × 10^-2 held.", Decimal("0.071"), Form.DIGITS, "7.1 × 10^-2"),
        ("It grows as 1.2^3 here.", Decimal("1.728"), Form.DIGITS, "1.2^3"),
        ("It grew to 10^9 here.", Decimal("1E+9"), Form.DIGITS, "10^9"),
        ("A yield of .07 was paid.", Decimal("0.07"), Form.DIGITS, ".07"),
        ("The city has 2 345 678 residents.", Decimal(2345678), Form.DIGITS, "2 345 678"),
        ("The city has 2\u202f345\u202f678.5 units.", Decimal("2345678.5"), Form.DIGITS, "2\u202f345\u202f678.5"),
        ("The fund is 45,67,890 rupees.", Decimal(4567890), Form.DIGITS, "45,67,890"),
        ("They held 4 hundred and 12 seats.", Decimal(412), Form.DIGITS, "4 hundred and 12"),
        ("They held 5 dozen eggs.", Decimal(60), Form.DIGITS, "5 dozen"),
        ("They held 7 thousand 2 hundred and 9 seats.", Decimal(7209), Form.DIGITS, "7 thousand 2 hundred and 9"),
        ("They held 6 million 4 hundred thousand.", Decimal("6.4E+6"), Form.DIGITS, "6 million 4 hundred thousand"),
    ],
)
def test_digit_notations(text: str, value: Decimal, form: Form, number: str) -> None:
    """Digit fractions, mixed numbers, scientific notation, powers, leading points and groupings."""
    assert [(value, form, number)] == [(v, f, w) for v, f, w in _numbers(text) if w == number]


@pytest.mark.parametrize(
    "text",
    ["We met on 12/05 again.", "Since 9/11 it changed.", "Open 24/7 now.", "Due 3/4/2025 then.", "It is 1/12 today."],
)
def test_dates_and_idioms_are_not_fractions(text: str) -> None:
    """Only small proper fractions are read: dates, "9/11" and "24/7" are not."""
    expected: list[Decimal] = []
    assert expected == [v for v, f, _ in _numbers(text) if f is Form.FRACTION]


def test_space_groups_need_three_digits() -> None:
    """ "451 2000" is two numbers: a space groups only three digits."""
    assert [Decimal(451), Decimal(2000)] == [v for v, _, _ in _numbers("Pipes 451 2000 are old.")]


def test_negative_word_is_a_sign_but_not_after_a_test() -> None:
    """ "negative four" is -4; "tested negative 2 times" keeps 2."""
    assert [Decimal(-4), Decimal(2)] == [
        f.amount.value for f in scan("Output was negative four. He tested negative 2 times.")
    ]


@pytest.mark.parametrize(
    ("text", "numerator", "denominator"),
    [
        ("The odds were one over forty.", 1, 40),
        ("The odds were 3 over 8.", 3, 8),
        ("The odds were 2 over ninety-one.", 2, 91),
        ("The slope was minus one over 4.", -1, 4),
        ("Only 1 in twenty-two replied.", 1, 22),
        ("Only 3 out of forty replied.", 3, 40),
    ],
)
def test_over_fractions(text: str, numerator: int, denominator: int) -> None:
    """ "N over M" ending its clause is a fraction when N is the smaller."""
    figure = scan(text)[0]
    assert (_percent(numerator, denominator), Form.FRACTION) == (figure.amount.value, figure.form)


@pytest.mark.parametrize("text", ["It took 2 over 3 years.", "They won 90 over 30.", "It was one over par."])
def test_over_is_not_a_fraction_before_a_noun_or_with_a_larger_first_number(text: str) -> None:
    """ "over 3 years" is a period and "90 over 30" two numbers: no fraction."""
    expected: list[Decimal] = []
    assert expected == [v for v, f, _ in _numbers(text) if f is Form.FRACTION]


def test_scaled_digits_and_a_fraction() -> None:
    """ "4 million and a quarter" is 4.25 million; "and a quarter of" is a share of its own."""
    text = "They sold 4 million and a quarter, then £2m and a quarter of the stock."
    assert [Decimal("4.25E+6"), Decimal("2E+6"), _percent(1, 4)] == [f.amount.value for f in scan(text)]


def test_a_number_and_a_share_of_something() -> None:
    """ "two and a third of voters" is two, then a share."""
    assert [Decimal(2), _percent(1, 3)] == [f.amount.value for f in scan("They polled two and a third of voters.")]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("The gauge showed nine fifths.", RatioClaim, Decimal("1.80")),
        ("The slope was minus three quarters.", NumberClaim, Decimal("-0.75")),
        ("Three quarters of staff agreed.", ShareClaim, Decimal(75)),
    ],
)
def test_improper_or_negative_fractions_are_not_shares(text: str, kind: type, value: Decimal) -> None:
    """A fraction above one is a ratio, below zero a signed number, never a share; "three quarters of" is one."""
    (claim,) = extract(text)
    assert (kind, value) == (type(claim), claim.amount.value)
