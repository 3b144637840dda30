"""The German, French and Spanish pre-scan: every number word text2num or the lexicon reads is seen."""

from __future__ import annotations

import functools
import itertools
import json
from pathlib import Path
from typing import TYPE_CHECKING
from unittest import mock

from hypothesis import example, given
from hypothesis import strategies as st

from factcheck._extract import pipeline
from factcheck._extract.pipeline import _scan_paragraphs, prescan, run
from factcheck._extract.scan.generic.triggers import numbers_among
from factcheck._extract.scan.scanner import scan
from factcheck._extract.text.sentences import layout
from factcheck._extract.text.wordindex import WordIndex
from factcheck._precision import DEFAULT_POLICY
from factcheck.lexicons import lexicon
from tests.prescan_support import lexicon_phrases, strings, triggered

if TYPE_CHECKING:
    from factcheck._claims import Claim
    from factcheck._extract.scan.figure import Figure

LOCALES = {"de": "de_DE", "fr": "fr_FR", "es": "es_ES"}
WORDS = json.loads((Path(__file__).parent.parent / "data" / "text2num_words.json").read_text(encoding="utf-8"))
"""The words text2num reads in each language (see its ``_about``)."""
FRAMES = {
    "de": ("Es kamen {} Leute zur Feier.", "Das war {} vom Ganzen.", "Die Preise stiegen um {} im Jahr."),
    "fr": (
        "Il y avait {} personnes à la fête.",
        "Cela faisait {} du tout.",
        "Les prix ont augmenté de {} cette année.",
    ),
    "es": ("Había {} personas en la fiesta.", "Era {} del total.", "Los precios subieron {} este año."),
}


def _german_compounds() -> set[str]:
    """German numbers written as one word: "dreiundzwanzig", "zweihundertfünfzig", "zweitausendeinundzwanzig"."""
    de = WORDS["de"]
    units = [w for w in de["units"] if w != "eins"]
    tens = [u + "und" + t for u, t in itertools.product(units, de["tens"])]
    below_hundred = [*de["units"], *de["teens"], *de["tens"], *tens]
    hundreds = [
        u + "hundert" + rest for u in ("", *units, "neunzehn") for rest in ("", "fünf", "zwölf", "dreiundvierzig")
    ]
    thousands = [
        h + "tausend" + rest
        for h in ("", "zwei", "vierzehn", "dreihundertvierundzwanzig")
        for rest in ("", "eins", "einundzwanzig", "zweihundert")
    ]
    ordinals = [
        w + end
        for w in ("einundzwanzig", "zweitausendzwei", "hundert", "dreißig")
        for end in ("ste", "ster", "sten", "te")
    ]
    halves = [u + "einhalb" for u in units]
    fractions = [w + "tel" for w in ("fünf", "sechs", "zehn", "zwanzigs", "hunderts", "sieb", "ach")]
    return {*below_hundred, *hundreds, *thousands, *ordinals, *halves, *fractions}


def _french_groups() -> set[str]:
    """French hyphenated and plural forms: "vingt-et-un", "quatre-vingts", "deux-cents", "cinq-huitièmes"."""
    return {
        "vingt-et-un", "trente-et-une", "quatre-vingts", "quatre-vingt-dix-sept", "soixante-dix", "soixante-et-onze",
        "deux-cents", "trois-cent-quatre", "dix-sept", "vingt-et-unième", "cinq-huitièmes", "mille-deux-cent",
        "cinquieme", "vingtiemes", "deux mille vingt-quatre", "un demi-million",
    }  # fmt: skip


def _vocabulary(language: str) -> set[str]:
    words = {w for group, items in WORDS[language].items() for w in items}
    words |= {w + "s" for w in words if language != "de"}
    words |= {w.capitalize() for w in words}
    if language == "de":
        words |= _german_compounds()
    if language == "fr":
        words |= _french_groups()
    articles = lexicon(language).strings("one_articles")[:2]  # "ein Fünftel", "un huitième", "una quinta"
    return words | {f"{article} {word}" for article in articles for word in words}


def test_the_frames_alone_are_not_read() -> None:
    """The sentences the words are put in hold no trigger of their own, so the tests below test the words."""
    for language, locale in LOCALES.items():
        pre = prescan(locale)
        assert pre is not None
        assert [frame for frame in FRAMES[language] if triggered(pre, frame.format("Haus"))] == []


def test_only_these_languages_and_english_have_a_pre_scan() -> None:
    """Languages whose number words no reader of ours knows (Italian) are read whole."""
    assert [prescan(locale) is None for locale in ("de_DE", "fr_FR", "es_ES", "de_AT", "it_IT")] == [
        False,
        False,
        False,
        False,
        True,
    ]


def test_a_sentence_without_a_number_word_is_not_scanned() -> None:
    """German: only the sentences holding a digit or a number word (compounds too) are read."""
    pre = prescan("de_DE")
    assert pre is not None
    text = "Der Minister sprach lange. Dreiundzwanzig Leute kamen. Keiner war überrascht. Ein Drittel ging."
    found = pre.regions(text, 0, len(text), layout(text).sentence_starts, pre.places(WordIndex(text)))
    assert [text[a:b] for a, b in found] == ["Dreiundzwanzig Leute kamen. ", "Ein Drittel ging."]


def test_articles_alone_are_no_trigger() -> None:
    """ "ein", "un", "una" are articles more often than numbers; alone the reader takes no figure from them."""
    texts = {"de": "Ein Mann kam.", "fr": "Une femme est venue.", "es": "Una mujer vino."}
    for language, text in texts.items():
        pre = prescan(LOCALES[language])
        assert pre is not None
        assert (triggered(pre, text), scan(text, LOCALES[language])) == (False, [])


def test_every_text2num_word_that_makes_a_figure_is_a_trigger() -> None:
    """Each word text2num reads (and German compounds, French groups built from them), in each frame.

    A sentence in which the scanner finds a figure must be one the pre-scan reads.
    """
    for language, locale in LOCALES.items():
        pre = prescan(locale)
        assert pre is not None
        missed = [
            text
            for word in sorted(_vocabulary(language))
            for text in (frame.format(word) for frame in FRAMES[language])
            if scan(text, locale) and not triggered(pre, text)
        ]
        assert missed == []


def test_every_lexicon_word_that_makes_a_figure_is_a_trigger() -> None:
    """Any word or phrase of any table of any language (or the common one), in each generic language's frames.

    A word added to a lexicon that makes a figure but that the pre-scan does not see makes this fail.
    """
    phrases = lexicon_phrases("common").union(*(lexicon_phrases(language) for language in ("en", *LOCALES)))
    for language, locale in LOCALES.items():
        pre = prescan(locale)
        assert pre is not None
        missed = [
            text
            for phrase in sorted(phrases)
            for text in (frame.format(phrase) for frame in FRAMES[language])
            if scan(text, locale) and not triggered(pre, text)
        ]
        assert missed == []


def test_a_word_for_one_joined_to_another_is_seen() -> None:
    """ "uno con uno" (1.1), "un virgule un", "ein und ein halb": no number word but articles, still a figure.

    Every word of the language's number tables and text2num's joining words, between two words for one.
    """
    for language, locale in LOCALES.items():
        pre = prescan(locale)
        assert pre is not None
        lex = lexicon(language)
        tables = [lex.own(name) for name in lex.names() if lex.source(name) == f"{language}/numbers.json"]
        middles = {s for table in tables for s in strings(table) if 0 < len(s) < 40} | set(WORDS[language]["others"])
        ones = lex.strings("one_articles")
        missed = [
            text
            for middle in sorted(middles)
            for first, last in itertools.product(ones, (*ones, "halb"))
            for text in (frame.format(f"{first} {middle} {last}") for frame in FRAMES[language][:2])
            if scan(text, locale) and not triggered(pre, text)
        ]
        assert missed == []


def test_words_asked_together_get_the_answers_they_get_alone() -> None:
    """The pre-scan asks text2num about all the new words of a text at once: no word's answer depends on another.

    French reads "neuf" after "le" or "un" and a word as "new"; separated, it stays nine.
    """
    for language in LOCALES:
        words = {w for phrase in _vocabulary(language) | lexicon_phrases(language) for w in phrase.lower().split()}
        words |= {w.lower() for piece in _FILLER[language] for w in piece.split()} | {
            "le",
            "du",
            "l'",
            "neuf",
            "nouveau",
        }
        ordered = sorted(words)
        alone = {w for w in ordered if numbers_among([w], language)}
        assert numbers_among(ordered, language) == alone
        assert numbers_among(["le", "livre", "neuf", "rouge", *ordered[::-1]], language) == alone


def _both(text: str, locale: str) -> tuple[list[Figure], list[Figure]]:
    lay, tokens = layout(text), WordIndex(text)
    with_pre = _scan_paragraphs(text, lay, tokens, locale, DEFAULT_POLICY, prescan(locale))
    without = _scan_paragraphs(text, lay, tokens, locale, DEFAULT_POLICY, None)
    return with_pre, without


def _claims_both(text: str, locale: str) -> tuple[list[Claim], list[Claim]]:
    with_pre = run(text, locale)
    with mock.patch.object(pipeline, "prescan", return_value=None):
        without = run(text, locale)
    return with_pre, without


_FILLER = {
    "de": ("Die", "Stadt", "Haus", "und", "von", "mehr als", "etwa", "Prozent", "Euro", "Menschen", "sind", "ein",
           "eine", "halbe", "Hälfte", "jeder", "zwischen", "bis", "stieg", "um", "Mio.", "Jahr", "Nacht", "Sieger",
           "Ein", "eins", "komma", "Komma", "halb", "€", "%", "Dutzend", "Viertel", "Fünftel", "Milliarden"),
    "fr": ("La", "ville", "maison", "et", "de", "d'", "plus de", "environ", "pour cent", "%", "euros", "personnes",
           "un", "une", "demi", "la moitié", "sur", "entre", "à", "hausse", "des", "le", "Le", "finale", "quarts",
           "Un", "Une", "virgule", "douzaine", "tiers", "cinquièmes", "millions", "€"),
    "es": ("La", "ciudad", "casa", "y", "de", "más de", "unos", "por ciento", "euros", "personas", "un", "una",
           "medio", "media", "la mitad", "de cada", "entre", "a", "subió", "con", "parte", "partes", "cada", "El",
           "Un", "Uno", "uno", "coma", "punto", "docena", "tercios", "quintos", "millones", "%", "€"),
}  # fmt: skip
_PUNCTUATION = (".", ". ", "! ", "? ", "; ", ", ", "\n", "\n\n", " ", "-", " - ", "(", ")", '"', "2024", "5,3", "12")


@functools.cache
def _vocabulary_list(language: str) -> list[str]:
    return sorted(_vocabulary(language))


@st.composite
def _sentences(draw: st.DrawFn) -> tuple[str, str]:
    """Number words, filler (articles, joiners, common words) and punctuation, a third of the pieces each."""
    language = draw(st.sampled_from(sorted(LOCALES)))
    piece = st.one_of(
        st.sampled_from(_vocabulary_list(language)),
        st.sampled_from(_FILLER[language]),
        st.sampled_from(_PUNCTUATION),
    )
    return " ".join(draw(st.lists(piece, max_size=40))), LOCALES[language]


@given(_sentences())
@example(("Es kamen fünf\nZwanzig Leute. Haus und ein halbes Jahr. Ein Drittel.", "de_DE"))
@example(("Il y avait vingt\nEt un. La ville. Un et demi. Cinq huitièmes de la ville.", "fr_FR"))
@example(("une virgule une virgule", "fr_FR"))
@example(("La casa. Había uno con uno. Un punto uno.", "es_ES"))
@example(("Había veinte\nY dos. La casa. Una quinta parte. Uno de cada cinco. Medio millón.", "es_ES"))
def test_the_pre_scan_changes_no_figure(case: tuple[str, str]) -> None:
    """Random sentences of number words and filler: the same figures with and without the pre-scan."""
    text, locale = case
    with_pre, without = _both(text, locale)
    assert with_pre == without


@given(_sentences())
@example(("Die Stadt wuchs. Zweihundertfünfzig Menschen kamen, eine halbe Million fehlte.", "de_DE"))
def test_the_pre_scan_changes_no_claim(case: tuple[str, str]) -> None:
    """Random sentences of number words and filler: ``extract`` gives the same claims with and without it."""
    text, locale = case
    with_pre, without = _claims_both(text, locale)
    assert with_pre == without
