"""From a written number and its qualifier to strict and typical intervals.

Job: the claim model's arithmetic (DESIGN.md, README "Qualifiers and bounds"). The strict
interval is what the words guarantee; the typical one is what a reader takes them to mean.
Each is (low, high) with inclusive or exclusive ends. The qualifier table in
rules/qualifiers.yaml maps phrases to the bound types below; its settings are the
tolerances, shares of the figure.

- rounding: a figure written with a scale word or decimals stands for the interval it rounds
  from: "1.2 million" -> [1.15e6, 1.25e6). A whole count ("138") is exact. A comparison
  ("more than", "up to") bounds the figure as written, not its rounding.
- roundness: the step of the last non-zero digit (10 for 240, 1,000 for 16,000); it sets how
  far "more than" or "about" reaches in the typical reading.

Limits: pure; knows nothing of text.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

INF = math.inf


@dataclass(frozen=True, slots=True)
class Bounds:
    low: float
    high: float
    low_inclusive: bool
    high_inclusive: bool
    typical_low: float
    typical_high: float


def roundness(value: float, step: float) -> float:
    """The step of the last significant digit of a written figure (at least its own step)."""
    magnitude = abs(value)
    if magnitude == 0 or not math.isfinite(magnitude):
        return max(step, 1.0)
    unit = max(step, 1.0) if step else 1.0
    if magnitude != int(magnitude) or magnitude < unit:
        return step or 0.0
    place = unit
    while magnitude % (place * 10) == 0 and place * 10 <= magnitude:
        place *= 10
    return place


_FIVES_FROM = 10  # a whole figure from here up that is a multiple of five may be rounded to five
_SCALES = (1.0, 1e3, 1e6, 1e9, 1e12)  # the steps of whole numbers, of thousands, of millions ...


def interval(
    value: float, step: float, exact: bool, bound: str | None, floor: float, settings: Mapping[str, float]
) -> Bounds:
    """Strict and typical bounds of `value` as written, under qualifier `bound`.

    step: rounding unit of what was written; exact: a whole count with no rounding;
    floor: the least value the kind allows (0 for counts, -inf for temperatures).
    """
    half = 0.0 if exact else step / 2
    exact_float = not half and value and type(value) is float  # held once, not as lo and hi
    lo, hi = (value, value) if exact_float else (value - half, value + half)
    size = abs(value)
    grain = roundness(value, step)

    def reach(share: float) -> float:
        return max(grain, share * size, half)

    about = max(settings["about_tolerance"] * size, half)
    # typically the rounding of a round figure ("about 1,200": 1,150-1,250); a whole number of
    # its scale written to its last unit that is a multiple of five from 10 up ("about 75%",
    # "about $85 billion") is taken as rounded to five; one written to its last unit otherwise
    # ("about 253", "about 90.6%"), a hundredth of it, but at least one unit
    whole = grain == max(step, 1.0) and grain in _SCALES
    fives = whole and size / grain >= _FIVES_FROM and size / grain % 5 == 0
    about_grain = 5.0 * grain if fives else grain
    about_typical = max(half, min(about, about_grain / 2 if about_grain > 1 else max(1.0, 0.01 * size)))
    near = max(settings["near_tolerance"] * size, half)
    # A comparison bounds the figure as written: "more than 1.2 million" is more than 1,200,000.
    if bound == "above":
        return Bounds(value, INF, False, False, value, value + reach(settings["over_tolerance"]))
    if bound == "at_least":
        return Bounds(value, INF, True, False, value, value + reach(settings["at_least_tolerance"]))
    if bound == "below":
        return Bounds(
            floor, value, True, False, max(floor, value - reach(settings["under_tolerance"])), value
        )
    if bound == "at_most":
        return Bounds(floor, value, True, True, max(floor, value - reach(settings["under_tolerance"])), value)
    if bound == "about":
        return Bounds(
            max(floor, value - about),
            value + about,
            True,
            True,
            max(floor, value - about_typical),
            value + about_typical,
        )
    if bound == "nearly":  # short of N as written: "nearly 177%" admits 177.06%, which rounds to 177
        low = max(floor, value - near)
        return Bounds(low, value + half, True, False, low, value + half)
    if bound == "just_over":
        return Bounds(value, value + near, False, True, value, value + near)
    return Bounds(lo, hi, True, half == 0, lo, hi)
