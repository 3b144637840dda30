"""Changes in German, French and Spanish sentences: reading the words of change around a figure.

One table per language (:class:`Language`, in ``read.generic.change_words``) holds the change verbs and nouns with their
direction, the words that join a verb or noun to its figure ("um", "de", "un", "del"), the
"from X to Y" words ("von ... auf", "de ... à", "de ... a"), multiplier words ("verdoppelt",
"a doublé", "se redujo a la mitad") and the few words skipped on the way (auxiliaries, hedges).
:func:`foreign_change` reads one figure with them, looking a bounded number of words either
side within its clause, as the English reader in ``read.clause`` does:

* a verb, then a joining word, then the figure: "stieg um 5 %", "a chuté de 40 %", "subió un 5 %";
  a verb straight before the figure: "bajó 2 puntos";
* German verb-final and separable verbs: "ist um 5 % gestiegen", "ging um 3 % zurück";
* a noun, then a joining word: "ein Rückgang um 75 %", "une hausse de 5 %", "un aumento del 5 %";
  "en hausse de 5 %" is read like a verb (its subject comes before it);
* a comparative after the figure: "5 % mehr", "un 5 % más".

French "de X à Y" and Spanish "de X a Y" are a from/to pair, not a change of X. The subject of
a change is the noun phrase before its verb when that phrase opens with a determiner ("Die Zahl
der Anträge", "le nombre de demandes", "las ventas"); otherwise it is left unset.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Final, NamedTuple

from factcheck import units
from factcheck._amount import Amount
from factcheck._claims import Direction, RelativeChangeClaim
from factcheck._extract.read.clause.changes import Change, approximation_at
from factcheck._extract.read.draft import Draft
from factcheck._extract.read.generic.change_words import Language, all_words, language

if TYPE_CHECKING:
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.text.wordindex import WordIndex

__all__ = [
    "ForeignChange",
    "Language",
    "Window",
    "foreign_change",
    "foreign_multipliers",
    "language",
    "points_word",
    "subject_before_word",
    "tidy_subject",
]


_REACH: Final = 5
"""Words looked back from a joining word for its verb, or ahead of a figure for a particle."""
_MAX_SUBJECT: Final = 8
_YEAR_DIGITS: Final = 4


class ForeignChange(NamedTuple):
    """A change read around a figure, with its subject's word span when one was found."""

    change: Change
    subject: tuple[int, int] | None


class Window(NamedTuple):
    """Where a figure's words are: its first word (hedge included), the word after it, and its clause."""

    lead: int
    nxt: int
    clause_first: int
    clause_end: int


def foreign_change(tokens: WordIndex, lang: Language, window: Window, *, money: bool = False) -> ForeignChange | None:
    """The change a figure states, from the words before its first word and after it.

    ``money`` is true for an amount of money: an earning verb straight before it states a level.
    A figure followed by a from/to partner ("de 8 000 à 390") is not a change.
    """
    lead, nxt, clause_first, clause_end = window
    k = lead - 1
    while k > clause_first and tokens.lower(k) in lang.hedges:
        k -= 1  # "um rund 5 %", "de près de 5 %"
    if k < clause_first:
        return _after(tokens, lang, lead, nxt, (clause_first, clause_end))
    word = tokens.lower(k)
    if word[:2] in ("d'", "d’") and word[2:] in lang.hedges:
        word = word[:2]  # "une baisse d'environ 6 %": the joining word with its hedge
    points = tokens.lower(nxt) in lang.points or tokens.lower(nxt - 1) in lang.points  # after it, or read with it
    if (
        word in lang.from_words
        and _to_follows(tokens, lang, nxt, clause_end)
        and not points
        and not _percent_then_level(tokens, nxt)
    ):
        return None  # "de 8 000 à 390": a from/to pair; "de 0,3 point à 7,1 %" is a change and its new level
    if (word in lang.up or word in lang.down) and not (money and word in lang.earn):
        return _verb(tokens, lang, k, clause_first)  # "bajó 2 puntos"; "a gagné 5 000 euros" is a level
    if word in lang.noun_links and k - 1 >= clause_first and tokens.lower(k - 1) in lang.nouns:
        return _noun(tokens, lang, k - 1, clause_first)
    if word in lang.by:
        while k - 1 > clause_first and tokens.lower(k - 1) in lang.by:
            k -= 1  # "aumentó en un 5 %"
        found = _verb_before(tokens, lang, k, nxt=nxt, clause_first=clause_first, clause_end=clause_end)
        if found is not None:
            return found
    if word in lang.noun_links:
        found = _noun_before(tokens, lang, k, clause_first)
        if found is not None:
            return found
    return _after(tokens, lang, lead, nxt, (clause_first, clause_end))


def _noun_before(tokens: WordIndex, lang: Language, link: int, clause_first: int) -> ForeignChange | None:
    """A change noun a few words before its joining word, what changed between them.

    "ein Anstieg der Mieten um 5 %", "une baisse des ventes de 3 %", "una caída de las ventas del 5 %".
    """
    for j in range(link - 2, max(clause_first, link - _REACH) - 1, -1):
        word = tokens.lower(j)
        if word in lang.nouns:
            return _noun_of(tokens, lang, j, link)
        if word in lang.breaks or word in lang.up or word in lang.down or word[:1].isdigit():
            break
    return None


def _noun_of(tokens: WordIndex, lang: Language, noun: int, link: int) -> ForeignChange:
    """The change noun at ``noun``; the words up to ``link`` are what changed when they open with a determiner."""
    first = noun + 1 + (tokens.lower(noun + 1) in lang.from_words and noun + 2 < link)  # "de las ventas"
    subject = (first, link - 1) if first < link and _opens(lang, tokens.lower(first)) else None
    return ForeignChange(Change(lang.nouns[tokens.lower(noun)], noun, None, is_noun=True), subject)


def _to_follows(tokens: WordIndex, lang: Language, nxt: int, clause_end: int) -> bool:
    """True when a to-word and a number come right after the figure: "8 000 à 390", "del 5 % al 7 %"."""
    return nxt + 1 < clause_end and tokens.lower(nxt) in lang.to_words and tokens[nxt + 1].word[:1].isdigit()


_NUMBER_GAPS: Final = frozenset((",", ".", " ", "\u00a0", "\u202f"))


def _number_end(tokens: WordIndex, k: int) -> int:
    """The last word of the digits starting at word ``k``: "1 200", "4,5" are split into words."""
    while k + 1 < len(tokens) and tokens[k + 1].word[:1].isdigit() and tokens.gap(k, k + 1) in _NUMBER_GAPS:
        k += 1
    return k


def _percent_then_level(tokens: WordIndex, nxt: int) -> bool:
    """True for "de 25 % à 1,2 milliard": a change in percent, then a new level that is no percent."""
    return _percent_ends(tokens, nxt - 1) and not _percent_ends(tokens, _number_end(tokens, nxt + 1))


def _percent_ends(tokens: WordIndex, k: int) -> bool:
    """True when a percent sign or word follows word ``k``: "25 %", "25 Prozent", "25 pour cent"."""
    if k + 1 < len(tokens):
        return "%" in tokens.gap(k, k + 1) or tokens.lower(k + 1) in all_words("percent_first_words")
    return "%" in tokens.text[tokens[k].end :].lstrip()[:1]


def _verb(tokens: WordIndex, lang: Language, k: int, clause_first: int) -> ForeignChange:
    direction = Direction.UP if tokens.lower(k) in lang.up else Direction.DOWN
    return ForeignChange(Change(direction, k, None), subject_before_word(tokens, lang, k, clause_first))


def _noun(tokens: WordIndex, lang: Language, k: int, clause_first: int) -> ForeignChange:
    """A change noun at ``k``; after "en" ("en hausse de 5 %") it reads as a verb with a subject before it."""
    direction = lang.nouns[tokens.lower(k)]
    if tokens.lower(k - 1) in all_words("change_noun_verb_leads") and k - 1 >= clause_first:
        return ForeignChange(Change(direction, k, None), subject_before_word(tokens, lang, k - 1, clause_first))
    if tokens.lower(k - 1) not in lang.determiners and (tokens.lower(k) in lang.up or tokens.lower(k) in lang.down):
        return _verb(tokens, lang, k, clause_first)  # "le chômage baisse de 5 %": a verb
    return ForeignChange(Change(direction, k, None, is_noun=True), None)


def _verb_before(
    tokens: WordIndex, lang: Language, by_at: int, *, nxt: int, clause_first: int, clause_end: int
) -> ForeignChange | None:
    """The verb a joining word at ``by_at`` belongs to: a few words back ("stieg 2023 um"), or after the figure."""
    for j in range(by_at - 1, max(clause_first, by_at - _REACH) - 1, -1):
        word = tokens.lower(j)
        if word in lang.nouns and j < by_at - 1 and tokens.lower(j - 1) in lang.determiners:
            return _noun_of(tokens, lang, j, by_at)  # "une baisse des ventes de 3 %": a noun, not a verb
        if word in lang.up or word in lang.down:
            return _verb(tokens, lang, j, clause_first)
        if word in lang.particle_verbs:
            particle = _particle(tokens, lang, nxt, clause_end)
            if particle is not None:
                return ForeignChange(Change(particle, j, None), subject_before_word(tokens, lang, j, clause_first))
        if (word in lang.from_words and word not in lang.by) or word in lang.to_words or word in lang.breaks:
            break
        if word[:1].isdigit() and len(word) != _YEAR_DIGITS:
            break
    for j in range(nxt, min(nxt + _REACH, clause_end) if lang.verb_final else nxt):  # "ist um 5 % gestiegen"
        word = tokens.lower(j)
        if word in lang.up or word in lang.down:
            direction = Direction.UP if word in lang.up else Direction.DOWN
            return ForeignChange(Change(direction, j, None), subject_before_word(tokens, lang, by_at, clause_first))
        if word in lang.breaks or word[:1].isdigit():
            break
    return None


def _particle(tokens: WordIndex, lang: Language, nxt: int, clause_end: int) -> Direction | None:
    for j in range(nxt, min(nxt + _REACH, clause_end)):
        word = tokens.lower(j)
        if word in lang.particles:
            return lang.particles[word]
        if word in lang.breaks or word[:1].isdigit():
            break
    return None


def _after(tokens: WordIndex, lang: Language, lead: int, nxt: int, clause: tuple[int, int]) -> ForeignChange | None:
    """A comparative right after the figure: "5 % mehr", "un 5 % más"; French "5 % de plus".

    Not after a definite article: "el 1 % más rico" is a group, not a change; nor when the
    comparative opens an approximation: "30 euros más o menos" is about 30 euros. The subject is the
    phrase before the figure's verb: "Der Umsatz lag 5 % höher".
    """
    clause_first, clause_end = clause
    if nxt >= clause_end or tokens.lower(lead - 1) in all_words("definite_articles"):
        return None
    word, at = tokens.lower(nxt), nxt
    phrase = (word, tokens.lower(nxt + 1)) if nxt + 1 < clause_end else ()
    if approximation_at(tokens, nxt, lang.approximations, lang.approximation_breakers):
        return None  # "30 Euro mehr oder weniger": about 30 euros, not 30 euros more
    if word in lang.comparatives:
        direction = lang.comparatives[word]
    elif phrase in lang.comparative_phrases:
        direction, at = lang.comparative_phrases[phrase], nxt + 1  # "5 % de plus"
    else:
        return None
    anchor = lead - (tokens.lower(lead - 1) in lang.by)  # "son un 5 % más altos"
    subject = subject_before_word(tokens, lang, anchor, clause_first) if anchor > clause_first else None
    return ForeignChange(Change(direction, at, None, is_noun=True), subject)


def subject_before_word(tokens: WordIndex, lang: Language, anchor: int, clause_first: int) -> tuple[int, int] | None:
    """The noun phrase before word ``anchor`` (auxiliaries and verbs skipped), when it opens with a determiner.

    The phrase ends before the nearest auxiliary or verb: "Die Zahl ist im Vergleich zum Vorjahr um"
    gives "Die Zahl".
    """
    last = anchor - 1
    for j in range(anchor - 1, max(clause_first, anchor - _MAX_SUBJECT) - 1, -1):
        if tokens.lower(j) in lang.auxiliaries or _verb_word(lang, tokens.lower(j)):
            last = j
            break
    while last >= clause_first and (tokens.lower(last) in lang.auxiliaries or _verb_word(lang, tokens.lower(last))):
        last -= 1
    first = None
    for k in range(last, max(clause_first, last - _MAX_SUBJECT + 1) - 1, -1):
        word = tokens.lower(k)
        if word in lang.breaks or word[:1].isdigit() or word in lang.up or word in lang.down:
            break
        if _opens(lang, word):
            first = k  # keep going: "la tasa de la población" opens at the first determiner
    if first is None or (first == last and tokens.lower(first) in lang.determiners):
        return None
    heads = (tokens.lower(first)[2:], tokens.lower(first + 1), tokens.lower(last))
    if not lang.time_words.isdisjoint(heads):
        return None  # "este año", "l'an dernier", "die Woche": when, not what
    return first, last


def _verb_word(lang: Language, word: str) -> bool:
    return word in lang.up or word in lang.down or word in lang.particle_verbs


def _opens(lang: Language, word: str) -> bool:
    """True for a determiner, or a French word with an elided one ("l'emploi")."""
    return word in lang.determiners or (word[:2] in ("l'", "l’") and len(word) > 2)  # noqa: PLR2004


def tidy_subject(phrase: str) -> str:
    """A subject as written, its opening determiner lower-cased: "Die Zahl" -> "die Zahl".

    An elided "d'" opening it goes: "d'habitants" (after "3 millions") -> "habitants".
    """
    if phrase[:2].lower() in ("d'", "d’") and len(phrase) > 2:  # noqa: PLR2004
        phrase = phrase[2:]
    head, sep, rest = phrase.partition(" ")
    if rest and head[:1].isupper() and head.lower() in all_words("determiners"):
        return f"{head.lower()}{sep}{rest}"
    if head[:2] in ("L'", "L’"):
        return f"l{phrase[1:]}"
    return phrase


def points_word(tokens: WordIndex, lang: Language, nxt: int, clause_end: int) -> int | None:
    """The index of "points", "Punkte", "puntos" right after a figure, or ``None``."""
    return nxt if nxt < clause_end and tokens.lower(nxt) in lang.points else None


def foreign_multipliers(drafts: list[Draft], reader: Reader) -> None:
    """Add to ``drafts`` (in place, text order kept) a relative change for each multiplier phrase.

    "hat sich verdoppelt" (+100 %), "a été divisé par deux" (-50 %), "se redujo a la mitad".
    """
    lang = language(reader.locale)
    if lang is None:
        return
    tokens, found = reader.tokens, []
    longest = max(len(words) for words in lang.multipliers)
    for i, lower in enumerate(tokens.lowers):
        for size in range(longest, 0, -1):
            phrase = (lower, *tokens.words(i + 1, i + size))
            if len(phrase) == size and phrase in lang.multipliers:
                percent, direction = lang.multipliers[phrase]
                found.append(_multiplier(reader, lang, i, i + size - 1, percent=percent, direction=direction))
                break
    if not found:
        return
    starts = [d.start for d in drafts]
    kept, dropped = [], set()
    for phrase_draft in found:
        k = bisect.bisect_left(starts, phrase_draft.start)
        inside = []  # the scanner's "deux" in "divisé par deux", "la mitad" in "a la mitad"
        clash = k > 0 and drafts[k - 1].end > phrase_draft.start
        while k < len(drafts) and drafts[k].start < phrase_draft.end:
            clash = clash or drafts[k].end > phrase_draft.end
            inside.append(k)
            k += 1
        if not clash:
            kept.append(phrase_draft)
            dropped.update(inside)
    drafts[:] = sorted([*(d for n, d in enumerate(drafts) if n not in dropped), *kept], key=lambda d: d.start)


def _multiplier(reader: Reader, lang: Language, first: int, last: int, *, percent: int, direction: Direction) -> Draft:
    tokens = reader.tokens
    amount = Amount.stated(percent, units.unit("percent"), policy=reader.policy)
    draft = Draft(RelativeChangeClaim, amount, tokens[first].start, tokens[last].end, first, last)
    draft.direction, draft.verb = direction, first
    clause_first, _ = reader.clause_words(tokens[first].start)
    subject = subject_before_word(tokens, lang, first, clause_first)
    if subject is not None:
        draft.subject = tidy_subject(reader.phrase(*subject))
    return draft
