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
from factcheck._amount import Amount
from factcheck._claims import (
    AbsoluteChangeClaim,
    ChangeClaim,
    CountClaim,
    Direction,
    Inferred,
    MoneyClaim,
    PointsChangeClaim,
    RateClaim,
    RelativeChangeClaim,
    ShareClaim,
)
from factcheck._extract.link.shares import (
    MAX_GLUE,
    align_units,
    earlier_in_sentence,
    link_change,
    reunit,
    same_sentence,
    word_before,
)
from factcheck._extract.read.clause import noun_phrase
from factcheck._extract.read.verbs import what_happened
from factcheck._extract.scan.english_words import DETERMINERS, STOP, months
from factcheck._extract.text.counted_nouns import counted_unit, plurals, singular, singular_counted_unit
from factcheck._extract.text.tokens import HYPHENS
from factcheck._precision import Hedge
from factcheck.errors import FactcheckError
from factcheck.lexicons import LANGUAGES, lexicon

if TYPE_CHECKING:
    import pint

    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft
    from factcheck._extract.text.wordindex import WordIndex

__all__ = [
    "before_in_sentence_ahead",
    "elliptical",
    "list_members",
    "parallel_counts",
    "relative_after_absolute",
    "second_mentions",
]

_LOOKBACK: Final = 12
_EN: Final = lexicon("en")
_REFERRING: Final = _EN.words("referring_subjects")
"""Subjects that refer back to what the sentence ahead measured: "In 2023 it fell", "the figure rose"."""
_DETERMINING: Final = DETERMINERS | _EN.words("of_words") | {""}
_LOOKAHEAD: Final = 8
_CHANGE_ADVERBS: Final = _EN.words("change_adverbs")  # "28%, up two points"
_CHANGE_OPENINGS: Final = _CHANGE_ADVERBS | _EN.words("apposition_openers")  # ", up 3%", ", a rise of 3%"
_FROM_WORDS: Final = _EN.words("from_words")
_CHANGE_FROM: Final = frozenset((adverb, word) for adverb in _CHANGE_ADVERBS for word in _FROM_WORDS)
_ELLIPSIS_GLUE: Final = _EN.words("ellipsis_glue")
_OR: Final = _EN.words("alternative_words")  # "or"
_TO: Final = _EN.words("to_words")
_LEVEL_LEADS: Final = _TO | _EN.words("new_level_leads")  # "fell by 75% to 390", "stood at"
_MEMBER_LEADS: Final = _EN.words("member_qualifier_leads")  # "82.0% for recovery", "79% among women"
_JOINERS: Final = _EN.words("member_joiners")  # "and", "while"
_IDIOMS: Final = _EN.words("not_member_qualifiers")  # "in total"
_PARALLEL_LEADS: Final = _EN.words("parallel_count_leads")  # "and", "with"
_PARALLEL_ADVERBS: Final = _EN.words("parallel_count_adverbs")  # "only 27 have ratified"
_PARALLEL_FOLLOWERS: Final = _EN.words("parallel_count_followers")  # "in London"
_OWNER_VERBS: Final = _EN.words("owner_change_verbs")  # "gained 13 seats and the Lib Dems lost 10"
_PARALLEL_REACH: Final = 12
"""Words at most between a count and a later bare number that takes its noun."""
_REPORTED: Final = _EN.words("reported_participles")  # "3,728 cases have been reported ..., with 198 recorded"
_ONE_OF: Final = _EN.words("one_of_leads")  # "The trial was one of three facing ..."
_PEOPLE_ONE_OF: Final = _EN.phrase_set("people_one_of_subjects")  # "I am one of six"
_PAST_ENDINGS: Final = _EN.strings("past_endings")  # "-ed"
_PARTICIPLE_ENDINGS: Final = (*_EN.strings("gerund_endings"), *_PAST_ENDINGS)  # "three facing", "198 recorded"
_ADVERB_ENDINGS: Final = _EN.strings("adverb_endings")
"""The endings of an adverb between a bare number (or its "be") and a people word: "five seriously injured"."""
_NO_NOUN_ENDINGS: Final = (*_PAST_ENDINGS, *_ADVERB_ENDINGS)
"""Endings of a lower-case word after a number that make it no noun: "13,000 served", "56 already returned"."""
_COUNT_REFERRING: Final = _EN.words("count_referring_nouns")  # "that number should go up to 7,700"
_REFERRING_DETERMINERS: Final = _EN.words("referring_determiners")
_APPOSITION_HEDGES: Final = _EN.words("apposition_count_hedges")  # "Republicans, probably 25 to 30"
_COMPARED_WITH: Final = _EN.phrase_set("comparison_glue")
"""Two words right before a figure that compare it with the one before, which may stand further back."""
_POSSESSIVE: Final = _EN.strings("possessive_endings")
_OWNER_REACH: Final = 4
"""Capitalised words of a name with a possessive right before a figure: "President Donald Trump's"."""
_REPEATED: Final = 2
"""Words after a count that a later bare number repeats, so it counts the same: "have committed"."""
_NOUN_REACH: Final = 4
"""Words from a count's figure to its noun: "129 | jurisdictions", "41 pledged | delegates"."""
_PEOPLE_VERBS: Final = _EN.words("people_object_verbs")  # "killing seven riders and injuring three more"
_TALLY_VERBS: Final = _EN.words("parallel_tally_verbs")  # "amassed 1,217 delegates ..., Sanders has earned 914"
_PEOPLE_WORDS: Final = _EN.words("people_subject_words")  # "Three killed"
_PEOPLE_OTHERS: Final = _EN.words("people_others")  # "three others injured"
_MORE_RELATIVES: Final = _EN.words("more_relative_words")  # "and half a million more who fled"
_MORE_WHO_UNITS: Final = (units.dimensionless(), units.unit("person"))
"""Units of "N more" a relative pronoun after it makes a count of people: bare, or people from the count before."""
_PEOPLE_BE: Final = _EN.phrase_set("people_subject_be")  # "Three were killed"
_PEOPLE_BE_LENGTHS: Final = sorted({len(phrase) for phrase in _PEOPLE_BE}, reverse=True)
_BE_FIRSTS: Final = frozenset(phrase[0] for phrase in _PEOPLE_BE)  # "are", "were", "remain"
_PEOPLE_SUBJECT_VERBS: Final = _EN.words("people_subject_verbs")  # "300 expressed interest"
_PEOPLE_PHRASALS: Final = _EN.phrase_set("people_subject_phrasal_verbs")  # "200 showed up"
_PEOPLE_PHRASAL_FIRSTS: Final = frozenset(phrase[0] for phrase in _PEOPLE_PHRASALS)
_PEOPLE_PHRASAL_LENGTHS: Final = sorted({len(phrase) for phrase in _PEOPLE_PHRASALS}, reverse=True)
_ABOARD: Final = _EN.phrase_set("people_aboard_phrases")  # "All 157 on board"
_ABOARD_LENGTHS: Final = sorted({len(phrase) for phrase in _ABOARD})
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
_SUBJECT_AUXILIARIES: Final = _EN.words("modals") | _EN.words("auxiliaries")  # "22 countries will ..., 14 will ..."
_STOP_OR_AUXILIARY: Final = STOP | _SUBJECT_AUXILIARIES
_OF_WORDS: Final = _EN.words("of_words")
_OUT_WORDS: Final = _EN.words("partitive_out_words")  # "2,000 families, out of 13,000"
_PART_REACH: Final = 3
"""Words from a part to its whole: "of | the | top"."""
_INCLUDED_REACH: Final = 4  # words from a part's figure to the comma after its noun: "four young children,"
_SUSPECT_WORDS: Final = _EN.words("people_suspect_words")  # "800 suspected al Qaeda"
_GROUP_JOINERS: Final = _EN.words("group_name_joiners")  # "al Qaeda or Taliban"
_DISEASES: Final = frozenset(_EN.mapping("cases_of_disease")["disease_words"])  # "30 suspected Ebola": cases
_PART_FILLERS: Final = _EN.words("partitive_fillers")  # "25 of the 202 released"
_INCLUDED_LEADS: Final = _EN.phrase_set("included_part_leads")  # "At least seven, including four children, died"
_OTHERS_COUNTED: Final = frozenset(word.removesuffix("s") for word in _PEOPLE_OTHERS)  # "other": read as a noun
_ANAPHORS: Final = _EN.phrase_set("anaphoric_count_follows")  # "two of them"
_ANAPHORS_BACK: Final = _EN.phrase_set("anaphoric_count_follows_back")  # "... 900 patients. 300 of them"
_ANAPHOR_LENGTH: Final = 2
_ANAPHORIC_LEADS: Final = _EN.words("anaphoric_count_leads")  # "the other three"
_NOUN_BEFORE_DETERMINERS: Final = _EN.words("noun_before_count_determiners")  # "victim of the eight"
_NOUN_BEFORE_REACH: Final = 4
"""Words from a counted noun back from the determiner before a bare number: "victim | of | the eight"."""
_OTHERS_VERB_REACH: Final = 4
"""Words from a verb of ``people_object_verbs`` to "N others" it takes: "kills | photojournalist | , | at least"."""
_PLURAL: Final = 2
"""The least count that shares its plural noun: "two Argentinians, one from France" is no Argentinian."""
_NOT_PARALLEL: Final = frozenset(";:()[]")
"""Marks between a count and a later bare number that end the parallel: another clause or an aside."""
_MARKS_AFTER: Final = frozenset(",.;:!?)")
_RELATIVE_MARKS: Final = frozenset(",-\u2013\u2014")
"""Marks alone between a noun and "N of which" after it: a comma or a dash ("vehicles--6 million of which")."""
_CLOSING_MARKS: Final = ".!?\"'\u201d\u2019"
"""Marks that may close a sentence after its last figure: a stop and a closing quote."""
_LIST_OPENERS: Final = frozenset("\u2014\u2013:")
"""Marks after a counted whole that open the list of its members: "the five firearms he used \u2014 two ..."."""
_MEMBER_MARKS: Final = frozenset(",.;")


def elliptical(drafts: list[Draft], reader: Reader) -> None:
    """Read a figure that leaves out what it measures by its neighbour in the sentence.

    "20,000 people a month, or 300,000 over the year" (a bare count takes the noun), "rose by
    £12,000, or 4.5%" (a percentage after a change is the same change, relative), "12% of
    applicants, compared with 18%" and "28%, up two points" (the same subject).
    """
    tokens = reader.tokens
    dimensionless = units.dimensionless()
    restating = reader.language.restating_words  # "also", "soit", "o sea": "or" in German, French, Spanish
    for previous, draft in itertools.pairwise(
        d for d in drafts if not d.consumed
    ):  # a duration read as `over` is no neighbour
        if draft.subject is not None or not same_sentence(previous, draft, reader):
            continue
        own = _own_verb(draft, reader)
        if own is not None and previous.noun is None:
            continue  # "8,000 arrivals were stopped and 2,000 returned" (no noun to lend)
        own_base = _base_key(draft.amount)
        if own_base is not None and own_base != _base_key(previous.amount):
            continue  # "£1m" after "390 arrivals" measures something else
        first = tokens.first_at_or_after(draft.start)
        glue = tokens.words(previous.last + 1, _owner_start(tokens, previous.last + 1, first))
        up_from = glue[-2:] in _CHANGE_FROM  # "5,294 ... in 2023, up from 1,032"
        bare_count = draft.cls is CountClaim and draft.amount.unit == dimensionless
        compared = bare_count and glue[-2:] in _COMPARED_WITH  # "3.8 million people ... compared to 4.9 million"
        reach = _PARALLEL_REACH if compared else MAX_GLUE + 2
        if not up_from and (len(glue) > reach or not any(w in _ELLIPSIS_GLUE or w in restating for w in glue[-3:])):
            clause_first, _ = reader.clause_words(draft.start)
            opening = tokens.lower(clause_first)
            if not (_is_change(draft) and clause_first > previous.last and opening in _CHANGE_OPENINGS):
                continue  # ", up 3%", ", a rise of 3%": a change of what the sentence just gave
        if (not _OR.isdisjoint(glue[-2:]) or not restating.isdisjoint(glue[-2:])) and not _alternative_price(
            previous, draft, reader
        ):
            _restated_rate(previous, draft)
        if _is_change(previous) and draft.cls is ShareClaim and glue and glue[-1] in _OR:
            draft.cls = RelativeChangeClaim  # "rose by £12,000, or 4.5%"
            draft.direction, draft.before, draft.after = previous.direction, previous.before, previous.after
        base = _base_key(previous.amount)
        counted = base is not None and units.currency_code(previous.amount.unit) is None
        per = units.time_denominator(draft.amount.unit)
        if draft.cls is CountClaim and draft.amount.unit == dimensionless and counted and base is not None:
            draft.amount = reunit(draft.amount, Amount.exact(1, base))
            draft.counted = previous.counted  # "20,000 people a month, or 300,000 over the year": people
        elif per is not None and draft.amount.unit * per == dimensionless and counted and base is not None:
            draft.amount = reunit(
                draft.amount, Amount.exact(1, f"{base} / {per}")
            )  # "homes over five years, or 300,000 a year"
        draft.subject = previous.subject if own is None else f"{previous.noun} {own}"  # "..., and 1,200 were hurt"
        earlier = bool(glue) and glue[-1] in _FROM_WORDS  # "62% of pupils, up from 60%", "to 98% of GDP, from 85%"
        if draft.cls is ShareClaim and previous.cls is ShareClaim and draft.whole is None and not earlier:
            draft.whole = previous.whole  # not after "from": the same whole at another time


def _owner_start(tokens: WordIndex, start: int, first: int) -> int:
    """Where a name's possessive right before word ``first`` begins: "to President Donald Trump's | 214".

    Up to ``_OWNER_REACH`` capitalised words ending in a possessive, from ``start`` on; ``first``
    itself when none stands there. The glue from a figure to the one that leaves out what it
    measures reads past whose the second is ("279 electoral votes to President Donald Trump's 214").
    """
    k = first - 1
    if k < start or not tokens[k].word.endswith(_POSSESSIVE) or not tokens[k].word[:1].isupper():
        return first
    while k - 1 >= max(start, first - _OWNER_REACH) and tokens[k - 1].word[:1].isupper() and tokens.joined(k - 1, k):
        k -= 1
    return k


def _parallels(alive: list[Draft], reader: Reader) -> None:
    """Give a bare whole number the counted noun of a count it stands parallel to in the sentence.

    "marches of 250 thousand protesters in New York, 100 thousand in London, and 1.4 million in
    Germany" (all protesters), "the SNP gained 13 seats and the Lib Dems lost 10" (seats), "Both
    earned 9 delegates, followed by Klobuchar with 6" (delegates). Conservative: the figure just
    before is a count of a noun (or a change counted so), in the same sentence, at most
    ``_PARALLEL_REACH`` words back, with no semicolon, colon or bracket between; the number is
    whole, has no unit, noun or age of its own, and no noun follows it (a comma, the end of the
    sentence or a word of ``parallel_count_followers``); a comma or a word of
    ``parallel_count_leads`` stands right before it (or before words of ``parallel_count_adverbs``
    before it: ", only 27 have ratified"), or its own change verb does ("lost 10"). A verb paired
    with the one before the count (no stop word) reaches twice as far ("gained 66 seats since
    ..., while the second largest party, Labour, lost 42").
    """
    tokens = reader.tokens
    for previous, draft in itertools.pairwise(alive):
        if previous.counted is None or previous.cls not in {CountClaim, AbsoluteChangeClaim}:
            continue  # first the cheap tests of the figure before, which most figures fail
        if previous.amount.value < _PLURAL:
            continue  # "55 members of one party, 45 in the other": one party is no noun to share
        nxt = tokens.first_at_or_after(draft.end)
        follower = tokens.lower(nxt)
        bare = _bare_whole(draft, word=follower) if follower in _PARALLEL_FOLLOWERS else _bare_whole(draft)
        if not bare or not units.is_counted(previous.amount.unit):
            continue  # "900,000 elsewhere": the word kept after the number is a follower, no noun
        if not same_sentence(previous, draft, reader):
            continue
        first = tokens.first_at_or_after(draft.start)
        between = reader.text[previous.end : draft.start]
        repeated = _same_words_after(previous, nxt, reader)  # "129 jurisdictions have committed ... 95 have committed"
        reach = 2 * _PARALLEL_REACH if repeated else _PARALLEL_REACH
        repeated = repeated or _same_auxiliary_after(previous, nxt, reader)  # "22 countries will ..., 14 will ..."
        lead = first - 1
        while lead > previous.last and tokens.lower(lead) in _PARALLEL_ADVERBS and tokens.joined(lead, lead + 1):
            lead -= 1  # "54 nations have signed, only 27 have ratified": past "only" to the comma
        verbs = draft.verb != lead and _parallel_verbs(previous, lead, reader)
        if verbs and tokens.lower(lead) not in STOP:
            reach = 2 * _PARALLEL_REACH  # "gained 66 seats since ..., while ... Labour, lost 42"
        if _closing_clause(previous, draft, lead, verbs, reader):
            reach = 2 * _PARALLEL_REACH  # "41 pledged delegates; Pete Buttigieg, ..., came in first with 14."
        elif not _NOT_PARALLEL.isdisjoint(between):
            continue
        if first - previous.last > reach:
            continue
        joined = "," in tokens.gap(lead, lead + 1) or tokens.lower(lead) in _PARALLEL_LEADS
        if not joined and draft.verb != lead and not verbs:
            continue
        after = _text_after(reader, draft.end, nxt)
        repeated = repeated or (tokens.lower(nxt) in _REPORTED and _reported_subject(previous, reader))
        if not (_MARKS_AFTER & set(after) or tokens.lower(nxt) in _PARALLEL_FOLLOWERS or repeated):
            continue
        if _MARKS_AFTER & set(after) and "," in tokens.gap(first - 1, first) and tokens[first - 1].word[:1].isupper():
            continue  # "two boys, Darren, 15, and Colin, 13": an age after a name, set off by commas
        _count_as(draft, previous.amount.unit, previous.counted)


def parallel_counts(drafts: list[Draft], reader: Reader) -> None:
    """Give a bare whole number the noun it counts from its neighbours: the rules below, in this order.

    A count it stands parallel to first ("100 thousand in London" after "250 thousand protesters";
    ``_parallels``), then the other rules of an understood noun, all on the drafts not consumed
    before them: a list's members, "one of three", "N more", "the other 5", people, parts and
    wholes, and the subject of the sentence ahead last, after the people rules.
    """
    alive = [d for d in drafts if not d.consumed]
    _parallels(alive, reader)
    _adjective_members(alive, reader)
    _one_of_the_subject(alive, reader)
    _levels_of_the_number(alive, reader)
    _apposed_counts(alive, reader)
    _more_of_the_same(alive, reader)
    _more_who(alive, reader)
    _suspected_members(alive, reader)
    _the_others(alive, reader)
    _noun_before_the(alive, reader)
    _people_subjects(alive, reader)
    _included_people(alive, reader)
    _parts_of_counts(alive, reader)
    _wholes_of_parts(alive, reader)
    _other_people(alive, reader)
    _subjects_of_the_sentence_ahead(alive, reader)  # after the people rules: "Four were killed" counts people


def _closing_clause(previous: Draft, draft: Draft, lead: int, verbs: bool, reader: Reader) -> bool:
    """True when a bare number closes the clause after a semicolon after a count: "...; ... came in first with 14.".

    One semicolon and no other mark of ``_NOT_PARALLEL`` between the count and the number; a
    word of ``parallel_count_leads`` right before the number ("with 14"), or the word before the
    count repeated there ("a total of 1,124 pledged delegates; ... with a total of 815"); and the
    sentence ends right after the number, so it has no noun of its own.
    """
    between = reader.text[previous.end : draft.start]
    if between.count(";") != 1 or not _NOT_PARALLEL.isdisjoint(between.replace(";", "")):
        return False
    tokens = reader.tokens
    if tokens.lower(lead) not in _PARALLEL_LEADS and not verbs:
        return False
    end = reader.layout.sentence(draft.start)[1]
    return not reader.text[draft.end : end].strip().rstrip(_CLOSING_MARKS)


def _reported_subject(previous: Draft, reader: Reader) -> bool:
    """True when the counted noun of ``previous`` is a subject a verb follows at once: "3,728 cases have been reported".

    A later bare number with a participle of ``reported_participles`` after it ("with 198
    recorded") then counts what the subject counts.
    """
    tokens = reader.tokens
    noun = _count_noun(previous, reader)
    if noun is None or not tokens.joined(noun, noun + 1):
        return False
    return tokens.lower(noun + 1) in _SUBJECT_AUXILIARIES or tokens.lower(noun + 1) in _REPORTED


def _one_of_the_subject(alive: list[Draft], reader: Reader) -> None:
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
        bare = _bare_whole(draft, word=tokens.lower(nxt))  # "three | facing"
        of = first - 1
        if tokens.lower(of) in _NOUN_BEFORE_DETERMINERS and tokens.joined(of, first):
            of -= 1  # "one of the six"
        if not bare or tokens.lower(of - 1) not in _ONE_OF or tokens.lower(of) not in _OF_WORDS:
            continue
        if not (tokens.joined(of - 1, of) and tokens.joined(of, of + 1)):
            continue
        after = _text_after(reader, draft.end, nxt)
        word = tokens[nxt].word if nxt < len(tokens) else ""
        participle = tokens.joined(nxt - 1, nxt) and word.islower() and word.endswith(_PARTICIPLE_ENDINGS)
        if not (_MARKS_AFTER & set(after) or participle):
            continue
        if tokens.words(of - 3, of - 1) in _PEOPLE_ONE_OF and tokens.joined(of - 2, of - 1):
            _count_people(draft)  # "I am one of six": the group a person belongs to
            continue
        opening = tokens.first_at_or_after(layout.sentence(draft.start)[0])
        noun = tokens[opening + 1].word if opening + 1 < first else ""
        if tokens.lower(opening) not in DETERMINERS or not noun.isalpha() or not noun.islower():
            continue
        if singular(noun) != noun or tokens.lower(opening + 2) not in _SUBJECT_AUXILIARIES:
            continue
        unit = counted_unit(plurals(noun)[0]) if plurals(noun) else None
        _count_as(draft, units.unit(unit or "item"), noun)


def _whole_ends(draft: Draft) -> bool:
    """True for a bare count with whole ends, a number or a range ("25 to 30"), no noun, unit word or age."""
    amount = draft.amount
    if draft.cls is not CountClaim or not units.is_bare(amount.unit) or draft.counted is not None or draft.age:
        return False
    ends = (amount.low, amount.high) if amount.hedge is Hedge.RANGE else (amount.value,)
    return all(end is not None and end >= 1 and end == end.to_integral_value() for end in ends)


def _levels_of_the_number(alive: list[Draft], reader: Reader) -> None:
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
        if noun is None or not all(_whole_ends(d) and d.unit_word is None for d in drafts):
            continue
        for draft in drafts:
            _count_as(draft, count.amount.unit, count.counted)


def _apposed_counts(alive: list[Draft], reader: Reader) -> None:
    """Count a plural noun's count in apposition after it: "a strong support of Republicans, probably 25 to 30,".

    The word before the comma is a plural noun a count counts (``counted_unit``), at most one
    word of ``apposition_count_hedges`` stands between the comma and the figure, and a comma, a
    stop or the text's end follows the figure: a bare whole number or range with whole ends.
    """
    tokens = reader.tokens
    for draft in alive:
        if not _whole_ends(draft) or draft.unit_word is not None:
            continue
        first, nxt = tokens.first_at_or_after(draft.start), tokens.first_at_or_after(draft.end)
        k = first - 1
        if tokens.lower(k) in _APPOSITION_HEDGES and tokens.joined(k, first):
            k -= 1
        if k < 0 or tokens.gap(k, k + 1) != ", ":
            continue
        after = _text_after(reader, draft.end, nxt)
        word = tokens[k].word
        unit = counted_unit(word)
        if not (_MARKS_AFTER & set(after[:1])) or unit is None or singular(tokens.lower(k)) == tokens.lower(k):
            continue
        _count_as(draft, units.unit(unit), singular(tokens.lower(k)))


def _adjective_members(alive: list[Draft], reader: Reader) -> None:
    """Give a bare number with only an adjective after it the noun of the whole its list divides.

    "the five firearms he used \u2014 two semi-automatic, two shotguns, and one lever-action": a
    count of two or more of a counted noun, then at most ``_PARALLEL_REACH`` words and a dash or
    colon that opens a list of counts in its sentence, joined by commas or words of
    ``member_joiners``, that add up to no more than the whole. A member that is a whole number
    with one word after it (hyphens may join its parts) that is no plural, then a comma, stop or a
    word of ``member_joiners``, counts what the whole counts: "two semi-automatic", "12 primary".
    """
    tokens = reader.tokens
    for n, whole in enumerate(alive):
        if whole.counted is None or whole.cls is not CountClaim or not units.is_counted(whole.amount.unit):
            continue
        if whole.amount.value < _PLURAL or n + 1 >= len(alive) or not same_sentence(whole, alive[n + 1], reader):
            continue
        opening = reader.text[whole.end : alive[n + 1].start]
        words = tokens.words(whole.last + 1, tokens.first_at_or_after(alive[n + 1].start))
        if len(words) > _PARALLEL_REACH or not _LIST_OPENERS & set(opening.rstrip()[-1:]):
            continue
        members = _list_after(alive[n + 1 :], whole, reader)
        if not members or sum(m.amount.value for m in members) > whole.amount.value:
            continue
        for member in members:
            if _adjective_after(member, reader):
                _count_as(member, whole.amount.unit, whole.counted)


def _list_after(rest: list[Draft], whole: Draft, reader: Reader) -> list[Draft]:
    """The counts of a list opening at ``rest[0]``: whole numbers in the sentence, joined by commas or joiners."""
    tokens = reader.tokens
    members: list[Draft] = []
    for draft in rest:
        amount = draft.amount
        if not same_sentence(whole, draft, reader) or draft.cls is not CountClaim or draft.age:
            break
        if not (units.is_bare(amount.unit) or units.is_counted(amount.unit)) or amount.value < 1:
            return []
        if amount.value != amount.value.to_integral_value():
            return []
        if members:
            between = tokens.words(members[-1].last + 1, tokens.first_at_or_after(draft.start))
            glue = reader.text[members[-1].end : draft.start]
            if len(between) > _NOUN_REACH or ("," not in glue and _JOINERS.isdisjoint(between)):
                return []
        members.append(draft)
    return members if len(members) >= _PLURAL else []


def _adjective_after(member: Draft, reader: Reader) -> bool:
    """True when one word that is no plural follows a bare whole number, then a comma, stop or joiner.

    Its parts may be joined by hyphens ("semi-automatic"); "two shotguns" has a noun of its own.
    """
    tokens = reader.tokens
    if member.counted is not None or not units.is_bare(member.amount.unit):
        return False
    k = tokens.first_at_or_after(member.end)
    if k >= len(tokens) or not tokens.joined(k - 1, k) or not tokens[k].word.isalpha() or not tokens[k].word.islower():
        return False
    while tokens.joined(k, k + 1) and HYPHENS & set(tokens.gap(k, k + 1)):
        k += 1
    if singular(tokens.lower(k)) != tokens.lower(k):
        return False
    if k + 1 >= len(tokens):
        return True
    return bool(_MEMBER_MARKS & set(tokens.gap(k, k + 1))) or (
        tokens.joined(k, k + 1) and tokens.lower(k + 1) in _JOINERS
    )


def _more_of_the_same(alive: list[Draft], reader: Reader) -> None:
    """Count "N more" after a count as more of what that count counts: "killed nine people and injured 50 more".

    A change read from "more" right after the number, with no word after "more" (a mark, or the
    sentence's end: "around twenty more, including ...") but one of ``parallel_count_followers``
    ("two more with minor injuries"), the figure just before a count of a
    noun in the same sentence, at most ``_PARALLEL_REACH`` words back. Not "50 more than last
    year", nor "£2bn more" (money).
    """
    tokens = reader.tokens
    for previous, draft in itertools.pairwise(alive):
        if draft.cls is not AbsoluteChangeClaim or draft.before is not None or draft.verb != draft.last + 1:
            continue
        if tokens.lower(draft.verb) not in _PEOPLE_OTHERS or not same_sentence(previous, draft, reader):
            continue  # "more": a further count, not a difference
        if previous.counted is None or not units.is_counted(previous.amount.unit) or previous.cls is not CountClaim:
            continue
        if draft.amount.unit not in (units.dimensionless(), previous.amount.unit):
            continue
        nxt = draft.verb + 1
        after = _text_after(reader, tokens[draft.verb].end, nxt)
        closed = _MARKS_AFTER & set(after) or tokens.lower(nxt) in _PARALLEL_FOLLOWERS  # "two more with minor injuries"
        if not closed or tokens.first_at_or_after(draft.start) - previous.last > _PARALLEL_REACH:
            continue
        draft.cls, draft.direction, draft.verb = CountClaim, Direction.UNSPECIFIED, None
        _count_as(draft, previous.amount.unit, previous.counted)


def _more_who(alive: list[Draft], reader: Reader) -> None:
    """Count people with "N more" or "N others" before "who": "and an estimated half million more who fled".

    A bare change read from the word of ``people_others`` right after the number, then a space
    and a word of ``more_relative_words``: a relative clause only people take, so the number
    counts people, however far back a count of them stands (or none).
    """
    tokens = reader.tokens
    for draft in alive:
        if draft.cls is not AbsoluteChangeClaim or draft.before is not None or draft.verb != draft.last + 1:
            continue
        if tokens.lower(draft.verb) not in _PEOPLE_OTHERS or draft.amount.unit not in _MORE_WHO_UNITS:
            continue
        amount, nxt = draft.amount, draft.verb + 1
        if amount.value < 1 or amount.value != amount.value.to_integral_value() or nxt >= len(tokens):
            continue
        if reader.text[tokens[draft.verb].end : tokens[nxt].start].strip() or tokens.lower(nxt) not in _MORE_RELATIVES:
            continue  # "50 more than last year", "40 more, who": a relative pronoun must follow at once
        draft.cls, draft.direction, draft.verb = CountClaim, Direction.UNSPECIFIED, None
        _count_people(draft)


def _people_subjects(alive: list[Draft], reader: Reader) -> None:
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
        if draft.cls is not CountClaim or (said is not None and said.lower() not in _PEOPLE_SAYING) or draft.age:
            continue  # "two dead": "dead" was kept as the word after the number
        if amount.value < 1 or amount.value != amount.value.to_integral_value():
            continue
        bare = units.is_bare(amount.unit) and draft.counted is None
        if not bare and draft.counted not in _OTHERS_COUNTED:
            continue
        k, first = tokens.first_at_or_after(draft.end), tokens.first_at_or_after(draft.start)
        if not tokens.joined(k - 1, k) or _after_a_name(first, reader):
            continue  # "iOS 14 released": a version of a name
        if tokens.lower(k) in _PEOPLE_OTHERS and tokens.joined(k, k + 1):
            k += 1
        if tokens.lower(k) in _PEOPLE_SUBJECT_VERBS:
            pass  # "300 expressed interest": the verb's object may follow
        elif _people_phrasal(tokens, k):
            pass  # "Fewer than two hundred showed up", "five or ten reached out", "81 had lost their lives"
        elif tokens[k].word in _PEOPLE_RELATIVES and not draft.counted and amount.value >= _PLURAL:
            pass  # "the tragedy of 70 who died": lower-case, not the WHO; "the only one who" is a pronoun
        elif _aboard(tokens, k) and not draft.counted and amount.value >= _PLURAL:
            pass  # "All 157 on board were killed", "the sixteen on-board died"
        elif _people_pronoun(tokens, k) and not draft.counted and amount.value >= _PLURAL:
            if amount.hedge is Hedge.RANGE:
                continue  # "Hundreds of us came": a vague amount, no count
            # "Fifty-seven of us introduced a bill"; "one of us" is a pronoun
        else:
            k = _past_adverb(_past_be(k, tokens), tokens)  # "Three were killed", "five seriously injured"
            if tokens.lower(k) not in _PEOPLE_WORDS or (tokens.joined(k, k + 1) and tokens.lower(k + 1) not in STOP):
                continue
        _count_people(draft)


def _people_phrasal(tokens: WordIndex, k: int) -> bool:
    """True when a phrase of ``people_subject_phrasal_verbs`` starts at word ``k``, or after an auxiliary there.

    "two hundred showed up", "81 lost their lives"; a word of ``modals`` or ``auxiliaries``
    may come first: "81 had lost their lives", "five have come forward" (joined words only).
    """
    if tokens.lower(k) in _SUBJECT_AUXILIARIES and tokens.joined(k, k + 1) and _people_phrasal(tokens, k + 1):
        return True
    for length in _PEOPLE_PHRASAL_LENGTHS:
        if tokens.words(k, k + length) in _PEOPLE_PHRASALS and tokens.joined_run(k, k + length - 1):
            return True
    return False


def _suspected_members(alive: list[Draft], reader: Reader) -> None:
    """Count people with a bare whole number before "suspected" and a group's name: "800 suspected al Qaeda or Taliban".

    A word of ``people_suspect_words`` right after the number, then capitalised words joined
    by words of ``group_name_joiners`` ("al", "or"), the last capitalised, ending at a mark or
    a stop word ("have been sent"); "40 suspected Taliban fighters" counts its noun already, and
    a name with a word of the disease words of ``cases_of_disease`` ("30 suspected Ebola") is none.
    """
    tokens = reader.tokens
    for draft in alive:
        said = draft.unit_word
        if draft.cls is not CountClaim or draft.counted is not None or not units.is_bare(draft.amount.unit):
            continue
        if draft.age or (said is not None and said.lower() not in _SUSPECT_WORDS):
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
        _count_people(draft)


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


def _parts_of_counts(alive: list[Draft], reader: Reader) -> None:
    """Give a bare whole number the noun of the count right after "of" it is part of: "25 of the 202 released".

    The reading stage gives a part the noun of its whole where that noun follows the whole
    ("39 of the 40 delegates"); a whole that a link counted (``_people_subjects``: "the 202
    released") lends its noun here. Between them stand "of" and at most two of
    ``partitive_fillers`` ("the", "its"); the part is no larger than the whole.
    """
    tokens = reader.tokens
    for draft, whole in itertools.pairwise(alive):
        if not _bare_whole(draft) or whole.counted is None or not units.is_counted(whole.amount.unit):
            continue
        k, first = tokens.first_at_or_after(draft.end), tokens.first_at_or_after(whole.start)
        between = tokens.words(k, first)
        if not between or between[0] not in _OF_WORDS or not set(between[1:]) <= _PART_FILLERS:
            continue
        if len(between) > _PART_REACH or not tokens.joined_run(k - 1, first):
            continue
        if draft.amount.value <= whole.amount.value:
            _count_as(draft, whole.amount.unit, whole.counted)


def _wholes_of_parts(alive: list[Draft], reader: Reader) -> None:
    """Give a bare whole number after "out of" the noun of the count before it: "2,000 families, out of 13,000".

    "Twelve of the people ... out of the 56 already returned", "126 Members ..., that is nearly
    half of 275": "of" and at most two of ``partitive_fillers`` right before the number, with a
    word of ``partitive_out_words`` before "of" or a share ending right there ("half of 275");
    the count before it (a share between passed over) in its sentence, its noun at most
    ``_PARALLEL_REACH`` words back with no semicolon, colon or bracket between, counts a noun
    and is no larger than the number; no noun follows the number (a mark, the text's end, a stop
    word or a lower-case word in "-ed" or "-ly": "13,000 served", "56 already returned").
    """
    tokens = reader.tokens
    for n, draft in enumerate(alive):
        if not _bare_whole(draft) or n == 0:
            continue
        first, nxt = tokens.first_at_or_after(draft.start), tokens.first_at_or_after(draft.end)
        of = first - 1
        while of > first - _PART_REACH and tokens.lower(of) in _PART_FILLERS:  # "out of | the | 56"
            of -= 1
        if of < 1 or tokens.lower(of) not in _OF_WORDS or not tokens.joined_run(of, first):
            continue
        part = alive[n - 1]
        share = part.cls is ShareClaim and part.last == of - 1 and tokens.joined(of - 1, of)
        if share:
            part = alive[n - 2] if n > 1 else part  # "126 Members ..., that is nearly half of 275"
        elif tokens.lower(of - 1) not in _OUT_WORDS or not tokens.joined(of - 1, of):
            continue
        if part.cls is not CountClaim or part.counted is None or not units.is_counted(part.amount.unit):
            continue
        if not same_sentence(part, draft, reader) or part.amount.value > draft.amount.value:
            continue
        noun = _count_noun(part, reader) or part.last
        if first - noun > _PARALLEL_REACH or not _NOT_PARALLEL.isdisjoint(reader.text[part.end : draft.start]):
            continue
        if _MARKS_AFTER & set(_text_after(reader, draft.end, nxt)) or _no_noun_at(nxt, reader):
            _count_as(draft, part.amount.unit, part.counted)


def _no_noun_at(k: int, reader: Reader) -> bool:
    """True when word ``k`` is a stop word or a lower-case word in "-ed" or "-ly", so no noun: "served", "already"."""
    tokens = reader.tokens
    word = tokens[k].word if k < len(tokens) else ""
    if not word.isalpha() or not word.islower():
        return False
    return word in STOP or word.endswith(_NO_NOUN_ENDINGS)


def _included_people(alive: list[Draft], reader: Reader) -> None:
    """Count people with a bare whole number whose part, a count of people, follows set off by commas.

    "At least seven, including four children, died", "Twelve, among them three officers, were
    hurt": a comma right after the number, a phrase of ``included_part_leads``, a count of
    people no larger than the number, and a comma after that count's words in the clause.
    """
    tokens = reader.tokens
    person = units.unit("person")
    for draft, part in itertools.pairwise(alive):
        if not _bare_whole(draft) or part.cls is not CountClaim or part.amount.unit != person:
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
                _count_people(draft)  # "four children," ends the part: the whole counts people
            if gap.strip():
                break


def _past_be(k: int, tokens: WordIndex) -> int:
    """The word after a form of "be" (``people_subject_be``) that starts at word ``k``, else ``k``.

    A participle of ``reported_participles`` right after the form of "be" is passed too: "33
    were reported hospitalised", "two were confirmed dead".
    """
    for length in _PEOPLE_BE_LENGTHS:
        if tokens.words(k, k + length) in _PEOPLE_BE and tokens.joined(k + length - 1, k + length):
            k += length
            if tokens.lower(k) in _REPORTED and tokens.joined(k, k + 1):
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


def _other_people(alive: list[Draft], reader: Reader) -> None:
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
            _count_people(draft)
        elif _people_verb_before(draft, earlier, reader):
            _count_people(draft)  # "injured at least nineteen others"
        elif earlier and _antecedent(earlier[-1]) and earlier[-1].counted not in _OTHERS_COUNTED:
            _count_as(draft, earlier[-1].amount.unit, earlier[-1].counted)  # "eight states ... 23 others"


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
        if not _NOT_PARALLEL.isdisjoint(tokens.gap(k, k + 1)):
            return False
        if tokens.lower(k) in _PEOPLE_VERBS:
            return True
    return False


def _aboard(tokens: WordIndex, k: int) -> bool:
    """True when a phrase of ``people_aboard_phrases`` starts at word ``k`` and no noun follows it: "on board".

    After it a mark, a stop word, an auxiliary or a word that may make a number people ("died").
    """
    for length in _ABOARD_LENGTHS:
        end = k + length
        if tokens.words(k, end) in _ABOARD and tokens.joined_run(k, end - 1):
            after = tokens.lower(end)  # no noun: "on board were killed", "on-board died"
            return not tokens.joined(end - 1, end) or after in _STOP_OR_AUXILIARY or after in _PEOPLE_SAYING
    return False


def _people_pronoun(tokens: WordIndex, k: int) -> bool:
    """True when a phrase of ``people_pronoun_phrases`` starts at word ``k``: "of us", "of you"."""
    return (
        k + 1 < len(tokens) and tokens.joined(k, k + 1) and (tokens.lower(k), tokens.lower(k + 1)) in _PEOPLE_PRONOUNS
    )


def _count_people(draft: Draft) -> None:
    """Make ``draft`` a count of people: unit ``person``, counted noun "person"."""
    _count_as(draft, units.unit("person"), "person")


def _text_after(reader: Reader, end: int, nxt: int) -> str:
    """The text from ``end`` to word ``nxt``; "." when no word follows (the text's end closes it)."""
    return reader.text[end : reader.tokens[nxt].start] if nxt < len(reader.tokens) else "."


def _count_as(draft: Draft, unit: pint.Unit, counted: str | None) -> None:
    """Make ``draft`` a count in ``unit`` of the noun ``counted``, with no unit word of its own."""
    draft.amount = reunit(draft.amount, Amount.exact(1, unit))
    draft.counted, draft.unit_word = counted, None


def _the_others(alive: list[Draft], reader: Reader) -> None:
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
        if n and _antecedent(alive[n - 1]):  # after its own turn: "the other three" may have made it one
            last = n - 1
        first, nxt = tokens.first_at_or_after(draft.start), tokens.first_at_or_after(draft.end)
        after = tokens.words(nxt, nxt + _ANAPHOR_LENGTH)
        bare = _bare_whole(draft) or _one_in_digits(draft, reader)  # "earned the remaining 1"
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
            _count_as(draft, found.amount.unit, found.counted)
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
    _count_as(draft, units.unit(unit), singular(word))


def _subjects_of_the_sentence_ahead(alive: list[Draft], reader: Reader) -> None:
    """Give a bare subject count the noun the sentence ahead counts: "800 members ... were sent. 520 remain and 61 ...".

    A bare whole number that opens its sentence (its hedge words apart), or follows a comma or a
    word of ``parallel_count_leads`` after such a number, with a form of "be", "remain" (the
    first words of ``people_subject_be``) or an auxiliary right after it, so it is the subject
    of its clause and has no noun of its own; the sentence ahead in its paragraph counts one
    noun (``_antecedent_ahead``), no smaller than the number. "N of them" reads so in ``_the_others``.
    """
    tokens, layout = reader.tokens, reader.layout
    subjects: list[Draft] = []
    firsts = _sentence_firsts(alive, reader)
    for n, draft in enumerate(alive):
        first, nxt = tokens.first_at_or_after(draft.start), tokens.first_at_or_after(draft.end)
        word = tokens[nxt].word if nxt < len(tokens) else ""
        verb = word.islower() and (word in _BE_FIRSTS or word in _SUBJECT_AUXILIARIES)
        bare = _bare_whole(draft, word=word)  # "520 | remain"
        if not (bare and verb and tokens.joined(nxt - 1, nxt)):
            continue
        lead = first - 1
        follows = (
            bool(subjects)
            and same_sentence(subjects[-1], draft, reader)
            and first - subjects[-1].last <= _PARALLEL_REACH
            and _NOT_PARALLEL.isdisjoint(reader.text[subjects[-1].end : draft.start])
            and ("," in tokens.gap(lead, first) or tokens.lower(lead) in _PARALLEL_LEADS)
        )
        if not follows and draft.start != layout.sentence(draft.start)[0]:
            continue
        found = subjects[-1] if follows else _antecedent_ahead(alive, n, reader, firsts)
        if found is None or draft.amount.value > found.amount.value:
            continue
        _count_as(draft, found.amount.unit, found.counted)
        subjects.append(draft)


def _noun_before_the(alive: list[Draft], reader: Reader) -> None:
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
        if not _bare_whole(draft) or draft.amount.value < _PLURAL:
            continue
        first = tokens.first_at_or_after(draft.start)
        lead = first - 1
        if lead < 1 or tokens.lower(lead) not in _NOUN_BEFORE_DETERMINERS or not tokens.joined(lead, first):
            continue
        nxt = tokens.first_at_or_after(draft.end)
        after = _text_after(reader, draft.end, nxt)
        if not (_MARKS_AFTER & set(after) or (not after.strip() and tokens.lower(nxt) in _STOP_OR_AUXILIARY)):
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
                _count_as(draft, units.unit(unit), singular(word))
                break


def _antecedent(earlier: Draft) -> bool:
    """True for a count of two or more of a counted noun, which a later "of them" may refer to."""
    return earlier.counted is not None and units.is_counted(earlier.amount.unit) and earlier.amount.value >= _PLURAL


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
    if not counts or not _antecedent(counts[-1]) or len({(d.counted, d.amount.unit) for d in counts}) != 1:
        return None
    return counts[-1] if draft.amount.value <= counts[-1].amount.value else None


def _count_noun(previous: Draft, reader: Reader) -> int | None:
    """The word of the counted noun of ``previous``, after the words of its figure: "129 | jurisdictions"."""
    tokens = reader.tokens
    return next(
        (k for k in range(previous.last, previous.last + _NOUN_REACH) if singular(tokens.lower(k)) == previous.counted),
        None,
    )


def _same_auxiliary_after(previous: Draft, nxt: int, reader: Reader) -> bool:
    """True when word ``nxt`` repeats the modal or auxiliary right after the noun of ``previous``, a word follows.

    "22 countries will introduce new laws, 14 will strengthen ...": both are subjects of the same
    modal or auxiliary (``modals``, ``auxiliaries``), so the second counts what the first counts.
    """
    tokens = reader.tokens
    noun = _count_noun(previous, reader)
    if noun is None or not tokens.joined(nxt - 1, nxt) or not tokens.joined(nxt, nxt + 1):
        return False
    word = tokens.lower(nxt)
    return (
        word in _SUBJECT_AUXILIARIES
        and tokens.lower(noun + 1) == word
        and tokens.joined(noun, noun + 1)
        and tokens[nxt].word.islower()
        and tokens.lower(nxt + 1).isalpha()
    )


def _same_words_after(previous: Draft, nxt: int, reader: Reader) -> bool:
    """True when the two words from ``nxt`` on repeat the two right after ``previous`` and one is no stop.

    "129 jurisdictions have committed to ... and more than 95 have committed to ...": the second
    number does what the count before it did, so it counts the same; "in the" or "of the" after
    both is no such repeat.
    """
    tokens = reader.tokens
    noun = _count_noun(previous, reader)
    if noun is None or not tokens.joined(nxt - 1, nxt):
        return False
    after = noun + 1
    words = tokens.words(after, after + _REPEATED)
    return (
        len(words) == _REPEATED
        and words == tokens.words(nxt, nxt + _REPEATED)
        and all(word.isalpha() for word in words)
        and not all(word in STOP for word in words)
        and tokens.joined(noun, after)
        and tokens.joined(after, after + 1)
        and tokens.joined(nxt, nxt + 1)
    )


def _parallel_verbs(previous: Draft, verb: int, reader: Reader) -> bool:
    """True when the word ``verb`` right before a bare number repeats the verb right before ``previous``.

    The same word ("sold 30 kayaks and the shop sold 12"), two of ``owner_change_verbs``
    ("gained 13 seats and the Lib Dems lost 10"), two of ``people_object_verbs`` ("killing
    seven riders and injuring three more") or two of ``parallel_tally_verbs`` ("amassed 1,217
    delegates, while Sanders has earned 914").
    """
    tokens = reader.tokens
    before = tokens.lower(tokens.first_at_or_after(previous.start) - 1)
    word = tokens.lower(verb)
    return bool(word) and (
        word == before
        or (word in _OWNER_VERBS and before in _OWNER_VERBS)
        or (word in _PEOPLE_VERBS and before in _PEOPLE_VERBS)  # "killing seven riders and injuring three more"
        or (word in _TALLY_VERBS and before in _TALLY_VERBS)  # "has amassed 1,217 delegates, ... has earned 914"
    )


def _one_in_digits(draft: Draft, reader: Reader) -> bool:
    """True for a bare "1" in digits, a count like any other ("the remaining 1"); the word "one" may be a pronoun."""
    if reader.text[draft.start : draft.end] != "1" or draft.cls is not CountClaim:
        return False
    if not units.is_bare(draft.amount.unit):
        return False
    return draft.counted is None and draft.unit_word is None and not draft.age


def _bare_whole(draft: Draft, *, word: str | None = None) -> bool:
    """True for a whole number above one with no unit, counted noun, unit word or age: a count left bare.

    With ``word``, the next word: a unit word kept as written that is that word is none. The reading
    keeps an unknown word after a number as its unit as written ("520 remain", "900,000 elsewhere");
    where a rule reads that word as no noun, the number is bare.
    """
    amount = draft.amount
    if draft.cls not in {CountClaim, AbsoluteChangeClaim} or not units.is_bare(amount.unit):
        return False
    said = draft.unit_word
    if draft.counted is not None or draft.age or (said is not None and (word is None or said.lower() != word.lower())):
        return False
    return amount.value >= _PLURAL and amount.value == amount.value.to_integral_value()


def _alternative_price(previous: Draft, draft: Draft, reader: Reader) -> bool:
    """True for "£8.99 a month or £89.99 a year": prices joined by "or" with no comma are two offers.

    A restatement sets itself off with a comma ("earn £2,800 a month, or £33,600 a year"); without
    one, a monthly and a yearly price are alternatives, and a yearly plan is often priced apart.
    """
    if units.currency_code(previous.amount.unit) is None:
        return False
    return "," not in reader.text[previous.end : draft.start]


def _restated_rate(previous: Draft, draft: Draft) -> None:
    """Read "250 patients a week, or 13,000 a year" as 13,000 over one year, to compare with the weekly rate."""
    per, own_per = units.time_denominator(previous.amount.unit), units.time_denominator(draft.amount.unit)
    if previous.cls is not RateClaim or draft.cls is not RateClaim or per is None or own_per is None or per == own_per:
        return
    total = draft.amount.unit * own_per
    if total == units.dimensionless() and units.is_counted(previous.amount.unit * per):
        total = previous.amount.unit * per  # "or 13,000 a year" counts what "250 patients a week" counts
    if total != previous.amount.unit * per:
        return
    draft.amount = reunit(draft.amount, Amount.exact(1, total))
    draft.counted = previous.counted
    draft.cls = MoneyClaim if units.currency_code(total) is not None else CountClaim
    draft.over = Amount.exact(1, own_per)


def _base_key(amount: Amount) -> str | None:
    return _unit_base_key(amount.unit)


@functools.lru_cache(maxsize=1024)
def _unit_base_key(unit: pint.Unit) -> str | None:
    """What a figure in ``unit`` counts, once per unit: its currency, or its counted thing (per time left out)."""
    code = units.currency_code(unit)
    if code is not None:
        return code
    denominator = units.time_denominator(unit)
    base = unit * denominator if denominator is not None else unit
    return str(base) if units.is_counted(base) else None


def second_mentions(drafts: list[Draft], reader: Reader) -> None:
    """Give a figure with no subject the subject of the last figure of its kind in this or the sentence before.

    Not a difference named by a comparative after it ("will be £80 better off", "£2bn more"): it
    is compared with something the text leaves unsaid, not the figure before.
    """
    layout = reader.layout
    last_seen: dict[str, tuple[int, int, str]] = {}
    for draft in drafts:
        if draft.consumed:
            continue
        key = _base_key(draft.amount)
        if key is None:
            continue
        paragraph = layout.paragraph_index(draft.start)
        sentence = layout.sentence_index(draft.start)
        compared = draft.verb is not None and draft.verb > draft.last  # "£80 better off": than what is unsaid
        if draft.subject is None and _own_verb(draft, reader) is None and not compared:
            seen = last_seen.get(key)
            if seen is not None and seen[0] == paragraph and sentence - seen[1] <= 1:
                draft.subject = seen[2]
        if draft.subject is not None:
            last_seen[key] = (paragraph, sentence, draft.subject)


def _own_verb(draft: Draft, reader: Reader) -> str | None:
    """What happened to a bare count by a verb of its own ("..., and 2,000 were returned"), or ``None``.

    A subject borrowed from a neighbour must then say what happened to this count, not to the neighbour.
    """
    if not units.is_count(draft.amount.unit) or _is_change(draft):
        return None
    _, clause_end = reader.clause_words(draft.start)
    return what_happened(reader.tokens, draft.last, clause_end)


def _is_change(draft: Draft) -> bool:
    return issubclass(draft.cls, ChangeClaim)


def relative_after_absolute(drafts: list[Draft], reader: Reader) -> None:
    """Give "up 7.5%" in "climbed 30 cents to $4.30, up 7.5%" its before ($4.00) and after ($4.30)."""
    for change, level, relative in zip(drafts, drafts[1:], drafts[2:], strict=False):
        if change.cls is not AbsoluteChangeClaim or relative.cls is not RelativeChangeClaim:
            continue
        if relative.before is not None:
            continue
        if word_before(level, reader) not in _TO or level.first - change.last > 2 or _is_change(level):  # noqa: PLR2004
            continue
        if not _apposed(level, relative, reader) or relative.direction not in (change.direction, Direction.UNSPECIFIED):
            continue
        try:
            step = change.amount.to(level.amount.unit)
        except FactcheckError:
            continue  # "fell by 3 points to 40%": no level in the change's unit
        relative.after = level.amount
        relative.before = level.amount + step if change.direction is Direction.DOWN else level.amount - step
        relative.subject = relative.subject or change.subject


def _new_level(drafts: list[Draft], n: int, reader: Reader) -> Draft | None:
    """The level a change at ``n`` moved to: "fell by 75% to 390" or "fell to 390, a drop of 75%"."""
    tokens = reader.tokens
    change = drafts[n]
    for m in (n + 1, n - 1):
        if not 0 <= m < len(drafts) or _is_change(drafts[m]) or drafts[m].consumed:
            continue
        level = drafts[m]
        if not same_sentence(level, change, reader):
            continue
        if m == n - 1 and _apposed(level, change, reader):
            return level  # "It now has 120, a fall of 20%"
        if word_before(level, reader) not in _LEVEL_LEADS:
            continue
        low, high = (change, level) if m > n else (level, change)
        if tokens.first_at_or_after(high.start) - low.last <= _LOOKAHEAD:
            return level
    return None


def _apposed(level: Draft, change: Draft, reader: Reader) -> bool:
    """True for a change in apposition after a level: "450,000, a fall of 25%", "120, down 20%"."""
    tokens = reader.tokens
    glue = tokens.words(level.last + 1, tokens.first_at_or_after(change.start))
    if change.verb is None or not glue or "," not in tokens.gap(level.last, level.last + 1):
        return False
    return (glue[0] in _apposition_openers() and len(glue) <= 4) or (len(glue) == 1 and glue[0] in _CHANGE_ADVERBS)  # noqa: PLR2004


@functools.cache
def _apposition_openers() -> frozenset[str]:
    """Words of any language opening a change in apposition: "a fall of 25%", "ein Rückgang um 35 %", "soit une"."""
    return frozenset[str]().union(*(lexicon(lang).words("apposition_openers") for lang in LANGUAGES))


def before_in_sentence_ahead(drafts: list[Draft], reader: Reader) -> None:
    """Give a change its before from the sentence ahead: "X reached 8,000 in 2022. In 2023 it fell by 75% to 390".

    Only when unambiguous: the change has its new level (after "to", or just before it: "It now
    has 120, a fall of 20%"), and the sentence ahead, in the same paragraph, holds exactly one
    level with a period that measures the same thing (a bare count takes the counted unit). When
    the new level has a period too, the earlier period must end before it begins; a new level
    without one is taken as later, as a narrative moves on. The link is marked inferred
    (``Inferred.LINK``): checks judge it as not certain.
    """
    layout = reader.layout
    for n, change in enumerate(drafts):
        if not _is_change(change) or change.before is not None or change.cls is PointsChangeClaim:
            continue
        after = _new_level(drafts, n, reader)
        if after is None:
            continue
        sentence, paragraph = layout.sentence_index(change.start), layout.paragraph_index(change.start)
        found = [
            d
            for d in drafts[max(0, n - _LOOKBACK) : n]
            if layout.sentence_index(d.start) == sentence - 1
            and layout.paragraph_index(d.start) == paragraph
            and not _is_change(d)
            and d.cls is not ShareClaim
            and not d.consumed
            and d.period is not None
            and (after.period is None or d.period.end < after.period.start)  # "It now has 120": later
            and _measures_alike(d.amount, after.amount)
        ]
        if len(found) != 1 or not _same_thing(found[0].subject, change.subject or after.subject):
            continue
        before = found[0]
        align_units(before, after)
        link_change(change, before, after)
        change.inferred.add(Inferred.LINK)  # across a sentence boundary: a reading, not the text's syntax
        if after.subject is None:
            after.subject = before.subject


def _same_thing(before: str | None, changed: str | None) -> bool:
    """True when what changed may be what the figure ahead measured.

    A pronoun or a generic noun ("they", "the figure", "the number") refers back; otherwise the
    two subjects must share a word ("arrivals" and "small-boat arrivals"): "imports" after a
    figure for exports, or "waiting lists" after hospital beds, is another quantity.
    """
    changed_words = _content_words(changed)
    if changed_words <= _REFERRING:
        return True
    return bool(changed_words & _content_words(before))


def _content_words(phrase: str | None) -> set[str]:
    words = (phrase or "").lower().replace("-", " ").split()
    return {w.strip(".,;:'\"()") for w in words} - _DETERMINING


def _measures_alike(a: Amount, b: Amount) -> bool:
    """True when ``a`` and ``b`` measure the same thing, a bare count standing for any counted one."""
    return units.same_dimension(a.unit, b.unit) or units.bare_beside_counted(a.unit, b.unit)


def list_members(drafts: list[Draft], reader: Reader) -> None:
    """Tell apart members of one list that share a subject by each one's own qualifier.

    "Targets will rise to 75.4% for recycling and to 82.0% for recovery", "turnout was 87% among
    men and 79% among women": consecutive figures of one sentence, joined by a comma or a joining
    word, with the same subject, where the later one has a qualifier of its own (a lead word of
    ``member_qualifier_leads`` and a noun phrase, after the figure or between the joining word
    and it). Each member's qualifier is added to its subject ("targets for recycling", "targets
    for recovery"): they are different quantities, never paired as one.
    """
    tokens = reader.tokens
    alive = [d for d in drafts if not d.consumed]
    shared = [d.subject for d in alive]
    qualified: set[int] = set()
    for n in range(1, len(alive)):
        previous, draft = alive[n - 1], alive[n]
        if shared[n] is None or shared[n] != shared[n - 1] or not same_sentence(previous, draft, reader):
            continue
        start = tokens.first_at_or_after(draft.start)
        joint = next(
            (k for k in range(previous.last + 1, start) if tokens.lower(k) in _JOINERS or "," in tokens.gap(k - 1, k)),
            None,
        )
        if joint is None:
            continue
        _, clause_end = reader.clause_words(draft.start)
        own = _qualifier(reader, joint + (tokens.lower(joint) in _JOINERS), start) or _qualifier(
            reader, draft.last + 1, clause_end
        )
        if own is None:
            continue
        if id(previous) not in qualified:
            earlier = _qualifier(reader, previous.last + 1, joint)
            if earlier == own:
                continue
            if earlier is not None:
                previous.subject = f"{shared[n - 1]} {earlier}"
            qualified.add(id(previous))
        draft.subject = f"{shared[n]} {own}"
        qualified.add(id(draft))


def _qualifier(reader: Reader, first: int, stop: int) -> str | None:
    """A lead word and its noun phrase ("for recovery") at word ``first`` or after a to-word, before ``stop``."""
    tokens = reader.tokens
    k = first + (first < stop and tokens.lower(first) in _TO)  # "and to 82.0%" is not it; "and for recovery to"
    if k + 1 >= stop or tokens.lower(k) not in _MEMBER_LEADS:
        return None
    if tokens.lower(k + 1) in _IDIOMS or tokens.lower(k + 1) in months():
        return None  # "in total", "in June": no qualifier of what is measured
    phrase = noun_phrase(tokens, k + 1, stop, allow_of=True)
    if phrase is not None:
        if not _IDIOMS.isdisjoint(tokens.words(k + 1, phrase[1] + 1)):
            return None  # "for a total of"
        return reader.phrase(k, phrase[1])
    word = tokens.lower(k + 1)
    return reader.phrase(k, k + 1) if word.isalpha() and word not in STOP else None  # "for recycling"
