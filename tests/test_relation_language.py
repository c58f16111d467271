"""The relation language grows where the beats need it (issue 14): division and shares, floor
and ceiling, sums over a concept within a rule's scope, dates and durations, a tolerance, the
nearest claims paired, and concepts picked by the words around a figure. Each rule author's
mistake is one line naming the file and the line."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

import numcheck
from numcheck.engine.expressions import ExpressionError, addends, parse, render
from numcheck.engine.intervals import Interval
from tests.conftest import run_cli

INF = math.inf

CHAMBER = """
name: chamber
concepts:
  chamber:
    description: the seats of a chamber
    kind: count
    after: ["-seat", "-member"]
  seats_won:
    description: seats a party won
    kind: count
    sentence: [seats, seat]
    not_after: ["-seat", "-member", "needed for a majority"]
  majority:
    description: the seats said to be a majority
    kind: count
    after: ["seats needed for a majority", "needed for a majority", "for a majority"]
rules:
  - code: NC901
    name: trial-seats-within-chamber
    relation: sum(seats_won) <= chamber
    scope: sentence
    message: "the seats won add up to more than the {chamber.text} of the chamber"
  - code: NC902
    name: trial-majority-is-more-than-half
    relation: majority == floor(chamber / 2) + 1
    message: "{majority.text} is no majority of {chamber.text}"
"""

DATES = """
name: dates
concepts:
  started:
    kind: date
    before: [began on, started on, opened on]
  ended:
    kind: date
    before: [ended on, closed on, finished on]
  length:
    kind: duration
    after: [later]
rules:
  - code: NC903
    name: trial-end-after-start
    relation: ended >= started
    scope: sentence
    message: "{ended.text} is before {started.text}"
  - code: NC904
    name: trial-days-later
    relation: ended - started == length
    scope: sentence
    tolerance: 1
    message: "{length.text} later does not fit {started.text} and {ended.text}"
"""


def rules_file(tmp_path: Path, text: str, name: str = "trial.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def codes(text: str, rules: Path) -> list[str]:
    return [f.code for f in numcheck.check(text, rules=[rules])]


def test_floor_and_ceiling_keep_only_the_whole_numbers_the_ends_allow():
    assert Interval(5, 6, True, False).floor() == Interval(5, 5)
    assert Interval(5.5, 7.2).floor() == Interval(5, 7)
    assert Interval(5, 6, False, True).ceil() == Interval(6, 6)
    assert Interval(300, INF, False, False).floor() == Interval(300, INF)


def test_abs_min_and_max_of_intervals():
    assert abs(Interval(-3, 2)) == Interval(0, 3)
    assert abs(Interval(-5, -2)) == Interval(2, 5)
    assert Interval(1, 10).least(Interval(4, 6)) == Interval(1, 6)
    assert Interval(1, 10).most(Interval(4, 6)) == Interval(4, 10)


def test_functions_are_written_out_as_the_rule_author_wrote_them():
    relation = parse("majority == floor(chamber / 2) + 1")
    assert render(relation.right, lambda n: n) == "floor(chamber / 2) + 1"
    assert render(parse("gap == abs(a - b)").right, lambda n: n) == "abs(a - b)"
    assert render(parse("x == a / (b * c)").right, lambda n: n) == "a / (b * c)"


@pytest.mark.parametrize(
    ("relation", "groups"),
    [
        ("detained >= freed + held", [{"freed", "held"}]),
        ("taken == freed + held + dead", [{"freed", "held", "dead"}]),
        ("total == 2 * a + b", []),
        ("rest == total - (a + b)", [{"a", "b"}]),
    ],
)
def test_the_figures_a_relation_adds_are_counted_apart(relation, groups):
    assert addends(parse(relation)) == groups


@pytest.mark.parametrize(
    ("relation", "message", "column"),
    [
        ("share == deaths / 0", "division by zero", 17),
        ("x == median(a, b)", "unknown function 'median'", 6),
        ("x == floor(a, b)", "floor() takes 1 argument(s), not 2", 6),
        ("x == min(a)", "min() takes 2 or more argument(s), not 1", 6),
    ],
)
def test_a_relation_the_language_cannot_evaluate_is_refused_with_its_column(relation, message, column):
    with pytest.raises(ExpressionError) as error:
        parse(relation)
    assert str(error.value).startswith(message) and error.value.column == column


@pytest.mark.parametrize(
    ("relation", "expected"),
    [
        ("started + ended >= length", "column 9: cannot add two dates (subtract them for the days between)"),
        ("ended >= length", "column 7: cannot compare a date with an amount"),
        ("ended * 2 >= started", "column 7: cannot multiply a date and an amount"),
        ("floor(ended) >= started", "column 1: floor() takes amounts, not dates"),
    ],
)
def test_a_relation_that_misuses_a_date_names_the_file_line_and_column(tmp_path: Path, relation, expected):
    broken = DATES.replace("relation: ended >= started", f"relation: {relation}")
    result = run_cli("rules", "--rules", str(rules_file(tmp_path, broken)))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(
        f"{tmp_path / 'trial.yaml'}:16: rules.0.relation: NC903 trial-end-after-start: {expected}"
    )


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("tolerance: lots", ":17: rules.0.tolerance: tolerance is a share such as '5%' or an amount"),
        ("tolerance: -2", ":17: rules.0.tolerance: tolerance is a share such as '5%'"),
        ("pairing: closest", ":17: rules.0.pairing: pairing must be one of all, nearest"),
    ],
)
def test_a_bad_tolerance_or_pairing_names_its_line(tmp_path: Path, field, expected):
    broken = DATES.replace(
        '    scope: sentence\n    message: "{ended', f'    {field}\n    message: "{{ended', 1
    )
    path = rules_file(tmp_path, broken)
    result = run_cli("rules", "--rules", str(path))
    assert result.returncode == 2
    assert result.stderr.startswith(str(path) + expected), result.stderr


def test_a_misspelt_concept_field_suggests_the_field_meant(tmp_path: Path):
    path = rules_file(tmp_path, CHAMBER.replace("not_after:", "not_atfer:"))
    result = run_cli("rules", "--rules", str(path))
    assert result.returncode == 2
    assert (
        f"{path}:12: concepts.seats_won.not_atfer: unknown field 'not_atfer' (did you mean not_after?)"
        in (result.stderr)
    )


def test_a_sum_adds_the_concepts_claims_of_the_rules_scope(tmp_path: Path):
    rules = rules_file(tmp_path, CHAMBER)
    over = "The ruling party won 170 seats in the 400-seat parliament, its partner 45 and the opposition 190."
    within = (
        "The ruling party won 170 seats in the 400-seat parliament, its partner 45 and the opposition 180."
    )
    assert codes(within, rules) == []
    assert codes(over, rules) == ["NC901"]


def test_a_sum_does_not_reach_into_another_sentence_of_a_sentence_rule(tmp_path: Path):
    rules = rules_file(tmp_path, CHAMBER)
    text = (
        "The ruling party won 170 seats in the 400-seat parliament, its partner 45 and the opposition 180. "
        "Four years ago the ruling party won 210 seats."
    )
    assert codes(text, rules) == []


def test_a_finding_of_a_sum_names_every_claim_it_added(tmp_path: Path):
    rules = rules_file(tmp_path, CHAMBER)
    text = "The ruling party won 170 seats in the 400-seat parliament, its partner 45 and the opposition 190."
    (found,) = numcheck.check(text, rules=[rules])
    assert len(found.claims) == 4
    assert found.arithmetic == "sum(seats_won) = 170 + 45 + 190 = 405, but chamber '400' is 400"


def test_floor_reads_a_majority_of_a_chamber(tmp_path: Path):
    rules = rules_file(tmp_path, CHAMBER)
    right = "The coalition has 201 seats, the 201 needed for a majority in the 400-seat parliament."
    wrong = "The coalition has 201 seats, the 221 needed for a majority in the 400-seat parliament."
    odd = "Of the 301-seat assembly, the bloc holds 151, the 151 needed for a majority."
    assert "NC902" not in codes(right, rules)
    assert "NC902" in codes(wrong, rules)
    assert "NC902" not in codes(odd, rules)


def test_dates_compare_as_days(tmp_path: Path):
    rules = rules_file(tmp_path, DATES)
    assert codes("The strike began on Oct. 2, 2023, and ended on Oct. 20, 2023.", rules) == []
    assert codes("The strike began on Oct. 20, 2023, and ended on Oct. 2, 2023.", rules) == ["NC903"]


def test_a_date_with_no_year_known_is_left_out_of_a_relation(tmp_path: Path):
    rules = rules_file(tmp_path, DATES)
    assert codes("The strike began on Dec. 28 and ended on Jan. 3.", rules) == []


def test_a_difference_of_dates_is_a_number_of_days_within_the_rules_tolerance(tmp_path: Path):
    rules = rules_file(tmp_path, DATES)
    counted_both = "The fair opened on May 1, 2024, and closed on May 11, 2024, 11 days later."
    wrong = "The fair opened on May 1, 2024, and closed on May 11, 2024, 15 days later."
    assert "NC904" not in codes(counted_both, rules)
    (found,) = [f for f in numcheck.check(wrong, rules=[rules]) if f.code == "NC904"]
    assert found.arithmetic.endswith("(within 1)")
    assert "ended - started = May 11, 2024 - May 1, 2024 = 10" in found.arithmetic


def test_a_share_tolerance_widens_the_right_side_by_that_share(tmp_path: Path):
    turnout = """
concepts:
  turnout: {kind: percent, before: [turnout of, turnout was]}
  cast: {kind: count, before: [with], after: [ballots cast, votes cast]}
  eligible: {kind: count, after: [eligible voters, registered voters]}
rules:
  - code: NC905
    name: trial-turnout-is-cast-over-eligible
    relation: turnout == percent(cast, eligible)
    tolerance: 3%
    scope: sentence
    message: "a turnout of {turnout.text} is not {cast.text} of {eligible.text}"
"""
    rules = rules_file(tmp_path, turnout)
    near = "The turnout was 61%, with 3,000 ballots cast by 5,000 registered voters."
    far = "The turnout was 66%, with 3,000 ballots cast by 5,000 registered voters."
    assert numcheck.check(near, rules=[rules], select="NC905") == []
    assert [f.code for f in numcheck.check(far, rules=[rules], select="NC905")] == ["NC905"]


def test_pairing_nearest_sets_each_claim_against_its_nearest_counterpart(tmp_path: Path):
    records = """
concepts:
  wins: {kind: count, after: [wins, win]}
  losses: {kind: count, after: [losses, loss, defeats]}
  played: {kind: count, after: [games, matches]}
rules:
  - code: NC906
    name: trial-record-within-games
    relation: wins + losses <= played
    pairing: PAIRING
    message: "{wins.text} wins and {losses.text} losses in {played.text} games"
"""
    text = "The Hawks have 20 wins and 10 losses in 30 games. The Owls have 5 wins and 3 losses in 8 games."
    assert "NC906" in codes(text, rules_file(tmp_path, records.replace("PAIRING", "all"), "all.yaml"))
    assert codes(text, rules_file(tmp_path, records.replace("PAIRING", "nearest"), "near.yaml")) == []


def test_words_before_and_after_a_figure_and_their_negation_pick_its_claims(tmp_path: Path):
    rules = rules_file(tmp_path, CHAMBER)
    # the 400 is the chamber by the "-seat" after it, and so no seats won
    text = "The ruling party won 170 seats in the 400-seat parliament."
    assert codes(text, rules) == []


KIDNAP = """
name: kidnappings
concepts:
  abducted: {kind: count, event: taken}
  freed:
    kind: count
    any:
      - event: released
      - after: ["* have escaped", escaped]
  still_held: {kind: count, event: held}
rules:
  - code: NC907
    name: trial-abducted-covers-freed-and-held
    relation: abducted >= freed + still_held
    alike: entity
    message: "{abducted.text} abducted, {freed.text} freed, {still_held.text} held"
"""


def trial(text: str, rules: Path) -> list[str]:
    """The codes of the trial rules alone (NC9xx), the shipped packs left out."""
    return [f.code for f in numcheck.check(text, rules=[rules], select="NC9")]


def test_any_matches_a_claim_that_one_of_its_choices_matches(tmp_path: Path):
    rules = rules_file(tmp_path, KIDNAP)
    text = "Bandits kidnapped 66 villagers last week; 51 villagers have escaped and 25 are still held."
    assert trial(text, rules) == ["NC907"]  # 51 escaped by the words after it, with no event


def test_a_star_in_a_phrase_stands_for_one_word(tmp_path: Path):
    rules = rules_file(tmp_path, KIDNAP.replace('["* have escaped", escaped]', "[have escaped, escaped]"))
    text = "Bandits kidnapped 66 villagers last week; 51 villagers have escaped and 25 are still held."
    assert trial(text, rules) == []  # "villagers have escaped" does not begin with "have escaped"


def test_alike_sets_only_claims_of_one_noun_against_each_other(tmp_path: Path):
    rules = rules_file(tmp_path, KIDNAP)
    text = (
        "Gunmen kidnapped 30 pupils and 4 teachers. Since then 20 pupils have been freed and 8 pupils "
        "are still held."
    )
    assert trial(text, rules) == []  # the 4 teachers are no whole of the pupils
    assert "NC907" in trial(text, rules_file(tmp_path, KIDNAP.replace("    alike: entity\n", ""), "all.yaml"))


def test_a_file_may_define_a_concept_of_a_name_a_shipped_pack_defines(tmp_path: Path):
    # the elections pack defines a `turnout` of its own; this file's rule uses this file's
    mine = """
concepts:
  turnout: {kind: percent, before: [participation of]}
  members: {kind: count, after: [members]}
rules:
  - code: NC908
    name: trial-participation-within-all
    relation: turnout <= 100
    message: "{turnout.text} is more than all"
"""
    rules = rules_file(tmp_path, mine)
    assert codes("The union reported a participation of 112% among its 4,000 members.", rules) == ["NC908"]
    assert codes("The union reported a turnout of 112% among its 4,000 members.", rules) == []


def test_a_users_rule_is_kept_over_a_shipped_packs_that_finds_the_same(tmp_path: Path):
    mine = """
concepts:
  voted: {kind: count, after: [ballots cast]}
  could_vote: {kind: count, after: [registered voters]}
  share_voted: {kind: percent, before: [a turnout of]}
rules:
  - code: NC909
    name: trial-turnout
    relation: share_voted == percent(voted, could_vote)
    message: "{share_voted.text} turnout does not match"
"""
    rules = rules_file(tmp_path, mine)
    text = "Some 2,100 ballots cast by the 3,500 registered voters, a turnout of 66%."
    assert codes(text, rules) == ["NC909"]
    assert [f.code for f in numcheck.check(text)] == ["NC234"]  # the elections pack's, without it


OUTBREAKS = """
name: outbreaks
defers_to: [NC104]
concepts:
  cases: {kind: count, event: infected}
  deaths: {kind: count, event: dead}
  cfr: {kind: percent, before: [fatality rate of]}
rules:
  - code: NC910
    name: trial-fatality-rate
    relation: cfr == percent(deaths, cases)
    message: "{cfr.text} is not {deaths.text} of {cases.text}"
"""
STATED = "Cholera has infected 2,400 people and killed 96, a fatality rate of 6%."


def test_a_pack_that_defers_to_a_built_in_check_leaves_it_the_finding(tmp_path: Path):
    rules = rules_file(tmp_path, OUTBREAKS)
    assert [f.code for f in numcheck.check(STATED, rules=[rules])] == ["NC104"]
    apart = "Cholera has infected 2,400 people. It has killed 96. That is a fatality rate of 6%."
    assert [f.code for f in numcheck.check(apart, rules=[rules])] == ["NC910"]  # NC104 does not read it


def test_a_rules_own_defers_to_replaces_its_files(tmp_path: Path):
    own = OUTBREAKS.replace("    message:", "    defers_to: []\n    message:")
    rules = rules_file(tmp_path, own)
    assert [f.code for f in numcheck.check(STATED, rules=[rules], ignore="NC215")] == ["NC910"]
