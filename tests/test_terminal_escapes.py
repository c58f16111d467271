"""A file name or an article never reaches the terminal raw, through the real command line
(issue 17, hardening): text, concise and table output and the lines on standard error write
control characters as escapes, so a newline cannot forge a line (a GitHub workflow command)
and an ANSI sequence cannot clear the screen or retitle the window."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli

FORGED = "flood\n::error title=forged::all clear.txt"  # a file name that starts a line of its own
SHOWN = "flood\\n::error title=forged::all clear.txt"
ARTICLE = "Rescuers pulled 3 men and 4 women, 9 people in all, from the river \x1b]0;owned\x07\x1b[2J.\n"


@pytest.mark.parametrize("fmt", ["text", "concise"])
def test_a_newline_in_a_file_name_is_written_as_an_escape(tmp_path: Path, fmt: str):
    (tmp_path / FORGED).write_text(ARTICLE)
    result = run_cli("check", "--format", fmt, ".", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.startswith(f"{SHOWN}:1:17: error NC115")
    assert not any(line.startswith("::") for line in result.stdout.splitlines())


def test_an_ansi_sequence_in_an_article_is_written_as_an_escape(tmp_path: Path):
    (tmp_path / "flood.txt").write_text(ARTICLE)
    result = run_cli("check", "flood.txt", cwd=tmp_path)
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "from the river \\x1b]0;owned\\x07\\x1b[2J." in result.stdout


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_the_claims_table_writes_a_file_name_with_a_newline_as_an_escape(tmp_path: Path, fmt: str):
    (tmp_path / FORGED).write_text(ARTICLE)
    result = run_cli("table", "--format", fmt, ".", cwd=tmp_path)
    assert result.returncode == 0
    assert SHOWN in result.stdout
    assert not any(line.startswith("::") for line in result.stdout.splitlines())


def test_an_error_line_writes_the_file_name_with_its_escapes(tmp_path: Path):
    result = run_cli("check", "gone\x1b[31m.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == "gone\\x1b[31m.txt: no such file\n"
