"""The text report and the claims table on a terminal, through the real command line (issue
15, problem 4): a finding's sentence is shown with `^` under the characters of its figures,
as ruff and rustc show a diagnostic, cut with '…' to the width (COLUMNS); colour only on a
terminal, never with NO_COLOR, always with FORCE_COLOR; the claims table fits 100 columns
unless asked for other columns or for every one in full."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import SEED, run_cli

FERRY = "The ferry carried 12 crew and 30 passengers, 40 people in all, when it sank off Kobe.\n"
LONG_FERRY = (
    "Police said the ferry, which had left the port at dawn with a full load of cars and freight "
    "bound for the islands, carried 12 crew and 30 passengers, 40 people in all, when it sank in "
    "heavy seas off the northern coast late on Tuesday night.\n"
)


def _check(tmp_path: Path, text: str, *args: str, env: dict[str, str] | None = None, name: str = "ferry.txt"):
    (tmp_path / name).write_text(text, encoding="utf-8")
    return run_cli("check", *args, name, cwd=tmp_path, env=env)


def _underlined(line: str, carets: str) -> list[str]:
    """The characters of `line` above each run of carets (both after the gutter, ASCII only)."""
    return [line[m.start() : m.end()] for m in re.finditer(r"\^+", carets)]


def test_the_figures_of_a_finding_are_underlined_in_their_sentence(tmp_path: Path):
    result = _check(tmp_path, FERRY)
    assert result.returncode == 1
    assert result.stdout.splitlines()[:8] == [
        "ferry.txt:1:19: error NC102 parts-within-total: The parts named under 40 add up to more than it",
        "  |",
        "1 | The ferry carried 12 crew and 30 passengers, 40 people in all, when it sank off Kobe.",
        "  |                   ^^          ^^             ^^",
        "  |",
        "  = 12 + 30 = 42, but the total '40' is 40",
        "",
        "1 error, 0 warnings in 1 of 1 file, " + result.stdout.splitlines()[7].split(", ")[-1],
    ]


def test_a_long_line_is_cut_with_ellipses_around_the_figures_to_the_width(tmp_path: Path):
    result = _check(tmp_path, LONG_FERRY, env={"COLUMNS": "60"})
    lines = result.stdout.splitlines()
    shown, carets = lines[2], lines[3]
    assert all(len(line) <= 60 for line in lines[1:6])
    assert shown.startswith("1 | … ") and shown.endswith(" …")
    assert _underlined(shown, carets) == ["12", "30", "40"]


def test_a_long_line_is_shown_whole_when_the_width_allows_it(tmp_path: Path):
    result = _check(tmp_path, LONG_FERRY, env={"COLUMNS": "300"})
    assert result.stdout.splitlines()[2] == "1 | " + LONG_FERRY.strip()


def test_the_carets_count_a_wide_character_before_the_figure_as_two_columns(tmp_path: Path):
    result = _check(tmp_path, FERRY.replace("ferry", "ferry 東海丸"))
    lines = result.stdout.splitlines()
    assert lines[2] == "1 | " + FERRY.replace("ferry", "ferry 東海丸").strip()
    # "The ferry " is 10 columns, 東海丸 six, " carried " nine: "12" starts at column 25
    assert lines[3] == "  | " + " " * 25 + "^^" + " " * 10 + "^^" + " " * 13 + "^^"


def test_the_carets_count_a_combining_accent_before_the_figure_as_none(tmp_path: Path):
    result = _check(tmp_path, "The cafe\u0301 ferry carried 12 crew and 30 passengers, 40 people in all.\n")
    lines = result.stdout.splitlines()
    assert lines[2] == "1 | The cafe\u0301 ferry carried 12 crew and 30 passengers, 40 people in all."
    assert lines[3] == "  | " + " " * 23 + "^^" + " " * 10 + "^^" + " " * 13 + "^^"


def test_a_sentence_over_two_lines_of_markdown_is_shown_as_written_line_by_line(tmp_path: Path):
    text = "The ferry carried **12** crew and 30 passengers,\n40 people in all, when it sank.\n"
    result = _check(tmp_path, text, name="ferry.md")
    assert result.stdout.splitlines()[1:7] == [
        "  |",
        "1 | The ferry carried **12** crew and 30 passengers,",
        "  |                     ^^            ^^",
        "2 | 40 people in all, when it sank.",
        "  | ^^",
        "  |",
    ]


def test_an_unused_suppression_comment_is_underlined_where_it_stands(tmp_path: Path):
    text = "<!-- numcheck: ignore NC201 -->\n\n" + FERRY
    result = _check(tmp_path, text, "--report-unused-ignores", name="ferry.md")
    assert result.stdout.splitlines()[:5] == [
        "ferry.md:1:1: warning NC001 unused-suppression: this suppression of NC201 silenced nothing",
        "  |",
        "1 | <!-- numcheck: ignore NC201 -->",
        "  | " + "^" * 31,
        "  |",
    ]


def test_concise_output_is_the_first_line_of_each_finding(tmp_path: Path):
    result = _check(tmp_path, FERRY, "--output-format", "concise")
    assert result.stdout.splitlines()[0].startswith("ferry.txt:1:19: error NC102 ")
    assert result.stdout.splitlines()[1].startswith("1 error, 0 warnings in 1 of 1 file, ")


def test_no_colour_when_piped(tmp_path: Path):
    assert "\033[" not in _check(tmp_path, FERRY).stdout


def test_force_color_colours_the_report_when_piped(tmp_path: Path):
    result = _check(tmp_path, FERRY, env={"FORCE_COLOR": "1"})
    assert "\033[1;31merror\033[0m" in result.stdout
    assert " " * 19 + "\033[1;31m^^" in result.stdout


def test_no_color_wins_over_force_color(tmp_path: Path):
    result = _check(tmp_path, FERRY, env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert result.returncode == 1 and "\033[" not in result.stdout


def test_the_claims_table_fits_100_columns_by_default():
    result = run_cli("table", str(SEED))
    lines = result.stdout.splitlines()
    assert lines[1].split() == ["id", "where", "text", "value", "strict", "typical", "entity", "event"]
    assert max(len(line) for line in lines[1:]) <= 100
    assert "9   13:291  more than 16,000" in result.stdout


def test_the_claims_table_adds_the_columns_that_fit(tmp_path: Path):
    (tmp_path / "ferry.txt").write_text(FERRY)
    lines = run_cli("table", "ferry.txt", cwd=tmp_path).stdout.splitlines()
    assert lines[1].split() == [
        "id",
        "where",
        "text",
        "kind",
        "value",
        "strict",
        "typical",
        "entity",
        "event",
        "links",
    ]
    assert lines[2].split()[-1] == "part_of=3"


def test_the_claims_table_cuts_a_cell_too_wide_with_an_ellipsis(tmp_path: Path):
    (tmp_path / "protest.txt").write_text(
        "Thousands and thousands and thousands and thousands of people marched on Sunday "
        "against the 3 new laws, the 40 arrests and more than 25,000 dismissals.\n"
    )
    lines = run_cli("table", "protest.txt", cwd=tmp_path).stdout.splitlines()
    assert max(len(line) for line in lines[1:]) <= 100
    assert any("…" in line and line.split()[2].startswith("Thousands") for line in lines[2:])


def test_the_claims_table_shows_the_columns_asked_for():
    result = run_cli("table", "--columns", "where,text,links", str(SEED))
    lines = result.stdout.splitlines()
    assert lines[1].split() == ["where", "text", "links"]
    assert any(line.split() == ["13:291", "more", "than", "16,000", "total_of=8"] for line in lines)


def test_an_unknown_column_is_a_usage_error_naming_the_closest():
    result = run_cli("table", "--columns", "text,entitiy", str(SEED))
    assert result.returncode == 2
    assert "unknown column 'entitiy' (did you mean entity?)" in result.stderr


def test_columns_are_refused_for_a_format_without_them():
    result = run_cli("table", "--format", "csv", "--columns", "text", str(SEED))
    assert result.returncode == 2
    assert result.stderr == "numcheck table: --columns and --wide shape the text and markdown tables only\n"


def test_the_wide_claims_table_shows_every_column_in_full():
    lines = run_cli("table", "--wide", str(SEED)).stdout.splitlines()
    assert lines[1].split() == [
        "id",
        "where",
        "text",
        "kind",
        "value",
        "strict",
        "typical",
        "unit",
        "entity",
        "event",
        "source",
        "scope",
        "links",
    ]
    assert "…" not in "\n".join(lines)
    assert "since Israel’s counteroffensive began" in "\n".join(lines)
