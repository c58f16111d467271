"""JSON and SARIF reports are written whatever failed: the inputs that could not be read are
listed in them (JSON `input_errors`, SARIF tool execution notifications), and the exit status
stays 2 (issue 15, third problem)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import ROOT, run_cli

BROKEN = "Hamas still holds 18 hostages including 20 women and two children, officials said.\n"
CLEAN = "The council approved 120 new homes on Monday, 40 of them for social rent.\n"


def _valid_sarif(report: dict) -> None:
    schema = json.loads((ROOT / "tests" / "sarif-schema-2.1.0.json").read_text())
    jsonschema.Draft4Validator(schema).validate(report)


@pytest.mark.parametrize("to_file", [True, False])
def test_sarif_is_written_when_no_input_can_be_read(tmp_path: Path, to_file: bool):
    output = ("-o", "report.sarif") if to_file else ()
    result = run_cli("check", "--format", "sarif", *output, "missing.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == ["missing.txt: no such file"]
    report = json.loads((tmp_path / "report.sarif").read_text() if to_file else result.stdout)
    _valid_sarif(report)
    (run,) = report["runs"]
    assert run["results"] == []
    (invocation,) = run["invocations"]
    assert invocation["executionSuccessful"] is False
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "error" and note["message"]["text"] == "missing.txt: no such file"
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "missing.txt"


@pytest.mark.parametrize("to_file", [True, False])
def test_json_is_written_when_no_input_can_be_read(tmp_path: Path, to_file: bool):
    (tmp_path / "empty.txt").write_text("")
    output = ("-o", "report.json") if to_file else ()
    result = run_cli("check", "--format", "json", *output, "empty.txt", cwd=tmp_path)
    assert result.returncode == 2
    report = json.loads((tmp_path / "report.json").read_text() if to_file else result.stdout)
    assert report["findings"] == []
    assert report["summary"]["files"] == 0 and report["summary"]["unreadable"] == 1
    assert report["input_errors"] == [
        {"file": "empty.txt", "message": "empty.txt: empty file: nothing to check", "level": "error"}
    ]


def test_a_report_with_some_inputs_unread_keeps_the_others_findings(tmp_path: Path):
    (tmp_path / "held.txt").write_text(BROKEN)
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\x00\x00\x00")
    result = run_cli("check", "--format", "json", "held.txt", "photo.txt", cwd=tmp_path)
    assert result.returncode == 2
    report = json.loads(result.stdout)
    assert [f["code"] for f in report["findings"]] == ["NC202"]
    assert [e["file"] for e in report["input_errors"]] == ["photo.txt"]
    sarif = json.loads(run_cli("check", "--format", "sarif", "held.txt", "photo.txt", cwd=tmp_path).stdout)
    _valid_sarif(sarif)
    (run,) = sarif["runs"]
    assert [r["ruleId"] for r in run["results"]] == ["NC202"]
    assert run["invocations"][0]["executionSuccessful"] is False


def test_a_run_that_read_every_input_is_successful_in_sarif(tmp_path: Path):
    (tmp_path / "homes.txt").write_text(CLEAN)
    result = run_cli("check", "--format", "sarif", "homes.txt", cwd=tmp_path)
    assert result.returncode == 0
    report = json.loads(result.stdout)
    _valid_sarif(report)
    assert report["runs"][0]["invocations"] == [
        {"executionSuccessful": True, "toolExecutionNotifications": []}
    ]


def test_a_broken_configuration_is_listed_against_the_input_it_stopped(tmp_path: Path):
    (tmp_path / "homes.txt").write_text(CLEAN)
    (tmp_path / "numcheck.toml").write_text('ignore = ["NC1O2"]\n')
    result = run_cli("check", "--format", "json", "homes.txt", cwd=tmp_path)
    assert result.returncode == 2
    (error,) = json.loads(result.stdout)["input_errors"]
    assert error["file"] == "homes.txt"
    assert error["message"].endswith(
        "numcheck.toml:1: 'ignore': unknown rule selector 'NC1O2' (did you mean NC102?)"
    )


def test_text_output_is_still_only_the_error_line(tmp_path: Path):
    result = run_cli("check", "missing.txt", cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == "missing.txt: no such file\n"
