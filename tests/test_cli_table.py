"""`numcheck table` through the real command line: formats, stdin and bad input."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, SEED, run_cli


def test_table_json_has_the_documented_fields_and_null_for_infinite_bounds():
    result = run_cli("table", "--format", "json", str(SEED))
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    for field in (
        "id",
        "path",
        "line",
        "column",
        "start",
        "end",
        "text",
        "value",
        "low",
        "high",
        "low_inclusive",
        "high_inclusive",
        "typical_low",
        "typical_high",
        "unit",
        "kind",
        "entity",
        "event",
        "source",
        "scope",
        "part_of",
        "sentence",
    ):
        assert field in rows[0]
    taken = next(r for r in rows if r["text"] == "more than 240")
    assert taken["high"] is None and taken["low"] == 240
    returned = next(r for r in rows if r["text"] == "110")
    assert returned["part_of"] == taken["id"]


def test_table_csv_and_markdown_and_text():
    csv_out = run_cli("table", "--format", "csv", str(SEED)).stdout
    rows = list(csv.DictReader(io.StringIO(csv_out)))
    assert len(rows) == 34 and rows[0]["kind"] == "date"
    markdown = run_cli("table", "--format", "markdown", str(SEED)).stdout
    assert markdown.startswith("| path | id |") and "| more than 240 |" in markdown
    text = run_cli("table", "--wide", str(SEED)).stdout
    assert "more than 16,000" in text and "total_of=8" in text


def test_standard_input_with_a_name():
    result = run_cli(
        "table",
        "-",
        "--stdin-filename",
        "wire.txt",
        "--format",
        "json",
        stdin=b"Gunmen seized 30 villagers.",
    )
    assert result.returncode == 0
    (row,) = json.loads(result.stdout)
    assert (row["path"], row["value"], row["event"]) == ("wire.txt", 30, "taken")


def test_bad_inputs_get_one_line_each_exit_2_and_the_good_file_is_still_read(tmp_path: Path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x01")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Caf\u00e9 owners said 12 shops closed.".encode("latin-1"))
    missing = tmp_path / "missing.txt"
    folder = tmp_path / "folder"
    folder.mkdir()
    result = run_cli(
        "table",
        "--format",
        "json",
        str(empty),
        str(binary),
        str(latin1),
        str(missing),
        str(folder),
        str(SEED),
    )
    assert result.returncode == 2
    assert len(json.loads(result.stdout)) == 34
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 5
    assert lines[0] == f"{empty}: empty file: nothing to check"
    assert lines[1].startswith(f"{binary}: binary file")
    assert lines[2].startswith(f"{latin1}:1: invalid UTF-8 at byte 3")
    assert lines[3] == f"{missing}: no such file"
    assert lines[4] == (
        f"{folder}: is a directory with no articles (.txt .md .markdown .html .htm .docx) to check"
    )
    assert "Traceback" not in result.stderr


def test_a_usage_error_exits_2():
    result = run_cli("table", "--format", "yaml", str(SEED))
    assert result.returncode == 2 and "invalid choice" in result.stderr


def test_a_broken_lexicon_file_is_named_with_its_line(tmp_path: Path):
    (tmp_path / "qualifiers.yaml").write_text(
        "qualifiers:\n  - bound: about\n    phrases: [circa]\n    colour: red\n"
    )
    result = run_cli("table", "--rules", str(tmp_path), str(SEED))
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"{tmp_path / 'qualifiers.yaml'}:4: qualifiers.0.colour: unknown field 'colour' "
        "(expected one of: bound, examples, phrases, position)"
    )


def test_invalid_yaml_in_a_lexicon_file_is_named_with_its_line(tmp_path: Path):
    (tmp_path / "concepts.yaml").write_text("events:\n  taken: [seized\n  held: [held]\n")
    result = run_cli("table", "--rules", str(tmp_path), str(SEED))
    assert result.returncode == 2
    assert result.stderr.startswith(f"{tmp_path / 'concepts.yaml'}:3: invalid YAML")


def test_the_text_table_loads_pint_without_numpy_and_still_converts_units(tmp_path: Path):
    script = (
        "import sys\n"
        "from numcheck.lint.cli import main\n"
        "sys.argv = ['numcheck', 'table', '-']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('numpy' in sys.modules, 'pint' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        input="The fire burned 40,000 acres (16,000 hectares), 25 miles from town.",
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "NUMCHECK_CACHE_DIR": str(tmp_path)},  # a first run: pint is needed
        timeout=120,
    )
    assert "hectare" in result.stdout and result.stdout.splitlines()[-1] == "False True"


def test_table_takes_jobs_and_no_progress_and_prints_the_same_table_as_one_job(tmp_path: Path):
    towns = (("Ashford", 120, 45), ("Bexley", 300, 80), ("Crawley", 95, 12), ("Dover", 60, 7))
    for town, homes, flooded in towns:
        (tmp_path / f"{town.lower()}.txt").write_text(
            f"Flooding damaged {homes} homes in {town}, {flooded} of them beyond repair, the council said.\n"
        )
    one = run_cli("table", "--jobs", "1", "--format", "csv", str(tmp_path))
    two = run_cli("table", "--jobs", "2", "--no-progress", "--format", "csv", str(tmp_path))
    assert one.returncode == two.returncode == 0
    assert two.stdout == one.stdout
    assert {row["path"] for row in csv.DictReader(io.StringIO(two.stdout))} == {
        str(p) for p in tmp_path.glob("*.txt")
    }
