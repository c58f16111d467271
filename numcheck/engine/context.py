"""What every check reads: one document's claims, as records.

Job: `Context` holds the claims, the rule set, the pint definitions and the article's date,
selects a concept's claims by the claims table's columns (once per concept), and gives a
claim's (strict, typical) intervals.
Limits: one document at a time; selections are cached for the life of the context. No pandas:
a selection reads the Claim records' fields as the table's columns, so that checking needs
neither the DataFrame's memory nor pandas' start-up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import regex as re

from numcheck.engine.findings import interval
from numcheck.engine.intervals import Interval
from numcheck.engine.rulefiles import Concept, RuleSet
from numcheck.read.claims import Claim

AMOUNT_KINDS = ("count", "money", "measure", "percent", "duration", "age")


class _Numbered(Mapping[int, Claim]):
    """Claims by id, read from their list where claim i has id i + 1, as a reading numbers them:
    no dict of its own (about 45 bytes a claim)."""

    __slots__ = ("_claims",)

    def __init__(self, claims: Sequence[Claim]) -> None:
        self._claims = claims

    def __getitem__(self, key: int) -> Claim:
        if isinstance(key, int) and 0 < key <= len(self._claims):
            return self._claims[key - 1]
        raise KeyError(key)

    def __iter__(self) -> Iterator[int]:
        return (claim.id for claim in self._claims)

    def __len__(self) -> int:
        return len(self._claims)


def by_id(claims: Sequence[Claim]) -> Mapping[int, Claim]:
    """The claims by id: a view of the list when the ids are their places in it, else a dict."""
    if all(claim.id == i for i, claim in enumerate(claims, 1)):
        return _Numbered(claims)
    return {claim.id: claim for claim in claims}


@dataclass(frozen=True, eq=False)
class Context:
    """What every check may read: the claims, in document order and by id."""

    claims: Sequence[Claim]
    by_id: Mapping[int, Claim]  # `by_id(claims)`
    rules: RuleSet
    definitions: tuple[Path, ...]  # pint definition files
    selections: dict[str, list[Claim]] = field(default_factory=dict)  # concept name -> its claims
    events: Mapping[str, str] = field(default_factory=dict)  # the lexicon's event words -> events
    reference: dt.date | None = None  # the article's date (`claims.article_date`), if known

    def select(self, concept: Concept) -> list[Claim]:
        """The claims a concept stands for, in document order (computed once per concept)."""
        if concept.name not in self.selections:
            self.selections[concept.name] = self._select(concept)
        return self.selections[concept.name]

    def _select(self, concept: Concept) -> list[Claim]:
        """The claims of an amount's kind (or of the concept's kinds) whose every filtered field,
        in lower case, is one of the concept's values; for `scope` and `source`, contains one."""
        kinds = dict(concept.filters).get("kind", AMOUNT_KINDS)
        tests: list[Callable[[str], bool]] = []
        for name, values in concept.filters:
            if name in ("scope", "source"):
                tests.append(re.compile("|".join(re.escape(v) for v in values)).search)
            else:
                tests.append(frozenset(values).__contains__)
        fields = [name for name, _ in concept.filters]
        return [
            claim
            for claim in self.claims
            if claim.kind in kinds
            and all(test(getattr(claim, name).lower()) for name, test in zip(fields, tests, strict=True))
        ]

    def pair(self, claim: Claim) -> tuple[Interval, Interval]:
        """(strict, typical) intervals of a claim, in canonical units."""
        return interval(claim, False, self.definitions), interval(claim, True, self.definitions)

    def total(self, claims: Sequence[Claim]) -> tuple[Interval, Interval]:
        """(strict, typical) intervals of the sum of the claims."""
        strict = typical = Interval.point(0.0)
        for claim in claims:
            s, t = self.pair(claim)
            strict, typical = strict + s, typical + t
        return strict, typical

    def grouped(self, key: Callable[[Claim], object]) -> dict[object, list[Claim]]:
        """The claims grouped by `key`, each group in document order."""
        groups: dict[object, list[Claim]] = {}
        for claim in self.claims:
            groups.setdefault(key(claim), []).append(claim)
        return groups
