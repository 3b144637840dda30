"""A bare number counts people by the words around it.

"Three killed, three others injured", "Three were killed", "300 expressed interest", "the
tragedy of 70 who died", "All 157 on board", "Fifty-seven of us", "half a million more who fled",
"800 suspected al Qaeda", "At least seven, including four children, died", "injured at least
nineteen others". The people words are in ``factcheck/lexicons/en``; apart from the other noun
rules because they read verbs and pronouns only people take, not a noun said elsewhere.
"""

from __future__ import annotations

import functools
import itertools
from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._claims import AbsoluteChangeClaim, CountClaim, Direction
from factcheck._extract.link.ellipsis.bare_counts import (
    NOT_PARALLEL,
    PLURAL,
    STOP_OR_AUXILIARY,
    SUBJECT_AUXILIARIES,
    antecedent,
    bare_whole,
    count_as,
    count_people,
    left_bare,
)
from factcheck._extract.link.placement import earlier_in_sentence
from factcheck._extract.scan.english_words import STOP
from factcheck._precision import Hedge
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft
    from factcheck._extract.text.wordindex import WordIndex

__all__ = [
    "BE_FIRSTS",
    "PEOPLE_OTHERS",
    "PEOPLE_VERBS",
    "REPORTED",
    "included_people",
    "more_who",
    "other_people",
    "people_subjects",
    "suspected_members",
]

_EN: Final = lexicon("en")
REPORTED: Final = _EN.words("reported_participles")  # "3,728 cases have been reported ..., with 198 recorded"
_ADVERB_ENDINGS: Final = _EN.strings("adverb_endings")
"""The endings of an adverb between a bare number (or its "be") and a people word: "five seriously injured"."""
PEOPLE_VERBS: Final = _EN.words("people_object_verbs")  # "killing seven riders and injuring three more"
_PEOPLE_WORDS: Final = _EN.words("people_subject_words")  # "Three killed"
PEOPLE_OTHERS: Final = _EN.words("people_others")  # "three others injured"
_MORE_RELATIVES: Final = _EN.words("more_relative_words")  # "and half a million more who fled"
_MORE_WHO_UNITS: Final = (units.dimensionless(), units.unit("person"))
"""Units of "N more" a relative pronoun after it makes a count of people: bare, or people from the count before."""
_PEOPLE_BE: Final = _EN.phrase_set("people_subject_be")  # "Three were killed"
BE_FIRSTS: Final = frozenset(phrase[0] for phrase in _PEOPLE_BE)  # "are", "were", "remain"
_PEOPLE_SUBJECT_VERBS: Final = _EN.words("people_subject_verbs")  # "300 expressed interest"
_PEOPLE_PHRASALS: Final = _EN.phrase_set("people_subject_phrasal_verbs")  # "200 showed up"
_PEOPLE_PHRASAL_FIRSTS: Final = frozenset(phrase[0] for phrase in _PEOPLE_PHRASALS)
_ABOARD: Final = _EN.phrase_set("people_aboard_phrases")  # "All 157 on board"
_PEOPLE_SAYING: Final = (
    _PEOPLE_WORDS
    | _PEOPLE_SUBJECT_VERBS
    | _PEOPLE_PHRASAL_FIRSTS
    | BE_FIRSTS
    | frozenset(phrase[0] for phrase in _ABOARD)
)
"""Words after a bare number that may make it people: a participle, a people verb, the first word of a phrasal verb,
a be-form or an aboard phrase."""
_PEOPLE_RELATIVES: Final = _EN.words("people_relatives")  # "70 who died"
_PEOPLE_PRONOUNS: Final = _EN.phrase_set("people_pronoun_phrases")  # "Fifty-seven of us"
_INCLUDED_REACH: Final = 4  # words from a part's figure to the comma after its noun: "four young children,"
_SUSPECT_WORDS: Final = _EN.words("people_suspect_words")  # "800 suspected al Qaeda"
_GROUP_JOINERS: Final = _EN.words("group_name_joiners")  # "al Qaeda or Taliban"
_DISEASES: Final = frozenset(_EN.mapping("cases_of_disease")["disease_words"])  # "30 suspected Ebola": cases
_INCLUDED_LEADS: Final = _EN.phrase_set("included_part_leads")  # "At least seven, including four children, died"
_OTHERS_COUNTED: Final = frozenset(word.removesuffix("s") for word in PEOPLE_OTHERS)  # "other": read as a noun
_OTHERS_VERB_REACH: Final = 4
"""Words from a verb of ``people_object_verbs`` to "N others" it takes: "kills | photojournalist | , | at least"."""


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
    return not tokens.joined(end - 1, end) or after in STOP_OR_AUXILIARY or after in _PEOPLE_SAYING


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
