"""The rule engine: from a claims table and a rule set to findings.

Job: select each concept's claims from the claims (`Context.select`), evaluate each rule's
relation over every combination of matching claims with interval arithmetic, run the
built-in checks (`checks`), and turn what cannot hold into Findings: an error when no
values the words allow satisfy the relation, a warning when only the strict reading, not
the typical one, allows it. Nothing otherwise: a lint that cries wolf is switched off.

Limits: pure. Combinations per rule are capped (`MAX_COMBINATIONS`); a claim that is known
to be part of another (`part_of`) is only combined with that whole. A concept with no claims
leaves its rules unchecked.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

from numcheck.engine.checks import CHECKS
from numcheck.engine.context import Context, by_id
from numcheck.engine.expressions import Name, Node, Relation, evaluate, names, render, summed
from numcheck.engine.findings import Finding, Violation, fill, finding, judge, reads, repeated
from numcheck.engine.intervals import Interval, describe
from numcheck.engine.rulefiles import PLACEHOLDER, Rule, RuleSet, read_rules
from numcheck.read.claims import Claim

MAX_COMBINATIONS = 2000


def _same_scope(combination: Sequence[Claim], scope: str) -> bool:
    if scope == "sentence":
        return len({c.sentence_index for c in combination}) <= 1
    if scope == "paragraph":
        return len({c.paragraph for c in combination}) <= 1
    return True


def _respects_parts(choice: dict[str, Claim], matches: dict[str, list[Claim]]) -> bool:
    """A part known to belong to a whole is only set against that whole."""
    for claim in choice.values():
        if claim.part_of is None:
            continue
        for name, candidates in matches.items():
            if any(c.id == claim.part_of for c in candidates) and choice[name].id != claim.part_of:
                return False
    return True


def _side(node: Node, value: Interval, choice: dict[str, Claim], typical: bool) -> str:
    """'released + held = 110 + 138 = 248' or "taken 'about 200' allows 180-220"."""
    if isinstance(node, Name):
        claim = choice[node.name]
        return f"{node.name} {reads(claim, typical)}"
    figures = render(node, lambda n: choice[n].text if n in choice else n)
    return f"{render(node, lambda n: n)} = {figures} = {describe(value)}"


def relation_violations(context: Context, rule: Rule) -> list[Violation]:
    relation: Relation = rule.relation  # type: ignore[assignment]
    used = names(relation)
    totals = summed(relation)
    matches = {name: context.select(context.rules.concepts[name]) for name in used}
    singles = [name for name in used if _used_alone(relation, name)]
    if any(not matches[name] for name in used):
        return []
    sums = {name: context.total(matches[name]) for name in totals}
    violations = []
    for combination in itertools.islice(itertools.product(*(matches[n] for n in singles)), MAX_COMBINATIONS):
        if len({c.id for c in combination}) < len(combination) or not _same_scope(combination, rule.scope):
            continue
        choice = dict(zip(singles, combination, strict=True))
        if not _respects_parts(choice, matches):
            continue
        sides = [_sides(relation, context, choice, sums, pick) for pick in (0, 1)]
        verdict = judge((sides[0][0], sides[1][0]), relation.comparator, (sides[0][1], sides[1][1]))
        if verdict is None:
            continue
        pick = 1 if verdict else 0
        left = _side(relation.left, sides[pick][0], choice, verdict)
        right = _side(relation.right, sides[pick][1], choice, verdict)
        arithmetic = f"{right}, but {left}" if isinstance(relation.left, Name) else f"{left}, but {right}"
        if not isinstance(relation.left, Name) and not isinstance(relation.right, Name):
            arithmetic = f"{left} and {right}: {relation.text} cannot hold"
        roles = dict(choice)
        for name in totals:
            roles.setdefault(name, matches[name][0])
        violations.append(Violation(roles, arithmetic, verdict))
    return violations


def _sides(
    relation: Relation,
    context: Context,
    choice: dict[str, Claim],
    sums: dict[str, tuple[Interval, Interval]],
    pick: int,
) -> tuple[Interval, Interval]:
    """Both sides of the relation for one choice of claims; pick 0 strict, 1 typical."""

    def one(name: str) -> Interval:
        return context.pair(choice[name])[pick]

    def total(name: str) -> Interval:
        return sums[name][pick]

    return evaluate(relation.left, one, total), evaluate(relation.right, one, total)


def _used_alone(relation: Relation, name: str) -> bool:
    """Whether `name` appears outside sum(...)."""
    from numcheck.engine.expressions import Binary, Call, Negate

    def walk(node: Node) -> bool:
        if isinstance(node, Name):
            return node.name == name
        if isinstance(node, Negate):
            return walk(node.operand)
        if isinstance(node, Binary):
            return walk(node.left) or walk(node.right)
        if isinstance(node, Call):
            return node.function != "sum" and any(walk(a) for a in node.arguments)
        return False

    return walk(relation.left) or walk(relation.right)


def load_rules(extra: tuple[Path, ...] = ()) -> RuleSet:
    """The built-in checks, the shipped rule files, then each extra file or folder, in order,
    each built-in rule validated against the checks registered in `checks.CHECKS`."""
    return read_rules(extra, frozenset(CHECKS))


def check(
    claims: Sequence[Claim],
    rules: RuleSet,
    definitions: tuple[Path, ...],
    select: Sequence[Rule] | None = None,
    preview: bool = False,
    events: Mapping[str, str] | None = None,
    reference: dt.date | None = None,
) -> list[Finding]:
    """Every finding of `rules` (or of the rules in `select`) on one document's claims; rules
    in preview run only when `preview` is set or when `select` names them. `events` are the
    lexicon's event words (a check that matches an event named in words needs them);
    `reference` is the article's date, when known (`claims.article_date`)."""
    if not claims:
        return []
    context = Context(claims, by_id(claims), rules, definitions, events=events or {}, reference=reference)
    found: dict[tuple[str, tuple[int, ...]], Finding] = {}
    chosen = select if select is not None else [r for r in rules.rules if preview or not r.preview]
    for rule in chosen:
        if rule.domain is not None and not context.select(rule.domain):
            continue  # a domain rule on an article outside its domain
        violations = CHECKS[rule.check](context, rule) if rule.builtin else relation_violations(context, rule)
        for violation in violations:
            severity = "warning" if violation.typical_only else rule.severity
            message = fill(rule.message, violation.roles, violation.arithmetic)
            result = finding(
                rule.code, rule.name, severity, message, violation.arithmetic, list(violation.roles.values())
            )
            found.setdefault((rule.code, result.claims), result)
    distinct = repeated(_distinct(found.values(), rules), context.by_id)
    return sorted(distinct, key=lambda f: (f.path, f.line, f.column, f.code, f.claims))


def _distinct(findings: Iterable[Finding], rules: RuleSet) -> list[Finding]:
    """One finding per contradiction: a finding whose claims are all in another kept finding
    says the same thing again ("20 women" within "18 hostages", beside "20 women and two
    children" within them) and is dropped. Errors come before warnings, then findings with more
    claims, then domain rules before built-in checks."""
    builtin = {r.code for r in rules.rules if r.builtin}
    order = sorted(findings, key=lambda f: (f.severity != "error", -len(f.claims), f.code in builtin, f.code))
    kept: list[Finding] = []
    containing: dict[int, list[frozenset[int]]] = defaultdict(list)  # claim id -> kept claim sets
    for candidate in order:
        claims = frozenset(candidate.claims)
        if not any(claims <= other for other in containing[candidate.claims[0]]):
            kept.append(candidate)
            for claim in claims:
                containing[claim].append(claims)
    return kept


def run_examples(
    rules: RuleSet, lexicon_check: Callable[[str, Rule], list[Finding]]
) -> list[tuple[Rule, str, str]]:
    """Every rule's inline examples: each valid one raises nothing, each invalid one raises the rule.

    `lexicon_check(text, rule)` checks one example text with that rule alone. Returns
    (rule, problem, example) for each example that fails, for a finding whose message keeps a
    placeholder its check did not fill, and for a rule with fewer than three of either.
    """
    failures: list[tuple[Rule, str, str]] = []
    for rule in rules.rules:
        if len(rule.valid) < 3 or len(rule.invalid) < 3:
            failures.append(
                (
                    rule,
                    "needs at least three valid and three invalid examples",
                    f"{len(rule.valid)} valid, {len(rule.invalid)} invalid",
                )
            )
        for example in rule.valid:
            raised = lexicon_check(example, rule)
            if raised:
                failures.append(
                    (rule, f"valid example raised {raised[0].severity} '{raised[0].message}'", example)
                )
        for example in rule.invalid:
            raised = lexicon_check(example, rule)
            if not raised:
                failures.append((rule, "invalid example raised nothing", example))
            unfilled = next((m.group() for f in raised for m in PLACEHOLDER.finditer(f.message)), "")
            if unfilled:
                failures.append((rule, f"its check does not fill {unfilled} in the message", example))
    return failures
