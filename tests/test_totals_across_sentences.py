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
]

# texts whose later list may count another time, place or group than the total: no finding
SILENT = [
    "The storm killed 14 people. Twenty people died in 2019 and 30 died in 2020.",
    "At least 11 people died in Rwanda. In Uganda, 9 people died in Kasese and 8 died in Bundibugyo.",
    "The toll has risen to 14. Initial reports had given a toll of 11. Rescuers found 13 people "
    "dead at the site and five died later in hospital.",
    "Initial reports had given a toll of 11. Rescuers found 13 people dead at the site and one "
    "person died later in hospital.",
    "At least 18 people were killed and 20 others died of their wounds. Fifteen people died at the "
    "scene and 30 died later in hospital.",
    "The fire killed six people. In a separate blaze, four people died inside and three died later.",
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
