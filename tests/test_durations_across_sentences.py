"""Durations and the dates, years or clock times that bound them, as news writes them.

Each structure is specified by a consistent text that raises nothing and the same text with
one figure broken, which raises NC108; then texts where the two ends are not surely the ends of
the duration, which stay silent. The sentences are written here, in several beats.
"""

from __future__ import annotations

import datetime as dt

import pytest

import numcheck

# (structure, consistent text, broken text)
CASES = [
    (
        "a span of years and its length opening the next sentence",
        "Between 1990 and 2020, the glacier lost 41 percent of its ice. In just 30 years, it retreated "
        "two miles up the valley.",
        "Between 1990 and 2020, the glacier lost 41 percent of its ice. In just 20 years, it retreated "
        "two miles up the valley.",
    ),
    (
        "a span of years and its length opening the next sentence",
        "From 1985 to 2015, the town's population doubled to 48,000. Over those 30 years, it built "
        "nine schools.",
        "From 1985 to 2015, the town's population doubled to 48,000. Over those 40 years, it built "
        "nine schools.",
    ),
    (
        "what lasted from the year the sentence before gave to a year after it",
        "She married the painter in 1948. The marriage lasted 21 years; he died in 1969.",
        "She married the painter in 1948. The marriage lasted 25 years; he died in 1969.",
    ),
    (
        "what lasted from the year the sentence before gave to a year after it",
        "The two men formed their partnership in 1977. The partnership lasted nine years, until it "
        "was dissolved in 1986.",
        "The two men formed their partnership in 1977. The partnership lasted 19 years, until it "
        "was dissolved in 1986.",
    ),
    (
        "a duration after a date counting from the dated event of the sentence before",
        "The reporter was killed on March 3, 2022. On April 14, six weeks after his death, his "
        "colleagues marched through the capital.",
        "The reporter was killed on March 10, 2022. On April 14, six weeks after his death, his "
        "colleagues marched through the capital.",
    ),
    (
        "a duration after a date counting from the dated event of the sentence before",
        "Rebels seized the mine on Jan. 9, 2024. On Feb. 6, four weeks after the capture, the army "
        "retook it.",
        "Rebels seized the mine on Jan. 9, 2024. On March 6, four weeks after the capture, the army "
        "retook it.",
    ),
    (
        "a duration in hours between two clock times, across midnight",
        "The gauge recorded 88 mm of rain in the 7 hours from 17:00 to 00:00 UTC.",
        "The gauge recorded 88 mm of rain in the 5 hours from 17:00 to 00:00 UTC.",
    ),
    (
        "a duration in hours between two clock times",
        "Polls stayed open for 13 hours, from 7 a.m. to 8 p.m., in most counties.",
        "Polls stayed open for 11 hours, from 7 a.m. to 8 p.m., in most counties.",
    ),
]

SILENT = [
    # rounding: "about six weeks" and a duration to its unit
    "The reporter was killed on March 3, 2022. On April 12, about six weeks after his death, his "
    "colleagues marched through the capital.",
    "The reporter was killed on March 3, 2022. On April 12, six weeks after his death, his "
    "colleagues marched through the capital.",
    # a year counted from two years may be one less than their difference
    "She married the painter in 1948. The marriage lasted 20 years; he died in 1969.",
    # another event than the one the sentence before dates
    "The company listed its shares on May 2, 2023. On June 20, two weeks after the launch, the "
    "first reviews came out.",
    # another date in between
    "The reporter was killed on March 3, 2022. His trial opened on March 20. On April 14, six weeks "
    "after his death, his colleagues marched.",
    "The reporter was killed on March 3, 2022, and buried on March 10. On April 14, six weeks after "
    "his death, his colleagues marched.",
    # another year in the sentence of the length
    "Between 1990 and 2020, the glacier lost 41 percent of its ice. In 20 years before 2010, it lost "
    "a quarter.",
    # "since" and a range of ages
    "Between 1990 and 2020, the glacier lost 41 percent of its ice. Since then, 12 years of data "
    "have been lost.",
    "People aged 18 to 24 were polled. In 12 years, their views changed.",
    # the noun that lasted is not what the sentence before began
    "She was born in 1919. Her career lasted 40 years; she retired in 1985.",
    # a length that looks ahead, or counts from another point
    "Between 1990 and 2020, the glacier lost 41 percent of its ice. In 10 years, it could be gone.",
    "Between 1990 and 2020, the glacier lost 41 percent of its ice. Over the 12 years since the "
    "survey began, it thinned fastest.",
    "From 1985 to 2015, the town's population doubled. In five years, the council will build a new school.",
    # clock times of two days
    "The strike lasted 34 hours, from 7 a.m. Monday to 5 p.m. Tuesday.",
    "The strike lasted 34 hours, from 7 a.m. to 5 p.m. the next day.",
    "The flight took 13 hours, from 22:00 GMT to 14:00 local time.",
    # a 12-hour clock without a.m. or p.m.
    "Polls stayed open for 13 hours, from 7:00 to 8:00, in most counties.",
]


@pytest.mark.parametrize(("structure", "consistent", "broken"), CASES)
def test_a_consistent_text_raises_nothing(structure: str, consistent: str, broken: str) -> None:
    assert numcheck.check(consistent) == [], structure


@pytest.mark.parametrize(("structure", "consistent", "broken"), CASES)
def test_the_broken_figure_is_caught(structure: str, consistent: str, broken: str) -> None:
    assert [f.code for f in numcheck.check(broken)] == ["NC108"], structure


@pytest.mark.parametrize("text", SILENT)
def test_unsure_ends_stay_silent(text: str) -> None:
    assert [f.code for f in numcheck.check(text) if f.code == "NC108"] == []


def test_a_duration_after_an_event_of_the_users_lexicon_is_read_with_it(tmp_path):
    (tmp_path / "concepts.yaml").write_text("events:\n  married: [wed, wedding]\n")
    broken = "They wed on June 1. On July 13, eight weeks after the wedding, they moved to Lyon."
    consistent = broken.replace("eight weeks", "six weeks")
    assert numcheck.check(broken, date=dt.date(2024, 9, 1)) == []  # no such event in the shipped lexicon
    assert numcheck.check(consistent, rules=[tmp_path], date=dt.date(2024, 9, 1)) == []
    assert [f.code for f in numcheck.check(broken, rules=[tmp_path], date=dt.date(2024, 9, 1))] == ["NC108"]
