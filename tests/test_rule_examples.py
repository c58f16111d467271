"""Every shipped rule and built-in check: its own valid and invalid examples, as tests."""

from __future__ import annotations

import pytest

from numcheck import example_findings
from numcheck.engine.engine import load_rules
from numcheck.read.lexicon import load_lexicon

RULES = load_rules()
LEXICON = load_lexicon()
CASES = [
    (rule, kind, text)
    for rule in RULES.rules
    for kind, texts in (("valid", rule.valid), ("invalid", rule.invalid))
    for text in texts
]


@pytest.mark.parametrize("rule", RULES.rules, ids=lambda r: f"{r.code}-{r.name}")
def test_every_rule_has_three_valid_and_three_invalid_examples(rule):
    assert len(rule.valid) >= 3 and len(rule.invalid) >= 3


@pytest.mark.parametrize(
    ("rule", "kind", "text"), CASES, ids=[f"{r.code}-{k}-{i}" for i, (r, k, _) in enumerate(CASES)]
)
def test_rule_example(rule, kind, text):
    findings = example_findings(text, rule, RULES, LEXICON)
    if kind == "valid":
        assert findings == [], findings
    else:
        assert findings and all(f.code == rule.code for f in findings)


def test_the_shipped_rules_cover_the_builtins_and_the_hostage_domain():
    codes = {r.code for r in RULES.rules}
    assert {f"NC10{i}" for i in range(1, 10)} <= codes
    assert {"NC201", "NC202", "NC203"} <= codes
