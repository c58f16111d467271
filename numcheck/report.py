"""Writing findings: text for people, JSON for machines, and the rule list.

Job: turn findings (with the claims they involve) into the text of one report. Text is one
line per finding, `path:line:col: severity CODE name: message`, then the quoted sentence of
every claim involved (with its line) and the arithmetic. JSON is a list of findings with
their location, rule, message, arithmetic and the claim rows involved (as in
`numcheck table --format json`). Formatters return strings; only the CLI writes them.

Limits: no I/O; findings are sorted by path and position.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict

from numcheck.claims import Claim
from numcheck.findings import Finding
from numcheck.formats import json_row
from numcheck.rulefiles import Rule

FINDING_FORMATS = ("text", "json")
ClaimsByPath = Mapping[str, Mapping[int, Claim]]


def _sorted(findings: Sequence[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (f.path, f.line, f.column, f.code, f.claims))


def findings_text(findings: Sequence[Finding], claims: ClaimsByPath) -> str:
    lines = []
    for f in _sorted(findings):
        lines.append(f"{f.path}:{f.line}:{f.column}: {f.severity} {f.code} {f.name}: {f.message}")
        shown: set[int] = set()
        for claim_id in f.claims:
            claim = claims[f.path][claim_id]
            if claim.sentence_index in shown:
                continue
            shown.add(claim.sentence_index)
            lines.append(f"    {claim.line:>4} | {claim.sentence}")
        lines.append(f"         = {f.arithmetic}")
    errors = sum(f.severity == "error" for f in findings)
    warnings = len(findings) - errors
    if findings:
        lines.append(f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}")
    return "\n".join(lines) + ("\n" if lines else "")


def finding_object(finding: Finding, claims: ClaimsByPath) -> dict:
    data = asdict(finding)
    data["claims"] = [
        json_row({name: getattr(claims[finding.path][i], name) for name in Claim.__dataclass_fields__})
        for i in finding.claims
    ]
    return data


def findings_json(findings: Sequence[Finding], claims: ClaimsByPath) -> str:
    return (
        json.dumps([finding_object(f, claims) for f in _sorted(findings)], indent=2, ensure_ascii=False)
        + "\n"
    )


FINDING_WRITERS = {"text": findings_text, "json": findings_json}


def rules_text(rules: Sequence[Rule]) -> str:
    """One line per rule: code, name, severity, kind (built-in or the file it comes from)."""
    width = max((len(r.name) for r in rules), default=10)
    lines = []
    for rule in sorted(rules, key=lambda r: r.code):
        origin = "built-in" if rule.builtin else rule.path
        lines.append(f"{rule.code}  {rule.name:<{width}}  {rule.severity:<7}  {origin}")
    return "\n".join(lines) + "\n"


def rule_failures_text(failures: Sequence[tuple[Rule, str, str]]) -> str:
    """'path:line: CODE name: invalid example raised nothing: "..."' per failing example."""
    return "".join(
        f"{rule.path}:{rule.line}: {rule.code} {rule.name}: {problem}: {example!r}\n"
        for rule, problem, example in failures
    )
