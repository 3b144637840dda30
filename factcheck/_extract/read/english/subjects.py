"""What a figure measures: its subject, read from the noun phrase after it, "of X", or its verb's subject.

:func:`subject` sets ``Reading.subject`` (and ``of_phrase``) from the words around the figure
and its change: "a 95% drop in X", "the deficit was £2bn", "..., reaching 7.3 million" after
"the number of services". :func:`tidy` writes a subject as the reader gives it. The counting
rules read the noun a figure counts from the subject found here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._extract.read.clause.levels import level_verb
from factcheck._extract.read.clause.noun_phrases import noun_phrase
from factcheck._extract.read.clause.subjects import subject_before, subject_head
from factcheck._extract.read.english.words import ADVERBS, EN, GERUNDS, NUMBER_OF_PHRASES, OF
from factcheck._extract.scan.english_words import DETERMINERS, STOP
from factcheck._extract.text.tokens import HYPHENS

if TYPE_CHECKING:
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.reading import Reading
    from factcheck._extract.text.wordindex import WordIndex


_CHANGE_SUBJECT_LEADS: Final = EN.words("change_subject_leads")
_CAPITALISED_DETERMINERS: Final = frozenset(
    word.capitalize() for word in (*EN.strings("articles"), *EN.strings("demonstratives"))
)
_SCOPE_ADVERBS: Final = EN.words("subject_head_adverbs")  # "one million worldwide": where, not what


def _bracketed(tokens: WordIndex, nxt: int, clause_end: int) -> bool:
    """True when a bracket opens between a figure and word ``nxt``: an aside ("5 mph (8 km/h)"), not what it counts."""
    return 0 < nxt < clause_end and "(" in tokens.gap(nxt - 1, nxt)


def subject(reader: Reader, r: Reading) -> None:
    """What the figure measures: the noun phrase after it, "of X", or the subject of its verb (or participle's)."""
    tokens, change, lead = reader.tokens, r.change, r.lead
    if r.nxt < r.clause_end and tokens.lower(r.nxt) in OF:
        r.of_phrase = noun_phrase(tokens, r.nxt + 1, r.clause_end, allow_of=True)
    if change is not None and change.index >= r.nxt:  # "a 95% drop in X", "prices were 25% higher"
        if tokens.lower(change.index + 1) in _CHANGE_SUBJECT_LEADS:
            r.subject = noun_phrase(tokens, change.index + 2, r.clause_end, allow_of=True)
        else:
            verb = level_verb(tokens, lead - (tokens.lower(lead - 1) in ADVERBS), r.clause_first)
            r.subject = None if verb is None else subject_before(tokens, verb, r.clause_first)
    elif (
        (change is None or change.index < r.first)
        and not _bracketed(tokens, r.nxt, r.clause_end)
        and not _scope_adverb(tokens, r)  # "surpassed one million worldwide": no noun of its own
    ):
        r.subject = noun_phrase(tokens, _past_number_compound(tokens, r), r.clause_end)
    if change is None and r.subject is None:
        verb = level_verb(tokens, lead, r.clause_first)  # "the deficit was £2bn", "fell to 390"
        if verb is not None:
            r.subject = subject_before(tokens, verb, r.clause_first) or _participle_subject(reader, r, verb)
    if change is not None and change.index < r.first and r.subject is None and not change.is_noun:
        r.subject = change.object_phrase or subject_before(tokens, change.index, r.clause_first)


def _participle_subject(reader: Reader, r: Reading, verb: int) -> tuple[int, int] | None:
    """The subject of a participle's level after a comma: "The number of services has risen ..., reaching 7.3 million".

    With no subject before the level verb at word ``verb``: the verb, in "-ing" (``gerund_endings``),
    opens the figure's clause right after a comma; the clause before it, with no comma between,
    holds a phrase of ``number_of_phrases``, so the participle's subject is that number's: "the
    number of" and its noun, the head ("services"), else ``None``. Not across another clause:
    "..., reaching 32.5 million in 2021, the unemployment rate is forecast to rise ..., reaching
    4.9%" leaves the 4.9% alone.
    """
    tokens = reader.tokens
    if verb != r.clause_first or verb < 1 or "," not in tokens.gap(verb - 1, verb):
        return None
    if not tokens.lower(verb).endswith(GERUNDS):
        return None
    opening = tokens.first_at_or_after(reader.layout.sentence(r.figure.start)[0])
    for k in range(verb - 3, opening - 1, -1):
        if "," in tokens.gap(k + 1, k + 2):
            return None  # another clause between: "the number of people ..., the rate ..., reaching 4.9%"
        if tokens.words(k, k + 2) in NUMBER_OF_PHRASES:
            head = subject_head(tokens, (k, verb - 1))
            first = k - 1 if k > opening and tokens.lower(k - 1) in DETERMINERS else k
            return None if head is None else (first, head)
    return None


def _scope_adverb(tokens: WordIndex, r: Reading) -> bool:
    """True when a word of ``subject_head_adverbs`` alone follows the figure: "one million worldwide,".

    The adverb ends its phrase: a mark or a stop word after it, or the clause's end. Not
    "worldwide trade", "two Combined Authority proposals", "82% overall customer satisfaction":
    a noun follows the word there.
    """
    nxt = r.nxt
    if nxt >= r.clause_end or tokens.lower(nxt) not in _SCOPE_ADVERBS or not tokens[nxt].word.islower():
        return False
    return nxt + 1 >= r.clause_end or not tokens.joined(nxt, nxt + 1) or tokens.lower(nxt + 1) in STOP


def _past_number_compound(tokens: WordIndex, r: Reading) -> int:
    """Where a bare number's noun phrase starts: past a compound of a number, a hyphen and a word after it.

    "two 12-roll packs", "three 2-litre bottles", "40 3-bedroom homes": the compound modifies the
    noun, which the first number counts (packs, bottles, homes); else ``r.nxt``.
    """
    nxt = r.nxt
    if r.amount.unit != units.dimensionless() or r.amount.value != r.amount.value.to_integral_value():
        return nxt
    if nxt + 2 >= r.clause_end or not tokens.joined(r.last, nxt) or not tokens[nxt].word.isdigit():
        return nxt
    if tokens.gap(nxt, nxt + 1) not in HYPHENS or not tokens[nxt + 1].word.isalpha():
        return nxt
    noun = nxt + 2  # "packs" of "12-roll packs": past the compound's word, a unit ("2-litre bottles") too
    return noun if tokens.joined(nxt + 1, noun) and not tokens.gap(nxt + 1, noun).strip() else nxt


def tidy(phrase: str) -> str:
    """A subject as written, with a sentence-initial determiner lower-cased."""
    head, _, rest = phrase.partition(" ")
    if head in _CAPITALISED_DETERMINERS and rest:
        return f"{head.lower()} {rest}"
    return phrase
