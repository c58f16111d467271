"""A change or a share whose figures are spread over two sentences, as news writes them.

Each structure is specified by a consistent text that raises nothing and the same text with
one figure broken, which raises the named check; and by texts whose reference figure is not
surely the one, which stay silent however their figures stand.
"""

from __future__ import annotations

import pytest

import numcheck

# (structure, consistent text, broken text, code the broken text raises)
CASES = [
    (
        "a change's start in the next sentence, which opens with the earlier time",
        "Net profit rose 12% to $448 million in the three months to June. A year earlier the bank had "
        "earned $400 million.",
        "Net profit rose 12% to $448 million in the three months to June. A year earlier the bank had "
        "earned $420 million.",
        "NC105",
    ),
    (
        "a change's start in the next sentence, which opens with the earlier time",
        "Operating income fell 20% to $96 million. In the same quarter last year, operating income "
        "was $120 million.",
        "Operating income fell 20% to $96 million. In the same quarter last year, operating income "
        "was $130 million.",
        "NC105",
    ),
    (
        "a change's start in the next sentence, which opens with the earlier time",
        "Visitor numbers climbed by 150,000 to 1.35 million this summer. Last year, 1.2 million "
        "visitors came.",
        "Visitor numbers climbed by 150,000 to 1.35 million this summer. Last year, 1.1 million "
        "visitors came.",
        "NC105",
    ),
    (
        "a change's start in the next sentence, which opens with the earlier time",
        "Sales slipped 5% to 1,900 homes in 2023. In 2022, it had sold 2,000.",
        "Sales slipped 5% to 1,900 homes in 2023. In 2022, it had sold 2,100.",
        "NC105",
    ),
    (
        "a change restated against the figure of the sentence before",
        "Some 52 million people were out of work by March. Compared with a year earlier, the figure was "
        "up by 4 million (+8.3 per cent).",
        "Some 52 million people were out of work by March. Compared with a year earlier, the figure was "
        "up by 4 million (+12 per cent).",
        "NC105",
    ),
    (
        "a change restated against the figure of the sentence before",
        "The city recorded 880 burglaries in the year to September. That number was down 120, or 12%, "
        "on the year before.",
        "The city recorded 880 burglaries in the year to September. That number was down 120, or 18%, "
        "on the year before.",
        "NC105",
    ),
    (
        "a fatality rate as the share of the deaths among the cases beside it",
        "Health officials have logged 4,210 cases and 63 deaths, a case fatality rate of 1.5%.",
        "Health officials have logged 4,210 cases and 63 deaths, a case fatality rate of 2.5%.",
        "NC104",
    ),
    (
        "a fatality rate as the share of the deaths among the cases beside it",
        "The province counted 212 deaths and 18,950 cases, a fatality rate of about 1.1%.",
        "The province counted 212 deaths and 18,950 cases, a fatality rate of about 1.9%.",
        "NC104",
    ),
    (
        "a turnout with the count of voters after it",
        "Turnout was 61.4%, with 402,118 of 654,900 registered voters casting ballots.",
        "Turnout was 66.4%, with 402,118 of 654,900 registered voters casting ballots.",
        "NC104",
    ),
]

# texts whose reference figure is not surely the one: another subject, another place, two candidates
SILENT = [
    "Net profit rose 12% to $448 million. A year earlier, revenue was $2.1 billion.",
    "Net profit rose 12% to $448 million. A year earlier, its rival Westbank had earned $300 million.",
    "Sales in Texas rose 10% to $50 million. Last year, sales were $30 million in Ohio.",
    "Net profit rose 12% to $448 million. A year earlier it earned $300 million on sales of $2 billion.",
    "Sales slipped 5% to 1,900 homes in 2021. In 2023, it sold 2,400.",
    "Sales slipped 5% to 1,900 homes. In 2022, it sold 2,400.",
    "Profit rose 12% to $448 million and sales rose 5% to $2 billion. A year earlier it earned $300 million.",
    "Some 52 million people were out of work and 3 million were on furlough. The figure was up by 4 "
    "million (+30 per cent).",
    "Some 52 million people were out of work by March. Abroad, the number was up by 4 million "
    "(+30 per cent).",
    "Officials have logged 4,210 cases, 3,100 recoveries and 63 deaths, a fatality rate of 2.5%.",
    "Turnout was 61.4%, with 40,118 of 54,900 voters in the capital casting ballots by noon.",
]


@pytest.mark.parametrize(("structure", "consistent", "broken", "code"), CASES)
def test_a_consistent_text_raises_nothing(structure: str, consistent: str, broken: str, code: str) -> None:
    assert numcheck.check(consistent) == [], structure


@pytest.mark.parametrize(("structure", "consistent", "broken", "code"), CASES)
def test_the_broken_figure_is_caught(structure: str, consistent: str, broken: str, code: str) -> None:
    assert [f.code for f in numcheck.check(broken)] == [code], structure


@pytest.mark.parametrize("text", SILENT)
def test_an_unsure_reference_stays_silent(text: str) -> None:
    assert numcheck.check(text) == []
