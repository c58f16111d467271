"""Reading numbers as written in news copy."""

from __future__ import annotations

import pytest

import numcheck
from numcheck.read.numbers import find_numbers


def values(text: str) -> list[tuple[str, float]]:
    return [(text[n.start : n.end], round(n.value, 6)) for n in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry counted 1,200 dead.", [("1,200", 1200)]),
        ("More than 16,000 people have died.", [("16,000", 16000)]),
        ("The rate fell to 3.5 in March.", [("3.5", 3.5)]),
        ("A crowd of 40 000 gathered.", [("40 000", 40000)]),
        ("Two soldiers were wounded.", [("Two", 2)]),
        ("Seven more soldiers were killed.", [("Seven", 7)]),
        ("Twenty-one people were rescued.", [("Twenty-one", 21)]),
        ("A hundred homes were destroyed.", [("A hundred", 100)]),
        ("Hamas freed one hundred and ten hostages.", [("one hundred and ten", 110)]),
        ("It will cost two thousand five hundred dollars.", [("two thousand five hundred", 2500)]),
        ("The ministry said 1.2 million people fled.", [("1.2 million", 1.2e6)]),
        ("The firm raised 3bn last year.", [("3bn", 3e9)]),
        ("It booked a $12 billion one-time gain.", [("12 billion", 1.2e10), ("one", 1)]),
        ("I count 3 hundred and one.", [("3 hundred and one", 301)]),
        ("The race drew 40k runners.", [("40k", 40000)]),
        ("About half a million people were displaced.", [("half a million", 5e5)]),
        ("Nearly two thirds of voters agreed.", [("two thirds", 0.666667)]),
        ("Three-quarters of the city lost power.", [("Three-quarters", 0.75)]),
        ("A third of the budget went to defence.", [("A third", 0.333333)]),
        ("Turnout was 2/3 of the register.", [("2/3", 0.666667)]),
        ("The door is 2 1/2 in thick.", [("2 1/2", 2.5)]),
        ("His lawyers asked for no more than 6-1/2 years.", [("6-1/2", 6.5)]),
        ("Exports rose for a fifth straight month.", [("a fifth", 5)]),
        ("Temperatures fell to -5 overnight.", [("-5", -5)]),
        ("Half a dozen schools closed.", [("Half a dozen", 6)]),
        ("The 21st victim was named.", [("21st", 21)]),
        ("She finished twenty-first in the race.", [("twenty-first", 21)]),
    ],
)
def test_numbers_as_written(text, expected):
    assert values(text) == expected


def test_rounding_step_of_a_scaled_figure():
    (number,) = find_numbers("1.2 million")
    assert number.step == pytest.approx(1e5)
    assert number.scaled


def test_a_whole_count_is_exact():
    (number,) = find_numbers("138 hostages")
    assert number.step == 1 and not number.scaled


def test_two_numbers_joined_by_and_stay_apart_when_they_cannot_form_one():
    assert values("3 hundred and 2 hundred were counted") == [("3 hundred", 300), ("2 hundred", 200)]


def test_a_range_written_with_a_hyphen_is_two_numbers_here():
    assert values("10-20 people") == [("10", 10), ("20", 20)]


def test_scientific_notation():
    assert values("a factor of 1.3e6 and 6.23x10^-4") == [("1.3e6", 1.3e6), ("6.23x10^-4", 0.000623)]


def test_year_quarter_is_no_fraction():
    assert values("in the 1988 third quarter") == [("1988", 1988), ("third", 3)]


def test_a_decimal_written_without_its_leading_zero():
    assert values("a decline of .38 percent, a levy of .5227 per $1,000") == [
        (".38", 0.38),
        (".5227", 0.5227),
        ("1,000", 1000),
    ]


def test_two_years_joined_by_a_slash_are_a_season_not_a_fraction():
    assert values("in the 2018/2019 season, a quarter of 1/40") == [
        ("2018", 2018),
        ("2019", 2019),
        ("a quarter", 0.25),
        ("1/40", 0.025),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The account showed a balance of -1,000 at the close.", -1000.0),
        ("Payrolls were revised to −12,500 from a first estimate of 3,000.", -12500.0),
        ("The fund reported a net flow of -1,234.5 million.", -1234.5e6),
    ],
)
def test_a_negative_figure_with_thousands_separators_keeps_its_sign(text, value):
    assert value in numcheck.extract(text)["value"].tolist()
