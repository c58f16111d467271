"""Where the report cannot go, through the real command line (issue 17, hardening): a full
device is one line, a reader that stops early ends the output quietly, a report file that
is one of the articles is refused, and so is a number of jobs below 1."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import run_cli

WRONG = "Rescuers pulled 3 men and 4 women, 9 people in all, from the river."  # NC115


def _numcheck(*args: str, stdout, cwd: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "numcheck.lint.cli", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        cwd=cwd,
    )


@pytest.mark.parametrize("command", [("check", "flood.txt"), ("table", "flood.txt"), ("rules",)])
def test_a_full_device_on_standard_output_is_one_line_and_exit_2(tmp_path: Path, command):
    (tmp_path / "flood.txt").write_text(WRONG + "\n")
    with open("/dev/full", "wb") as full:
        process = _numcheck(*command, stdout=full, cwd=tmp_path)
        _, stderr = process.communicate(timeout=120)
    assert process.returncode == 2
    assert stderr.decode() == "standard output: cannot write: No space left on device\n"


def test_a_full_device_as_the_output_file_is_one_line_and_exit_2(tmp_path: Path):
    (tmp_path / "flood.txt").write_text(WRONG + "\n")
    result = run_cli("check", "-o", "/dev/full", "flood.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == "/dev/full: cannot write: No space left on device\n"


@pytest.mark.parametrize(("command", "status"), [("check", 1), ("table", 0)])
def test_a_reader_that_stops_after_one_line_ends_the_output_quietly(tmp_path: Path, command, status):
    (tmp_path / "flood.txt").write_text(f"{WRONG}\n\n" * 2000)  # a report far larger than a pipe holds
    process = _numcheck(command, "flood.txt", stdout=subprocess.PIPE, cwd=tmp_path)
    assert process.stdout is not None
    assert process.stdout.readline().startswith(b"flood.txt:")
    process.stdout.close()  # as `| head -1` does
    _, stderr = process.communicate(timeout=120)
    assert (process.returncode, stderr.decode()) == (status, "")


@pytest.mark.parametrize(("command", "status"), [("check", 1), ("table", 0), ("rules", 0)])
def test_a_reader_gone_before_the_first_line_keeps_the_runs_exit_status(tmp_path: Path, command, status):
    (tmp_path / "flood.txt").write_text(WRONG + "\n")
    read_end, write_end = os.pipe()
    os.close(read_end)  # as `| true` does: nobody will read
    with open(write_end, "wb") as pipe:
        process = _numcheck(
            command, *(["flood.txt"] if command != "rules" else []), stdout=pipe, cwd=tmp_path
        )
        _, stderr = process.communicate(timeout=120)
    assert (process.returncode, stderr.decode()) == (status, "")


def test_a_report_file_that_is_one_of_the_inputs_is_refused_and_the_article_kept(tmp_path: Path):
    article = tmp_path / "flood.txt"
    article.write_text(WRONG + "\n")
    for given in (["flood.txt"], ["."]):
        result = run_cli("check", "-o", "./flood.txt", *given, cwd=tmp_path)
        assert result.returncode == 2
        assert result.stderr == "flood.txt: the report file is one of the inputs: it would overwrite it\n"
        assert article.read_text() == WRONG + "\n"


@pytest.mark.parametrize("jobs", ["0", "-2", "many"])
def test_jobs_below_one_is_a_usage_error(tmp_path: Path, jobs: str):
    (tmp_path / "flood.txt").write_text(WRONG + "\n")
    result = run_cli("check", "--jobs", jobs, "flood.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1] == (
        f"numcheck: error: argument --jobs/-j: '{jobs}' is not a number of files at once, 1 or more"
    )
