"""numcheck: a numeric-claim consistency checker for prose.

`numcheck.extract(text)` returns the claims table (a pandas DataFrame, one row per number in
the text, columns `numcheck.read.claims.COLUMNS`); `numcheck.check(text)` returns the findings
(`numcheck.engine.findings.Finding`): the claims that contradict each other. Imports are lazy so
that the command line starts fast.

The package has three rooms, by the flow of data: `read` (text to claims table), `engine`
(claims table to findings), `lint` (files and people in, reports out). The flat module paths
of earlier releases (`numcheck.findings`, `numcheck.claims`, ...) still import, as aliases of
the modules that moved. `numcheck.__version__` is the version the package was built or
installed as (from the git tag); "0.0.0" in a source tree never built.
"""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.abc
import importlib.machinery
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

    from numcheck.engine.findings import Finding
    from numcheck.engine.rulefiles import Rule, RuleSet
    from numcheck.read.lexicon import Lexicon

try:  # written when the package is built or installed, from the git tag (pyproject.toml)
    from numcheck._version import __version__
except ImportError:  # a source tree that was never built or installed: no version known
    __version__ = "0.0.0"
__all__ = ["check", "extract"]

_ROOMS = {
    "read": "bounds claims document lexicon links markup numbers quantities rx sentences subjects units",
    "engine": "checks expressions findings intervals rulefiles suppressions",
    "lint": "cli config discovery formats html_report report rule_docs runner",
}
MOVED = {f"numcheck.{m}": f"numcheck.{room}.{m}" for room, ms in _ROOMS.items() for m in ms.split()}
MOVED["numcheck.reader"] = "numcheck.lint.inputs"


class _Alias(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Imports a module's old flat path (`numcheck.findings`) as the module it moved to."""

    def find_spec(self, fullname: str, path: object = None, target: object = None) -> object:
        if fullname not in MOVED:
            return None
        return importlib.machinery.ModuleSpec(fullname, self)

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        return importlib.import_module(MOVED[spec.name])

    def exec_module(self, module: ModuleType) -> None:
        """The module was run when it was imported under its own name."""


sys.meta_path.append(_Alias())


def extract(text: str, path: str = "<text>", fmt: str = "text") -> pd.DataFrame:
    """The claims table of `text` (`fmt` is 'text' or 'markdown')."""
    from numcheck.read.claims import extract_claims, to_frame
    from numcheck.read.lexicon import load_lexicon
    from numcheck.read.markup import build_document

    return to_frame(extract_claims(build_document(text, path, fmt), load_lexicon()))


def check(
    text: str,
    rules: Sequence[str | Path] = (),
    path: str = "<text>",
    fmt: str = "text",
    date: dt.date | None = None,
    preview: bool = False,
    select: str | Sequence[str] | None = None,
    ignore: str | Sequence[str] = (),
    packs: str | Sequence[str] | None = None,
) -> list[Finding]:
    """The findings of `text` under the shipped rules and built-in checks, and the rule files
    or folders in `rules`; `date` is the article's date (default: the one its markup declares,
    else its dateline's); `preview` runs the rules in preview too.

    As on the command line, `select` and `ignore` pick rules by code, code prefix or name, in
    any case, or ALL (`--select`, `--ignore`; a string may list several with commas); `packs`
    keeps only the rules of these packs, named as `numcheck rules` lists them (`builtin`,
    `hostages`, a rule file's `name`, or the file). A selector or pack that names nothing
    loaded raises ValueError naming the closest ones."""
    from numcheck.engine.engine import check as run
    from numcheck.engine.engine import load_rules
    from numcheck.read.claims import article_date, extract_claims
    from numcheck.read.lexicon import load_lexicon
    from numcheck.read.markup import build_document

    extra = tuple(Path(p) for p in rules)
    lexicon = load_lexicon(extra)
    loaded = load_rules(extra)
    chosen = _chosen(
        loaded.rules,
        _listed(select or ("NC",)),
        _listed(ignore),
        None if packs is None else _listed(packs),
        preview,
    )
    document = build_document(text, path, fmt)
    reference = article_date(document, date)[1]
    claims = extract_claims(document, lexicon, reference)
    return run(
        claims,
        loaded,
        lexicon.definitions,
        select=chosen,
        events=lexicon.events,
        reference=reference,
    )


def _listed(value: str | Sequence[str]) -> tuple[str, ...]:
    """'NC1, NC2' or ['NC1', 'NC2'] as ('NC1', 'NC2')."""
    items = value.split(",") if isinstance(value, str) else value
    return tuple(item.strip() for item in items if item.strip())


def _chosen(
    rules: Sequence[Rule],
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    packs: tuple[str, ...] | None,
    preview: bool,
) -> list[Rule]:
    """The rules `check` runs: of the packs named (all if None), those selected and not ignored,
    out of preview unless `preview`, as the configuration picks them. An unknown selector or
    pack is a ValueError."""
    from numcheck.lint.config import Config, known_selectors, unknown_pack, unknown_selector

    known = known_selectors(rules)
    for key, selectors in (("select", select), ("ignore", ignore), ("packs", packs or ())):
        for selector in selectors:
            problem = unknown_pack(selector, rules) if key == "packs" else unknown_selector(selector, known)
            if problem:
                raise ValueError(f"{key}: {problem}")
    config = Config(packs=packs, select=select, ignore=ignore, preview=preview)
    return [r for r in rules if config.runs(r)]


def example_findings(text: str, rule: Rule, rules: RuleSet, lexicon: Lexicon) -> list[Finding]:
    """The findings of one rule alone on an example text (how `numcheck rules --test` runs examples)."""
    from numcheck.engine.engine import check as run
    from numcheck.read.claims import article_date, extract_claims
    from numcheck.read.markup import build_document

    document = build_document(text, f"<{rule.code} example>")
    reference = article_date(document)[1]
    claims = extract_claims(document, lexicon, reference)
    return run(claims, rules, lexicon.definitions, select=[rule], events=lexicon.events, reference=reference)
