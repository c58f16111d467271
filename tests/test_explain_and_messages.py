"""What `numcheck explain` prints, and a rule message's placeholders checked when its file
loads, through the command line (issue 15)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli

RESCUE = """
name: mine-rescues
description: Miners trapped underground and brought out.
concepts:
  trapped:
    description: miners trapped underground
    event: trapped
    entity: miner
  rescued:
    description: miners brought out alive
    event: released
    entity: miner
rules:
  - code: NC301
    name: rescued-within-trapped
    relation: rescued <= trapped
    message: "{MESSAGE}"
    description: Only a miner who was trapped can be brought out.
    valid:
      - "Thirty miners were trapped underground. Rescuers freed 12 miners on Friday."
      - "Some 40 miners were trapped after the collapse; 25 miners were rescued by nightfall."
      - "Eight miners were trapped. All eight miners were rescued alive on Sunday."
    invalid:
      - "Thirty miners were trapped underground. Rescuers freed 42 miners on Friday."
      - "Some 40 miners were trapped after the collapse; 55 miners were rescued by nightfall."
      - "Eight miners were trapped. Nine miners were rescued alive on Sunday."
"""
GOOD = "{rescued.text} rescued cannot be more than the {trapped.text} trapped"
ARTICLE = "Thirty miners were trapped underground. Rescuers freed 42 miners on Friday.\n"


def rule_file(tmp_path: Path, message: str) -> Path:
    path = tmp_path / "rescues.yaml"
    path.write_text(RESCUE.replace("{MESSAGE}", message), encoding="utf-8")
    return path


def test_explain_prints_what_a_user_reads_not_internal_names():
    result = run_cli("explain", "NC102")
    assert result.returncode == 0
    out = result.stdout
    assert "parts_within_total" not in out and "built-in check '" not in out
    assert "{" not in out, "no raw message template"
    assert "What it checks: The figures listed under a total" in out
    assert "Message: The parts named under [the total] add up to more than it" in out
    assert "For example: The parts named under 18 add up to more than it" in out


def test_explain_prints_every_example():
    out = run_cli("explain", "NC101").stdout
    for example in (
        "Hamas returned 110 of the more than 24 people taken.",
        "Rescuers found 40 of the 30 missing miners.",
        "Police detained 45 people, of whom 52 were minors.",
        "Hamas returned 110 of the more than 240 people taken.",
        "Police detained 45 people, of whom 12 were minors.",
    ):
        assert f"    {example}\n" in out


def test_explain_names_a_rule_files_concepts_by_their_descriptions(tmp_path: Path):
    result = run_cli("explain", "--rules", str(rule_file(tmp_path, GOOD)), "NC301")
    assert result.returncode == 0, result.stderr
    assert (
        "What it checks: rescued <= trapped, where rescued is miners brought out alive; "
        "trapped is miners trapped underground." in result.stdout
    )
    assert (
        "Message: [miners brought out alive] rescued cannot be more than the "
        "[miners trapped underground] trapped" in result.stdout
    )
    assert "For example: 42 rescued cannot be more than the Thirty trapped" in result.stdout


def test_a_good_message_fills_in_the_figures(tmp_path: Path):
    article = tmp_path / "collapse.txt"
    article.write_text(ARTICLE)
    result = run_cli("check", "--rules", str(rule_file(tmp_path, GOOD)), "--format", "concise", str(article))
    assert result.returncode == 1
    assert "NC301 rescued-within-trapped: 42 rescued cannot be more than the Thirty trapped" in result.stdout


@pytest.mark.parametrize(
    ("message", "problem"),
    [
        (
            "{rescued.text} rescued of {trapped.txt} trapped",
            "unknown field 'txt' in '{trapped.txt}' (did you mean text?)",
        ),
        (
            "{rescud.text} rescued of {trapped.text} trapped",
            "unknown concept 'rescud' in '{rescud.text}' (did you mean rescued?)",
        ),
        ("{rescued} rescued of {trapped.text} trapped", "'{rescued}' names no field: write {rescued.text}"),
        (
            "{rescued.text rescued of {trapped.text} trapped",
            "'{rescued.text rescued of ' is no placeholder: write {concept.field}",
        ),
    ],
)
def test_a_misspelt_placeholder_is_a_rule_file_error_naming_file_and_line(
    tmp_path: Path, message: str, problem: str
):
    rules = rule_file(tmp_path, message)
    article = tmp_path / "collapse.txt"
    article.write_text(ARTICLE)
    for command in (("check", str(article)), ("rules",), ("explain", "NC301")):
        result = run_cli(*command, "--rules", str(rules))
        assert result.returncode == 2
        assert result.stdout == ""
        assert f"{rules}:17: rules.0.message: {problem}" in result.stderr
        assert "Traceback" not in result.stderr


def test_the_arithmetic_placeholder_is_known(tmp_path: Path):
    article = tmp_path / "collapse.txt"
    article.write_text(ARTICLE)
    rules = rule_file(tmp_path, "More miners rescued than trapped: {arithmetic}")
    result = run_cli("check", "--rules", str(rules), "--format", "concise", str(article))
    assert result.returncode == 1
    assert "More miners rescued than trapped: trapped 'Thirty' is 30, but rescued '42' is 42" in result.stdout
