"""The `numcheck` command line.

Job: parse arguments, find the files to check, run them (in parallel with --jobs), and
write the report. An input that cannot be read, or a configuration, rule or lexicon file
that cannot be used, gets one line on stderr naming it; the other inputs are still
processed, and a JSON or SARIF report is written all the same. A note (an input that seems
not to be English) is one line on stderr too, and in JSON and SARIF, but changes no exit
status. A mistyped command, flag or choice is named with the closest one. Ctrl-C stops a run
at once: what finished is reported with a note that the run was interrupted, and a second
Ctrl-C ends the process there and then. Exit status: 0 clean, 1 a finding at or above
--fail-on, 2 a usage or input error, 130 interrupted.

    numcheck check PATH...          findings
    numcheck table PATH...          the claims table the rules see
    numcheck rules [--test]         the rules loaded; run every rule's inline examples
    numcheck explain CODE_OR_PACK   one rule's docs and examples, or a pack's rules
    numcheck config [PATH]          the configuration in force, and where each value came from
    numcheck serve                  a web page and an HTTP API to check articles as they are written

Limits: this and the report writers are the only places that write to the terminal.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import signal
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from numcheck import __version__

if TYPE_CHECKING:
    from numcheck.read.document import Document

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # Ctrl-C: 128 + SIGINT, as shells report it


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
        "(default: each article's front matter or HTML date, else its dateline)",
    )
    parser.add_argument(
        "--about-tolerance",
        type=float,
        metavar="SHARE",
        help="strict half-width of 'about N' as a share of N (default 0.10)",
    )
    _rules_option(parser)
    parser.add_argument(
        "--jobs", "-j", type=_jobs, metavar="N", help="read N files at once (default: the cores available)"
    )
    parser.add_argument("--no-progress", action="store_true", help="never show a progress bar")


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

    explain = commands.add_parser(
        "explain", help="what a rule checks, why, and its examples; or a pack of rules and its rules"
    )
    explain.add_argument("rule", nargs="?", metavar="CODE_NAME_OR_PACK")
    _rules_option(explain)
    explain.add_argument("--write-docs", type=Path, metavar="DIR", help="write every rule's page into DIR")

    config = commands.add_parser("config", help="the configuration in force and where each value came from")
    config.add_argument("path", nargs="?", default=".", metavar="PATH")

    from numcheck.serve.command import add_arguments

    serve = commands.add_parser(
        "serve", help="a web page and an HTTP API to check articles as they are written"
    )
    _rules_option(serve)
    add_arguments(serve)
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


def _stdin(args: argparse.Namespace, flags) -> Document | None:  # type: ignore[no-untyped-def]
    from numcheck.lint.config import DEFAULT_MAX_BYTES, ConfigError
    from numcheck.lint.inputs import read_stream
    from numcheck.lint.runner import settings

    if "-" not in args.paths:
        return None
    try:
        max_bytes = settings(args.stdin_filename, flags).max_bytes
    except ConfigError:  # standard input's own check names the broken configuration
        max_bytes = DEFAULT_MAX_BYTES
    return read_stream(sys.stdin.buffer, args.stdin_filename, max_bytes, args.input_format)


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


def _run(  # type: ignore[no-untyped-def]
    work, unchecked, files: list[str], flags, args: argparse.Namespace, stdin: Document | None, deliver
) -> bool:
    """Run `work` (a runner's file job) on each file, handing each result to `deliver` in input
    order (`unchecked(path, error=line)` is the result of a file whose worker failed); True when
    Ctrl-C stopped the run (what finished is delivered all the same)."""
    from numcheck.lint import workers
    from numcheck.lint.runner import internal_error

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    jobs = max(1, min(args.jobs or cores, len(files)))
    tasks = [(args.stdin_filename, flags, stdin) if path == "-" else (path, flags, None) for path in files]
    bar = _progress(len(files), args)

    def delivered(index: int, result) -> None:  # type: ignore[no-untyped-def]
        deliver(index, result)
        if bar is not None:
            bar.update()

    try:
        interrupted = workers.run(
            work,
            tasks,
            1 if len(files) < 4 else jobs,
            delivered,
            lambda task, reason: unchecked(task[0], error=internal_error(task[0], reason)),
        )
    finally:
        if bar is not None:
            bar.close()
    if interrupted:  # what finished is reported, unless a second Ctrl-C ends it all at once
        signal.signal(signal.SIGINT, lambda signum, frame: os._exit(EXIT_INTERRUPTED))
    return interrupted


def _in_input_order(items: list[tuple[str, str]], outcomes: dict[int, str]) -> Iterator[tuple[str, str]]:
    """Each input, in input order, with its error line: the one found before the run, or the one
    its file's result gave (`outcomes`, by index among the files run); '' when it was read."""
    index = 0
    for path, error in items:
        if not error:
            error, index = outcomes.get(index, ""), index + 1
        yield path, error


def _interrupted(checked: int, total: int) -> str:
    """The note of a run that Ctrl-C stopped."""
    return f"interrupted: {checked:,} of {total:,} file{'s' * (total != 1)} checked"


def _check(args: argparse.Namespace) -> int:
    from numcheck.lint.config import SEVERITY_ORDER, ConfigError, find_config
    from numcheck.lint.inputs import InputError
    from numcheck.lint.report import ALWAYS_WRITTEN, WRITERS, Note, Run, Unchecked, statistics
    from numcheck.lint.runner import FileResult, check_file
    from numcheck.lint.terminal import report_width, wants_colour

    started = time.perf_counter()
    flags = _flags(args)
    try:
        fmt = args.format or find_config(Path.cwd()).format
    except ConfigError as exc:
        raise _UsageError(str(exc)) from None
    flags = replace(flags, every_claim=fmt == "html")
    try:
        stdin = _stdin(args, flags)
    except InputError as exc:
        stdin, args.paths = None, [p for p in args.paths if p != "-"]
        early = [Unchecked(args.stdin_filename, str(exc))]
    else:
        early = []
    items = _files(args, flags)
    _output_among_inputs(args.output, [path for path, _ in items])
    files = [path for path, error in items if not error]
    findings, claims, texts, formats, rules, outcomes = [], {}, {}, {}, {}, {}
    notes: dict[str, Note] = {}
    sentences: dict[str, dict[int, tuple[int, int]]] = {}
    checked, failing = 0, False

    def deliver(index: int, result: FileResult) -> None:  # keeps what the report shows, drops the rest
        nonlocal checked, failing
        outcomes[index] = result.error
        if result.error:
            return
        checked += 1
        findings.extend(result.findings)
        claims[result.path] = result.claims
        formats[result.path] = result.fmt
        notes.update((line, Note(result.path, line)) for line in result.notes)
        if result.text:  # the HTML report's every article, or the text report's files with findings
            texts[result.path] = result.text
        if result.sentences:
            sentences[result.path] = result.sentences
        rules.update((rule.code, rule) for rule in result.rules)
        failing = failing or any(
            SEVERITY_ORDER[f.severity] >= SEVERITY_ORDER[result.fail_on] for f in result.findings
        )

    interrupted = _run(check_file, FileResult, files, flags, args, stdin, deliver)
    first: dict[str, Unchecked] = {e.message: e for e in early}
    for path, error in _in_input_order(items, outcomes):  # each distinct line once (a rule file once)
        if error:
            first.setdefault(error, Unchecked(args.stdin_filename if path == "-" else path, error))
    errors = list(first.values())
    note = _interrupted(len(outcomes), len(files)) if interrupted else ""
    seconds = time.perf_counter() - started
    run = Run(
        findings,
        claims,
        list(rules.values()),
        checked,
        seconds,
        errors,
        texts,
        formats,
        list(notes.values()),
        note,
        sentences,
    )
    colour = args.output is None and wants_colour(sys.stdout.isatty())
    if run.files or fmt in ALWAYS_WRITTEN:
        report = WRITERS[fmt](run, colour, report_width())
        if args.statistics:
            report += statistics(run)
        unwritten = _write(report, args.output)
        if unwritten:  # no input, but the line says where the report could not go
            errors.append(Unchecked(str(args.output or "standard output"), unwritten))
    for told in (*notes.values(), *errors):
        _say(told.message)
    if interrupted:
        _say(f"numcheck: {note}")
        return EXIT_INTERRUPTED
    if errors:
        return EXIT_USAGE
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
    from numcheck.lint.inputs import InputError
    from numcheck.lint.runner import TableResult, table_file
    from numcheck.read.claims import Claim, claim_rows

    if (args.columns or args.wide) and args.format not in ("text", "markdown"):
        raise _UsageError("numcheck table: --columns and --wide shape the text and markdown tables only")
    flags = _flags(args)
    try:
        stdin = _stdin(args, flags)
    except InputError as exc:
        stdin, args.paths, errors = None, [p for p in args.paths if p != "-"], [str(exc)]
    else:
        errors = []
    items = _files(args, flags)
    _output_among_inputs(args.output, [path for path, _ in items])
    files = [path for path, error in items if not error]
    tables: list[tuple[Claim, ...]] = []
    outcomes: dict[int, str] = {}

    formats: dict[str, str] = {}

    def deliver(index: int, result: TableResult) -> None:
        outcomes[index] = result.error
        for note in result.notes:  # on standard error at once; the exit status stays the run's
            _say(note)
        if not result.error:
            tables.append(result.claims)
            formats[result.path] = result.fmt

    interrupted = _run(table_file, TableResult, files, flags, args, stdin, deliver)
    errors.extend(error for _, error in _in_input_order(items, outcomes) if error)
    if tables or not errors:
        if args.format == "html":
            from numcheck.lint.html_report import render_table

            by_path: dict[str, dict[int, Claim]] = {}
            for table in tables:
                for claim in table:
                    by_path.setdefault(claim.path, {})[claim.id] = claim
            unwritten = _write(render_table(by_path, formats), args.output)
        else:
            unwritten = _write(
                _table_report([row for table in tables for row in claim_rows(table)], args), args.output
            )
        if unwritten:
            errors.append(unwritten)
    for error in errors:
        _say(error)
    if interrupted:
        _say(f"numcheck: {_interrupted(len(outcomes), len(files))}")
        return EXIT_INTERRUPTED
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


def _load_lexicon(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from numcheck.read.lexicon import LexiconError, load_lexicon

    try:
        return load_lexicon(tuple(p.resolve() for p in args.rules))
    except LexiconError as exc:
        raise _UsageError(str(exc)) from None


def _list_rules(args: argparse.Namespace) -> int:
    from numcheck.lint.report import rule_failures_text, rules_text

    rules = _load_rules(args)
    if not args.test:
        _out(rules_text(rules))
        return EXIT_OK
    from numcheck import example_findings
    from numcheck.engine.engine import run_examples

    lexicon = _load_lexicon(args)
    failures = run_examples(rules, lambda text, rule: example_findings(text, rule, rules, lexicon))
    examples = sum(len(r.valid) + len(r.invalid) for r in rules.rules)
    _out(
        rule_failures_text(failures)
        + f"{len(rules.rules)} rules, {examples} examples, {len(failures)} failed\n"
    )
    return EXIT_FINDINGS if failures else EXIT_OK


def _explain(args: argparse.Namespace) -> int:
    from numcheck import example_findings
    from numcheck.engine.rulefiles import Rule
    from numcheck.lint.report import explain, explain_pack
    from numcheck.lint.rule_docs import write_docs

    rules = _load_rules(args)
    lexicon = _load_lexicon(args)

    def raised(rule: Rule) -> str:
        """The message a finding of the rule's first invalid example reads."""
        found = example_findings(rule.invalid[0], rule, rules, lexicon) if rule.invalid else []
        return found[0].message if found else ""

    if args.write_docs:
        examples = {rule.code: raised(rule) for rule in rules.rules}
        _out("".join(f"{path}\n" for path in write_docs(rules, args.write_docs, examples)))
        return EXIT_OK
    if not args.rule:
        raise _UsageError("numcheck explain: name a rule or a pack (numcheck rules lists them)")
    rule = rules.find(args.rule)
    pack = rules.find_pack(args.rule) if rule is None else None
    if pack is not None:
        _out(explain_pack(pack, rules))
        return EXIT_OK
    if rule is None:
        from numcheck.lint.config import suggestion

        names = [name for r in rules.rules for name in (r.code, r.name)] + [p.name for p in rules.packs]
        hint = suggestion(args.rule, names) or " (numcheck rules lists them)"
        raise _UsageError(f"numcheck explain: no rule or pack '{args.rule}'{hint}")
    _out(explain(rule, raised=raised(rule)))
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


def _serve(args: argparse.Namespace) -> int:
    from numcheck.serve.command import StartError, main

    try:
        main(args)
    except StartError as exc:
        raise _UsageError(str(exc)) from None
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    commands = {
        "check": _check,
        "table": _table,
        "rules": _list_rules,
        "explain": _explain,
        "config": _config,
        "serve": _serve,
    }
    try:
        args = _parser().parse_args(argv)
        status = commands[args.command](args)
    except _UsageError as exc:
        _say(str(exc))
        status = EXIT_USAGE
    except KeyboardInterrupt:  # before or after the files are checked (Ctrl-C while starting, too)
        status = EXIT_INTERRUPTED
    if status == EXIT_INTERRUPTED:  # all is said: one more Ctrl-C cannot turn the exit into a kill
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    return status


if __name__ == "__main__":
    sys.exit(main())
