"""A bare whole number counts what a count it stands parallel to counts, and the order of the noun rules.

"marches of 250 thousand protesters in New York, 100 thousand in London" (protesters), "the SNP
gained 13 seats and the Lib Dems lost 10" (seats), "killed nine people and injured 50 more"
(people). ``parallel_counts`` runs these first, then the rules of an understood noun of
:mod:`.parts_and_wholes`, :mod:`.anaphora` and :mod:`.people`, in their order.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._claims import AbsoluteChangeClaim, CountClaim, Direction
from factcheck._extract.link.ellipsis.anaphora import (
    apposed_counts,
    levels_of_the_number,
    noun_before_the,
    one_of_the_subject,
    subjects_of_the_sentence_ahead,
    the_others,
)
from factcheck._extract.link.ellipsis.bare_counts import (
    NOT_PARALLEL,
    PARALLEL_LEADS,
    PARALLEL_REACH,
    PLURAL,
    SUBJECT_AUXILIARIES,
    bare_whole,
    closed_after,
    count_as,
    count_noun,
)
from factcheck._extract.link.ellipsis.parts_and_wholes import adjective_members, parts_of_counts, wholes_of_parts
from factcheck._extract.link.ellipsis.people import (
    PEOPLE_OTHERS,
    PEOPLE_VERBS,
    REPORTED,
    included_people,
    more_who,
    other_people,
    people_subjects,
    suspected_members,
)
from factcheck._extract.link.placement import same_sentence
from factcheck._extract.scan.english_words import STOP
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft

__all__ = ["parallel_counts"]

_EN: Final = lexicon("en")
_PARALLEL_ADVERBS: Final = _EN.words("parallel_count_adverbs")  # "only 27 have ratified"
_PARALLEL_FOLLOWERS: Final = _EN.words("parallel_count_followers")  # "in London"
_OWNER_VERBS: Final = _EN.words("owner_change_verbs")  # "gained 13 seats and the Lib Dems lost 10"
_REPEATED: Final = 2
"""Words after a count that a later bare number repeats, so it counts the same: "have committed"."""
_TALLY_VERBS: Final = _EN.words("parallel_tally_verbs")  # "amassed 1,217 delegates ..., Sanders has earned 914"
_CLOSING_MARKS: Final = ".!?\"'\u201d\u2019"
"""Marks that may close a sentence after its last figure: a stop and a closing quote."""


def _parallels(alive: list[Draft], reader: Reader) -> None:
    """Give a bare whole number the counted noun of a count it stands parallel to in the sentence.

    "marches of 250 thousand protesters in New York, 100 thousand in London, and 1.4 million in
    Germany" (all protesters), "the SNP gained 13 seats and the Lib Dems lost 10" (seats), "Both
    earned 9 delegates, followed by Klobuchar with 6" (delegates). Conservative: the figure just
    before is a count of a noun (or a change counted so), in the same sentence, at most
    ``PARALLEL_REACH`` words back, with no semicolon, colon or bracket between; the number is
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
        if previous.amount.value < PLURAL:
            continue  # "55 members of one party, 45 in the other": one party is no noun to share
        if not bare_whole(draft) or not units.is_counted(previous.amount.unit):
            continue
        nxt = tokens.first_at_or_after(draft.end)
        if not same_sentence(previous, draft, reader):
            continue
        first = tokens.first_at_or_after(draft.start)
        between = reader.text[previous.end : draft.start]
        repeated = _same_words_after(previous, nxt, reader)  # "129 jurisdictions have committed ... 95 have committed"
        reach = 2 * PARALLEL_REACH if repeated else PARALLEL_REACH
        repeated = repeated or _same_auxiliary_after(previous, nxt, reader)  # "22 countries will ..., 14 will ..."
        lead = first - 1
        while lead > previous.last and tokens.lower(lead) in _PARALLEL_ADVERBS and tokens.joined(lead, lead + 1):
            lead -= 1  # "54 nations have signed, only 27 have ratified": past "only" to the comma
        verbs = draft.verb != lead and _parallel_verbs(previous, lead, reader)
        if verbs and tokens.lower(lead) not in STOP:
            reach = 2 * PARALLEL_REACH  # "gained 66 seats since ..., while ... Labour, lost 42"
        if _closing_clause(previous, draft, lead, verbs, reader):
            reach = 2 * PARALLEL_REACH  # "41 pledged delegates; Pete Buttigieg, ..., came in first with 14."
        elif not NOT_PARALLEL.isdisjoint(between):
            continue
        if first - previous.last > reach:
            continue
        joined = "," in tokens.gap(lead, lead + 1) or tokens.lower(lead) in PARALLEL_LEADS
        if not joined and draft.verb != lead and not verbs:
            continue
        repeated = repeated or (tokens.lower(nxt) in REPORTED and _reported_subject(previous, reader))
        marked = closed_after(reader, draft.end, nxt)  # a mark after the number
        if not (marked or tokens.lower(nxt) in _PARALLEL_FOLLOWERS or repeated):
            continue
        if marked and "," in tokens.gap(first - 1, first) and tokens[first - 1].word[:1].isupper():
            continue  # "two boys, Darren, 15, and Colin, 13": an age after a name, set off by commas
        count_as(draft, previous.amount.unit, previous.counted)


def parallel_counts(drafts: list[Draft], reader: Reader) -> None:
    """Give a bare whole number the noun it counts from its neighbours: the rules below, in this order.

    A count it stands parallel to first ("100 thousand in London" after "250 thousand protesters";
    ``_parallels``), then the other rules of an understood noun, all on the drafts not consumed
    before them: a list's members, "one of three", "N more", "the other 5", people, parts and
    wholes, and the subject of the sentence ahead last, after the people rules.
    """
    alive = [d for d in drafts if not d.consumed]
    _parallels(alive, reader)
    adjective_members(alive, reader)
    one_of_the_subject(alive, reader)
    levels_of_the_number(alive, reader)
    apposed_counts(alive, reader)
    _more_of_the_same(alive, reader)
    more_who(alive, reader)
    suspected_members(alive, reader)
    the_others(alive, reader)
    noun_before_the(alive, reader)
    people_subjects(alive, reader)
    included_people(alive, reader)
    parts_of_counts(alive, reader)
    wholes_of_parts(alive, reader)
    other_people(alive, reader)
    subjects_of_the_sentence_ahead(alive, reader)  # after the people rules: "Four were killed" counts people


def _closing_clause(previous: Draft, draft: Draft, lead: int, verbs: bool, reader: Reader) -> bool:
    """True when a bare number closes the clause after a semicolon after a count: "...; ... came in first with 14.".

    One semicolon and no other mark of ``NOT_PARALLEL`` between the count and the number; a
    word of ``parallel_count_leads`` right before the number ("with 14"), or the word before the
    count repeated there ("a total of 1,124 pledged delegates; ... with a total of 815"); and the
    sentence ends right after the number, so it has no noun of its own.
    """
    between = reader.text[previous.end : draft.start]
    if between.count(";") != 1 or not NOT_PARALLEL.isdisjoint(between.replace(";", "")):
        return False
    tokens = reader.tokens
    if tokens.lower(lead) not in PARALLEL_LEADS and not verbs:
        return False
    end = reader.layout.sentence(draft.start)[1]
    return not reader.text[draft.end : end].strip().rstrip(_CLOSING_MARKS)


def _reported_subject(previous: Draft, reader: Reader) -> bool:
    """True when the counted noun of ``previous`` is a subject a verb follows at once: "3,728 cases have been reported".

    A later bare number with a participle of ``reported_participles`` after it ("with 198
    recorded") then counts what the subject counts.
    """
    tokens = reader.tokens
    noun = count_noun(previous, reader)
    if noun is None or not tokens.joined(noun, noun + 1):
        return False
    return tokens.lower(noun + 1) in SUBJECT_AUXILIARIES or tokens.lower(noun + 1) in REPORTED


def _more_of_the_same(alive: list[Draft], reader: Reader) -> None:
    """Count "N more" after a count as more of what that count counts: "killed nine people and injured 50 more".

    A change read from "more" right after the number, with no word after "more" (a mark, or the
    sentence's end: "around twenty more, including ...") but one of ``parallel_count_followers``
    ("two more with minor injuries"), the figure just before a count of a
    noun in the same sentence, at most ``PARALLEL_REACH`` words back. Not "50 more than last
    year", nor "£2bn more" (money).
    """
    tokens = reader.tokens
    for previous, draft in itertools.pairwise(alive):
        if draft.cls is not AbsoluteChangeClaim or draft.before is not None or draft.verb != draft.last + 1:
            continue
        if tokens.lower(draft.verb) not in PEOPLE_OTHERS or not same_sentence(previous, draft, reader):
            continue  # "more": a further count, not a difference
        if previous.counted is None or not units.is_counted(previous.amount.unit) or previous.cls is not CountClaim:
            continue
        if draft.amount.unit not in (units.dimensionless(), previous.amount.unit):
            continue
        closed = closed_after(reader, tokens[draft.verb].end, draft.verb + 1, _PARALLEL_FOLLOWERS)  # "two more with"
        if not closed or tokens.first_at_or_after(draft.start) - previous.last > PARALLEL_REACH:
            continue
        draft.cls, draft.direction, draft.verb = CountClaim, Direction.UNSPECIFIED, None
        count_as(draft, previous.amount.unit, previous.counted)


def _same_auxiliary_after(previous: Draft, nxt: int, reader: Reader) -> bool:
    """True when word ``nxt`` repeats the modal or auxiliary right after the noun of ``previous``, a word follows.

    "22 countries will introduce new laws, 14 will strengthen ...": both are subjects of the same
    modal or auxiliary (``modals``, ``auxiliaries``), so the second counts what the first counts.
    """
    tokens = reader.tokens
    noun = count_noun(previous, reader)
    if noun is None or not tokens.joined(nxt - 1, nxt) or not tokens.joined(nxt, nxt + 1):
        return False
    word = tokens.lower(nxt)
    return (
        word in SUBJECT_AUXILIARIES
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
    noun = count_noun(previous, reader)
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
        or (word in PEOPLE_VERBS and before in PEOPLE_VERBS)  # "killing seven riders and injuring three more"
        or (word in _TALLY_VERBS and before in _TALLY_VERBS)  # "has amassed 1,217 delegates, ... has earned 914"
    )
