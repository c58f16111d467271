"""Stopping a run: the first Ctrl-C stops it at once and reports what finished, a second one
never hangs, and a worker process killed from outside costs its own article alone.

Each test starts the command line as the user does, in a session of its own so that SIGINT
goes to its whole process group (as a terminal's Ctrl-C does, workers included). Named pipes
among the inputs hold the run at a known point: a file named on the command line may be a
pipe, and reading one waits for data that never comes, so the articles before it are done and
those after it are not, whatever the speed of the machine. Every wait is bounded and nothing
is timed.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import ROOT

WAIT = 120  # seconds: the most any step may take, on the slowest machine


def _articles(folder: Path, count: int) -> list[Path]:
    """`count` storm reports, each stating that more homes in a town were damaged than in its county."""
    folder.mkdir()
    paths = []
    for i in range(count):
        path = folder / f"storm-{i:03}.txt"
        path.write_text(
            f"The storm damaged {100 + i} homes in the county, including {200 + i} in the harbour "
            "town, the council said on Tuesday.\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def _pipe(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _start(*args: str | Path, cwd: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "numcheck.lint.cli", *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        start_new_session=True,
        preexec_fn=_as_from_a_terminal,
    )


def _as_from_a_terminal() -> None:
    """Ctrl-C reaches the command as it does from a terminal: a run started in the background
    (a CI runner's job, `cmd &`) inherits SIGINT ignored, and Python keeps it ignored; a process
    inherits its parent's blocked signals too, and a test run that has held SIGINT for a moment
    (the workers' start) must not pass that on. (Each test sends its Ctrl-C as soon as the run
    has opened a pipe, which may be in the instant before its read begins: the run's reads of
    pipes wake on a timer so that such a Ctrl-C is acted on.)"""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _held(pipe: Path, process: subprocess.Popen[str]) -> int:
    """Wait until the run opens `pipe` to read it, and hold it open with no data: the reader
    waits there for good. Returns the writing end."""
    deadline = time.monotonic() + WAIT
    while True:
        try:
            return os.open(pipe, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:  # no reader yet
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, f"the run never reached {pipe.name}"
            time.sleep(0.05)


def _interrupt(process: subprocess.Popen[str], times: int = 1) -> tuple[str, str]:
    for _ in range(times):
        os.killpg(process.pid, signal.SIGINT)
    try:
        return process.communicate(timeout=WAIT)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise AssertionError("the run did not end after Ctrl-C") from None


@pytest.fixture
def held_run(tmp_path: Path):
    """A run whose every job is stopped on a pipe after two articles, with many articles still to
    come; yields the process and the paths before and after the pipes, and closes the pipes'
    writing ends."""
    opened: list[int] = []

    def start(*options: str, pipes: int = 2) -> tuple[subprocess.Popen[str], list[Path], list[Path]]:
        before = _articles(tmp_path / "first", 2)
        after = _articles(tmp_path / "later", 60)
        stops = [_pipe(tmp_path / f"wire-feed-{i}.txt") for i in range(pipes)]  # one for each job
        process = _start(*options, *before, *stops, tmp_path / "later", cwd=tmp_path)
        opened.extend(_held(stop, process) for stop in stops)
        return process, before, after

    yield start
    for fd in opened:
        os.close(fd)


def test_ctrl_c_with_two_jobs_reports_the_finished_articles_and_exits_130(held_run):
    process, before, after = held_run("check", "--jobs", "2")  # both workers held on a pipe
    out, err = _interrupt(process)
    assert process.returncode == 130
    assert all(f"{path}:1:" in out for path in before)
    assert not any(str(path) in out for path in after)
    assert "(interrupted: 2 of 64 files checked)" in out
    assert err == "numcheck: interrupted: 2 of 64 files checked\n"


def test_ctrl_c_with_one_job_reports_the_finished_articles_and_exits_130(held_run):
    process, before, after = held_run("check", "--jobs", "1", pipes=1)
    out, err = _interrupt(process)
    assert process.returncode == 130
    assert all(f"{path}:1:" in out for path in before)
    assert not any(str(path) in out for path in after)
    assert err == "numcheck: interrupted: 2 of 63 files checked\n"


def test_a_second_ctrl_c_ends_the_run_at_once_without_a_traceback(held_run):
    process, _, _ = held_run("check", "--jobs", "2")
    _, err = _interrupt(process, times=2)
    assert process.returncode == 130
    assert "Traceback" not in err


def test_an_interrupted_json_report_says_so_and_holds_the_finished_findings(held_run):
    process, before, _ = held_run("check", "--jobs", "2", "--format", "json")
    out, _ = _interrupt(process)
    report = json.loads(out)
    assert report["summary"]["interrupted"] is True
    assert report["summary"]["files"] == 2
    assert sorted({f["path"] for f in report["findings"]}) == sorted(map(str, before))


def test_an_interrupted_sarif_report_is_no_successful_execution(held_run):
    process, _, _ = held_run("check", "--jobs", "2", "--format", "sarif")
    out, _ = _interrupt(process)
    report = json.loads(out)
    schema = json.loads((ROOT / "tests" / "sarif-schema-2.1.0.json").read_text())
    jsonschema.Draft4Validator(schema).validate(report)
    invocation = report["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][-1]["message"]["text"] == (
        "interrupted: 2 of 64 files checked"
    )


def test_ctrl_c_on_the_claims_table_prints_the_finished_articles_and_exits_130(held_run):
    process, before, _ = held_run("table", "--jobs", "2", "--format", "csv")
    out, err = _interrupt(process)
    assert process.returncode == 130
    assert sorted({line.split(",")[1] for line in out.splitlines()[1:]}) == sorted(map(str, before))
    assert err == "numcheck: interrupted: 2 of 64 files checked\n"


def _worker_reading(process: subprocess.Popen[str], pipe: Path) -> int:
    """The id of the worker process of `process` that holds `pipe` open (Linux's /proc)."""
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        for child in Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split():
            with contextlib.suppress(FileNotFoundError):  # a file closed or a worker gone meanwhile
                fds = Path(f"/proc/{child}/fd")
                if any(os.readlink(fd) == str(pipe) for fd in fds.iterdir()):
                    return int(child)
        time.sleep(0.05)
    raise AssertionError(f"no worker holds {pipe.name}")


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="finds the worker through Linux's /proc")
def test_a_worker_killed_from_outside_costs_its_article_alone(tmp_path: Path):
    articles = _articles(tmp_path / "desk", 6)
    stop = _pipe(tmp_path / "wire-feed.txt")
    process = _start("check", "--jobs", "2", articles[0], stop, *articles[1:], cwd=tmp_path)
    writer = _held(stop, process)
    try:
        os.kill(_worker_reading(process, stop), signal.SIGKILL)
        out, err = process.communicate(timeout=WAIT)
    finally:
        os.close(writer)
    assert process.returncode == 2
    assert all(f"{path}:1:" in out for path in articles)
    assert err == (
        f"{stop}: internal error, please report it: its worker process ended (killed, or out of memory?)\n"
    )
