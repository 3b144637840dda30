"""English words the sentence reader looks for around a figure (see ``read.clause``)."""

from __future__ import annotations

from typing import Final

from factcheck._claims import Direction
from factcheck._extract.scan.unit_words import DURATION_WORDS

__all__ = [
    "AUXILIARIES",
    "CHANGE_NOUNS",
    "COMPARATIVES",
    "COMPLEMENT_PREPOSITIONS",
    "DATE_NAMES",
    "DETERMINERS",
    "DOWN",
    "HEDGE_WORDS",
    "INFINITIVE_VERBS",
    "IRREGULAR_PAST",
    "LABELS",
    "LEADERS",
    "LINKING",
    "MODALS",
    "MULTIPLIERS",
    "NEGATIONS",
    "NOT_EVENTS",
    "PARTICIPLES",
    "PER",
    "RATE_ADVERBS",
    "SOURCE_VERBS",
    "STOP",
    "TIME_UNITS",
    "TRANSITIVE",
    "UP",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


UP: Final = _words(
    "added boost boosted boosting boosts climb climbed climbing climbs expand expanded expanding gain "
    "gained gaining gains grew grow growing grown grows hike hiked increase increased increases "
    "increasing jump jumped jumping jumps leap leaped leaping leaps leapt lift lifted lifting raise "
    "raised raises raising rise risen rises rising rocketed rocketing rose soar soared soaring soars "
    "spiked surge surged surges surging swell swelled swelling up upped"
)
"""Verbs and adverbs of a rise."""

DOWN: Final = _words(
    "contract contracted contracting crashed cut cuts cutting decline declined declines declining "
    "decrease decreased decreases decreasing dip dipped dipping dips down drop dropped dropping drops "
    "ease eased easing fall fallen falling falls fell lose loses losing lost lower lowered lowering "
    "plummet plummeted plummeting plummets plunge plunged plunges plunging reduce reduced reduces "
    "reducing sank shed shedding shrank shrink shrinking shrinks shrunk sink sinking slash slashed "
    "slashing slid slide sliding slip slipped slipping slump slumped slumping slumps tumble tumbled "
    "tumbling"
)
"""Verbs and adverbs of a fall."""

TRANSITIVE: Final = _words(
    "boost boosted boosting boosts cut cuts cutting expand expanded grew grow hike hiked increase "
    "increased increases increasing lift lifted lifting lower lowered lowering raise raised raises "
    "raising reduce reduced reduces reducing slash slashed slashing upped"
)
"""Change verbs that take an object: "cut net migration by 100,000"."""

_CHANGE_UP: Final = _words("boost climb gain growth hike increase increases jump leap rise rises surge uplift")
"""Nouns of a rise."""

_CHANGE_DOWN: Final = _words(
    "contraction cut cuts decline decrease dip drop drops fall falls loss plunge reduction reductions slump"
)
"""Nouns of a fall."""

CHANGE_NOUNS: Final = {**dict.fromkeys(_CHANGE_UP, Direction.UP), **dict.fromkeys(_CHANGE_DOWN, Direction.DOWN)}
"""\"a 95% drop\", \"a drop of 95%\": nouns of change and their direction."""

_MORE: Final = _words("bigger greater higher larger more up")
"""Comparatives of a rise."""

_LESS: Final = _words("cheaper down fewer less lower smaller")
"""Comparatives of a fall."""

COMPARATIVES: Final = {**dict.fromkeys(_MORE, Direction.UP), **dict.fromkeys(_LESS, Direction.DOWN)}
"""\"3% higher\", \"£2bn more\"."""

MULTIPLIERS: Final = {
    "doubled": (100, Direction.UP),
    "doubling": (100, Direction.UP),
    "doubles": (100, Direction.UP),
    "tripled": (200, Direction.UP),
    "trebled": (200, Direction.UP),
    "tripling": (200, Direction.UP),
    "triples": (200, Direction.UP),
    "quadrupled": (300, Direction.UP),
    "halved": (50, Direction.DOWN),
    "halving": (50, Direction.DOWN),
    "halves": (50, Direction.DOWN),
}
"""Multiplier verbs as a relative change in percent: "doubled" is +100%."""

TIME_UNITS: Final = {
    **DURATION_WORDS["en"],  # the scanner's duration words, plus the abbreviations sentences use
    "sec": "second",
    "secs": "second",
    "min": "minute",
    "mins": "minute",
    "hr": "hour",
    "hrs": "hour",
    "yr": "year",
    "yrs": "year",
    "annum": "year",
}
"""Time unit words and the unit they name."""

RATE_ADVERBS: Final = {
    "annually": "year",
    "yearly": "year",
    "monthly": "month",
    "weekly": "week",
    "daily": "day",
    "hourly": "hour",
}
"""Adverbs that make a figure a rate: "paid annually"."""

PER: Final = frozenset(("a", "an", "per", "each", "every"))
"""Words before a time unit that make a rate: "a year", "per week"."""

STOP: Final = _words(
    "a about according across after against ago all almost also among an and any are around as at "
    "away be been before being between beyond both but by can compared could day days deep despite "
    "did do does down during each either every fast fewer for from had has have he heavy her here "
    "high his how i in including into is it its just last least less like long many may might month "
    "months more most much must my nearly neither next no nor not of off old on only onto or our out "
    "over per quickly said say says shall she should since so some such tall than that the their them "
    "there these they thick this those through till to toward towards under unlike until up versus "
    "via vs was we week weeks were what when where which while who whom whose why wide will with "
    "within without would year years yet you your"
)
"""Words that end a noun phrase: determiners, prepositions, pronouns, auxiliaries..."""

IRREGULAR_PAST: Final = _words(
    "became began bought came fled forgot got grew held kept knew left lost made met paid quit ran "
    "sold spent stayed stole swam taught told took went won wrote"
)
"""Past tenses without "-ed": after a number on their own they are a verb ("300 left"), not what is counted."""

PARTICIPLES: Final = IRREGULAR_PAST | _words(
    "arisen beaten become begun bitten born borne brought built caught chosen come done drawn driven "
    "eaten fallen fed forbidden forgiven forgotten freed frozen given gone grown hidden hit hung hurt "
    "known laid led lent let mistaken overseen overtaken put read ridden run seen sent set shot shown "
    "shut slain split spread stolen struck stuck stung sunk swept sworn taken thrown torn undertaken "
    "withdrawn woken worn written"
)
"""Past participles and past tenses without "-ed": "600 people were hurt", "300 were sent home"."""

NEGATIONS: Final = _words("never not no")
"""Words that turn what happened around: "5,000 claims were not paid" is not "claims paid"."""

INFINITIVE_VERBS: Final = _words(
    "able allowed asked believed due estimated expected feared forced going likely made needed "
    "planning predicted projected reported required said scheduled set supposed thought told trying "
    "understood unable"
)
"""Verbs that pass on to a later verb through "to": "600 people are feared to have died"."""

COMPLEMENT_PREPOSITIONS: Final = _words("at by for from in into on onto out to under with without")
"""Prepositions whose phrase says more of what happened: "died in floods", "returned from the UK"."""

MODALS: Final = _words("can could may might must shall should will would")
"""Verbs after which a verb comes in its base form: "600 people could die"."""

DATE_NAMES: Final = _words(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "monday tuesday wednesday thursday friday saturday sunday"
)
"""Months and days: "in March" after a verb is when, not more of what happened."""

NOT_EVENTS: Final = _words("aged dated numbered sized totalled totaling totalling valued worth")
"""Words after a counted noun that describe it by another figure ("aged 18 to 24"), not an event."""

DETERMINERS: Final = _words("a all an her his its our some that the their these this those your")
"""Words skipped at the start of a noun phrase."""

AUXILIARIES: Final = _words("also are be been being could had has have is may might was were will would")
"""Words dropped between a subject and its verb ("has fallen")."""

LEADERS: Final = _words(
    "after although and as because but however if meanwhile overall since so that though when where whereas which while"
)
"""Words that open a clause before its subject."""

SOURCE_VERBS: Final = _words(
    "announced claimed claims confirm confirmed confirms estimate estimated estimates finds found "
    "indicate indicated indicates report reported reports reveal revealed reveals said say says show "
    "showed shown shows stated suggest suggested suggests"
)
"""Verbs of attribution: "official records show"."""

LINKING: Final = _words(
    "amounted are came cost costs exceeded hit is lasted lasts numbered passed reach reached remained "
    "spanned stands stood surpassed took topped totaled totalled totals was were"
)
"""Verbs a level completes: "was £2bn", "reached 7.6 million"."""

HEDGE_WORDS: Final = _words("around about nearly almost some roughly just over than more less least at up to a an")
"""Words that may stand between a change word and its figure: "rose by about 5%"."""

LABELS: Final = _words(
    "section sections article articles clause clauses paragraph chapter page pages rule regulation no "
    "number room flight route junction platform level grade stage part schedule table figure volume "
    "issue episode season series tier phase version model act bill amendment gate terminal line lines "
    "channel tv windows iphone covid mk ward block apartment flat unit suite"
)
"""Words before a number that names a thing rather than counting: "section 3", "No 10", "flight 12"."""
