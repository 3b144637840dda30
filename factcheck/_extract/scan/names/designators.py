"""Whether a numeral names something rather than counts: :func:`not_a_figure_before`, and how far its name runs.

The operand reader asks :func:`not_a_figure_before` at a numeral with no sign or currency
before it: a designator or a sign before it ("section 3", "Class 2 NICs", "exit 436", "#19",
"§ 1201"), dotted letters around it ("7 U.S.C.", "H.R. 697"), a subsection's brackets
("(a)(6)"), a bill's letters ("S. 211"), a stock index's name ("FTSE 100"), a word glued or
hyphened before it ("G7", "Covid-19"); and, from the modules beside this one, a capitalised
name, an address or a list's number. :func:`named_range_end` is where the reader resumes after
such a numeral: past a range or a list of them ("sections 3 to 5", "Nos. 1318, 1319, and 1320").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck._extract.scan.names.addresses import building_number, house_number, zip_code
from factcheck._extract.scan.names.capitalised import TIMES_WORDS, in_capitalised_name, unit_designation, unit_follows
from factcheck._extract.scan.names.enumerators import enumerator
from factcheck._extract.scan.unit_index import unit_at
from factcheck._extract.scan.unit_words import DESIGNATORS, DOTTED_DESIGNATORS, NAMED_AFTER_ROUND, NAMED_BEFORE
from factcheck._extract.text.counted_nouns import is_plural, singular
from factcheck._extract.text.tokens import NUM, SYM, WORD, Token
from factcheck._extract.text.vocabulary import COMMON, ENGLISH, every_language
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._extract.scan.operand_record import ScannerView

__all__ = ["named_range_end", "not_a_figure_before"]

_ENGLISH: Final = lexicon(ENGLISH)

_NAMED_OR_DESIGNATOR: Final = NAMED_BEFORE | DESIGNATORS | DOTTED_DESIGNATORS
_ROUND: Final = 100
"""Digits before a word of ``NAMED_AFTER_ROUND`` are a name when a whole multiple of this: "1000 series"."""
_DOTTED: Final = 6
"""How many tokens a dotted abbreviation after a numeral is read over ("U.S.C." is six)."""
_FILE_FORMATS: Final = lexicon(COMMON).words("file_formats")
"""Names of file formats a file's size may be glued after: "CSV1.74KB"."""
_DESIGNATOR_LINKS: Final = _ENGLISH.words("designator_links")  # "amendments numbered 1306 through 1308"
_BILL_PREFIXES: Final = _ENGLISH.words("bill_prefixes")
"""Letters, written as they stand, before a bill's or an amendment's number: "S. 211", "SA 1304"."""
_NUMBER_PREFIXES: Final = _ENGLISH.words("number_prefixes")
"""Words glued before a numeral that leave it a figure: "mid-2024"."""
_HYPHEN_PREFIXES: Final = _NUMBER_PREFIXES | _ENGLISH.words("hyphen_number_prefixes")
"""Words hyphenated before a numeral that leave it a figure: "late-2023"; any other makes a name ("Covid-19")."""
_INDEX_NAMES: Final = {
    name: frozenset(numbers) for name, numbers in lexicon(COMMON).string_tuples("index_names").items()
}
"""Stock indices named with a number, name -> its numbers: "FTSE 100", "S&P 500" (the number is no figure)."""
_ROAD_WORDS: Final = every_language("road_designators")
"""Words before a numeral that make it a road's or a junction's name, unless a unit follows: "highway 35"."""
_NAME_LETTERS: Final = _ENGLISH.words("named_by_letters_after")
"""Capitals glued (or hyphened) after a numeral that make it a name: "3D", "2-D"."""
_CIRCA: Final = _ENGLISH.words("circa_marks")
"""Abbreviations of "circa" glued by a dot before a year: "c.1675"."""
_YEAR_DIGITS: Final = (3, 4)
_ERA_MARKS: Final = _ENGLISH.words("era_marks")
"""Marks of an era after a year: "664 b.c.e.", "55 BC"."""
_NUMBER_SIGNS: Final = _ENGLISH.words("number_signs")
"""Signs before a numeral that make it a rank or a section's number: "#19", "§ 1201"."""
_LIST_SEPARATORS: Final = lexicon(ENGLISH).words("list_separators")


def not_a_figure_before(sc: ScannerView, k: int) -> bool:
    """True when the token before numeral ``k`` makes it a name or a designator, or the word after it does.

    "section 3", "Class 2 NICs", "(a)(6)" (a subsection: a bracketed numeral right after a
    bracket), "7 U.S.C.", "2175 Rayburn"; an address's number ("123 Random Street", "Cloud City,
    PA 23456") and a list's ("(1) cost, (2) time").
    """
    toks = sc.toks
    if (
        _named_by_next(sc, k)
        or in_capitalised_name(sc, k)
        or house_number(sc, k)
        or building_number(sc, k)
        or zip_code(sc, k)
        or enumerator(sc, k)
        or unit_designation(sc, k)
    ):
        return True
    if k == 0:
        return False
    prev = toks[k - 1]
    if prev.text in _NUMBER_SIGNS:
        return True  # "peaked at #19", "§ 1201": a rank, a section
    if not toks[k].glued and _dotted_before(sc, k) in _NAMED_OR_DESIGNATOR:
        return True  # "42 U.S.C. 5301", "H.R. 697", "Public Law 96-374", "Executive Order 13313"
    if toks[k].glued and prev.text == "(" and prev.glued and k > 1 and toks[k - 2].text == ")":
        return True  # "section 1(a)(6)": a subsection, not a figure
    if toks[k].glued and prev.text == "(" and _designator_bracket(sc, k):
        return True  # "section 201(4)", "paragraph (1)": a subsection of a designated part
    if toks[k].glued and prev.kind == WORD:
        if prev.low in _FILE_FORMATS and unit_follows(sc, k):
            return False  # "Download CSV1.74KB": the file's size
        return prev.low not in _NUMBER_PREFIXES  # "G7", "M25", "A1"; "mid-2024" reads
    if toks[k].glued and prev.kind == SYM and prev.text == "." and k > 1 and prev.glued and _model(toks[k - 2]):
        return True  # "ID.4", "EQ.5": a model's name
    if toks[k].glued and prev.text == "." and k > 1 and prev.glued and toks[k - 2].low in _CIRCA:
        digits = toks[k].digits or ""
        return digits.isdigit() and len(digits) in _YEAR_DIGITS  # "c.1675": a year, circa
    if toks[k].glued and prev.kind == SYM and prev.text == "-" and k > 1 and prev.glued:
        before = toks[k - 2]
        if before.kind == WORD and before.low in sc.tabs.hedges.range_to and _hyphened_numeral_before(sc, k - 2):
            return False  # "passed 230-to-198": the second number of a tally or score
        if before.kind == WORD and before.low not in _HYPHEN_PREFIXES:
            return True  # "Covid-19", "F-35"
        if before.kind == NUM:
            return not_a_figure_before(sc, k - 2)  # "Public Law 96-374": the rest of a name
    word = prev
    if prev.kind == SYM and prev.text == "." and k > 1:
        word = toks[k - 2]
    if word.kind != WORD:
        return False
    if prev is word and not toks[k].glued and _index_name(sc, k):
        return True  # "the FTSE 100 lost 162 points": the number is part of the index's name
    if prev is word and word.low in _ROAD_WORDS:
        return not unit_follows(sc, k)  # "on highway 35", "exit 436"; not "the highway 35 miles north"
    if k + 1 < len(toks) and toks[k + 1].low in TIMES_WORDS:
        return False  # "won the World Series 27 times": occasions, not "Series 27"
    if prev is word and word.low in _DESIGNATOR_LINKS and k > 1 and toks[k - 2].kind == WORD:
        label = toks[k - 2].low  # "amendments numbered 1306 through 1308"; "the crowd numbered 5,000" counts
        return label in DESIGNATORS or singular(label) in DESIGNATORS
    if prev is not word and word.low in DOTTED_DESIGNATORS:
        return True  # "S. Res. 28": the abbreviation with its dot
    if prev is not word and _lettered_part(sc, k):
        return True  # "Table B.1", "Annex A.2": the number of a lettered part
    at = k - 1 if prev is word else k - 2
    if at > 0 and toks[at - 1].kind == NUM and word.low in NAMED_BEFORE:
        return True  # "25 USC 2212", "73 Stat. 4": the section or page of a cited code
    if word.text in _BILL_PREFIXES and not (at > 0 and word.glued and toks[at - 1].text == "."):
        return True  # "S. 211", "SA 1304": a bill's or an amendment's number; not "the U.S. 500"
    if word.low not in DESIGNATORS or unit_follows(sc, k):
        return False  # "lost her title 2 years ago", "line 5 miles": a figure after the word
    return not (word.low == "no" and word.text == "no" and prev is word)


def _lettered_part(sc: ScannerView, k: int) -> bool:
    """True for numeral ``k`` after a designator, a capital letter and a dot glued: "Table B.1", "Chart A.3"."""
    toks = sc.toks
    if k < 3 or not (toks[k].glued and toks[k - 1].glued) or toks[k - 2].glued:  # noqa: PLR2004
        return False
    letter, label = toks[k - 2], toks[k - 3]
    return len(letter.text) == 1 and letter.text.isupper() and label.kind == WORD and label.low in DESIGNATORS


def _designator_bracket(sc: ScannerView, k: int) -> bool:
    """True for numeral ``k`` in brackets after a designator or glued to its numeral: "paragraph (1)", "201(4)"."""
    toks = sc.toks
    if k < 2 or k + 1 >= len(toks) or toks[k + 1].text != ")":  # noqa: PLR2004
        return False
    before = toks[k - 2]
    if before.kind == NUM:
        return toks[k - 1].glued and not_a_figure_before(sc, k - 2)  # "section 201(4)", "Sec. 107(8)"
    return before.kind == WORD and not toks[k - 1].glued and before.low in DESIGNATORS


def _hyphened_numeral_before(sc: ScannerView, k: int) -> bool:
    """True when a numeral and a glued hyphen stand right before token ``k``: the "230-" of "230-to-198"."""
    toks = sc.toks
    return k > 1 and toks[k].glued and toks[k - 1].text == "-" and toks[k - 1].glued and toks[k - 2].kind == NUM


def _index_name(sc: ScannerView, k: int) -> bool:
    """True when numeral ``k`` ends a stock index's name: "FTSE 100", "S&P 500", "Nikkei 225"."""
    toks = sc.toks
    j = k - 1
    while j > 0 and toks[j].glued and k - j < 3:  # noqa: PLR2004  ("S&P": three tokens glued)
        j -= 1
    return toks[k].text in _INDEX_NAMES.get("".join(t.low for t in toks[j:k]), ())


def _dotted_before(sc: ScannerView, k: int) -> str:
    """The words just before numeral ``k`` as one key, else "".

    Dotted letters are joined ("U.S.C." is "usc"); otherwise the two words before it ("public law").
    """
    toks = sc.toks
    j = k - 1
    while (
        j >= 0
        and k - j <= _DOTTED
        and (toks[j].kind == WORD or toks[j].text == ".")
        and (j == k - 1 or toks[j + 1].glued)
    ):
        j -= 1
    dotted = [t.low for t in toks[j + 1 : k]]
    if "." in dotted and len(dotted) > 2:  # noqa: PLR2004
        return "".join(dotted).replace(".", "")
    if k > 1 and toks[k - 1].kind == WORD and toks[k - 2].kind == WORD:
        return f"{toks[k - 2].low} {toks[k - 1].low}"
    return ""


def _named_by_next(sc: ScannerView, k: int) -> bool:
    """True when the word after numeral ``k`` (its dotted letters joined: "U.S.C.") makes it a name.

    So does a dimension's letter glued or hyphened to it ("3D", "2-D") and a second word after
    dotted letters ("17 U.S. Code").
    """
    toks = sc.toks
    j = k + 1
    if j < len(toks) and toks[j].glued and toks[j].text == "-" and j + 1 < len(toks) and toks[j + 1].glued:
        j += 1  # "2-D"
    if j < len(toks) and toks[j].glued and toks[j].text in _NAME_LETTERS:
        return j + 1 >= len(toks) or not toks[j + 1].glued or toks[j + 1].kind != WORD  # "3D", not "3Dx"
    j = k + 1
    if j >= len(toks) or toks[j].kind != WORD or toks[j].glued:
        return False
    if toks[j].low in NAMED_AFTER_ROUND:
        digits = toks[k].text  # written without separators: "1000 series"; "1,000 series of tests" counts
        return digits.isdigit() and int(digits) >= _ROUND and int(digits) % _ROUND == 0
    letters = [toks[j].low]
    j += 1
    while j < len(toks) and j <= k + _DOTTED and toks[j].glued and (toks[j].kind == WORD or toks[j].text == "."):
        letters.append(toks[j].low)
        j += 1
    name = "".join(letters).replace(".", "")
    if name in NAMED_BEFORE:
        return True
    if name in _ERA_MARKS:  # "664 b.c.e. to 250 c.e.": years; "3 BC towns" counts towns
        after = toks[j] if j < len(toks) else None
        return after is None or after.kind != WORD or not after.text.islower() or not is_plural(after.low)
    return j < len(toks) and toks[j].kind == WORD and not toks[j].glued and f"{name} {toks[j].low}" in NAMED_BEFORE


def _model(t: Token) -> bool:
    """True for a word of capitals that names a model before ".4": "ID", "EQ"."""
    return t.kind == WORD and len(t.text) > 1 and t.text.isupper()


def named_range_end(sc: ScannerView, k: int) -> int:
    """The token after a name's numeral at ``k``, or after a bare numeral joined to it: "sections 3 to 5".

    A list of such numerals goes with it ("Sections 3, 4 and 5", "amendments numbered 1318, 1319
    and 1320", "Nos. 1318, 1319, and 1320"): numerals written alike (as many dots), joined by
    commas and ending with a word of ``list_separators`` (a comma before it or not) or a range
    word before the last one, which no unit, percent or plural noun follows.
    """
    toks, hedges = sc.toks, sc.tabs.hedges
    listed = _named_list_end(sc, k)
    if listed is not None:
        return listed
    far = k + 2
    if far >= len(toks) or toks[far].kind != NUM or toks[k + 1].low not in hedges.range_to | hedges.range_joiners:
        return k + 1
    after = toks[far + 1] if far + 1 < len(toks) else None
    if after is not None and (after.text == "%" or (after.kind == WORD and unit_at(after.low) is not None)):
        return k + 1  # "version 2 to 40 percent"? the second is a figure
    if after is not None and (after.kind == NUM or (after.glued and after.kind == SYM and after.text not in ",.;:)")):
        return k + 1  # "230-to-197 and 229-to-198": a score goes on
    return far + 1


def _named_list_end(sc: ScannerView, k: int) -> int | None:
    """The token after a list of names' numerals from ``k`` ("3, 4 and 5"), else ``None`` (no such list)."""
    toks, hedges = sc.toks, sc.tabs.hedges
    dots = toks[k].text.count(".")
    j = k
    while j + 2 < len(toks) and toks[j + 1].text == "," and toks[j + 2].kind == NUM:
        j += 2
        if toks[j].text.count(".") != dots:
            return None
    sep = j + 1
    if j > k and sep + 1 < len(toks) and toks[sep].text == "," and toks[sep + 1].low in _LIST_SEPARATORS:
        sep += 1  # "Nos. 1318, 1319, and 1320": a comma before the last joiner
    last = sep + 1
    if j == k or last >= len(toks) or toks[last].kind != NUM or toks[last].text.count(".") != dots:
        return None
    if toks[sep].low not in _LIST_SEPARATORS and toks[sep].low not in hedges.range_to:
        return None
    after = toks[last + 1] if last + 1 < len(toks) else None
    if after is not None and (
        after.text == "%" or (after.kind == WORD and (unit_at(after.low) is not None or is_plural(after.low)))
    ):
        return None  # "sections 3, 4 and 5 percent", "Section 4, 25 and 30 people": the last is a figure
    return last + 1
