"""Findings: one contradiction between claims, with what a report needs to show it.

Job: the Finding record, the interval of a claim under the strict or the typical reading
(in canonical units, so that miles and kilometres add up), and the message template
(`{concept.field}`, `{arithmetic}`), filled without ever evaluating user text; and one
finding for a contradiction an article states again with the same figures (`repeated`: the
other places become the finding's `also_at`).

Limits: pure.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import regex as re

from numcheck.engine.intervals import Interval, describe, possible
from numcheck.engine.rulefiles import FIELDS, PLACEHOLDER
from numcheck.read.claims import Claim
from numcheck.read.units import canonical


@dataclass(frozen=True)
class Place:
    """Where the figures of a finding are stated again: from the first to the last repeated
    figure of one sentence."""

    line: int
    column: int
    end_line: int
    end_column: int
    claims: tuple[int, ...]  # ids of the repeated claims, in document order


@dataclass(frozen=True)
class Finding:
    path: str
    line: int  # where the finding points: the first claim involved, in document order
    column: int
    end_line: int
    end_column: int
    code: str
    name: str
    severity: str  # error: impossible under the strict bounds; warning: under the typical ones only
    message: str
    arithmetic: str  # the sums that break, in words and figures
    claims: tuple[int, ...]  # ids of the claims involved, in document order
    also_at: tuple[Place, ...] = ()  # the same contradiction stated again there (`repeated`)


def interval(claim: Claim, typical: bool, definitions: tuple[Path, ...] | None = None) -> Interval:
    """The claim's interval, strict (what the words guarantee) or typical; in canonical units
    when pint `definitions` are given, else in the unit as written."""
    if typical:
        low, high = claim.typical_low, claim.typical_high
        low_inclusive = claim.low_inclusive if low == claim.low else True
        high_inclusive = claim.high_inclusive if high == claim.high else True
    else:
        low, high, low_inclusive, high_inclusive = (
            claim.low,
            claim.high,
            claim.low_inclusive,
            claim.high_inclusive,
        )
    if definitions and claim.unit and claim.kind in ("measure", "duration", "age", "money"):
        low = canonical(low, claim.unit, definitions)[0] if math.isfinite(low) else low
        high = canonical(high, claim.unit, definitions)[0] if math.isfinite(high) else high
    return Interval(low, high, low_inclusive, high_inclusive)


def quoted(claim: Claim) -> str:
    return f"'{claim.text}'"


def reads(claim: Claim, typical: bool) -> str:
    """ "'about 200' allows 180-220" / "'more than 240' typically means 240-264" / "'138' is 138",
    in the claim's own unit."""
    own = interval(claim, typical)  # the unit as written reads better than base units
    text = describe(own)
    if ":" in claim.text and claim.kind == "duration":  # "2:05:06" is read in seconds: say so
        text = f"{text} {claim.unit}s"
    if own.low == own.high:
        return f"{quoted(claim)} is {text}"
    return f"{quoted(claim)} {'typically means' if typical else 'allows'} {text}"


def fill(template: str, roles: Mapping[str, Claim], arithmetic: str) -> str:
    """The message with {role.field} and {arithmetic} filled in (the rule file's loading checked
    that each names a field and a concept or role; one a check did not give stays as written)."""

    def substitute(match: re.Match[str]) -> str:
        role, field = match.group(1), match.group(2)
        if field is None:
            return arithmetic if role == "arithmetic" else match.group()
        claim = roles.get(role)
        if claim is None or field not in FIELDS:
            return match.group()
        value = getattr(claim, field)
        if isinstance(value, float):
            return describe(Interval.point(value)) if not math.isnan(value) else ""
        return str(value)

    return PLACEHOLDER.sub(substitute, template)


@dataclass(frozen=True)
class Violation:
    """A relation that cannot hold for one set of claims, before it becomes a Finding."""

    roles: Mapping[str, Claim]  # concept or role name -> claim, for the message template
    arithmetic: str
    typical_only: bool  # possible under the strict bounds, impossible under the typical ones
    involved: tuple[Claim, ...] = ()  # claims besides the roles' ("sum(seats)" adds several)


def judge(left: tuple[Interval, Interval], comparator: str, right: tuple[Interval, Interval]) -> bool | None:
    """None when `left comparator right` can hold; False when it cannot even under the strict
    bounds (an error); True when it can only under the strict, not the typical ones (a warning).
    Each side is (strict, typical)."""
    if not possible(left[0], comparator, right[0]):
        return False
    if not possible(left[1], comparator, right[1]):
        return True
    return None


def finding(
    rule_code: str, rule_name: str, severity: str, message: str, arithmetic: str, involved: Sequence[Claim]
) -> Finding:
    """A Finding pointing at the first of the claims involved."""
    ordered = sorted({c.id: c for c in involved}.values(), key=lambda c: c.start)
    first = ordered[0]
    return Finding(
        first.path,
        first.line,
        first.column,
        first.end_line,
        first.end_column,
        rule_code,
        rule_name,
        severity,
        message,
        arithmetic,
        tuple(c.id for c in ordered),
    )


def _figure(claim: Claim) -> tuple[object, ...]:
    """What a claim states, wherever it stands: its values and subject (not its source, which a
    repeated sentence may give or leave out)."""
    values = (claim.low, claim.high, claim.typical_low, claim.typical_high)
    return (
        claim.kind,
        *(None if math.isnan(v) else v for v in values),
        claim.low_inclusive,
        claim.high_inclusive,
        claim.unit,
        claim.entity,
        claim.event,
        claim.scope,
        claim.date,
    )


def _places(claims: Sequence[Claim]) -> tuple[Place, ...]:
    """One place per sentence of `claims` (in document order)."""
    by_sentence: dict[int, list[Claim]] = {}
    for claim in claims:
        by_sentence.setdefault(claim.sentence_index, []).append(claim)
    return tuple(
        Place(
            group[0].line,
            group[0].column,
            group[-1].end_line,
            group[-1].end_column,
            tuple(c.id for c in group),
        )
        for group in by_sentence.values()
    )


def repeated(findings: Sequence[Finding], by_id: Mapping[int, Claim]) -> list[Finding]:
    """One finding per contradiction an article states more than once: findings of one rule
    that read the same (message and arithmetic) between figures of the same values and subjects
    are one, at the first place, with the sentences of the other figures as `also_at`."""
    groups: dict[tuple[object, ...], list[Finding]] = {}
    for f in sorted(findings, key=lambda f: (f.path, f.line, f.column, f.claims)):
        figures = sorted((_figure(by_id[i]) for i in f.claims), key=repr)
        groups.setdefault((f.path, f.code, f.severity, f.message, f.arithmetic, *figures), []).append(f)
    merged = []
    for first, *repeats in groups.values():
        again = {i for r in repeats for i in r.claims} - set(first.claims)
        ordered = sorted((by_id[i] for i in again), key=lambda c: c.start)
        merged.append(replace(first, also_at=_places(ordered)) if ordered else first)
    return merged
