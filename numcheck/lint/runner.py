"""Checking one file end to end, as the command line runs it (in a worker process or not).

Job: for one input, find its configuration (with the command line's flags over it), read
it, build its claims table, run the selected rules, drop what its suppression comments
silence and what is below the minimum severity, and return the result. A selector that
names no rule loaded for the file (or NC001) is a configuration error. Any problem with
the input, the configuration, a rule file or a lexicon file becomes one line naming it,
never an exception.

Limits: an I/O end (reads the file and its configuration). Results are plain, picklable
records so that `--jobs` can run files in parallel processes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from numcheck.engine.findings import Finding
from numcheck.read.claims import Claim


@dataclass(frozen=True)
class Flags:
    """Command-line settings laid over each file's configuration (None: not given)."""

    overrides: tuple[tuple[str, Any], ...] = ()  # Config field -> value
    input_format: str | None = None
    report_unused: bool = False
    reference: dt.date | None = None  # --date: the articles' date, instead of their datelines


@dataclass(frozen=True)
class FileResult:
    path: str
    findings: tuple[Finding, ...] = ()
    claims: dict[int, Claim] = field(default_factory=dict)
    error: str = ""  # one line when the file could not be checked
    fail_on: str = "error"
    rules: tuple[Any, ...] = ()  # the rules that ran
    text: str = ""  # the text the claims' offsets index (for HTML inputs, their prose in place)


def settings(path: str, flags: Flags):  # type: ignore[no-untyped-def]
    from numcheck.lint.config import config_for, override

    return override(config_for(path), dict(flags.overrides))


def check_file(path: str, flags: Flags, text: str | None = None) -> FileResult:
    """Check `path` (or `text`, read from standard input and named `path`)."""
    from numcheck.engine.engine import check, load_rules
    from numcheck.engine.rulefiles import RuleFileError
    from numcheck.engine.suppressions import UNUSED, apply
    from numcheck.lint.config import SEVERITY_ORDER, ConfigError, check_selectors
    from numcheck.lint.inputs import InputError, read_document
    from numcheck.read.claims import extract_claims
    from numcheck.read.lexicon import LexiconError, load_lexicon
    from numcheck.read.markup import build_document, format_for

    try:
        config = settings(path, flags)
        for rule_path in config.rules:
            if not rule_path.exists():
                raise RuleFileError(f"{rule_path}: no such rule file or folder")
        tolerance = (
            (("about_tolerance", config.about_tolerance),) if config.about_tolerance is not None else ()
        )
        lexicon = load_lexicon(config.rules, tolerance)
        rules = load_rules(config.rules)
        check_selectors(config, [(r.code, r.name) for r in rules.rules] + [UNUSED])
        if text is None:
            document = read_document(path, config.max_bytes, flags.input_format)
        else:
            document = build_document(text, path, format_for(path, flags.input_format))
    except (ConfigError, LexiconError, RuleFileError, InputError) as exc:
        return FileResult(path, error=str(exc))
    selected = [r for r in rules.rules if config.runs(r, path)]
    try:
        claims = extract_claims(document, lexicon, flags.reference)
        findings = apply(
            document,
            check(claims, rules, lexicon.definitions, select=selected, events=lexicon.events),
            flags.report_unused,
        )
    except Exception as exc:  # a bug of numcheck's: one line naming the file, and the other files go on
        return FileResult(
            path, error=f"{path}: internal error, please report it: {type(exc).__name__}: {exc}"
        )
    shown = tuple(
        f
        for f in findings
        if SEVERITY_ORDER[f.severity] >= SEVERITY_ORDER[config.min_severity]
        and config.selects(f.code, f.name, path)  # NC001, reported outside the rules, selected like them
    )
    html = format_for(path, flags.input_format) == "html"
    shown_text = document.prose_in_place() if html else document.text
    return FileResult(path, shown, {c.id: c for c in claims}, "", config.fail_on, tuple(selected), shown_text)
