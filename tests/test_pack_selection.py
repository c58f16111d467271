"""Packs of rules are selected like rules (issue 14): all run by default; `packs = [...]` in
the configuration keeps some; a pack's name in `--select` and `--ignore` picks or drops its
rules; `numcheck rules` lists each pack with its rules and `numcheck explain` explains a pack
as it explains a rule."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.test_packs import PACKS

# NC202 (20 women and two children among 18 held) and NC102 (the same parts within 18)
STORY = "Gunmen still hold 18 hostages, including 20 women and two children.\n"


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "siege.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def codes(result) -> list[str]:  # type: ignore[no-untyped-def]
    assert result.returncode in (0, 1), result.stderr
    return re.findall(r" (?:error|warning) (NC\d+) ", result.stdout)


def check(path: Path, *flags: str, cwd: Path | None = None) -> list[str]:
    return codes(run_cli("check", "--format", "concise", *flags, str(path), cwd=cwd))


def test_every_pack_runs_by_default(story: Path):
    assert check(story) == ["NC202"]  # the hostage rule, which NC102 would only repeat


def test_a_pack_name_selects_its_rules(story: Path):
    assert check(story, "--select", "conflict") == ["NC202"]
    assert check(story, "--select", "builtin") == ["NC102"]


def test_a_pack_name_ignores_its_rules(story: Path):
    assert check(story, "--ignore", "CONFLICT") == ["NC102"]


def test_packs_in_the_configuration_keep_only_those_packs(story: Path, tmp_path: Path):
    (tmp_path / "numcheck.toml").write_text('packs = ["builtin"]\n')
    assert check(story, cwd=tmp_path) == ["NC102"]


def test_an_unknown_pack_in_the_configuration_names_its_line_and_the_closest(story: Path, tmp_path: Path):
    (tmp_path / "numcheck.toml").write_text('preview = false\npacks = ["builtin", "conflcit"]\n')
    result = run_cli("check", str(story), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith(
        f"{tmp_path / 'numcheck.toml'}:2: 'packs': unknown rule pack 'conflcit' (did you mean conflict?)"
    )


def test_numcheck_config_shows_the_packs(tmp_path: Path):
    (tmp_path / "numcheck.toml").write_text('packs = ["builtin", "conflict"]\n')
    out = run_cli("config", str(tmp_path)).stdout
    assert f'packs = ["builtin", "conflict"]  # {tmp_path / "numcheck.toml"}' in out


def test_numcheck_rules_lists_each_pack_with_its_rules():
    listing = run_cli("rules").stdout
    blocks = listing.strip().split("\n\n")
    assert blocks[0].startswith("builtin: 24 rules - Generic checks")
    conflict = next(b for b in blocks if b.startswith("conflict: "))
    assert [line.split()[0] for line in conflict.splitlines()[1:4]] == ["NC201", "NC202", "NC203"]


def test_explain_explains_a_pack_and_each_of_its_rules():
    pack = run_cli("explain", "conflict")
    assert pack.returncode == 0
    assert re.search(r"^conflict: a pack of \d+ rules \(conflict\.yaml\)$", pack.stdout, re.M)
    assert "It runs only on an article about hostages, kidnappings, detentions" in pack.stdout
    held = "    NC202 held-covers-women-and-children (error): women_held + children_held <= held"
    assert held in pack.stdout
    assert "    NC117 average-agrees (builtin)" in pack.stdout  # the relation it leaves to a built-in
    rule = run_cli("explain", "NC202").stdout
    assert "A rule from conflict.yaml (pack conflict)" in rule
    assert "prisoner exchanges and an article that counts hostages, captives or abductees." in rule


def test_explain_names_the_closest_rule_or_pack_to_a_mistyped_one():
    result = run_cli("explain", "conflcit")
    assert result.returncode == 2
    assert result.stderr.strip() == "numcheck explain: no rule or pack 'conflcit' (did you mean conflict?)"


def test_a_mistyped_pack_in_select_names_the_pack(story: Path):
    result = run_cli("check", "--select", "sprot", str(story))
    assert result.returncode == 2
    assert result.stderr.strip() == "numcheck: --select: unknown rule selector 'sprot' (did you mean sport?)"


def test_numcheck_rules_lists_every_beats_pack():
    listing = run_cli("rules").stdout
    packs = [block.split(":")[0] for block in listing.strip().split("\n\n")]
    assert packs == ["builtin", *PACKS]
