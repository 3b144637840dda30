"""Figures that leave out what they measure, read by their neighbours.

* "20,000 people a month, or 300,000 over the year": a bare count takes the noun and subject;
* "rose by £12,000, or 4.5%": a percentage after a change is the same change, relative;
* "12% of applicants, compared with 18%", "28%, up two points": the same subject;
* "600 people died and 1,200 were hurt": a count with a verb of its own takes only the noun
  ("people hurt"), never what happened to its neighbour;
* "250 patients a week, or 13,000 a year": a rate restated per another period is the total
  over one such period, to compare with the first rate;
* a second mention of the same kind of quantity without a subject, in the same paragraph within
  one sentence, takes the earlier mention's subject;
* members of one list that share a subject take their own qualifiers into it ("75.4% for
  recycling and 82.0% for recovery": ``list_members``), so they are not the same quantity;
* "2,000 families, out of 13,000", "nearly half of 275": a whole after its part counts what the part counts;
* "800 members ... were sent. Approximately 520 remain": a bare subject counts the one noun the sentence ahead counts;
* a change with its new level takes its before from the sentence ahead (``before_in_sentence_ahead``),
  and a relative change after "rose 30 cents to $4.30" its before and after (``relative_after_absolute``).
"""

from __future__ import annotations

import functools
import itertools
from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._claims import AbsoluteChangeClaim, CountClaim, Direction
from factcheck._extract.link.ellipsis.bare_counts import (
    MARKS_AFTER,
    NOT_PARALLEL,
    PARALLEL_LEADS,
    PARALLEL_REACH,
    PLURAL,
    SUBJECT_AUXILIARIES,
    antecedent,
    bare_whole,
    closed_after,
    count_as,
    count_people,
    left_bare,
    text_after,
)
from factcheck._extract.link.shares import earlier_in_sentence, same_sentence
from factcheck._extract.scan.english_words import DETERMINERS, STOP
from factcheck._extract.text.counted_nouns import counted_unit, plurals, singular, singular_counted_unit
from factcheck._precision import Hedge
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft
    from factcheck._extract.text.wordindex import WordIndex

__all__ = [
    "PEOPLE_OTHERS",
    "PEOPLE_VERBS",
    "REPORTED",
    "apposed_counts",
    "included_people",
    "levels_of_the_number",
    "more_who",
    "noun_before_the",
    "one_of_the_subject",
    "other_people",
    "people_subjects",
    "subjects_of_the_sentence_ahead",
    "suspected_members",
    "the_others",
]

_EN: Final = lexicon("en")
REPORTED: Final = _EN.words("reported_participles")  # "3,728 cases have been reported ..., with 198 recorded"
_ONE_OF: Final = _EN.words("one_of_leads")  # "The trial was one of three facing ..."
_PEOPLE_ONE_OF: Final = _EN.phrase_set("people_one_of_subjects")  # "I am one of six"
_PAST_ENDINGS: Final = _EN.strings("past_endings")  # "-ed"
_PARTICIPLE_ENDINGS: Final = (*_EN.strings("gerund_endings"), *_PAST_ENDINGS)  # "three facing", "198 recorded"
_ADVERB_ENDINGS: Final = _EN.strings("adverb_endings")
"""The endings of an adverb between a bare number (or its "be") and a people word: "five seriously injured"."""
_COUNT_REFERRING: Final = _EN.words("count_referring_nouns")  # "that number should go up to 7,700"
_REFERRING_DETERMINERS: Final = _EN.words("referring_determiners")
_APPOSITION_HEDGES: Final = _EN.words("apposition_count_hedges")  # "Republicans, probably 25 to 30"
PEOPLE_VERBS: Final = _EN.words("people_object_verbs")  # "killing seven riders and injuring three more"
_PEOPLE_WORDS: Final = _EN.words("people_subject_words")  # "Three killed"
PEOPLE_OTHERS: Final = _EN.words("people_others")  # "three others injured"
_MORE_RELATIVES: Final = _EN.words("more_relative_words")  # "and half a million more who fled"
_MORE_WHO_UNITS: Final = (units.dimensionless(), units.unit("person"))
"""Units of "N more" a relative pronoun after it makes a count of people: bare, or people from the count before."""
_PEOPLE_BE: Final = _EN.phrase_set("people_subject_be")  # "Three were killed"
_BE_FIRSTS: Final = frozenset(phrase[0] for phrase in _PEOPLE_BE)  # "are", "were", "remain"
_PEOPLE_SUBJECT_VERBS: Final = _EN.words("people_subject_verbs")  # "300 expressed interest"
_PEOPLE_PHRASALS: Final = _EN.phrase_set("people_subject_phrasal_verbs")  # "200 showed up"
_PEOPLE_PHRASAL_FIRSTS: Final = frozenset(phrase[0] for phrase in _PEOPLE_PHRASALS)
_ABOARD: Final = _EN.phrase_set("people_aboard_phrases")  # "All 157 on board"
_PEOPLE_SAYING: Final = (
    _PEOPLE_WORDS
    | _PEOPLE_SUBJECT_VERBS
    | _PEOPLE_PHRASAL_FIRSTS
    | _BE_FIRSTS
    | frozenset(phrase[0] for phrase in _ABOARD)
)
"""Words after a bare number that may make it people: a participle, a people verb, the first word of a phrasal verb,
a be-form or an aboard phrase."""
_PEOPLE_RELATIVES: Final = _EN.words("people_relatives")  # "70 who died"
_PEOPLE_PRONOUNS: Final = _EN.phrase_set("people_pronoun_phrases")  # "Fifty-seven of us"
_STOP_OR_AUXILIARY: Final = STOP | SUBJECT_AUXILIARIES
_OF_WORDS: Final = _EN.words("of_words")
_INCLUDED_REACH: Final = 4  # words from a part's figure to the comma after its noun: "four young children,"
_SUSPECT_WORDS: Final = _EN.words("people_suspect_words")  # "800 suspected al Qaeda"
_GROUP_JOINERS: Final = _EN.words("group_name_joiners")  # "al Qaeda or Taliban"
_DISEASES: Final = frozenset(_EN.mapping("cases_of_disease")["disease_words"])  # "30 suspected Ebola": cases
_INCLUDED_LEADS: Final = _EN.phrase_set("included_part_leads")  # "At least seven, including four children, died"
_OTHERS_COUNTED: Final = frozenset(word.removesuffix("s") for word in PEOPLE_OTHERS)  # "other": read as a noun
_ANAPHORS: Final = _EN.phrase_set("anaphoric_count_follows")  # "two of them"
_ANAPHORS_BACK: Final = _EN.phrase_set("anaphoric_count_follows_back")  # "... 900 patients. 300 of them"
_ANAPHOR_LENGTH: Final = 2
_ANAPHORIC_LEADS: Final = _EN.words("anaphoric_count_leads")  # "the other three"
_NOUN_BEFORE_DETERMINERS: Final = _EN.words("noun_before_count_determiners")  # "victim of the eight"
_NOUN_BEFORE_REACH: Final = 4
"""Words from a counted noun back from the determiner before a bare number: "victim | of | the eight"."""
_OTHERS_VERB_REACH: Final = 4
"""Words from a verb of ``people_object_verbs`` to "N others" it takes: "kills | photojournalist | , | at least"."""
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


def more_who(alive: list[Draft], reader: Reader) -> None:
    """Count people with "N more" or "N others" before "who": "and an estimated half million more who fled".

    A bare change read from the word of ``people_others`` right after the number, then a space
    and a word of ``more_relative_words``: a relative clause only people take, so the number
    counts people, however far back a count of them stands (or none).
    """
    tokens = reader.tokens
    for draft in alive:
        if draft.cls is not AbsoluteChangeClaim or draft.before is not None or draft.verb != draft.last + 1:
            continue
        if tokens.lower(draft.verb) not in PEOPLE_OTHERS or draft.amount.unit not in _MORE_WHO_UNITS:
            continue
        amount, nxt = draft.amount, draft.verb + 1
        if amount.value < 1 or amount.value != amount.value.to_integral_value() or nxt >= len(tokens):
            continue
        if reader.text[tokens[draft.verb].end : tokens[nxt].start].strip() or tokens.lower(nxt) not in _MORE_RELATIVES:
            continue  # "50 more than last year", "40 more, who": a relative pronoun must follow at once
        draft.cls, draft.direction, draft.verb = CountClaim, Direction.UNSPECIFIED, None
        count_people(draft)


def people_subjects(alive: list[Draft], reader: Reader) -> None:
    """Count people with a bare whole number a people word follows: "Three killed, three others injured".

    The word after the number (or after "others" or "more" there: ``people_others``, or after
    a form of "be": ``people_subject_be``, "Three were killed") is one of
    ``people_subject_words`` ("killed", "dead", "injured", "arrested", "missing"), and no noun
    follows that word ("two missing pieces", "21 injured individuals" count their noun); or the
    word right after the number (or after "others") is a verb only people do
    (``people_subject_verbs``: "a further 300 expressed interest"; or two words of
    ``people_subject_phrasal_verbs``: "two hundred showed up"), whatever follows it; or a
    number of two or more is followed by a lower-case word of ``people_relatives`` ("the
    tragedy of 70 who died"; "the only one who" is a pronoun), by a phrase of
    ``people_pronoun_phrases`` ("Fifty-seven of us introduced a bill") or by one of
    ``people_aboard_phrases`` with no noun after it ("All 157 on board were killed"). Read
    after the neighbours lent their nouns ("24,865 civilians were killed and 42,500 wounded").
    """
    tokens = reader.tokens
    for draft in alive:
        amount = draft.amount
        said = draft.unit_word
        if draft.cls is not CountClaim or (said is not None and said.lower() not in _PEOPLE_WORDS) or draft.age:
            continue  # "2.9 million strong": the one people word the reading keeps, a strength (``strength_words``)
        if amount.value < 1 or amount.value != amount.value.to_integral_value():
            continue
        bare = units.is_bare(amount.unit) and draft.counted is None
        if not bare and draft.counted not in _OTHERS_COUNTED:
            continue
        k, first = tokens.first_at_or_after(draft.end), tokens.first_at_or_after(draft.start)
        if not tokens.joined(k - 1, k) or _after_a_name(first, reader):
            continue  # "iOS 14 released": a version of a name
        if tokens.lower(k) in PEOPLE_OTHERS and tokens.joined(k, k + 1):
            k += 1
        if tokens.lower(k) in _PEOPLE_SUBJECT_VERBS:
            pass  # "300 expressed interest": the verb's object may follow
        elif _people_phrasal(tokens, k):
            pass  # "Fewer than two hundred showed up", "five or ten reached out", "81 had lost their lives"
        elif tokens[k].word in _PEOPLE_RELATIVES and not draft.counted and amount.value >= PLURAL:
            pass  # "the tragedy of 70 who died": lower-case, not the WHO; "the only one who" is a pronoun
        elif _aboard(tokens, k) and not draft.counted and amount.value >= PLURAL:
            pass  # "All 157 on board were killed", "the sixteen on-board died"
        elif _people_pronoun(tokens, k) and not draft.counted and amount.value >= PLURAL:
            if amount.hedge is Hedge.RANGE:
                continue  # "Hundreds of us came": a vague amount, no count
            # "Fifty-seven of us introduced a bill"; "one of us" is a pronoun
        else:
            k = _past_adverb(_past_be(k, tokens), tokens)  # "Three were killed", "five seriously injured"
            if tokens.lower(k) not in _PEOPLE_WORDS or (tokens.joined(k, k + 1) and tokens.lower(k + 1) not in STOP):
                continue
        count_people(draft)


def _people_phrasal(tokens: WordIndex, k: int) -> bool:
    """True when a phrase of ``people_subject_phrasal_verbs`` starts at word ``k``, or after an auxiliary there.

    "two hundred showed up", "81 lost their lives"; a word of ``modals`` or ``auxiliaries``
    may come first: "81 had lost their lives", "five have come forward" (joined words only).
    """
    if tokens.lower(k) in SUBJECT_AUXILIARIES and tokens.joined(k, k + 1) and _people_phrasal(tokens, k + 1):
        return True
    return _phrase_at(tokens, k, _PEOPLE_PHRASALS) > 0


def suspected_members(alive: list[Draft], reader: Reader) -> None:
    """Count people with a bare whole number before "suspected" and a group's name: "800 suspected al Qaeda or Taliban".

    A word of ``people_suspect_words`` right after the number, then capitalised words joined
    by words of ``group_name_joiners`` ("al", "or"), the last capitalised, ending at a mark or
    a stop word ("have been sent"); "40 suspected Taliban fighters" counts its noun already, and
    a name with a word of the disease words of ``cases_of_disease`` ("30 suspected Ebola") is none.
    """
    tokens = reader.tokens
    for draft in alive:
        if draft.cls is not CountClaim or not left_bare(draft):
            continue
        amount = draft.amount
        if amount.value < 1 or amount.value != amount.value.to_integral_value():
            continue
        k = tokens.first_at_or_after(draft.end)
        if not tokens.joined(k - 1, k) or tokens.lower(k) not in _SUSPECT_WORDS:
            continue
        last = k
        while tokens.joined(last, last + 1) and (
            tokens[last + 1].word[:1].isupper() or tokens.lower(last + 1) in _GROUP_JOINERS
        ):
            last += 1
        if last == k or not tokens[last].word[:1].isupper() or not _DISEASES.isdisjoint(tokens.words(k + 1, last + 1)):
            continue  # "30 suspected Ebola": cases of a disease, not people
        if tokens.joined(last, last + 1) and tokens.lower(last + 1) not in STOP:
            continue  # "40 suspected Taliban fighters", "3 suspected Covid cases": a noun of its own
        count_people(draft)


def _after_a_name(first: int, reader: Reader) -> bool:
    """True when word ``first`` follows a name, so a number there is a version or a designator.

    A word with a capital inside ("iOS 14"), or a capitalised word that does not open its
    sentence ("... as Windows 10 released"); "Another 15 resigned" follows none.
    """
    tokens, layout = reader.tokens, reader.layout
    name = first - 1
    word = tokens[name].word if name >= 0 else ""
    if not tokens.joined(name, first) or word.lower() == word:
        return False
    if word[1:].lower() != word[1:]:
        return True
    return name > 0 and layout.sentence_index(tokens[name - 1].start) == layout.sentence_index(tokens[name].start)


def included_people(alive: list[Draft], reader: Reader) -> None:
    """Count people with a bare whole number whose part, a count of people, follows set off by commas.

    "At least seven, including four children, died", "Twelve, among them three officers, were
    hurt": a comma right after the number, a phrase of ``included_part_leads``, a count of
    people no larger than the number, and a comma after that count's words in the clause.
    """
    tokens = reader.tokens
    person = units.unit("person")
    for draft, part in itertools.pairwise(alive):
        if not bare_whole(draft) or part.cls is not CountClaim or part.amount.unit != person:
            continue
        k, first = tokens.first_at_or_after(draft.end), tokens.first_at_or_after(part.start)
        if k < 1 or tokens.gap(k - 1, k) != ", " or tokens.words(k, first) not in _INCLUDED_LEADS:
            continue
        if not tokens.joined_run(k, first) or part.amount.value > draft.amount.value:
            continue
        after = tokens.first_at_or_after(part.end)
        for j in range(after, min(after + _INCLUDED_REACH, len(tokens) - 1)):
            gap = tokens.gap(j, j + 1)
            if "," in gap:
                count_people(draft)  # "four children," ends the part: the whole counts people
            if gap.strip():
                break


def _past_be(k: int, tokens: WordIndex) -> int:
    """The word after a form of "be" (``people_subject_be``) that starts at word ``k``, else ``k``.

    A participle of ``reported_participles`` right after the form of "be" is passed too: "33
    were reported hospitalised", "two were confirmed dead". The form's last word is joined to the
    word after it; its own words need not be (not ``_phrase_at``): "Twelve are, still missing".
    """
    for length in _lengths(_PEOPLE_BE):
        if tokens.words(k, k + length) in _PEOPLE_BE and tokens.joined(k + length - 1, k + length):
            k += length
            if tokens.lower(k) in REPORTED and tokens.joined(k, k + 1):
                k += 1
            return k
    return k


def _past_adverb(k: int, tokens: WordIndex) -> int:
    """The word after an adverb in "-ly" at word ``k`` ("five seriously injured"), else ``k``.

    A lower-case word ending in one of ``adverb_endings`` joined to the word after it, which the caller
    then reads as the people word ("critically wounded"), so "two seriously" alone reads nothing.
    """
    word = tokens[k].word if k < len(tokens) else ""
    if word.isalpha() and word.islower() and word.endswith(_ADVERB_ENDINGS) and tokens.joined(k, k + 1):
        return k + 1
    return k


def other_people(alive: list[Draft], reader: Reader) -> None:
    """Give "seven others" what they are others of: people, or the things counted before them in the sentence.

    "Bryant aged 41, his daughter aged 13, and seven others", "two aides and seven others": a
    count of "others" (``people_others``, read as a noun) after a count of people or an age in its
    sentence counts people (counted noun "person"); so does "others" a verb of
    ``people_object_verbs`` stands a few words before, in its sentence and with no figure between
    ("injured at least nineteen others", "kills photojournalist, five others"). Otherwise
    "others" after a count of two or more of a counted noun in its sentence counts that noun ("in
    eight states, with write-in access in 23 others": states; "8 shops and 5 others": shops).
    """
    person = units.unit("person")
    for n, draft in enumerate(alive):
        if draft.cls is not CountClaim or draft.counted not in _OTHERS_COUNTED or draft.amount.unit == person:
            continue
        earlier = earlier_in_sentence(alive, n, reader)
        if any(d.age or (d.cls is CountClaim and d.amount.unit == person) for d in earlier):
            count_people(draft)
        elif _people_verb_before(draft, earlier, reader):
            count_people(draft)  # "injured at least nineteen others"
        elif earlier and antecedent(earlier[-1]) and earlier[-1].counted not in _OTHERS_COUNTED:
            count_as(draft, earlier[-1].amount.unit, earlier[-1].counted)  # "eight states ... 23 others"


def _people_verb_before(draft: Draft, earlier: list[Draft], reader: Reader) -> bool:
    """True when a verb of ``people_object_verbs`` stands at most ``_OTHERS_VERB_REACH`` words before ``draft``.

    The words between are in its sentence, joined (no semicolon, colon or bracket) and hold no
    figure: "injured at least nineteen others", "kills photojournalist, at least five others".
    """
    tokens = reader.tokens
    first = tokens.first_at_or_after(draft.start)
    since = max(first - _OTHERS_VERB_REACH, tokens.first_at_or_after(reader.layout.sentence(draft.start)[0]))
    if earlier:
        since = max(since, earlier[-1].last + 1)
    for k in range(first - 1, since - 1, -1):
        if not NOT_PARALLEL.isdisjoint(tokens.gap(k, k + 1)):
            return False
        if tokens.lower(k) in PEOPLE_VERBS:
            return True
    return False


def _aboard(tokens: WordIndex, k: int) -> bool:
    """True when a phrase of ``people_aboard_phrases`` starts at word ``k`` and no noun follows it: "on board".

    After it a mark, a stop word, an auxiliary or a word that may make a number people ("died").
    """
    end = k + _phrase_at(tokens, k, _ABOARD)
    if end == k:
        return False
    after = tokens.lower(end)  # no noun: "on board were killed", "on-board died"
    return not tokens.joined(end - 1, end) or after in _STOP_OR_AUXILIARY or after in _PEOPLE_SAYING


def _people_pronoun(tokens: WordIndex, k: int) -> bool:
    """True when a phrase of ``people_pronoun_phrases`` starts at word ``k``: "of us", "of you"."""
    return _phrase_at(tokens, k, _PEOPLE_PRONOUNS) > 0


def _phrase_at(tokens: WordIndex, k: int, phrases: frozenset[tuple[str, ...]]) -> int:
    """The length of the longest phrase of ``phrases`` that starts at word ``k``, its words joined; 0 if none."""
    for length in _lengths(phrases):
        if tokens.words(k, k + length) in phrases and tokens.joined_run(k, k + length - 1):
            return length
    return 0


@functools.cache
def _lengths(phrases: frozenset[tuple[str, ...]]) -> tuple[int, ...]:
    """The lengths of ``phrases``, longest first, once per table."""
    return tuple(sorted({len(phrase) for phrase in phrases}, reverse=True))


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
    for n, draft in enumerate(alive):
        first, nxt = tokens.first_at_or_after(draft.start), tokens.first_at_or_after(draft.end)
        after = tokens.words(nxt, nxt + _ANAPHOR_LENGTH)
        bare = bare_whole(draft) or _one_in_digits(draft, reader)  # "earned the remaining 1"
        if not bare or (tokens.lower(first - 1) not in _ANAPHORIC_LEADS and after not in _ANAPHORS):
            continue
        found = None
        for earlier in reversed(alive[:n]):
            if not same_sentence(earlier, draft, reader):
                break
            if antecedent(earlier):
                found = earlier
                break
        if found is None and after in _ANAPHORS_BACK:
            found = _antecedent_ahead(alive, n, reader)
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
    for n, draft in enumerate(alive):
        first, nxt = tokens.first_at_or_after(draft.start), tokens.first_at_or_after(draft.end)
        word = tokens[nxt].word if nxt < len(tokens) else ""
        verb = word.islower() and (word in _BE_FIRSTS or word in SUBJECT_AUXILIARIES)
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
        found = subjects[-1] if follows else _antecedent_ahead(alive, n, reader)
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
        if not closed_after(reader, draft.end, tokens.first_at_or_after(draft.end), _STOP_OR_AUXILIARY, spaced=True):
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


def _antecedent_ahead(alive: list[Draft], n: int, reader: Reader) -> Draft | None:
    """The last count in the sentence ahead of ``alive[n]`` (same paragraph) that "N of them" refers to, if unambiguous.

    "Some 900 patients were admitted. About 300 of them went home": every count of a counted noun
    in that sentence counts the same noun and unit, and the number is no larger than the last of
    them (a part of it); otherwise none.
    """
    layout, draft = reader.layout, alive[n]
    sentence, paragraph = layout.sentence_index(draft.start), layout.paragraph_index(draft.start)
    ahead: list[Draft] = []
    for k in range(n - 1, -1, -1):  # in text order: the sentence ahead stands right before
        d = alive[k]
        at = layout.sentence_index(d.start)
        if at < sentence - 1:
            break
        if at == sentence - 1 and layout.paragraph_index(d.start) == paragraph:
            ahead.append(d)
    ahead.reverse()
    counts = [d for d in ahead if d.counted is not None and units.is_counted(d.amount.unit)]
    if not counts or not antecedent(counts[-1]) or len({(d.counted, d.amount.unit) for d in counts}) != 1:
        return None
    return counts[-1] if draft.amount.value <= counts[-1].amount.value else None


def _one_in_digits(draft: Draft, reader: Reader) -> bool:
    """True for a bare "1" in digits, a count like any other ("the remaining 1"); the word "one" may be a pronoun."""
    if reader.text[draft.start : draft.end] != "1" or draft.cls is not CountClaim:
        return False
    return left_bare(draft)
