"""Checks in preview, and domain rule files: what runs by default, and where.

A check that is not yet right on real copy stays in preview (`preview: true` in its rule
file): it runs with `--preview` or `preview = true` in the configuration, never by default. A
rule file's `domain` names the claims an article must have for its rules to run.
"""

from __future__ import annotations

from pathlib import Path

import numcheck
from tests.conftest import run_cli

RESTATED = "The floods killed 40 people on Monday. The floods killed 45 people on Monday.\n"

DOMAIN_FILE = """
domain:
  description: a story that counts passengers
  entity: [passenger]
concepts:
  on_board:
    event: aboard
  rescued:
    event: released
rules:
  - code: NC301
    name: rescued-within-on-board
    relation: rescued <= on_board
    message: "{rescued.text} rescued of {on_board.text} on board"
"""


def test_a_check_in_preview_does_not_run_by_default(tmp_path: Path):
    article = tmp_path / "floods.txt"
    article.write_text(RESTATED)
    result = run_cli("check", str(article))
    assert (result.returncode, "NC109" in result.stdout) == (0, False)


def test_the_preview_flag_runs_the_checks_in_preview(tmp_path: Path):
    article = tmp_path / "floods.txt"
    article.write_text(RESTATED)
    result = run_cli("check", "--preview", str(article))
    assert (result.returncode, "NC109" in result.stdout) == (1, True)


def test_preview_can_be_turned_on_in_the_configuration(tmp_path: Path):
    (tmp_path / "numcheck.toml").write_text("preview = true\n")
    (tmp_path / "floods.txt").write_text(RESTATED)
    result = run_cli("check", "floods.txt", cwd=tmp_path)
    assert "NC109" in result.stdout


def test_preview_in_the_configuration_must_be_true_or_false(tmp_path: Path):
    (tmp_path / "numcheck.toml").write_text('preview = "yes"\n')
    (tmp_path / "floods.txt").write_text(RESTATED)
    result = run_cli("check", "floods.txt", cwd=tmp_path)
    assert result.returncode == 2 and "numcheck.toml:1: 'preview' must be true or false" in result.stderr


def test_the_python_api_runs_preview_checks_only_when_asked():
    assert [f.code for f in numcheck.check(RESTATED)] == []
    assert [f.code for f in numcheck.check(RESTATED, preview=True)] == ["NC109"]


def test_numcheck_rules_marks_the_checks_in_preview():
    lines = run_cli("rules").stdout.splitlines()
    assert any(line.startswith("NC109") and line.endswith("(preview)") for line in lines)
    assert not any(line.startswith("NC101") and "(preview)" in line for line in lines)


def test_hostage_rules_stay_silent_on_a_story_with_no_hostages():
    text = (
        "The shelter took in 200 people during the blizzard. It released 150 people on Sunday "
        "after the roads reopened, and still holds 120 people, most of them long-term residents."
    )
    assert numcheck.check(text) == []


def test_hostage_rules_run_where_hostages_are_counted():
    text = "Gunmen seized 20 people; 12 hostages have been released and 18 hostages are still held."
    assert [f.code for f in numcheck.check(text)] == ["NC201"]


def test_a_domain_rule_runs_only_on_articles_of_its_domain(tmp_path: Path):
    rules = tmp_path / "ferries.yaml"
    rules.write_text(DOMAIN_FILE)
    drill = "The drill put 40 people on board the lifeboats. Rescuers said 45 people were rescued."
    ferry = "The ferry sank with 40 passengers on board. Rescuers said 45 people were rescued."
    assert numcheck.check(drill, rules=[rules]) == []
    assert [f.code for f in numcheck.check(ferry, rules=[rules])] == ["NC301"]


def test_an_unknown_field_in_a_domain_names_its_line(tmp_path: Path):
    rules = tmp_path / "ferries.yaml"
    rules.write_text(DOMAIN_FILE.replace("  entity: [passenger]", "  topic: ferries"))
    result = run_cli("rules", "--rules", str(rules))
    assert result.returncode == 2 and "ferries.yaml:4: domain.topic: unknown field 'topic'" in result.stderr
