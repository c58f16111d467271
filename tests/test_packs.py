"""The beats' packs of rules (issue 14): health, disasters and transport, elections, economy,
sport, time and conflict, one rule file each under rules/.

Each rule has at least four valid and four invalid examples in its beat's wire style; on the
command line, as the API runs them one rule at a time (tests/test_rule_examples.py), every
valid example raises nothing at all and every invalid one raises its rule, or the built-in
check its pack defers to (the same relation, reported once under the built-in's code). A
pack's rules run only where its domain is present.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import numcheck
from numcheck.engine.engine import load_rules
from tests.conftest import run_cli

PACKS = (
    "conflict",
    "disasters-transport",
    "economy",
    "elections",
    "health",
    "population",
    "sport",
    "time",
    "trade",
)
RULES = load_rules()
PACK_RULES = [r for r in RULES.rules if r.pack in PACKS]


def test_every_beat_has_its_pack_of_rules_in_a_file_of_its_own():
    shipped = {p.name: Path(p.path).name for p in RULES.packs}
    assert {pack: shipped.get(pack) for pack in PACKS} == {pack: f"{pack}.yaml" for pack in PACKS}
    assert all(RULES.rules_of(pack) for pack in RULES.packs if pack.name in PACKS)


@pytest.mark.parametrize("rule", PACK_RULES, ids=lambda r: f"{r.code}-{r.name}")
def test_every_pack_rule_has_four_valid_and_four_invalid_examples_and_its_docs(rule):
    assert len(rule.valid) >= 4 and len(rule.invalid) >= 4
    assert rule.description and rule.message and all(rule.roles.values())


@pytest.mark.parametrize("rule", PACK_RULES, ids=lambda r: f"{r.code}-{r.name}")
def test_every_pack_rule_runs_only_in_its_packs_domain(rule):
    assert rule.domain is not None and rule.domain.description


@pytest.fixture(scope="module")
def examples_checked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """Every example of every pack rule, one file each, checked in one command-line run with
    every rule loaded: file name -> the codes of its findings."""
    folder = tmp_path_factory.mktemp("examples")
    for rule in PACK_RULES:
        for kind, texts in (("valid", rule.valid), ("invalid", rule.invalid)):
            for i, text in enumerate(texts):
                (folder / f"{rule.code}-{kind}-{i}.txt").write_text(text + "\n", encoding="utf-8")
    preview = ["--preview"] if any(r.preview for r in PACK_RULES) else []
    result = run_cli("check", "--format", "json", "--no-progress", *preview, str(folder))
    assert result.returncode in (0, 1), result.stderr
    found: dict[str, list[str]] = {path.name: [] for path in folder.iterdir()}
    for finding in json.loads(result.stdout)["findings"]:
        found[Path(finding["path"]).name].append(finding["code"])
    return found


@pytest.mark.parametrize("rule", PACK_RULES, ids=lambda r: f"{r.code}-{r.name}")
def test_on_the_command_line_each_valid_example_raises_nothing(rule, examples_checked):
    raised = {i: examples_checked[f"{rule.code}-valid-{i}.txt"] for i in range(len(rule.valid))}
    assert all(not codes for codes in raised.values()), raised


@pytest.mark.parametrize("rule", PACK_RULES, ids=lambda r: f"{r.code}-{r.name}")
def test_on_the_command_line_each_invalid_example_raises_its_rule(rule, examples_checked):
    accepted = {rule.code, *RULES.deferred[rule.code]}
    raised = {i: examples_checked[f"{rule.code}-invalid-{i}.txt"] for i in range(len(rule.invalid))}
    assert all(accepted & set(codes) for codes in raised.values()), raised


@pytest.mark.parametrize(
    ("outside", "inside"),
    [
        (  # a choir's tally is no vote of a chamber
            "The 100-member choir split 55 to 47 over the new robes, its director said.",
            "The measure passed 55 to 47 in the 100-seat Senate.",
        ),
        (  # a shelter that takes people in and lets them go is no detention
            "The shelter took in 110 families in December; 80 families left in January and 35 families "
            "remain in its rooms.",
            "Police detained 110 protesters in December; 80 protesters were released and 35 protesters "
            "remain in custody.",
        ),
        (  # a council report's wins and losses are no football table
            "The council counted 21 wins, nine draws and 10 defeats in its planning appeals, 72 points "
            "in its own scoring.",
            "United finished with 21 wins, nine draws and eight defeats from 38 matches, collecting 74 "
            "points in the league, with goals from 11 players.",
        ),
    ],
    ids=["elections", "conflict", "sport"],
)
def test_a_packs_rules_stay_silent_where_its_domain_is_absent(outside: str, inside: str):
    assert numcheck.check(outside) == []
    assert numcheck.check(inside) != []


def test_the_built_in_keeps_its_code_where_a_pack_states_the_same_relation():
    # NC104 reads the fatality rate beside its cases and deaths; the health pack's NC215 would
    # find the same contradiction and leaves it to NC104
    text = "Cholera has infected 2,400 people and killed 96, a fatality rate of 6%."
    assert [f.code for f in numcheck.check(text)] == ["NC104"]
    apart = (
        "The outbreak has caused 2,400 cases. Of those infected, 96 have died. That is a fatality rate of 6%."
    )
    assert [f.code for f in numcheck.check(apart)] == ["NC215"]


def test_the_size_of_the_chamber_is_no_side_of_its_tally():
    text = (
        "The House approved the bill 220-207, with three members voting present, in the 435-member chamber."
    )
    assert numcheck.check(text) == []


def test_a_part_whose_whole_a_rule_sums_over_is_read_without_error():
    # "sum(seats_held)" chooses no one claim: a part linked to one of the summed seats ("4,161 of
    # the nation's 7,383 seats") was looked up among the chosen claims and raised KeyError
    text = (
        'Seats of two chambers: "won every one of the 24 seats", "1,212 seats in 43 of the 50 senates", '
        'and "4,161 of the nation\'s 7,383 seats".'
    )
    assert numcheck.check(text) == []
