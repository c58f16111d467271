"""Writing findings and rule docs: text, concise, JSON, SARIF, GitHub annotations, statistics.

Job: turn findings (with the claims they involve) into the text of one report. Formatters
return strings; only the CLI writes them. Output is sorted by path and position.

- text: `path:line:col: severity CODE name: message`, then, as ruff and rustc show a
  diagnostic, the sentences of the claims involved line by line with a gutter of line
  numbers, `^` under the figures, cut with '…' to the width asked for (`snippets`), and the
  arithmetic; ANSI colour only when asked (the CLI decides: `terminal.wants_colour`). Control
  characters of paths and article text are written as escapes (`\\n`, `\\x1b`), as in
  `github`, so that neither can forge a line or drive the terminal.
- concise: the first line of each finding only.
- json: `{"schema_version": 2, ...}`, documented in docs/json-schema.md; `input_errors` lists
  the inputs that could not be checked (level error), then the notes (level note).
- sarif: SARIF 2.1.0, valid against the official schema (GitHub code scanning reads it);
  the inputs that could not be checked are its invocation's notifications (level error),
  and so are the notes on inputs that were checked (level note).
- github: GitHub Actions workflow commands (`::error file=...,line=...,col=...::message`).
- html: the annotated article (`html_report`).

JSON and SARIF are written whatever failed (`ALWAYS_WRITTEN`): a CI step that uploads the
report finds one, listing the inputs that could not be checked.

Limits: no I/O.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import PurePath

from numcheck import __version__
from numcheck.engine.findings import Finding, Place
from numcheck.engine.rulefiles import FIELDS, PLACEHOLDER, Pack, Rule, RuleSet
from numcheck.lint.formats import json_row
from numcheck.lint.snippets import window
from numcheck.lint.terminal import DEFAULT_WIDTH, printable
from numcheck.read.claims import COLUMNS, Claim

FINDING_FORMATS = ("text", "concise", "json", "sarif", "github", "html")
ALWAYS_WRITTEN = ("json", "sarif")  # written even when no input could be checked
JSON_SCHEMA_VERSION = 2
ClaimsByPath = Mapping[str, Mapping[int, Claim]]
_COLOURS = {
    "error": "\033[1;31m",
    "warning": "\033[1;33m",
    "path": "\033[1m",
    "gutter": "\033[1;34m",
    "reset": "\033[0m",
}


@dataclass(frozen=True)
class Unchecked:
    """An input that could not be checked, and the one line that says why."""

    file: str  # the input as given (or --stdin-filename)
    message: str  # the line printed on standard error


@dataclass(frozen=True)
class Note:
    """Something a user should know about an input that was checked all the same (it seems not
    to be English): one line on standard error, never a finding, and no change to the exit status."""

    file: str  # the input as given (or --stdin-filename)
    message: str  # the line printed on standard error


@dataclass(frozen=True)
class Run:
    """One run of `numcheck check`: what every writer may show."""

    findings: Sequence[Finding]
    claims: ClaimsByPath  # path -> claim id -> claim
    rules: Sequence[Rule]  # the rules that ran (for SARIF's rule list)
    files: int  # files checked
    seconds: float
    errors: Sequence[Unchecked] = ()  # inputs that could not be checked, one per distinct line
    texts: Mapping[str, str] = field(default_factory=dict)  # path -> the text the claims' offsets index
    formats: Mapping[str, str] = field(default_factory=dict)  # path -> the format it was read as
    notes: Sequence[Note] = ()  # notes on inputs that were checked, one per distinct line
    interrupted: str = ""  # when Ctrl-C stopped the run: 'interrupted: 12 of 40 files checked'
    sentences: Mapping[str, Mapping[int, tuple[int, int]]] = field(
        default_factory=dict
    )  # path -> sentence index -> its span in the text, for the sentences of the findings' claims


def _sorted(findings: Sequence[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (f.path, f.line, f.column, f.code, f.claims))


def summary(run: Run) -> str:
    """'3 errors, 1 warning in 2 of 412 files, 1.8 s', and '(interrupted: ...)' after a Ctrl-C."""
    errors = sum(f.severity == "error" for f in run.findings)
    warnings = len(run.findings) - errors
    with_findings = len({f.path for f in run.findings})
    files = f"{run.files} file{'s' * (run.files != 1)}"
    where = f"in {with_findings} of {files}" if run.findings else f"in {files}"
    return (
        f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)} {where}, "
        f"{run.seconds:.1f} s" + (f" ({run.interrupted})" if run.interrupted else "")
    )


def _paint(text: str, style: str, colour: bool) -> str:
    return f"{_COLOURS[style]}{text}{_COLOURS['reset']}" if colour else text


def _also(finding: Finding) -> str:
    """' (also at 52:3, 60:14)': where the article states the same contradiction again."""
    if not finding.also_at:
        return ""
    return f" (also at {', '.join(f'{p.line}:{p.column}' for p in finding.also_at)})"


def _body(finding: Finding) -> str:
    """The message, its arithmetic and where it is stated again, on one line (SARIF, GitHub)."""
    arithmetic = f" ({finding.arithmetic})" if finding.arithmetic else ""
    return f"{finding.message}{arithmetic}{_also(finding)}"


def _head(finding: Finding, colour: bool) -> str:
    where = _paint(f"{printable(finding.path)}:{finding.line}:{finding.column}:", "path", colour)
    return (
        f"{where} {_paint(finding.severity, finding.severity, colour)} {finding.code} "
        f"{printable(finding.name)}: {printable(finding.message)}{_also(finding)}"
    )


def _offset(text: str, line: int, column: int) -> int:
    """The character offset of a 1-based line and column of `text`."""
    start = 0
    for _ in range(line - 1):
        start = text.index("\n", start) + 1
    return start + column - 1


def _window(finding: Finding, run: Run, colour: bool, width: int) -> list[str]:
    """The finding's sentences under its first line, its figures underlined, then its
    arithmetic, as ruff shows a diagnostic: a gutter of line numbers and '|', '...' where
    lines are left out, '=' before the arithmetic. A finding without claims (an unused
    suppression comment) underlines its own place."""
    text = run.texts[finding.path]
    claims = [run.claims[finding.path][i] for i in finding.claims]
    if claims:
        spans = sorted({run.sentences[finding.path][c.sentence_index] for c in claims})
        marks = [(c.start, c.end) for c in claims]
        anchor = (claims[0].start, claims[0].line)
    else:
        start = _offset(text, finding.line, finding.column)
        end = _offset(text, finding.end_line, finding.end_column)
        spans, marks, anchor = [(start, end)], [(start, end)], (start, finding.line)
    lines = window(text, spans, marks, anchor, width)
    if not lines:  # nothing shown there (an HTML comment, blanked in the text shown)
        return []
    digits = len(str(max(line.number for line in lines)))
    bar = _paint(" " * digits + " |", "gutter", colour)
    out = [bar]
    for line in lines:
        if not line.number:
            out.append(_paint("...", "gutter", colour))
            continue
        out.append(f"{_paint(f'{line.number:>{digits}} |', 'gutter', colour)} {line.text}")
        if line.carets:
            carets = line.carets.lstrip()
            indent = " " * (len(line.carets) - len(carets))
            out.append(f"{bar} {indent}{_paint(carets, finding.severity, colour)}")
    out.append(bar)
    if finding.arithmetic:
        out.append(f"{_paint(' ' * digits + ' =', 'gutter', colour)} {printable(finding.arithmetic)}")
    return out


def text(run: Run, colour: bool = False, width: int = DEFAULT_WIDTH) -> str:
    """Each finding's first line, then its window (`_window`) and an empty line; then the
    summary."""
    lines = []
    for f in _sorted(run.findings):
        lines.append(_head(f, colour))
        lines.extend(_window(f, run, colour, width))
        lines.append("")
    lines.append(summary(run))
    return "\n".join(lines) + "\n"


def concise(run: Run, colour: bool = False, width: int = DEFAULT_WIDTH) -> str:
    return "".join(_head(f, colour) + "\n" for f in _sorted(run.findings)) + summary(run) + "\n"


def _claim_row(claim: Claim) -> dict:
    return json_row({name: getattr(claim, name) for name in COLUMNS})


def json_report(run: Run, colour: bool = False, width: int = DEFAULT_WIDTH) -> str:
    findings = []
    for f in _sorted(run.findings):
        data = asdict(f)
        data["claims"] = [_claim_row(run.claims[f.path][i]) for i in f.claims]
        findings.append(data)
    errors = sum(f.severity == "error" for f in run.findings)
    document = {
        "schema_version": JSON_SCHEMA_VERSION,
        "tool": {"name": "numcheck", "version": __version__},
        "summary": {
            "files": run.files,
            "errors": errors,
            "warnings": len(run.findings) - errors,
            "unreadable": len(run.errors),
            "seconds": round(run.seconds, 3),
            "interrupted": bool(run.interrupted),
        },
        "findings": findings,
        "input_errors": [
            *({**asdict(e), "level": "error"} for e in run.errors),
            *({**asdict(n), "level": "note"} for n in run.notes),
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _uri(path: str) -> str:
    pure = PurePath(path)
    return pure.as_uri() if pure.is_absolute() else pure.as_posix()


def _region(at: Finding | Claim | Place) -> dict:
    return {
        "startLine": at.line,
        "startColumn": at.column,
        "endLine": at.end_line,
        "endColumn": at.end_column,
    }


def _related(finding: Finding, id_: int, text: str, region: dict) -> dict:
    return {
        "id": id_,
        "message": {"text": text},
        "physicalLocation": {"artifactLocation": {"uri": _uri(finding.path)}, "region": region},
    }


def sarif(run: Run, colour: bool = False, width: int = DEFAULT_WIDTH) -> str:
    rules = sorted({r.code: r for r in run.rules}.values(), key=lambda r: r.code)
    index = {r.code: i for i, r in enumerate(rules)}
    results = []
    for f in _sorted(run.findings):
        by_id = run.claims.get(f.path, {})
        related = [
            _related(f, i, f"{by_id[i].text}: {by_id[i].sentence}", _region(by_id[i])) for i in f.claims
        ]
        related += [
            _related(
                f,
                place.claims[0],
                f"stated again: {by_id[place.claims[0]].sentence}",
                _region(place),
            )
            for place in f.also_at
        ]
        result = {
            "ruleId": f.code,
            "level": f.severity,
            "message": {"text": _body(f)},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": _uri(f.path)},
                        "region": _region(f),
                    }
                }
            ],
        }
        if f.code in index:
            result["ruleIndex"] = index[f.code]
        if related:
            result["relatedLocations"] = related
        results.append(result)
    driver = {
        "name": "numcheck",
        "version": __version__,
        "rules": [
            {
                "id": r.code,
                "name": r.name,
                "shortDescription": {"text": r.name.replace("-", " ")},
                "fullDescription": {"text": " ".join(r.description.split()) or plain_message(r)},
                "defaultConfiguration": {"level": r.severity},
                "help": {"text": explain(r)},
            }
            for r in rules
        ],
    }
    notifications = [
        {
            "level": level,
            "message": {"text": e.message},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(e.file)}}}],
        }
        for level, told in (("error", run.errors), ("note", run.notes))
        for e in told
    ]
    if run.interrupted:
        notifications.append({"level": "error", "message": {"text": run.interrupted}})
    invocation = {
        "executionSuccessful": not run.errors and not run.interrupted,
        "toolExecutionNotifications": notifications,
    }
    document = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": driver},
                "invocations": [invocation],
                "results": results,
                "columnKind": "unicodeCodePoints",
            }
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _escape(value: str, property_value: bool) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if property_value else value


def github(run: Run, colour: bool = False, width: int = DEFAULT_WIDTH) -> str:
    lines = []
    for f in _sorted(run.findings):
        properties = (
            f"file={_escape(f.path, True)},line={f.line},col={f.column},endLine={f.end_line},"
            f"endColumn={f.end_column},title={_escape(f'{f.code} {f.name}', True)}"
        )
        lines.append(f"::{f.severity} {properties}::{_escape(_body(f), False)}")
    return "\n".join(lines) + ("\n" if lines else "")


def html(run: Run, colour: bool = False, width: int = DEFAULT_WIDTH) -> str:
    from numcheck.lint.html_report import render

    return render(run.findings, run.claims, run.texts, summary(run), run.formats)


WRITERS = {
    "text": text,
    "concise": concise,
    "json": json_report,
    "sarif": sarif,
    "github": github,
    "html": html,
}


def statistics(run: Run) -> str:
    """Counts of findings by code, most frequent first."""
    counts = Counter((f.code, f.name) for f in run.findings)
    return "".join(
        f"{n:>5}  {code}  {name}\n"
        for (code, name), n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    )


def rules_text(rules: RuleSet) -> str:
    """The packs, each with its rules: a pack's line (its name, how many rules and what it
    covers), then one line per rule: code, name, severity, its pack (`builtin` for the built-in
    checks) and, for a rule file, the file; a blank line between packs."""
    width = max((len(r.name) for r in rules.rules), default=10)
    packs = max((len(r.pack) for r in rules.rules), default=7)
    blocks = []
    for pack in rules.packs:
        own = rules.rules_of(pack)
        counted = f"{len(own)} rule{'s' if len(own) != 1 else ''}"
        lines = [f"{pack.name}: {counted}" + (f" - {pack.description}" if pack.description else "")]
        for rule in own:
            origin = rule.pack if rule.builtin else f"{rule.pack:<{packs}}  {rule.path}"
            preview = "  (preview)" if rule.preview else ""
            lines.append(f"{rule.code}  {rule.name:<{width}}  {rule.severity:<7}  {origin}{preview}".rstrip())
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


def rule_failures_text(failures: Sequence[tuple[Rule, str, str]]) -> str:
    """'path:line: CODE name: problem: "example"' per failing example."""
    return "".join(
        f"{rule.path}:{rule.line}: {rule.code} {rule.name}: {problem}: {example!r}\n"
        for rule, problem, example in failures
    )


def plain_message(rule: Rule) -> str:
    """The rule's message with each placeholder named in plain words: '{part.text} cannot be
    part of {whole.text}' is '[the part] cannot be part of [the whole]'."""

    def named(match: re.Match[str]) -> str:
        name, field_name = match.groups()
        if field_name is None:
            return "[the arithmetic]" if name == "arithmetic" else match.group()
        words = rule.roles.get(name, name.replace("_", " "))
        return f"[{FIELDS.get(field_name, '{}').format(words)}]"

    return PLACEHOLDER.sub(named, rule.message)


def _how(rule: Rule) -> list[str]:
    """How a rule file's relation is held: its tolerance, its pairing, where it runs."""
    how = []
    if rule.tolerance is not None:
        how.append(f"The two sides may differ by {rule.tolerance} and still agree.")
    if rule.pairing == "nearest":
        how.append("Each claim of its first concept is set against the nearest claim of each other one.")
    where = [d.description for d in (rule.domain, rule.own_domain) if d is not None and d.description]
    if where:
        how.append(f"It runs only on {' and '.join(where)}.")
    return ["", *how] if how else []


def explain_pack(pack: Pack, rules: RuleSet) -> str:
    """What a user reads about a pack of rules: what it covers, where it runs, its rules (one line
    each: code, name, severity, relation or what it checks), the rules elsewhere that check the
    beat's other relations (its `defers_to`), and how to select or leave it out."""
    own = rules.rules_of(pack)
    lines = [
        f"{pack.name}: a pack of {len(own)} rule{'s' if len(own) != 1 else ''} ({PurePath(pack.path).name})"
    ]
    if pack.description:
        lines += ["", pack.description]
    if pack.domain is not None:
        lines += ["", f"It runs only on {pack.domain.description or 'an article of its domain'}."]
    lines += ["", "Rules (numcheck explain CODE for one):"]
    for rule in own:
        checks = rule.relation.text if rule.relation is not None else " ".join(rule.description.split())
        preview = ", preview" if rule.preview else ""
        lines.append(f"    {rule.code} {rule.name} ({rule.severity}{preview}): {checks}")
    if pack.defers_to:
        lines += [
            "",
            "Relations of this beat that other rules check (their finding is kept, not this pack's):",
        ]
        for code in pack.defers_to:
            other = rules.find(code)
            if other is not None:
                lines.append(f"    {other.code} {other.name} ({other.pack})")
    lines += [
        "",
        f"Select it with --select {pack.name}, leave it out with --ignore {pack.name}, or keep only "
        f'some packs with packs = ["builtin", "{pack.name}"] in the configuration.',
    ]
    return "\n".join(lines) + "\n"


def explain(rule: Rule, markdown: bool = False, raised: str = "") -> str:
    """What a user reads about a rule: what it checks (and, for a rule file's relation, what each
    of its concepts is and why it matters), its message with its placeholders named in plain words
    and, given `raised`, as its first invalid example raises it, every example, and its options."""
    kind = "built-in check" if rule.builtin else f"rule from {PurePath(rule.path).name} (pack {rule.pack})"
    description = " ".join(rule.description.split())
    if rule.relation is None:
        checks = [f"What it checks: {description or plain_message(rule)}"]
    else:
        concepts = "; ".join(f"{name} is {words}" for name, words in rule.roles.items())
        checks = [f"What it checks: {rule.relation.text}" + (f", where {concepts}." if concepts else ".")]
        checks += _how(rule)
        checks += ["", f"Why it matters: {description or plain_message(rule)}"]
    message = [f"Message: {plain_message(rule)}"]
    if PLACEHOLDER.search(rule.message):
        message.append("    (in brackets: what a finding fills in, as the article writes it)")
    if raised:
        message.append(f"For example: {raised}")
    lines = [
        f"# {rule.code} {rule.name}" if markdown else f"{rule.code} {rule.name}",
        "",
        f"A {kind}; severity {rule.severity}; scope {rule.scope}"
        + ("; in preview (runs with --preview only)." if rule.preview else "."),
        "",
        *checks,
        "",
        *message,
        "",
        "Invalid (each raises this rule):",
        *(f"    {example}" for example in rule.invalid),
        "",
        "Valid (each raises nothing):",
        *(f"    {example}" for example in rule.valid),
        "",
        "Options: "
        + (
            ", ".join(f"{k} = {v:g}" for k, v in rule.options.items())
            if rule.options
            else "none. Select or ignore it by code, code prefix or name (select, ignore, per-file-ignores)."
        ),
    ]
    return "\n".join(lines) + "\n"
