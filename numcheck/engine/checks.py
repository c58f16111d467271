"""The built-in checks: generic relations that need no domain rule file.

Job: one function per check, each reading the links and figures of the claims table and
returning the Violations it finds. Their codes, names, severities, messages, docs and
examples are data, in rules/builtin.yaml; `CHECKS` maps the `check` named there to the
function here.

- part_within_whole: a part is no larger than its whole ("110 of the 240").
- parts_within_total: the parts named under a total add up to no more than it.
- running_total: a running total is at least its increment.
- percent_of: a percentage agrees with its count and base ("40%, or 80 of 200").
- percent_change: a change agrees with its ends ("rose 20% to 120 from 100"); a rise ends
  higher and a fall lower.
- multiplier: "three times as many" agrees with the two figures it relates.
- unit_price: a count sold times the price of one is the total of the sale.
- unit_conversion: "10 miles (16 km)" agrees within the rounding of what was written.
- duration_dates: a duration agrees with the two dates that bound it in its sentence.
- restated_figure: the same figure for the same subject, source and scope agrees with itself.
- shares_within_whole: the shares of one whole named in one sentence (different answers of
  one group; the split of a contest; answers set out one a line after a colon) add up to no
  more than 100%.
- shares_complete_whole: shares and "the other 3%", or the two sides of a yes/no vote or a
  run-off, add up to 100%.
- rest_completes_whole: "the rest, 18" and the parts named before it add up to the whole.
- list_sums_to_total: "40 gold, 44 silver and 42 bronze for a total of 126" adds up.
- headline_in_body: a figure in the headline agrees with one the body gives for the same thing.
- age_birth: an age agrees with the birth date and the date of the death or the article.
- range_order: a range ("between 400 and 500") is written low end first.
- average_of: an average agrees with the total and count it divides ("30 goals in 24 games, an
  average of 1.25 a match") or with the list it averages.
- difference: a lead, margin, shortfall or swing is the larger of its two figures less the
  smaller ("leads 52% to 41%, an 11-point lead", "964 runs, 14 short of the record of 978").
- weekday_date: a weekday written just before a full date is that date's ("Tuesday, March 3,
  2026").

Limits: pure. Every check compares intervals (strict, then typical), so rounding and
qualifiers are honoured; where a relation cannot be read for sure, a check stays silent.
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import functools
import itertools
import math
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from numcheck.engine.findings import Violation, interval, judge, quoted, reads
from numcheck.engine.intervals import Interval, describe, possible
from numcheck.read import lazy_regex as re
from numcheck.read.bounds import roundness
from numcheck.read.claims import LINK_COLUMNS, Claim
from numcheck.read.links import (
    AMOUNTS_TO,
    AVERAGE_WORD,
    IN_A_YEAR,
    INCREMENT_WORDS,
    ONE_SIDED,
    REST_BEFORE,
    WHOLE_KINDS,
)
from numcheck.read.subjects import CHANGE_EVENTS, GROUP_OPENS
from numcheck.read.units import convert

if TYPE_CHECKING:
    from numcheck.engine.context import Context
    from numcheck.engine.rulefiles import Rule

Check = Callable[["Context", "Rule"], list[Violation]]
_AMOUNTS = ("count", "money", "measure", "duration", "age", "percent")
_BESIDE = 8  # characters between a share and the "X of Y" it restates ("%, or ", " (")
_DAYS = {"day": 1.0, "week": 7.0, "fortnight": 14.0, "month": 30.436875, "year": 365.2425}
_SPAN_LEAD = re.compile(r"\s*,?\s*(?i:from|between)\s+(?:(?i:the|a)\s+)?")  # "five days, from " Friday
_SPAN_REACH = 60  # characters between the two dates of a span at most: " and ended on "
_SPAN_JOIN = re.compile(  # what joins the two dates of a span: "Nov. 24-Dec. 1", " to ", " and ended on "
    r"^\s*[-–]\s*$|\b(?i:to|through|thru|until|till|and|ended|ending|ends|expired|expires|finished|closed|lasted|ran)\b"
)
_YEARS_OF = re.compile(  # 31 years ", from " 1953 " to " 1994; " - from its creation in " 1953 " until "
    r"\s*(?:,\s*|\s[-–—]\s*|[-–—])?(?:from|between|\()\s*(?:(?:its|his|her|their|the)\s+\p{L}+\s+in\s+)?"
    r"\|\s*(?:to|through|until|and|-|–)\s*",
    re.IGNORECASE,
)


def _in_unit_of(context: Context, value: Interval, claim: Claim) -> Interval:
    """An interval in canonical units (as `Context.pair` gives them), in the unit `claim` is
    written in, for a message that sets the two side by side ("gives 12.55 pounds")."""
    if not claim.unit or claim.canonical_unit in ("", claim.unit):
        return value
    low, high = (
        convert(end, claim.canonical_unit, claim.unit, context.definitions) for end in (value.low, value.high)
    )
    return Interval(low, high, value.low_inclusive, value.high_inclusive)


def _comparable(a: Claim, b: Claim) -> bool:
    """Two amounts that can be added or compared: same kind and unit (a count has none), or
    measures of one canonical unit ("150 kb/d" within "0.4 mb/d"; intervals are canonical)."""
    return (
        a.kind in _AMOUNTS
        and a.kind == b.kind
        and (a.unit == b.unit or (a.kind == "measure" and a.canonical_unit == b.canonical_unit))
    )


def _linked_pairs(context: Context, link: str, own: str, other: str, comparator: str) -> list[Violation]:
    """Each claim against the claim its `link` names ('part_of', 'total_of'): the claim, in
    role `own`, must stand in `comparator` to the linked one, in role `other`."""
    out = []
    for claim in context.claims:
        linked = context.by_id.get(getattr(claim, link)) if getattr(claim, link) else None
        if linked is None or not _comparable(claim, linked):
            continue
        verdict = judge(context.pair(claim), comparator, context.pair(linked))
        if verdict is not None:
            first, second = (
                ((own, claim), (other, linked)) if comparator == "<=" else ((other, linked), (own, claim))
            )
            arithmetic = (
                f"the {first[0]} {reads(first[1], verdict)}, but the {second[0]} {reads(second[1], verdict)}"
            )
            out.append(Violation({own: claim, other: linked}, arithmetic, verdict))
    return out


def part_within_whole(context: Context, rule: Rule) -> list[Violation]:
    return _linked_pairs(context, "part_of", "part", "whole", "<=")


def parts_within_total(context: Context, rule: Rule) -> list[Violation]:
    """The parts of a whole add up to no more than it. A sentence that lists two or more parts is
    a breakdown of its own, added alone: another sentence may break the same whole down another
    way ("The dead were five men and three women. Five of them were from the capital"); the
    parts named one a sentence are added together."""
    out = []
    for whole, members in _parts_by_whole(context):
        by_sentence: dict[int, list[Claim]] = {}
        for member in members:
            by_sentence.setdefault(member.sentence_index, []).append(member)
        groups = list(by_sentence.values())
        # a list with items named with no figure ("three men, four women and a girl") counts them
        listed = [
            g
            for g in groups
            if len(g) > 1 or (whole.unnumbered and g[0].sentence_index >= whole.sentence_index)
        ]
        singles = [group[0] for group in groups if group not in listed]
        for group in listed:
            out.extend(_sum_against(context, group, "<=", whole, unnumbered=whole.unnumbered))
        # a part whose sentence lists more figures of its kind that were read as no parts is one item
        # of a breakdown read in part ("54 involved ..., five involved ... and two ..."): not a single
        singles = [single for single in singles if not _listed_with_more(context, single)]
        if len(singles) >= 2 and all(_told_apart(a, b, whole) for a, b in itertools.combinations(singles, 2)):
            out.extend(_sum_against(context, singles, "<=", whole))  # (one part alone is NC101's)
    return out


def _told_apart(a: Claim, b: Claim, whole: Claim) -> bool:
    """Whether two parts named in sentences of their own are disjoint, by what became of them
    ("110 were released ... 138 remain held") or where ("40 died in Texas ... 20 in Ohio"): "880
    died last week ... 2,119 of the deaths were on that route" may overlap, and so may a part
    in the whole's own state ("1,100 cases, 690 of them fatal. Among those cases, 633 were
    female": a kind of case, not another state)."""
    places = bool(a.scope and b.scope) and not _TIME_SCOPE.search(f"{a.scope} {b.scope}")
    states = a.event != b.event and bool(a.event and b.event) and whole.event not in (a.event, b.event)
    return states or (a.scope != b.scope and places)


# a scope of time, not of place: "last week" lies within "this year"
_TIME_SCOPE = re.compile(
    r"\b(?i:week|weeks|year|years|month|months|day|days|today|yesterday|tonight|since|hour|hours|quarter|"
    r"season|so\s+far|morning|evening|night|weekend|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)


def _listed_with_more(context: Context, part: Claim) -> bool:
    """Whether two or more figures of the part's kind follow it in its sentence, none of them a
    part of anything."""
    return (
        sum(
            1
            for c in context.claims
            if c.sentence_index == part.sentence_index
            and c.start > part.end
            and (c.kind, c.unit) == (part.kind, part.unit)
            and not c.part_of
        )
        >= 2
    )


def rest_completes_whole(context: Context, rule: Rule) -> list[Violation]:
    """'Of the 30 arrested, 12 were charged and the remaining 10 released': the rest and the
    parts named before it, in its sentence or the one before, make up the whole."""
    out = []
    for whole, members in _parts_by_whole(context):
        for rest in (m for m in members if m.completes):
            named = [m for m in members if m.end <= rest.end and m.sentence_index >= rest.sentence_index - 1]
            if len(named) >= 2 and not _unlinked_earlier(context, whole, named):
                out.extend(_sum_against(context, named, ">=", whole, {"rest": rest}))
    return out


def _unlinked_earlier(context: Context, whole: Claim, named: list[Claim]) -> bool:
    """Whether a count of the whole's noun stands earlier in its paragraph, a part of nothing,
    that "the other 113" may leave out with the parts named beside it ("Fifteen trusts were ...
    Of the 137 trusts, nine were ... and the other 113 ...")."""
    first = min(m.start for m in [whole, *named])
    return any(
        c.paragraph == whole.paragraph
        and c.start < first
        and c.kind == whole.kind
        and c.entity == whole.entity
        and c.value != whole.value  # "the 100 largest funds ... Nine of the 100 funds": the same group
        and not c.part_of
        and c.id != whole.id
        for c in context.claims
    )


def list_sums_to_total(context: Context, rule: Rule) -> list[Violation]:
    """'40 gold medals, 44 silver and 42 bronze for a total of 126', 'killed 10 in Texas and three
    in Oklahoma. In all, 13 ...': the items listed before a figure said to be their total, in its
    sentence or the one before, add up to it (more than it is NC102's); so do the items of a
    list in one later sentence that makes up the figure ('carried 281-190. ... Voting for it were
    342 Conservatives, six DUP MPs and one independent'), and the items after a figure that
    they make up ('a cut of 640 posts, made up of 410 office jobs and 230 depot jobs')."""
    out = []
    for whole, members in _parts_by_whole(context):
        if not whole.sums:
            continue

        def a_list(items: list[Claim], whole: Claim = whole) -> bool:
            return (
                bool(items) and len(items) + whole.unnumbered >= 2
            )  # "the driver, three teachers and a cook"

        listed = [m for m in members if whole.sentence_index - 1 <= m.sentence_index and m.end <= whole.start]
        later = [m for m in members if m.sentence_index > whole.sentence_index]
        if not _a_list(listed, whole) and len({m.sentence_index for m in later}) == 1:
            listed = later
        if not _a_list(listed, whole):  # "a cut of 500 jobs, made up of 300 in sales and 200 in IT"
            listed = [m for m in members if m.sentence_index == whole.sentence_index and m.start >= whole.end]
        if not _a_list(listed, whole) and len({m.sentence_index for m in members}) == len(members):
            listed = members  # "The toll in Assam and Bihar rose to 209. In Assam ... 82. In Bihar ... 127."
        if _a_list(listed, whole):
            out.extend(_sum_against(context, listed, ">=", whole, unnumbered=whole.unnumbered))
    return out


def _a_list(items: list[Claim], whole: Claim) -> bool:
    """Whether `items` with the whole's items named with no figure make a list of two or more:
    "the driver, three teachers and a cook"."""
    return bool(items) and len(items) + whole.unnumbered >= 2


def _parts_by_whole(context: Context) -> list[tuple[Claim, list[Claim]]]:
    """Each whole with the parts linked to it that can be added to it."""
    out = []
    for whole_id, members in context.grouped(lambda c: c.part_of).items():
        whole = context.by_id.get(whole_id)  # type: ignore[arg-type]
        if whole is not None:
            out.append((whole, [m for m in members if _comparable(m, whole)]))
    return out


def _sum_against(
    context: Context,
    members: list[Claim],
    comparator: str,
    whole: Claim,
    roles: dict[str, Claim] | None = None,
    unnumbered: int = 0,
) -> list[Violation]:
    """The sum of the parts `members`, and of `unnumbered` items of their list named with no
    figure (one each: "and a boy"), against their `whole`, as a violation if it cannot stand in
    `comparator` to it; `roles` names more claims for the message."""
    strict, typical = context.total(members)
    ones = Interval.point(float(unnumbered)).pad(
        _rounding_slack([*members, whole]) + _mixed_precision_slack([*members, whole])
    )
    total = (strict + ones, typical + ones)
    verdict = judge(total, comparator, context.pair(whole))
    if verdict is None:
        return []
    figures = " + ".join(
        [m.text for m in members] + ([f"{unnumbered} named without a figure"] if unnumbered else [])
    )
    summed = _in_unit_of(context, total[1 if verdict else 0], whole)
    arithmetic = f"{figures} = {describe(summed)}, but the total {reads(whole, verdict)}"
    parts = {f"part{i + 1}": m for i, m in enumerate(members)}
    return [Violation({"whole": whole, **parts, "part": members[0], **(roles or {})}, arithmetic, verdict)]


_ROUNDED_STEP = 1000.0  # the least step at which round figures of a table are taken as rounded
_SIGNIFICANT = 100  # a figure of three significant digits at that step shows the step is a rounding


def _rounding_slack(figures: list[Claim]) -> float:
    """How far parts (read exactly as written) and their whole (the last of `figures`), all
    round to one step of a thousand or more, may miss each other through their rounding: half
    a step each ("103,000, 93,000 and 128,000" make 324,000, and "an estimated 323,000" their
    whole). Only when one of them has three significant digits or more at that step, which
    shows the figures were rounded to it; "2,000 and 4,000" of "5,000" are read as written."""
    parts, whole = figures[:-1], figures[-1]
    if any(c.low != c.high or c.unit != whole.unit for c in parts) or not math.isfinite(whole.value):
        return 0.0
    step = min(roundness(c.value, 1.0) for c in figures)
    if step < _ROUNDED_STEP or all(abs(c.value) < _SIGNIFICANT * step for c in figures):
        return 0.0
    return step / 2 * len(figures)


def _mixed_precision_slack(figures: list[Claim]) -> float:
    """Half a unit for each whole number among figures written to decimals: "averaged 7.7
    offensive and 21 defensive rebounds, 28.8 in total" wrote 21.1 as "21", as a writer who
    rounds each figure to what it is shown to does."""
    if not any(_decimals(c.text) for c in figures):
        return 0.0
    whole_numbers = [
        c for c in figures if c.low == c.high and not _decimals(c.text) and c.value == int(c.value)
    ]
    return 0.5 * len(whole_numbers) if len(whole_numbers) < len(figures) else 0.0


def running_total(context: Context, rule: Rule) -> list[Violation]:
    return _linked_pairs(context, "total_of", "total", "increment", ">=")


def _beside(share: Claim, part: Claim, whole: Claim) -> bool:
    """Whether a share restates the 'X of Y' next to it: "40%, or 80 of 200", "80 of 200 (40%)",
    "52% of the vote, or 1.2 million of 2.3 million ballots", "80, or 40% of 200", "18 of 41
    shots, or 44%"."""
    if (share.part_of and share.part_of != whole.id) or (
        share.start > part.start and _OF_AFTER.match(_after(share)) and share.part_of != whole.id
    ):
        return False  # "150 of its 1,300 stores, 40% of them in Ohio": the share of a group of its own
    gap = _between(share.sentence, share, part)
    if (
        0 <= part.start - share.end <= _BESIDE
        and _RESTATES_AFTER.fullmatch(gap)
        # "took 52,310 votes, or 88.6%, and 27 of 30 delegates": the votes' share, another pair's
        and not (_AND.search(gap) and _RESTATES_A_FIGURE.search(_before(share)))
    ):
        return True  # "40%, or 80 of 200"; not "a threshold of 50% in 44 of the 176 trusts"
    if 0 <= share.start - whole.end <= _BESIDE and _BARE.fullmatch(_between(share.sentence, whole, share)):
        return True  # "80 of 200 (40%)"
    if share.part_of == whole.id and (
        0 <= share.start - part.end <= 6 * _BESIDE
        or 0 <= part.start - whole.end <= 3 * _BESIDE
        or (part.end <= whole.start and 0 <= share.start - whole.end <= 8 * _BESIDE)
    ):
        # "1,800 jobs, about 8% of its workforce of 22,000", "40% of the 2,000 residents, or 800",
        # "2,276 ballots were cast, a turnout of about 38%"
        return True
    if share.part_of == whole.id and (
        0 <= part.start - share.end <= 3 * _BESIDE or 0 <= share.start - whole.end <= 5 * _BESIDE
    ):
        # "Turnout was 52%, with 1,805,960 of 3,465,736 registered voters casting ballots", "212 deaths
        # and 18,950 cases, a fatality rate of 1.1%"
        return True
    if 0 <= share.start - whole.end <= 8 * _BESIDE and whole.start > part.start:
        gap = _between(share.sentence, whole, share)  # "18 of 41 3-point attempts, or 44%"
        if _FIGURE.search(gap):
            return False  # "377 of those 445 goals from 403 attempts (93.5%)": the share of the 403
        # "4,361 of the nation's 7,383 state legislative seats, or 56.4 percent": a longer noun
        # only before ", or"; "146 of the 230 markets tracked in the quarter, or 77%": the
        # longest, its words in one phrase
        if share.start - whole.end > 5 * _BESIDE:
            return _ONE_PHRASE_THEN_OR.fullmatch(gap) is not None
        return _restates(gap) or (share.start - whole.end <= 3 * _BESIDE and gap.rstrip().endswith(","))
    if 0 <= share.start - part.end <= 3 * _BESIDE and not share.direction:
        gap = _between(share.sentence, part, share)  # "263 are women, a record 40%" (but not "up 40%")
        return "," in gap or "(" in gap
    # a share of a named group may stand further off: "9% of its workforce, which amounts to" 1,500
    reach = 6 * _BESIDE if share.part_of == whole.id else 3 * _BESIDE
    return 0 <= part.start - share.end <= reach and _restates(_between(share.sentence, share, part))


def _between(sentence: str, first: Claim, second: Claim) -> str:
    """The words of `sentence` between two of its claims, `first` written before `second`."""
    at = sentence.find(first.text)
    return (
        sentence[at + len(first.text) : sentence.find(second.text, at + len(first.text))] if at >= 0 else ""
    )


def _before(claim: Claim) -> str:
    """The words of its sentence before a claim."""
    at = claim.sentence.find(claim.text)
    return claim.sentence[:at] if at >= 0 else ""


def _after(claim: Claim) -> str:
    """The words of its sentence after a claim."""
    at = claim.sentence.find(claim.text)
    return claim.sentence[at + len(claim.text) :] if at >= 0 else ""


_ONE_PHRASE_THEN_OR = re.compile(r"[^,;:()\d]*,\s*(?i:or)\s+")  # " markets tracked in the quarter, or "
_BARE = re.compile(r"[^\p{L}\d]*(?:(?i:or|and)\b[^\p{L}\d]*)?")  # ", or ", " (": no words between
_BRACKET_AFTER_NOUN = re.compile(r"(?:\s+[\p{L}’'-]+){0,2}?\s*\(\s*")  # " voters (" 57.4%
_RESTATES_AFTER = re.compile(r"[^\p{L}\d]*(?:(?i:or|and)\b[^\p{L}\d]*|\([^\p{L}\d]*)")
_AND = re.compile(r"\b(?i:and)\b")
_RESTATES_A_FIGURE = re.compile(r"\d[\p{L}\s’'-]*(?:,\s*(?i:or)|\()\s*$")  # "52,310 votes, or " 88.6%
_FIGURE = re.compile(
    r"\d(?!-(?:point|pointer|time)\b)"
)  # a figure of its own ("18 of 41 3-point attempts" has none)
_OF_AFTER = re.compile(r"\s+of\b")  # "40% of them in Ohio", "4% of all schools": a whole of its own


_RESTATING = re.compile(r",\s*" + AMOUNTS_TO + r"\s")


def _restates(gap: str) -> bool:
    """Whether the words between two figures say the second restates the first: ", or ", " (",
    ", which amounts to "."""
    return ", or " in gap or "(" in gap or _RESTATING.search(gap) is not None


def percent_of(context: Context, rule: Rule) -> list[Violation]:
    out = []
    for members in context.grouped(lambda c: c.sentence_index).values():
        shares = [c for c in members if (c.kind == "percent" and c.unit == "percent") or c.kind == "fraction"]
        pairs = [
            (c, context.by_id[c.part_of])
            for c in members
            if c.part_of and c.kind in WHOLE_KINDS and _comparable(c, context.by_id[c.part_of])
        ]
        # the share must stand right beside its pair: "40%, or 80 of 200", "80 of 200 (40%)"
        beside = [(s, part, whole) for part, whole in pairs for s in shares if _beside(s, part, whole)]
        if len(pairs) > 1:
            # "Of the 84 killed, 37 (44%) wore one and 24 (29%) did not": each part with its own
            # share in brackets right after it; else "12,400 cases, 300 of them in children, and 186
            # deaths, a CFR of 1.5%": the one part in the share's own event, of the whole the
            # reader named the share's
            own = [(s, part, whole) for s, part, whole in beside if _bracketed_after(s, part)]
            if own and len({s.id for s, _, _ in own}) == len(own) == len({part.id for _, part, _ in own}):
                beside = own
            else:
                beside = [
                    (s, part, whole)
                    for s, part, whole in beside
                    if s.event and part.event == s.event and s.part_of == whole.id
                ]
                if len(beside) != 1 or len({whole.id for _, whole in pairs}) != 1:
                    continue
        for share, part, whole in beside if len(pairs) > 1 else beside[:1]:
            out += _share_against(context, share, part, whole)
    return out


def split_shares(context: Context, rule: Rule) -> list[Violation]:
    """'875 yes votes (45.4%) and 1,252 no votes (54.6%)': each share that restates a count of a
    split (`converts`, linked where the shares make 100%) is that count's share of the counts'
    sum, within the share's rounding."""
    out = []
    for members in context.grouped(lambda c: c.sentence_index).values():
        pairs = [
            (c, context.by_id[c.converts])
            for c in members
            # (not a change's share of its amount: "fell 53.77 points, or 4.92%")
            if c.kind == "percent"
            and c.converts
            and not c.direction
            and context.by_id[c.converts].kind == "count"
        ]
        if len(pairs) < 2:
            continue
        total = sum(count.value for _, count in pairs)
        # shares that miss 100% by d (38.41 + 25.2 + 24.5 + 11.98 = 100.09) may each be d off
        off = abs(sum(share.value for share, _ in pairs) - 100.0)
        spread = Interval(-off, off)
        summed = " + ".join(c.text for _, c in pairs)
        for share, count in pairs:
            expected = Interval.point(100.0 * count.value / total)
            strict, typical = _own(share)
            stated = (_up_to_next_digit(share, strict) + spread, _up_to_next_digit(share, typical) + spread)
            verdict = judge(stated, "==", (expected, expected))
            if verdict is None:
                continue
            arithmetic = (
                f"{quoted(count)} of {summed} = {describe(Interval.point(total))} is {describe(expected)}%, "
                f"but {reads(share, verdict)}%"
            )
            out.append(Violation({"share": share, "count": count}, arithmetic, verdict))
    return out


def _bracketed_after(share: Claim, part: Claim) -> bool:
    """Whether a share stands in brackets right after its part, or its noun: "37 (44%)",
    "8,279 voters (57.4%)"."""
    return 0 <= share.start - part.end <= 4 * _BESIDE and bool(
        _BRACKET_AFTER_NOUN.fullmatch(_between(share.sentence, part, share))
    )


def _share_against(context: Context, share: Claim, part: Claim, whole: Claim) -> list[Violation]:
    """A share against the part of a whole it restates, as a violation if they disagree."""
    percent = share.kind == "percent"  # else a share in words: "half", "one in five"
    scale = Interval.point(100.0 if percent else 1.0)
    p, w = context.pair(part), context.pair(whole)
    first, second = sorted((part, share), key=lambda c: c.start)
    if part.qualifier in ONE_SIDED and _restates(_between(share.sentence, first, second)):
        p = (Interval.point(part.canonical_value),) * 2  # "up to 336 jobs, or 8%": 8% restates the 336
    ratio = (p[0] * scale / w[0], p[1] * scale / w[1])
    rounded = _as_written(share)  # a share in words is a round figure: "a third" of 90 may be 31
    stated = context.pair(share) if percent else (rounded, rounded)
    if percent:  # "87.42%" of 87.425%, "64 (64%)" of 99: a share cut short, not rounded
        stated = (_up_to_next_digit(share, stated[0]), _up_to_next_digit(share, stated[1]))
    verdict = judge(stated, "==", ratio)
    if verdict is None:
        return []
    sign = "%" if percent else ""
    said = f"{reads(share, verdict)}%" if percent else f"{quoted(share)} allows {describe(rounded)}"
    arithmetic = f"{part.text} of {whole.text} is {describe(ratio[1 if verdict else 0])}{sign}, but {said}"
    return [Violation({"percent": share, "part": part, "whole": whole}, arithmetic, verdict)]


_OFFSET_UNITS = ("degC", "degF")  # scales whose zero is arbitrary: no share of them means anything
_POINTS = {"percentage_point": 1.0, "basis_point": 0.01}  # a change of a rate, in percentage points


def _round_share_of_small_counts(
    pair: tuple[Interval, Interval], share: Claim, start: Claim, end: Claim
) -> tuple[Interval, Interval]:
    """A change between two counts under a hundred, told as a share that is a whole multiple of
    ten, may be a rounding to ten ("jumped 60 percent to 35, up from 22": 59.1%); its reading
    is widened by half that step, at most five points. Any other share is read as written."""
    small = all(c.kind == "count" and 0 < c.value < _SMALL_COUNTS and c.low == c.high for c in (start, end))
    if not small or _decimals(share.text) or share.value % 10 or share.value < _ROUND_SHARE_FROM:
        return pair
    return (pair[0].pad(_ROUND_SHARE_SLACK), pair[1].pad(_ROUND_SHARE_SLACK))


_SMALL_COUNTS = 100  # ends below this make a share of their change coarse
_ROUND_SHARE_FROM = 20  # a share from here up, a multiple of ten, may be rounded to ten
_ROUND_SHARE_SLACK = 5.0  # percentage points


def percent_change(context: Context, rule: Rule) -> list[Violation]:
    out = []
    for delta in context.claims:
        if not delta.direction:
            continue
        start = context.by_id.get(delta.change_from) if delta.change_from else None
        end = context.by_id.get(delta.change_to) if delta.change_to else None
        if start is None:
            out += _share_of_change(context, delta, end)
            continue
        if end is None:
            end, delta = delta, None  # "fell to 80 from 100": the end carries the link
        if end is None or not _comparable(start, end):
            continue
        s, e = context.pair(start), context.pair(end)
        word = "rise" if (delta or end).direction > 0 else "fall"
        comparator = ">" if word == "rise" else "<"
        sign = 1.0 if word == "rise" else -1.0
        own_unit = False  # the expected end is in canonical units, unless in the end's own
        if delta is None:
            verdict = judge(e, comparator, s)
            expected = s
            roles = {"start": start, "end": end}
        elif delta.unit == "percent" and start.unit in _OFFSET_UNITS:
            continue  # "rose 10% to 40C from 30C": a share of a temperature depends on its scale
        elif delta.unit == "percent":
            one, hundred = Interval.point(1.0), Interval.point(100.0)
            # "a 107% increase" for 107.7%: a share of change may be cut short rather than rounded
            d = _round_share_of_small_counts(context.pair(delta), delta, start, end)
            # "7.1% fewer" of 7.0498%: rounded twice (to 7.05, then 7.1), as news often does
            slack = _twice_rounded(delta)
            d = (_up_to_next_digit(delta, d[0] + slack), _up_to_next_digit(delta, d[1] + slack))
            factor = tuple(one + Interval.point(sign) * d[i] / hundred for i in (0, 1))
            expected = (s[0] * factor[0], s[1] * factor[1])
            verdict = judge(e, "==", expected)
            roles = {"change": delta, "start": start, "end": end}
            # "rose 0.2% to 4.1% from 3.9%": wrong as a share, true in percentage points
            in_points = (
                start.unit == end.unit == "percent"
                and judge(_own(end), "==", _moved(start, delta, sign)) is None
            )
            if verdict is not None and in_points:
                continue  # news writes "a rise of 0.8% from 5.1%" for points: no contradiction
        elif delta.kind == "multiplier":  # "doubled to $4 billion from $2 billion", "halved"
            d = context.pair(delta)
            if word == "fall" and delta.value > 1:  # "fell almost twentyfold, from 623 to 33": divided
                expected = (s[0] / d[0], s[1] / d[1])
            else:
                expected = (s[0] * d[0], s[1] * d[1])
            verdict = judge(e, "==", expected)
            roles = {"change": delta, "start": start, "end": end}
        elif delta.unit in _POINTS and start.unit == end.unit == "percent":  # "up 0.2 percentage point"
            expected = _moved(start, delta, _POINTS[delta.unit] * sign)  # in per cent, the end's own unit
            verdict = judge(_own(end), "==", expected)
            roles = {"change": delta, "start": start, "end": end}
            own_unit = True
        elif _commensurable(delta, start):  # "rose 2C to 40C", "31 cents below $3.89"
            d = _as_difference(context, delta)
            expected = (s[0] + d[0], s[1] + d[1]) if word == "rise" else (s[0] - d[0], s[1] - d[1])
            verdict = judge(e, "==", expected)
            roles = {"change": delta, "start": start, "end": end}
        else:
            continue
        if verdict is not None:
            pick = 1 if verdict else 0
            if delta is None:
                arithmetic = f"a {word} from {quoted(start)} cannot end at {quoted(end)}"
            else:
                change = quoted(delta) if delta.kind == "multiplier" else f"a {word} of {quoted(delta)}"
                shown = expected[pick] if own_unit else _in_unit_of(context, expected[pick], end)
                gives = f"gives {describe(shown)}"
                arithmetic = f"{change} from {quoted(start)} {gives}, but {reads(end, verdict)}"
            out.append(Violation(roles, arithmetic, verdict))
    return out


def _commensurable(a: Claim, b: Claim) -> bool:
    """Two amounts of one kind whose units measure one thing ("31 cents" and "$3.89")."""
    return a.kind in _AMOUNTS and a.kind == b.kind and a.canonical_unit == b.canonical_unit


def _as_difference(context: Context, claim: Claim) -> tuple[Interval, Interval]:
    """(strict, typical) intervals of a claim read as the amount two figures differ by, in
    canonical units: a temperature's zero does not move a difference ("rose 2C" is 2 kelvin)."""
    strict, typical = context.pair(claim)
    measured = claim.kind == "measure" and claim.unit
    offset = convert(0.0, claim.unit, claim.canonical_unit, context.definitions) if measured else 0.0
    if not offset:
        return strict, typical
    zero = Interval.point(offset)
    return strict - zero, typical - zero


def _own(claim: Claim) -> tuple[Interval, Interval]:
    """(strict, typical) intervals of a claim in its own unit: "3.9%" is 3.85-3.95."""
    return interval(claim, False), interval(claim, True)


def _moved(start: Claim, delta: Claim, points: float) -> tuple[Interval, Interval]:
    """A rate `start` moved by `delta` percentage points, each of `delta`'s units being `points`
    of them (signed: negative for a fall)."""
    s, d, p = _own(start), _own(delta), Interval.point(points)
    return s[0] + d[0] * p, s[1] + d[1] * p


def _share_of_change(context: Context, share: Claim, end: Claim | None) -> list[Violation]:
    """'fell 12 cents, or 1.5%, to $7.88': the amount of a change and its end give its start
    ($8.00), and the share must be the amount's share of that start."""
    amount = context.by_id.get(share.converts) if share.converts else None
    if (
        end is None
        or amount is None
        or share.unit != "percent"
        or amount.canonical_unit != end.canonical_unit
    ):
        return []
    sign = Interval.point(1.0 if share.direction > 0 else -1.0)
    a, e = context.pair(amount), context.pair(end)
    starts = (e[0] - sign * a[0], e[1] - sign * a[1])
    if any(s.low <= 0 for s in starts):
        return []
    hundred = Interval.point(100.0)
    expected = (a[0] * hundred / starts[0], a[1] * hundred / starts[1])
    # "fell 13.5%, or 33.75p, to 217.25p": 13.446% rounded twice (to 13.45, then 13.5) is still right
    slack = _twice_rounded(share)
    strict, typical = _own(share)
    # or cut short rather than rounded: "rose $4.50, or 9.3 percent, to $52.47" of 9.381%
    stated = (_up_to_next_digit(share, strict + slack), _up_to_next_digit(share, typical + slack))
    if share.value < 0 and share.direction < 0:  # "down $2.22 (-2.62%)": a fall written with its sign
        stated = (-stated[0], -stated[1])
    verdict = judge(stated, "==", expected)
    if verdict is None:
        return []
    pick = 1 if verdict else 0
    arithmetic = (
        f"{quoted(amount)} to {quoted(end)} is a change of {describe(expected[pick])}% "
        f"from {describe(_in_unit_of(context, starts[pick], end))}, but {reads(share, verdict)}%"
    )
    return [Violation({"change": share, "start": amount, "end": end}, arithmetic, verdict)]


def multiplier(context: Context, rule: Rule) -> list[Violation]:
    out = []
    for factor in context.claims:
        base = context.by_id.get(factor.times) if factor.times else None
        if factor.kind != "multiplier" or base is None:
            continue
        if factor.product:  # "$4.2 million, nearly three times the $1.5 million", "150, three times as many"
            products = [context.by_id[factor.product]]
        elif factor.entity:  # "110 ... about three times as many prisoners": after it
            products = [
                c
                for c in context.claims
                if c.sentence_index == factor.sentence_index
                and c.kind == "count"
                and c.entity in (factor.entity, "")
                and c.start > factor.start
                and c.id != base.id
            ]
        else:
            continue
        if len(products) == 1:
            out.extend(_product(context, factor, base, products[0], f"{factor.text} {base.text}"))
    return out


def unit_price(context: Context, rule: Rule) -> list[Violation]:
    """'sold 95.5 million shares at $51 each, raising $4.87 billion': the count sold times the
    price of one is the total of the sale."""
    out = []
    for price in context.claims:
        count = context.by_id.get(price.times) if price.times else None
        total = context.by_id.get(price.product) if price.product else None
        if price.kind == "money" and count is not None and total is not None:
            out.extend(_product(context, price, count, total, f"{count.text} at {price.text}"))
    return out


def _product(context: Context, factor: Claim, base: Claim, product: Claim, said: str) -> list[Violation]:
    """`factor` times `base` against the figure given as their `product`; `said` names the
    product as the text puts it ("three times 50", "95.5 million at $51")."""
    f, b = context.pair(factor), context.pair(base)
    expected = (f[0] * b[0], f[1] * b[1])
    verdict = judge(context.pair(product), "==", expected)
    if verdict is None:
        return []
    arithmetic = (
        f"{said} is {describe(_in_unit_of(context, expected[1 if verdict else 0], product))}, but "
        f"{reads(product, verdict)}"
    )
    return [Violation({"factor": factor, "base": base, "product": product}, arithmetic, verdict)]


def _as_written(claim: Claim) -> Interval:
    """A figure as a conversion reads it: what the words allow, or the figure give or take half
    its roundness but no more than a tenth of it (beyond its last digit), whichever is wider: a
    conversion is rounded to two figures or so, so "100 km" is 90-110 km here, never 50-150,
    and "1 mile" is 0.5-1.5 miles. A figure in words ("half", "a mile", "two miles") is a round
    one: a tenth either way."""
    value = claim.value if not math.isnan(claim.value) else claim.low
    grain = _grain(claim)
    low = min(claim.low, value - grain) if math.isfinite(claim.low) else claim.low
    high = max(claim.high, value + grain) if math.isfinite(claim.high) else claim.high
    return Interval(low, high, True, True)


_CONVERSION_ROUNDING = 0.1  # the most a conversion's figure is taken to be rounded, as a share
_SHARE_IN_WORDS = 0.02  # how far a share in words ("one in ten", "a third") may be from its figure at least


def _grain(claim: Claim, most: float = _CONVERSION_ROUNDING) -> float:
    """How far a figure written as rounded may be from what it rounds: half its roundness, but no
    more than `most` of it (and at least half its last digit); `most` of a figure in words."""
    value = claim.value if not math.isnan(claim.value) else claim.low
    if claim.kind == "fraction" and not any(ch.isdigit() for ch in claim.text):
        return max(most * abs(value), _SHARE_IN_WORDS)  # "one in ten (12%)": two points either way at least
    if not any(ch.isdigit() for ch in claim.text):
        return most * abs(value)
    step = _last_digit_step(claim, value)
    return max(step / 2, min(roundness(value, step) / 2, most * abs(value)))


def _twice_rounded(claim: Claim) -> Interval:
    """What a figure rounded twice may be off by beyond once: a tenth of its last digit's step
    (13.446% written 13.5%, by way of 13.45)."""
    return Interval(-0.1, 0.1) * Interval.point(_last_digit_step(claim, claim.value))


def _last_digit_step(claim: Claim, value: float) -> float:
    """One unit of the last digit a figure is written to: 1 for "132", 0.1 for "213.5"."""
    return 1.0 if value == int(value) else 10.0 ** -_decimals(claim.text)


def _up_to_next_digit(claim: Claim, written: Interval) -> Interval:
    """`written` reaching up to the next value of the claim's last digit: a conversion cut short
    rather than rounded ("213.5 kilometres (132 miles)", of 132.7 miles) is still right."""
    if (
        not any(ch.isdigit() for ch in claim.text)
        or math.isnan(claim.value)
        or not math.isfinite(written.high)
    ):
        return written
    step = _last_digit_step(claim, claim.value)
    return Interval(written.low, max(written.high, claim.value + step), written.low_inclusive, True)


def _decimals(text: str) -> int:
    digits = "".join(ch for ch in text if ch.isdigit() or ch == ".")
    return len(digits.split(".", 1)[1]) if "." in digits else 0


def _unit_of(claim: Claim) -> str:
    """The unit a conversion reads a claim in: a share in words ("two-thirds") is a pure number."""
    return "dimensionless" if claim.kind == "fraction" else claim.unit


def unit_conversion(context: Context, rule: Rule) -> list[Violation]:
    out = []
    for second in context.claims:
        first = context.by_id.get(second.converts) if second.converts else None
        if first is None or not _unit_of(first) or not _unit_of(second):
            continue
        written, stated = _as_written(first), _up_to_next_digit(second, _as_written(second))
        in_words = first.kind == "fraction" and not any(ch.isdigit() for ch in first.text)
        if first.qualifier in ONE_SIDED and not second.qualifier and not in_words:
            # "more than 40 inches (102 centimeters)": the bracket converts the number, the bound
            # holds for both; but "more than a third (38%)" gives the share the bound is of
            value, grain = first.value, _grain(first)
            written = Interval(value - grain, value + grain, True, True)
        try:
            converted = _converted(written, _unit_of(first), _unit_of(second), context.definitions)
            converted = converted.widen(_CONVERSION_SLACK)
            offset = convert(0.0, _unit_of(first), _unit_of(second), context.definitions)
        except Exception:  # pint's DimensionalityError: not a conversion after all
            continue
        verdict = judge((converted, converted), "==", (stated, stated))
        difference = ""
        if verdict is not None and offset:  # "warming of 1.5C (2.7F)": a difference of temperatures
            change = converted - Interval.point(offset)
            if judge((change, change), "==", (stated, stated)) is None:
                continue
            difference = f" (a difference of {describe(change)})"
        if verdict is not None:
            converted_text = f"{describe(converted)} {second.unit}{difference}"
            arithmetic = f"{quoted(first)} is {converted_text}, but {reads(second, False)}"
            out.append(Violation({"first": first, "second": second}, arithmetic, verdict))
    return out


# a conversion made from the figure before it was rounded, or through a third unit: "220 km/h
# (138 mph)" worked out from 119 knots is off its conversion by up to 1%
_CONVERSION_SLACK = 0.01


def _converted(written: Interval, unit: str, target: str, definitions: tuple[Path, ...]) -> Interval:
    """The interval `written` in `unit`, expressed in `target`."""
    ends = [
        convert(v, unit, target, definitions) if math.isfinite(v) else v for v in (written.low, written.high)
    ]
    return Interval(min(ends), max(ends))


def _days(claim: Claim) -> tuple[dt.date, dt.date] | None:
    """The first and last day a date claim may mean: one day, an ISO week ('2023-W48') or a
    year ('2016')."""
    try:
        if claim.date.isdigit() and len(claim.date) == 4:
            return dt.date(int(claim.date), 1, 1), dt.date(int(claim.date), 12, 31)
        if "-W" in claim.date:
            year, week = claim.date.split("-W")
            monday = dt.date.fromisocalendar(int(year), int(week), 1)
            return monday, monday + dt.timedelta(days=6)
        day = dt.date.fromisoformat(claim.date)
        return day, day
    except ValueError:
        return None


# before a birth date: "was born on ", "Born in ", "Born Eleanor Rosalynn Smith on "
_BORN = re.compile(r"\b(?i:born)(?:\s+\p{Lu}[\p{L}.’'-]*){0,4}(?:\s+(?i:on|in))?\s*,?\s*$")
_SOMEONE_ELSE = re.compile(r"(?i:\b(?:an?|who|whose)\s+(?:[\p{L}-]+\s+)?$)")  # an age of another person
# a death the article speaks of; not "her husband, who died"
_DEATH = re.compile(r"(?i:(?<!\bwho\s)\b(?:died|dies|die|death|passed\s+away)\b)")


def age_birth(context: Context, rule: Rule) -> list[Violation]:
    """'Born Aug. 18, 1927 ... died Sunday, Nov. 19, 2023 ... dies at 95': an age agrees with the
    one birth date the article gives, at the date of the death (a date in the first sentence of
    the lede that speaks of one), else at the article's first full date (its dateline). Only ages
    in a headline, in that sentence of the death or the one after it ("She was 96."), or alone
    in the birth's sentence with no other date are read as that person's at that date: a death
    further down may be a relative's, and "born in 1927, she married in 1946, when she was 18
    and he was 21" speaks of another year and another person. An article of several births (a
    round-up of deaths) has its ages checked one sentence at a time: a sentence with one birth,
    one death's full date after it and one age ("who was born on May 2, 1931, died on June 9,
    2024, at the age of 93")."""
    births = [c for c in context.claims if c.kind == "date" and _days(c) and _BORN.search(_before(c)[-60:])]
    if len(births) != 1:
        return [v for birth in births for v in _age_in_the_sentence_of_birth(context, birth)]
    birth = births[0]
    headline = _headline(context)
    lede = 1 if headline else 0  # the paragraph after the headline: "Rosalynn Carter ... died Sunday"
    death = next(
        (c.sentence_index for c in context.claims if c.paragraph == lede and _DEATH.search(c.sentence)), None
    )
    dates = [c for c in context.claims if c.kind == "date" and len(c.date) == 10 and _days(c)]
    reference = next(  # the death's date, not the birth's beside it ("born on ..., died on ...")
        (c for c in dates if c.sentence_index == death and c.id != birth.id), dates[0] if dates else None
    )
    if reference is None or reference.id == birth.id:
        return []
    ages = [c for c in context.claims if c.kind == "age" and c.unit == "year"]
    read = {death, death + 1} if death is not None else set()
    beside = [c for c in context.claims if c.sentence_index == birth.sentence_index and c.id != birth.id]
    if (
        not any(c.kind == "date" and c.id != reference.id for c in beside)
        and sum(c.kind == "age" for c in beside) == 1
    ):
        read.add(birth.sentence_index)
    out = []
    for age in ages:
        if age.sentence_index not in read and age not in headline:
            continue
        if age.sentence_index == birth.sentence_index != death and _SOMEONE_ELSE.search(_before(age)):
            continue  # "born in 1950 to a 19-year-old mother", "lost her husband, who died at 44"
        out.extend(_age_at(birth, reference, age))
    return out


def _age_in_the_sentence_of_birth(context: Context, birth: Claim) -> list[Violation]:
    """The one age of a birth's sentence at the one full date after the birth there that a
    death's word comes right before ("died on June 9, 2024")."""
    beside = [c for c in context.claims if c.sentence_index == birth.sentence_index and c.id != birth.id]
    dates = [c for c in beside if c.kind == "date"]
    ages = [c for c in beside if c.kind == "age" and c.unit == "year"]
    if len(dates) != 1 or len(ages) != 1 or len(dates[0].date) != 10 or dates[0].start < birth.end:
        return []
    if not _DEATH.search(_before(dates[0])[-30:]) or _SOMEONE_ELSE.search(_before(ages[0])):
        return []
    return _age_at(birth, dates[0], ages[0])


def _age_at(birth: Claim, reference: Claim, age: Claim) -> list[Violation]:
    """The age one born on `birth` is on the date `reference`, against `age`."""
    (born_first, born_last), (at_first, at_last) = _days(birth), _days(reference)  # type: ignore[misc]
    youngest, oldest = _years_between(born_last, at_first), _years_between(born_first, at_last)
    if oldest < 0:
        return []
    lived = Interval(youngest, oldest + 1, True, False)  # "96" holds through the year after a birthday
    verdict = judge(_own(age), "==", (lived, lived))
    if verdict is None:
        return []
    span = f"{youngest}" if youngest == oldest else f"{youngest} or {oldest}"
    arithmetic = f"born {birth.text}, on {reference.text} one is {span}, but {reads(age, verdict)}"
    return [Violation({"age": age, "birth": birth, "date": reference}, arithmetic, verdict)]


def range_order(context: Context, rule: Rule) -> list[Violation]:
    """'between 500 and 400 people', 'salaries ranging from $32,000 to $30,000': a range is
    written low end first; one written the other way round (`quantities` reads it as the range
    it must mean, with the qualifier 'range_reversed') is a slip of the keys or a swap."""
    out = []
    for claim in context.claims:
        if claim.qualifier == "range_reversed":
            high, low = (describe(Interval.point(end)) for end in (claim.typical_high, claim.typical_low))
            arithmetic = f"{quoted(claim)} names its high end, {high}, before its low end, {low}"
            out.append(Violation({"range": claim}, arithmetic, False))
    return out


_MONTH_DAYS = {"month": (28.0, 31.0), "year": (365.0, 366.0)}  # the days a calendar month or year may have
_DAY_UNITS = ("minute", "hour", "day", "week", "fortnight")  # units of time a month holds a varying number of


def average_of(context: Context, rule: Rule) -> list[Violation]:
    """'30 goals in 24 games, an average of 1.25 a match', '9,150 arrivals in the first five
    months, or about 60 a day', '138,000, 174,000 and 80,000 new jobs, an average of 130,667 a
    month': an average is the total divided by the count (or span, in the unit of time the
    average is per) it is linked to, or the sum of the list it averages divided by its length.
    The average is taken as rounded as written ('60 a day' may be 55-65); a month has 28 to 31
    days strictly and 30.44 typically."""
    out = []
    items_of = context.grouped(lambda c: c.averaged_in)
    for average in context.claims:
        total = context.by_id.get(average.average_of) if average.average_of else None
        count = context.by_id.get(average.per_count) if average.per_count else None
        items = items_of.get(average.id, [])
        if total is not None and count is not None:
            t, n = context.pair(total), _span(context, count, average.per)
            expected = (t[0] / n[0], t[1] / n[1])
            divided = f"{total.text} / {count.text}"
            if count.kind == "date":  # a year: its days, weeks or months
                divided += f" ({n[1].low:,.4g} {average.per}s)"
            roles = {"average": average, "total": total, "count": count}
        elif len(items) >= 2:
            length = Interval.point(float(len(items)))
            summed = context.total(items)
            expected = (summed[0] / length, summed[1] / length)
            divided = f"({' + '.join(c.text for c in items)}) / {len(items)}"
            roles = {"average": average, **{f"item{i + 1}": c for i, c in enumerate(items)}, "item": items[0]}
        else:
            continue
        stated = _average_as_written(context, average)
        verdict = judge(stated, "==", expected)
        if verdict is not None:
            pick = 1 if verdict else 0
            per = f" a {average.per}" if average.per else ""
            quotient = describe(_in_unit_of(context, expected[pick], average))
            allows = describe(_in_unit_of(context, stated[pick], average))
            means = "typically means" if verdict else "allows"
            arithmetic = f"{divided} = {quotient}{per}, but {quoted(average)} {means} {allows}"
            out.append(Violation(roles, arithmetic, verdict))
    return out


def _span(context: Context, count: Claim, per: str) -> tuple[Interval, Interval]:
    """(strict, typical) intervals of the count or span an average divides by, in the unit of
    time the average is per: 'five months' a day is 140-155 days strictly, 152.2 typically; a
    count ('24 games', '10 sessions' for 'a day') is itself."""
    own = _own(count)
    if count.kind == "date" and count.date.isdigit() and per in IN_A_YEAR:
        days = 366 if calendar.isleap(int(count.date)) else 365  # "in 2022, an average of 824 a day"
        length = Interval.point(days / 7 if per == "week" else 12.0 if per == "month" else float(days))
        return length, length
    if count.kind != "duration" or not per or per == count.unit:
        return own
    factor = convert(1.0, count.unit, per, context.definitions)
    lengths = _MONTH_DAYS.get(count.unit) if per in _DAY_UNITS else None
    day = convert(1.0, "day", per, context.definitions) if lengths else 0.0
    strict = Interval(lengths[0] * day, lengths[1] * day) if lengths else Interval.point(factor)
    return own[0] * strict, own[1] * Interval.point(factor)


def _average_as_written(context: Context, average: Claim) -> tuple[Interval, Interval]:
    """(strict, typical) intervals of an average, in canonical units. Unless it is compared ('more
    than 60 a day', 'nearly 1,000'), it is rounded or cut off at its last digit, to two figures
    or so: '130,666' is 130,665.5 up to 130,667, '1.4' 1.35 up to 1.5, '200,000' 180,000 up to
    220,000 (190,000 to 210,000 typically). 'An average of' is no vagueness of its own; 'about
    60' allows what 'about' allows besides."""
    strict, typical = context.pair(average)
    if average.qualifier not in ("", "about") or not math.isfinite(average.value):
        return strict, typical
    written = _rounded(context, average, _CONVERSION_ROUNDING)
    usual = _rounded(context, average, _AVERAGE_ROUNDING)
    if AVERAGE_WORD.match(average.text):
        return written, usual
    return _hull(strict, written), _hull(typical, usual)


_AVERAGE_ROUNDING = 0.05  # the most an average is typically taken to be rounded, as a share


def _rounded(context: Context, claim: Claim, most: float) -> Interval:
    """What a figure may have been before it was rounded, by at most `most` of it, or cut off at
    its last digit, in canonical units."""
    grain = _grain(claim, most)
    low, high = claim.value - grain, claim.value + max(grain, _last_digit(claim))
    if claim.unit and claim.canonical_unit not in ("", claim.unit):
        low, high = (
            convert(end, claim.unit, claim.canonical_unit, context.definitions) for end in (low, high)
        )
    return Interval(low, high, True, False)


def _last_digit(claim: Claim) -> float:
    """The value of one unit of the last digit written: 1 for '130,666', 0.1 for '1.4', 100,000
    for '1.2 million'; 0 for a figure in words."""
    digits = "".join(ch for ch in claim.text if ch in "0123456789.").strip(".")
    written = float(digits) if digits and digits.count(".") <= 1 else 0.0
    return 10.0 ** -_decimals(claim.text) * claim.value / written if written else 0.0


def _hull(a: Interval, b: Interval) -> Interval:
    """The least interval holding both `a` and `b`."""
    low = a if (a.low, not a.low_inclusive) <= (b.low, not b.low_inclusive) else b
    high = a if (a.high, a.high_inclusive) >= (b.high, b.high_inclusive) else b
    return Interval(low.low, high.high, low.low_inclusive, high.high_inclusive)


def _years_between(start: dt.date, end: dt.date) -> int:
    """Whole years from `start` to `end`: an age."""
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


def duration_dates(context: Context, rule: Rule) -> list[Violation]:
    """A duration against the dates or clock times that bound it: in its sentence ("the seven-day
    truce that began Nov. 24 and ended Dec. 1"), across two sentences ("between 1985 and 2020,
    ... In just 35 years, ..."; "They wed in 1962. The partnership lasted 17 years; she died
    in 1979."; "He was arrested on March 3. On April 14, six weeks after his arrest, ...") or
    between two clock times ("in the 7 hours from 17:00 to 00:00 UTC")."""
    spans = [(d, first, last, False) for d, first, last in _spans_in_sentences(context)]
    spans += [(d, first, last, True) for d, first, last in _spans_across_sentences(context)]
    out = [v for d, first, last, rounded in spans if (v := _span_violation(d, first, last, rounded))]
    return out + _clock_spans(context)


def _spans_in_sentences(context: Context) -> list[tuple[Claim, Claim, Claim]]:
    """(duration, start, end) where one sentence gives a duration and the two dates that bound it,
    joined as a span: "the 10-day festival runs from July 1 to July 10"."""
    out = []
    for members in context.grouped(lambda c: c.sentence_index).values():
        durations = [c for c in members if c.kind == "duration" and c.unit in _DAYS]
        dates = [d for d in members if d.kind == "date" and (_days(d) or _YEARLESS.fullmatch(d.date))]
        if len(durations) > 1 and len(dates) == 2:  # "last five days, from Friday to Monday, ... by a day"
            durations = [d for d in durations if _SPAN_LEAD.fullmatch(_between(d.sentence, d, dates[0]))]
        if len(durations) != 1 or len(dates) != 2:
            continue
        duration, (first, last) = durations[0], dates  # in the order written
        between = _between(duration.sentence, first, last)
        years = first.date.isdigit() or last.date.isdigit()
        if years and not _YEARS_OF.fullmatch(_between(duration.sentence, duration, first) + "|" + between):
            continue  # years are checked only beside their span: "over six years, from 2016 to 2022"
        if len(between) > _SPAN_REACH or not _SPAN_JOIN.search(between):
            continue  # "NEW YORK, Oct. 3 - ... on Tuesday as yields hit 16-year highs": no span
        if any(first.end <= c.start and c.end <= last.start for c in members):
            continue  # "since March 18, and the S&P 500 closed 7% under ... September 2": a clause between
        if any(
            (duration.end <= c.start and c.end <= first.start)
            or (last.end <= c.start and c.end <= duration.start)
            for c in members
        ):
            continue  # "April 1-October 31 ..., 15% (166 Bcf) less than the five-year average"
        out.append((duration, first, last))
    return out


# "between " 1970 " and " 2018; "In " just 48 years
_YEARS_SPAN = re.compile(r"(?i:from|between)\s*$|\s*(?i:to|through|until|and|-|–)\s*")
_SPAN_BACK = re.compile(  # "In " just 48 years, "Over those " 30 years; not "In " 10 years, ahead
    r"\s*(?i:in|over|within|during)\s+(?P<those>(?i:those|these|the|that)\s*)?"
)
_ONLY = re.compile(r"(?i:just|only|a\s+mere)\b")  # "just 48 years": looking back at a span
_FROM_ELSEWHERE = re.compile(  # 12 years " since ...", " later", " ago": counted from another point
    r"\s*(?i:since|after|before|later|earlier|ago|from|of|old)\b"
)
_AHEAD = re.compile(r"\b(?i:will|would|could|may|might|should|shall|expects?|plans?|aims?)\b|['’]ll\b")
_LASTED = re.compile(  # "The marriage lasted " 12 years: a span the sentence before began
    r"\s*(?i:the|their|his|her|its)\s+(?P<noun>\p{L}{5,})\s+(?i:lasted|spanned|endured)\s*"
)
_LASTED_TO = re.compile(r"[^\d]{0,40}\b(?i:in|until|till)\s*")  # 17 years "; she died in " 1979
_AFTER_EVENT = re.compile(  # six weeks " after his death": after an event named by one word
    r"\s+(?i:after)\s+(?:(?i:his|her|their|its|the)|\p{Lu}[\p{L}.-]*['’]s)\s+(?P<noun>\p{L}+)\b"
)


def _spans_across_sentences(context: Context) -> list[tuple[Claim, Claim, Claim]]:
    """(duration, start, end) where a duration names the span an earlier sentence began or
    bounded: the length of a span of years, opening the next sentence ("between 1985 and 2020,
    ... In just 35 years, ..."); what lasted from the year the sentence before gave to a year
    after it ("They wed in 1962. The partnership lasted 17 years; she died in 1979."); and a
    duration after a date counting from the one date of the sentence before, whose event it names
    ("He was arrested on March 3. On April 14, six weeks after his arrest, ..."). Silent where
    either sentence gives another date."""
    sentences = context.grouped(lambda c: c.sentence_index)
    out = []
    for index, members in sentences.items():
        before = sentences.get(index - 1, []) if isinstance(index, int) else []
        durations = [c for c in members if c.kind == "duration" and c.unit in _DAYS]
        dates = [d for d in members if d.kind == "date" and _days(d)]
        earlier = [d for d in before if d.kind == "date" and _days(d)]
        if len(durations) != 1 or len(earlier) not in (1, 2) or len(dates) > 1:
            continue
        duration = durations[0]
        if len(earlier) == 2 and not dates and not any(c.kind == "duration" for c in before):
            first, last = earlier
            if (
                first.date.isdigit()
                and last.date.isdigit()
                and (back := _SPAN_BACK.fullmatch(_before(duration)))
                and (back["those"] or _ONLY.match(duration.text))
                and not _FROM_ELSEWHERE.match(_after(duration))
                and not _AHEAD.search(duration.sentence)
                and _YEARS_SPAN.search(_before(first))
                and _YEARS_SPAN.fullmatch(_between(first.sentence, first, last))
            ):
                out.append((duration, first, last))  # "between 1985 and 2020, ... In just 35 years"
            continue
        if len(earlier) != 1 or len(dates) != 1:
            continue
        (start,), (end,) = earlier, dates
        lasted = _LASTED.fullmatch(_before(duration))
        if (
            lasted
            and start.date.isdigit()
            and end.start > duration.end
            and _LASTED_TO.fullmatch(_between(duration.sentence, duration, end))
            and re.search(rf"\b(?i:{re.escape(lasted['noun'][:5])})", _before(start))
        ):
            out.append((duration, start, end))  # "They wed in 1962. The partnership lasted 17 years"
        after = _AFTER_EVENT.match(_after(duration))
        if (
            after
            and not start.date.isdigit()
            and not end.date.isdigit()
            and re.fullmatch(r"\s*,\s*", _between(duration.sentence, end, duration))
            and _same_event(after["noun"], start.sentence, context.events)
        ):
            out.append(
                (duration, start, end)
            )  # "arrested on March 3. On April 14, six weeks after his arrest"
    return out


def _same_event(noun: str, sentence: str, events: Mapping[str, str]) -> bool:
    """Whether `sentence` tells of the event a noun names, by the lexicon's `events` (the user's
    included): "his arrest" of "He was arrested on March 3"."""
    event = events.get(noun.lower())
    return bool(event) and any(events.get(w.lower()) == event for w in re.findall(r"\p{L}+", sentence))


_YEARLESS = re.compile(r"XXXX-\d\d-\d\d")  # "Oct. 2" in an article whose year is not known


def _apart(duration: Claim, first: Claim, last: Claim) -> tuple[int, int] | None:
    """The fewest and most days from the first date to the last: of days, weeks or years; of
    two days of one unknown year ("started on Oct. 2 and ended on Oct. 20"), the last in that
    year or the next, leap or not, for a duration in days or weeks. None when the last comes
    first, when only one has no year, or when the duration is too long for two days of a year."""
    if _YEARLESS.fullmatch(first.date) and _YEARLESS.fullmatch(last.date):
        if duration.unit not in ("day", "week", "fortnight"):
            return None  # "from June 25 to July 9 ... over the previous five years": not its length
        spans = []
        for year in (2000, 2001):  # a leap year and another; Feb. 29 only in the first
            with contextlib.suppress(ValueError):
                start = dt.date.fromisoformat(first.date.replace("XXXX", str(year)))
                end = dt.date.fromisoformat(last.date.replace("XXXX", str(year)))
                if end < start:
                    end = dt.date.fromisoformat(last.date.replace("XXXX", str(year + 1)))
                spans.append((end - start).days)
        return (min(spans), max(spans)) if spans else None
    ends = _days(first), _days(last)
    if None in ends:
        return None
    (first_from, first_to), (last_from, last_to) = ends  # type: ignore[misc]
    if first_from > last_to:
        return None  # "from Monday to Wednesday" placed in the past reads backwards: a future week, unknown
    return max((last_from - first_to).days, 0), (last_to - first_from).days


def _span_violation(duration: Claim, first: Claim, last: Claim, rounded: bool) -> Violation | None:
    """A duration that does not span its two dates, counting one or both end days; one `rounded`
    to its unit ("six weeks after" may be 40 days) when written as exact."""
    apart = _apart(duration, first, last)
    if apart is None:
        return None
    shortest, longest = apart
    factor = Interval.point(_DAYS[duration.unit])
    stated = (interval(duration, False), interval(duration, True))
    if rounded and duration.low == duration.high:
        stated = (Interval(duration.value - 0.5, duration.value + 0.5),) * 2
    # counting one end day or both; months and years are calendar ones, not the average's days
    # ("the twelve months from October 1, 2014 through September 30, 2015" are 365 days, not 365.24)
    calendar = 1 if duration.unit in ("month", "year") else 0
    span = Interval(shortest - calendar, longest + 1 + calendar)
    verdict = judge((stated[0] * factor, stated[1] * factor), "==", (span, span))
    if verdict is None:
        return None
    days = f"{shortest}" if shortest == longest else f"{shortest} to {longest}"
    span_text = f"{days} days ({longest + 1} counting both)"
    if duration.unit != "day":  # "2016 to 2022 is 5 to 7 years"
        span_text = f"{describe(span / factor)} {duration.unit}s"
    arithmetic = (
        f"{first.text} to {last.text} is {span_text}, but {reads(duration, verdict)} {duration.unit}s"
    )
    return Violation({"duration": duration, "start": first, "end": last}, arithmetic, verdict)


_CLOCK = re.compile(
    r"(?P<hour>\d{1,2})(?:[:.](?P<minute>[0-5]\d))?(?:\s?(?P<half>[ap])\.?m\.?)?", re.IGNORECASE
)
_CLOCK_UNITS = {"minute": 1.0, "hour": 60.0}
_CLOCK_JOIN = re.compile(r"\s*(?i:to|until|till|through|and|-|–)\s*")  # 17:00 " to " 00:00
_LATER_AT = re.compile(r"\s*(?i:later|afterwards)\s*,?\s*(?i:at)\s*")  # 11 hours " later, at " 5.35pm
_OTHER_DAY = re.compile(
    r"\s*(?:\p{Lu}{2,4}\b)?\s*,?\s*(?i:on\s+)?(?i:the\s+)?(?:(?i:next|following)\b|\p{L}+day\b)"
)


def _clock(claim: Claim) -> tuple[int, bool] | None:
    """The minute of the day a clock time gives, and whether its half of the day is sure (a.m.,
    p.m., or two digits of a 24-hour clock): "17:00" is (1020, True), "9:45p.m." (1305, True),
    "9:45" (585, False)."""
    match = _CLOCK.fullmatch(claim.text.strip())
    if not match:
        return None
    if not match["minute"] and not match["half"]:
        return None
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    if match["half"]:
        hour = hour % 12 + (12 if match["half"].lower() == "p" else 0)
    return hour * 60 + minute, bool(match["half"]) or len(match["hour"]) == 2


def _clock_spans(context: Context) -> list[Violation]:
    """A duration in hours or minutes before the two clock times that bound it, across midnight
    if need be: "in the 7 hours from 17:00 to 00:00 UTC", "the 45 minutes between 9:30 p.m. and
    10:15 p.m.", or between them, said to be how much later the second came ("at 5.50am ... 11
    hours and 45 minutes later, at 5.35pm"); not "from 9:00 to 4:00", whose half of the day is
    unsure."""
    out = []
    for members in context.grouped(lambda c: c.sentence_index).values():
        durations = [c for c in members if c.kind == "duration" and c.unit in _CLOCK_UNITS]
        times = [c for c in members if c.kind == "time"]
        if len(durations) != 1 or len(times) != 2 or any(c.kind == "date" for c in members):
            continue
        duration, (first, last) = durations[0], times
        lead = _SPAN_LEAD.fullmatch(_between(duration.sentence, duration, first))
        later = first.start < duration.start < last.start and _LATER_AT.fullmatch(
            _between(duration.sentence, duration, last)
        )  # "went up at 5.50am and was lowered 11 hours and 15 minutes later, at 5.35pm"
        if _OTHER_DAY.match(_after(last)):
            continue  # "from 7 a.m. to 5 p.m. the next day": across more than one midnight, perhaps
        ends = _clock(first), _clock(last)
        between = _between(duration.sentence, first, last)
        if (
            None in ends
            or not all(sure for _, sure in ends)  # type: ignore[misc]
            or not (
                (lead and _CLOCK_JOIN.fullmatch(between)) or later
            )  # not "from 22:00 GMT to 14:00 local time"
        ):
            continue
        minutes = (ends[1][0] - ends[0][0]) % 1440  # type: ignore[index]
        factor = Interval.point(_CLOCK_UNITS[duration.unit])
        stated = (interval(duration, False) * factor, interval(duration, True) * factor)
        verdict = judge(stated, "==", (Interval.point(minutes),) * 2)
        if verdict is not None:
            span = describe(Interval.point(minutes) / factor)
            arithmetic = (
                f"{first.text} to {last.text} is {span} {duration.unit}s, "
                f"but {reads(duration, verdict)} {duration.unit}s"
            )
            out.append(Violation({"duration": duration, "start": first, "end": last}, arithmetic, verdict))
    return out


def _linked(context: Context, a: Claim, b: Claim) -> bool:
    """Whether a link of the table joins two claims, directly or through the parts between them
    ("20 were carrying hazardous materials, and 10 of those derailed. Five of them ...")."""
    if any(getattr(a, f) == b.id or getattr(b, f) == a.id for f in LINK_COLUMNS):
        return True
    return b.id in _wholes(context, a) or a.id in _wholes(context, b)


def _wholes(context: Context, claim: Claim) -> set[int]:
    """The ids of the wholes a claim is a part of, and of theirs."""
    out: set[int] = set()
    whole = context.by_id.get(claim.part_of) if claim.part_of else None
    while whole is not None and whole.id not in out:
        out.add(whole.id)
        whole = context.by_id.get(whole.part_of) if whole.part_of else None
    return out


_MORE_WORDS = ("another", "further", "additional", "other", "more")
_UPDATE_CUES = (
    "now",
    "latest",
    "updated",
    "revised",
    "so far",
    "to date",
    "stands at",
    "stood at",
    "risen",
    "climbed",
    "new toll",
    "new figure",
)


def _of_a_subset(claim: Claim) -> bool:
    """A figure after an opening that names a group ("Of those, about 7.3 million ...", "Of the
    240 hostages, 110 ..."): it counts part of that group, never the group again."""
    opening = GROUP_OPENS.match(claim.sentence)
    comma = claim.sentence.find(",", opening.end()) if opening else -1
    return comma >= 0 and claim.sentence.find(claim.text) > comma


def _changing(claim: Claim) -> bool:
    """A figure given as a change or an update ("rose to 45", "the toll now stands at 52"): a
    different figure for the same subject elsewhere is no contradiction."""
    if claim.direction or claim.change_from or claim.change_to or claim.total_of:
        return True
    sentence = f" {claim.sentence.lower()} "
    if any(f" {word} {claim.text.lower()}" in sentence for word in _MORE_WORDS) or any(
        f" {claim.text.lower()} {word} " in sentence for word in INCREMENT_WORDS
    ):
        return True  # "another 25 people", "82 new cases": a further group, not the same figure again
    return any(f" {cue} " in sentence for cue in _UPDATE_CUES)


def _years_written(claims: Sequence[Claim]) -> dict[int, frozenset[str]]:
    """The years each sentence writes out in its dates ("in 2011", "March 2020"), by sentence."""
    years: dict[int, set[str]] = defaultdict(set)
    for claim in claims:
        if claim.kind == "date":
            years[claim.sentence_index].update(_YEAR.findall(claim.text))
    return {sentence: frozenset(found) for sentence, found in years.items() if found}


_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_PLANNED = re.compile(  # a figure in a clause about what is to happen: "Hamas is to free 50 of the 240"
    r"\b(?i:will|would|could|should|may|might|(?:is|are|was|were)\s+(?:set\s+|expected\s+|due\s+|scheduled\s+)?to|"
    r"plans?\s+to|planned\s+to|aims?\s+to|expected\s+to|agreed\s+to|promised\s+to|vowed\s+to|pledged\s+to)\b"
    r"[^,;.]*$"
)
_AGAINST = re.compile(r"(?i:\b(?:against|opposed|opposing|oppose|voted\s+no|rejected)\b)")
_FOR = re.compile(r"(?i:\b(?:in\s+(?:support|favou?r)|supported|backed|voted\s+(?:yes|for)|for\s+it)\b)")


@functools.lru_cache(maxsize=4096)
def _stance(sentence: str) -> tuple[bool, bool]:
    """Whether a sentence speaks of those against and of those for: the same noun and event on
    either side of a vote are two groups, not one figure given twice."""
    return bool(_AGAINST.search(sentence)), bool(_FOR.search(sentence))


def restated_figure(context: Context, rule: Rule) -> list[Violation]:
    groups: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    ends = {i for c in context.claims for i in (c.change_from, c.change_to) if i}  # "from 100 cases to 10"
    for claim in context.claims:
        if (
            claim.kind in _AMOUNTS
            and claim.entity
            and claim.event
            and claim.unit != "percent"  # "96% of cases were in the unvaccinated", "30% of cases in children"
            and not _of_a_subset(claim)
            and not _changing(claim)
            and not _PLANNED.search(_before(claim))
            and claim.id not in ends
        ):
            key = (
                claim.entity,
                claim.event,
                claim.scope.lower(),
                claim.source.lower(),
                claim.kind,
                claim.unit,
            )
            groups[key].append(claim)
    for concept in context.rules.concepts.values():
        if not concept.plain:
            continue  # picked by the words around its figures ("the 100-seat Senate"): many figures
        members = [
            c
            for c in context.select(concept)
            if not _changing(c) and not _PLANNED.search(_before(c)) and c.id not in ends
        ]
        by_scope: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
        for claim in members:
            by_scope[(claim.scope.lower(), claim.source.lower(), claim.kind, claim.unit)].append(claim)
        for key, claims in by_scope.items():
            groups[("concept", concept.path, concept.name, *key)].extend(claims)
    years = _years_written(context.claims)

    def comparable(a: Claim, b: Claim) -> bool:
        return not (
            a.sentence_index == b.sentence_index
            or _linked(context, a, b)
            or years.get(a.sentence_index) != years.get(b.sentence_index)  # "The 2011 quake killed ..."
            or _stance(a.sentence) != _stance(b.sentence)  # "22 Republicans in support", "29 against"
        )

    out = []
    seen: set[tuple[int, int]] = set()
    for members in groups.values():
        members = sorted(members, key=lambda c: c.id)
        for position, b in enumerate(members):
            # each figure against the last earlier restatement it can be read beside: a group's
            # disagreements all show, and n figures give at most n - 1 findings, not n²
            a = next((a for a in reversed(members[:position]) if comparable(a, b)), None)
            if a is None or (a.id, b.id) in seen:
                continue
            seen.add((a.id, b.id))
            verdict = judge(context.pair(a), "==", context.pair(b))
            if verdict is not None:
                arithmetic = f"{reads(a, verdict)}, but {reads(b, verdict)}"
                out.append(Violation({"first": a, "second": b}, arithmetic, verdict))
    return out


_HEADLINE_WORDS = 16  # a first paragraph of one sentence, this short and with no full stop, is a headline
_SENTENCE_END = re.compile(r"[.!?…:]['’\"”)]*\s*$")  # a line ending in a colon introduces, no headline


def headline_in_body(context: Context, rule: Rule) -> list[Violation]:
    """'Gunman kills 9 at Texas mall' over a story that says '... killing eight people': a
    figure in the headline gives one of the body's, of the same kind, unit and event (and noun,
    where the headline names one); a figure with a noun but no event ("wins landslide with 412
    seats"), one of those with its noun; a change with neither, one that changed the same way; a
    sum of money, a duration, a measure or an age with none of these ("gets 11 years"), one of
    its kind and unit, and only when the lede gives one value of that kind and unit. Those with
    no event need one such figure in the lede, those with one in the lede or the paragraph after
    it. The headline figure must agree with one of them, with a change the same way of its kind
    and unit ("sales climb 9%" over "9% higher"), or with the sum of those of one sentence
    ("Storms kill 8" over "killed five in Texas and three in Oklahoma"); it is checked against
    the first. A whole after its part ("4 soldiers among 10 dead") is read against sums alone."""
    headline = _headline(context)
    body = [c for c in context.claims if c.paragraph > 0]
    if not headline or not body:
        return []
    out = []
    for figure in headline:
        if figure.kind not in _AMOUNTS or not (
            figure.event or figure.entity or figure.direction or figure.kind in _MEASURED
        ):
            continue
        if _AMONG.search(_before(figure)):  # "4 soldiers among 10 dead": a whole of several nouns
            out.extend(_whole_in_headline(context, figure, body))
            continue
        same = [c for c in body if _gives_headline(figure, c)]
        key = (figure.kind, figure.unit)
        if not same or same[0].paragraph > body[0].paragraph + (1 if figure.event else 0):
            continue  # the story's first such figure is far down: a figure of another time or place
        told = [
            c
            for c in body
            if figure.event
            and (c.kind, c.event) == (figure.kind, figure.event)
            and c.paragraph <= same[0].paragraph
            and c.part_of is None
        ]
        if len({c.sentence_index for c in told}) > 1 and len({(c.value, c.entity) for c in told}) > 1:
            continue  # "strikes kill 18" over a lede of several strikes, each with its own toll: a
            # total the story never states
        kindred = {c.value for c in body if c.paragraph == same[0].paragraph and (c.kind, c.unit) == key}
        if not (figure.event or figure.entity or figure.direction) and len(kindred) > 1:
            continue  # "caps output at 32.5" over a lede's cut and the output before it: unsure
        by_sentence: dict[int, list[Claim]] = defaultdict(list)
        for claim in same:
            by_sentence[claim.sentence_index].append(claim)
        sums = [context.total(group) for group in by_sentence.values() if len(group) > 1]
        stated = context.pair(figure)
        # a figure of the lede in the headline's state may name it with another noun ("at least 25
        # of them dead" over "at least 25 of the 253 people seized ... have died")
        named_otherwise = [
            c
            for c in body
            if figure.event
            and c.paragraph == body[0].paragraph
            and (c.kind, c.unit, c.event) == (figure.kind, figure.unit, figure.event)
        ]
        # a change may be told of its noun with another word: "sales climb 9%" over "Sales were
        # $3.8 billion, 9% higher"
        changed = [c for c in body if figure.direction and c.direction == figure.direction]
        alike = [c for c in changed if (c.kind, c.unit) == key]
        if any(_agrees(context, figure, c) for c in [*same, *named_otherwise, *alike]) or any(
            judge(stated, "==", t) is None for t in sums
        ):
            continue
        lede = next((c for c in same if c.part_of is None), same[0])
        verdict = judge(stated, "==", context.pair(lede))
        if verdict is not None:
            arithmetic = f"the headline {reads(figure, verdict)}, but the story {reads(lede, verdict)}"
            out.append(Violation({"headline": figure, "body": lede}, arithmetic, verdict))
    return out


def _agrees(context: Context, headline: Claim, claim: Claim) -> bool:
    """Whether a headline figure agrees with a figure of the body, the headline having perhaps
    dropped its qualifier ("killed 47,000" over "killed more than 47,000") or digits ("Dow sheds
    430 points" over "fell 430.97 points": less than one of its last digit apart), or rounded a
    bare figure ending in zero ("2,000 freed" over "1,968 were released": within half its last
    significant digit and 5%)."""
    if judge(context.pair(headline), "==", context.pair(claim)) is None:
        return True
    if _THRESHOLD.search(_before(headline)) and context.pair(claim)[0].high >= context.pair(headline)[0].low:
        return True  # "Death toll passes 16,000" over "more than 16,200 people have been killed"
    written = claim.value  # in the headline's unit, which is the claim's
    if not math.isfinite(written) or not math.isfinite(headline.value):
        return False
    digits = str(headline.value).rstrip("0").rstrip(".").partition(".")[2]
    off = abs(headline.value - written)
    # a bare round figure is approximate ("2,000 prisoners freed" over "1,968 ... released"):
    # within half its last significant digit and a few per cent
    bare_round = not headline.qualifier and headline.value == int(headline.value) and headline.value % 10 == 0
    if bare_round and off <= min(roundness(headline.value, 1.0) / 2, _ROUNDED * abs(headline.value)):
        return True
    return possible(interval(headline, False), "==", Interval.point(written)) or off < 10.0 ** -len(digits)


_ROUNDED = 0.05  # the share a headline's bare round figure may be off the story's
_AMONG = re.compile(r"\d[^\d]*\s(?i:among)\s+$")  # "4 soldiers among 10 dead": the whole after its part
_MEASURED = ("money", "duration", "measure", "age")  # kinds a headline figure may give with no noun
_THRESHOLD = re.compile(r"\b(?i:pass(?:es|ed)|hits?|reach(?:es|ed))\s+$")  # "toll passes 16,000": at least


def _whole_in_headline(context: Context, whole: Claim, body: list[Claim]) -> list[Violation]:
    """'4 soldiers among 10 dead' over 'four soldiers and eight militants died': a headline's
    whole after its part counts several nouns, so it is read only against the sum of a lede
    sentence's figures of its event, kind and unit (two or more); none, and it is left alone."""
    lede = [
        c
        for c in body
        if c.paragraph == body[0].paragraph
        and (c.kind, c.unit, c.event) == (whole.kind, whole.unit, whole.event)
        and c.part_of is None
    ]
    by_sentence: dict[int, list[Claim]] = defaultdict(list)
    for claim in lede:
        by_sentence[claim.sentence_index].append(claim)
    groups = [group for group in by_sentence.values() if len(group) > 1]
    if not groups or any(judge(context.total(g), "==", context.pair(whole)) is None for g in groups):
        return []
    return _sum_against(context, groups[0], "==", whole, {"headline": whole})


def _headline(context: Context) -> list[Claim]:
    """The claims of the article's headline (a first paragraph of one short sentence with no
    full stop, nor a colon that introduces what follows), or none."""
    first = [c for c in context.claims if c.paragraph == 0]
    sentence = first[0].sentence if first else ""
    return first if len(sentence.split()) <= _HEADLINE_WORDS and not _SENTENCE_END.search(sentence) else []


def _gives_headline(headline: Claim, claim: Claim) -> bool:
    """Whether a figure of the body may be the one a headline figure gives: same kind, unit and
    event, and the headline's noun if it names one ("kills 9" and "killing eight people"; "across
    three states" is no count of the dead)."""
    if (claim.kind, claim.unit) != (headline.kind, headline.unit):
        return False
    if not headline.event and not headline.entity:  # "Unemployment rises to 4.3%": a change the same way;
        # "gets 11 years", "for £106.8 million": a measured amount (if the lede gives one of its kind)
        if _BY_BEFORE.search(_before(claim)) and _END_BEFORE.search(_before(headline)):
            return False  # "trims output to 410,000" is where it ends, not "by 30,000 ... from 440,000"
        return claim.direction == headline.direction and not (claim.event and headline.direction)
    if not headline.event:  # "with 412 seats": the same noun, in any state
        return claim.entity == headline.entity
    if headline.event in CHANGE_EVENTS and headline.direction and claim.direction == headline.direction:
        return not claim.event or claim.event == headline.event  # "jumps 2%" over "325 points, or 2.37%"
    return claim.event == headline.event and (not headline.entity or claim.entity == headline.entity)


_BY_BEFORE = re.compile(
    r"\b(?i:by)\s+(?:(?i:about|some|nearly|almost|over|more\s+than)\s+)?$"
)  # "cut output by "
_END_BEFORE = re.compile(
    r"\b(?i:to)\s+(?:(?i:a|an|about|some|nearly|almost|over|under)\s+)?$"
)  # "trims output to "
_ANSWERS = ("supported", "opposed", "undecided")  # events no respondent is in two of at once
_WHOLE = Interval.point(100.0)  # per cent
_SPLIT = re.compile(
    r"\s+to\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+)*?(?:\p{Lu}[\p{L}.-]*['’]s?\s+)?"
)  # "52.7% to Hale's 46.4%"
_OF_THE_VOTE = re.compile(
    r"\s+(?i:of\s+the\s+(?:popular\s+|national\s+|first-round\s+)?(?:vote|votes|ballots))\b"
)
# between two shares of the vote, the next side: ", Jones ", " and Brown ", ", while the Greens got "
_NAMED_SIDE = re.compile(
    r"(?:\s+(?i:of\s+the\s+(?:popular\s+)?(?:vote|votes|ballots)))?\s*(?:,\s*(?i:and\s+|while\s+)?|\s+(?i:and|while)\s+)"
    r"(?:(?i:the\s+)?\p{Lu}[\p{L}’'.-]*\s+){1,3}(?:(?i:had|got|won|received|took|with)\s+)?"
)
_GROUP_AFTER = re.compile(r"\s+(?i:among|of)\s")  # after a split's second share: the group it is of
_GROUP_BEFORE = re.compile(r"\b(?i:among|of)\s")  # before its first: that one has its own group
# after a share, the group it names: "45% opposed it among women", "... of those over 65"
_GROUP_IN_CLAUSE = re.compile(r"\b(?i:among|of)\s+(?!(?i:it|them|this|that)\b)")
_CONTEST = re.compile(
    r"\b(?i:votes?|voters|ballots?|polls?|polling|leads?|led|leading|margin|won|wins?|winning|beat|defeated|"
    r"edged|counted|support|approval|approve|passed|approved|rejected|referendum|measure)\b"
)


def shares_within_whole(context: Context, rule: Rule) -> list[Violation]:
    """Shares of one whole named in one sentence add up to no more than 100%:
    - the shares of a group giving different answers: "52% backed the plan, 45% opposed it and
      3% were undecided". Silent where an answer is given twice (two groups: "70% of Democrats
      and 30% of Republicans backed it"), or the shares name different groups or wholes, or
      only some of them name one;
    - the split of a contest: "Delgado had 52.7% to Hale's 46.4%", "leads 48% to 45%" (in a
      sentence about votes, polls or a lead: "Boston shot 55% to New York's 48%" is two wholes);
    - answers set out one a line after a line ending in a colon ("Of those who voted Labour in
      2019:" then "- 71% would vote for the party again", "- 6% would switch to the Tories").
    """
    out = []
    groups = context.grouped(lambda c: (c.path, c.sentence_index)).values()
    for shares in itertools.chain(  # one group's shares at a time: most sentences have none
        (s for group in groups for s in (_answers(group), *_splits(group))),
        _listed_answers(context),
    ):
        out.extend(_against_whole(shares, "<=", "more than the whole"))
    return out


def _against_whole(shares: list[Claim], comparator: str, words: str) -> list[Violation]:
    """The violation, if any, of two or more shares in per cent against the whole, 100%: their
    sum `comparator` 100 ("52% + 55% + 3% = 110%" is not <= 100), described with `words`."""
    if len(shares) < 2:
        return []
    total = (Interval.point(0.0), Interval.point(0.0))
    for share in shares:
        strict, typical = _own(share)
        total = (total[0] + strict, total[1] + typical)
    verdict = judge(total, comparator, (_WHOLE, _WHOLE))
    if verdict is None:
        return []
    figures = " + ".join(c.text for c in shares)
    arithmetic = f"{figures} = {describe(total[1 if verdict else 0])}%, {words}"
    roles = {**{f"share{i + 1}": c for i, c in enumerate(shares)}, "share": shares[0]}
    return [Violation(roles, arithmetic, verdict)]


def _answers(group: list[Claim]) -> list[Claim]:
    """The shares of one sentence that give one answer each, or none."""
    shares = [c for c in group if c.unit == "percent" and c.event in _ANSWERS]
    answers = [c.event for c in shares]
    if len(set(answers)) < len(answers) or any(c.direction for c in shares):
        return []
    if not (_one_group(shares, lambda c: c.entity) and _one_group(shares, lambda c: c.part_of)):
        return []  # "64% in favor, while 55% of voters over 65 opposed": a group of its own
    if len([c for c in group if c.unit == "percent" and c.event in answers]) > len(shares):
        return []
    return shares


def _one_group(shares: list[Claim], group: Callable[[Claim], object]) -> bool:
    """Whether the shares name one group: the same one, or the first names it and the later ones,
    naming none and no group of their own after them, leave it said ("37% of likely voters back
    it, 43% oppose it and 20% are undecided")."""
    if len({group(c) for c in shares}) <= 1:
        return True
    return bool(group(shares[0])) and all(
        not group(c) and not _GROUP_IN_CLAUSE.search(_clause_after(c, later))
        for c, later in itertools.zip_longest(shares[1:], shares[2:])
    )


def _clause_after(claim: Claim, later: Claim | None) -> str:
    """The words of a claim's sentence after it, up to the `later` claim if there is one."""
    words = _after(claim)
    return words[: words.find(later.text)] if later is not None and later.text in words else words


def _splits(group: list[Claim]) -> list[list[Claim]]:
    """Shares written as the split of a contest: pairs ("52.7% to Hale's 46.4%"), and a list of
    the shares of the vote that each name a side ("Smith received 52% of the vote, Jones 41% and
    Brown 7%"); never the two ends of a change ("edged up from 51% to 52%")."""
    ends = {i for c in group for i in (c.change_from, c.change_to) if i}  # "edged up from 51% to 52%"
    shares = [
        c
        for c in group
        if c.unit == "percent" and not c.direction and c.qualifier != "range" and c.id not in ends
    ]
    if len(shares) < 2 or not _CONTEST.search(shares[0].sentence):
        return []
    pairs = [
        [a, b]
        for a, b in itertools.pairwise(shares)
        if not a.part_of
        and not b.part_of
        and _SPLIT.fullmatch(_between(a.sentence, a, b))
        and not (
            _GROUP_AFTER.match(_after(b)) and _GROUP_BEFORE.search(_before(a))
        )  # "among A, 90% to 15% among B"
        and _CONTEST.search(_clause_of(a.sentence, a.text))
    ]
    listed = [shares[0]] if _OF_THE_VOTE.match(_after(shares[0])) else []
    for share in shares[1:] if listed else ():
        if share.part_of or not _NAMED_SIDE.fullmatch(_between(share.sentence, listed[-1], share)):
            break
        listed.append(share)
    return [*pairs, listed] if len(listed) > 1 else pairs


_OPENS_LINE = re.compile(r"(?:^|\s)[-*•–]?\s*$")  # before a share that opens its line: a bullet or nothing
_INTRO_END = re.compile(r":\s*[-*•–]?\s*$")  # "Of those who voted Labour in 2019:"
# what a share of one group chose: "would vote for", "to another party", "are undecided"
_CHOICE = re.compile(
    r"\s+(?i:(?:say\s+they\s+)?(?:would|will|plan\s+to|intend\s+to)\s+(?:not\s+)?"
    r"(?:vote|back|support|switch|move|stay|choose|stick|go)\b|to\s|(?:are|were|remain|remained)\s+(?:undecided|unsure|"
    r"not\s+sure)\b|(?:have|had)\s+not\s+(?:yet\s+)?decided\b|(?:do|did)\s+not\s+know\b|don['’]t\s+know\b)"
)


def _listed_answers(context: Context) -> list[list[Claim]]:
    """Shares set out one a line after a line ending in a colon, each what one group chose
    ("Of those who voted Labour in 2019:" then "- 71% would vote for the party again", "- 6%
    would switch to the Conservatives", "- 9% to another party", "- 14% are undecided"). The
    introducing line is the start of the first share's sentence or, after a blank line or as
    a list of its own, the sentence before; a share that names a group of its own ("60% of men
    would ...") or changes ("up 4%") makes the list no answers of one group."""
    said = {(c.path, c.sentence_index): c.sentence for c in context.claims}
    runs: list[list[Claim]] = []
    for claim in context.claims:
        if claim.unit != "percent" or claim.column > 3 or not _OPENS_LINE.search(_before(claim)):
            continue
        if runs and (runs[-1][-1].path, runs[-1][-1].line + 1) == (claim.path, claim.line):
            runs[-1].append(claim)
        else:
            runs.append([claim])
    return [run for run in runs if len(run) > 1 and _introduced(run[0], said) and all(map(_one_answer, run))]


def _introduced(first: Claim, said: dict[tuple[str, int], str]) -> bool:
    """Whether a line's share follows a line ending in a colon: in its sentence ("Of those who
    voted Labour in 2019: - 71% would ...") or the sentence before."""
    opening = _before(first)
    previous = said.get((first.path, first.sentence_index - 1), "")
    return bool(
        _INTRO_END.search(opening) or (_OPENS_LINE.fullmatch(opening) and previous.rstrip().endswith(":"))
    )


def _one_answer(share: Claim) -> bool:
    """Whether a share on a line of its own is what a group chose ("71% would vote for the
    party again", "9% to another party"), with no change and no group of its own ("60% of men")."""
    after = _after(share)
    return not (share.direction or share.qualifier == "range" or _GROUP_AFTER.match(after)) and bool(
        _CHOICE.match(after)
    )


def shares_complete_whole(context: Context, rule: Rule) -> list[Violation]:
    """Shares of one whole that the text says make it up add up to 100%, within rounding:
    - shares of one group and the rest ("About 58% of them backed the leader's slate and
      about 39% the rival list. The remaining 3% spoiled their papers");
    - the two sides of a yes/no vote or a run-off ('The "Yes" side won 61.2% of the vote and
      the "No" side 38.8%', "won the run-off 53.1% to 46.9%").
    Silent where the shares are of different groups or questions ("62% of Democrats and 35%
    of Republicans"; "58% chose ... and 40% voted early").
    """
    out = []
    groups = context.grouped(lambda c: (c.path, c.sentence_index))
    for (path, index), group in groups.items():
        sides = _two_sides(group)
        after = groups.get((path, index + 1), [])
        if sides and any(c.unit == "percent" for c in after) and _GOES_ON.match(after[0].sentence):
            sides = []  # "... 'No', or 6.47 percent. A further 76,111 ballots, 1.97 percent, were annulled."
        for shares in (_with_rest(group, groups.get((path, index - 1), [])), sides):
            out.extend(_against_whole(shares, "==", "not the whole 100%"))
    return out


_GOES_ON = re.compile(
    r"\s*(?i:an?\s+(?:further|additional)|another|some\s+other|a\s+third)\b"
)  # more of the whole


# after a later share that takes the first one's verb: "and about 39% the rival list"
_LATER_SHARE = re.compile(r"\s+(?i:the|for|to|in\s+favou?r|against|with|on|behind)\b")
_OPENS_REST = re.compile(
    r"\s*(?i:the\s+(?:rest|remaining|other))\b"
)  # "The remaining 3% spoiled their papers"
_SHARE_JOIN = re.compile(r"[^.;:]*?(?:,\s*(?i:and\s+|while\s+)?|\s+(?i:and|while)\s+)")  # "... ballot and "


def _with_rest(group: list[Claim], before: list[Claim]) -> list[Claim]:
    """The shares of one group and 'the other', 'the remaining' or 'the rest' share after them,
    in its sentence or opening the next one ("About 58% of them backed the leader's slate and
    about 39% the rival list. The remaining 3% spoiled their papers"), or none. Each share after
    the first takes the first one's verb ("about 39% the rival list") or each gives its
    own answer ("52% backed the offer and 30% rejected it"), none names a group of its own,
    and none is a change."""
    shares = [c for c in group if c.unit == "percent"]
    rests = [c for c in shares if REST_BEFORE.search(_before(c))]
    if len(rests) != 1 or rests[0] is not shares[-1] or _GROUP_AFTER.match(_after(rests[0])):
        return []
    rest = rests[0]
    parts = shares[:-1]
    if not parts and _OPENS_REST.match(rest.sentence) and before and before[0].paragraph == rest.paragraph:
        parts = [c for c in before if c.unit == "percent"]
    if not parts or any(c.direction or c.change_from or c.change_to or c.qualifier == "range" for c in parts):
        return []
    answers = [c.event for c in parts]
    answered = set(answers) <= set(_ANSWERS) and len(set(answers)) == len(
        answers
    )  # "52% backed it, 30% opposed it"
    for first, later in itertools.pairwise(parts):
        if not _SHARE_JOIN.fullmatch(_between(later.sentence, first, later)):
            return []
        if _GROUP_AFTER.match(_after(later)) or not (answered or _LATER_SHARE.match(_after(later))):
            return []  # "62% of Democrats and 35% of Republicans", "58% chose ... and 40% voted early"
    if _in_points_of_a_change([*parts, rest], [*before, *group]):
        return []
    return [*parts, rest]


# after a share of a change: " of the increase", " of the year's growth"
_OF_A_CHANGE = re.compile(
    r"\s+(?i:of)\s+(?:[\p{L}’'-]+\s+){1,2}?(?i:increase|rise|growth|gain|fall|decline|drop|decrease|jump)\b"
)


def _in_points_of_a_change(shares: list[Claim], near: list[Claim]) -> bool:
    """Whether shares "of the increase" are points of a change in per cent beside them, which
    they add up to rather than to 100% ("rose 12.1 percent ... Stimulus funding accounted for
    5.1 percent of the increase, with the remaining 7 percent from ...")."""
    if not any(_OF_A_CHANGE.match(_after(c)) for c in shares):
        return False
    total = sum(c.value for c in shares)
    return any(c.unit == "percent" and c.direction and abs(c.value - total) <= 0.1 for c in near)


_SIDE = re.compile(r"(?<![\p{L}])[\"“‘']?(Yes|No)[\"”’']?(?=[\s,:])")  # 'the "No" side', "Yes 38.8%"
_RUN_OFF = re.compile(r"\b(?i:run-?offs?|second[- ]round)\b")
_RESULT = re.compile(r"\b(?i:won|wins|beat|beats|defeated|took|takes|received|got|secured)\b")
_FORECAST = re.compile(r"\b(?i:polls?|polling|survey|leads?|leading|would|projected|expected)\b")


def _two_sides(group: list[Claim]) -> list[Claim]:
    """The two shares of a sentence that are the sides of a yes/no vote, each named ('The "No"
    side took 61.2% of the vote and the "Yes" side 38.8%', "No 61.2%, Yes 38.8%"), or the split of
    a run-off's result ("won the run-off 53.1% to 46.9%"), or none. Polls and forecasts of a
    vote leave room for the undecided, and are left alone."""
    shares = [c for c in group if c.unit == "percent"]
    if len(shares) != 2 or any(c.direction or c.qualifier == "range" for c in shares):
        return []
    first, second = shares
    labels = [_SIDE.findall(_before(first)), _SIDE.findall(_between(first.sentence, first, second))]
    sentence = first.sentence
    if _FORECAST.search(sentence):
        return []  # 'a poll has the "Yes" side at 52% and the "No" side at 44%': some are undecided
    if all(len(found) == 1 for found in labels) and labels[0] != labels[1] and _CONTEST.search(sentence):
        return shares
    return (
        shares if _RUN_OFF.search(sentence) and _RESULT.search(sentence) and shares in _splits(group) else []
    )


def _clause_of(sentence: str, text: str) -> str:
    """The part of `sentence` between semicolons that holds `text`."""
    at = sentence.find(text)
    return sentence[sentence.rfind(";", 0, at) + 1 : (sentence.find(";", at) + 1 or len(sentence) + 1) - 1]


def difference(context: Context, rule: Rule) -> list[Violation]:
    """'leads Jones 52% to 41%, an 11-point lead', '964 runs, 14 short of the record of 978',
    'by 49 points ... by 16, a 33-point swing': a difference is the larger of its two figures
    less the smaller, in the difference's own unit (points between two shares in per cent)."""
    out = []
    for gap in context.claims:
        larger = context.by_id.get(gap.larger) if gap.larger else None
        smaller = context.by_id.get(gap.smaller) if gap.smaller else None
        if larger is None or smaller is None:
            continue
        sides = _sides_of(context, gap, larger, smaller)
        if sides is None:
            continue
        high, low = sides
        expected = (high[0] - low[0], high[1] - low[1])
        verdict = judge(_stated_gap(gap, larger, smaller), "==", expected)
        if verdict is not None:
            measured = gap.kind in ("measure", "duration")
            points = " points" if larger.unit == "percent" else f" {gap.unit}" if measured else ""
            arithmetic = (
                f"{quoted(larger)} - {quoted(smaller)} = {describe(expected[1 if verdict else 0])}{points}, "
                f"but {reads(gap, verdict)}"
            )
            out.append(
                Violation({"difference": gap, "larger": larger, "smaller": smaller}, arithmetic, verdict)
            )
    return out


def _stated_gap(gap: Claim, larger: Claim, smaller: Claim) -> tuple[Interval, Interval]:
    """(strict, typical) intervals of a difference as written: a whole count of the gap between
    two rounded figures is rounded too ("1.2 million, 200,000 short of 1.5 million" may be
    201,000 short of 1,450,000)."""
    strict, typical = _own(gap)
    if gap.low == gap.high and not (larger.low == larger.high and smaller.low == smaller.high):
        half = Interval(-0.5, 0.5, True, False)
        return strict + half, typical + half
    return strict, typical


def _sides_of(
    context: Context, gap: Claim, larger: Claim, smaller: Claim
) -> tuple[tuple[Interval, Interval], tuple[Interval, Interval]] | None:
    """The (strict, typical) intervals of the two figures a difference separates, in the
    difference's unit: shares in per cent in points ("an 11-point lead, 52% to 41%"), cents
    against dollars in cents; None when the three do not measure one thing."""
    if larger.unit == smaller.unit == "percent" and (
        gap.unit in _POINTS or (gap.kind, gap.unit) == ("count", "")
    ):
        scale = Interval.point(1.0 / _POINTS.get(gap.unit, 1.0))
        (high, high_typical), (low, low_typical) = _own(larger), _own(smaller)
        return (high * scale, high_typical * scale), (low * scale, low_typical * scale)
    if not (_commensurable(gap, larger) and _commensurable(larger, smaller)):
        return None
    return _own_in(context, larger, gap.unit), _own_in(context, smaller, gap.unit)


def _own_in(context: Context, claim: Claim, unit: str) -> tuple[Interval, Interval]:
    """(strict, typical) intervals of a claim in `unit` ("$3.89" in cents), from its own."""
    strict, typical = _own(claim)
    if claim.unit == unit:
        return strict, typical
    return _converted(strict, claim.unit, unit, context.definitions), _converted(
        typical, claim.unit, unit, context.definitions
    )


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# a weekday joined to the date after it by a comma or a space alone: "Tuesday, March 3", "Tuesday 3 March"
_WEEKDAY_JUST_BEFORE = re.compile(rf"\b(?P<day>{'|'.join(_WEEKDAYS)}),?\s+$")


def _full_day(claim: Claim, reference: dt.date | None) -> dt.date | None:
    """The day a date claim names, when it names one day with its year: the year written, or
    else the year that sets the day nearest the article's date (`reference`): "Dec. 31" in an
    article of Jan. 2, 2026 is Dec. 31, 2025."""
    days = _days(claim)
    if days is None or days[0] != days[1] or len(claim.date) != 10:
        return None
    day = days[0]
    if claim.date[:4] in claim.text:
        return day
    if reference is None:
        return None
    candidates = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        with contextlib.suppress(ValueError):  # Feb. 29 in a year that has none
            candidates.append(day.replace(year=year))
    return min(candidates, key=lambda d: abs((d - reference).days), default=None)


def weekday_date(context: Context, rule: Rule) -> list[Violation]:
    """'on Tuesday, March 3, 2026': a weekday written just before a date (a comma or a space
    between them) is the weekday of that date, with its year written or known from the
    article's date. A weekday anywhere else in the sentence ("Tuesday's meeting ... on March 3")
    is left alone."""
    out = []
    for claim in context.claims:
        if claim.kind != "date":
            continue
        written = _WEEKDAY_JUST_BEFORE.search(_before(claim))
        said = written.group("day") if written else ""
        day = _full_day(claim, context.reference) if said else None
        if day is None or _WEEKDAYS[day.weekday()] == said:
            continue
        weekday = next(
            (
                c
                for c in context.claims
                if c.kind == "date" and c.text == said and c.end < claim.start and claim.start - c.end <= 3
            ),
            None,
        )
        roles = {"weekday": weekday, "date": claim} if weekday is not None else {"date": claim}
        arithmetic = f"{claim.text} ({day.isoformat()}) is a {_WEEKDAYS[day.weekday()]}, not a {said}"
        out.append(Violation(roles, arithmetic, False))
    return out


def record_beats_previous(context: Context, rule: Rule) -> list[Violation]:
    """'a record 25.8C overnight, beating the previous highest of 25.1C', '300 goals in 101 games,
    the fastest ever, beating the 103 games': a new record is better than the old one it is said
    to beat, larger or smaller as the words say; a tie does not beat."""
    return _against_a_mark(
        context,
        "beats",
        (">", "<"),
        lambda new, old, way: f"a record that beats {quoted(old)} is {way} it",
        ("record", "previous"),
    )


def highest_since(context: Context, rule: Rule) -> list[Violation]:
    """'rose to 9.4%, the highest since 2009, when it reached 9.8%': a figure said to be the
    highest since a time is no higher than the figure of that time (the lowest, no lower)."""
    return _against_a_mark(
        context,
        "since",
        ("<=", ">="),
        lambda figure, then, way: (
            f"the {'highest' if way == 'above' else 'lowest'} since a time when the figure was "
            f"{quoted(then)} cannot be {way} it"
        ),
        ("figure", "then"),
    )


def ranked_order(context: Context, rule: Rule) -> list[Violation]:
    """'with 3,392, ahead of Birkirkara with 2,836': a figure ranked ahead of another in a list
    that runs from the top is no smaller than it."""
    return _against_a_mark(context, "ahead_of", (">=", "<="), _ranked_ahead, ("figure", "next"))


def _ranked_ahead(figure: Claim, next_one: Claim, way: str) -> str:
    return f"a figure ranked ahead of {quoted(next_one)} cannot be below it"


def _against_a_mark(
    context: Context,
    link: str,
    comparators: tuple[str, str],
    said: Callable[[Claim, Claim, str], str],
    roles: tuple[str, str],
) -> list[Violation]:
    """Each claim against the mark its `link` names, in the way its `better` says (+1 larger: the
    first comparator, -1 smaller: the second), with what the words say for the message."""
    out = []
    for figure in context.claims:
        mark_id = getattr(figure, link)
        mark = context.by_id.get(mark_id) if mark_id else None
        if mark is None or not figure.better or not _commensurable(figure, mark):
            continue
        comparator = comparators[0] if figure.better > 0 else comparators[1]
        verdict = judge(_own(figure), comparator, _own_in(context, mark, figure.unit))
        if verdict is not None:
            way = "above" if figure.better > 0 else "below"
            arithmetic = f"{said(figure, mark, way)}, but {reads(figure, verdict)}"
            out.append(Violation({roles[0]: figure, roles[1]: mark}, arithmetic, verdict))
    return out


CHECKS: dict[str, Check] = {
    "ranked_order": ranked_order,
    "part_within_whole": part_within_whole,
    "parts_within_total": parts_within_total,
    "running_total": running_total,
    "percent_of": percent_of,
    "percent_change": percent_change,
    "multiplier": multiplier,
    "unit_conversion": unit_conversion,
    "duration_dates": duration_dates,
    "restated_figure": restated_figure,
    "shares_within_whole": shares_within_whole,
    "shares_complete_whole": shares_complete_whole,
    "rest_completes_whole": rest_completes_whole,
    "unit_price": unit_price,
    "list_sums_to_total": list_sums_to_total,
    "headline_in_body": headline_in_body,
    "age_birth": age_birth,
    "range_order": range_order,
    "average_of": average_of,
    "difference": difference,
    "record_beats_previous": record_beats_previous,
    "highest_since": highest_since,
    "weekday_date": weekday_date,
    "split_shares": split_shares,
}
