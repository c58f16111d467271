"""Checking one file end to end, as the command line runs it (in a worker process or not).

Job: for one input, find its configuration (with the command line's flags over it), read
it, build its claims table, run the selected rules, drop what its suppression comments
silence and what is below the minimum severity, and return the result (`check_file`); or
return its claims table alone (`table_file`). A selector that names no rule loaded for the
file (or NC001) is a configuration error. Any problem with the input, the configuration, a
rule file or a lexicon file becomes one line naming it, never an exception. An input that
seems not to be English gets a note (`language_note`), which is no error.

A check's result is compact: the claims its findings name (every claim, and the text, only
when the report shows them all: `Flags.every_claim`, for HTML), so that the file's claims
table is dropped once its findings are made and a run over many files keeps little of each.

Limits: an I/O end (reads the file and its configuration). Results are plain, picklable
records so that `--jobs` can run files in parallel processes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from numcheck.engine.findings import Finding
from numcheck.read.claims import Claim
from numcheck.read.document import Document

if TYPE_CHECKING:
    from numcheck.engine.rulefiles import Rule, RuleSet
    from numcheck.lint.config import Config
    from numcheck.read.lexicon import Lexicon


@dataclass(frozen=True)
class Flags:
    """Command-line settings laid over each file's configuration (None: not given)."""

    overrides: tuple[tuple[str, Any], ...] = ()  # Config field -> value
    input_format: str | None = None
    report_unused: bool = False
    reference: dt.date | None = None  # --date: the articles' date, instead of their datelines
    every_claim: bool = False  # keep every claim and the text in a check's result (the HTML report)


@dataclass(frozen=True)
class FileResult:
    path: str
    findings: tuple[Finding, ...] = ()
    claims: dict[int, Claim] = field(default_factory=dict)  # id -> claim: those the findings name
    error: str = ""  # one line when the file could not be checked
    fail_on: str = "error"
    rules: tuple[Any, ...] = ()  # the rules that ran
    text: str = ""  # the text the claims' offsets index: every article with Flags.every_claim
    # (the HTML report), else a file with findings (as the text report shows it: HTML as prose)
    fmt: str = "text"  # the format it was read as (text, markdown, html, docx)
    notes: tuple[str, ...] = ()  # lines for standard error that leave the exit status alone
    # the sentences of the findings' claims: index -> span in `text` (for the text report)
    sentences: dict[int, tuple[int, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class TableResult:
    path: str
    claims: tuple[Claim, ...] = ()  # the file's claims table, in document order
    error: str = ""  # one line when the file could not be read
    fmt: str = "text"  # the format it was read as
    notes: tuple[str, ...] = ()  # lines for standard error that leave the exit status alone


def _sentence_spans(
    document: Document, shown: str, abbreviations: frozenset[str], wanted: set[int]
) -> dict[int, tuple[int, int]]:
    """The spans in `shown` of the sentences `wanted` (by index), widened over the markup
    around them on their first and last lines (`**18** hostages`), so that a report can show
    them as written."""
    from numcheck.read.sentences import split_sentences

    spans = {}
    prose = document.prose_in_place()  # the prose over the file: file offsets index it
    for sentence in split_sentences(document, abbreviations):
        if sentence.index in wanted:
            start, end = document.in_file(sentence.start, sentence.end)
            while start > 0 and prose[start - 1] == " " and not shown[start - 1].isspace():
                start -= 1
            while end < len(shown) and prose[end] == " " and not shown[end].isspace():
                end += 1
            spans[sentence.index] = (start, end)
    return spans


def settings(path: str, flags: Flags):  # type: ignore[no-untyped-def]
    from numcheck.lint.config import config_for, override

    return override(config_for(path), dict(flags.overrides))


def internal_error(path: str, reason: BaseException | str) -> str:
    """The one line for a bug of numcheck's met on `path` (the other files go on)."""
    if isinstance(reason, BaseException):
        reason = f"{type(reason).__name__}: {reason}"
    return f"{path}: internal error, please report it: {reason}"


def lexicon_of(config):  # type: ignore[no-untyped-def]
    """The lexicon of a file's configuration: the shipped files, its rule folders', its tolerance."""
    from numcheck.read.lexicon import load_lexicon

    tolerance = (("about_tolerance", config.about_tolerance),) if config.about_tolerance is not None else ()
    return load_lexicon(config.rules, tolerance)


def language_note(path: str, prose: str) -> str:
    """A note when `prose` seems not to be English (numcheck reads English only), else ''."""
    from numcheck.read.language import other_language

    language = other_language(prose)
    if not language:
        return ""
    return (
        f"{path}: note: this seems to be {language}, not English; "
        "numcheck reads English, so it may miss or misread figures"
    )


def _document(path: str, flags: Flags, config, document: Document | None) -> Document:  # type: ignore[no-untyped-def]
    from numcheck.lint.inputs import read_document

    return document if document is not None else read_document(path, config.max_bytes, flags.input_format)


def _notes(path: str, document: Document) -> tuple[str, ...]:
    note = language_note(path, document.prose)
    return (note,) if note else ()


def check_file(path: str, flags: Flags, document: Document | None = None) -> FileResult:
    """Check `path` (or `document`, read from standard input and named `path`)."""
    from numcheck.engine.engine import load_rules
    from numcheck.engine.rulefiles import RuleFileError
    from numcheck.lint.config import ConfigError, check_selectors
    from numcheck.lint.inputs import InputError
    from numcheck.read.lexicon import LexiconError

    try:
        config = settings(path, flags)
        for rule_path in config.rules:
            if not rule_path.exists():
                raise RuleFileError(f"{rule_path}: no such rule file or folder")
        lexicon = lexicon_of(config)
        rules = load_rules(config.rules)
        check_selectors(config, rules.rules)
        document = _document(path, flags, config, document)
    except (ConfigError, LexiconError, RuleFileError, InputError) as exc:
        return FileResult(path, error=str(exc))
    selected = [r for r in rules.rules if config.runs(r, path)]
    return check_document(path, document, flags, config, lexicon, rules, selected)


def check_document(
    path: str,
    document: Document,
    flags: Flags,
    config: Config,
    lexicon: Lexicon,
    rules: RuleSet,
    selected: list[Rule],
) -> FileResult:
    """Check `document`, named `path`, with `lexicon` and the rules `selected` out of `rules` (a
    RuleSet), showing what `config` lets through (its minimum severity and selection of NC001)."""
    from numcheck.engine.engine import check
    from numcheck.engine.suppressions import apply
    from numcheck.lint.config import SEVERITY_ORDER
    from numcheck.read.claims import article_date, extract_claims
    from numcheck.read.markup import format_for

    try:
        reference = article_date(document, flags.reference)[1]
        claims = extract_claims(document, lexicon, reference)
        findings = apply(
            document,
            check(
                claims,
                rules,
                lexicon.definitions,
                select=selected,
                events=lexicon.events,
                reference=reference,
            ),
            flags.report_unused,
        )
    except Exception as exc:  # a bug of numcheck's: one line naming the file, and the other files go on
        return FileResult(path, error=internal_error(path, exc))
    packs = {r.code: r.pack for r in rules.rules}
    shown = tuple(
        f
        for f in findings
        if SEVERITY_ORDER[f.severity] >= SEVERITY_ORDER[config.min_severity]
        # NC001, reported outside the rules, selected like them
        and config.selects(f.code, f.name, path, packs.get(f.code, ""))
    )
    fmt, notes = format_for(path, flags.input_format), _notes(path, document)
    if flags.every_claim:  # the HTML report shows every claim in the article as written
        every = {c.id: c for c in claims}
        return FileResult(path, shown, every, "", config.fail_on, tuple(selected), document.text, fmt, notes)
    named = {i for f in shown for i in (*f.claims, *(j for place in f.also_at for j in place.claims))}
    kept = {c.id: c for c in claims if c.id in named}
    # the text report shows the findings' sentences: the text is kept only for a file with findings
    text = (document.prose_in_place() if fmt == "html" else document.text) if shown else ""
    wanted = {kept[i].sentence_index for f in shown for i in f.claims if i in kept}
    spans = _sentence_spans(document, text, lexicon.abbreviations, wanted) if wanted else {}
    return FileResult(path, shown, kept, "", config.fail_on, tuple(selected), text, fmt, notes, spans)


def table_file(path: str, flags: Flags, document: Document | None = None) -> TableResult:
    """The claims table of `path` (or of `document`, read from standard input and named `path`)."""
    from numcheck.lint.config import ConfigError
    from numcheck.lint.inputs import InputError
    from numcheck.read.claims import extract_claims
    from numcheck.read.lexicon import LexiconError
    from numcheck.read.markup import format_for

    try:
        config = settings(path, flags)
        lexicon = lexicon_of(config)
        document = _document(path, flags, config, document)
    except (ConfigError, LexiconError, InputError) as exc:
        return TableResult(path, error=str(exc))
    try:
        claims = tuple(extract_claims(document, lexicon, flags.reference))
        return TableResult(path, claims, "", format_for(path, flags.input_format), _notes(path, document))
    except Exception as exc:  # a bug of numcheck's: one line naming the file, and the other files go on
        return TableResult(path, error=internal_error(path, exc))
