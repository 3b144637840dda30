"""Numerals that are not figures: phone numbers, times, written dates, codes, notes' marks, chemical names, idioms.

The scanner asks :func:`non_figure_end` at each numeral; the answer is where to resume, past
the whole cluster, so that "07700 900123" or "12/05/2024" give no figure at all.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from factcheck._extract.scan.english.cardinals import TENS, UNITS
from factcheck._extract.text.counted_nouns import is_plural
from factcheck._extract.text.tokens import HYPHENS, NUM, WORD, match
from factcheck._extract.text.vocabulary import ENGLISH, every_language
from factcheck.lexicons import LANGUAGES, lexicon

if TYPE_CHECKING:
    from collections.abc import Sequence

    from factcheck._extract.text.tokens import Token

__all__ = ["capitalised_name_end", "idiom_end", "in_dash_chain", "non_figure_end", "quoted_title_end"]

_CLUSTER_SYMBOLS: Final = frozenset({":", "/", "."})
_PHONE_SYMBOLS: Final = frozenset({"(", ")", "-"})
_TIME_WORDS: Final = every_language("time_of_day_words")
_TWELVE_WORDS: Final = every_language("twelve_o_clock_words")
"""Words that make a 12 before them noon or midnight: "12 noon", "12 midnight"."""
_TWELVE: Final = "12"
_CLOCK_MINUTES: Final = [lexicon(lang).own("clock_minutes") or {} for lang in LANGUAGES]
_CLOCK_JOINS: Final = frozenset(word for table in _CLOCK_MINUTES for word in table.get("joins", ()))
_CLOCK_MINUTE_WORDS: Final = frozenset(word for table in _CLOCK_MINUTES for word in table.get("minutes", ()))
"""After "10 o'clock", "and 59 minutes" is the time's minutes, not a duration."""
_IDIOMS: Final = {
    tuple(re.findall(r"[^\W_]+|[^\w\s]", phrase)): True for phrase in lexicon(ENGLISH).strings("number_idioms")
}
"""Phrases whose number is part of a name, as the scanner cuts them: ("two", "-", "party"), ("half", "back")."""
_IDIOM_LONGEST: Final = max(len(phrase) for phrase in _IDIOMS)
_IDIOM_FIRST: Final = frozenset(phrase[0] for phrase in _IDIOMS)
"""The words an idiom begins with: where no token is one, no idiom holds the number."""
_TITLE_QUOTES: Final = lexicon(ENGLISH).string_tuples("quoted_title_marks")
"""Marks opening a short title in quotes -> the marks that close it: "‘" -> "’"."""
_TITLE_SMALL_WORDS: Final = lexicon(ENGLISH).words("title_small_words")
"""Lower-case words a title in title case may hold: "Norwich in 90", "Five a Day"."""
_TITLE_END_MARKS: Final = frozenset({".", ",", "!", "?"})
"""Marks that may close a quoted title inside its quotes, glued to its last word: "‘8 Out of 10 Cats.’"."""
_TITLE_TOKENS: Final = 4
"""The most tokens of a quoted title looked through on each side of its number."""
_FOOTNOTE_DIGITS: Final = 3
"""A footnote mark has at most this many digits ("[32]")."""
_PHONE_TOKENS: Final = 10
"""A phone number is read (and skipped) up to this many tokens."""
_FOOTNOTE_OPENINGS: Final = lexicon(ENGLISH).words("footnote_openings")
"""Capitalised words after a small numeral opening a sentence that make it a note's mark: "2 This measure"."""
_SENTENCE_ENDS: Final = frozenset({".", "!", "?"})
_LOCANT_LETTERS: Final = lexicon(ENGLISH).words("locant_letters")
"""Greek letters hyphened before a numeral in a chemical's name: "delta-9-tetrahydrocannabinol"."""
_LOCANT_STEMS: Final = lexicon(ENGLISH).words("locant_stems")
"""Parts of a chemical's name in a word hyphened after numerals: "3,4-methylenedioxy", "6-monoacetylmorphine"."""
_HYPHENS_OR_EN_DASH: Final = HYPHENS | {"\u2013"}
"""What joins the parts of a chemical's name: a hyphen, or an en dash typeset for one."""
_LOCANTS_MOST: Final = 12
"""The most numerals a chemical name's list of locants is read over ("1,2,3,4,6,7,8-hepta..." has
seven): the walk along a list is asked again at each of its numerals, so an unbounded one took
time in the square of a long run of "1,2,3,..." (a megabyte of it: minutes)."""
_NOT_NAME_WORDS: Final = lexicon(ENGLISH).words("name_number_not_after")
"""Capitalised words (months, days, "No") that do not begin a name a number word ends: "on May Five"."""
_ARTICLES: Final = lexicon(ENGLISH).words("articles")
_NAME_RUN_STOPS: Final = _NOT_NAME_WORDS | _ARTICLES
"""Words that end a run of capitalised words looked back through for a name."""
_NAME_RUN: Final = 4
"""The most capitalised words looked through before a number word that ends a name: "Congressional District Three"."""
_THE: Final = lexicon(ENGLISH).words("definite_articles")
_MERIDIEM_LETTERS: Final = ("a", "p")
"""The first letters of "a.m." and "p.m." (the scanner reads "10 a.m." as a time too)."""
_ROOM_DIGITS: Final = 4
"""A room's number has at most this many digits: "2123 RHOB"."""
_ROOM_ENDS: Final = frozenset({".", ",", ";", ")"})
_LOCAL_DIGITS: Final = 4
"""The digits after the hyphen of a North American phone number: "224-5175"."""
_ROUND: Final = 10
_SUBSECTION_LETTERS: Final = 4
"""A subsection's mark in brackets has at most this many letters: "(a)", "(iv)"."""


def non_figure_end(toks: Sequence[Token], k: int) -> int | None:
    """The token after a phone number, time, date or code starting at numeral ``k``, else ``None``."""
    n = len(toks)
    tok = toks[k]
    digits = tok.digits or ""
    phone = len(digits) > 1 and digits[0] == "0" and "." not in digits
    if k > 0 and toks[k - 1].text == "+" and tok.glued and k + 1 < n and toks[k + 1].kind == NUM:
        phone = not toks[k + 1].glued
    if (local := _local_phone_end(toks, k)) is not None:
        return local
    if phone:
        end = k + 1
        while (
            end < n
            and end - k < _PHONE_TOKENS
            and (
                toks[end].kind == NUM
                or (toks[end].text in _PHONE_SYMBOLS and end + 1 < n and toks[end + 1].kind == NUM)
            )
        ):
            end += 1
        return end
    if k + 2 < n and toks[k + 1].glued and toks[k + 2].glued and toks[k + 2].kind == NUM:
        sep = toks[k + 1].text
        dashes = sep == "-" and k + 4 < n and toks[k + 3].text == "-" and toks[k + 3].glued and toks[k + 4].glued
        if sep in _CLUSTER_SYMBOLS or dashes:
            end = k + 1
            while end + 1 < n and toks[end].text in (sep, "-", ".", "/", ":") and toks[end].glued:
                if toks[end + 1].kind != NUM or not toks[end + 1].glued:
                    break
                end += 2
            return end
    if _footnote_mark(toks, k) or _note_opening(toks, k):
        return k + 1
    if _room_after_time(toks, k):
        return k + 2
    if _subsection_follows(toks, k):
        return k + 1
    if (locant := _locant_end(toks, k)) is not None:
        return locant
    nxt = k + 1
    if nxt < n and toks[nxt].low in _TIME_WORDS:
        return _clock_minutes_end(toks, nxt + 1)
    if nxt < n and digits == _TWELVE and toks[nxt].low in _TWELVE_WORDS:
        return nxt + 1  # "12 noon", "12 midnight"
    if nxt + 3 < n and toks[nxt].low in _MERIDIEM_LETTERS and toks[nxt + 1].text == "." and toks[nxt + 2].low == "m":
        return nxt + 4
    return None


def _subsection_follows(toks: Sequence[Token], k: int) -> bool:
    """True when a subsection's letters in brackets are glued after the whole numeral ``k``: a section's number.

    "under 1477(a) of title 10", "801(a)(1)(A)", "the 8(a) program", "401(k) plans": letters in
    lower case (at most ``_SUBSECTION_LETTERS``, "iv"), not a figure's note mark after a unit or a
    scale ("£5m(a)" is read there) nor after digits with separators ("1,234(a)" stays a figure).
    """
    digits = toks[k].digits or ""
    if not digits.isdigit() or toks[k].text != digits or k + 3 >= len(toks):
        return False
    opening, letters, closing = toks[k + 1], toks[k + 2], toks[k + 3]
    return (
        opening.text == "("
        and opening.glued
        and letters.kind == WORD
        and letters.glued
        and letters.text.islower()
        and len(letters.text) <= _SUBSECTION_LETTERS
        and closing.text == ")"
        and closing.glued
    )


def _time_ends_at(toks: Sequence[Token], j: int) -> bool:
    """True when a time of day ends at token ``j``: "1 p.m." (its last dot or "m"), "2pm", "10:30 am"."""
    if j >= 0 and toks[j].text == ".":
        j -= 1
    if j >= 2 and toks[j].low == "m" and toks[j - 1].text == "." and toks[j - 2].low in _MERIDIEM_LETTERS:  # noqa: PLR2004
        return j >= 3 and toks[j - 3].kind == NUM  # noqa: PLR2004
    return j >= 1 and toks[j].low in _TIME_WORDS and toks[j - 1].kind == NUM


def _room_after_time(toks: Sequence[Token], k: int) -> bool:
    """True for a room's number after a time of day and a comma: "2 p.m., 334 Cannon", "1 p.m., 2123 RHOB".

    A whole number of a few digits, then one capitalised word that is no plural (a building's
    name or code) ending the clause: where and when a meeting is held. "At 2 p.m., 300 Marines
    landed" and "at 9 a.m., 40 people" stay counts.
    """
    digits = toks[k].digits or ""
    if not (digits.isdigit() and len(digits) <= _ROOM_DIGITS and k >= 2 and toks[k - 1].text == ","):  # noqa: PLR2004
        return False
    if not _time_ends_at(toks, k - 2) or k + 1 >= len(toks):
        return False
    word = toks[k + 1]
    if word.kind != WORD or word.glued or not word.text[:1].isupper() or is_plural(word.low):
        return False
    return k + 2 >= len(toks) or toks[k + 2].text in _ROOM_ENDS


def _local_phone_end(toks: Sequence[Token], k: int) -> int | None:
    """The token after a North American phone number at ``k``, else ``None``: "(202) 224-5161", "224-5175".

    An area code is three digits in brackets before such a number. The number is three digits (not
    0- or 1-led), a hyphen and four digits, glued, with no further hyphened digits: without an area
    code, the four a 0-led string ("224-0765") or no multiple of ten ("224-5175"), so "100-1000" and
    "250-1500" stay ranges (a range of three digits to four has a round high end); with one, any
    four ("(202) 224-5070").
    """
    n = len(toks)
    first = k
    if toks[k].glued and k > 0 and toks[k - 1].text == "(" and k + 2 < n and toks[k + 1].text == ")":
        first = k + 2  # "(202) 224-5161": the area code, then the number
        if toks[first].glued:
            return None
    if not _three_digits(toks[first]) or first + 2 >= n:
        return None
    hyphen, last = toks[first + 1], toks[first + 2]
    digits = last.digits or ""
    if hyphen.text != "-" or not hyphen.glued or not last.glued or len(digits) != _LOCAL_DIGITS or not digits.isdigit():
        return None
    if first + 3 < n and toks[first + 3].glued and toks[first + 3].text == "-":
        return None  # "224-5175-12": another code
    if digits[0] != "0" and int(digits) % _ROUND == 0 and first == k:
        return None  # "300-2000 people": a range's round high end; "(202) 224-5070" has its area code
    return first + 3


def _three_digits(tok: Token) -> bool:
    digits = tok.digits or ""
    return tok.kind == NUM and len(digits) == 3 and digits.isdigit() and digits[0] not in "01"  # noqa: PLR2004


def _clock_minutes_end(toks: Sequence[Token], k: int) -> int:
    """The token after "and 59 minutes" at ``k``, just after a time in hours ("10 o'clock"); else ``k``."""
    if (
        k + 2 < len(toks)
        and toks[k].low in _CLOCK_JOINS
        and toks[k + 1].kind == NUM
        and toks[k + 2].low in _CLOCK_MINUTE_WORDS
    ):
        return k + 3
    return k


def _footnote_mark(toks: Sequence[Token], k: int) -> bool:
    """True for a footnote mark: a small whole number in square brackets glued to the text on one side.

    Glued to the text before it ("economy.[1]") or to the word after it, where a list of notes
    numbers its entries ("[6]https://...", "[7]Alternative fuels"), or opening a sentence
    ("[3] Total staff costs shown above are net of ..."; "was [3] items" stays a count).
    """
    digits = toks[k].digits or ""
    if not (
        0 < k < len(toks) - 1
        and digits.isdigit()
        and len(digits) <= _FOOTNOTE_DIGITS
        and toks[k - 1].text == "["
        and toks[k].glued
        and toks[k + 1].text == "]"
        and toks[k + 1].glued
    ):
        return False
    after = toks[k + 2] if k + 2 < len(toks) else None
    if k == 1 or toks[k - 2].text in _SENTENCE_ENDS:
        return True  # "[3] Total staff costs shown above ...": a note's mark opening a sentence
    return toks[k - 1].glued or (after is not None and after.glued and after.kind != NUM)


def _note_opening(toks: Sequence[Token], k: int) -> bool:
    """True for a note's mark opening a sentence: a small whole numeral before a word of ``footnote_openings``.

    "2 This measure forms part of ..." (a numbered note at the foot of a page); "12 Enterprise
    Zones" and "In 2 The" (no sentence's start) are no marks.
    """
    digits = toks[k].digits or ""
    return (
        digits.isdigit()
        and len(digits) <= _FOOTNOTE_DIGITS - 1
        and (k == 0 or toks[k - 1].text in _SENTENCE_ENDS)
        and k + 1 < len(toks)
        and not toks[k + 1].glued
        and toks[k + 1].text in _FOOTNOTE_OPENINGS
    )


def _locant_end(toks: Sequence[Token], k: int) -> int | None:
    """The token after a chemical's name that numeral ``k`` is a locant in, else ``None``.

    After a Greek letter and a hyphen ("delta-9-tetrahydrocannabinol", "omega-3") or before a
    hyphen and a word holding a part of ``locant_stems``, numerals joined by commas first
    ("3,4-methylenedioxy...", "6-monoacetylmorphine"): the numerals name, they count nothing.
    """
    n = len(toks)
    greek = (
        k > 1
        and toks[k].glued
        and toks[k - 1].text in _HYPHENS_OR_EN_DASH
        and toks[k - 1].glued
        and toks[k - 2].low in _LOCANT_LETTERS
    )
    end = k + 1
    last = min(n, end + 2 * _LOCANTS_MOST)
    while end + 1 < last and toks[end].text == "," and toks[end].glued and toks[end + 1].glued:
        if toks[end + 1].kind != NUM:
            break
        end += 2
    if end + 1 < n and toks[end].text in _HYPHENS_OR_EN_DASH and toks[end].glued and toks[end + 1].glued:
        word = toks[end + 1]
        if word.kind == WORD and (greek or any(stem in word.low for stem in _LOCANT_STEMS)):
            return end + 2
    return k + 1 if greek else None


def _numberish(tok: Token) -> bool:
    return tok.kind == NUM or tok.low in UNITS or tok.low in TENS


def in_dash_chain(toks: Sequence[Token], first: int, last: int) -> bool:
    """True when the pair joined by a hyphen from token ``first`` to ``last`` runs on with another one.

    "3-0-4" and "three-nought-four" are a score or a code, not a range from 3 to 0 and a 4.
    """
    before = first - 2
    if before >= 0 and toks[first - 1].text == "-" and toks[first].glued and toks[first - 1].glued:
        return _numberish(toks[before])
    after = last + 2
    if after < len(toks) and toks[last + 1].text == "-" and toks[last + 1].glued and toks[after].glued:
        return _numberish(toks[after])
    return False


def idiom_end(toks: Sequence[Token], k: int) -> int | None:
    """The token after a phrase of ``number_idioms`` that holds the number at token ``k``, else ``None``.

    "a half back and a five eighth", "the two-party-preferred vote", "fly-half": the number is part
    of a name, not a figure.
    """
    for start in range(max(0, k - _IDIOM_LONGEST + 1), k + 1):
        if toks[start].low not in _IDIOM_FIRST:  # most tokens begin no idiom: skip the call
            continue
        length = match(toks, start, _IDIOMS, _IDIOM_LONGEST)
        if start + length > k:
            return start + length
    return None


def quoted_title_end(toks: Sequence[Token], k: int) -> int | None:
    """The token after a short quoted title in title case holding the number at ``k``, else ``None``.

    "the ‘Norwich in 90’ rail plans", 'the "Five a Day" campaign': words and numbers only, each
    word capitalised or one of ``title_small_words``, one capitalised word at least, a few tokens
    each side of the number, a sentence's mark glued inside the closing quote allowed ("‘8 Out of 10
    Cats.’"). '"about 90 percent"' and '"90%"' are no titles.
    """
    start = k - 1
    while start >= 0 and k - start <= _TITLE_TOKENS and toks[start].text not in _TITLE_QUOTES:
        start -= 1
    if start < 0 or toks[start].text not in _TITLE_QUOTES:
        return None
    closing = _TITLE_QUOTES[toks[start].text]
    end = k + 1
    while end < len(toks) and end - k <= _TITLE_TOKENS + 1 and toks[end].text not in closing:
        end += 1
    if end >= len(toks) or toks[end].text not in closing or not toks[end].glued or not toks[start + 1].glued:
        return None
    inside = toks[start + 1 : end]
    if len(inside) > 1 and inside[-1].text in _TITLE_END_MARKS and inside[-1].glued:
        inside = inside[:-1]  # "‘8 Out of 10 Cats.’": the sentence's mark typeset inside the quotes
    if start + len(inside) - k > _TITLE_TOKENS:
        return None
    capitalised = False
    for tok in inside:
        if tok.kind == NUM:
            continue
        if tok.kind != WORD or not (tok.text[:1].isupper() or tok.low in _TITLE_SMALL_WORDS):
            return None
        capitalised = capitalised or tok.text[:1].isupper()
    return end + 1 if capitalised else None


def capitalised_name_end(toks: Sequence[Token], k: int) -> int | None:
    """The token after a capitalised name that a capitalised number word at ``k`` begins, else ``None``.

    Inside a sentence, after a word in lower case, "Six Flags", "the Five Year Forward View", "the
    One Public Estate programme", "the Four Opens" are names: the number word and the capitalised
    words after it; so after "The" opening a sentence ("The Five Year Forward View set out").
    A sentence's first word ("Six people died") is read as a number.
    """
    tok = toks[k]
    if (
        tok.kind != WORD
        or not tok.text[:1].isupper()
        or tok.text.isupper()
        or (tok.low not in UNITS and tok.low not in TENS)
    ):
        return None
    if _ends_capitalised_name(toks, k):
        return k + 1
    if k == 0 or k + 1 >= len(toks) or toks[k - 1].kind != WORD:
        return None
    if not toks[k - 1].text.islower() and toks[k - 1].low not in _THE:  # "The Five Year Forward View set out"
        return None
    end = k + 1
    while end < len(toks) and toks[end].kind == WORD and toks[end].text[:1].isupper() and not toks[end].glued:
        end += 1
    return end if end > k + 1 else None


def _ends_capitalised_name(toks: Sequence[Token], k: int) -> bool:
    """True when the capitalised number word at ``k`` ends a capitalised name in running prose.

    The words right before it are capitalised (at most ``_NAME_RUN`` of them, none a month, a day
    or "No"), and the word before those is in lower case or an article: "the Navy's Marine One",
    "of Congressional District Three", "The Marine One program". A title-case line ("Fire Kills Two
    in Nepal") or a name opening the sentence has no such word before it and keeps its figure.
    """
    j = k - 1
    while j >= 0 and k - j <= _NAME_RUN and toks[j].kind == WORD and not toks[j].glued:
        text = toks[j].text
        if not text[:1].isupper() or text.isupper() or toks[j].low in _NAME_RUN_STOPS:
            break
        j -= 1
    if j == k - 1 or j < 0 or toks[j].kind != WORD:
        return False
    return toks[j].text.islower() or toks[j].low in _ARTICLES
