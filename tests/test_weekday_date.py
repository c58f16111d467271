"""NC121 weekday-agrees-with-date, through the command line: a weekday written just before a
full date is that date's weekday (issue 15)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli


def check(tmp_path: Path, text: str, name: str = "story.txt", *flags: str) -> tuple[int, str]:
    article = tmp_path / name
    article.write_text(text, encoding="utf-8")
    result = run_cli("check", "--format", "concise", "--select", "NC121", *flags, str(article))
    assert result.returncode in (0, 1), result.stderr
    return result.returncode, result.stdout


def test_a_weekday_that_is_not_its_dates_is_an_error(tmp_path: Path):
    status, out = check(tmp_path, "The county board will vote on Wednesday, March 3, 2026, on the new levy.")
    assert status == 1
    assert "error NC121 weekday-agrees-with-date: March 3, 2026 does not fall on the weekday" in out


def test_the_weekday_of_the_date_raises_nothing(tmp_path: Path):
    status, out = check(tmp_path, "The county board will vote on Tuesday, March 3, 2026, on the new levy.")
    assert status == 0
    assert "NC121" not in out


@pytest.mark.parametrize(
    "text",
    [
        "Tuesday's hearing drew 300 residents; the vote itself is set for March 5, 2026.",
        "The hearing ran into Wednesday. On March 3, 2026, the board voted 5-2.",
        "Officials said Wednesday that the March 3, 2026, deadline would stand.",
    ],
)
def test_a_weekday_not_joined_to_the_date_is_left_alone(tmp_path: Path, text: str):
    assert check(tmp_path, text)[0] == 0


def test_a_date_without_a_year_takes_it_from_the_dateline(tmp_path: Path):
    text = "MILLBROOK, Ohio, March 5, 2026 - The board met on Wednesday, March 3, and approved the plan 5-2."
    article = tmp_path / "story.txt"
    article.write_text(text, encoding="utf-8")
    result = run_cli("check", "--select", "NC121", str(article))
    assert result.returncode == 1
    assert "= March 3 (2026-03-03) is a Tuesday, not a Wednesday" in result.stdout
    assert check(tmp_path, text.replace("Wednesday", "Tuesday"))[0] == 0


def test_a_date_without_a_year_in_an_article_of_no_known_date_is_left_alone(tmp_path: Path):
    assert check(tmp_path, "The board met on Wednesday, March 3, and approved the plan 5-2.")[0] == 0


def test_the_year_is_the_one_nearest_the_article_date(tmp_path: Path):
    """Dec. 31, 2025 was a Wednesday; Dec. 31, 2026 is a Thursday."""
    text = "Fireworks were launched at midnight on {day}, Dec. 31, from the harbor."
    assert check(tmp_path, text.format(day="Wednesday"), "story.txt", "--date", "2026-01-02")[0] == 0
    assert check(tmp_path, text.format(day="Thursday"), "story.txt", "--date", "2026-01-02")[0] == 1


def test_markdown_front_matter_gives_the_year(tmp_path: Path):
    text = "---\ndate: 2026-03-05\n---\n\nThe board met on Wednesday, March 3, and approved the plan 5-2.\n"
    status, out = check(tmp_path, text, "story.md")
    assert status == 1
    assert "story.md:5:" in out
