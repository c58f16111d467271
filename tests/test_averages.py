"""Averages as news writes them (NC117): an average agrees with the total and the count it
divides, or with the list it averages.

Each structure is specified by a consistent text that raises nothing and the same text with
one figure broken, which raises NC117; then the texts whose average is of something else,
which must raise nothing; then the links the claims table shows.
"""

from __future__ import annotations

import pytest

import numcheck

# (structure, consistent text, broken text)
CASES = [
    (
        "'X in N Ys, an average of A a Y'",
        "Okafor has scored 27 goals in 18 games this season, an average of 1.5 a match.",
        "Okafor has scored 27 goals in 18 games this season, an average of 1.8 a match.",
    ),
    (
        "'an average of A' with nothing named after it",
        "The Hawks scored 312 runs in 12 innings, an average of 26.",
        "The Hawks scored 312 runs in 12 innings, an average of 31.",
    ),
    (
        "'averaging A Ys a Y'",
        "She has taken 44 wickets in 11 matches, averaging four wickets per match.",
        "She has taken 44 wickets in 11 matches, averaging six wickets per match.",
    ),
    (
        "a span of months, per day: a month is 28 to 31 days",
        "Coastguards recorded 7,300 crossings in the first four months, or about 60 a day.",
        "Coastguards recorded 7,300 crossings in the first four months, or about 75 a day.",
    ),
    (
        "'over N weeks' is the span, not more than N weeks",
        "The clinic treated 1,470 patients over seven weeks, or roughly 30 per day.",
        "The clinic treated 1,470 patients over seven weeks, or roughly 40 per day.",
    ),
    (
        "trading sessions per day",
        "The Nikkei has lost 1,850 points in five sessions, about 370 points a day.",
        "The Nikkei has lost 1,850 points in five sessions, about 470 points a day.",
    ),
    (
        "a sum of money over months, per month",
        "The fund paid out $1.8 million over 12 months, or $150,000 a month.",
        "The fund paid out $1.8 million over 12 months, or $250,000 a month.",
    ),
    (
        "'a daily average of'",
        "Border agents stopped 4,900 people in seven days, a daily average of 700.",
        "Border agents stopped 4,900 people in seven days, a daily average of 900.",
    ),
    (
        "a list of months and its average",
        "Hiring slowed to 151,000, 122,000 and 98,000 jobs over the quarter, an average of 123,667 a month.",
        "Hiring slowed to 151,000, 122,000 and 98,000 jobs over the quarter, an average of 133,667 a month.",
    ),
    (
        "a list of named months and its average",
        "Payrolls grew by 205,000 in July, 167,000 in August and 214,000 in September, averaging 195,333.",
        "Payrolls grew by 205,000 in July, 167,000 in August and 214,000 in September, averaging 215,333.",
    ),
    (
        "a list, then 'the three-month average'",
        "Employers added 205,000 jobs in July, 167,000 in August and 214,000 in September, "
        "bringing the three-month average to 195,333.",
        "Employers added 205,000 jobs in July, 167,000 in August and 214,000 in September, "
        "bringing the three-month average to 175,333.",
    ),
    (
        "a sentence opening 'That is an average of' divides the figures of the one before",
        "The hospital admitted 2,190 flu patients in the first six weeks of the year. That is an "
        "average of about 52 a day.",
        "The hospital admitted 2,190 flu patients in the first six weeks of the year. That is an "
        "average of about 62 a day.",
    ),
]


@pytest.mark.parametrize(("structure", "consistent", "broken"), CASES)
def test_a_consistent_average_raises_nothing(structure, consistent, broken):
    assert numcheck.check(consistent) == [], structure


@pytest.mark.parametrize(("structure", "consistent", "broken"), CASES)
def test_the_broken_average_is_caught(structure, consistent, broken):
    assert [f.code for f in numcheck.check(broken)] == ["NC117"], structure


def test_an_average_the_words_allow_only_in_logic_is_a_warning():
    # 60 a day over four months is 58.9-65.2 with months of 28 to 31 days, but 59.96 at 30.44
    text = "Coastguards recorded 7,300 crossings in the first four months, or 64 a day."
    assert [(f.code, f.severity) for f in numcheck.check(text)] == [("NC117", "warning")]


def test_an_average_may_be_cut_off_at_its_last_digit():
    # 392,000 / 3 is 130,666.7: written as 130,666 or 130,667, never as 130,665
    written = "Hiring came in at 138,000, 174,000 and 80,000 jobs, an average of {} a month."
    assert numcheck.check(written.format("130,666")) == []
    assert numcheck.check(written.format("130,667")) == []
    assert [f.code for f in numcheck.check(written.format("130,665"))] == ["NC117"]


def test_a_round_average_may_be_rounded_to_two_figures():
    text = "Patrols intercepted 9,150 migrants in the first five months, or 60 a day."
    assert numcheck.check(text) == []


# averages of something other than the figures beside them: silence
SILENT = [
    (
        "two figures listed under one span",
        "He had 20 goals and 10 assists in 24 games, an average of 1.25 a game.",
    ),
    (
        "a part's average named by its whole",
        "Diaz scored 30 of the team's 60 goals in 24 games, an average of 1.25.",
    ),
    ("another person's average", "Diaz scored 30 goals in 24 games and Silva averaged 0.8."),
    ("an average over a span of its own", "He has 31 points in 12 games, averaging 22 this season."),
    (
        "a rate per another figure",
        "The outbreak killed 30 people in 24 days, an average of one every 19 hours.",
    ),
    (
        "a rate as the total",
        "The club spends $4 million a season in 12 countries, or $1 million per country.",
    ),
    ("per something the count does not count", "Smith scored 30 goals in 24 games, or 0.4 a shot."),
    (
        "a span per an item, not a unit of time",
        "Officials counted 9,150 arrivals in five months, or 60 a boat.",
    ),
    ("no cue and nothing per", "The firm sold 30 cars in 24 states, 12 of them electric."),
    ("an average of another noun", "Smith scored 30 goals in 24 games, an average of 4.5 shots a game."),
    ("a list without 'and'", "Job gains were 138,000, 174,000, 80,000, an average of 100,000."),
    (
        "a list whose span counts other items",
        "The two months brought 138,000, 174,000 and 80,000 jobs, an average of 130,667 a month.",
    ),
    ("a running average", "He scored twice in three games, bringing his season average to 1.1."),
    (
        "a list with a total between it and the average",
        "Gains of 138,000, 174,000 and 80,000 made 392,000, an average of 100,000.",
    ),
]


@pytest.mark.parametrize(("case", "text"), SILENT)
def test_an_average_of_other_figures_raises_nothing(case, text):
    assert numcheck.check(text) == [], case


def _row(table, text):
    return table[table["text"] == text].iloc[0]


def test_the_table_links_an_average_to_its_total_and_count():
    table = numcheck.extract("Okafor has scored 27 goals in 18 games, an average of 1.5 a match.")
    average = _row(table, "an average of 1.5")
    assert (average["average_of"], average["per_count"], average["per"]) == (
        _row(table, "27")["id"],
        _row(table, "18")["id"],
        "match",
    )


def test_the_table_names_the_unit_of_time_an_average_is_per():
    table = numcheck.extract(
        "Coastguards recorded 7,300 crossings in the first four months, or about 60 a day."
    )
    average = _row(table, "about 60")
    assert (average["per_count"], average["per"]) == (_row(table, "four months")["id"], "day")


def test_the_table_links_each_item_of_a_list_to_its_average():
    table = numcheck.extract(
        "Hiring came in at 138,000, 174,000 and 80,000 jobs, an average of 130,667 a month."
    )
    average_id = _row(table, "an average of 130,667")["id"]
    assert [_row(table, t)["averaged_in"] for t in ("138,000", "174,000", "80,000")] == [average_id] * 3


def test_a_duration_after_a_figure_and_over_is_the_span_it_came_in():
    table = numcheck.extract("The clinic treated 1,470 patients over seven weeks.")
    span = _row(table, "seven weeks")
    assert (span["low"], span["high"], span["qualifier"]) == (7, 7, "")


def test_a_duration_after_a_verb_and_over_is_more_than_it():
    table = numcheck.extract("About 300 waited over six hours.")
    assert _row(table, "over six hours")["qualifier"] == "above"


def test_bringing_an_average_to_a_figure_is_no_running_total():
    table = numcheck.extract(
        "Employers added 205,000 jobs in July, 167,000 in August and 214,000 in September, "
        "bringing the three-month average to 195,333."
    )
    assert table["total_of"].isna().all()
