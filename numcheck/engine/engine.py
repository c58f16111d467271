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
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

from numcheck.engine.checks import CHECKS, _clock
from numcheck.engine.context import Context, by_id
from numcheck.engine.expressions import (
    POINT,
    Binary,
    Call,
    Name,
    Negate,
    Node,
    Relation,
    addends,
    dimension_of,
    evaluate,
    names,
    render,
    summed,
)
from numcheck.engine.findings import Finding, Violation, fill, finding, judge, quoted, reads, repeated
from numcheck.engine.intervals import Interval, describe
from numcheck.engine.rulefiles import PLACEHOLDER, Rule, RuleSet, read_rules
from numcheck.read import lazy_regex as re
from numcheck.read.claims import Claim

MAX_COMBINATIONS = 2000


def _unit_of(claim: Claim, scope: str) -> int:
    """The sentence, paragraph or document (0) a claim stands in, as a rule's scope reads it."""
    if scope == "sentence":
        return claim.sentence_index
    if scope == "paragraph":
        return claim.paragraph
    return 0


def _respects_parts(choice: dict[str, Claim], matches: dict[str, list[Claim]], apart: list[set[str]]) -> bool:
    """A part known to belong to a whole is only set against that whole, and never added to it
    as a figure counted apart ("released 900 ..., 300 of them had been held" is not 900
    released and 300 still held); a change's end and its start are never two of the figures."""
    for claim in choice.values():
        if claim.part_of is None:
            continue
        for name, candidates in matches.items():
            if name not in choice:
                continue  # a role summed over all its claims ("sum(seats_held)") chooses none of them
            if any(c.id == claim.part_of for c in candidates) and choice[name].id != claim.part_of:
                return False
    for group in apart:
        ids = {choice[name].id for name in group}
        if any(choice[name].part_of in ids for name in group):
            return False
    # "472 hospitalised cases, up from 330 the week before": one figure at two times, no two roles
    chosen = {claim.id for claim in choice.values()}
    return not any(claim.change_from in chosen for claim in choice.values())


def day_span(date: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day an ISO date may mean: a day ('2023-10-07'), a month ('2023-10'),
    an ISO week ('2023-W48') or a year ('2016'); None for one without a year ('XXXX-10-07'), a
    decade or a season."""
    try:
        if len(date) == 4 and date.isdigit():
            return dt.date(int(date), 1, 1), dt.date(int(date), 12, 31)
        if "-W" in date:
            year, week = date.split("-W")
            monday = dt.date.fromisocalendar(int(year), int(week), 1)
            return monday, monday + dt.timedelta(days=6)
        if len(date) == 7:
            first = dt.date.fromisoformat(date + "-01")
            return first, (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
        day = dt.date.fromisoformat(date)
        return day, day
    except ValueError:
        return None


_SECONDS_A_DAY = 86_400.0
_YEAR_WRITTEN = re.compile(r"(?<!\d)\d{4}(?!\d)")  # "Oct. 2, 2023", "2016": a date whose year is sure


def _values(context: Context, claim: Claim) -> tuple[Interval, Interval] | None:
    """(strict, typical) intervals of a claim in a relation's units, time in days: a date is the
    day numbers it may mean, a clock time the share of its day (when its half of the day is
    sure: '17:00', '9:45 p.m.'), a duration or an age its length; None for a date or time a
    relation cannot place for sure: a date with no year written ('Oct. 2', which the article's
    year may place on the wrong side of a new year), a weekday, 'the 1990s'."""
    if claim.kind == "date":
        days = day_span(claim.date) if _YEAR_WRITTEN.search(claim.text) else None
        if days is None:
            return None
        return (Interval(days[0].toordinal(), days[1].toordinal()),) * 2
    if claim.kind == "time":
        clock = _clock(claim)
        if clock is None or not clock[1]:
            return None
        return (Interval.point(clock[0] / 1440),) * 2
    strict, typical = context.pair(claim)
    if claim.kind in ("duration", "age") and claim.unit:
        return strict / Interval.point(_SECONDS_A_DAY), typical / Interval.point(_SECONDS_A_DAY)
    return strict, typical


def _described(value: Interval, dimension: str) -> str:
    """An interval as a reporter writes it; of a date, as a date ('2023-10-20')."""
    if dimension != POINT or not all(math.isfinite(v) for v in (value.low, value.high)):
        return describe(value)
    first, last = (dt.date.fromordinal(round(v)).isoformat() for v in (value.low, value.high))
    return first if first == last else f"{first} to {last}"


def _side(
    node: Node,
    value: Interval,
    choice: dict[str, Claim],
    adds: dict[str, list[Claim]],
    typical: bool,
    dimension: str,
) -> str:
    """'released + held = 110 + 138 = 248', "taken 'about 200' allows 180-220", "ended 'Oct. 2'
    is 2023-10-02", 'sum(seats) = 16 + 31 = 47'."""
    if isinstance(node, Name):
        claim = choice[node.name]
        if claim.kind in ("date", "time"):
            return f"{node.name} {quoted(claim)} is {_described(value, dimension)}"
        return f"{node.name} {reads(claim, typical)}"

    def added(name: str) -> str:
        texts = " + ".join(c.text for c in adds[name])
        return f"({texts})" if len(adds[name]) > 1 and node != Call("sum", (Name(name),)) else texts

    figures = render(node, lambda n: choice[n].text if n in choice else n, added)
    return f"{render(node, lambda n: n)} = {figures} = {_described(value, dimension)}"


def _choices(
    rule: Rule, singles: list[str], matches: dict[str, list[Claim]], totals: set[str]
) -> Iterable[tuple[dict[str, Claim], int]]:
    """Each choice of one claim for each concept used alone, with the unit of its scope: every
    combination whose claims share the rule's scope (and its `alike` fields) or, with `pairing:
    nearest`, each claim of the first concept with the nearest claim of each other one in its
    scope (with `previous`, the nearest before it). A relation of sums
    alone is taken once in each unit of its scope that its concepts have claims in."""
    if not singles:
        units = sorted({_unit_of(c, rule.scope) for name in totals for c in matches[name]})
        yield from (({}, unit) for unit in units)
        return
    if rule.pairing in ("nearest", "previous"):
        others = {c.id for name in singles[1:] for c in matches[name]}  # claims of the other concepts
        by_unit: dict[int, list[Claim]] = {}  # the first concept's claims alone, by unit of the scope
        for c in matches[singles[0]]:
            if c.id not in others:
                by_unit.setdefault(_unit_of(c, rule.scope), []).append(c)
        for anchor in matches[singles[0]]:
            unit, choice = _unit_of(anchor, rule.scope), {singles[0]: anchor}
            for name in singles[1:]:
                taken = {c.id for c in choice.values()}
                near = [
                    c
                    for c in matches[name]
                    if _unit_of(c, rule.scope) == unit
                    and c.id not in taken
                    and _alike(rule, [anchor, c])
                    and (rule.pairing == "nearest" or c.start < anchor.start)
                ]
                partner = min(near, key=lambda c: _nearness(c, anchor)) if near else None
                if partner is None or _nearer_anchor(partner, anchor, by_unit.get(unit, [])):
                    break
                choice[name] = partner
            else:
                if _alike(rule, list(choice.values())):
                    yield choice, unit
        return
    for combination in itertools.islice(itertools.product(*(matches[n] for n in singles)), MAX_COMBINATIONS):
        units = {_unit_of(c, rule.scope) for c in combination}
        if (
            len({c.id for c in combination}) == len(combination)
            and len(units) == 1
            and _alike(rule, combination)
        ):
            yield dict(zip(singles, combination, strict=True)), units.pop()


def _whole_after_a_part(claim: Claim, claims: list[Claim]) -> bool:
    """Whether `claim` is a whole named after a part of it among `claims`: "4,161 of the 7,383"."""
    return any(c.part_of == claim.id and c.start < claim.start for c in claims)


def _nearer_anchor(partner: Claim, anchor: Claim, anchors: list[Claim]) -> bool:
    """Whether another of `anchors` (the claims of the anchor's concept alone, in its unit of the
    scope) stands nearer to `partner` than `anchor` does: then the two are not a pair ("from
    April 2018 to January 2019, ... than in April 2017 to January 2018" never sets the second
    span's end against the first span's start)."""
    near = _nearness(anchor, partner)
    return any(other.id != anchor.id and _nearness(other, partner) < near for other in anchors)


def _nearness(claim: Claim, anchor: Claim) -> tuple[int, int, int]:
    """How near a claim stands to an anchor, nearest first: in its sentence, then in a sentence
    before it (what a figure speaks of is said before it), then after it; by characters apart."""
    sentence = 0 if claim.sentence_index == anchor.sentence_index else 1 if claim.start < anchor.start else 2
    return sentence, abs(claim.start - anchor.start), claim.start


def _alike(rule: Rule, claims: Sequence[Claim]) -> bool:
    """Whether the claims share each field the rule's `alike` names, where they have one ("287
    pupils" and "137 pupils", or "137" with no noun, are alike; "12 teachers" is not), and, for a
    rule `in_order`, stand in the text in the order given (the relation's)."""
    ordered = not rule.in_order or all(a.start < b.start for a, b in itertools.pairwise(claims))
    return ordered and all(len({getattr(c, name).lower() for c in claims} - {""}) <= 1 for name in rule.alike)


def _summed(claims: list[Claim], unit: int, scope: str, chosen: set[int]) -> list[Claim]:
    """The claims a sum() adds for one choice: those in the choice's unit of the scope, not chosen
    for another concept, not a part of another claim the sum adds ("60 seats, 10 of them
    new" adds 60), and not a figure given again in a later sentence (the value, unit and noun of
    one the sum adds: "won 70 of the 150 seats. ... had won 70 seats, the Greens 41" adds 70 once)."""
    inside = [c for c in claims if _unit_of(c, scope) == unit and c.id not in chosen]
    ids = {c.id for c in inside}
    added: list[Claim] = []
    for claim in inside:
        again = any(
            (c.value, c.unit, c.entity) == (claim.value, claim.unit, claim.entity)
            and c.sentence_index != claim.sentence_index
            for c in added
        )
        if claim.part_of not in ids and not again:
            added.append(claim)
    return added


def _tolerated(value: Interval, rule: Rule) -> Interval:
    """The right side of a relation widened by the rule's tolerance."""
    if rule.tolerance is None:
        return value
    if rule.tolerance.share:
        return value.widen(rule.tolerance.amount)
    return value.pad(rule.tolerance.amount)


def relation_violations(context: Context, rule: Rule) -> list[Violation]:
    relation: Relation = rule.relation  # type: ignore[assignment]
    used = names(relation)
    totals = summed(relation)
    apart = addends(relation)
    concepts = rule.concepts
    matches = {name: [c for c in context.select(concepts[name]) if _values(context, c)] for name in used}
    if any(not matches[name] for name in used):
        return []
    singles = [name for name in used if _used_alone(relation, name)]
    kinds = [dimension_of(side, lambda n: concepts[n].dimension) for side in (relation.left, relation.right)]
    # a whole named after its part among the claims a sum would add stands for another chamber
    other_whole = any(_whole_after_a_part(c, matches[name]) for name in totals for c in matches[name])
    violations = []
    for choice, unit in _choices(rule, singles, matches, totals):
        if not _respects_parts(choice, matches, apart):
            continue
        if totals and (
            any(sum(_unit_of(c, rule.scope) == unit for c in matches[name]) > 1 for name in singles)
            or other_whole
        ):
            # two chambers in one paragraph ("held 4,161 of the nation's 7,383 seats ... 4,711 of the
            # 5,411 house seats"): which seats go with which is unknown
            continue
        chosen = {c.id for c in choice.values()}
        adds = {name: _summed(matches[name], unit, rule.scope, chosen) for name in totals}
        if any(not claims for claims in adds.values()):
            continue
        sides = [_sides(relation, context, choice, adds, pick, rule) for pick in (0, 1)]
        verdict = judge((sides[0][0], sides[1][0]), relation.comparator, (sides[0][1], sides[1][1]))
        if verdict is None:
            continue
        pick = 1 if verdict else 0
        left = _side(relation.left, sides[pick][0], choice, adds, verdict, kinds[0])
        right = _side(relation.right, sides[pick][1], choice, adds, verdict, kinds[1])
        arithmetic = f"{right}, but {left}" if isinstance(relation.left, Name) else f"{left}, but {right}"
        if not isinstance(relation.left, Name) and not isinstance(relation.right, Name):
            arithmetic = f"{left} and {right}: {relation.text} cannot hold"
        if rule.tolerance is not None:
            arithmetic += f" (within {rule.tolerance})"
        roles = dict(choice)
        for name in totals:
            roles.setdefault(name, adds[name][0])
        involved = [*choice.values(), *(c for name in totals for c in adds[name])]
        violations.append(Violation(roles, arithmetic, verdict, tuple(involved)))
    return violations


def _sides(
    relation: Relation,
    context: Context,
    choice: dict[str, Claim],
    adds: dict[str, list[Claim]],
    pick: int,
    rule: Rule,
) -> tuple[Interval, Interval]:
    """Both sides of the relation for one choice of claims, the right one widened by the rule's
    tolerance; pick 0 strict, 1 typical."""

    def one(name: str) -> Interval:
        return _values(context, choice[name])[pick]  # type: ignore[index]

    def total(name: str) -> Interval:
        value = Interval.point(0.0)
        for claim in adds[name]:
            value = value + _values(context, claim)[pick]  # type: ignore[index]
        return value

    left, right = evaluate(relation.left, one, total), evaluate(relation.right, one, total)
    return left, _tolerated(right, rule)


def _used_alone(relation: Relation, name: str) -> bool:
    """Whether `name` appears outside sum(...)."""

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
        if any(
            domain is not None and not context.select(domain) for domain in (rule.domain, rule.own_domain)
        ):
            continue  # a domain rule on an article outside its domain
        violations = CHECKS[rule.check](context, rule) if rule.builtin else relation_violations(context, rule)
        for violation in violations:
            severity = "warning" if violation.typical_only else rule.severity
            message = fill(rule.message, violation.roles, violation.arithmetic)
            involved = [*violation.roles.values(), *violation.involved]
            result = finding(rule.code, rule.name, severity, message, violation.arithmetic, involved)
            found.setdefault((rule.code, result.claims), result)
    distinct = repeated(_distinct(found.values(), rules), context.by_id)
    return sorted(distinct, key=lambda f: (f.path, f.line, f.column, f.code, f.claims))


def _distinct(findings: Iterable[Finding], rules: RuleSet) -> list[Finding]:
    """One finding per contradiction. A finding of a pack that defers to a rule (its file's
    `defers_to`) is dropped where a finding of that rule shares two of its claims: the same
    relation, which that rule states ("6% does not match 96 of 2,400" is NC104's). Then a
    finding whose claims are all in another kept finding says the same thing again ("20 women"
    within "18 hostages", beside "20 women and two children" within them) and is dropped:
    errors come before warnings, then findings with more claims, then domain rules before
    built-in checks, a user's rule files before the shipped packs."""
    builtin = {r.code for r in rules.rules if r.builtin}
    shipped, defers = rules.shipped, rules.deferred
    findings = list(findings)
    stated = [
        f
        for f in findings
        if not any(
            other.code in defers.get(f.code, ()) and len(set(f.claims) & set(other.claims)) >= 2
            for other in findings
        )
    ]
    order = sorted(
        stated,
        key=lambda f: (f.severity != "error", -len(f.claims), f.code in builtin, f.code in shipped, f.code),
    )
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
