"""NC112 on headlines as they are written: a bare round figure over the story's exact one, a
part and its whole in one headline, two verbs of two events, a change told with another word,
and a measured figure the lede gives several of.

Each structure is a consistent text that raises nothing and the same text with one figure
broken; where the headline is too unsure to read, the broken text raises nothing either.
"""

from __future__ import annotations

import pytest

import numcheck

# (structure, consistent text, broken text, code the broken text raises, or None: silent)
CASES = [
    (
        "a bare round figure in the headline rounds the story's",
        "Ferry strike strands 3,000 travellers\n\nA strike by ferry crews left 2,940 travellers stranded "
        "at the port on Friday, the operator said.",
        "Ferry strike strands 3,000 travellers\n\nA strike by ferry crews left 2,240 travellers stranded "
        "at the port on Friday, the operator said.",
        "NC112",
    ),
    (
        "a bare round figure in the headline rounds the story's",
        "Heatwave kills 500 in southern Spain\n\nThe heatwave killed 488 people across Andalusia over "
        "the past week, health officials said.",
        "Heatwave kills 500 in southern Spain\n\nThe heatwave killed 388 people across Andalusia over "
        "the past week, health officials said.",
        "NC112",
    ),
    (
        "a headline's qualifier is no rounding",
        "Landslide kills more than 40\n\nThe landslide killed 43 villagers in the hills above the town.",
        "Landslide kills more than 40\n\nThe landslide killed 39 villagers in the hills above the town.",
        "NC112",
    ),
    (
        "a part and its whole in one headline: the whole is the sum of the lede's",
        "3 police officers among 9 dead in border ambush\n\nThree police officers and six gunmen were "
        "killed in an ambush near the border, the interior ministry said on Tuesday.",
        "3 police officers among 9 dead in border ambush\n\nThree police officers and seven gunmen were "
        "killed in an ambush near the border, the interior ministry said on Tuesday.",
        "NC112",
    ),
    (
        "a part and its whole in one headline: no sum in the lede, nothing to read",
        "2 children among 7 dead in house fire\n\nTwo children died when fire swept through a house "
        "in the town early on Sunday, firefighters said.",
        "2 children among 7 dead in house fire\n\nTwo children died when fire swept through a house "
        "in the town early on Sunday, firefighters said. Five adults also died.",
        None,
    ),
    (
        "two verbs in one headline: each figure takes its own event",
        "Storms kill 12, displace thousands in the Philippines\n\nThousands of people fled their homes "
        "as storms swept the islands, and at least 12 people were killed, officials said.",
        "Storms kill 12, displace thousands in the Philippines\n\nThousands of people fled their homes "
        "as storms swept the islands, and at least 15 people were killed, officials said.",
        "NC112",
    ),
    (
        "a change in the headline told with another word in the story",
        "Retailer's sales climb 7%, profit falls 4%\n\nSales in the quarter were $2.9 billion, 7% "
        "higher than a year earlier. Net income fell 4% to $310 million.",
        "Retailer's sales climb 7%, profit falls 4%\n\nSales in the quarter were $2.9 billion, 7% "
        "higher than a year earlier. Net income fell 6% to $310 million.",
        "NC112",
    ),
    (
        "a measured figure with no noun or event, and several of its kind in the lede: unsure",
        "Refinery trims output to 410,000 barrels a day\n\nThe refinery will cut output by 30,000 "
        "barrels a day from 440,000 barrels a day, the company said.",
        "Refinery trims output to 410,000 barrels a day\n\nThe refinery will cut output by 30,000 "
        "barrels a day from 460,000 barrels a day, the company said.",
        None,
    ),
]


def _codes(text: str) -> list[str]:
    return [f.code for f in numcheck.check(text, preview=True) if f.code == "NC112"]


@pytest.mark.parametrize(("structure", "consistent", "broken", "code"), CASES)
def test_a_consistent_headline_raises_nothing(structure, consistent, broken, code):
    assert _codes(consistent) == [], structure


@pytest.mark.parametrize(("structure", "consistent", "broken", "code"), CASES)
def test_a_broken_headline_is_caught_or_left_alone_when_unsure(structure, consistent, broken, code):
    assert _codes(broken) == ([code] if code else []), structure


def test_an_opening_line_ending_in_a_colon_introduces_and_is_no_headline():
    text = "The agency resettled 85 families in these towns:\n\nLeeds: 40\nYork: 30\nHull: 15\n"
    assert numcheck.check(text) == []
