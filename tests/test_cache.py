"""numcheck's cache folder: what a run worked out with pint and Lark is reused by the runs after
it, and a cache that cannot be used changes nothing but the time a run takes."""

from __future__ import annotations

import functools
import itertools
import os
import subprocess
import sys
from pathlib import Path

import pint
import pytest

from numcheck.read.lexicon import load_lexicon
from numcheck.read.units import UnitsDiffer, convert
from tests.conftest import ROOT

ARTICLE = "The fire burned 40,000 acres (16,000 hectares) about 25 miles from town, over 3 days.\n"


def _table(cache: str) -> tuple[str, bool]:
    """The text table of ARTICLE, and whether the run loaded pint, with `cache` as the folder."""
    script = (
        "import sys\n"
        "from numcheck.lint.cli import main\n"
        "try:\n"
        "    main(['table', '-'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('pint' in sys.modules)\n"
    )
    env = {**os.environ, "NUMCHECK_CACHE_DIR": cache}
    command = [sys.executable, "-c", script]
    result = subprocess.run(
        command, input=ARTICLE, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    *table, loaded = result.stdout.splitlines()
    return "\n".join(table), loaded == "True"


def test_a_second_run_converts_units_without_loading_pint(tmp_path: Path):
    first, first_loaded = _table(str(tmp_path))
    second, second_loaded = _table(str(tmp_path))
    assert "hectare" in first and second == first
    assert (first_loaded, second_loaded) == (True, False)


def test_an_empty_setting_turns_the_cache_off(tmp_path: Path):
    _, first_loaded = _table("")
    _, second_loaded = _table("")
    assert first_loaded and second_loaded


def test_a_cache_folder_that_cannot_be_made_changes_nothing_but_the_time(tmp_path: Path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    unusable, _ = _table(str(blocked / "cache"))
    usable, _ = _table(str(tmp_path / "cache"))
    assert unusable == usable


def test_a_damaged_cache_entry_is_worked_out_again(tmp_path: Path):
    expected, _ = _table(str(tmp_path))
    for entry in tmp_path.iterdir():
        entry.write_bytes(b"\x00 not what was written")
    again, loaded = _table(str(tmp_path))
    assert again == expected and loaded


def _units_of_one_base() -> list[tuple[str, str]]:
    """Every two units of the lexicon that pint expresses in the same base unit."""
    definitions = load_lexicon().definitions
    registry = pint.UnitRegistry(str(definitions[0]))
    units = sorted({form.unit for form in load_lexicon().unit_forms.values()})
    base = {unit: str(registry.Quantity(1.0, unit).to_base_units().units) for unit in units}
    return [(a, b) for a, b in itertools.permutations(units, 2) if base[a] == base[b]]


@functools.lru_cache(maxsize=1)
def _registry() -> pint.UnitRegistry:
    return pint.UnitRegistry(str(load_lexicon().definitions[0]), autoconvert_offset_to_baseunit=True)


@pytest.mark.parametrize(("unit", "target"), _units_of_one_base())
def test_a_conversion_through_base_units_is_pints_own(unit: str, target: str):
    definitions, registry = load_lexicon().definitions, _registry()
    for value in (0.0, 1.0, 37.5, -12.0):
        expected = registry.Quantity(value, unit).to(target).magnitude
        assert convert(value, unit, target, definitions) == pytest.approx(expected, rel=1e-9, abs=1e-9)


@pytest.mark.parametrize(("unit", "target"), [("mile", "hour"), ("percent", "degree")])
def test_units_of_different_base_units_do_not_convert(unit: str, target: str):
    with pytest.raises(UnitsDiffer):
        convert(5.0, unit, target, load_lexicon().definitions)
