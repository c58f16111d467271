"""The `numcheck` command line.

Job: parse arguments, find the files to check, run them (in parallel with --jobs), and
write the report. An input that cannot be read, or a configuration, rule or lexicon file
that cannot be used, gets one line on stderr naming it; the other inputs are still
processed, and a JSON or SARIF report is written all the same. A mistyped command, flag or
choice is named with the closest one. Exit status: 0 clean, 1 a finding at or above
--fail-on, 2 a usage or input error.

    numcheck check PATH...          findings
    numcheck table PATH...          the claims table the rules see
    numcheck rules [--test]         the rules loaded; run every rule's inline examples
    numcheck explain CODE_OR_NAME   one rule's docs and examples
    numcheck config [PATH]          the configuration in force, and where each value came from

Limits: this and the report writers are the only places that write to the terminal.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from numcheck import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse, exiting with status 2 and naming the closest verb, flag or choice to a mistyped one."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.flags: list[str] = []  # every option string, for suggestions
        self.commands: dict[str, _Parser] = {}  # the subcommands' parsers, by name
        super().__init__(*args, **kwargs)

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        action = super().add_argument(*args, **kwargs)
        self.flags.extend(action.option_strings)
        return action

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: Any = None
    ) -> argparse.Namespace:
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            from numcheck.lint.config import suggestion

            parser = self.commands.get(getattr(parsed, "command", ""), self)
            flag = next((e.split("=")[0] for e in extras if e.startswith("-")), "")
            hint = suggestion(flag, parser.flags) if flag else ""
            parser.error(f"unrecognized arguments: {' '.join(extras)}{hint}")
        return parsed

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        if action.choices is not None and value not in action.choices:
            from numcheck.lint.config import suggestion

            choices = ", ".join(map(str, action.choices))
            raise argparse.ArgumentError(
                action,
                f"invalid choice: '{value}'{suggestion(str(value), map(str, action.choices))}; "
                f"choose from {choices}",
            )

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"numcheck: error: {message}\n")


class _UsageError(Exception):
    """One line for stderr, exit status 2."""


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date like 2023-12-06") from None


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"'{value}' is not a number of files at once, 1 or more")
    return jobs


def _codes(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(",") if v.strip())


def _columns(value: str) -> tuple[str, ...]:
    from numcheck.lint.config import suggestion
    from numcheck.lint.formats import TEXT_COLUMNS

    names = tuple(name.lower() for name in _codes(value))
    if not names:
        raise argparse.ArgumentTypeError(f"name one column or more: {', '.join(TEXT_COLUMNS)}")
    for name in names:
        if name not in TEXT_COLUMNS:
            raise argparse.ArgumentTypeError(
                f"unknown column '{name}'{suggestion(name, TEXT_COLUMNS)}; "
                f"choose from {', '.join(TEXT_COLUMNS)}"
            )
    return names


def _inputs(parser: argparse.ArgumentParser) -> None:
    from numcheck.read.markup import FORMATS

    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="files or folders to read; '-' reads standard input"
    )
    parser.add_argument("--input-format", choices=FORMATS, help="read inputs as this (default: by suffix)")
    parser.add_argument("--stdin-filename", default="<stdin>", help="the name to report for standard input")
    parser.add_argument(
        "--date",
        type=_date,
        metavar="YYYY-MM-DD",
        help="the articles' date, placing 'Tuesday', 'yesterday' and dates without a year "
        "(default: each article's dateline)",
    )
    parser.add_argument(
        "--about-tolerance",
        type=float,
        metavar="SHARE",
        help="strict half-width of 'about N' as a share of N (default 0.10)",
    )
    _rules_option(parser)


def _rules_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--rules",
        action="append",
        default=[],
        type=Path,
        metavar="PATH",
        help="a rule file, or a folder of rule and lexicon files (repeatable)",
    )


def _parser() -> argparse.ArgumentParser:
    from numcheck.lint.config import OUTPUT_FORMATS, SEVERITY_ORDER
    from numcheck.lint.formats import TABLE_FORMATS

    parser = _Parser(prog="numcheck", description="Check the arithmetic of the numbers in an article.")
    parser.add_argument("--version", action="version", version=f"numcheck {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    parser.commands = commands.choices

    check = commands.add_parser("check", help="report the claims that contradict each other")
    _inputs(check)
    check.add_argument(
        "--format",
        "--output-format",
        choices=OUTPUT_FORMATS,
        help="output format (default: text, or the config's); concise: one line per finding",
    )
    check.add_argument("--output", "-o", type=Path, metavar="FILE", help="write the report to FILE")
    check.add_argument("--select", type=_codes, metavar="CODES", help="only these codes, prefixes or names")
    check.add_argument("--extend-select", type=_codes, metavar="CODES", help="these too")
    check.add_argument("--ignore", type=_codes, metavar="CODES", help="not these codes, prefixes or names")
    check.add_argument("--preview", action="store_true", help="run the rules in preview too (not yet stable)")
    check.add_argument("--min-severity", choices=SEVERITY_ORDER, help="the least severe finding shown")
    check.add_argument(
        "--fail-on", choices=SEVERITY_ORDER, help="the least severe finding that fails the run"
    )
    check.add_argument("--statistics", action="store_true", help="print counts of findings by code")
    check.add_argument(
        "--report-unused-ignores",
        action="store_true",
        help="report suppression comments that silence nothing (NC001)",
    )
    check.add_argument(
        "--jobs", "-j", type=_jobs, metavar="N", help="check N files at once (default: the cores available)"
    )
    check.add_argument("--no-progress", action="store_true", help="never show a progress bar")

    table = commands.add_parser("table", help="print the claims table: every number, its bounds and subject")
    _inputs(table)
    table.add_argument(
        "--format",
        "--output-format",
        choices=(*TABLE_FORMATS, "html"),
        default="text",
        help="output format (default: text)",
    )
    table.add_argument("--output", "-o", type=Path, metavar="FILE", help="write the table to FILE")
    table.add_argument(
        "--columns",
        type=_columns,
        metavar="NAMES",
        help="the columns of the text and markdown tables, comma-separated "
        "(default: in text, id,where,text,value,strict,typical,entity,event and those of "
        "links,kind,unit,scope,source that fit; in markdown, all)",
    )
    table.add_argument(
        "--wide", action="store_true", help="the text table with every column (or those of --columns) in full"
    )

    rules = commands.add_parser(
        "rules", help="list the rules and built-in checks; --test runs their examples"
    )
    _rules_option(rules)
    rules.add_argument("--test", action="store_true", help="run every rule's valid and invalid examples")

    explain = commands.add_parser("explain", help="what a rule checks, why, and its examples")
    explain.add_argument("rule", nargs="?", metavar="CODE_OR_NAME")
    _rules_option(explain)
    explain.add_argument("--write-docs", type=Path, metavar="DIR", help="write every rule's page into DIR")

    config = commands.add_parser("config", help="the configuration in force and where each value came from")
    config.add_argument("path", nargs="?", default=".", metavar="PATH")
    return parser


def _say(line: str) -> None:
    """One line on standard error, its control characters (of a file name, say) escaped."""
    from numcheck.lint.terminal import printable

    print(printable(line), file=sys.stderr)


def _close_stdout() -> None:
    """Send what standard output still holds nowhere, so that its flush at exit cannot fail."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _write(text: str, output: Path | None) -> str:
    """Write `text` to `output` (or standard output, flushed now); '' when written, else one
    line saying why not (a full device). A reader that closed the pipe ends the output quietly."""
    try:
        if output is None:
            sys.stdout.write(text)
            sys.stdout.flush()
        else:
            output.write_text(text, encoding="utf-8")
    except OSError as exc:
        if output is None:
            _close_stdout()
        if not isinstance(exc, BrokenPipeError):  # `numcheck check . | head`: the reader has all it wants
            return f"{output or 'standard output'}: cannot write: {exc.strerror or exc}"
    return ""


def _out(text: str) -> None:
    """Write `text` to standard output; a full device is a usage error."""
    error = _write(text, None)
    if error:
        raise _UsageError(error)


def _output_among_inputs(output: Path | None, files: Sequence[str]) -> None:
    """A usage error when the report would overwrite one of the articles it reports on."""
    if output is None or not output.exists():
        return
    for path in files:
        with contextlib.suppress(OSError):  # an input that cannot be read is not the output
            if path != "-" and os.path.samefile(output, path):
                raise _UsageError(f"{output}: the report file is one of the inputs: it would overwrite it")


def _flags(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from numcheck.lint.runner import Flags

    if args.about_tolerance is not None and not 0 <= args.about_tolerance < 1:
        raise _UsageError("numcheck: --about-tolerance must be a share from 0 to 1, such as 0.1")
    overrides = {
        "rules": tuple(p.resolve() for p in args.rules) or None,
        "about_tolerance": args.about_tolerance,
        **{
            key: getattr(args, key, None)
            for key in ("select", "extend_select", "ignore", "min_severity", "fail_on")
        },
        "preview": True if getattr(args, "preview", False) else None,
    }
    return Flags(
        tuple((k, v) for k, v in overrides.items() if v is not None),
        args.input_format,
        getattr(args, "report_unused_ignores", False),
        args.date,
    )


def _stdin(args: argparse.Namespace, flags) -> str | None:  # type: ignore[no-untyped-def]
    from numcheck.lint.config import DEFAULT_MAX_BYTES, ConfigError
    from numcheck.lint.inputs import read_text
    from numcheck.lint.runner import settings

    if "-" not in args.paths:
        return None
    try:
        max_bytes = settings(args.stdin_filename, flags).max_bytes
    except ConfigError:  # standard input's own check names the broken configuration
        max_bytes = DEFAULT_MAX_BYTES
    return read_text(sys.stdin.buffer, args.stdin_filename, max_bytes)


def _files(args: argparse.Namespace, flags) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    from numcheck.lint.config import ConfigError
    from numcheck.lint.discovery import expand
    from numcheck.lint.runner import settings

    def excluded(path: Path) -> bool:
        try:
            return settings(str(path), flags).excluded(path)
        except ConfigError:
            return False  # the file's own check will name the broken configuration

    found = expand(args.paths, excluded)
    for note in found.skipped:  # a note, not an error: the exit status is the articles'
        _say(note)
    return list(found.items)


def _progress(total: int, args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """A progress bar on an interactive terminal only (never when piped or in CI)."""
    if args.no_progress or total < 2 or not sys.stderr.isatty() or os.environ.get("CI"):
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="file", file=sys.stderr, leave=False)


def _run(files: list[str], flags, args: argparse.Namespace, stdin_text: str | None) -> list:  # type: ignore[no-untyped-def]
    from concurrent.futures import ProcessPoolExecutor

    from numcheck.lint.runner import check_file

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    jobs = max(1, min(args.jobs or cores, len(files)))
    bar = _progress(len(files), args)
    results = []
    if jobs == 1 or len(files) < 4:
        for path in files:
            results.append(
                check_file(
                    args.stdin_filename if path == "-" else path, flags, stdin_text if path == "-" else None
                )
            )
            if bar is not None:
                bar.update()
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futures = [
                pool.submit(
                    check_file,
                    args.stdin_filename if p == "-" else p,
                    flags,
                    stdin_text if p == "-" else None,
                )
                for p in files
            ]
            for future in futures:  # in input order: stable output
                results.append(future.result())
                if bar is not None:
                    bar.update()
    if bar is not None:
        bar.close()
    return results


def _check(args: argparse.Namespace) -> int:
    from numcheck.lint.config import SEVERITY_ORDER, ConfigError, find_config
    from numcheck.lint.inputs import InputError
    from numcheck.lint.report import ALWAYS_WRITTEN, WRITERS, Run, Unchecked, statistics
    from numcheck.lint.terminal import report_width, wants_colour

    started = time.perf_counter()
    flags = _flags(args)
    try:
        fmt = args.format or find_config(Path.cwd()).format
    except ConfigError as exc:
        raise _UsageError(str(exc)) from None
    try:
        stdin_text = _stdin(args, flags)
    except InputError as exc:
        stdin_text, args.paths = None, [p for p in args.paths if p != "-"]
        early = [Unchecked(args.stdin_filename, str(exc))]
    else:
        early = []
    items = _files(args, flags)
    _output_among_inputs(args.output, [path for path, _ in items])
    results = _run([path for path, error in items if not error], flags, args, stdin_text)
    by_path = iter(results)
    first: dict[str, Unchecked] = {e.message: e for e in early}
    for path, error in items:  # in input order, each distinct line once (a broken rule file once)
        if not error:
            result = next(by_path)
            path, error = result.path, result.error
        if error:
            first.setdefault(error, Unchecked(path, error))
    errors = list(first.values())
    findings = [f for r in results for f in r.findings]
    rules = {rule.code: rule for r in results for rule in r.rules}
    checked = [r for r in results if not r.error]
    run = Run(
        findings,
        {r.path: r.claims for r in checked},
        list(rules.values()),
        len(checked),
        time.perf_counter() - started,
        errors,
        {r.path: r.text for r in checked},
        {r.path: r.sentences for r in checked},
    )
    colour = args.output is None and wants_colour(sys.stdout.isatty())
    if run.files or fmt in ALWAYS_WRITTEN:
        report = WRITERS[fmt](run, colour, report_width())
        if args.statistics:
            report += statistics(run)
        unwritten = _write(report, args.output)
        if unwritten:  # no input, but the line says where the report could not go
            errors.append(Unchecked(str(args.output or "standard output"), unwritten))
    for error in errors:
        _say(error.message)
    if errors:
        return EXIT_USAGE
    failing = any(
        SEVERITY_ORDER[f.severity] >= SEVERITY_ORDER[r.fail_on] for r in results for f in r.findings
    )
    return EXIT_FINDINGS if failing else EXIT_OK


def _table_report(rows: list[dict[str, Any]], args: argparse.Namespace) -> str:
    """The claims table in a format of `formats`, with the columns and width asked for."""
    from numcheck.lint.formats import TABLE_WRITERS, TEXT_COLUMNS, table_markdown, table_text
    from numcheck.lint.terminal import DEFAULT_WIDTH

    if args.format == "text":
        return table_text(rows, args.columns, None if args.wide else DEFAULT_WIDTH)
    if args.format == "markdown":
        return table_markdown(rows, args.columns or TEXT_COLUMNS)
    return TABLE_WRITERS[args.format](rows)


def _table(args: argparse.Namespace) -> int:
    from numcheck.lint.config import ConfigError
    from numcheck.lint.inputs import InputError, read_document
    from numcheck.lint.runner import settings
    from numcheck.read.claims import Claim, claim_rows, extract_claims
    from numcheck.read.lexicon import LexiconError, load_lexicon
    from numcheck.read.markup import build_document, format_for

    if (args.columns or args.wide) and args.format not in ("text", "markdown"):
        raise _UsageError("numcheck table: --columns and --wide shape the text and markdown tables only")
    flags = _flags(args)
    try:
        stdin_text = _stdin(args, flags)
    except InputError as exc:
        stdin_text, args.paths, errors = None, [p for p in args.paths if p != "-"], [str(exc)]
    else:
        errors = []
    rows = []
    items = _files(args, flags)
    _output_among_inputs(args.output, [path for path, _ in items])
    for path, error in items:
        if error:
            errors.append(error)
            continue
        name = args.stdin_filename if path == "-" else path
        try:
            config = settings(name, flags)
            tolerance = (
                (("about_tolerance", config.about_tolerance),) if config.about_tolerance is not None else ()
            )
            lexicon = load_lexicon(config.rules, tolerance)
            document = (
                build_document(stdin_text, name, format_for(name, args.input_format))
                if path == "-"
                else read_document(path, config.max_bytes, args.input_format)
            )
        except (ConfigError, LexiconError, InputError) as exc:
            errors.append(str(exc))
            continue
        rows.extend(claim_rows(extract_claims(document, lexicon, args.date)))
    if rows or not errors:
        if args.format == "html":
            from numcheck.lint.html_report import render_table

            by_path: dict[str, dict] = {}
            for row in rows:
                by_path.setdefault(row["path"], {})[row["id"]] = Claim(**row)
            unwritten = _write(render_table(by_path), args.output)
        else:
            unwritten = _write(_table_report(rows, args), args.output)
        if unwritten:
            errors.append(unwritten)
    for error in errors:
        _say(error)
    return EXIT_USAGE if errors else EXIT_OK


def _load_rules(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from numcheck.engine.engine import load_rules
    from numcheck.engine.rulefiles import RuleFileError

    for path in args.rules:
        if not path.exists():
            raise _UsageError(f"{path}: no such rule file or folder")
    try:
        return load_rules(tuple(p.resolve() for p in args.rules))
    except RuleFileError as exc:
        raise _UsageError(str(exc)) from None


def _list_rules(args: argparse.Namespace) -> int:
    from numcheck.lint.report import rule_failures_text, rules_text

    rules = _load_rules(args)
    if not args.test:
        _out(rules_text(rules.rules))
        return EXIT_OK
    from numcheck import example_findings
    from numcheck.engine.engine import run_examples
    from numcheck.read.lexicon import LexiconError, load_lexicon

    try:
        lexicon = load_lexicon(tuple(p.resolve() for p in args.rules))
    except LexiconError as exc:
        raise _UsageError(str(exc)) from None
    failures = run_examples(rules, lambda text, rule: example_findings(text, rule, rules, lexicon))
    examples = sum(len(r.valid) + len(r.invalid) for r in rules.rules)
    _out(
        rule_failures_text(failures)
        + f"{len(rules.rules)} rules, {examples} examples, {len(failures)} failed\n"
    )
    return EXIT_FINDINGS if failures else EXIT_OK


def _explain(args: argparse.Namespace) -> int:
    from numcheck.lint.report import explain
    from numcheck.lint.rule_docs import write_docs

    rules = _load_rules(args)
    if args.write_docs:
        _out("".join(f"{path}\n" for path in write_docs(rules.rules, args.write_docs)))
        return EXIT_OK
    if not args.rule:
        raise _UsageError("numcheck explain: name a rule by code or name (numcheck rules lists them)")
    rule = rules.find(args.rule)
    if rule is None:
        from numcheck.lint.config import suggestion

        names = [name for r in rules.rules for name in (r.code, r.name)]
        hint = suggestion(args.rule, names) or " (numcheck rules lists them)"
        raise _UsageError(f"numcheck explain: no rule '{args.rule}'{hint}")
    _out(explain(rule))
    return EXIT_OK


def _config(args: argparse.Namespace) -> int:
    from numcheck.lint.config import ConfigError, describe, find_config

    path = Path(args.path).resolve()
    try:
        config = find_config(path if path.is_dir() else path.parent)
    except ConfigError as exc:
        raise _UsageError(str(exc)) from None
    _out(describe(config))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    commands = {
        "check": _check,
        "table": _table,
        "rules": _list_rules,
        "explain": _explain,
        "config": _config,
    }
    try:
        return commands[args.command](args)
    except _UsageError as exc:
        _say(str(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
