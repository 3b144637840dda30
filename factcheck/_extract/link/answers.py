"""Listed shares that answer one question: "61% said it was better, 30% said it was worse and 9% had no view".

Shares listed of one whole split it only when they answer one question; a later share with a
predicate of its own may answer another ("64% own a car and 52% own a bicycle"), and such
shares may overlap. Besides a short or gapped predicate (``rules._short_predicate``), a later
share answers the first share's question when its predicate is the first share's own but for
its last word, and the two last words answer one question in opposite ways ("said it was
better" and "said it was worse"; "voted yes" and "voted no"), or when its predicate gives no
answer ("had no view", "did not know").

Words are in ``factcheck/lexicons/en/answers.json``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft

__all__ = ["answers_one_question"]

_EN: Final = lexicon("en")
_OPPOSITES: Final = frozenset(pair for a, b in _EN.string_map("opposite_answers").items() for pair in ((a, b), (b, a)))
_NO_ANSWERS: Final = frozenset(tuple(p.split()) for p in _EN.strings("no_answer_predicates"))
_REACH: Final = 120
"""Characters after a share read for its predicate."""
_CLAUSE_END: Final = re.compile(r"[,;:!?()\n]|\.(?:\s|$)|\band\b|\bor\b|\bwhile\b|\bbut\b")
_WORD: Final = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")


def _predicate(share: Draft, reader: Reader) -> tuple[str, ...]:
    """The lower-cased words after a share to the end of its clause: "said it was worse"."""
    rest = _CLAUSE_END.split(reader.text[share.end : share.end + _REACH], maxsplit=1)[0]
    return tuple(w.lower() for w in _WORD.findall(rest))


def answers_one_question(head: Draft, member: Draft, reader: Reader) -> bool:
    """True when ``member``'s predicate answers the question ``head``'s does (see the module)."""
    own = _predicate(member, reader)
    if own in _NO_ANSWERS:
        return True  # "9% had no view"
    first = _predicate(head, reader)
    if len(own) < 2 or len(first) < len(own):  # noqa: PLR2004
        return False
    return first[-len(own) : -1] == own[:-1] and (first[-1], own[-1]) in _OPPOSITES
