"""Broken rule files: one line naming the file, the line and the field; exit status 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SEED, run_cli

GOOD_RULE = """
  - code: NC301
    name: taken-at-least-held
    relation: taken >= held
    message: "{taken.text} taken, {held.text} held"
"""


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("rules: [\n  - code: NC301\n", ":2: invalid YAML"),
        (
            "rules:" + GOOD_RULE.replace("taken >= held", "kidnapped >= held"),
            ":4: rules.0.relation: NC301 taken-at-least-held: unknown concept 'kidnapped'",
        ),
        (
            "rules:" + GOOD_RULE.replace("taken >= held", "taken >= + held *"),
            ":4: rules.0.relation: NC301 taken-at-least-held: column 10: "
            "unexpected '+' in 'taken >= + held *'",
        ),
        (
            "rules:" + GOOD_RULE.replace("    message:", "    colour: red\n    message:"),
            ":5: rules.0.colour: unknown field 'colour'",
        ),
        ("rules:" + GOOD_RULE.replace("NC301", "NC201"), ":2: rules.0.code: duplicate code 'NC201'"),
        ("rules:" + GOOD_RULE.replace("NC301", "X301"), ":2: rules.0.code: code 'X301' must be NC"),
        (
            "concepts:\n  ransom:\n    currency: USD\n",
            ":3: concepts.ransom.currency: unknown field 'currency'",
        ),
        (
            "concepts:\n  strikers:\n    entity: [worker, no]\n",
            ":3: concepts.strikers.entity: must be a word or a list of words",
        ),
        (
            "rules:" + GOOD_RULE.replace("taken >= held", "taken >= " + " + ".join(["held"] * 1000)),
            ":4: rules.0.relation: NC301 taken-at-least-held: column 1001: the relation is 7,006 "
            "characters long, more than the 1,000 allowed: split it into smaller rules in "
            "'taken >= held + held + held + held + held + held + held + he…'",
        ),
        (
            "rules:"
            + GOOD_RULE.replace("taken >= held", "taken >= " + "held + (" * 105 + "held" + ")" * 105),
            ":4: rules.0.relation: NC301 taken-at-least-held: column 1: the relation nests 107 "
            "operations deep, more than the 100 allowed",
        ),
    ],
    ids=[
        "yaml",
        "unknown-concept",
        "syntax",
        "unknown-field",
        "duplicate-code",
        "bad-code",
        "concept-field",
        "yaml-boolean",
        "long-relation",
        "deep-relation",
    ],
)
def test_a_broken_rule_file_is_one_line_naming_file_line_and_field(tmp_path: Path, content, expected):
    rule_file = tmp_path / "broken.yaml"
    rule_file.write_text(content)
    result = run_cli("check", "--rules", str(rule_file), str(SEED))
    assert result.returncode == 2
    assert result.stdout == ""
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(str(rule_file) + expected), line
    assert "Traceback" not in result.stderr


def test_a_missing_rules_path_is_a_usage_error(tmp_path: Path):
    result = run_cli("check", "--rules", str(tmp_path / "nowhere"), str(SEED))
    assert (
        result.returncode == 2
        and result.stderr.strip() == f"{tmp_path / 'nowhere'}: no such rule file or folder"
    )


def test_numcheck_rules_lists_builtins_and_domain_rules():
    result = run_cli("rules")
    assert result.returncode == 0
    assert (
        "NC101  part-within-whole" in result.stdout
        and "NC201  hostages-taken-covers-released-and-held" in result.stdout
    )


def test_numcheck_rules_test_runs_every_example():
    result = run_cli("rules", "--test")
    assert result.returncode == 0, result.stdout
    assert result.stdout.strip().endswith("examples, 0 failed")


def test_numcheck_rules_test_names_a_failing_example(tmp_path: Path):
    rule_file = tmp_path / "weak.yaml"
    rule_file.write_text(
        "rules:" + GOOD_RULE + "    valid: ['Hamas took 10 people and still holds 20 hostages.']\n"
        "    invalid: ['Hamas took 240 people and still holds 138 hostages.']\n"
    )
    result = run_cli("rules", "--test", "--rules", str(rule_file))
    assert result.returncode == 1
    assert "NC301 taken-at-least-held: needs at least three valid and three invalid examples" in result.stdout
    assert "valid example raised error" in result.stdout
    assert (
        "invalid example raised nothing: 'Hamas took 240 people and still holds 138 hostages.'"
        in result.stdout
    )


def test_a_rule_file_nested_too_deeply_for_the_pure_python_yaml_loader_is_one_line(
    tmp_path: Path, monkeypatch
):
    import yaml

    from numcheck.yamlfile import YamlFileError, load_yaml

    monkeypatch.setattr("numcheck.yamlfile._LOADER", yaml.SafeLoader)  # PyYAML built without libyaml
    rule_file = tmp_path / "deep.yaml"
    rule_file.write_text("rules: " + "[" * 3000 + "]" * 3000 + "\n")
    with pytest.raises(YamlFileError) as error:
        load_yaml(rule_file)
    assert str(error.value) == f"{rule_file}: invalid YAML: nested too deeply"
