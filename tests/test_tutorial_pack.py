"""The tutorial "Write a pack for your beat" (docs/packs.md) builds a court-reporting pack
from its own text alone, and the pack it builds ships in docs/examples/courts/ and works."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli

TUTORIAL = ROOT / "docs" / "packs.md"
PACK = ROOT / "docs" / "examples" / "courts"


def yaml_blocks() -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", TUTORIAL.read_text(encoding="utf-8"), re.S)


def test_the_tutorial_shows_the_whole_of_both_files_of_the_pack():
    blocks = yaml_blocks()
    assert (PACK / "concepts.yaml").read_text(encoding="utf-8") in blocks
    assert (PACK / "courts.yaml").read_text(encoding="utf-8") in blocks


def test_every_piece_the_tutorial_builds_is_in_the_pack_it_ships():
    pack = (PACK / "courts.yaml").read_text(encoding="utf-8")
    pieces = [b for b in yaml_blocks()[1:-1] if "[tool.numcheck]" not in b]
    assert pieces and all(piece.strip() in pack for piece in pieces)


def test_the_courts_pack_passes_its_examples():
    result = run_cli("rules", "--test", "--rules", str(PACK))
    assert result.returncode == 0, result.stdout
    assert result.stdout.strip().endswith("examples, 0 failed")


def test_the_courts_pack_has_four_examples_of_each_kind_for_each_rule():
    from numcheck.engine.engine import load_rules

    courts = [r for r in load_rules((PACK.resolve(),)).rules if r.pack == "courts"]
    assert [r.code for r in courts] == ["NC311", "NC312", "NC313"]
    assert all(len(r.valid) >= 4 and len(r.invalid) >= 4 for r in courts)


def test_the_tutorials_trial_raises_what_the_tutorial_shows(tmp_path: Path):
    trial = tmp_path / "trial.txt"
    trial.write_text(
        "He faced 10 counts of fraud. The jury convicted him on nine counts and acquitted him on three.\n"
    )
    result = run_cli("check", "--rules", str(PACK), "trial.txt", cwd=tmp_path)
    assert result.returncode == 1
    shown = TUTORIAL.read_text(encoding="utf-8")
    for line in result.stdout.splitlines()[:6]:
        assert line in shown, line


@pytest.mark.parametrize(
    "text",
    [
        "He was sentenced to 10 years in prison, with four years suspended, and faced 12 counts.",
        "The defendants were 14 in all; nine were convicted, four acquitted and one faces a retrial.",
    ],
)
def test_the_courts_pack_runs_only_when_it_is_given(text: str):
    import numcheck

    assert [f.code for f in numcheck.check(text) if f.code.startswith("NC31")] == []


def test_the_readme_links_the_tutorial():
    assert "docs/packs.md" in (ROOT / "README.md").read_text(encoding="utf-8")
