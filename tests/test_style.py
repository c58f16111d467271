"""The code base is ruff-clean and ruff-formatted (the project's style is a test, not a hope)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.conftest import ROOT

RUFF = shutil.which("ruff")


@pytest.mark.skipif(RUFF is None, reason="ruff comes with the test extras: pip install '.[test]'")
@pytest.mark.parametrize("command", [["check"], ["format", "--check"]])
def test_ruff(command):
    result = subprocess.run(
        [RUFF, *command, "numcheck", "tests", "benchmarks"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
