"""A new user adds a domain without Python, following docs/rules.md."""

from __future__ import annotations

from pathlib import Path

import numcheck
from tests.conftest import run_cli

ELECTIONS = """
name: local-elections
description: Votes, ballots and turnout.
concepts:
  candidate_votes:
    entity: vote
  cast:
    entity: ballot
  registered:
    entity: voter
  turnout:
    kind: percent
    event: voted
rules:
  - code: NC301
    name: candidate-votes-within-votes-cast
    relation: sum(candidate_votes) <= cast
    message: "The candidates' votes add up to more than the {cast.text} ballots cast"
    valid:
      - "Smith won 5,200 votes and Jones 4,100 votes of the 9,800 ballots cast."
      - "Lee took 300 votes, Park 250 votes; 600 ballots were cast."
      - "The winner had 51 votes of the 100 ballots cast."
    invalid:
      - "Smith won 5,200 votes and Jones 4,900 votes of the 9,800 ballots cast."
      - "Lee took 300 votes, Park 350 votes; 600 ballots were cast."
      - "The winner had 151 votes of the 100 ballots cast."
  - code: NC302
    name: turnout-is-votes-cast-over-registered
    relation: turnout == 100 * cast / registered
    message: "Turnout {turnout.text} does not match {cast.text} ballots from {registered.text} voters"
    valid:
      - "There were 9,800 ballots cast. Turnout was 49%, with 20,000 registered voters."
      - "Officials counted 600 ballots. Turnout was 60%, with 1,000 registered voters."
      - "Some 4,400 ballots were cast. Turnout was about 22%, with 20,000 registered voters."
    invalid:
      - "There were 9,800 ballots cast. Turnout was 59%, with 20,000 registered voters."
      - "Officials counted 600 ballots. Turnout was 40%, with 1,000 registered voters."
      - "Some 4,400 ballots were cast. Turnout was about 32%, with 20,000 registered voters."
"""

CONSISTENT = (
    "Smith won 5,200 votes and Jones 4,100 votes of the 9,800 ballots cast on Sunday. "
    "Turnout was 49%, with 20,000 registered voters."
)
CONTRADICTORY = (
    "Smith won 5,200 votes and Jones 4,900 votes of the 9,800 ballots cast on Sunday. "
    "Turnout was 59%, with 20,000 registered voters."
)


def test_an_elections_rule_file_catches_a_contradiction_and_passes_its_twin(tmp_path: Path):
    rules = tmp_path / "elections.yaml"
    rules.write_text(ELECTIONS)
    assert numcheck.check(CONSISTENT, rules=[rules]) == []
    codes = sorted(f.code for f in numcheck.check(CONTRADICTORY, rules=[rules]))
    assert codes == ["NC301", "NC302"]


def test_the_users_rule_examples_pass_through_the_cli(tmp_path: Path):
    rules = tmp_path / "elections.yaml"
    rules.write_text(ELECTIONS)
    result = run_cli("rules", "--test", "--rules", str(rules))
    assert result.returncode == 0, result.stdout
    assert "NC301" in run_cli("rules", "--rules", str(rules)).stdout


def test_the_docs_example_rule_file_is_valid(tmp_path: Path):
    docs = (Path(__file__).resolve().parent.parent / "docs" / "rules.md").read_text(encoding="utf-8")
    example = docs.split("```yaml\n", 1)[1].split("```", 1)[0]
    rules = tmp_path / "docs-example.yaml"
    rules.write_text(example)
    result = run_cli("rules", "--rules", str(rules))
    assert result.returncode == 0, result.stderr
    assert "NC301  candidate-votes-within-votes-cast" in result.stdout
