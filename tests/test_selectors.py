"""Selecting rules the way ruff users expect: a selector that names no rule is an error (exit 2,
one line naming it and the closest known ones), codes match in any case, and a mistyped verb,
flag or choice names the closest one (issue 15, first problem)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli

ARTICLE = (
    "GAZA CITY, Dec. 6 (Reuters) - Hamas still holds 18 hostages including 20 women and two "
    "children, officials said on Wednesday.\n"
)
USER_RULE = """
name: venues
description: Seats and tickets at a venue.
concepts:
  seats:
    entity: seat
  tickets:
    entity: ticket
rules:
  - code: NC901
    name: tickets-within-seats
    relation: sum(tickets) <= seats
    message: "{seats.text} seats cannot hold the tickets sold"
    valid:
      - "The hall has 300 seats and sold 280 tickets."
      - "The theatre, with 1,200 seats, sold 1,150 tickets for the premiere."
      - "The club sold 90 tickets for its 90 seats."
    invalid:
      - "The hall has 300 seats and sold 320 tickets."
      - "The theatre, with 1,200 seats, sold 1,350 tickets for the premiere."
      - "The club sold 95 tickets for its 90 seats."
"""


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "held.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.mark.parametrize("flag", ["--select", "--extend-select", "--ignore"])
def test_an_unknown_code_on_the_command_line_is_an_error_naming_it(article: Path, flag: str):
    result = run_cli("check", flag, "NC999", str(article))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"numcheck: {flag}: unknown rule selector 'NC999' (did you mean NC109 or NC119?)"
    ]


def test_a_code_mistyped_with_a_letter_o_suggests_the_code(article: Path):
    result = run_cli("check", "--ignore", "NC1O2", str(article))
    assert result.returncode == 2
    assert result.stderr.strip() == "numcheck: --ignore: unknown rule selector 'NC1O2' (did you mean NC102?)"


def test_a_mistyped_rule_name_suggests_the_name(article: Path):
    result = run_cli("check", "--ignore", "held-covers-women-and-childen", str(article))
    assert result.returncode == 2
    assert "(did you mean held-covers-women-and-children?)" in result.stderr


def test_a_prefix_that_matches_no_code_suggests_the_prefixes(article: Path):
    result = run_cli("check", "--select", "NC9", str(article))
    assert result.returncode == 2
    assert result.stderr.strip() == "numcheck: --select: unknown rule selector 'NC9' (did you mean NC?)"


def test_codes_and_names_match_in_any_case(article: Path):
    for selector in ("nc202", "Nc2", "HELD-COVERS-WOMEN-AND-CHILDREN"):
        result = run_cli("check", "--format", "concise", "--select", selector, str(article))
        assert result.returncode == 1, selector
        assert " error NC202 " in result.stdout
    assert run_cli("check", "--ignore", "nc2,nc1", str(article)).returncode == 0


def test_prefixes_that_match_known_codes_are_valid(article: Path):
    for selector in ("NC", "NC1", "NC20", "ALL"):
        assert run_cli("check", "--select", selector, str(article)).returncode == 1, selector


def test_an_unknown_code_in_the_configuration_names_the_file_and_its_line(tmp_path: Path, article: Path):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "desk"\n\n[tool.numcheck]\nignore = [\n    "NC114",\n    "NC1O2",\n]\n'
    )
    result = run_cli("check", "held.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"{tmp_path / 'pyproject.toml'}:7: 'ignore': unknown rule selector 'NC1O2' (did you mean NC102?)"
    ]


def test_an_unknown_code_in_per_file_ignores_is_an_error(tmp_path: Path, article: Path):
    (tmp_path / "numcheck.toml").write_text('[per-file-ignores]\n"*.txt" = ["NC2", "NC2O2"]\n')
    result = run_cli("check", "held.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert "numcheck.toml:2: 'per-file-ignores': unknown rule selector 'NC2O2' (did you mean NC202?)" in (
        result.stderr
    )


def test_a_rule_file_given_with_rules_adds_its_codes(tmp_path: Path):
    (tmp_path / "venues.yaml").write_text(USER_RULE)
    (tmp_path / "hall.txt").write_text("The hall has 300 seats and sold 320 tickets for Friday's concert.\n")
    without = run_cli("check", "--select", "NC901", "hall.txt", cwd=tmp_path)
    assert without.returncode == 2 and "unknown rule selector 'NC901'" in without.stderr
    with_rules = run_cli(
        "check", "--format", "concise", "--rules", "venues.yaml", "--select", "nc9", "hall.txt", cwd=tmp_path
    )
    assert with_rules.returncode == 1 and " error NC901 tickets-within-seats: " in with_rules.stdout


def test_the_unused_suppression_code_can_be_ignored(tmp_path: Path):
    path = tmp_path / "note.md"
    path.write_text("<!-- numcheck: ignore NC202 -->\n\nThe council approved 12 new homes on Monday.\n")
    reported = run_cli("check", "--report-unused-ignores", "--format", "concise", str(path))
    assert reported.returncode == 0 and " warning NC001 " in reported.stdout
    ignored = run_cli(
        "check", "--report-unused-ignores", "--ignore", "nc001", "--format", "concise", str(path)
    )
    assert ignored.returncode == 0 and "NC001" not in ignored.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("chek", "held.txt"), "invalid choice: 'chek' (did you mean check?)"),
        (("check", "--selct", "NC1", "held.txt"), "unrecognized arguments: --selct (did you mean --select?)"),
        (("check", "--format", "sarf", "held.txt"), "invalid choice: 'sarf' (did you mean sarif?)"),
        (("check", "--fail-on", "eror", "held.txt"), "invalid choice: 'eror' (did you mean error?)"),
        (("table", "--format", "jsn", "held.txt"), "invalid choice: 'jsn' (did you mean json?)"),
    ],
)
def test_a_mistyped_verb_flag_or_choice_suggests_the_closest(
    tmp_path: Path, article: Path, args: tuple[str, ...], message: str
):
    result = run_cli(*args, cwd=tmp_path)
    assert result.returncode == 2
    (error,) = [line for line in result.stderr.splitlines() if line.startswith("numcheck: error:")]
    assert message in error


def test_explain_finds_a_code_in_any_case_and_suggests_a_mistyped_one():
    assert run_cli("explain", "nc102").stdout == run_cli("explain", "NC102").stdout
    mistyped = run_cli("explain", "NC1O2")
    assert mistyped.returncode == 2
    assert mistyped.stderr.strip() == "numcheck explain: no rule or pack 'NC1O2' (did you mean NC102?)"
