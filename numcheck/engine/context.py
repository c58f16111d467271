"""What every check reads: one document's claims, as records and as the pandas table.

Job: `Context` holds the claims, the rule set, the pint definitions and the article's date,
selects a concept's
claims from the table (once per concept), and gives a claim's (strict, typical) intervals.
Limits: one document at a time; selections are cached for the life of the context.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import regex as re

from numcheck.engine.findings import interval
from numcheck.engine.intervals import Interval
from numcheck.engine.rulefiles import Concept, RuleSet
from numcheck.read.claims import Claim

if TYPE_CHECKING:
    import pandas as pd

AMOUNT_KINDS = ("count", "money", "measure", "percent", "duration", "age")


@dataclass(frozen=True, eq=False)
class Context:
    """What every check may read: the claims, as records and as the pandas table."""

    claims: Sequence[Claim]
    by_id: dict[int, Claim]
    frame: pd.DataFrame
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
        frame = self.frame
        fields = dict(concept.filters)
        mask = frame["kind"].isin(fields.get("kind", AMOUNT_KINDS))
        for name, values in concept.filters:
            column = frame[name].str.lower()
            if name in ("scope", "source"):
                mask &= column.str.contains("|".join(re.escape(v) for v in values), regex=True)
            else:
                mask &= column.isin(values)
        return [self.by_id[int(i)] for i in frame.loc[mask, "id"]]

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
