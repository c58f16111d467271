"""Records as news writes them: a new record set against the old one it broke.

The new record links the old one (`beats`) and which way is better (`better`: +1 larger, -1
smaller), from the words ("fastest", "highest"), and NC120 checks the new beats the old. Where
the reading is not sure (ranked, tied or missed records, both ways named, more than two
figures), nothing is linked.
"""

from __future__ import annotations

import pytest

import numcheck
from tests.conftest import claim


def codes(text: str) -> list[str]:
    """The codes of the findings on `text`."""
    return [f.code for f in numcheck.check(text)]


def test_a_record_broken_links_the_old_record_and_the_way_that_is_better():
    text = "Tanaka swam 51.38 seconds, the fastest ever, breaking the meet record of 51.52 seconds."
    new, old = claim(text, "51.38 seconds"), claim(text, "51.52 seconds")
    assert (new.beats, new.better) == (old.id, -1)


def test_the_claims_table_shows_what_a_record_beats():
    table = numcheck.extract("Sales hit 4,210 units, the most ever, beating the old record of 3,980.")
    assert "beats" in table.columns
    assert table["beats"].notna().sum() == 1


@pytest.mark.parametrize(
    "text",
    [
        "Tanaka swam 51.38 seconds, the fastest ever at the pool, breaking the meet record of 51.52 seconds.",
        "The river peaked at 9.4 metres, its highest level, surpassing the previous record of 9.1 metres.",
        "The striker scored 200 goals in 240 games, the quickest in league history, beating the 256 games "
        "it took the old record holder.",
        "His 412 days aboard the station broke the Russian record of 379 days.",
        "The country had its hottest day on record when Marham reached 39.6C. The previous highest "
        "was 38.7C, set in 2019.",
        "Only 14 people died on the roads in March, the fewest for any month, eclipsing the old low of 17.",
        "The Kenyan came home in 3:31.20, inside the old meet best of 3:31.84.",
        "Passenger numbers reached a record 4.93 million, topping the previous high of 4.87 million.",
        "Thursday's 38.4 degrees beat last July's peak of 37.8 degrees.",
        "The club scored 98 goals, a league record. The previous record was 95 goals.",
        "Claims fell to a record low of 11,400, beating the previous record of 11,900.",
        "Strikes were rarer than ever: there were 212, against the previous low of 230 in 2008.",
        "In Alder, 5.2 inches of rain fell on March 3, a daily record. The mark it replaced, 4.9 inches, "
        "had stood since 1911.",
    ],
)
def test_a_record_that_beats_the_old_one_raises_nothing(text):
    assert codes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Tanaka swam 51.58 seconds, the fastest ever at the pool, breaking the meet record of 51.52 seconds.",
        "The river peaked at 8.9 metres, its highest level, surpassing the previous record of 9.1 metres.",
        "The striker scored 200 goals in 262 games, the quickest in league history, beating the 256 games "
        "it took the old record holder.",
        "His 352 days aboard the station broke the Russian record of 379 days.",
        "The country had its hottest day on record when Marham reached 37.6C. The previous highest "
        "was 38.7C, set in 2019.",
        "Only 19 people died on the roads in March, the fewest for any month, eclipsing the old low of 17.",
        "The Kenyan came home in 3:32.10, inside the old meet best of 3:31.84.",
        "Passenger numbers reached a record 4.82 million, topping the previous high of 4.87 million.",
        "Thursday's 37.4 degrees beat last July's peak of 37.8 degrees.",
        "The club scored 93 goals, a league record. The previous record was 95 goals.",
        "Claims fell to a record low of 12,400, beating the previous record of 11,900.",
        "Strikes were rarer than ever: there were 242, against the previous low of 230 in 2008.",
        "In Alder, 5.2 inches of rain fell on March 3, a daily record. The mark it replaced, 5.6 inches, "
        "had stood since 1911.",
    ],
)
def test_a_record_that_does_not_beat_the_old_one_is_caught(text):
    assert codes(text) == ["NC120"]


def test_a_tie_does_not_beat_the_old_record():
    assert codes("Sales hit 3,980 units, the most ever, beating the old record of 3,980.") == ["NC120"]


@pytest.mark.parametrize(
    "text",
    [
        # ranked, tied or near records
        "The river peaked at 8.9 metres, its second-highest, under the previous record of 9.1 metres.",
        "Rainfall of 88mm was a near-record, beating the previous highest of 91mm for a day in June.",
        "She ran 10.61 seconds, a record-equalling time, beating the old record of 10.61 seconds.",
        "He ran 10.71 seconds, one of the fastest times, beating the meet record of 10.65 seconds.",
        # which way is better is not said
        "Overnight the city fell to a record low of 4C, breaking the previous record low of 3C.",
        "The market closed at 2,150 points, breaking the record of 2,310 set in 2007.",
        # more than two figures of the measure: whose record?
        "Kiprop won in 2:05:10 ahead of Bekele in 2:06:40, breaking the course record of 2:05:43.",
        "Ito swam 51.58 seconds and Park 51.61, the fastest ever, beating the record of 51.52 seconds.",
        # another figure's record, or words of both ways
        "The hottest day was 31C while the coldest night beat the previous lowest of 2C.",
    ],
)
def test_an_unsure_record_is_left_alone(text):
    assert "NC120" not in codes(text)


def test_the_highest_since_a_time_links_the_figure_of_that_time():
    text = "The jobless rate rose to 9.4% in May, the highest since 2009, when it reached 9.8%."
    figure, then = claim(text, "9.4%"), claim(text, "9.8%")
    assert (figure.since, figure.better) == (then.id, 1)
    assert "since" in numcheck.extract(text).columns


@pytest.mark.parametrize(
    "text",
    [
        "Average rents reached $2,140 in June. That is the highest level since 2008, when they stood "
        "at $2,090.",
        "Attendance fell to 41,200. Crowds are now at their lowest since 1996, when the average was 43,500.",
    ],
)
def test_a_sentence_that_opens_on_the_figure_before_is_the_highest_since_of_it(text):
    assert codes(text) == ["NC122"]


@pytest.mark.parametrize(
    "text",
    [
        # a ranked figure, and words that name no way, are left alone
        "Output rose to 5.2 million tonnes, the second-highest since 2011, when it reached 4.9 million "
        "tonnes.",
        "Growth slowed to 0.4%, the weakest since 2012, when the economy shrank 0.3%.",
        # the figure of that time is in the clause after "when", not after it
        "Sales hit 9,800 units, the most since 2015, when the plant opened; it made 12,000 in 2019.",
        # two figures after "when", and a magnitude, name no one figure of that time
        "The storm killed 30 people. It was the deadliest since 2016, when two storms killed 27 people.",
        "The quake killed 30 people. It was the deadliest since 1960, when a magnitude 5.8 quake struck.",
    ],
)
def test_highest_since_stays_silent_where_it_is_unsure(text):
    assert "NC122" not in codes(text)
