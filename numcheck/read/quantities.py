"""Quantities in a sentence: each number with its qualifier, unit, kind and bounds.

Job: find every quantity in one sentence of prose and say what kind it is (count, percent,
money, measure, duration, age, date, time, ordinal, identifier, fraction, multiplier),
which unit it carries (a pint unit name, from the unit lexicon), how its qualifier bounds it
(strict and typical intervals, via `bounds`), and where its surface starts and ends,
qualifier and unit included. Dates ("Oct. 7", "2023-12-06", "the 1990s"), years, times
and numbers that are names ("Boeing 737", "COVID-19", "Article 5") are their own kinds and
never counts. Ranges ("10 to 20", "between 10 and 20", "10-20"), two-sided bounds ("more
than 10 and less than 40") and vague amounts ("thousands of") become one quantity each.

Limits: pure; one sentence at a time (what a number counts and how quantities link is the
job of `subjects`); English news prose; rule-based patterns from the lexicon files.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import itertools
import math
import re as stdlib_re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from numcheck.read import lazy_regex as re
from numcheck.read.bounds import Bounds, interval
from numcheck.read.lexicon import Lexicon, phrase_pattern
from numcheck.read.numbers import SCALE_ABBREVIATIONS, SCALES, UNITS, Number, find_numbers
from numcheck.read.rx import rx
from numcheck.read.units import convert

NAN = math.nan
MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?:(?i:January|February|March|April|June|July|August|September|October|November|December)\b|May\b"
    r"|(?i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b(?:\s?\.)?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)\b"
_DATE = re.compile(
    rf"(?P<md>(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})(?:,?\s+(?P<y1>{_YEAR}))?)"
    rf"|(?P<dm>(?<!\d[\s,]*)(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MONTH})(?:,?\s+(?P<y2>{_YEAR}))?)"
    rf"|(?P<my>(?P<m3>{_MONTH}),?\s+(?P<y3>{_YEAR}))"
    r"|(?P<iso>\b(?P<y4>\d{4})-(?P<m4>0[1-9]|1[0-2])-(?P<d4>0[1-9]|[12]\d|3[01])\b)"
    r"|(?P<slash>\b(?P<m5>0?[1-9]|1[0-2])/(?P<d5>0?[1-9]|[12]\d|3[01])/(?P<y5>\d{4}|\d{2})\b)"
    r"|(?P<decade>(?:\b(?:mid|early|late)-)?(?:\b1[5-9]\d0|\b20[0-9]0|['’]\d0)s\b)"
    r"|(?P<season>\b(?P<y6>1[89]\d\d|20\d\d)[-–/](?:\d\d)\b(?![-–/]\d))"  # a season or fiscal year: 1989-90
)
_SECOND_DAY = re.compile(  # after "August 2": the last day of its range, " and 13", "-7", " to 9."
    r"(?:[-–](?P<dashed>" + _DAY + r")(?![-–.,]?\d)"
    r"|\s+(?i:and|to|through|until|till|thru)\s+(?P<day>" + _DAY + r")"
    r"(?=\s*(?:[,.;:)!?]|$|(?:19|20)\d\d\b|(?i:in|at|on|when|while|after|before|as|this|last|next)\b)))"
)
_FIRST_DAY = re.compile(  # before "14 August": the first day of its range, "8 to ", "8-", "between 8 and "
    r"(?r)(?<![\d.,])(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?:\s*[-–]\s*|\s+(?i:to|and|through|until|till|thru)\s+)$"
)
_MONTH_WORD = stdlib_re.compile(r"\b(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
_NUMERIC_DATE = stdlib_re.compile(r"\d{4}-\d\d-\d\d|\d/\d{1,2}/\d\d|(?:\d{3}|['’]\d)0s\b|\d{4}[-–/]\d\d\b")
_TIME = re.compile(
    r"\b(?:[01]\d|2[0-3])[0-5]\d\s?(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|ET|PT|local\s+time)\b"
    r"|\b(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s?(?:[ap]\.m\.|[ap]m\b))?"
    r"|(?<![\d.,])\b(?:1[0-2]|0?[1-9])(?:\.[0-5]\d)?\s?(?:[ap]\.m\.|[AaPp][Mm]\b)"  # "2 pm", "2.15pm"
)
# a time taken written like a clock: hours, minutes and seconds ("2:05:06") or minutes, seconds and
# their fractions ("1:43.37", "2:01:09.5"); not a time of day with "a.m.", a zone or "local time" after it
_ELAPSED = re.compile(
    r"(?<![\d:.,])\b(?:(?P<h>\d{1,2}):(?P<m>[0-5]\d)|(?P<mm>[0-5]?\d)):(?P<s>[0-5]\d)(?:\.(?P<f>\d{1,3}))?"
    r"(?![\d:]|\.\d|\s?(?i:[ap]\.?m\b|GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|ET|PT|local\b))"
)
_NAME_NUMBER = re.compile(
    r"\b\p{Lu}[\p{L}]*[-‐]\d+[\p{L}\d]*\b"  # COVID-19, F-16, MH-17
    r"|(?<!\d\s?)\b\p{L}+\d+[\p{L}\d]*\b"  # G7, A380, MH17, H1N1 (not "190 km2")
    r"|#\d+\b"
    r"|\b\d{1,2}/(?!(?:2|3|4|5|6|8|10|16|3[2-9]|[4-9]\d)\b)\d{1,2}\b(?!/)"  # "9/11", "24/7"
    r"|\b\d+(?:\.\d+){2,}\b"  # 192.168.1.2, version 1.2.3
    r"|\+?\b\d{1,3}[-\s]\d{3}[-\s]\d{3,4}[-\s/]\d{4}\b|\+\d[\d-]{7,}"  # telephone numbers
)
_VAGUE = re.compile(
    # "scores of" people, never "test scores of 1400"
    r"\b(?P<words>(?:tens|hundreds|thousands|millions|billions|dozens|scores(?=\s+of\s+(?!\d)))"
    r"(?:\s+(?:and|upon|of)\s+(?:tens|hundreds|thousands|millions|billions))*)\b(?=\s+of\b|\s+\p{Ll}|\s*[,.;:)]|\s*$)"
    r"|\b(?P<few>several|a\s+few|a\s+couple\s+of)\s+(?P<scale>(?:dozen|hundred|thousand|million|billion)(?:\s+(?:thousand|million|billion))?)\b"
    r"(?!\s*(?:and\s+)?(?:\d|a\b|an\b))",  # "several hundred people", not "a few thousand and 20"
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_SCALE_WORD = re.compile(r"(?:[\p{L}]+)$")  # the scale word a scaled figure ends with: "million", "bn"
_PERIOD = re.compile(r"\b(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+(?i:half|quarter)\b")
_WORD_CUES = (
    "tens",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "dozens",
    "scores",
    "several",
    "few",
    "couple",
    "fold",
    "twice",
    "doubl",
    "tripl",
    "quadrupl",
    "halv",
)
_TIME_HINT = stdlib_re.compile(
    r"(?i:\d\s?(?:a\.?m|p\.?m)\b)|\d{4}\s?(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|ET|PT|local)\b"
)
_NAME_HINT = stdlib_re.compile(r"[A-Za-z#][-‐]?\d|\d\.\d+\.\d|\+\d|\d[-\s]\d{3}[-\s]\d{3}|\d/\d")
_OF_UNIT = re.compile(r"\s+of")  # before the unit of a vague amount: "thousands of dollars"
_FEW_SCALE = {**SCALES, "hundred": 100.0, "dozen": 12.0}  # "several hundred", "a few million"
_VAGUE_BASE = {
    "tens": 10,
    "dozens": 12,
    "scores": 20,
    "hundreds": 100,
    "thousands": 1000,
    "millions": 1e6,
    "billions": 1e9,
}
_FOLD = re.compile(
    r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|\d+(?:\.\d+)?)"
    r"[-‐]?fold\b"
    r"|\b(?P<verb>twice|doubled|doubling|double(?=\s+(?:the|that|its|their|what))|tripled|tripling"
    r"|triple(?=\s+(?:the|that|its|their))|quadrupled|halved|halving)\b",
    re.IGNORECASE,
)
_OCCASIONS_AFTER = re.compile(r"\s*(?:[,.;:)]|$)")  # "used twice," "met twice.": how often, no multiple
_FOLD_WORDS = {
    **{word: value for word, value in UNITS.items() if 2 <= value <= 10},
    "twenty": 20,
    "hundred": 100,
    "thousand": 1000,
    "twice": 2,
    "doubled": 2,
    "doubling": 2,
    "double": 2,
    "tripled": 3,
    "tripling": 3,
    "triple": 3,
    "quadrupled": 4,
    "halved": 0.5,
    "halving": 0.5,
}
_TIMES_AFTER = re.compile(  # "three times as many", "twice the", "three times last season's"
    r"\s+times\b(?=\s+(?:as|more|less|fewer|larger|bigger|higher|greater|smaller|lower|the|that|what|its|"
    r"their|his|her|over|faster|slower|longer|worse|better)\b|\s+(?:\p{L}+\s+)?\p{L}+['’]s\s)",
    re.IGNORECASE,
)
_SHARE_OF = re.compile(r"\s+(?:in|out\s+of)\s+(?:every\s+)?", re.IGNORECASE)
# between a rate and its base: "23 deaths per 100,000", "4.6 infants for every 1,000 live births"
_RATE_OF = re.compile(r"(?:\s+[\p{L}’'-]+){0,3}?\s+(?i:per|for\s+every|in\s+every|out\s+of\s+every)\s+")
_RATE_BASES = frozenset((100.0, 1e3, 1e4, 1e5, 1e6))
_RANGE_JOIN = re.compile(r"\s*(?:[-–—~]|-?\s*to|through|thru|and)\s*", re.IGNORECASE)  # "8- to 16-meter"
# "+/-" and "plus or minus" may leave their minus to the figure after them as its sign
_PLUS_MINUS = re.compile(r"\s*(?:±|\+\s*/\s*-?|\+-|(?i:plus\s+or\s+minus))\s*")
_PLUS_OR_MINUS = re.compile(r"\s*(?:\+\s*|(?i:plus\s+or\s+))")  # before a figure that took the minus
_MINUS = re.compile(r"[-−]|(?i:minus\b)")
_NOT_ARITHMETIC = r"(?!\s*(?:/\s*-|[-−]?\s?\d|(?i:or\s+minus)))"  # "500+ people", not "3 + 4", "9.8 +/- 0.2"
_SPACED_DASH = re.compile(r"\s?[-–]\s")  # a dash set off by spaces, as wires type it: " - "
_PLUS_OR = re.compile(r"(?r)(?i:\bplus\s+or\s+)$")  # "plus or minus 3 points" is a margin, not -3
_BOUNDS_JOIN = re.compile(r"\s*(?:,|and|but|,\s*and|,\s*but)\s*")
_RANGE_OPENER = re.compile(  # "between ", "from ", "ranging from ", "anywhere between ", "varied from "
    r"(?r)(?i:\b(?:(?P<verb>rang(?:e|es|ed|ing)|anywhere|somewhere|var(?:y|ies|ied|ying))\s+)?"
    r"(?P<w>between|from|range\s+of)\s+(?:the\s+)?)$"
)
# Verbs of change, by direction: links reads a change's ends after them ("rose to 120 from 100"),
# and a "from 10 to 20" after one is a change, not a range. "reached", "topped" mark a figure
# that changed upwards; "went" (and "going from") has no direction of its own.
_CHANGE_WORDS = (
    r"(?i:\b(?P<up>rose|rise[sn]?|rising|increased?|increasing|grew|grow(?:n|s|ing)?|jump(?:ed|s|ing)?|"
    r"climb(?:ed|s|ing)?|add(?:ed|s|ing)?|surg(?:e|ed|es|ing)|soar(?:ed|s|ing)?|gain(?:ed|s)?|rais(?:e|ed|es|ing)|lift(?:ed|s|ing)?|swell(?:ed|s)?|"
    r"swollen|doubl(?:ed|es)|tripl(?:ed|es)|quadrupl(?:ed|es)|reach(?:ed|es|ing)?|topp(?:ed|ing)|tops|surpass(?:ed|es|ing)?|"
    r"passed|hit|advanc(?:ed|es|ing)|accelerat(?:ed|es|ing)|spik(?:ed|es)|rebound(?:ed|s)?|"
    r"expand(?:ed|s)|widen(?:ed|s)|boost(?:ed|s|ing)?|hik(?:e|ed|es|ing)|edged\s+up|ticked\s+up|inched\s+up|crept\s+up)"
    r"|\b(?P<down>fell|fall(?:s|en|ing)?|dropp?(?:ed|s|ing)?|declin(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|"
    r"shr[aiu]nk(?:s|ing)?|sl[iu]d(?:es|ing)?|slump(?:ed|s|ing)?|plung(?:ed|es|ing)|plummet(?:ed|s|ing)?|tumbl(?:ed|es|ing)|"
    r"down|cut|trimm?(?:ed|s|ing)?|reduc(?:ed|es)|slash(?:ed|es)|halv(?:ed|es)|lost|los(?:es|ing)|dipp?(?:ed|s|ing)|eas(?:ed|es)|slipp?(?:ed|s|ing)|sank|sinks|slow(?:ed|s)|"
    r"narrow(?:ed|s)|contract(?:ed|s)|cool(?:ed|s)|dwindl(?:ed|es)|retreat(?:ed|s)|shed(?:s|ding)?|"
    r"edged\s+down|ticked\s+down|inched\s+down|gave\s+up|giv(?:es|ing)\s+up)"
    r"|\b(?P<neutral>went|go(?:es|ne)?|going(?=\s+from\b)))\b"
)
_CHANGE_VERB = re.compile(
    _CHANGE_WORDS
    # "up" alone, but not the particle of "made up 28%", "ended up", "set up", "took up"
    + r"|(?P<up>\b(?i:up)\b)(?<!\b(?i:ma(?:de|kes?|king)|end(?:ed|s|ing)?|set(?:s|ting)?|sum(?:med|s)?|"
    r"add(?:ed|s|ing)?|"
    r"t(?:ook|akes?|aking)|pick(?:ed|s)?|show(?:ed|s)?|turn(?:ed|s)?|sign(?:ed|s)?|back(?:ed|s)?|step(?:ped|s)?|"
    r"l[ie]ned?)\s(?i:up))"
)
# _CHANGE_VERB's words, looked for first word by word (each word tried once, then remembered):
# most stretches of prose have none, and are never scanned by the full pattern
_CHANGE_WORD = stdlib_re.compile(_CHANGE_WORDS.replace("(?i:", "(?:", 1) + r"|\bup\b")
_LETTERS = stdlib_re.compile(r"[A-Za-z]+")


@functools.lru_cache(maxsize=4096)
def _opens_a_change(word: str) -> bool:
    """Whether a lower-case word is one of _CHANGE_WORD's or opens one of its phrases ("going
    from", "edged up", "gave up": its phrases end in "from", "up" or "down", and one that ends in
    "down" opens one that ends in "up" too)."""
    return any(_CHANGE_WORD.match(f"{word} {after}") for after in ("from", "up"))


def change_verbs(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """_CHANGE_VERB's matches in text[start:end], in order: each starts a word, so the pattern is
    tried only where a word is one of its own or opens one of its phrases."""
    found: list[re.Match[str]] = []
    reached = start
    for word in _LETTERS.finditer(text, start, end):
        token = word.group().lower()
        if word.start() < reached or not _opens_a_change(token):
            continue
        verb = _CHANGE_VERB.match(text, word.start(), end)
        if verb is not None:
            found.append(verb)
            reached = verb.end()
    return iter(found)


_TO_JOINERS = ("to", "through", "thru")
# a total that changed, before its start: "taking the number of staff from ", "taking it from "
_TOTAL_FROM = re.compile(  # "taking the total from", "taking total wages and benefits from"
    r"(?r)\b(?:(?i:taking|took|takes|bringing|brought|brings|pushing|pushed|pushes|lifting|lifts|lifted)"
    r"(?:\s+[\p{L}’'-]+){0,5}?|(?i:with)\s+(?:(?i:the|its|their)\s+"
    r"(?:[\p{L}-]+\s+)?(?i:total|number|tally|count|toll)s?(?:\s+(?i:of)\s+[\p{L}-]+)?|(?i:it|them)))\s+(?i:from)\s+$"
)
NAMED_YEAR = r"(?:\p{L}+-?\s*)?(?:19|20)\d\d"  # "2006", "midyear 2006", "fiscal 2006", "end-2019"
_YEARS_THEN_FROM = re.compile(  # "from midyear 2006 to midyear 2007, from ": two years, then a change's start
    rf"(?r)\b(?i:from|between)\s+{NAMED_YEAR}\s+(?i:to|and)\s+{NAMED_YEAR}\s*,?\s+(?i:from)\s+$"
)
_THRESHOLD_VERB = re.compile(r"(?i:reach(?:ed|es|ing)?|hit|top(?:ped|s)?|surpass(?:ed|es|ing)?|passed)")
_COMPOUND_GAP = re.compile(r",?\s+(?:and\s+)?")  # "5 ft 2 in", "5 feet, 10 inches" (a comma in measures only)
_NEXT_TOKEN = stdlib_re.compile(r"(?:\s?[-‐]\s?|\s*)([^\s\d,;:!?()\"“”]+)")
_NOT_A_COUNT = re.compile(  # "one-time", "a 3-pointer", "3-point attempts": part of a word
    r"\s?-\s?(?:time|off|sided|way|stop|on-one|liner|liners|size|pointers?|point\s+(?:attempts?|shots?|"
    r"shooting|range|line|plays?|field\s+goals?|baskets?|tries|conversions?|percentage))\b",
    re.IGNORECASE,
)
_PRONOUN_ONE = re.compile(
    r"(?r)(?i:\b(?:the|this|that|which|each|every|any|no|another|last|first|next|current|right|wrong|"
    r"little|young|loved|only|other|same|big|new|old|good|best|such|what)\s+)$"
)
_EVERY_BEFORE = re.compile(r"(?r)\b(?i:every|each)\s+$")  # "every " one of, "each " one of them
_ONE_COUNTS = re.compile(
    r"\s+(?:of|in|out|hundred|thousand|million|billion|more|mile|dollar|person|man|woman)\b", re.IGNORECASE
)
_ONE_SUBJECT = re.compile(
    r"\s+(?:can|cannot|could|should|must|would|will|may|might|needs|has|is|does|gets)\b"
)
_VARIANT = re.compile(r"[-‐][\p{Lu}\d][\p{Lu}\d]*\b")  # after a name's number: "737-800", "-MAX"
_LIST_MARKER = re.compile(r"\s?\)\s+\p{Ll}")
_AGE_AFTER = re.compile(r"[\s-]*(?:olds?|of\s+age)\b", re.IGNORECASE)  # "5-year-old", "5-year-olds"
_FEET_BEFORE = re.compile(r"(?r)\b(?:ft|feet|foot)\s+(?:and\s+)?$")
_TEMPERATURE_CUE = re.compile(
    r"(?i:temperat|heat|hot|cold|warm|cool|degree|°|freez|weather|thermometer|fever|celsius|fahrenheit|"
    r"climate|boil|thaw|frost|chill|scorch|swelter|sizzl|forecast|mercury|dawn|overnight|sunny|snow|"
    r"\b(?:high|low)(?:s|est)?\b)"
)
_POWER = re.compile(r"(?:\^|\*\*)?([23²³])(?![\p{L}\d])")  # right after a unit: "km^2", "m³"
_POWERS = {"2": 2, "3": 3, "²": 2, "³": 3}
_SYMBOL_CONTINUES = re.compile(r"[-/]|\s+\p{Lu}|\.\p{L}")
_ONLY_A_UNIT = frozenset(("%", "％", "‰"))  # symbols that never begin a name or a code
_INCH_CONTEXT = re.compile(r"\s*(?:[.,;:)]|$|thick|long|wide|tall|high|deep|across|in\s+diameter)")
_NEXT_WORD = re.compile(r"[\s-]+([\p{L}’']+)")
_YEAR_CUE = re.compile(
    r"(?r)(?i:\b(?:in|since|of|by|from|until|till|to|before|after|year|during|fiscal|the|early|late|mid|"
    r"summer|winter|spring|autumn|fall|through|between|and|or|circa|c\.)\s*[-‐]?\s*)$"
)
_ORDINAL_NOUN = re.compile(r"[-‐](?:largest|biggest|highest|lowest|smallest|most|least|longest|best|worst)")
_AMOUNT_KINDS = ("count", "money", "measure", "duration", "percent", "age")


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int  # offset of the surface, qualifier and unit included
    end: int
    number_start: int  # offset of the figure itself
    number_end: int
    value: float  # as written, in `unit`; NaN for ranges and vague amounts
    bounds: Bounds
    qualifier: str  # bound type from the qualifier table ("above", "about"...), "" if none
    unit: str  # pint unit name, "" for plain numbers
    kind: str
    date: str  # ISO 8601 for dates ("2023-10-07", "XXXX-10-07", "1990s"), else ""


@dataclass(frozen=True)
class _Patterns:
    before: re.Pattern[str]
    after: re.Pattern[str]
    unit_after: re.Pattern[str]
    unit_exact: re.Pattern[str]
    currency_before: re.Pattern[str]
    currency_after: re.Pattern[str]
    age_after: re.Pattern[str]
    age_before: re.Pattern[str]
    age_ends: frozenset[str]  # lower-case last words of every phrase written before an age
    elapsed_before: re.Pattern[str]  # words that make a time written like a clock a time taken
    identifier_before: re.Pattern[str]
    unit_starts: frozenset[str]  # lower-case first words of every unit and currency word
    qualifier_ends: frozenset[str]  # lower-case last words of every qualifier written before a figure
    name_words: frozenset[str]  # identifier words, lower case
    numbered: frozenset[str]  # nouns that number their instances, lower case: "week" 23
    currency_ends: frozenset[str]  # lower-case last words of every currency symbol or code
    one_unit: re.Pattern[str] | None  # "a mile", "an acre": one of a unit, with no figure
    article_unit: re.Pattern[str] | None  # "(of) a mile" after a share: "half a mile"
    particle: re.Pattern[str] | None  # a verb and its particle right before a figure: "handed over "
    # a unit -> the unit it is read as in a sentence that the pattern finds words of (`readings`)
    readings: Mapping[str, tuple[str, re.Pattern[str]]]


def _symbol_pattern(symbol: str) -> str:
    """'HK$' also as 'hk $'; a one-letter prefix ('A$', 'C$') only as written, never 'a $'."""
    pattern = re.escape(symbol).replace(r"\ ", r"\s?")
    if len(symbol) > 2 and symbol.endswith("$"):
        pattern = pattern[: -len(re.escape("$"))] + r"\s?\$"
    return f"(?-i:{pattern})" if rx(r"[A-Z]\$").fullmatch(symbol) else pattern


@functools.lru_cache(maxsize=8)
def patterns(lexicon: Lexicon) -> _Patterns:
    currency_before = "|".join(
        sorted((_symbol_pattern(s) for s in lexicon.currency_symbols), key=len, reverse=True)
    )
    identifier = "|".join(sorted(map(re.escape, lexicon.identifier_words), key=len, reverse=True))
    article = phrase_pattern(lexicon.article_forms).pattern
    return _Patterns(
        before=re.compile("(?r)" + phrase_pattern(lexicon.qualifiers_before).pattern + r"\s*$"),
        after=re.compile(r"\s*" + phrase_pattern(lexicon.qualifiers_after).pattern + _NOT_ARITHMETIC),
        unit_after=re.compile(
            r"(?:\s?[-‐]\s?|\s*)"
            + phrase_pattern(lexicon.unit_forms, word_start=False, hyphens=True).pattern
            + r"(?![\p{L}\d])"
        ),
        unit_exact=re.compile(
            r"\s?"
            + phrase_pattern(lexicon.unit_exact_forms, flags="", word_start=False).pattern
            + r"(?![\p{L}\d])"
        ),
        currency_before=re.compile(rf"(?r)(?<![\p{{L}}])(?:{currency_before})\s*[-−]?$", re.IGNORECASE),
        currency_after=re.compile(
            r"(?:\s*|\s?-\s?)"
            + phrase_pattern(lexicon.currency_words, word_start=False).pattern
            + r"(?![\p{L}\d])"
        ),
        age_after=re.compile(r"\s?" + phrase_pattern(lexicon.age_after).pattern),
        age_before=re.compile("(?r)" + phrase_pattern(lexicon.age_before).pattern + r"\s+$"),
        identifier_before=re.compile(rf"(?r)\b(?i:{identifier})\.?\s?(?:#\s?)?$"),
        unit_starts=frozenset(
            form.split()[0].lower()
            for form in (*lexicon.unit_forms, *lexicon.unit_exact_forms, *lexicon.currency_words)
        ),
        qualifier_ends=frozenset(p.split()[-1].lower() for p in lexicon.qualifiers_before if p.split()),
        name_words=frozenset(w.lower() for w in lexicon.identifier_words),
        numbered=lexicon.numbered_nouns,
        age_ends=frozenset(p.split()[-1] for p in lexicon.age_before if p.split()),
        elapsed_before=re.compile("(?r)" + phrase_pattern(lexicon.elapsed_before).pattern + r"\s+$"),
        currency_ends=frozenset(s.split()[-1].lower() for s in lexicon.currency_symbols if s.split()),
        one_unit=re.compile(rf"\b(?i:an?)(?=\s+{article})") if lexicon.article_forms else None,
        article_unit=re.compile(rf"\s+(?i:of\s+)?(?i:an?)(?=\s+{article})")
        if lexicon.article_forms
        else None,
        particle=re.compile("(?r)" + phrase_pattern(lexicon.particles).pattern + r"\s*$")
        if lexicon.particles
        else None,
        readings={
            unit: (reading, re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, near)) + r")\b"))
            for unit, (reading, near) in lexicon.readings.items()
        },
    )


@dataclass
class _Draft:
    """A quantity being built: mutable while its parts are found."""

    number: Number
    start: int
    end: int
    kind: str = "count"
    unit: str = ""
    qualifier: str = ""
    qualifier_start: int = -1
    opener: str = ""
    value: float = NAN
    date: str = ""


def find_quantities(text: str, lexicon: Lexicon, offset: int = 0) -> list[Quantity]:
    """Every quantity in one sentence `text`; offsets are shifted by `offset`."""
    pats = patterns(lexicon)
    taken: list[tuple[int, int]] = []
    found: list[Quantity] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    digits = _DIGIT.search(text) is not None
    for match in _dates(text) if digits else ():
        iso = _iso(match)
        found.append(_fixed(match.start(), match.end(), _date_value(match), "date", iso))
        taken.append(match.span())
        second = _SECOND_DAY.match(text, match.end()) if match.group("md") else None
        if second and not match.group("y1"):  # "between August 2 and 13": the 13th of August
            group = "dashed" if second["dashed"] else "day"
            day = int(rx(r"\D").sub("", second[group]))
            found.append(_fixed(*second.span(group), NAN, "date", f"{iso[:-2]}{day:02d}"))
            taken.append(second.span(group))
        first = (
            _FIRST_DAY.search(text, max(0, match.start() - 16), match.start())
            if match.group()[0].isdigit()
            else None
        )
        if first and iso[-2:].isdigit() and int(first["day"]) < int(iso[-2:]):  # "(8 to 14 August 2022)"
            found.append(_fixed(*first.span("day"), NAN, "date", f"{iso[:-2]}{int(first['day']):02d}"))
            taken.append(first.span("day"))
    for match in _ELAPSED.finditer(text) if ":" in text else ():
        if free(*match.span()) and (
            match.group("f") or (match.group("h") and pats.elapsed_before.search(text, 0, match.start()))
        ):
            elapsed = _elapsed(match, text, pats, lexicon)
            found.append(elapsed)
            taken.append((elapsed.start, elapsed.end))
    low = text.lower()
    passes = []
    if digits and (":" in text or _TIME_HINT.search(text)):
        passes.append((_TIME, "time"))
    if digits and _NAME_HINT.search(text):
        passes.append((_NAME_NUMBER, "identifier"))
    for regex_, kind in passes:
        for match in regex_.finditer(text):
            if kind == "identifier" and _is_sum_of_money(match.group(), lexicon):
                continue  # "Sh456,080,148", "RM84,000": a currency symbol, not a name
            if free(*match.span()) and _DIGIT.search(match.group()):
                found.append(_fixed(match.start(), match.end(), NAN, kind, ""))
                taken.append(match.span())
    for match in _PERIOD.finditer(text) if "half" in low or "quarter" in low else ():  # a period, not a share
        if free(*match.span()):
            found.append(_fixed(match.start(), match.end(), NAN, "date", ""))
            taken.append(match.span())
    words = any(cue in low for cue in _WORD_CUES)
    for match in _VAGUE.finditer(text) if words else ():
        if free(*match.span()):
            vague = _vague(match, text, pats, lexicon)
            found.append(vague)
            taken.append((vague.start, vague.end))
    for match in _FOLD.finditer(text) if words else ():
        if free(*match.span()):
            word = (match.group("n") or match.group("verb")).lower()
            value = _FOLD_WORDS.get(word) or float(word)
            # "the baton was used twice, down from three times": two occasions, no multiple
            occasions = word == "twice" and _OCCASIONS_AFTER.match(text, match.end())
            draft = _Draft(
                Number(match.start(), match.end(), value, "cardinal", 0.0, True, False),  # exact: "halved"
                match.start(),
                match.end(),
                kind="count" if occasions else "multiplier",
                value=value,
            )
            _qualify(draft, text, pats, lexicon)  # "nearly double"
            found.append(_finish(draft, text, lexicon))
            taken.append(match.span())

    drafts: list[_Draft] = []
    for number in find_numbers(text):
        if not free(number.start, number.end) or (drafts and number.start < drafts[-1].end):
            continue  # inside a date or name, or the power of a unit ("km^2")
        draft = _classify(number, text, pats, lexicon)
        if draft is not None:
            drafts.append(draft)
    if pats.one_unit is not None:
        drafts = _one_units(drafts, [*taken, *((q.start, q.end) for q in found)], text, pats, lexicon)
    drafts = _merge_compounds(_merge_shares(drafts, text), text, lexicon)
    for draft in drafts:
        _qualify(draft, text, pats, lexicon)
    _shared_approximations(drafts, text)
    _share_scales(drafts, text)
    _share_units(drafts, text)
    _read_as(drafts, text, pats)
    for quantity in _join_ranges(drafts, text, lexicon):
        found.append(quantity)
    found.sort(key=lambda q: (q.start, q.end))
    return [_shifted(q, offset) for q in found] if offset else found


def _read_as(drafts: list[_Draft], text: str, pats: _Patterns) -> None:
    """A unit read as another in a sentence that names what it measures, as the lexicon's
    `readings` say: "2,112kg (67,900oz)" of gold are troy ounces; "tons" beside "metric tons"."""
    for i, draft in enumerate(drafts):
        reading = pats.readings.get(draft.unit)
        if reading and reading[1].search(text) and not _converted_to(reading[0], drafts, i, text):
            draft.unit = reading[0]


def _converted_to(unit: str, drafts: list[_Draft], i: int, text: str) -> bool:
    """Whether drafts[i] and a figure in `unit` are one in brackets after the other ("20 tons
    (18.1 tonnes)"): then they are two systems, and the reading does not hold."""
    before = drafts[i - 1] if i else None
    after = drafts[i + 1] if i + 1 < len(drafts) else None
    return bool(
        (before and before.unit == unit and _BRACKET_GAP.fullmatch(text, before.end, drafts[i].start))
        or (after and after.unit == unit and _BRACKET_GAP.fullmatch(text, drafts[i].end, after.start))
    )


_BRACKET_GAP = rx(r"\s*[(\[]\s*(?:about\s+|roughly\s+|some\s+)?")


def _shifted(q: Quantity, offset: int) -> Quantity:
    """The quantity with its offsets moved from the sentence into the document (an offset that
    repeats another is the same object: one int held, not two)."""
    start, end = q.start + offset, q.end + offset
    return Quantity(
        start,
        end,
        start if q.number_start == q.start else q.number_start + offset,
        end if q.number_end == q.end else q.number_end + offset,
        q.value,
        q.bounds,
        q.qualifier,
        q.unit,
        q.kind,
        q.date,
    )


def _is_sum_of_money(name: str, lexicon: Lexicon) -> bool:
    """Whether a name-like figure ("Sh456", "RM84", "Rs1", "Rs859bn", "Rs.72.63") is a currency
    symbol and digits."""
    digit = _DIGIT.search(name)
    letters = name[: digit.start()] if digit else name
    return bool(letters) and letters != name and letters in lexicon.currency_symbols


def _dates(text: str) -> list[re.Match[str]]:
    """Date matches, tried only where a month name or a digit pattern of a date stands (fast)."""
    found: list[re.Match[str]] = []
    spans: list[tuple[int, int]] = [(m.start() - 12, m.end() + 12) for m in _MONTH_WORD.finditer(text)]
    spans += [(m.start() - 7, m.end() + 4) for m in _NUMERIC_DATE.finditer(text)]  # "mid-1990s"
    reached = 0
    for start, end in sorted(spans):
        for match in _DATE.finditer(text, max(start, reached, 0), min(end, len(text))):
            if match.start() < reached:
                continue  # within the date before, which ran past its span
            # a date that starts in the span may run past it: "November 7, 1930" from "nov"
            match = _DATE.match(text, match.start(), min(end + _DATE_ROOM, len(text))) or match
            found.append(match)
            reached = match.end()
    return found


_DATE_ROOM = 32  # characters a date may run on past where it was looked for: "30th of September, 2024"


_FUTURE = re.compile(  # before a weekday in its clause: the day is still to come
    r"(?i:\b(?:will|shall|(?:is|are)\s+(?:set|due|scheduled|expected|going|to)|plans?\s+to|next)\b|['’]ll\b)"
    r"[^.;,]*$"
)
_DAY_RANGE = re.compile(r"\s*(?:[-–]|(?i:to|through|thru|until|till|and))\s*")  # "Monday to Wednesday"
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RELATIVE_DAY = re.compile(
    r"\b(?:(?i:today|yesterday|last\s+week|this\s+week)|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def find_relative_days(
    text: str, taken: Sequence[Quantity], reference: dt.date, offset: int = 0
) -> list[Quantity]:
    """'Tuesday', 'yesterday', 'today', 'last week' as dates, placed against `reference` (the
    article's date): a weekday is the latest such day on or before it, as news uses them, or
    the next one on or after it where its clause speaks of what is to come ("will visit on
    Friday"); the end of a range of weekdays is on or after its start ("ran from Thursday to
    Saturday", "will visit from Monday to Wednesday"); a week is an ISO week ("2023-W48")."""
    low = text.lower()
    if "day" not in low and "week" not in low:
        return []  # most sentences name no day (fast)
    found = []
    previous: tuple[int, dt.date] | None = None  # end and day of a weekday to come, for ranges
    for match in _RELATIVE_DAY.finditer(text):
        start, end = match.start() + offset, match.end() + offset
        if any(q.start < end and start < q.end for q in taken):
            continue
        word = " ".join(match.group().lower().split())
        if word in ("last week", "this week"):
            year, week, _ = (reference - dt.timedelta(days=7 if word == "last week" else 0)).isocalendar()
            found.append(_fixed(start, end, NAN, "date", f"{year}-W{week:02d}"))
            continue
        if word == "today":
            day = reference
        elif word == "yesterday":
            day = reference - dt.timedelta(days=1)
        elif previous and _DAY_RANGE.fullmatch(text, previous[0], match.start()):  # "from Monday to Friday"
            day = previous[1] + dt.timedelta(days=(_WEEKDAY_NAMES.index(word) - previous[1].weekday()) % 7)
        elif _FUTURE.search(text, max(0, match.start() - 80), match.start()):  # "will visit on Friday"
            day = reference + dt.timedelta(days=(_WEEKDAY_NAMES.index(word) - reference.weekday()) % 7)
            previous = (match.end(), day)
        else:
            day = reference - dt.timedelta(days=(reference.weekday() - _WEEKDAY_NAMES.index(word)) % 7)
            previous = (match.end(), day)  # "ran from Thursday to Saturday": the end follows its start
        found.append(_fixed(start, end, NAN, "date", day.isoformat()))
    return found


def first_full_date(text: str) -> dt.date | None:
    """The first date in `text` written with day, month and year ("2023-12-06", "March 14, 2024")."""
    for match in _dates(text):
        iso = _iso(match)
        if rx(r"\d{4}-\d\d-\d\d").fullmatch(iso):
            with contextlib.suppress(ValueError):
                return dt.date.fromisoformat(iso)
    return None


def _fixed(start: int, end: int, value: float, kind: str, date: str) -> Quantity:
    bounds = Bounds(value, value, True, True, value, value)
    return Quantity(start, end, start, end, value, bounds, "", "", kind, date)


def _elapsed(match: re.Match[str], text: str, pats: _Patterns, lexicon: Lexicon) -> Quantity:
    """'2:05:06', '1:43.37': a time taken, in seconds, as exact as its last digit."""
    hours, minutes = int(match.group("h") or 0), int(match.group("m") or match.group("mm"))
    fraction = match.group("f") or ""
    seconds = hours * 3600 + minutes * 60 + float(f"{match.group('s')}.{fraction or 0}")
    step = 10.0 ** -len(fraction)
    number = Number(match.start(), match.end(), seconds, "cardinal", step, False, False)
    draft = _Draft(number, match.start(), match.end(), kind="duration", unit="second", value=seconds)
    _qualify(draft, text, pats, lexicon)  # "about 2:05:00"
    return _finish(draft, text, lexicon)


def _vague(match: re.Match[str], text: str, pats: _Patterns, lexicon: Lexicon) -> Quantity:
    """'thousands of', 'tens of thousands', 'hundreds and hundreds': at least two of the unit;
    'several hundred', 'a few thousand': from two up to (not including) ten of it ('a couple of
    hundred': up to four); with the unit written after it ('a few million dollars')."""
    if match.group("few"):
        unit = math.prod(_FEW_SCALE[word.lower()] for word in match.group("scale").split())
        few = match.group("few").lower()
        if few.endswith("of"):  # "a couple of hundred"
            bounds = Bounds(2 * unit, 4 * unit, True, False, 2 * unit, 3 * unit)
        else:
            typical = (3 * unit, 9 * unit) if few == "several" else (2 * unit, 5 * unit)
            bounds = Bounds(2 * unit, 10 * unit, True, False, *typical)
        qualifier = "range"
    else:
        low = 2.0
        for group in rx(r"(?i)\s+of\s+").split(match.group("words")):
            low *= _VAGUE_BASE[group.split()[0].lower()]
        bounds = Bounds(low, math.inf, True, False, low, low * 5)
        qualifier = "at_least"
    millions = bounds.low >= 2e6  # "a few million pounds" is money, "several hundred pounds" a weight
    draft = _Draft(
        Number(match.start(), match.end(), bounds.low, "cardinal", 1.0, True, millions), *match.span()
    )
    if not _unit_after(draft, text, pats, lexicon):  # "several hundred years"
        of = _OF_UNIT.match(text, draft.end)
        if of:  # "hundreds of millions of dollars", "thousands of acres"
            draft.end = of.end()
            if not _unit_after(draft, text, pats, lexicon):
                draft.end = match.end()
    return Quantity(
        match.start(),
        draft.end,
        match.start(),
        match.end(),
        NAN,
        bounds,
        qualifier,
        draft.unit,
        draft.kind,
        "",
    )


def _date_value(match: re.Match[str]) -> float:
    """A date has no value to add up; a decade ("the 1960s") keeps its year, as a year alone does."""
    decade = match.group("decade")
    digits = rx(r"\d{4}").search(decade) if decade else None
    return float(digits.group()) if digits else NAN


def _iso(match: re.Match[str]) -> str:
    if match.group("decade"):
        return match.group("decade")
    if match.group("season"):
        return match.group("season")
    month = next((match.group(g) for g in ("m1", "m2", "m3", "m4", "m5") if match.group(g)), "")
    day = next((match.group(g) for g in ("d1", "d2", "d4", "d5") if match.group(g)), "")
    year = next((match.group(g) for g in ("y1", "y2", "y3", "y4", "y5") if match.group(g)), "")
    name = "".join(month.lower().split()).rstrip(".")  # "Sept.", "sept ." in tokenized copy
    month_number = MONTHS.get(name) or int(name)
    if len(year) == 2:
        year = "20" + year if int(year) < 50 else "19" + year
    year = year or "XXXX"
    if not day:
        return f"{year}-{month_number:02d}"
    return f"{year}-{month_number:02d}-{int(rx(r'[^0-9]').sub('', day)):02d}"


def _last_word(before: str) -> str:
    """The lower-case word (or symbol run) that ends `before`, without trailing '.', '#', '-'."""
    tail = before.rstrip()
    return tail.rsplit(None, 1)[-1].lower().rstrip(".#-−").lstrip("([{\"'“‘") if tail else ""


_NAME_BEFORE = re.compile(  # "Starmer, " before "61, will"; not a place: "in Texas, "
    r"(?r)(?<!\b(?i:in|at|from|across|of|to|for|near|outside|inside)\s)\b\p{Lu}[\p{Ll}’'.-]+,\s$"
)
_APPOSITION_ENDS = re.compile(r",\s+(?:\p{Ll}|\()")  # ", will become", ", of Dallas", ", a teacher"
_PERSON_WAS = re.compile(r"(?r)\b(?i:he|she)\s+(?i:was|is|turned|turns|would\s+have\s+been)\s+$")
# a sentence that opens with a name alone and "was": "Bush was " (94.)
_NAME_WAS = re.compile(r"\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?:was|turned|would\s+have\s+been)\s+")
_SENTENCE_ENDS = re.compile(r"\.\s*")  # after the figure, the sentence ends and nothing follows
_CLAUSE_ENDS = re.compile(r"\s*(?:[.;]|,\s|\s+(?i:when|and|at|in)\b)")  # "She was 96." "he was 18 when"
_NOT_NAMES = frozenset(
    ("In", "On", "At", "By", "Of", "For", "From", "To", "And", "But", "Or", "The", "Since", "Until")
)


def _is_apposed_age(number: Number, text: str, before: str) -> bool:
    """Whether a whole number is a person's age, set off by commas after a name ("Keir Starmer,
    61, will become", "Smith, 45, of Dallas"; not "In 2020, 40, ...") or said of "he" or "she"
    at the end of a clause ("She was 96.", "he was 18 when")."""
    if number.words or not 0 < number.value <= 120 or number.value != int(number.value):
        return False
    if before.endswith(", "):
        name = _NAME_BEFORE.search(before)
        return (
            name is not None
            and name.group().rstrip(", ") not in _NOT_NAMES
            and _APPOSITION_ENDS.match(text, number.end) is not None
        )
    if _PERSON_WAS.search(before):
        return _CLAUSE_ENDS.match(text, number.end) is not None
    # a name alone before "was" makes an age only of a sentence that ends there: "Bush was 94."
    return _NAME_WAS.fullmatch(before) is not None and _SENTENCE_ENDS.fullmatch(text, number.end) is not None


_AGED_RANGE = re.compile(r"(?r)(?i:\baged?\s+(?:between|from)\s+$)")
_AGE_COMPARISONS = frozenset(("under", "over", "aged", "than", "above", "below"))
_AGE_GROUP = re.compile(  # "children under " 10; after any noun, "younger than " 18
    r"(?r)(?i:\b(?:children|kids|people|adults|those|them|whom|anyone|everyone|boys|girls|babies|infants|teenagers|youngsters|"
    r"men|women|patients|residents|voters|pupils|students|victims|persons|individuals|workers|drivers|players|"
    r"respondents|participants|smokers|users|applicants)\s+(?:under|over|aged|above|below)\s+$"
    r"|\b(?:older|younger)\s+than\s+$)"
)
_SYMBOL_ENDS = frozenset("><=~≥≤+$€£¥₹₪₽₩₺₦₱₫₡₭₿¢%")


def _classify(number: Number, text: str, pats: _Patterns, lexicon: Lexicon) -> _Draft | None:
    """Kind, unit and full surface of one number, or None when it is no quantity at all."""
    before = text[max(0, number.start - 40) : number.start]
    if number.value < 0 and _PLUS_OR.search(before):
        number = replace(number, value=-number.value)
    dash = _SPACED_DASH.match(text, number.start) if number.value < 0 else None
    _, newline, line = before.rpartition("\n")  # "- 14% are undecided": a list's bullet opens its line
    bullet = dash is not None and not line.strip() and bool(newline or number.start <= 40)
    if dash and (bullet or (before[-1:].isspace() and _SPACED_DASH.search(text, number.end))):
        # a list's bullet, or a pair of dashes: "two-thirds of them - 64% - said"
        number = replace(number, start=dash.end(), value=-number.value)
    draft = _Draft(number, number.start, number.end, value=number.value)
    last = _last_word(before)  # cheap look-ups first: most figures follow no name, symbol or "aged"
    after = text[number.end : number.end + 60]
    if number.form == "ordinal":
        if last == "per" and text[number.start : number.end].lower() == "second":
            return None  # "two kilobytes per second": a unit of time
        draft.kind = "ordinal"
        return draft
    if _NOT_A_COUNT.match(after) or (
        number.words and _is_one(number, text) and (_PRONOUN_ONE.search(before) or _ONE_SUBJECT.match(after))
    ):
        return None  # "one-time", "the one you mentioned", "one can"
    if number.words and text[number.start : number.end].lower() == "one" and _EVERY_BEFORE.search(before):
        return None  # "won every one of the 24 seats": all of them, no count of one
    if _LIST_MARKER.match(after) and text.count("(", 0, number.start) <= text.count(")", 0, number.start):
        return None  # "1) explains why ...": a ")" that closes no "(", unlike "(£15 million) deal"
    name = pats.identifier_before.search(before) if last in pats.name_words else None
    if (
        name
        and not name.group()[:1].isupper()
        and (len(name.group().strip()) < 5 or "," in text[number.start : number.end])
    ):
        name = None  # "no 5", "form 3": too short to be a name in lower case; "number 4,310": a count
    if name is None and last in pats.numbered and _numbered(before, after):
        name = _NUMBERED_BEFORE.search(before)  # "in week 23", "day 40,"
    if name and not number.words:
        draft.kind = "identifier"
        draft.start = number.start - (len(before) - name.start())
        variant = _VARIANT.match(text, number.end)  # "Boeing 737-800", "Airbus A320-200"
        draft.end = variant.end() if variant else number.end
        return draft
    if not number.words and after[:1].isalpha() and not _unit_after(draft, text, pats, lexicon):
        draft.kind = "identifier"  # "4G", "13F", "11a"
        draft.end = number.end + rx(r"[\p{L}\d]*").match(after).end()
        return draft
    if draft.kind != "count":
        return draft
    if number.form == "fraction" and not number.scaled:  # not "a quarter of a million homes"
        draft.kind = "fraction"
        if not _unit_after(draft, text, pats, lexicon) and pats.article_unit is not None:
            article = pats.article_unit.match(text, draft.end)  # "half a mile", "a third of an acre"
            if article:
                draft.end = article.end()
                _unit_after(draft, text, pats, lexicon)
        return draft
    if _TIMES_AFTER.match(after):
        draft.kind = "multiplier"
        draft.end = number.end + rx(r"\s+times").match(after).end()
        return draft
    symbol_near = last in pats.currency_ends or any(c in _SYMBOL_ENDS for c in last[-2:]) or "$" in last
    currency = pats.currency_before.search(before) if symbol_near else None
    if currency:
        symbol = currency.group().rstrip("-− ").strip()
        draft.kind, draft.unit = "money", _symbol_unit(symbol, lexicon)
        draft.start = number.start - (len(before) - currency.start())
        _money_scale(draft, text)
        words = pats.currency_after.match(text, draft.end)
        if words and lexicon.currency_words[_norm(words.group())] == draft.unit:
            draft.end = words.end()
        per = _PER_SLASH.match(text, draft.end)
        if per:  # "$18.06/hour", "$80/bbl": a price per unit, the slash and unit part of the figure
            draft.end = per.end()
        return draft
    if _unit_after(draft, text, pats, lexicon):
        return draft
    if last in _AGE_COMPARISONS and _AGE_GROUP.search(before):
        draft.kind, draft.unit = "age", "year"  # "children under 10", "people over 65"
        return draft
    if last in ("between", "from") and _AGED_RANGE.search(before):
        draft.kind, draft.unit = "age", "year"  # "aged between 18 and 24"
        return draft
    age = pats.age_before.search(before) if last in pats.age_ends else None
    if age:
        draft.kind, draft.unit = "age", "year"
        draft.start = number.start - (len(before) - age.start())
        return draft
    if _is_apposed_age(number, text, before):
        draft.kind, draft.unit = "age", "year"  # "Keir Starmer, 61, will become prime minister"
        return draft
    if pats.age_after.match(text, draft.end):
        draft.kind, draft.unit = "age", "year"  # "was 30 or older" (the words stay the qualifier's)
        return draft
    if _is_year(number, text, before, lexicon):
        draft.kind, draft.date = "date", f"{int(number.value)}"
    return draft


_HALF_AFTER = re.compile(r"\s+and\s+a\s+half\b", re.IGNORECASE)  # "a mile and a half"


def _one_units(
    drafts: list[_Draft], taken: list[tuple[int, int]], text: str, pats: _Patterns, lexicon: Lexicon
) -> list[_Draft]:
    """The drafts, with one of a unit written with no figure ('a mile', 'an acre') among them.

    Not where the article means "per" after an amount ("$4 a gallon", "$80 a barrel").
    """
    assert pats.one_unit is not None
    ends = [d.end for d in drafts] + [end for _, end in taken]
    added = []
    for match in pats.one_unit.finditer(text):
        start = match.start()
        if any(a <= start < b for a, b in taken) or any(d.start <= start < d.end for d in drafts):
            continue
        if any(end <= start and not text[end:start].strip() for end in ends):
            continue
        draft = _Draft(
            Number(start, match.end(), 1.0, "cardinal", 1.0, True, False), start, match.end(), value=1.0
        )
        _unit_after(draft, text, pats, lexicon)
        half = _HALF_AFTER.match(text, draft.end)
        if half:
            draft.value, draft.end = 1.5, half.end()
            draft.number = Number(start, half.end(), 1.5, "cardinal", 0.5, True, False)
        added.append(draft)
    if not added:
        return drafts
    kept = [d for d in drafts if not any(a.start <= d.start < a.end for a in added)]  # "a half"
    return sorted([*kept, *added], key=lambda d: d.start)


def _is_one(number: Number, text: str) -> bool:
    return text[number.start : number.end].lower() == "one" and not _ONE_COUNTS.match(text, number.end)


def _norm(text: str) -> str:
    """A unit or money word as the lexicon keys it: lower case, spaces collapsed, no hyphen or
    space at either end (also after a line break: "5\n-percent")."""
    return " ".join(text.lower().split()).strip(" -")


def _symbol_unit(symbol: str, lexicon: Lexicon) -> str:
    squeezed = symbol.replace(" ", "")
    for key, unit in lexicon.currency_symbols.items():
        if key.replace(" ", "").lower() == squeezed.lower():
            return unit
    return "USD"


_PER_SLASH = rx(r"/\p{L}{1,8}\b(?!/)")  # after a sum of money: "/hour", "/hr", "/bbl", "/tonne"


def _money_scale(draft: _Draft, text: str) -> None:
    """'$5m', '$1.2b': a bare m or b after a figure in money means million or billion."""
    if draft.number.scaled:
        return
    match = rx(r"\s?(m|b|bn|mn|M|B|MM|k|K)(?![\p{L}\d])").match(text[draft.end :])
    if match:
        scale = {"m": 1e6, "mn": 1e6, "M": 1e6, "MM": 1e6, "b": 1e9, "bn": 1e9, "B": 1e9, "k": 1e3, "K": 1e3}
        factor = scale[match.group(1)]
        n = draft.number
        draft.number = Number(
            n.start, n.end + match.end(), n.value * factor, n.form, n.step * factor, False, True
        )
        draft.value = draft.number.value
        draft.end = draft.number.end


def _unit_after(draft: _Draft, text: str, pats: _Patterns, lexicon: Lexicon) -> bool:
    """Attach the unit written after the figure: money word, measure, duration, age or percent."""
    end = draft.end
    following = _NEXT_TOKEN.match(text, end)
    token = following.group(1).lower() if following else ""
    starts = pats.unit_starts
    if not any(
        token[:size] in starts and not token[size : size + 1].isalpha() for size in range(1, len(token) + 1)
    ):
        return False  # the word after the figure opens with no unit that ends there ("240 people"): no scans
    candidates = []
    money = pats.currency_after.match(text, end)
    if money:
        candidates.append((money.end(), "money", lexicon.currency_words[_norm(money.group())]))
    unit = pats.unit_after.match(text, end)
    if unit:
        written = _norm(unit.group())  # "percentage-point": the form "percentage point"
        form = lexicon.unit_forms.get(written) or lexicon.unit_forms[_norm(rx(r"[-‐]").sub(" ", written))]
        candidates.append((unit.end(), form.kind, form.unit))
    exact = pats.unit_exact.match(text, end)
    if exact and _exact_unit_fits(exact.group().strip(), draft, text, exact.end()):
        form = lexicon.unit_exact_forms[exact.group().strip()]
        candidates.append((exact.end(), form.kind, form.unit))
    if not candidates:
        return False
    stop, kind, unit_name = max(candidates, key=lambda c: c[0])
    if unit_name == "GBP" or (kind != "money" and unit_name == "pound"):
        unit_name, kind = _pounds(draft, text, stop, unit_name, kind)
    power = _POWER.match(text, stop) if kind == "measure" and "**" not in unit_name else None
    if power:  # "4 km^2", "20 m³"
        unit_name, stop = f"{unit_name} ** {_POWERS[power.group(1)]}", power.end()
    if kind == "duration":
        old = _AGE_AFTER.match(text, stop)
        if old:
            kind, stop = "age", old.end()
    draft.kind, draft.unit, draft.end = kind, unit_name, stop
    return True


def _exact_unit_fits(symbol: str, draft: _Draft, text: str, end: int) -> bool:
    """Case-sensitive symbols are units only where nothing says otherwise."""
    if symbol in _ONLY_A_UNIT:
        return True  # "the 88.4% Moreno shot": a name after it is no part of it
    if symbol == "in":  # "2 1/2 in thick", "5 ft 2 in", never "one in five"
        return bool(_INCH_CONTEXT.match(text, end) or _FEET_BEFORE.search(text, 0, draft.start))
    if symbol in ("C", "F"):  # "40C" in a sentence about heat, not "13F filing", "777F" or "F-Series"
        return (
            -90 <= draft.value <= 150
            and not _SYMBOL_CONTINUES.match(text, end)
            and (draft.value < 0 or bool(_TEMPERATURE_CUE.search(text)))  # no name is "-10C"
        )
    return not _SYMBOL_CONTINUES.match(text, end)


def _pounds(draft: _Draft, text: str, stop: int, unit: str, kind: str) -> tuple[str, str]:
    """'pounds' is money after a scale word ('5 million pounds'), with 'sterling', or in a
    sentence about money and not weight ('a minimum wage of 12.21 pounds an hour'); else weight."""
    if draft.number.scaled or rx(r"\s+sterling").match(text[stop:]):
        return "GBP", "money"
    if _MONEY_CUE.search(text) and not _WEIGHT_CUE.search(text):
        return "GBP", "money"
    return unit, kind


_MONEY_CUE = re.compile(
    r"(?i:\b(?:wages?|salar(?:y|ies)|pa(?:y|ys|id|ying)|earn\w*|tax\w*|cost\w*|price\w*|fees?|fines?|fined|budgets?|"
    r"spen[dt]\w*|income|pensions?|benefits?|allowances?|rents?|bills?|debts?|loans?|funds?|grants?|"
    r"bonus\w*|profits?|revenues?|sales|worth|afford\w*|charge[sd]?|insurance|contributions?)\b)"
)
_WEIGHT_CUE = re.compile(
    r"(?i:\b(?:weigh\w*|heav\w*|lighter|lbs?|kilos?|kg|kilograms?|ounces?|stones?|mass)\b)"
)


def _is_year(number: Number, text: str, before: str, lexicon: Lexicon) -> bool:
    value = number.value
    surface = text[number.start : number.end]
    if number.words or number.scaled or not rx(r"\d{4}").fullmatch(surface) or not 1500 <= value <= 2100:
        return False
    following = _NEXT_WORD.match(text, number.end)
    if following:
        word = following.group(1)
        plural_noun = word.islower() and (
            word in lexicon.plurals
            or (
                word.endswith("s")
                and not word.endswith(("ss", "us", "is"))  # "2020 census", "the 2008 crisis", "2010 class"
                and word not in ("was", "has", "as", "its", "this", "his", "across", "towards")
            )
        )
        if plural_noun and not _YEAR_CUE.search(before):
            return False
    return not rx(r"(?r)(?i:\b(?:than|of|about|some|around|nearly|almost|over)\s*)$").search(before) or bool(
        rx(r"(?r)(?i:\b(?:of|in)\s*)$").search(before)
    )


def _merge_shares(drafts: list[_Draft], text: str) -> list[_Draft]:
    """'one in five', 'two out of every three': a share, when the first is smaller; so is a rate
    ('23 deaths per 100,000 people', '4.6 per 1,000 live births'): a share of its round base."""
    merged: list[_Draft] = []
    i = 0
    while i < len(drafts):
        draft = drafts[i]
        if i + 1 < len(drafts) and draft.kind == "count" and drafts[i + 1].kind == "count":
            nxt = drafts[i + 1]
            share = _SHARE_OF.fullmatch(text, draft.end, nxt.start) and draft.value == int(draft.value)
            rate = nxt.value in _RATE_BASES and _RATE_OF.fullmatch(text, draft.end, nxt.start)
            if (share or rate) and 0 < draft.value < nxt.value:
                value = draft.value / nxt.value
                step = 0.0 if share else draft.number.step / nxt.value  # a rate is rounded: "5.6 per 1,000"
                number = Number(draft.start, nxt.end, value, "fraction", step, draft.number.words, False)
                merged.append(_Draft(number, draft.start, nxt.end, kind="fraction", value=value))
                i += 2
                continue
        merged.append(draft)
        i += 1
    return merged


def _merge_compounds(drafts: list[_Draft], text: str, lexicon: Lexicon) -> list[_Draft]:
    """'5 ft 2 in', '2 hours and 30 minutes': one measure in the larger unit."""
    merged: list[_Draft] = []
    for draft in drafts:
        last = merged[-1] if merged else None
        height = last is not None and _is_height_inches(last, draft, text)
        if height:
            draft.kind, draft.unit = "measure", "inch"  # "a 6-foot-2 forward": 6 feet 2 inches
        if (
            last is not None
            and last.unit
            and draft.unit
            and last.unit != draft.unit
            and last.kind == draft.kind
            and last.kind in ("measure", "duration", "age", "money")
            and not (last.kind == "money" and last.number.scaled)  # "$5 million and 50 cents a share"
            and (
                height
                or (
                    _COMPOUND_GAP.fullmatch(text, last.end, draft.start)
                    # "5 feet, 10 inches", "3 pounds, 4 ounces"; but never areas: "3 sq ft, 40 sq in"
                    and (
                        (last.kind == "measure" and "**" not in last.unit)
                        or "," not in text[last.end : draft.start]
                    )
                )
            )
        ):
            try:
                part = convert(draft.value, draft.unit, last.unit, lexicon.definitions)
            except Exception:  # pint's DimensionalityError and friends: not one measure
                part = math.nan
            if 0 < part < abs(last.value) + 1 and part < convert(
                1, last.unit, last.unit, lexicon.definitions
            ):
                n = last.number
                last.value = last.value + part
                step = convert(draft.number.step, draft.unit, last.unit, lexicon.definitions)
                if last.unit in _CALENDAR_UNITS and draft.unit not in _CALENDAR_UNITS:
                    # "66 years and 24 days": years and months of the calendar are not all as long
                    # as the average one the days are added to; a day and a half either way
                    step = max(step, convert(3, "day", last.unit, lexicon.definitions))
                last.number = Number(n.start, draft.number.end, last.value, n.form, step, n.words, n.scaled)
                last.end = draft.end
                continue
        merged.append(draft)
    return merged


_CALENDAR_UNITS = ("year", "month")


def _is_height_inches(feet: _Draft, draft: _Draft, text: str) -> bool:
    """Whether `draft` is the inches of a height written '6-foot-2'."""
    return (
        feet.unit == "foot"
        and draft.kind == "count"
        and not draft.number.words
        and draft.value in _INCHES
        and text[draft.start - 1 : draft.start] in "-‐"
        and draft.start - 1 == feet.end
        and text[feet.end - 4 : feet.end].lower() in ("foot", "feet")
    )


_INCHES = frozenset(range(1, 12))
_NUMBERED_BEFORE = re.compile(r"(?r)\b\p{L}+\s$")  # "week " before 23
_PREPOSITION_BEFORE = re.compile(
    r"(?r)\b(?i:in|on|of|by|from|to|until|till|through|since|after|before|during)\s+\p{L}+\s$"
)
_NOTHING_AFTER = re.compile(r"\s*(?:[,.;:()]|$|(?i:and|to|or|compared|against|versus)\b)")
_CAPITALIZED_BEFORE = re.compile(r"(?r)\b\p{Lu}\p{Ll}+\s$")  # "Week " before 2: written as a name


def _numbered(before: str, after: str) -> bool:
    """Whether a figure after a noun that numbers its instances is that instance's number:
    after a preposition ("in week 23"), with no word of its own after it ("week 23, when"), or
    after the noun written as a name ("Week 2 leads with 7,946 yards")."""
    return bool(
        _PREPOSITION_BEFORE.search(before)
        or _NOTHING_AFTER.match(after)
        or _CAPITALIZED_BEFORE.search(before)
    )


# before "more than", "fewer than": a share or factor compares the figure after with another one
_COMPARISON_BEFORE = re.compile(r"(?:%|\b(?i:percent|per\s+cent|percentage\s+points?|points?|times))\s*$")


_AS_AS = re.compile(r"(?i:as\s+\p{L}+\s+as)\s")
# a figure and at most one word (not a verb's past: "waited") before "over" and a duration: the span
_SPAN_OVER = re.compile(r"(?r)[\d%](?:\s+(?!\p{L}+ed\b)\p{Ll}[\p{L}-]*)?\s+(?i:over)\s+$")


def _qualify(draft: _Draft, text: str, pats: _Patterns, lexicon: Lexicon) -> None:
    if draft.kind in ("date", "time", "identifier", "ordinal") or _AS_AS.match(text, draft.start):
        return  # "(some) as young as eight" is compared already: no qualifier before it
    before = text[max(0, draft.start - 60) : draft.start]
    last = _last_word(before)
    match = pats.before.search(before) if last in pats.qualifier_ends or last[-1:] in _SYMBOL_ENDS else None
    if match and pats.particle is not None and pats.particle.search(before):
        match = None  # "handed over three hostages": the verb's particle, not "more than three"
    if match and draft.kind == "duration" and _SPAN_OVER.search(before):
        match = None  # "2,400 patients over six weeks": the span the figure came in, not "more than six"
    if match and not _COMPARISON_BEFORE.search(before, 0, match.start()):  # not "25% fewer than 400"
        draft.qualifier = _bound(match.group(), lexicon.qualifiers_before)
        draft.qualifier_start = draft.start - (len(before) - match.start())
    after = pats.after.match(text, draft.end)
    if after and not draft.qualifier:
        draft.qualifier = _bound(after.group(), lexicon.qualifiers_after)
        draft.end = after.end()
    window = text[max(0, draft.start - 30) : draft.start]
    opener = (
        _RANGE_OPENER.search(window)
        if "from" in window.lower() or "betw" in window.lower() or "range" in window.lower()
        else None
    )
    if opener:  # "between", "from", "ranging from" (a range may run high to low only after "from")
        draft.opener = " ".join(g.lower() for g in opener.group("verb", "w") if g)


# between two figures of one kind in a list: at most six words (the first's noun, verb and place),
# then a comma or "and"/"or": "about 20 men and 30 women", "an estimated 4,200 arrived and 3,100 left"
_COORDINATED = re.compile(r"(?:\s+[\p{L}’'-]+){0,6}?(?:\s*,\s*(?:(?i:and|or)\s+)?|\s+(?i:and|or)\s+)")


def _shared_approximations(drafts: list[_Draft], text: str) -> None:
    """An approximation that opens a list of figures of one kind holds for each of them: "about
    20 men and 30 women" is about 30 women too, and "an estimated 4,200 arrived and 3,100 left"
    estimates both. (An approximate figure is never read as exact: a bound is never drawn tighter.)"""
    for first, second in itertools.pairwise(drafts):
        if (
            first.qualifier == "about"
            and not second.qualifier
            and (first.kind, first.unit) == (second.kind, second.unit)
            and _COORDINATED.fullmatch(text, first.end, second.start)
        ):
            second.qualifier = "about"


def _bound(surface: str, table: Mapping[str, str]) -> str:
    """The bound type of a qualifier phrase as matched in the text."""
    key = " ".join(surface.lower().split())
    return table.get(key) or table.get(surface.strip().lower()) or table.get(surface.lower(), "")


TO_JOIN = re.compile(r"\s+to\s+", re.IGNORECASE)  # between the two figures of "from 9 to 13"
_FROM_JOIN = re.compile(
    r"\s*,?\s+(?:(?i:up|down)\s+)?(?i:from)\s+(?:(?i:a|the)\s+(?:\p{L}+\s+)?)?"
)  # ", down from"
_COMPARED_JOIN = re.compile(  # "12,400 tonnes this year, compared with " 11,200
    r"(?:\s+(?:[\p{L}’'-]+|(?:19|20)\d\d\b)){0,3}?\s*,?\s*"
    r"(?i:compared\s+(?:with|to)|versus|vs\.?)\s+(?:(?i:the|a)\s+)?"
)
_SCALED = re.compile(r"\d\s*(?i:million|billion|trillion|bn|m)\b")  # "2.21 billion": written to its scale
_SPAN_OPENS = re.compile(  # before a span of time: "in ", "over the past ", "during the first "
    r"(?r)\b(?i:in|over|during|within|across|throughout)\s+(?:(?i:the)\s+)?"
    r"(?:(?i:past|last|previous|first|next|latest)\s+)?$"
)
_SHARED_KINDS = ("measure", "age", "percent", "duration")  # not money: "$5 million to 7" is scaled
_AGE_LIST_JOIN = re.compile(r"\s*(?:,\s*(?i:and\s+)?|\s+(?i:and)\s+)")  # between two ages of a list: ", "
_BARE_ITEM_ENDS = re.compile(r"\s*(?:[,.;:)]|(?i:and|or)\b|$)")  # a list item with no noun: "41."


_FAR_APART = 100  # two figures one a hundred times the other are no two ends of one measure's change


def _share_units(drafts: list[_Draft], text: str) -> None:
    """'from 30C to 40', 'the retirement age from 62 to 64', '34 million tonnes, down from 52
    million', 'to 12.4 million tonnes from 22.4 million': a bare figure that a change or a range
    runs to or from, from a figure of a unit, is of that unit; so is the bare start of 'from 8.6
    to 9.6 tonnes'."""
    for first, second in itertools.pairwise(drafts):
        if (
            first.kind == "count"
            and not first.unit
            and second.kind in ("measure", "percent")
            and first.opener.endswith("from")
            and TO_JOIN.fullmatch(text, first.end, second.start)
        ):  # "a 6% rise in yields, from 8.6 to 9.6 tonnes per hectare": the start is of the end's unit
            first.kind, first.unit = second.kind, second.unit
            continue
        if second.kind != "count" or second.unit:
            continue
        start = second.qualifier_start if second.qualifier_start >= 0 else second.start
        if (
            first.kind == "money"
            and _SCALED.search(text, second.start, second.end)
            and _FROM_JOIN.fullmatch(text, first.end, start)
        ):  # "to 2.38 billion shillings from 2.21 billion": a sum of money of its scale
            second.kind, second.unit = first.kind, first.unit
            continue
        if (
            first.kind == "age"
            and _AGE_LIST_JOIN.fullmatch(text, first.end, start)
            and _BARE_ITEM_ENDS.match(text, second.end)
        ):  # "two men aged 19 and 53": each an age
            second.kind, second.unit = first.kind, first.unit
            continue
        if first.kind not in _SHARED_KINDS:
            continue
        if first.kind == "duration" and _SPAN_OPENS.search(text, max(0, first.start - 30), first.start):
            continue  # "rose in ten days, from 3,174 to 8,794": the span a change took, not its unit
        if _FAR_APART * min(abs(first.value), abs(second.value)) < max(abs(first.value), abs(second.value)):
            continue  # "7,289 (waiting) more than 18 months, up from 7,177": no change of one measure
        if (
            (first.opener.endswith("from") and TO_JOIN.fullmatch(text, first.end, start))
            or (first.kind != "percent" and _FROM_JOIN.fullmatch(text, first.end, start))
            or (first.kind == "measure" and _COMPARED_JOIN.fullmatch(text, first.end, start))
        ):  # but "down 70% from the 3,800 a day" is a change by a share
            second.kind, second.unit = first.kind, first.unit


def _join_ranges(drafts: list[_Draft], text: str, lexicon: Lexicon) -> list[Quantity]:
    out: list[Quantity] = []
    i = 0
    while i < len(drafts):
        draft = drafts[i]
        nxt = drafts[i + 1] if i + 1 < len(drafts) else None
        joined = _range(draft, nxt, text, lexicon) if nxt is not None else None
        if joined is not None:
            out.append(joined)
            i += 2
            continue
        out.append(_finish(draft, text, lexicon))
        i += 1
    return out


_LOWER_BOUNDS = ("above", "at_least")
_UPPER_BOUNDS = ("below", "at_most")


def _range(first: _Draft, second: _Draft, text: str, lexicon: Lexicon) -> Quantity | None:
    """One quantity for 'between 10 and 20', '10-20', 'from 10 to 20 km', 'more than 10 and less than 40'."""
    if first.kind not in _AMOUNT_KINDS or second.kind not in _AMOUNT_KINDS:
        return None
    gap = text[first.end : second.qualifier_start if second.qualifier_start >= 0 else second.start]
    if first.unit and second.unit and first.unit != second.unit:
        return None
    unit, kind = (second.unit, second.kind) if second.unit else (first.unit, first.kind)
    if first.qualifier and second.qualifier:  # two-sided bounds
        if not _BOUNDS_JOIN.fullmatch(gap):
            return None
        pair = {first.qualifier: first, second.qualifier: second}
        low = next((pair[q] for q in _LOWER_BOUNDS if q in pair), None)
        high = next((pair[q] for q in _UPPER_BOUNDS if q in pair), None)
        if low is None or high is None or low.value >= high.value:
            return None
        lq, hq = _finish(low, text, lexicon), _finish(high, text, lexicon)
        b = Bounds(
            lq.bounds.low,
            hq.bounds.high,
            lq.bounds.low_inclusive,
            hq.bounds.high_inclusive,
            lq.bounds.typical_low,
            hq.bounds.typical_high,
        )
        return Quantity(
            min(first.qualifier_start, first.start),
            second.end,
            first.number.start,
            second.number.end,
            (low.value + high.value) / 2,
            b,
            "range",
            unit,
            kind,
            "",
        )
    signed = _MINUS.match(text, second.number.start)  # the figure took the minus of "+/-"
    if not first.qualifier and (_PLUS_MINUS.fullmatch(gap) or (signed and _PLUS_OR_MINUS.fullmatch(gap))):
        return _plus_minus(first, second, unit, kind)
    if second.qualifier or not _RANGE_JOIN.fullmatch(gap):
        return None
    joiner = gap.strip(" -").lower() or "-"
    if joiner == "and" and not first.opener.endswith("between"):
        return None
    # the verb of "rose 2.4% from midyear 2006 to midyear 2007, from 745,896 to 763,800" is before the
    # years
    years = _YEARS_THEN_FROM.search(text, max(0, first.start - 60), first.start)
    reach = years.start() if years else first.start
    verbs = [*change_verbs(text, max(0, reach - 40), first.start)] if joiner in _TO_JOINERS else []
    if verbs and not _THRESHOLD_VERB.fullmatch(verbs[-1].group()):
        return None  # "rose from 10 to 20" is a change; but "could reach $30 billion to $50 billion" a range
    if joiner in _TO_JOINERS and _TOTAL_FROM.search(text, max(0, first.start - 80), first.start):
        return None  # "bringing the total from 1,000 to 1,082": a total that changed
    if joiner in ("-", "–", "—", "~") and (
        first.number.words or second.number.words or not first.value < second.value
    ):
        return None  # "3-2" is a score, "fifty-two" a number
    first_value = _shared_scale(first, second, text)
    if first_value == second.value:
        return None
    reversed_ = first_value > second.value and not (first_value < 0 and second.value < 0)
    if reversed_ and first.opener in ("", "from"):
        return None  # "a vote of 9 to 4"; but "from -18 °C to -34 °C" is a range
    # "between 500 and 400 people", "ranging from $32,000 to $30,000": a range written high end first
    qualifier = "range_reversed" if reversed_ else first.qualifier or "range"
    low, high = sorted((first_value, second.value))
    start = first.start
    opener = _RANGE_OPENER.search(text, 0, first.start) if first.opener else None
    if opener:
        start = opener.start("w")
    if first.qualifier_start >= 0:
        start = min(start, first.qualifier_start)
    widen = lexicon.settings["about_tolerance"] if first.qualifier == "about" else 0.0
    b = Bounds(low - widen * abs(low), high + widen * abs(high), True, True, low, high)
    return Quantity(
        start,
        second.end,
        first.number.start,
        second.number.end,
        (low + high) / 2,
        b,
        qualifier,
        unit,
        kind,
        "",
    )


def _shared_scale(first: _Draft, second: _Draft, text: str) -> float:
    """The first end of a range, scaled by the second's scale word when it has none of its own:
    "between 5 and 10 million" runs from 5 million, "500 to 2 million" from 500."""
    if first.number.scaled or not second.number.scaled:
        return first.value
    factor = _scale_of(second, text)
    return first.value * factor if first.value < second.value / factor else first.value


def _scale_of(draft: _Draft, text: str) -> float:
    """The factor of the scale word a scaled figure ends with: 1e6 for "4.1 million", 1e9 for "$2bn"."""
    word = _SCALE_WORD.search(text, draft.number.start, draft.number.end)
    return (SCALES.get(word.group().lower()) or SCALE_ABBREVIATIONS.get(word.group(), 1.0)) if word else 1.0


def _share_scales(drafts: list[_Draft], text: str) -> None:
    """'rose from 3.2 to 4.1 million', 'fell from $41.2 to $28.5 million': the bare start of a change
    from one figure to another that carries a scale word is of that scale, where it then comes
    within a hundredfold of the end and as written would not ('grew from 500 to 2 million' stays
    500). (A range's start is scaled as it is joined: `_shared_scale`.)"""
    for first, second in itertools.pairwise(drafts):
        if (
            first.number.scaled
            or not second.number.scaled
            or first.kind not in (second.kind, "count")
            or first.unit not in (second.unit, "")
            or not first.opener.endswith("from")
            or not TO_JOIN.fullmatch(
                text, first.end, second.qualifier_start if second.qualifier_start >= 0 else second.start
            )
        ):
            continue
        factor = _scale_of(second, text)
        start = first.number.value if math.isnan(first.value) else first.value
        low, high = sorted((abs(start * factor), abs(second.value)))
        if factor > 1 and low > 0 and high < _FAR_APART * low:
            number = first.number
            first.number = replace(
                number, value=number.value * factor, step=number.step * factor, scaled=True
            )
            first.value = start * factor


def _plus_minus(first: _Draft, second: _Draft, unit: str, kind: str) -> Quantity:
    """'2,000.45 ± 0.01 pounds', '9.8 +/- 0.2 m': the figure with its stated uncertainty."""
    spread = abs(second.value)  # "+/- 1e-5" reads its "-" as the second figure's sign
    low, high = first.value - spread, first.value + spread
    return Quantity(
        first.start,
        second.end,
        first.number.start,
        second.number.end,
        first.value,
        Bounds(low, high, True, True, low, high),
        "range",
        unit,
        kind,
        "",
    )


def _finish(draft: _Draft, text: str, lexicon: Lexicon) -> Quantity:
    number = draft.number
    value = draft.value if not math.isnan(draft.value) else number.value
    if draft.kind in ("date", "time", "identifier"):
        q = _fixed(draft.start, draft.end, value if draft.kind == "date" else NAN, draft.kind, draft.date)
        return replace(q, number_start=number.start, number_end=number.end)
    exact = (
        draft.kind in ("count", "duration", "age", "ordinal", "multiplier")
        and (number.step == 1 and value == int(value) and not number.scaled)
    ) or number.step == 0
    negative_ok = value < 0 or draft.unit in ("degC", "degF")
    floor = -math.inf if negative_ok else 0.0
    step = number.step if number.step else 0.0
    settings = lexicon.settings
    if draft.kind == "multiplier":  # "almost twice": a round figure, "nearly" of it reaches further
        settings = {**settings, "near_tolerance": settings["near_multiplier_tolerance"]}
    bounds = interval(value, step, exact, draft.qualifier or None, floor, settings)
    if draft.kind == "multiplier" and not draft.qualifier and math.isfinite(value):
        spread = settings["multiplier_tolerance"] * abs(value)  # "twice the 431" for 906
        bounds = Bounds(value - spread, value + spread, True, True, value - spread, value + spread)
    elif draft.kind == "multiplier" and draft.qualifier in ("above", "at_least"):
        bounds = replace(bounds, typical_high=math.inf)  # "more than tripled" for 4.1 times: still true
    start = min(draft.start, draft.qualifier_start) if draft.qualifier_start >= 0 else draft.start
    if draft.kind == "ordinal" and _ORDINAL_NOUN.match(text, draft.end):
        draft.end = _ORDINAL_NOUN.match(text, draft.end).end()
    return Quantity(
        start,
        draft.end,
        number.start,
        number.end,
        value,
        bounds,
        draft.qualifier,
        draft.unit,
        draft.kind,
        draft.date,
    )
