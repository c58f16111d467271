"""Shares of one whole that news spreads over lines or sentences (NC110, NC119).

Each structure is a consistent text that raises nothing and the same text with one figure
broken, which raises the named check; and texts whose shares are of different groups,
questions or overlapping answers, which must raise nothing. The sentences are written here.
"""

from __future__ import annotations

import pytest

import numcheck

# (structure, consistent text, broken text, code the broken text raises, format)
CASES = [
    (
        "answers set out one a line after a line ending in a colon",
        "Voters who backed Labour in 2019 were asked how they would vote now. Of those who voted "
        "Labour in 2019:\n- 71% would vote for the party again\n- 6% would switch to the Conservatives\n"
        "- 9% to another party\n- 14% are undecided\n",
        "Voters who backed Labour in 2019 were asked how they would vote now. Of those who voted "
        "Labour in 2019:\n- 71% would vote for the party again\n- 6% would switch to the Conservatives\n"
        "- 19% to another party\n- 14% are undecided\n",
        "NC110",
        "text",
    ),
    (
        "answers set out one a line after a line ending in a colon",
        "The survey asked those who backed the mayor in 2021 what they will do in May. With changes "
        "since January in brackets:\n58% will vote for her again (-6)\n17% will vote for someone else "
        "(+2)\n25% have not decided (+4)\n",
        "The survey asked those who backed the mayor in 2021 what they will do in May. With changes "
        "since January in brackets:\n58% will vote for her again (-6)\n27% will vote for someone else "
        "(+2)\n25% have not decided (+4)\n",
        "NC110",
        "text",
    ),
    (
        "answers set out as bullets after a line ending in a colon",
        "Of the 1,200 people who voted for the levy in 2020:\n\n* 64% would back it again\n"
        "* 21% would vote against it\n* 15% are unsure\n",
        "Of the 1,200 people who voted for the levy in 2020:\n\n* 64% would back it again\n"
        "* 31% would vote against it\n* 15% are unsure\n",
        "NC110",
        "markdown",
    ),
    (
        "the shares of one group in two sentences and the rest",
        "Some 12,400 members cast a vote at the congress. About 58% of them backed the leader's slate "
        "and about 39% the rival list. The remaining 3% spoiled their papers.",
        "Some 12,400 members cast a vote at the congress. About 58% of them backed the leader's slate "
        "and about 49% the rival list. The remaining 3% spoiled their papers.",
        "NC119",
        "text",
    ),
    (
        "the shares of one group in two sentences and the rest",
        "Of the 860 members who voted, 52% backed the offer and 30% rejected it. The remaining 18% "
        "spoiled their ballots, the union said.",
        "Of the 860 members who voted, 52% backed the offer and 30% rejected it. The remaining 8% "
        "spoiled their ballots, the union said.",
        "NC119",
        "text",
    ),
    (
        "the shares of one group and the rest in one sentence",
        "In the ballot, 52% voted for the deal, 30% against it and the remaining 18% abstained.",
        "In the ballot, 52% voted for the deal, 30% against it and the remaining 28% abstained.",
        "NC119",
        "text",
    ),
    (
        "the two sides of a yes/no vote, restated after the headline",
        'Water measure passes: Yes 61.2%, No 38.8%\n\nThe "Yes" side won 61.2% of the vote and the '
        '"No" side 38.8%, officials said on Wednesday.',
        'Water measure passes: Yes 61.2%, No 38.8%\n\nThe "Yes" side won 61.2% of the vote and the '
        '"No" side 36.8%, officials said on Wednesday.',
        "NC119",
        "text",
    ),
    (
        "answers in one sentence whose first share names the group the others leave said",
        "Asked about the new stadium, 48% of residents said they support it, 36% oppose it and "
        "16% are undecided.",
        "Asked about the new stadium, 48% of residents said they support it, 41% oppose it and "
        "16% are undecided.",
        "NC110",
        "text",
    ),
    (
        "answers in one sentence whose first share names its group with an adjective",
        "On the transit tax, 44% of likely voters are for it, 39% are against it and 17% are not sure.",
        "On the transit tax, 44% of likely voters are for it, 49% are against it and 17% are not sure.",
        "NC110",
        "text",
    ),
    (
        "the split of a run-off's result",
        "Moreau won Sunday's run-off 53.1% to 46.9%, the electoral commission said.",
        "Moreau won Sunday's run-off 53.1% to 44.9%, the electoral commission said.",
        "NC119",
        "text",
    ),
]

# texts whose shares must never be summed
SILENT = [
    # shares of different groups
    "About 62% of Democrats backed the plan. About 35% of Republicans did. The other 3% of "
    "voters were independents.",
    "About 62% of Democrats chose the plan and 65% of Republicans the other one. The other 3% abstained.",
    # different questions
    "About 58% chose the Republican ballot and 60% voted early. The other 3% voted by mail.",
    "The poll found:\n- 64% back the new stadium\n- 71% want lower taxes\n",
    # overlapping answers
    "Of those who backed her in 2021:\n- 70% say they could not vote for anyone else\n"
    "- 45% say they might still switch\n",
    # answers of different groups, one a line
    "Of those who voted in 2019:\n- 70% of men would vote Labour again\n"
    "- 65% of women would vote Labour again\n",
    # a poll of a run-off leaves room for the undecided
    "A new poll for the run-off shows Moreau at 48% to 41%.",
    'A poll this week has the "Yes" side at 52% and the "No" side at 44%.',
    # a yes/no vote with turnout beside it
    'Turnout was 64%, and the "Yes" side carried the day.',
    # a later share that names a group of its own after its verb
    "In the county, 62% of men supported the levy and 45% opposed it among women.",
    "Some 58% of nurses backed the strike, while 47% opposed it of those on night shifts.",
    # a two-way split that is not said to be two sides
    "Moreau won 53.1% to Lenoir's 36.9%, with the rest split among four others.",
]


@pytest.mark.parametrize(("structure", "consistent", "broken", "code", "fmt"), CASES)
def test_structure(structure: str, consistent: str, broken: str, code: str, fmt: str) -> None:
    assert [f.code for f in numcheck.check(consistent, fmt=fmt)] == [], structure
    assert code in [f.code for f in numcheck.check(broken, fmt=fmt)], structure


@pytest.mark.parametrize("text", SILENT)
def test_silent(text: str) -> None:
    assert [f.code for f in numcheck.check(text)] == []
    assert [f.code for f in numcheck.check(text, fmt="markdown")] == []


def test_bullet_dash_is_no_minus() -> None:
    table = numcheck.extract("Of those asked:\n- 14% are undecided\n")
    assert table.loc[table["unit"] == "percent", "value"].tolist() == [14.0]
