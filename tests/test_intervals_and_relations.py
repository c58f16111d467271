"""Interval arithmetic and the relation language."""

from __future__ import annotations

import math

import pytest

from numcheck.engine.expressions import ExpressionError, evaluate, names, parse, render
from numcheck.engine.intervals import Interval, describe, possible

INF = math.inf


def test_sums_of_intervals_keep_open_ends():
    total = Interval(240, INF, False, False) + Interval.point(10)
    assert (total.low, total.low_inclusive, total.high) == (250, False, INF)


def test_products_and_quotients():
    assert Interval(2.5, 3.5) * Interval.point(110) == Interval(275, 385)
    assert Interval.point(100) / Interval(0, 10) == Interval(-INF, INF, False, False)


@pytest.mark.parametrize(
    ("left", "comparator", "right", "expected"),
    [
        (Interval(180, 220), ">=", Interval.point(248), False),
        (Interval(240, INF, False, False), ">=", Interval.point(248), True),
        (Interval(240, INF, False, False), "<=", Interval.point(240), False),
        (Interval(15, INF), "<=", Interval(240, INF, False, False), True),
        (Interval.point(22), "<=", Interval.point(18), False),
        (Interval(39.5, 40.5, True, False), "==", Interval.point(40), True),
        (Interval(39.5, 40.5, True, False), "==", Interval.point(40.5), False),
        (Interval.point(3), "!=", Interval.point(3), False),
        (Interval.point(3), "<", Interval.point(3), False),
        # ten-digit sums of money a unit apart overlap: the float tolerance is no width
        (
            Interval(9807191246.5, 9807191247.5, True, False),
            "==",
            Interval(9807191246, 9807191248, True, False),
            True,
        ),
        (
            Interval(9807191247.5, 9807191248.5, True, False),
            "==",
            Interval(9807191246.5, 9807191247.5, True, False),
            False,
        ),
    ],
)
def test_possible(left, comparator, right, expected):
    assert possible(left, comparator, right) is expected


def test_describe_reads_like_a_reporter():
    assert describe(Interval(180, 220)) == "180-220"
    assert describe(Interval(240, INF, False, False)) == "more than 240"
    assert describe(Interval(15, INF)) == "at least 15"
    assert describe(Interval.point(1248)) == "1,248"
    assert describe(Interval(29_543_475_000, 29_930_000_000)) == "29.5435 billion-29.93 billion"
    assert describe(Interval.point(1_200_110)) == "1.20011 million"  # still not "1.2 million"


def test_a_range_too_narrow_to_show_reads_as_one_figure():
    assert describe(Interval(17.4990, 17.5019)) == "17.5"  # never "17.5-17.5"


def test_a_relation_parses_into_a_tree_and_evaluates_over_intervals():
    relation = parse("taken >= released + held")
    assert names(relation) == ["taken", "released", "held"]
    values = {"released": Interval.point(110), "held": Interval.point(138)}
    assert evaluate(relation.right, values.__getitem__, values.__getitem__) == Interval.point(248)
    assert render(relation.right, lambda n: n) == "released + held"


def test_functions_and_precedence():
    relation = parse("approx(turnout, 0.02) == 100 * cast / registered")
    values = {
        "turnout": Interval.point(49),
        "cast": Interval.point(9800),
        "registered": Interval.point(20000),
    }
    left = evaluate(relation.left, values.__getitem__, values.__getitem__)
    right = evaluate(relation.right, values.__getitem__, values.__getitem__)
    assert left.low < 49 < left.high and right == Interval.point(49)
    assert render(parse("a - (b + c) <= d").left, lambda n: n) == "a - (b + c)"


@pytest.mark.parametrize(
    ("text", "column"),
    [("taken >=", 7), ("taken >= released +* held", 20), ("x = 3", 3), ("a > b > c", 7), ("eval(x) > 1", 1)],
)
def test_what_is_not_a_relation_is_refused_with_a_column(text, column):
    with pytest.raises(ExpressionError) as error:
        parse(text)
    assert error.value.column == column
