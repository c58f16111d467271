"""A total in one sentence and its parts in a later one, as news writes them.

Each structure is a consistent text that raises nothing and the same text with one figure
broken, which raises the named check; then texts where the list may count another group,
time or place than the total, which stay silent however the figures stand.
"""

from __future__ import annotations

import pytest

import numcheck

# (structure, consistent text, broken text, code the broken text raises)
CASES = [
    (
        "the ayes of a tally listed later, after 'Voting for ... were'",
        "The council approved the budget 31-18 on Tuesday. Voting for it were 25 Labour councillors, "
        "four Greens and two independents.",
        "The council approved the budget 31-18 on Tuesday. Voting for it were 25 Labour councillors, "
        "four Greens and one independent.",
        "NC115",
    ),
    (
        "the noes of a tally listed two sentences later, after 'Voting against were'",
        "The Senate passed the measure 54-44 late on Thursday. Voting in favour were 49 Republicans and "
        "five Democrats. Voting against were 40 Democrats and four Republicans.",
        "The Senate passed the measure 54-44 late on Thursday. Voting in favour were 49 Republicans and "
        "five Democrats. Voting against were 42 Democrats and four Republicans.",
        "NC102",
    ),
    (
        "the ayes of a motion carried paragraphs earlier, listed in full",
        "The amendment was carried 210-195 after a late night sitting.\n\nSeveral ministers had urged "
        "restraint before the division.\n\nThe whips said turnout had been unusually high.\n\n"
        "Voting for the amendment were 180 Labour MPs, 25 Liberal Democrats and five Greens.",
        "The amendment was carried 210-195 after a late night sitting.\n\nSeveral ministers had urged "
        "restraint before the division.\n\nThe whips said turnout had been unusually high.\n\n"
        "Voting for the amendment were 170 Labour MPs, 25 Liberal Democrats and five Greens.",
        "NC115",
    ),
    (
        "a side's list under 'Those voting against included' is within the noes",
        "The assembly rejected the plan 40-35. Those voting against included 20 Socialists and 12 Greens.",
        "The assembly rejected the plan 40-35. Those voting against included 30 Socialists and 12 Greens.",
        "NC102",
    ),
    (
        "a toll, then its breakdown by where the people died",
        "The number of people killed in the apartment fire has risen to nine. Firefighters found seven "
        "people dead inside the building and two people died later in hospital.",
        "The number of people killed in the apartment fire has risen to nine. Firefighters found eight "
        "people dead inside the building and two people died later in hospital.",
        "NC102",
    ),
    (
        "a toll, then its breakdown by where the people died",
        "Twelve miners were killed when the shaft collapsed. Ten miners died underground and two died "
        "on the way to hospital, the company said.",
        "Twelve miners were killed when the shaft collapsed. Eleven miners died underground and two "
        "died on the way to hospital, the company said.",
        "NC102",
    ),
    (
        "a toll, then the places where deaths were reported, with counts in parentheses",
        "At least 12 people died when floods swept the region. Deaths were reported in Kigoma (5), "
        "Tabora (4), Mwanza (2) and Dodoma (1).",
        "At least 12 people died when floods swept the region. Deaths were reported in Kigoma (5), "
        "Tabora (4), Mwanza (1) and Dodoma (1).",
        "NC115",
    ),
    (
        "a toll, then the places where deaths were reported, with counts in parentheses",
        "Nine people were killed in the landslides. Deaths were recorded in the districts of Rubavu "
        "(5 deaths), Musanze (3) and Burera (1).",
        "Nine people were killed in the landslides. Deaths were recorded in the districts of Rubavu "
        "(5 deaths), Musanze (4) and Burera (1).",
        "NC102",
    ),
    (
        "places with counts in parentheses after a sentence with no figures",
        "At least 15 people were killed when heavy rain hit the province on Friday. Roads and bridges "
        "were also washed away. Deaths were reported in Gisenyi (8), Kibuye (4) and Ruhengeri (3).",
        "At least 15 people were killed when heavy rain hit the province on Friday. Roads and bridges "
        "were also washed away. Deaths were reported in Gisenyi (6), Kibuye (4) and Ruhengeri (3).",
        "NC115",
    ),
    (
        "lines of counts under a heading, below the total they break down",
        "The ferry was carrying 120 passengers when it sank. Nationalities of those on board:\n\n"
        "France: 60\nSpain: 40\nItaly: 15 (two children among them)\nNot yet confirmed: 5\n",
        "The ferry was carrying 120 passengers when it sank. Nationalities of those on board:\n\n"
        "France: 60\nSpain: 40\nItaly: 25 (two children among them)\nNot yet confirmed: 5\n",
        "NC102",
    ),
    (
        "lines of counts right under a total that ends in a colon",
        "The charity placed 85 refugees with host families in these towns:\n\nLeeds: 40\nYork: 30\n"
        "Hull: 15\n",
        "The charity placed 85 refugees with host families in these towns:\n\nLeeds: 40\nYork: 50\n"
        "Hull: 15\n",
        "NC102",
    ),
]

# texts whose later list may count another time, place or group than the total: no finding
SILENT = [
    "The storm killed 14 people. Twenty people died in 2019 and 30 died in 2020.",
    "At least 11 people died in Rwanda. In Uganda, 9 people died in Kasese and 8 died in Bundibugyo.",
    "The death count now stands at 9. Early figures had put it at 7. Crews recovered 8 bodies from "
    "the wreck and four people died later in hospital.",
    "Early figures had put the death count at 7. Crews recovered 8 bodies from the wreck and one "
    "person died later in hospital.",
    "At least 18 people were killed and 20 others died of their wounds. Fifteen people died at the "
    "scene and 30 died later in hospital.",
    "The fire killed six people. In a separate blaze, four people died inside and three died later.",
    "At least 12 people died in the floods. Deaths were reported in Gisenyi (8) and Kibuye (4). Storms "
    "in the north have left at least 30 people dead.",
    "The motion carried 12-1. A second motion was recorded as seven ayes and six nays.",
    "The blast killed 12 people on Monday. Latest figures:\n\nDead: 12\nInjured: 40\n",
    "The ferry was carrying 120 passengers and 8 crew. Nationalities:\n\nFrance: 100\nSpain: 28\n",
    "The council approved the budget 31-18 on Tuesday. A year ago 25 Labour councillors and "
    "10 Greens voted against a similar plan.",
]


@pytest.mark.parametrize(("structure", "consistent", "broken", "code"), CASES)
def test_structure(structure: str, consistent: str, broken: str, code: str) -> None:
    assert numcheck.check(consistent) == [], structure
    assert code in [f.code for f in numcheck.check(broken)], structure


@pytest.mark.parametrize("text", SILENT)
def test_silent(text: str) -> None:
    assert numcheck.check(text) == []
