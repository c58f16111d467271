"""The sentences of issue 14, each with its numbers broken, and a consistent twin of each.

A relation a built-in check already states keeps its code (NC104 a share of its whole, NC108
a duration against its dates, NC113 an age against a birth date, NC115 a list against its
total, NC117 an average); the beats' packs add only new relations (NC230: a tally within its
chamber, in the elections pack); and each broken sentence raises one finding, never the same
relation twice.
"""

from __future__ import annotations

import pytest

import numcheck

CASES = [
    (
        "Cholera has infected 2,400 people and killed 96, a fatality rate of 6%.",
        "Cholera has infected 2,400 people and killed 96, a fatality rate of 4%.",
        "NC104",
    ),
    (
        "The bus was carrying 48 people, 41 passengers and five staff.",
        "The bus was carrying 46 people, 41 passengers and five staff.",
        "NC115",
    ),
    (
        "The measure passed 55 to 47 in the 100-seat Senate.",
        "The measure passed 55 to 43 in the 100-seat Senate.",
        "NC230",
    ),
    (
        "He has scored 30 goals in 24 games, an average of 1.6 a match.",
        "He has scored 30 goals in 24 games, an average of 1.25 a match.",
        "NC117",
    ),
    (
        "Jones, who was born on June 12, 1950, died on Aug. 2, 2024, aged 70.",
        "Jones, who was born on June 12, 1950, died on Aug. 2, 2024, aged 74.",
        "NC113",
    ),
    (
        "The walkout started on Oct. 2 and ended on Oct. 20, after 12 days.",
        "The walkout started on Oct. 2 and ended on Oct. 20, after 18 days.",
        "NC108",
    ),
]


@pytest.mark.parametrize(("broken", "consistent", "code"), CASES, ids=[c[2] for c in CASES])
def test_each_broken_sentence_raises_its_one_finding(broken: str, consistent: str, code: str):
    assert [f.code for f in numcheck.check(broken)] == [code]


@pytest.mark.parametrize(("broken", "consistent", "code"), CASES, ids=[c[2] for c in CASES])
def test_each_consistent_twin_raises_nothing(broken: str, consistent: str, code: str):
    assert numcheck.check(consistent) == []


def test_a_fatality_rate_is_read_after_two_counts_told_by_their_verbs():
    (found,) = numcheck.check("Measles has infected 1,250 children and killed 25, a death rate of 5%.")
    assert found.code == "NC104" and "25 of 1,250" in found.message


def test_dates_of_an_unknown_year_bound_a_span_of_days_across_new_year():
    assert numcheck.check("The festival ran from Dec. 28 to Jan. 3, a week of music.") == []
    (found,) = numcheck.check("The strike began on Dec. 28 and ended on Jan. 3, after 12 days.")
    assert found.code == "NC108"


def test_dates_of_an_unknown_year_are_no_span_of_years():
    text = "From June 20 to July 4, the heat killed 400 more people than in the previous five years."
    assert numcheck.check(text) == []


def test_an_age_is_read_at_the_death_beside_the_birth_not_at_the_birth_itself():
    right = "Ortiz, who was born on March 3, 1941, died on Jan. 9, 2025, aged 83."
    assert numcheck.check(right) == []
    assert [f.code for f in numcheck.check(right.replace("aged 83", "aged 80"))] == ["NC113"]
