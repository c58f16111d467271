"""Start-up: a command imports only the modules its run needs (benchmarks/speed.py times it)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


def _modules_after(*args: str) -> set[str]:
    """The modules the command line run with `args` imported (top-level names, and numcheck's)."""
    script = (
        "import sys\n"
        "from numcheck.lint.cli import main\n"
        "try:\n"
        f"    main({list(args)!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(' '.join({name.split('.')[0] for name in sys.modules} | set(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    return set(result.stdout.splitlines()[-1].split())


def test_checking_one_article_imports_no_pandas_nor_worker_processes(tmp_path: Path):
    article = tmp_path / "storm.txt"
    article.write_text("The storm damaged 120 homes, including 45 in the harbour town, officials said.\n")
    modules = _modules_after("check", str(article))
    assert "numcheck.read.links" in modules  # the reading
    unneeded = {"pandas", "numpy", "multiprocessing", "concurrent", "jinja2", "tqdm", "markdown_it"}
    assert modules & unneeded == set()


@pytest.mark.parametrize("args", [["config"], ["--version"]])
def test_a_command_that_reads_no_article_compiles_none_of_the_reading_patterns(args: list[str]):
    modules = _modules_after(*args)
    assert modules & {"numcheck.read.links", "numcheck.read.quantities", "pint"} == set()
