"""Numbers as written: find every number in a piece of text and read its value.

Job: turn the surface forms of numbers into values, with the precision they were written at.
Handles digits with thousands separators ("1,200", "1 200", "40 000"), decimals, signs,
scientific notation ("1.3e6", "6.23x10^-4"), number words ("seven", "twenty-one",
"one hundred and ten", "a hundred"), scale words and abbreviations ("1.2 million", "3bn",
"40k", "322 hundred", "13 lakh"), dozens, fractions ("half", "a third", "three-quarters",
"2/3", "2 1/2", "½", "one in five"), spoken decimals ("two point five") and ordinals
("21st", "twenty-first").

Limits: English only. It knows nothing of what a number counts or qualifies (units, dates
and qualifiers are the job of `quantities`); a scale abbreviation glued to digits ("5m")
is read as a scale only where `quantities` says the context is money. A number past any float
("8e545", or a run of scale words: "million billion million ...") is no number. Pure: no I/O.
"""

from __future__ import annotations

import functools
import math
import re as stdlib_re
from dataclasses import dataclass
from fractions import Fraction
from typing import NamedTuple

from numcheck.read import lazy_regex as re
from numcheck.read.rx import rx

UNITS = {
    "zero": 0,
    "nought": 0,
    "naught": 0,
    "nil": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}
# Scale abbreviations written after digits ("40k", "3bn", "10 bln", "1MM").
SCALE_ABBREVIATIONS = {
    "k": 1e3,
    "K": 1e3,
    "thousand": 1e3,
    "M": 1e6,
    "MM": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "mil": 1e6,
    "m": 1e6,
    "b": 1e9,
    "B": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "G": 1e9,
    "tn": 1e12,
    "tln": 1e12,
    "T": 1e12,
    "trn": 1e12,
}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "nineth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
    "thousandth": 1e3,
    "millionth": 1e6,
    "billionth": 1e9,
    "trillionth": 1e12,
}
# Denominators: ordinal words in the plural, plus the fraction-only words.
DENOMINATORS = {
    **{word + "s": value for word, value in ORDINALS.items() if word not in ("first", "second")},
    "half": 2,
    "halves": 2,
    "quarter": 4,
    "quarters": 4,
}
VULGAR = {
    "½": Fraction(1, 2),
    "⅓": Fraction(1, 3),
    "⅔": Fraction(2, 3),
    "¼": Fraction(1, 4),
    "¾": Fraction(3, 4),
    "⅕": Fraction(1, 5),
    "⅖": Fraction(2, 5),
    "⅗": Fraction(3, 5),
    "⅘": Fraction(4, 5),
    "⅙": Fraction(1, 6),
    "⅚": Fraction(5, 6),
    "⅛": Fraction(1, 8),
    "⅜": Fraction(3, 8),
    "⅝": Fraction(5, 8),
    "⅞": Fraction(7, 8),
    "⅐": Fraction(1, 7),
    "⅑": Fraction(1, 9),
    "⅒": Fraction(1, 10),
}
NEGATORS = ("minus", "negative")


@dataclass(frozen=True, slots=True)
class Number:
    """One number found in a text."""

    start: int  # character offset of the first character, into the text searched
    end: int  # offset one past the last character
    value: float
    form: str  # "cardinal", "fraction" (a share: "half", "2/3") or "ordinal"
    step: float  # the rounding unit of what was written: 1 for "138", 1e5 for "1.2 million"
    words: bool  # spelled out in words (at least in part)
    scaled: bool  # carries a scale word or abbreviation ("million", "bn", "k")


def _alternation(words: object) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))  # type: ignore[call-overload]


_SEP = r"[ \u00a0\u202f]"
_DIGITS = (
    r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)"  # 1,234,567.89
    r"|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?!\d)"  # 12,34,567.89 (Indian grouping)
    rf"|\d{{1,3}}(?:{_SEP}\d{{3}})+(?:\.\d+)?(?!\d)"  # 1 234 567, 40 000
    r"|\d+\.\d+(?!\d|\.\d)|\.\d+|\d+)"
)
_EXPONENT = r"(?:[eE][-+−]?\d+(?![\w])|\s?[x×]\s?10(?:\^[-+−]?|[-−])\d+)"
_WORD_VOCAB = (
    set(UNITS)
    | set(TENS)
    | set(SCALES)
    | set(ORDINALS)
    | set(DENOMINATORS)
    | {"hundred", "hundreds", "dozen", "dozens", "dz", "dzs", "doz", "dozs"}
)
_NUMBER_WORD = rf"(?:{_alternation(_WORD_VOCAB)})"
_TOKEN = re.compile(
    rf"(?P<digits>(?:(?<![\d)\]%]\s*)(?<![A-Za-z])[-−]\s?(?=[\d.]))?"
    # after a short capitalized prefix only in thousands or with a scale: "Sh456,080,148", "RM84,000",
    # "Sh576.73 billion" (a currency the unit lexicon may name), never "MH17" or "A380"
    rf"(?:(?<![\w.,]|\d[.,])|(?<=(?<!\w)\p{{Lu}}\p{{L}}{{0,2}}\.?)(?=\d{{1,3}}(?:,\d{{3}})+(?!\d|,\d)|\d+(?:\.\d+)?\s?(?i:million|billion|trillion|bn|m|crores?|lakhs?)\b))"
    rf"{_DIGITS}{_EXPONENT}?)"
    rf"|(?P<vulgar>[{''.join(VULGAR)}])"
    rf"|(?P<word>\b(?i:{_NUMBER_WORD}|and|a|an|point|minus|negative|of)\b)"
    r"|(?P<hyphen>\s+[-‐–]\s+(?!\d)|[-‐–]\s*)"
    r"|(?P<space>\s+)"
    r"|(?P<other>[^\s\d\p{L}\-‐–.,]+|\p{L}+|.)",
    re.DOTALL,
)


class _Tok(NamedTuple):
    """One token of a stretch that may hold a number (a tuple: the hot path makes many)."""

    kind: str  # digits | vulgar | word | hyphen | space | other
    text: str
    start: int
    end: int
    low: str  # text in lower case


def _digit_value(text: str) -> tuple[float, float]:
    """Value and rounding step of a digit string ("1,234.5" -> 1234.5, 0.1)."""
    body = regex_sub_spaces(text).replace("−", "-")
    exponent = 0
    match = rx(r"[eE]([-+]?\d+)$|[x×]10\^?([-+]?\d+)$").search(body)
    if match:
        exponent = int(match.group(1) or match.group(2))
        body = body[: match.start()]
    if rx(r"[-+]?(?:\d{1,3}(,\d{3})+(\.\d+)?|\d{1,2}(,\d{2})+,\d{3}(\.\d+)?)").fullmatch(body):
        body = body.replace(",", "")  # with its sign: "-1,000", "−12,500"
    decimals = len(body.split(".", 1)[1]) if "." in body else 0
    # through the float parser, which gives inf or 0 where 10 ** exponent would overflow ("8e545")
    return float(f"{body}e{exponent}"), float(f"1e{exponent - decimals}")


def regex_sub_spaces(text: str) -> str:
    return rx(r"[\s\u00a0\u202f]").sub("", text)


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    return [
        _Tok(m.lastgroup or "other", m.group(), m.start(), m.end(), m.group().lower())
        for m in _TOKEN.finditer(text, start, end)
    ]


class _Reader:
    """Reads one number from a token list, starting at a given index."""

    def __init__(self, toks: list[_Tok]):
        self.toks = toks

    def kind_at(self, i: int) -> str:
        return self.toks[i].kind if 0 <= i < len(self.toks) else "end"

    def next_content(self, i: int, allow_hyphen: bool = True) -> int:
        """Index of the next digits/word/vulgar token after i, skipping one separator."""
        j = i + 1
        if self.kind_at(j) == "space" or (allow_hyphen and self.kind_at(j) == "hyphen"):
            j += 1
        return j if self.kind_at(j) in ("digits", "word", "vulgar") else -1

    def read(self, i: int) -> tuple[Number, int] | None:
        """Read the number starting at token i; return it and the index of its last token."""
        toks = self.toks
        tok = toks[i]
        sign = 1.0
        start_i = i
        if tok.kind == "word" and tok.low in NEGATORS:
            j = self.next_content(i, allow_hyphen=False)
            if j < 0 or (toks[j].kind == "word" and toks[j].low in ("and", "a", "an", "point", "of")):
                return None
            sign, i = -1.0, j
            tok = toks[i]
        result = self._cardinal(i)
        if result is None:
            return self._lone_word(start_i, i, sign)
        value, step, last, words, scaled, state = result
        form = "cardinal"
        # A fraction or ordinal word right after the cardinal.
        j = self.next_content(last)
        if j > 0 and toks[j].kind == "word":
            word = toks[j].low
            if word in ORDINALS and state.could_extend(ORDINALS[word]) and state.compound():
                return self._number(start_i, j, sign * (value + ORDINALS[word]), "ordinal", 1, True, scaled)
            small = value < 100 and (words or value <= 10)  # "three fifths", not "1988 third quarter"
            single = state.simple_numerator() and value == 1  # "a third", "one quarter"
            if small and (
                (word in DENOMINATORS and word not in ("half", "quarter"))
                or (word in ORDINALS and word not in ("first", "second") and single)
                or (word in ("half", "quarter") and single)
            ):
                denominator = DENOMINATORS.get(word) or ORDINALS[word]
                value, last, form, words = value / denominator, j, "fraction", True
                step = 0.0
                value, last, scaled = self._scale_after_fraction(value, last, scaled)
        # "and a half", "and three quarters", "point five"
        j = self.next_content(last, allow_hyphen=False)
        if j > 0 and toks[j].low == "and" and form == "cardinal":
            extra = self._fraction_tail(j)
            if extra is not None:
                frac, last = extra
                scaled_frac, last, scaled_here = self._scale_after_fraction(frac, last, False)
                if not scaled_here and state.ends_with_scale:
                    scaled_frac = frac * state.last_scale
                value, step, scaled = value + scaled_frac, 0.0, scaled or scaled_here
        elif j > 0 and toks[j].low == "point" and words:
            tail = self._spoken_decimals(j)
            if tail is not None:
                frac, last, places = tail
                value, step = value + frac, 10.0**-places
        return self._number(start_i, last, sign * value, form, step, words, scaled)

    def _lone_word(self, first: int, i: int, sign: float) -> tuple[Number, int] | None:
        """'half', 'half a million', 'quarter million', 'first', 'tenth' on their own."""
        word = self.toks[i].low
        if word in ("half", "quarter"):
            value, last, scaled = self._scale_after_fraction(0.5 if word == "half" else 0.25, i, False)
            if word == "quarter" and last == i:
                return None
            return self._number(
                first, last, sign * value, "cardinal" if scaled else "fraction", 0.0, True, scaled
            )
        if word in ORDINALS and sign > 0:
            return self._number(first, i, float(ORDINALS[word]), "ordinal", 1, True, False)
        return None

    def _number(
        self, first: int, last: int, value: float, form: str, step: float, words: bool, scaled: bool
    ) -> tuple[Number, int]:
        toks = self.toks
        return Number(toks[first].start, toks[last].end, value, form, step, words, scaled), last

    def _scale_after_fraction(self, value: float, last: int, scaled: bool) -> tuple[float, int, bool]:
        """'half million', 'two thirds of a million', 'half a dozen'."""
        toks = self.toks
        j = self.next_content(last, allow_hyphen=False)
        probe = j
        while probe > 0 and toks[probe].low in ("of", "a", "an"):
            probe = self.next_content(probe, allow_hyphen=False)
        if probe > 0 and toks[probe].kind == "word":
            word = toks[probe].low
            if word in SCALES or word == "hundred":
                return value * (SCALES.get(word) or 100), probe, True
            if word in ("dozen", "dz", "doz"):
                return value * 12, probe, scaled
        return value, last, scaled

    def _fraction_tail(self, and_i: int) -> tuple[float, int] | None:
        toks = self.toks
        j = self.next_content(and_i, allow_hyphen=False)
        if j < 0 or toks[j].kind != "word":
            return None
        numerator = 1.0
        if toks[j].low not in ("a", "an", "one"):
            if toks[j].low not in UNITS:
                return None
            numerator = float(UNITS[toks[j].low])
        k = self.next_content(j)
        if k < 0 or (toks[k].low not in DENOMINATORS and toks[k].low not in ORDINALS):
            return None
        word = toks[k].low
        if word in ("first", "second"):
            return None
        return numerator / (DENOMINATORS.get(word) or ORDINALS[word]), k

    def _spoken_decimals(self, point_i: int) -> tuple[float, int, int] | None:
        toks = self.toks
        digits = ""
        last = point_i
        j = self.next_content(point_i, allow_hyphen=False)
        while j > 0 and toks[j].kind == "word" and toks[j].low in UNITS and UNITS[toks[j].low] < 10:
            digits += str(UNITS[toks[j].low])
            last = j
            j = self.next_content(j, allow_hyphen=False)
        if not digits and j > 0 and toks[j].low in TENS:
            value = TENS[toks[j].low]
            last = j
            k = self.next_content(j)
            if k > 0 and toks[k].low in UNITS and UNITS[toks[k].low] < 10:
                value += UNITS[toks[k].low]
                last = k
            digits = str(value)
        if not digits:
            return None
        return float("0." + digits), last, len(digits)

    def _cardinal(self, i: int) -> tuple[float, float, int, bool, bool, _State] | None:
        toks = self.toks
        state = _State()
        last = -1
        j = i
        words = False
        scaled = False
        step = 1.0
        while 0 <= j < len(toks):
            tok = toks[j]
            low = tok.low
            accepted = False
            if tok.kind == "digits":
                value, step_here = _digit_value(tok.text)
                if not math.isfinite(value) or (not state.empty() and not state.can_take_digits(value)):
                    break  # "8e545" is no number a float can hold
                step = step_here if state.empty() else 1.0
                state.take_digits(value)
                accepted = True
            elif tok.kind == "vulgar":
                if state.empty():
                    state.b, state.full = float(VULGAR[tok.text]), True
                    accepted, step = state.took(), 0.0
                elif state.b < 10 and not state.has_fraction:
                    state.b += float(VULGAR[tok.text])
                    state.has_fraction, accepted, step = True, True, 0.0
            elif tok.kind == "word":
                if low in ("a", "an"):
                    k = self.next_content(j, allow_hyphen=False)
                    if (
                        state.empty()
                        and k > 0
                        and toks[k].low
                        in (
                            *SCALES,
                            "hundred",
                            "dozen",
                            "half",
                            "quarter",
                            "third",
                            *[w for w in ORDINALS if w not in ("first", "second")],
                        )
                    ):
                        state.b, state.a_article = 1.0, True
                        accepted = True
                elif low in UNITS:
                    accepted = state.take_small(UNITS[low])
                    step = 1.0
                elif low in TENS:
                    accepted = state.take_tens(TENS[low])
                    step = 1.0
                elif low == "hundred" or low in SCALES:
                    scale = SCALES.get(low, 100.0)
                    first_scale = state.total == 0 and state.h is None
                    accepted = state.take_hundred() if low == "hundred" else state.take_scale(scale)
                    # The rounding a scale word implies: "1.2 million" to 0.1 million, "75 million" to
                    # a million, "1.5 thousand" to a hundred; "two hundred", "3,000" stay exact.
                    if accepted and scale >= 1e6:
                        step, scaled = (step if first_scale and state.from_digits else 1.0) * scale, True
                    elif accepted:
                        step = step * scale if step < 1 and first_scale else 1.0
                elif low in ("dozen", "dozens", "dz", "dzs", "doz", "dozs"):
                    accepted = state.take_dozen()
            if not accepted:
                break
            words = words or tok.kind == "word"  # "1999 of" is written in digits
            last = j
            # Continue over one separator and an optional "and".
            k = self.next_content(j)
            joined = k > 0 and toks[k].low == "and"
            if joined:
                k2 = self.next_content(k, allow_hyphen=False)
                if k2 > 0 and self._and_continues(state, toks[k2], toks, k2):
                    k = k2
                else:
                    break
            if k < 0:
                break
            if toks[k].kind == "digits" and toks[j].kind == "digits":
                break
            if (
                not joined
                and state.from_digits
                and toks[k].kind == "word"
                and (toks[k].low in UNITS or toks[k].low in TENS)
            ):
                break  # "$12 billion one-time gain": number words go on from digits only after "and"
            if toks[j + 1].kind == "hyphen" and (toks[k].kind == "digits" or toks[j].kind == "digits"):
                break  # "10-20" is a range, not one number
            j = k
        if last < 0 or state.empty():
            return None
        if state.a_article and last == i:
            k = self.next_content(i, allow_hyphen=False)
            word = toks[k].low if k > 0 else ""
            if word not in DENOMINATORS and word not in ORDINALS:
                return None
        value = state.value()
        return value, step, last, words, scaled, state

    @staticmethod
    def _and_continues(state: _State, tok: _Tok, toks: list[_Tok], k: int) -> bool:
        low = tok.low
        if state.decimals_step:
            return False  # "1.2 million and two": a rounded figure takes no more parts
        if tok.kind == "digits":
            if k + 1 < len(toks) and toks[k + 1].kind in ("word", "other") and toks[k + 1].text.isalpha():
                return False  # "3bn", "2nd": glued letters make it a number of its own
            after = k + 2 if k + 2 < len(toks) and toks[k + 1].kind == "space" else -1
            if after > 0 and toks[after].low in ("hundred", *SCALES):
                return False  # "3 hundred and 2 hundred": two numbers
            if state.from_digits and state.last_scale >= 1000:
                return False  # "$5 million and 50 cents": a sum of money and another
            return state.group_empty_below_hundred() and not state.full
        if low in UNITS:
            return state.can_take_small(UNITS[low]) and state.has_scale_or_hundred()
        if low in TENS:
            return not state.b_tens and not state.b_units and state.has_scale_or_hundred()
        return False


class _State:
    """Accumulates a cardinal: total of finished scale groups, hundreds and the rest."""

    def __init__(self) -> None:
        self.total = 0.0
        self.h: float | None = None
        self.b = 0.0
        self.b_tens = False
        self.b_units = False
        self.full = False  # the below-hundred slot was filled by digits
        self.from_digits = False
        self.decimals_step = False
        self.last_scale = 0.0
        self.ends_with_scale = False
        self.a_article = False
        self.has_fraction = False
        self.taken = 0

    def empty(self) -> bool:
        return self.taken == 0 and not self.a_article

    def can_take_digits(self, value: float) -> bool:
        """'4 thousand 3 hundred and 21': digits fill a place a scale word left open."""
        if not self.group_empty_below_hundred() or self.full or value != int(value):
            return False
        limit = 100.0 if self.h is not None else self.last_scale
        return self.has_scale_or_hundred() and value < limit

    def group_empty_below_hundred(self) -> bool:
        return self.b == 0 and not self.b_tens and not self.b_units

    def has_scale_or_hundred(self) -> bool:
        return self.total > 0 or self.h is not None

    def compound(self) -> bool:
        return self.has_scale_or_hundred() or (self.b_tens and not self.b_units)

    def simple_numerator(self) -> bool:
        return not self.has_scale_or_hundred() or self.a_article

    def value(self) -> float:
        return self.total + (self.h or 0) * 100 + self.b

    def could_extend(self, small: float) -> bool:
        if small >= 100:
            return False
        if small >= 20:
            return not self.b_tens and not self.b_units and not self.full
        return self.can_take_small(small)

    def can_take_small(self, small: float) -> bool:
        if self.full or self.b_units:
            return False
        return not (self.b_tens and small >= 10)

    def took(self) -> bool:
        self.taken += 1
        self.ends_with_scale = False
        return True

    def take_digits(self, value: float) -> None:
        self.b, self.full, self.from_digits = self.b + value, True, self.taken == 0
        self.decimals_step = value != int(value)
        self.b_tens = self.b_units = True
        self.took()

    def take_small(self, small: int) -> bool:
        if self.a_article and self.taken == 0:
            return False
        if not self.can_take_small(small):
            return False
        self.b += small
        if small >= 10 or self.b_tens:
            self.b_tens = True
        self.b_units = True
        return self.took()

    def take_tens(self, tens: int) -> bool:
        if self.b_tens or self.b_units or self.full or (self.a_article and self.taken == 0):
            return False
        self.b += tens
        self.b_tens = True
        return self.took()

    def take_hundred(self) -> bool:
        if self.h is not None:
            return False
        self.h = self.b if self.b else 1.0
        self.b, self.b_tens, self.b_units, self.full = 0.0, False, False, False
        self.a_article = False
        self.took()
        self.last_scale, self.ends_with_scale = 100.0, True
        return True

    def take_scale(self, scale: float) -> bool:
        group = (self.h or 0) * 100 + self.b
        if group == 0 and self.total == 0:
            return False
        if self.last_scale and scale >= self.last_scale and self.last_scale > 100:
            self.total = (self.total + group) * scale  # "three lakh crore"
        else:
            self.total += (group or 1) * scale
        self.h, self.b, self.b_tens, self.b_units, self.full = None, 0.0, False, False, False
        self.a_article = False
        self.took()
        self.last_scale, self.ends_with_scale = scale, True
        return True

    def take_dozen(self) -> bool:
        if self.empty():
            return False
        self.b = (self.b or 1.0) * 12
        self.b_tens = self.b_units = True
        return self.took()


_FIGURES = stdlib_re.compile(rf"\d+|[{''.join(VULGAR)}]")
_LETTERS = stdlib_re.compile(r"[a-z]+")
_VOCAB = frozenset(_WORD_VOCAB)


@functools.lru_cache(maxsize=4096)
def _words_pattern(words: frozenset[str]) -> stdlib_re.Pattern[str]:
    return stdlib_re.compile(r"\b(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\b")


def _anchors(text: str) -> list[tuple[int, int]]:
    """Where figures and number words stand (set look-ups and C scans: the hot path)."""
    spans = [m.span() for m in _FIGURES.finditer(text)]
    low = text.lower()
    words = _VOCAB.intersection(_LETTERS.findall(low))
    if words:
        spans.extend(m.span() for m in _words_pattern(frozenset(words)).finditer(low))
        spans.sort()
    return spans


# may open a number: a word, a sign, or the point of a decimal written without its 0 (".38 percent")
_PREFIX = re.compile(r"(?r)(?:(?i:\b(?:an?|minus|negative|half|the)\s+)|[-−+]\s?|(?<![\w.,])\.)$")
_WINDOW_GAP = 14  # characters of other text that end a stretch which may hold one number


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of `text` that may hold numbers: around digits and number words, a word either side."""
    windows: list[tuple[int, int]] = []
    for anchor_start, anchor_end in _anchors(text):
        start = anchor_start
        prefix = _PREFIX.search(text, max(0, start - 12), start)
        if prefix:
            start = prefix.start()
        end = anchor_end + 1
        if windows and start <= windows[-1][1] + _WINDOW_GAP:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def find_numbers(text: str) -> list[Number]:
    """Every number in `text`, left to right, as the longest reading at each place."""
    found: list[Number] = []
    for start, end in _windows(text):
        toks = _tokens(text, start, end)
        reader = _Reader(toks)
        i = 0
        while i < len(toks):
            tok = toks[i]
            if tok.kind in ("digits", "word", "vulgar"):
                hit = reader.read(i)
                if hit is not None:
                    number = _extend(_standalone(hit[0], text), text)
                    if not math.isinf(number.value):  # "million billion million ...": past any float
                        found.append(number)
                    while i < len(toks) and toks[i].start < number.end:
                        i += 1
                    continue
            i += 1
    return found


_SCALE_SUFFIX = re.compile(r"(?:\s?)(MM|mln|mil|mn|bn|bln|tn|tln|trn|[kKMBT]|m|b)(?![\w'’])")
_MONEY_BEFORE = re.compile(r"(?r)(?:[$€£¥₹₪]|US\$|[A-Z]{3}\s?|(?<!\w)\p{Lu}\p{Ll}{1,2}\.?)\s?$")  # "Sh859bn"


def _extend(number: Number, text: str) -> Number:
    """Digit fractions ('2 1/2', '6-1/2'), scale abbreviations ('40k', '$5m') and digit ordinals ('21st')."""
    if number.words:
        return number
    fraction = _SLASH_FRACTION.match(text, number.start)
    if fraction and text[number.start - 1 : number.start] != "/" and fraction.end() > number.end:
        whole, num, den = fraction.group(1), int(fraction.group(2)), int(fraction.group(3))
        seasons = _YEARS[0] <= num and den <= _YEARS[1]  # "the 2018/2019 season" is no fraction
        if (
            0 < num < den and (den in _FRACTION_DENOMINATORS or den > 31) and not seasons
        ):  # "3/4", "1/40"; never "9/11"
            value = (int(whole) if whole else 0) + num / den
            sign = -1.0 if number.value < 0 or text[number.start] in "-−" else 1.0
            return Number(number.start, fraction.end(), sign * value, "fraction", 0.0, False, False)
    ordinal = digit_ordinal(text[number.start :])
    if ordinal and number.form == "cardinal" and number.value == int(number.value):
        return Number(number.start, number.start + ordinal.end(), number.value, "ordinal", 1, False, False)
    suffix = _SCALE_SUFFIX.match(text, number.end)
    if suffix and not number.scaled:
        letters = suffix.group(1)
        counted = letters == "m" and _COUNTED_AFTER_M.match(text, suffix.end(), suffix.end() + 40)
        if letters in ("m", "b") and not counted and not _MONEY_BEFORE.search(text, 0, number.start):
            return number  # "a 400m race", "3m deep"; but "2.5m people" is 2.5 million
        if letters in ("M", "B", "T", "k", "K") and suffix.group().startswith(" ") and letters != "k":
            return number
        scale = SCALE_ABBREVIATIONS[letters]
        return Number(
            number.start, suffix.end(), number.value * scale, number.form, number.step * scale, False, True
        )
    return number


# Nouns that make a bare "m" after a figure mean million ("2.5m people", "5m homes"), not metres.
_COUNTED_AFTER_M = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:people|persons|residents|voters|users|customers|households|homes|children|adults|"
    r"jobs|workers|viewers|subscribers|passengers|visitors|tourists|migrants|refugees|members|followers|"
    r"downloads|copies|vehicles|cars|doses|tests|cases|deaths|patients|pupils|students|tickets|votes|"
    r"shares|barrels|tonnes|tons|acres|hectares)\b"
)
_ARTICLE_ORDINAL = stdlib_re.compile(r"(?:a|an)\s+(\w+)")
# Words that make "a fifth" an ordinal: "rose for a fifth straight month", "a third term".
_ORDINAL_NOUN_AFTER = stdlib_re.compile(
    r"\s+(?:straight|consecutive|successive|time|term|round|year|month|week|day|night|quarter|place|wave|"
    r"game|match|season|attempt|generation|title|victory|win|defeat|loss|child|film|album|book)\b",
    stdlib_re.IGNORECASE,
)
_FRACTION_DENOMINATORS = frozenset((2, 3, 4, 5, 6, 8, 10, 16, 32, 64, 100))
_YEARS = (1800, 2199)  # two years joined by a slash name a season or a span: "2018/2019"
_SLASH_FRACTION = re.compile(r"[-−]?\s?(?:(\d+)(?:\s+|-))?(\d+)\s?/\s?(\d+)(?![/\d])")  # "2 1/2", "6-1/2"


def _standalone(number: Number, text: str) -> Number:
    """A bare 'half', 'a third' reads as a share; words like 'first' as ordinals, and so does 'a
    fifth' before a word of order ('a fifth straight month', 'a third term')."""
    surface = text[number.start : number.end].lower()
    article = _ARTICLE_ORDINAL.fullmatch(surface)
    if number.form == "fraction" and article and _ORDINAL_NOUN_AFTER.match(text, number.end):
        return Number(number.start, number.end, float(ORDINALS[article.group(1)]), "ordinal", 1, True, False)
    if number.form == "cardinal" and surface in ORDINALS:
        return Number(number.start, number.end, float(ORDINALS[surface]), "ordinal", 1, True, False)
    if number.form == "cardinal" and surface in ("half", "quarter"):
        value = 0.5 if surface == "half" else 0.25
        return Number(number.start, number.end, value, "fraction", 0.0, True, False)
    return number


def digit_ordinal(text: str) -> re.Match[str] | None:
    """'21st', '2nd', '4th' at the start of `text`."""
    return rx(r"(?i:(\d{1,3}(?:,\d{3})*|\d+)(?:st|nd|rd|th)\b)").match(text)
