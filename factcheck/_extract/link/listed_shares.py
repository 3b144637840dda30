"""A list of shares that names its whole once: "61% of voters said yes, 30% said no and 14% were unsure".

Each later share takes the whole (``listed_shares``), or the one a fronted phrase names ("Of the
votes cast, 48% went to Smith ..."); a list that answers one question is one split of its whole.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from factcheck._claims import ShareClaim
from factcheck._extract.link.answers import answers_one_question
from factcheck._extract.link.placement import same_sentence
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft

__all__ = ["listed_shares"]

_LIST_REACH: Final = 6  # words between two shares of one list: "said no and"
_EN: Final = lexicon("en")
_ARTICLES: Final = _EN.words("articles")
_OF_WORDS: Final = _EN.words("of_words")
_POSSESSIVES: Final = _EN.words("list_whole_possessives")  # "80 percent of its budget"
_LIST_ADVERBS: Final = _EN.words("list_share_adverbs")  # "and only 20 percent"
_FRONTED_WHOLE_OPENERS: Final = _EN.phrase_set("fronted_whole_openers")  # "Of the"
_MAX_FRONTED_WHOLE: Final = 4
"""Words of a fronted whole before its comma: "Among the 2,000 adults polled,"."""
_SHORT_PREDICATE: Final = 2
"""Words a listed share may have after it and still split its whole: "48% to stay", "30% do not"."""
_GAPPED_ARGUMENTS: Final = _EN.words("gapped_share_arguments")  # "10 percent to the Water Authority"
_GAPPED_REACH: Final = 16
"""Words between two listed shares when the later opens a gapped verb's argument: "5% of the profits ... in Nevada,"."""
_PREDICATE_REACH: Final = 120
_CLAUSE_END: Final = re.compile(r"[,;:!?()\n]|\.(?:\s|$)|\band\b|\bor\b|\bwhile\b|\bbut\b")
_NOT_GAPPED: Final = _EN.words("not_a_gapped_subject")  # "..., with 71%": no subject of a gapped verb
_AND: Final = _EN.words("list_conjunctions")


def listed_shares(drafts: list[Draft], reader: Reader) -> None:
    """A list of shares that names its whole once: "61% of voters said yes, 30% said no and 14% were unsure".

    Each share with no whole that follows one with a whole in the same sentence, right after a
    comma or "and" (not "with 71% ...", a share of a part), or after a comma or "and" and one
    word, the subject of a gapped verb ("Renewables supplied 42% of the power, gas 38% and
    nuclear 20%"), with only a few words (no ";") since the share before, takes that whole, so
    the check of shares listed of one whole sees them all. A list whose shares name no whole
    takes the one a fronted phrase names ("Of the votes cast, 48% went to Smith, 40% to Jones
    and 12% to Brown"; "In the poll, 55% backed the plan, 35% opposed it and 10% were undecided").
    A later share followed by "to" is the gapped verb's argument ("allocate 5% of the profits ...
    to education, 10% to water projects and 85% to a reserve"): it may stand further from the
    share before it, and its words after "to" are no predicate of its own.
    """
    for n, head in enumerate(drafts):
        if head.cls is not ShareClaim or head.consumed:
            continue
        fronted = None if head.whole is not None else _fronted_whole(head, reader)
        whole_name = head.whole if fronted is None else fronted
        if whole_name is None:
            continue
        previous = head
        members: list[Draft] = []
        whole = whole_name.lower().split()
        for draft in drafts[n + 1 :]:
            between = reader.text[previous.end : draft.start]
            words = between.lower().split()
            if previous is head and fronted is None:
                words = _past_whole(words, whole)  # "52% of participating voters voted to leave and 48% to stay"
            while words[-1:] and words[-1] in _LIST_ADVERBS:
                words.pop()  # "... into Grants and only 20 percent in loans"
            if (
                draft.cls is not ShareClaim
                or draft.whole is not None
                or draft.consumed
                or not same_sentence(head, draft, reader)
                or ";" in between
                or len(words) > (_GAPPED_REACH if _gapped_argument(draft, reader) else _LIST_REACH)
                or not _list_glue(between, words)
            ):
                break
            if head.whole is None:
                head.whole = whole_name
            draft.whole = whole_name
            members.append(draft)
            previous = draft
        if members and all(
            _short_predicate(member, reader) or answers_one_question(head, member, reader) for member in members
        ):
            for share in (head, *members):
                share.explicit = True  # a list naming its whole once: the shares of one whole


def _gapped_argument(share: Draft, reader: Reader) -> bool:
    """True when a listed share's own words open with a gapped verb's argument: "10 percent to the Water Authority".

    "allocate 5% of the profits to education, 10% to water projects and 85% to a special account":
    the later shares have no verb of their own; each names where its part of the whole goes.
    """
    tokens = reader.tokens
    return tokens.lower(share.last + 1) in _GAPPED_ARGUMENTS and reader.text[share.end : share.end + 1].isspace()


def _short_predicate(share: Draft, reader: Reader) -> bool:
    """True when a listed share's own words are few: "48% to stay", "30% said no", "12% to Brown", "20% do not".

    Shares that split one whole answer one question, so after the first the predicate is gapped
    or short. A share with a predicate of its own ("55% backed the plan and 60% wanted a
    referendum"; "64% own a car and 52% own a bicycle") may answer another question: its shares
    may overlap, so the list is not read as one split of its whole.
    """
    if _gapped_argument(share, reader):
        return True  # "10 percent to the Southern Nevada Water Authority": the verb is the first share's
    rest = _CLAUSE_END.split(reader.text[share.end : share.end + _PREDICATE_REACH], maxsplit=1)[0]
    return len(rest.split()) <= _SHORT_PREDICATE


def _list_glue(between: str, words: list[str]) -> bool:
    """True when ``between`` ends as a list goes on: a comma, "and", or either and a gapped verb's subject ("gas")."""
    if between.rstrip().endswith(",") or (bool(words) and words[-1] in _AND):
        return True
    if len(words) < 2 or not words[-1].isalpha() or words[-1] in _NOT_GAPPED:  # noqa: PLR2004
        return False
    return words[-2] in _AND or words[-2].endswith(",")


def _fronted_whole(head: Draft, reader: Reader) -> str | None:
    """The whole a sentence's opening phrase names before ``head``: "Of the votes cast, 48% ...".

    The phrase opens the sentence with "Of", "Among", "In the" or "Out of", ends in a comma right
    before the share, and holds a few words, none of them a date: "In 2023, 55% ..." names no
    whole. A figure in it is left out ("Among the 2,000 adults polled," gives "adults polled").
    """
    tokens = reader.tokens
    first = tokens.first_at_or_after(head.start)
    sentence = reader.layout.sentence_index(head.start)
    for size in sorted({len(opener) for opener in _FRONTED_WHOLE_OPENERS}, reverse=True):
        for start in range(max(0, first - size - _MAX_FRONTED_WHOLE - 1), first - size):
            opening = tokens.words(start, start + size)
            if opening not in _FRONTED_WHOLE_OPENERS:
                continue
            if start > 0 and reader.layout.sentence_index(tokens[start - 1].start) == sentence:
                continue  # the phrase must open the sentence
            text = reader.text[tokens[start + size].start : head.start].rstrip()
            if not text.endswith(",") or ", " in text[:-1]:
                continue
            words = [w for w in text[:-1].split() if not any(ch.isdigit() for ch in w)]
            if not words or len(words) > _MAX_FRONTED_WHOLE or any(not w.replace("'", "").isalpha() for w in words):
                continue
            return " ".join(words)
    return None


def _past_whole(words: list[str], whole: list[str]) -> list[str]:
    """``words`` after a share without the whole right after it: "of its higher education budget"."""
    if not words or words[0] not in _OF_WORDS:
        return words
    k = 1
    while k < len(words) and (words[k] in _ARTICLES or words[k] in _POSSESSIVES):
        k += 1
    return words[k + len(whole) :] if words[k : k + len(whole)] == whole else words
