"""Linking shares, parts and before/after levels in German, French and Spanish sentences.

The English rules of ``link.shares`` and ``link.rules`` read English glue words; these read the same
shapes with one :class:`LinkWords` table per language:

* a share, its total and its part: "Jeder fünfte der 5.000 Befragten, also rund 1.000", "la moitié
  des 800 lits, soit 400", "el 30 % de las 5.000 empresas, es decir, 1.500";
* a part, its total and its share: "300 der 1.500 Firmen, also 20 %", "Sur les 1 500 entreprises
  interrogées, 300, soit 20 %", "12.000 Beschäftigte, davon 3.000 in Teilzeit, also 25 %";
* a total and its parts, when the words say the parts make it up: "60 Mio. Euro, aufgeteilt in
  ...", "25, 20 et 15 millions d'euros, soit 60 millions au total", "..., 100 en total"; a list after
  "davon", "dont", "de los cuales" gives only some parts (``parts_complete=False``), as it often
  names only some of them;
* a level and the level before it: "wuchs um 10 % auf 22 Mrd. Euro, nach 20 Mrd. Euro", "à 3,8 %,
  contre 4,5 %", "hasta los 22.000 millones, frente a los 20.000 millones": the change gets its
  before and after.

Every rule looks a bounded number of words or figures ahead, so linking stays linear.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._amount import Amount
from factcheck._claims import ChangeClaim, CountClaim, MoneyClaim, RateClaim, RatioClaim, ShareClaim
from factcheck._decimal import ONE, ZERO
from factcheck._extract.link.alignment import align_units, link_change, reunit
from factcheck._extract.link.generic.link_words import LinkWords, link_words
from factcheck._extract.link.placement import same_sentence
from factcheck._extract.link.shares import as_share

if TYPE_CHECKING:
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft

__all__ = ["foreign_links"]

_MAX_GLUE: Final = 4
_LOOKAHEAD: Final = 8
_MAX_PARTS: Final = 12


def foreign_links(drafts: list[Draft], reader: Reader) -> None:
    """Fill share, parts and before/after fields of German, French and Spanish ``drafts`` in place."""
    words = link_words(reader.locale)
    if words is None:
        return
    _share_then_part(drafts, reader, words)
    _part_then_share(drafts, reader, words)
    _split(drafts, reader, words)
    _total_after(drafts, reader, words)
    _some_parts(drafts, reader, words)
    _level_then_earlier(drafts, reader, words)
    _rate_restated_after_comma(drafts, reader)


def _share_like(draft: Draft) -> bool:
    """A share, or a bare fraction ("jeder fünfte", "la moitié") that can be read as one."""
    if draft.cls is ShareClaim:
        return draft.part is None
    amount = draft.amount
    return draft.cls is RatioClaim and amount.unit == units.dimensionless() and ZERO <= amount.value <= ONE


def _gap(reader: Reader, a: Draft, b: Draft) -> tuple[str, ...]:
    """The lower-cased words from after ``a`` to before ``b`` (``b``'s hedge left out)."""
    return reader.tokens.words(a.last + 1, reader.tokens.first_at_or_after(b.start))


def _restates(glue: tuple[str, ...], words: LinkWords, named: set[str]) -> bool:
    """True for the words from a figure to one restating it: "also rund", "soit", "es decir, el"."""
    rest = [w for w in glue if w not in named]
    return (
        0 < len(rest) <= _MAX_GLUE
        and not words.restate.isdisjoint(rest[:3])
        and all(w in words.restate or w in words.glue for w in rest)
    )


def _make_share(share: Draft, part: Draft, total: Draft, reader: Reader) -> bool:
    align_units(part, total)
    if not units.same_dimension(part.amount.unit, total.amount.unit) or part.is_change:
        return False
    as_share(share, reader)  # "jeder fünfte", "la moitié": the fraction of the total
    share.part, share.total = part.amount, total.amount
    share.whole = share.whole or total.subject
    share.subject = share.subject or total.subject
    part.subject = part.subject or total.subject
    return True


def _share_then_part(drafts: list[Draft], reader: Reader, words: LinkWords) -> None:
    """A share, its total and its part: "la moitié des 800 lits, soit 400"."""
    for share, total, part in zip(drafts, drafts[1:], drafts[2:], strict=False):
        if not _share_like(share) or not same_sentence(share, part, reader):
            continue
        if _gap(reader, share, total) not in words.of or issubclass(total.cls, ChangeClaim | ShareClaim | RatioClaim):
            continue
        if part.cls is not total.cls and part.cls is not CountClaim:
            continue
        named = set((total.subject or "").lower().split())
        if not _restates(_gap(reader, total, part), words, named):
            continue
        _make_share(share, part, total, reader)


def _part_then_share(drafts: list[Draft], reader: Reader, words: LinkWords) -> None:
    """A part, its total and its share: "300 der 1.500 Firmen, also 20 %", "Sur les 1 500 entreprises, 300, soit 20 %".

    Also after "davon", "dont", "de los cuales": "1.200 Beschäftigte, davon 300 in Teilzeit, also ein Viertel".
    """
    tokens = reader.tokens
    for first, second, share in zip(drafts, drafts[1:], drafts[2:], strict=False):
        if not _share_like(share) or not same_sentence(first, share, reader):
            continue
        if issubclass(first.cls, ChangeClaim | ShareClaim | RatioClaim) or second.is_change:
            continue
        between = _gap(reader, first, second)
        if between in words.of:  # "300 der 1.500 Firmen, also 20 %"
            part, total = first, second
            glue = _gap(reader, second, share)
        else:
            lead = tokens.first_at_or_after(first.start)
            opening = tokens.words(max(0, lead - 3), lead)
            among = any(opening[-len(p) :] == p for p in words.among)
            of_whom = any(between[-len(p) :] == p for p in words.of_whom) and len(between) <= _MAX_GLUE
            if not (among or of_whom):
                continue
            part, total = second, first
            glue = _gap(reader, second, share)
            while glue and glue[0] not in words.restate and len(glue) > 1:
                glue = glue[1:]  # "gaben 300, also 20 %": a short predicate may come first
        named = set((total.subject or "").lower().split())
        if not _restates(glue, words, named):
            continue
        _make_share(share, part, total, reader)


def _split(drafts: list[Draft], reader: Reader, words: LinkWords) -> None:
    """A total before its parts: "60 Mio. Euro, aufgeteilt in 25 Mio., 20 Mio. und 15 Mio.", "60 Mio. €: ..."."""
    for n, total in enumerate(drafts[:-1]):
        between = _gap(reader, total, drafts[n + 1])
        colon = reader.text[total.end : drafts[n + 1].start].strip() == ":"
        if total.parts or not (colon or (len(between) <= _LOOKAHEAD and not words.split.isdisjoint(between))):
            continue  # "Das Paket umfasst 60 Mio. Euro: 25 Mio. ...", "..., répartis entre"
        m = n + 1
        while (
            m + 1 < len(drafts)
            and not _alike(drafts[m], total)
            and len(_gap(reader, total, drafts[m + 1])) <= _LOOKAHEAD
        ):
            m += 1  # "répartis entre trois gagnants : 500 000 euros, ...": the parts follow the count
        parts = [drafts[m]]
        for nxt in drafts[m + 1 : m + 1 + _MAX_PARTS]:
            if len(_gap(reader, parts[-1], nxt)) > _MAX_GLUE or not same_sentence(total, nxt, reader):
                break
            parts.append(nxt)
        _give_parts(total, parts)


def _total_after(drafts: list[Draft], reader: Reader, words: LinkWords) -> None:
    """A total after its parts: "25, 20 und 15 Mio. Euro, insgesamt 60 Mio. Euro", "..., 100 en total"."""
    tokens = reader.tokens
    for n, total in enumerate(drafts):
        if n < 2 or total.parts or issubclass(total.cls, ChangeClaim | ShareClaim | RatioClaim):  # noqa: PLR2004
            continue
        lead = _gap(reader, drafts[n - 1], total)
        after = tokens.words(total.last + 1, total.last + 3)
        before_total = any(lead[-len(p) :] == p for p in words.total_before)
        after_total = tokens.joined(total.last, total.last + 1) and any(
            after[: len(p)] == p and not tokens.lower(total.last + 1 + len(p))[:1].isdigit() for p in words.total_after
        )  # "100 Mio. Euro insgesamt", not the "insgesamt" that leads the next total
        if not (before_total or after_total):
            continue
        parts: list[Draft] = []
        for part in reversed(drafts[max(0, n - _MAX_PARTS) : n]):
            gap = _gap(reader, part, parts[-1]) if parts else ()
            if part.parts or not same_sentence(part, total, reader) or not _alike(part, total):
                break
            if len(gap) > _MAX_GLUE:
                break
            parts.append(part)
        parts.reverse()
        _give_parts(total, parts)


def _alike(part: Draft, total: Draft) -> bool:
    """True when ``part`` may be a part of ``total``: no change, share or ratio; the same unit, or a bare number."""
    if issubclass(part.cls, ChangeClaim | ShareClaim | RatioClaim):
        return False
    a, b, bare = part.amount.unit, total.amount.unit, units.dimensionless()
    return a == b or bare in (a, b)


def _some_parts(drafts: list[Draft], reader: Reader, words: LinkWords) -> None:
    """Parts that are only some of a total: "12.000 Beschäftigte, davon 8.000 in Berlin und 2.000 in Bonn".

    After "davon", "dont", "de los cuales" a list often names only some of the total, so the
    total gets ``parts`` with ``parts_complete=False``: they must not exceed it.
    """
    for n, total in enumerate(drafts[:-1]):
        if total.parts or issubclass(total.cls, ChangeClaim | ShareClaim | RatioClaim):
            continue
        between = _gap(reader, total, drafts[n + 1])
        if len(between) > _MAX_GLUE or not any(between[-len(p) :] == p for p in words.of_whom):
            continue
        parts = [drafts[n + 1]]
        for nxt in drafts[n + 2 : n + 2 + _MAX_PARTS]:
            gap = _gap(reader, parts[-1], nxt)
            if len(gap) > _MAX_GLUE + 1 or not same_sentence(total, nxt, reader) or not _alike(nxt, total):
                break
            if not words.restate.isdisjoint(gap) or any(gap[-len(p) :] == p for p in words.earlier):
                break  # "..., also 25 %", "nach 300": no further part
            parts.append(nxt)
        _give_parts(total, parts, complete=False)


def _give_parts(total: Draft, parts: list[Draft], *, complete: bool = True) -> None:
    """Give ``total`` its parts when all measure what it does: two or more, or one of only some parts.

    A bare part takes the total's unit ("40 millions, 35 millions et 25 millions d'euros").
    """
    bare = units.dimensionless()
    if len(parts) < (2 if complete else 1) or not all(_alike(p, total) for p in parts):
        return
    named = {p.amount.unit for p in parts if p.amount.unit != bare} | {total.amount.unit} - {bare}
    if len(named) != 1:
        return
    named_draft = next(d for d in (total, *parts) if d.amount.unit != bare)
    like = named_draft.amount
    cls = MoneyClaim if units.currency_code(like.unit) is not None else CountClaim
    if cls is CountClaim and not units.is_counted(like.unit):
        return
    for d in (total, *parts):
        if d.amount.unit == bare:
            d.amount, d.cls = reunit(d.amount, like), cls  # "40 millions" before "25 millions d'euros"
            d.counted = named_draft.counted
    total.parts = tuple(p.amount for p in parts)
    total.parts_complete = complete


def _level_then_earlier(drafts: list[Draft], reader: Reader, words: LinkWords) -> None:
    """Before and after of a change: "wuchs um 10 % auf 22 Mrd. Euro, nach 20 Mrd. Euro", "à 3,8 %, contre 4,5 %"."""
    tokens = reader.tokens
    for n in range(1, len(drafts)):
        high, low = drafts[n - 1], drafts[n]
        if high.is_change or low.is_change:
            continue
        glue = tuple(w for w in _gap(reader, high, low) if w not in words.determiners)
        if not any(glue[-len(p) :] == p for p in words.earlier) or len(glue) > _MAX_GLUE + 2:
            continue
        if not words.breaks.isdisjoint(glue) or "," not in tokens.gap(high.last, high.last + 1):
            continue
        k = tokens.first_at_or_after(high.start) - 1
        while k > 0 and tokens.lower(k) in words.determiners:
            k -= 1  # "hasta los 22.000 millones"
        if tokens.lower(k) not in words.to or not same_sentence(high, low, reader):
            continue
        _same_unit(low, high)
        if not units.same_dimension(low.amount.unit, high.amount.unit):
            continue
        change = _change_near(drafts, n, reader, words)
        if change is not None:
            link_change(change, low, high)


def _rate_restated_after_comma(drafts: list[Draft], reader: Reader) -> None:
    """A rate restated per another period after a comma alone: "5.000 euros al mes, 60.000 euros al año".

    The second figure becomes the total over one of its periods, as after "or" in English.
    """
    tokens = reader.tokens
    words = link_words(reader.locale)
    breaks = frozenset() if words is None else words.breaks
    for previous, draft in itertools.pairwise(drafts):
        per, own_per = units.time_denominator(previous.amount.unit), units.time_denominator(draft.amount.unit)
        if previous.cls is not RateClaim or draft.cls is not RateClaim or per is None or own_per is None:
            continue
        glue, lead = _gap(reader, previous, draft), tokens.first_at_or_after(draft.start)
        if per == own_per or len(glue) > _LOOKAHEAD or not breaks.isdisjoint(glue) or draft.subject is not None:
            continue
        if tokens.gap(lead - 1, lead).strip() != "," or not same_sentence(previous, draft, reader):
            continue
        total = draft.amount.unit * own_per
        if total == units.dimensionless() and units.is_counted(previous.amount.unit * per):
            total = previous.amount.unit * per  # "250 pacientes a la semana, unos 13.000 al año"
        if total != previous.amount.unit * per:
            continue
        draft.amount = reunit(draft.amount, Amount.exact(1, total))
        draft.cls = MoneyClaim if units.currency_code(total) is not None else CountClaim
        draft.over = Amount.exact(1, own_per)
        draft.subject = draft.subject or previous.subject
        draft.counted = draft.counted or previous.counted


def _same_unit(low: Draft, high: Draft) -> None:
    """A bare figure takes the money or count of its partner: "auf 22 Mrd. Euro, nach 20 Mrd."."""
    align_units(low, high)
    bare = units.dimensionless()
    for plain, named in ((low, high), (high, low)):
        if plain.amount.unit == bare and units.currency_code(named.amount.unit) is not None:
            plain.amount = reunit(plain.amount, named.amount)
            plain.cls = MoneyClaim
            plain.subject = plain.subject or named.subject


def _change_near(drafts: list[Draft], n: int, reader: Reader, words: LinkWords) -> Draft | None:
    """The change of a level pair ending at ``n``: just before the new level, or after the old one."""
    high = drafts[n - 1]
    if n >= 2:  # noqa: PLR2004
        before = drafts[n - 2]
        if before.is_change and before.before is None and len(_gap(reader, before, high)) <= 3:  # noqa: PLR2004
            return before  # "wuchs um 10 % auf 22 Mrd. Euro"
    for d in drafts[n + 1 : n + 3]:
        if not words.breaks.isdisjoint(_gap(reader, drafts[n], d)):
            break
        if d.is_change and d.before is None and same_sentence(high, d, reader):
            return d  # "auf 3,8 %, nach 4,5 %, ein Rückgang um 0,7 Prozentpunkte"
    return None
