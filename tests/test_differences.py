"""Differences between two figures as news states them: leads, margins, shortfalls, swings, and
increments beside the ends of their total.

A gap between two figures links the difference to both (`larger`, `smaller`) and is checked by
NC118; a gap that is a change over time is read as a change (`change_from`, `change_to`,
`direction`) and checked by NC105. Where the reading is not sure, nothing is linked.
"""

from __future__ import annotations

import pytest

import numcheck
from tests.conftest import claim, claims_of, run_cli


def codes(text: str) -> list[str]:
    """The codes of the findings on `text`."""
    return [f.code for f in numcheck.check(text)]


def test_a_lead_after_a_split_links_the_higher_and_the_lower_side():
    text = "Ortiz leads Whitfield 49 percent to 42 percent among likely voters, a 7-point lead."
    lead, high, low = claim(text, "7"), claim(text, "49 percent"), claim(text, "42 percent")
    assert (lead.larger, lead.smaller) == (high.id, low.id)


def test_a_lead_between_two_shares_is_in_percentage_points_rounded_like_them():
    lead = claim("Ortiz leads Whitfield 49% to 42%, a 7-point lead.", "7")
    assert (lead.kind, lead.unit, lead.low, lead.high) == ("percent", "percentage_point", 6.5, 7.5)


def test_a_lead_the_rounded_shares_allow_raises_nothing():
    assert codes("Ortiz leads Whitfield 49% to 42%, an 8-point lead.") == []


def test_a_lead_the_shares_cannot_give_is_caught():
    assert codes("Ortiz leads Whitfield 49% to 42%, a 9-point lead.") == ["NC118"]


def test_a_lead_before_the_split_after_by_is_checked():
    assert codes("Ortiz leads Whitfield by 7 percentage points, 49% to 42%.") == []
    assert codes("Ortiz leads Whitfield by 12 points, 49% to 42%.") == ["NC118"]


def test_a_lead_named_before_the_split_with_its_group_is_checked():
    assert codes("Ruiz holds a 22-point lead among Latino voters, 58% to 36%.") == []
    assert codes("Ruiz holds a 12-point lead among Latino voters, 58% to 36%.") == ["NC118"]


def test_the_margin_of_a_vote_is_its_ayes_less_its_noes():
    assert codes("The council voted 27 to 14 to approve the stadium deal, a margin of 13 votes.") == []
    assert codes("The council voted 27 to 14 to approve the stadium deal, a margin of 11 votes.") == ["NC118"]


def test_the_majority_of_a_division_is_its_margin():
    assert codes("The Bundestag voted 394 to 287 for the bill, a majority of 117.") == ["NC118"]


def test_a_partys_majority_of_seats_is_no_margin_between_two_sides():
    text = "Labour won 412 seats to the Conservatives' 121, a majority of 174."
    assert claim(text, "174").larger is None
    assert codes(text) == []


def test_a_majority_needed_is_no_margin():
    assert codes("The House passed the bill 220-207, with a majority of 218 needed.") == []


def test_a_margin_of_error_is_no_margin_between_two_shares():
    assert codes("Smith leads 48% to 44%, a 3-point margin of error.") == []


def test_a_split_of_three_gives_no_two_sides_to_a_lead():
    assert codes("Smith led 40% to 37% to 25%, a 3-point lead.") == []


def test_a_score_beaten_by_is_a_margin():
    assert codes("The Celtics beat the Knicks by 12 points, 110-98.") == []
    assert codes("The Celtics beat the Knicks by 14 points, 110-98.") == ["NC118"]


def test_a_figure_after_by_with_no_unit_is_no_margin():
    text = "The bill was approved by 60 senators, 60 to 40."
    assert claims_of(text)[0].larger is None
    assert codes(text) == []


def test_short_of_makes_the_reference_the_larger():
    text = "The striker ended the season with 31 league goals, two short of the club record of 33."
    gap, record, goals = claim(text, "two"), claim(text, "33"), claim(text, "31")
    assert (gap.larger, gap.smaller) == (record.id, goals.id)


def test_a_shortfall_the_figures_cannot_give_is_caught():
    assert codes(
        "The striker ended the season with 31 league goals, four short of the club record of 33."
    ) == ["NC118"]


def test_a_shortfall_in_degrees_is_a_difference_of_temperatures():
    assert (
        codes(
            "The thermometer at Marble Bar reached 49.1C on Tuesday, 1.6C short of the state record of 50.7C."
        )
        == []
    )
    assert codes(
        "The thermometer at Marble Bar reached 49.1C on Tuesday, 2.6C short of the state record of 50.7C."
    ) == ["NC118"]


def test_falling_short_is_no_fall():
    text = (
        "The heat peaked at 49.1C, a record for May that falls just 1.6C short of the all-time high, 50.7C."
    )
    gap = claim(text, "1.6C")
    assert gap.direction == 0 and gap.larger == claim(text, "50.7C").id


def test_ahead_of_and_behind_read_the_gap_either_way():
    assert codes("Jones finished with 265 votes, 12 votes ahead of Smith's 253.") == []
    assert codes("Jones finished with 265 votes, 22 votes ahead of Smith's 253.") == ["NC118"]
    assert codes("Okafor, at 8 under par, is two shots behind Lindqvist at 10 under.") == []


def test_behind_after_a_score_is_no_gap():
    assert codes("The Celtics beat the Knicks 118-112 behind Tatum's 37 points.") == []


def test_a_shortfall_is_of_the_part_not_its_whole():
    assert codes("The ruling party won 295 of 465 seats, 15 short of the 310 needed.") == []


def test_gaps_listed_after_one_figure_are_left_alone():
    assert codes("Liverpool have 65 points, 10 clear of Arsenal on 55, 12 ahead of City on 53.") == []


def test_a_swing_between_two_leads_of_one_side_is_their_difference():
    text = (
        "Rural voters backed the levy by 18 points in March; in October they back it by 5, a 13-point swing."
    )
    swing = claim(text, "13")
    assert (swing.larger, swing.smaller) == (claim(text, "18").id, claim(text, "5").id)
    assert codes(text.replace("13-point", "23-point")) == ["NC118"]


def test_a_swing_from_a_lead_that_moved_is_their_difference():
    assert codes("Their 30-point lead fell to 12 points, an 18-point swing.") == []
    assert codes("Their 30-point lead fell to 12 points, a 28-point swing.") == ["NC118"]


def test_a_swing_across_the_line_between_the_sides_is_left_alone():
    assert codes("The levy was ahead by 32 points and is now losing by 6, a 38-point swing.") == []


def test_an_increment_beside_the_ends_of_its_total_is_a_change():
    text = "Detectives logged 41 more burglaries in the quarter, with the total going from 318 to 359."
    delta = claim(text, "41")
    assert (delta.change_from, delta.change_to, delta.direction) == (
        claim(text, "318").id,
        claim(text, "359").id,
        1,
    )
    assert codes(text.replace("41 more", "31 more")) == ["NC105"]


def test_fewer_is_an_increment_downwards():
    assert (
        codes("The hospital treated 212 fewer patients, with the number falling from 1,904 to 1,692.") == []
    )
    assert codes("The hospital treated 112 fewer patients, with the number falling from 1,904 to 1,692.") == [
        "NC105"
    ]


def test_the_ends_of_a_total_after_bringing_are_no_range():
    claims = claims_of("Officials reported 82 new cases, bringing the total from 1,000 to 1,082.")
    assert [c.text for c in claims] == ["82", "1,000", "1,082"]


def test_an_increment_and_a_total_in_another_clause_are_left_alone():
    text = "There were 82 new cases on Tuesday, and the total rose from 900 last week to 1,100."
    assert claim(text, "82").change_from is None
    assert codes(text) == []


def test_a_gap_in_cents_below_a_price_in_dollars_is_a_change():
    assert codes("Diesel averaged $4.12 a gallon on Monday, 46 cents below the June peak of $4.58.") == []
    assert codes("Diesel averaged $4.12 a gallon on Monday, 36 cents below the June peak of $4.58.") == [
        "NC105"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Temperatures rose 2C to 40C from 38C.",
        "The reservoir fell 1.5 feet to 38 feet from 39.5 feet.",
    ],
)
def test_a_change_by_an_amount_of_degrees_or_feet_is_read_without_the_scale_zero(text):
    assert codes(text) == []


def test_the_table_names_the_two_figures_of_a_difference(tmp_path):
    article = tmp_path / "poll.txt"
    article.write_text("Ortiz leads Whitfield 49% to 42%, a 7-point lead.\n")
    result = run_cli("table", str(article))
    assert "larger=1 smaller=2" in result.stdout


def test_a_whole_count_between_two_rounded_figures_is_rounded_too():
    assert codes("Sales reached 1.2 million, 200,000 short of the target of 1.5 million.") == []
    assert codes("Sales reached 1.2 million, 500,000 short of the target of 1.5 million.") == ["NC118"]


def test_a_gap_after_two_shares_set_side_by_side_is_their_difference():
    assert codes("In the survey, 54% back the bypass and 39% oppose it, a gap of 15 points.") == []
    assert codes("In the survey, 54% back the bypass and 39% oppose it, a gap of 11 points.") == ["NC118"]


def test_a_margin_after_two_vote_counts_side_by_side_is_their_difference():
    assert codes("Okafor had 6,112 votes and Lindqvist 5,870, a margin of 242 votes.") == []
    assert codes("Okafor had 6,112 votes and Lindqvist 5,870, a margin of 342 votes.") == ["NC118"]


def test_a_gap_after_an_item_of_a_longer_list_is_left_unread():
    text = "The poll put Labour on 38%, the Greens on 21% and the Liberals on 19%, a gap of two points."
    assert claim(text, "two").larger is None


def test_a_lead_in_points_ahead_of_a_share_is_measured_from_the_share_before():
    assert codes("The Greens are on 24%, seven points ahead of the Liberals on 17%.") == []
    assert codes("The Greens are on 24%, nine points ahead of the Liberals on 17%.") == ["NC118"]


def test_the_share_of_a_rival_set_off_by_a_comma_is_the_reference_of_a_lead():
    text = "Dalton polled 44%, six points clear of Moreau, who is on 38%."
    lead, high, low = claim(text, "six"), claim(text, "44%"), claim(text, "38%")
    assert (lead.larger, lead.smaller) == (high.id, low.id)


def test_leads_in_a_series_are_all_measured_from_the_leaders_figure():
    text = "Rovers have 61 points, five clear of Albion on 56 and nine ahead of United on 52."
    assert codes(text) == []
    assert codes(text.replace("nine ahead", "seven ahead")) == ["NC118"]


def test_a_lead_opening_its_sentence_on_a_pronoun_is_of_the_figure_before():
    text = (
        "The latest poll has the Social Democrats on 31%. "
        "That leaves them four points ahead of the Centre on 27%."
    )
    assert codes(text) == []
    assert codes(text.replace("four points", "six points")) == ["NC118"]


def test_a_lead_opening_its_sentence_is_unread_when_the_sentence_before_has_two_shares():
    text = (
        "The Social Democrats are on 31% and the Greens on 12%. "
        "That leaves them six points ahead of the Centre on 27%."
    )
    assert claim(text, "six").larger is None
