"""numcheck: a numeric-claim consistency checker for prose.

`numcheck.extract(text)` returns the claims table (a pandas DataFrame, one row per number in
the text, columns `numcheck.claims.COLUMNS`); `numcheck.check(text)` returns the findings
(`numcheck.findings.Finding`): the claims that contradict each other. Imports are lazy so
that the command line starts fast.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

    from numcheck.findings import Finding
    from numcheck.lexicon import Lexicon
    from numcheck.rulefiles import Rule, RuleSet

__version__ = "0.1.0"
__all__ = ["check", "extract"]


def extract(text: str, path: str = "<text>", fmt: str = "text") -> pd.DataFrame:
    """The claims table of `text` (`fmt` is 'text' or 'markdown')."""
    from numcheck.claims import extract_claims, to_frame
    from numcheck.lexicon import load_lexicon
    from numcheck.markup import build_document

    return to_frame(extract_claims(build_document(text, path, fmt), load_lexicon()))


def check(
    text: str,
    rules: Sequence[str | Path] = (),
    path: str = "<text>",
    fmt: str = "text",
    date: dt.date | None = None,
) -> list[Finding]:
    """The findings of `text` under the shipped rules and built-in checks, and the rule files
    or folders in `rules`; `date` is the article's date (default: its dateline's)."""
    from numcheck.claims import extract_claims
    from numcheck.engine import check as run
    from numcheck.lexicon import load_lexicon
    from numcheck.markup import build_document
    from numcheck.rulefiles import load_rules

    extra = tuple(Path(p) for p in rules)
    lexicon = load_lexicon(extra)
    claims = extract_claims(build_document(text, path, fmt), lexicon, date)
    return run(claims, load_rules(extra), lexicon.definitions)


def example_findings(text: str, rule: Rule, rules: RuleSet, lexicon: Lexicon) -> list[Finding]:
    """The findings of one rule alone on an example text (how `numcheck rules --test` runs examples)."""
    from numcheck.claims import extract_claims
    from numcheck.engine import check as run
    from numcheck.markup import build_document

    claims = extract_claims(build_document(text, f"<{rule.code} example>"), lexicon)
    return run(claims, rules, lexicon.definitions, select=[rule])
