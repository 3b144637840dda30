"""A bare number counts a noun said before it, which it refers back to.

"the other three", "two of them", "these vehicles--6 million of which" (``the_others``),
"McArthur's first victim of the eight", "Republicans, probably 25 to 30", "The trial was one of
three facing him", "that number should go up to 7,700" and "800 members ... were sent. 520
remain" (the sentence ahead). Apart from the parallels and the people rules: these find the noun
by a referring word or phrase, not a parallel count or a verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._claims import CountClaim
from factcheck._extract.link.ellipsis.bare_counts import (
    MARKS_AFTER,
    NOT_PARALLEL,
    PARALLEL_LEADS,
    PARALLEL_REACH,
    PLURAL,
    STOP_OR_AUXILIARY,
    SUBJECT_AUXILIARIES,
    antecedent,
    bare_whole,
    closed_after,
    count_as,
    count_people,
    left_bare,
    text_after,
)
from factcheck._extract.link.ellipsis.people import BE_FIRSTS
from factcheck._extract.link.placement import same_sentence
from factcheck._extract.scan.english_words import DETERMINERS
from factcheck._extract.text.counted_nouns import counted_unit, plurals, singular, singular_counted_unit
from factcheck._precision import Hedge
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft

__all__ = [
    "apposed_counts",
    "levels_of_the_number",
    "noun_before_the",
    "one_of_the_subject",
    "subjects_of_the_sentence_ahead",
    "the_others",
]

_EN: Final = lexicon("en")
_ONE_OF: Final = _EN.words("one_of_leads")  # "The trial was one of three facing ..."
_PEOPLE_ONE_OF: Final = _EN.phrase_set("people_one_of_subjects")  # "I am one of six"
_PAST_ENDINGS: Final = _EN.strings("past_endings")  # "-ed"
_PARTICIPLE_ENDINGS: Final = (*_EN.strings("gerund_endings"), *_PAST_ENDINGS)  # "three facing", "198 recorded"
_COUNT_REFERRING: Final = _EN.words("count_referring_nouns")  # "that number should go up to 7,700"
_REFERRING_DETERMINERS: Final = _EN.words("referring_determiners")
_APPOSITION_HEDGES: Final = _EN.words("apposition_count_hedges")  # "Republicans, probably 25 to 30"
_OF_WORDS: Final = _EN.words("of_words")
_ANAPHORS: Final = _EN.phrase_set("anaphoric_count_follows")  # "two of them"
_ANAPHORS_BACK: Final = _EN.phrase_set("anaphoric_count_follows_back")  # "... 900 patients. 300 of them"
_ANAPHOR_LENGTH: Final = 2
_ANAPHORIC_LEADS: Final = _EN.words("anaphoric_count_leads")  # "the other three"
_NOUN_BEFORE_DETERMINERS: Final = _EN.words("noun_before_count_determiners")  # "victim of the eight"
_NOUN_BEFORE_REACH: Final = 4
"""Words from a counted noun back from the determiner before a bare number: "victim | of | the eight"."""
_RELATIVE_MARKS: Final = frozenset(",-\u2013\u2014")
"""Marks alone between a noun and "N of which" after it: a comma or a dash ("vehicles--6 million of which")."""


def one_of_the_subject(alive: list[Draft], reader: Reader) -> None:
    """Count the sentence's subject noun with the group after "one of": "The trial was one of three facing him".

    The bare whole number stands right after a word of ``one_of_leads`` and an of-word (and a
    word of ``noun_before_count_determiners``: "one of the six"), and a
    mark or a lower-case participle in "-ing" follows it; the sentence opens with a determiner,
    a lower-case singular noun and a form of "be" or another auxiliary (``auxiliaries``), so the
    number counts that noun ("three trials"). "one of three Motown bands" counts its own noun.
    After a phrase of ``people_one_of_subjects`` ("I am one of six") the number counts people.
    """
    tokens, layout = reader.tokens, reader.layout
    for draft in alive:
        first, nxt = tokens.first_at_or_after(draft.start), tokens.first_at_or_after(draft.end)
        bare = bare_whole(draft)
        of = first - 1
        if tokens.lower(of) in _NOUN_BEFORE_DETERMINERS and tokens.joined(of, first):
            of -= 1  # "one of the six"
        if not bare or tokens.lower(of - 1) not in _ONE_OF or tokens.lower(of) not in _OF_WORDS:
            continue
        if not (tokens.joined(of - 1, of) and tokens.joined(of, of + 1)):
            continue
        word = tokens[nxt].word if nxt < len(tokens) else ""
        participle = tokens.joined(nxt - 1, nxt) and word.islower() and word.endswith(_PARTICIPLE_ENDINGS)
        if not (participle or closed_after(reader, draft.end, nxt)):
            continue
        if tokens.words(of - 3, of - 1) in _PEOPLE_ONE_OF and tokens.joined(of - 2, of - 1):
            count_people(draft)  # "I am one of six": the group a person belongs to
            continue
        opening = tokens.first_at_or_after(layout.sentence(draft.start)[0])
        noun = tokens[opening + 1].word if opening + 1 < first else ""
        if tokens.lower(opening) not in DETERMINERS or not noun.isalpha() or not noun.islower():
            continue
        if singular(noun) != noun or tokens.lower(opening + 2) not in SUBJECT_AUXILIARIES:
            continue
        unit = counted_unit(plurals(noun)[0]) if plurals(noun) else None
        count_as(draft, units.unit(unit or "item"), noun)


def _whole_ends(draft: Draft) -> bool:
    """True for a bare count (``left_bare``) with whole ends, a number or a range ("25 to 30")."""
    if draft.cls is not CountClaim or not left_bare(draft):
        return False
    amount = draft.amount
    ends = (amount.low, amount.high) if amount.hedge is Hedge.RANGE else (amount.value,)
    return all(end is not None and end >= 1 and end == end.to_integral_value() for end in ends)


def levels_of_the_number(alive: list[Draft], reader: Reader) -> None:
    """Count the bare levels after "that number" with the count in the sentence ahead.

    "2,400 troops ... . By August, that number should go up to 7,700 and by next spring 12,300".
    A word of ``referring_determiners`` and one of ``count_referring_nouns`` open the reference;
    the sentence ahead, in the same paragraph, holds exactly one figure, a count of a counted
    noun; every figure of the sentence from the reference on is a bare whole number with no
    noun or unit word, and each takes the count's unit and noun.
    """
    tokens, layout = reader.tokens, reader.layout
    by_sentence: dict[int, list[Draft]] = {}
    for draft in alive:
        by_sentence.setdefault(layout.sentence_index(draft.start), []).append(draft)
    for sentence, drafts in by_sentence.items():
        ahead = by_sentence.get(sentence - 1, [])
        if len(ahead) != 1 or ahead[0].counted is None or not units.is_counted(ahead[0].amount.unit):
            continue
        count = ahead[0]
        if ahead[0].cls is not CountClaim or layout.paragraph_index(count.start) != layout.paragraph_index(
            drafts[0].start
        ):
            continue
        start = tokens.first_at_or_after(layout.sentence(drafts[0].start)[0])
        first = tokens.first_at_or_after(drafts[0].start)
        noun = next(
            (
                k
                for k in range(start + 1, first)
                if tokens.lower(k) in _COUNT_REFERRING
                and tokens.lower(k - 1) in _REFERRING_DETERMINERS
                and tokens.joined(k - 1, k)
            ),
            None,
        )
        if noun is None or not all(_whole_ends(d) for d in drafts):
            continue
        for draft in drafts:
            count_as(draft, count.amount.unit, count.counted)


def apposed_counts(alive: list[Draft], reader: Reader) -> None:
    """Count a plural noun's count in apposition after it: "a strong support of Republicans, probably 25 to 30,".

    The word before the comma is a plural noun a count counts (``counted_unit``), at most one
    word of ``apposition_count_hedges`` stands between the comma and the figure, and a comma, a
    stop or the text's end follows the figure: a bare whole number or range with whole ends.
    """
    tokens = reader.tokens
    for draft in alive:
        if not _whole_ends(draft):
            continue
        first, nxt = tokens.first_at_or_after(draft.start), tokens.first_at_or_after(draft.end)
        k = first - 1
        if tokens.lower(k) in _APPOSITION_HEDGES and tokens.joined(k, first):
            k -= 1
        if k < 0 or tokens.gap(k, k + 1) != ", ":
            continue
        after = text_after(reader, draft.end, nxt)
        word = tokens[k].word
        unit = counted_unit(word)
        if not (MARKS_AFTER & set(after[:1])) or unit is None or singular(tokens.lower(k)) == tokens.lower(k):
            continue
        count_as(draft, units.unit(unit), singular(tokens.lower(k)))


def the_others(alive: list[Draft], reader: Reader) -> None:
    """Give "the other three" the noun of the last count of two or more earlier in its sentence.

    "four people on board; one was pronounced dead ..., with the other three being taken to
    hospital", "three objects, but only two of them visible": a bare whole number right after
    a word of ``anaphoric_count_leads`` ("other", "remaining") or before a phrase of
    ``anaphoric_count_follows`` ("of them", "of whom") counts what that count counts. With no
    such count in its sentence, a number before a phrase of ``anaphoric_count_follows_back``
    ("of them") looks to the sentence ahead in its paragraph (``_antecedent_ahead``).
    """
    tokens = reader.tokens
    firsts = _sentence_firsts(alive, reader)
    last = -1  # the last antecedent before ``alive[n]``: the walk back from it would stop there
    for n, draft in enumerate(alive):
        if n and antecedent(alive[n - 1]):  # after its own turn: "the other three" may have made it one
            last = n - 1
        first, nxt = tokens.first_at_or_after(draft.start), tokens.first_at_or_after(draft.end)
        after = tokens.words(nxt, nxt + _ANAPHOR_LENGTH)
        bare = bare_whole(draft) or _one_in_digits(draft, reader)  # "earned the remaining 1"
        if not bare or (tokens.lower(first - 1) not in _ANAPHORIC_LEADS and after not in _ANAPHORS):
            continue
        found = None
        if last >= firsts[n] and (
            reader.text.find("\n", alive[last].start, draft.start) < 0  # no line between: all between in one sentence
            or all(same_sentence(alive[k], draft, reader) for k in range(last, n))  # lines of a table part them
        ):
            found = alive[last]
        if found is None and after in _ANAPHORS_BACK:
            found = _antecedent_ahead(alive, n, reader, firsts)
        if found is not None:
            count_as(draft, found.amount.unit, found.counted)
        elif after in _ANAPHORS and after not in _ANAPHORS_BACK:
            _relative_noun_before(draft, reader, first)  # "these vehicles--6 million of which"


def _relative_noun_before(draft: Draft, reader: Reader, first: int) -> None:
    """Count the noun a relative "N of which" or "N of whom" follows: "these vehicles--6 million of which".

    The phrases of ``anaphoric_count_follows`` that ``anaphoric_count_follows_back`` lacks
    ("of which", "of whom") relate the number to the noun right before it, past a comma or a
    dash alone; a lower-case plural with a known counted unit ("vehicles", "refugees"), so "the
    funds, 40 of which" and "2019, 40 of which" are left alone.
    """
    tokens = reader.tokens
    noun = first - 1
    gap = tokens.gap(noun, first).strip()
    word = tokens[noun].word if noun >= 0 else ""
    if not gap or not set(gap) <= _RELATIVE_MARKS or not word.isalpha() or not word.islower():
        return
    unit = counted_unit(word)
    if unit is None or singular(word) == word:
        return
    count_as(draft, units.unit(unit), singular(word))


def subjects_of_the_sentence_ahead(alive: list[Draft], reader: Reader) -> None:
    """Give a bare subject count the noun the sentence ahead counts: "800 members ... were sent. 520 remain and 61 ...".

    A bare whole number that opens its sentence (its hedge words apart), or follows a comma or a
    word of ``parallel_count_leads`` after such a number, with a form of "be", "remain" (the
    first words of ``people_subject_be``) or an auxiliary right after it, so it is the subject
    of its clause and has no noun of its own; the sentence ahead in its paragraph counts one
    noun (``_antecedent_ahead``), no smaller than the number. "N of them" reads so in ``the_others``.
    """
    tokens, layout = reader.tokens, reader.layout
    subjects: list[Draft] = []
    firsts = _sentence_firsts(alive, reader)
    for n, draft in enumerate(alive):
        first, nxt = tokens.first_at_or_after(draft.start), tokens.first_at_or_after(draft.end)
        word = tokens[nxt].word if nxt < len(tokens) else ""
        verb = word.islower() and (word in BE_FIRSTS or word in SUBJECT_AUXILIARIES)
        bare = bare_whole(draft)
        if not (bare and verb and tokens.joined(nxt - 1, nxt)):
            continue
        lead = first - 1
        follows = (
            bool(subjects)
            and same_sentence(subjects[-1], draft, reader)
            and first - subjects[-1].last <= PARALLEL_REACH
            and NOT_PARALLEL.isdisjoint(reader.text[subjects[-1].end : draft.start])
            and ("," in tokens.gap(lead, first) or tokens.lower(lead) in PARALLEL_LEADS)
        )
        if not follows and draft.start != layout.sentence(draft.start)[0]:
            continue
        found = subjects[-1] if follows else _antecedent_ahead(alive, n, reader, firsts)
        if found is None or draft.amount.value > found.amount.value:
            continue
        count_as(draft, found.amount.unit, found.counted)
        subjects.append(draft)


def noun_before_the(alive: list[Draft], reader: Reader) -> None:
    """Give "the eight" the known counted noun a few words before it: "McArthur's first victim of the eight".

    A bare whole number of two or more right after a word of ``noun_before_count_determiners``
    ("the"), with nothing but words between it and a noun at most ``_NOUN_BEFORE_REACH`` words
    before that determiner, in its sentence; the noun is one whose count has a counted unit
    (people, animals, households ...: "victim", "nurses"), singular or plural. A mark, a stop
    word or an auxiliary follows the number ("the eight was"), so it has no noun of its own ("the
    1789 view", "the 8(a) program"). "The price of the 30" names no such noun and is left alone.
    """
    tokens = reader.tokens
    for draft in alive:
        if not bare_whole(draft) or draft.amount.value < PLURAL:
            continue
        first = tokens.first_at_or_after(draft.start)
        lead = first - 1
        if lead < 1 or tokens.lower(lead) not in _NOUN_BEFORE_DETERMINERS or not tokens.joined(lead, first):
            continue
        if not closed_after(reader, draft.end, tokens.first_at_or_after(draft.end), STOP_OR_AUXILIARY, spaced=True):
            continue  # "the 1789 view", "the three preceding decades", "the 8(a) program": a noun of its own
        opening = tokens.first_at_or_after(reader.layout.sentence(draft.start)[0])
        for k in range(lead - 1, max(opening, lead - _NOUN_BEFORE_REACH) - 1, -1):
            if not tokens.joined(k, k + 1):
                break  # a mark between: another phrase
            word = tokens[k].word
            if not word.isalpha() or not word.islower():
                continue
            unit = counted_unit(word) or singular_counted_unit(word)
            if unit is not None:
                count_as(draft, units.unit(unit), singular(word))
                break


def _sentence_firsts(alive: list[Draft], reader: Reader) -> list[int]:
    """For each draft, the index of the first draft of its sentence (in text order, a sentence's drafts stand together).

    Looked up once per pass, so that a walk back to a draft's sentence, or to the one ahead, does
    not step over every figure of a long sentence at each of them ("of which 2 of which 2 ...").
    """
    layout = reader.layout
    firsts: list[int] = []
    previous = -1
    for k, draft in enumerate(alive):
        sentence = layout.sentence_index(draft.start)
        firsts.append(firsts[-1] if sentence == previous else k)
        previous = sentence
    return firsts


def _antecedent_ahead(alive: list[Draft], n: int, reader: Reader, firsts: list[int]) -> Draft | None:
    """The last count in the sentence ahead of ``alive[n]`` (same paragraph) that "N of them" refers to, if unambiguous.

    "Some 900 patients were admitted. About 300 of them went home": every count of a counted noun
    in that sentence counts the same noun and unit, and the number is no larger than the last of
    them (a part of it); otherwise none. ``firsts`` is :func:`_sentence_firsts` of ``alive``.
    """
    layout, draft = reader.layout, alive[n]
    sentence, paragraph = layout.sentence_index(draft.start), layout.paragraph_index(draft.start)
    first = firsts[n]  # the drafts ahead of it in its own sentence are skipped at once
    if first == 0 or layout.sentence_index(alive[first - 1].start) != sentence - 1:
        return None
    ahead = [d for d in alive[firsts[first - 1] : first] if layout.paragraph_index(d.start) == paragraph]
    counts = [d for d in ahead if d.counted is not None and units.is_counted(d.amount.unit)]
    if not counts or not antecedent(counts[-1]) or len({(d.counted, d.amount.unit) for d in counts}) != 1:
        return None
    return counts[-1] if draft.amount.value <= counts[-1].amount.value else None


def _one_in_digits(draft: Draft, reader: Reader) -> bool:
    """True for a bare "1" in digits, a count like any other ("the remaining 1"); the word "one" may be a pronoun."""
    if reader.text[draft.start : draft.end] != "1" or draft.cls is not CountClaim:
        return False
    return left_bare(draft)
