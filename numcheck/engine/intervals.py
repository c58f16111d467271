"""Interval arithmetic with open and closed ends, for checking relations between claims.

Job: add, subtract, multiply and divide intervals, take their floor, ceiling, absolute value,
least and most, widen them by a share or an amount, and say whether a comparison between two
intervals can hold for any values they contain ("impossible" is what numcheck reports).
Ends may be infinite; an end is inclusive or exclusive.

Limits: pure. Products and quotients keep an end exclusive only when an exclusive end made
it, and a divisor that spans zero gives the whole line (numcheck then finds nothing, which
is the safe side). No rounding of floats beyond a relative 1e-9 in comparisons.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

INF = math.inf
_EPS = 1e-9
_TOUCH = 1e-12  # two ends this close (relative) are one point: the noise of a few float operations


@dataclass(frozen=True)
class Interval:
    low: float
    high: float
    low_inclusive: bool = True
    high_inclusive: bool = True

    @staticmethod
    def point(value: float) -> Interval:
        return Interval(value, value)

    def __add__(self, other: Interval) -> Interval:
        return Interval(
            self.low + other.low,
            self.high + other.high,
            self.low_inclusive and other.low_inclusive,
            self.high_inclusive and other.high_inclusive,
        )

    def __neg__(self) -> Interval:
        return Interval(-self.high, -self.low, self.high_inclusive, self.low_inclusive)

    def __sub__(self, other: Interval) -> Interval:
        return self + (-other)

    def __mul__(self, other: Interval) -> Interval:
        ends = [
            (_times(a, b), ai and bi)
            for a, ai in ((self.low, self.low_inclusive), (self.high, self.high_inclusive))
            for b, bi in ((other.low, other.low_inclusive), (other.high, other.high_inclusive))
        ]
        low = min(e[0] for e in ends)
        high = max(e[0] for e in ends)
        return Interval(low, high, any(i for v, i in ends if v == low), any(i for v, i in ends if v == high))

    def __truediv__(self, other: Interval) -> Interval:
        if other.low <= 0 <= other.high:
            return Interval(-INF, INF, False, False)
        inverse = Interval(
            1 / other.high if other.high else INF,
            1 / other.low if other.low else INF,
            other.high_inclusive,
            other.low_inclusive,
        )
        return self * inverse

    def widen(self, share: float) -> Interval:
        """Each end moved outwards by `share` of its own size: approx(x, 0.05)."""
        return Interval(self.low - abs(self.low) * share, self.high + abs(self.high) * share, True, True)

    def pad(self, amount: float) -> Interval:
        """Each end moved outwards by `amount`: a tolerance of 2 around 'about 10' is 8-12."""
        return Interval(self.low - amount, self.high + amount, True, True)

    def floor(self) -> Interval:
        """The whole numbers at or below the values: floor of (5, 6) is 5-5, of [5, 6] is 5-6."""
        high = math.floor(self.high) if math.isfinite(self.high) else self.high
        if not self.high_inclusive and high == self.high:
            high -= 1  # below 6, never 6: its floor is 5 at most
        low = math.floor(self.low) if math.isfinite(self.low) else self.low
        return Interval(low, max(low, high))

    def ceil(self) -> Interval:
        """The whole numbers at or above the values: ceiling of (5, 6] is 6-6."""
        low = math.ceil(self.low) if math.isfinite(self.low) else self.low
        if not self.low_inclusive and low == self.low:
            low += 1  # above 5, never 5: its ceiling is 6 at least
        high = math.ceil(self.high) if math.isfinite(self.high) else self.high
        return Interval(min(low, high), high)

    def __abs__(self) -> Interval:
        if self.low >= 0:
            return self
        if self.high <= 0:
            return -self
        if -self.low > self.high:
            return Interval(0.0, -self.low, True, self.low_inclusive)
        if self.high > -self.low:
            return Interval(0.0, self.high, True, self.high_inclusive)
        return Interval(0.0, self.high, True, self.high_inclusive or self.low_inclusive)

    def least(self, other: Interval) -> Interval:
        """min(x, y) for x in this interval and y in the other."""
        low = min((self.low, not self.low_inclusive), (other.low, not other.low_inclusive))
        high = min((self.high, self.high_inclusive), (other.high, other.high_inclusive))
        return Interval(low[0], high[0], not low[1], high[1])

    def most(self, other: Interval) -> Interval:
        """max(x, y) for x in this interval and y in the other."""
        return -((-self).least(-other))

    def __str__(self) -> str:
        return describe(self)


def _times(a: float, b: float) -> float:
    if a == 0 or b == 0:
        return 0.0
    return a * b


def _above(a: float, b: float) -> bool:
    """a > b beyond floating-point noise."""
    if math.isinf(a) or math.isinf(b):
        return a > b
    return a - b > _EPS * max(1.0, abs(a), abs(b))


def _same(a: float, b: float) -> bool:
    return not _above(a, b) and not _above(b, a)


def can_be_at_most(a: Interval, b: Interval) -> bool:
    """Some x in a and y in b with x <= y. Ends that meet only within noise of the arithmetic
    (`_TOUCH`, far finer than `_EPS`: "$9,807,191,246.5" and "$9,807,191,248" do not meet) count as
    meeting, and then both must be inclusive."""
    if _above(a.low, b.high):
        return False
    touching = a.low == b.high or (
        math.isfinite(a.low - b.high) and abs(a.low - b.high) <= _TOUCH * max(1.0, abs(a.low), abs(b.high))
    )
    return not (touching and not (a.low_inclusive and b.high_inclusive))


def can_be_less(a: Interval, b: Interval) -> bool:
    """Some x in a and y in b with x < y."""
    return _above(b.high, a.low)


def can_be_equal(a: Interval, b: Interval) -> bool:
    return can_be_at_most(a, b) and can_be_at_most(b, a)


def possible(a: Interval, comparator: str, b: Interval) -> bool:
    """Whether `a comparator b` holds for some values in the intervals."""
    if comparator == "<=":
        return can_be_at_most(a, b)
    if comparator == ">=":
        return can_be_at_most(b, a)
    if comparator == "<":
        return can_be_less(a, b)
    if comparator == ">":
        return can_be_less(b, a)
    if comparator == "==":
        return can_be_equal(a, b)
    if comparator == "!=":
        return not (_same(a.low, a.high) and _same(b.low, b.high) and _same(a.low, b.low))
    raise ValueError(f"unknown comparator {comparator!r}")


_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def _figure(value: float) -> str:
    """A figure as a reporter writes it: '248', '1,200', '2.5', '29.5435 billion' (six
    significant digits at most, so that two figures that differ still read differently)."""
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    for scale, word in _SCALES:
        if abs(value) >= scale:
            return f"{value / scale:,.6g} {word}"
    if value == int(value):
        return f"{int(value):,}"
    digits = len(str(int(abs(value))))  # keep every whole digit: '33,603.1', never '3.36e+04'
    return f"{value:,.{max(4, digits + 1)}g}"


def describe(interval: Interval) -> str:
    """'248', '180-220', 'more than 240', 'at least 15', 'less than 500'."""
    low, high = interval.low, interval.high
    if _same(low, high) or _figure(low) == _figure(high):  # never '17.5-17.5'
        return _figure(low)
    if math.isinf(high) and not math.isinf(low):
        return f"{'at least' if interval.low_inclusive else 'more than'} {_figure(low)}"
    if math.isinf(low) and not math.isinf(high):
        return f"{'at most' if interval.high_inclusive else 'less than'} {_figure(high)}"
    return f"{_figure(low)}-{_figure(high)}"
