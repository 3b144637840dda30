"""Listed figures that answer one question: "61% said it was better, 30% said it was worse and 9% had no view".

Shares listed of one whole split it only when they answer one question; a later share with a
predicate of its own may answer another ("64% own a car and 52% own a bicycle"), and such
shares may overlap. Besides a short or gapped predicate (``rules._short_predicate``), a later
share answers the first share's question when its predicate is the first share's own but for
one word, and the two words answer one question in opposite ways: set against the end of the
first's ("said it was better" and "said it was worse"; "voted yes" and "voted no"; "work full
time" and "work part time", or "part time" with the verb gapped; "men" and "women"), or the last
word of a shorter predicate that leaves the rest of the first's out ("voted for the bill" and
"voted against"); or when its predicate gives no answer ("had no view", "did not know", "abstained"), or
denies the first's in a few words ("were approved" and "were not").

Counted parts of a total (:mod:`.overlap`) use the same notion: parts that answer one question
cannot overlap.

Words are in ``factcheck/lexicons/en/answers.json``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft

__all__ = ["answers_one_question", "predicate_words"]

_EN: Final = lexicon("en")
_OPPOSITES: Final = frozenset(pair for a, b in _EN.string_map("opposite_answers").items() for pair in ((a, b), (b, a)))
_NO_ANSWERS: Final = _EN.phrase_set("no_answer_predicates")
_NEGATIONS: Final = _EN.words("negations")
_MAX_DENIAL: Final = 3
"""Words of a predicate that denies the first's: "were not", "have never been"."""
_REACH: Final = 120
"""Characters after a share read for its predicate."""
_CLAUSE_END: Final = re.compile(r"[,;:!?()\n]|\.(?:\s|$)|\band\b|\bor\b|\bwhile\b|\bbut\b")
_WORD: Final = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")


def predicate_words(figure: Draft, reader: Reader) -> tuple[str, ...]:
    """The words after a figure to the end of its clause, as written: "said it was worse"."""
    rest = _CLAUSE_END.split(reader.text[figure.end : figure.end + _REACH], maxsplit=1)[0]
    return tuple(_WORD.findall(rest))


def _predicate(figure: Draft, reader: Reader) -> tuple[str, ...]:
    """The lower-cased words after a figure to the end of its clause."""
    return tuple(w.lower() for w in predicate_words(figure, reader))


def answers_one_question(head: Draft, member: Draft, reader: Reader) -> bool:
    """True when ``member``'s predicate answers the question ``head``'s does (see the module)."""
    own = _predicate(member, reader)
    if own in _NO_ANSWERS:
        return True  # "9% had no view"
    if own and own[-1] in _NEGATIONS and len(own) <= _MAX_DENIAL:
        return True  # "208 were approved and 10 were not"
    return _opposite(_predicate(head, reader), own)


def _opposite(first: tuple[str, ...], own: tuple[str, ...]) -> bool:
    """True when ``own`` is ``first`` but for one word that answers the other's question the opposite way.

    ``own`` is set against the end of ``first`` ("said it was worse"; "part time" after "work
    full time", its verb gapped), or, a word shorter, against its start ("voted against" after
    "voted for the bill").
    """
    if not own or len(first) < len(own):
        return False
    differ = [(a, b) for a, b in zip(first[-len(own) :], own, strict=True) if a != b]
    if len(differ) == 1 and differ[0] in _OPPOSITES:
        return True
    cut = len(own) - 1
    return cut > 0 and first[:cut] == own[:cut] and (first[cut], own[-1]) in _OPPOSITES
