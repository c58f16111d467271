"""The `numcheck` command line.

Job: parse arguments, read each input (files, or `-` for standard input), run the pipeline
and write the report. An input that cannot be read, or a rule or lexicon file that cannot be
used, gets one line on stderr naming it (`path:line: what is wrong`); the other inputs are
still processed. Exit status: 0 clean, 1 an error-level finding, 2 a usage or input error.

    numcheck check PATH...     findings, exit 1 on an error-level finding
    numcheck table PATH...     the claims table the rules see
    numcheck rules [--test]    the rules loaded; run every rule's inline examples

Limits: this and the report writers are the only places that write to the terminal.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from numcheck import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"numcheck: error: {message}\n")


def _common(parser: argparse.ArgumentParser, inputs: bool = True) -> None:
    from numcheck.markup import FORMATS

    if inputs:
        parser.add_argument(
            "paths", nargs="+", metavar="PATH", help="files to read; '-' reads standard input"
        )
        parser.add_argument(
            "--input-format", choices=FORMATS, help="read inputs as this (default: by suffix)"
        )
        parser.add_argument(
            "--stdin-filename", default="<stdin>", help="the name to report for standard input"
        )
        parser.add_argument(
            "--about-tolerance",
            type=float,
            metavar="SHARE",
            help="strict half-width of 'about N' as a share of N (default 0.10)",
        )
    parser.add_argument(
        "--rules",
        action="append",
        default=[],
        type=Path,
        metavar="PATH",
        help="a rule file, or a folder of rule and lexicon files (repeatable)",
    )


def _parser() -> argparse.ArgumentParser:
    from numcheck.formats import TABLE_FORMATS
    from numcheck.report import FINDING_FORMATS

    parser = _Parser(prog="numcheck", description="Check the arithmetic of the numbers in an article.")
    parser.add_argument("--version", action="version", version=f"numcheck {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    check = commands.add_parser("check", help="report the claims that contradict each other")
    _common(check)
    check.add_argument(
        "--format", choices=FINDING_FORMATS, default="text", help="output format (default: text)"
    )
    table = commands.add_parser("table", help="print the claims table: every number, its bounds and subject")
    _common(table)
    table.add_argument(
        "--format", choices=TABLE_FORMATS, default="text", help="output format (default: text)"
    )
    rules = commands.add_parser(
        "rules", help="list the rules and built-in checks; --test runs their examples"
    )
    _common(rules, inputs=False)
    rules.add_argument("--test", action="store_true", help="run every rule's valid and invalid examples")
    return parser


class _UsageError(Exception):
    """One line for stderr, exit status 2."""


def _lexicon(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from numcheck.lexicon import LexiconError, load_lexicon

    settings: tuple[tuple[str, float], ...] = ()
    tolerance = getattr(args, "about_tolerance", None)
    if tolerance is not None:
        if not 0 <= tolerance < 1:
            raise _UsageError("numcheck: --about-tolerance must be a share from 0 to 1, such as 0.1")
        settings = (("about_tolerance", tolerance),)
    for path in args.rules:
        if not path.exists():
            raise _UsageError(f"{path}: no such rule file or folder")
    try:
        return load_lexicon(tuple(args.rules), settings)
    except LexiconError as exc:
        raise _UsageError(str(exc)) from None


def _rules(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from numcheck.rulefiles import RuleFileError, load_rules

    try:
        return load_rules(tuple(args.rules))
    except RuleFileError as exc:
        raise _UsageError(str(exc)) from None


def _documents(args: argparse.Namespace) -> tuple[list, list[str]]:
    from numcheck.reader import InputError, read_document, read_stream

    documents, errors = [], []
    for path in args.paths:
        try:
            if path == "-":
                documents.append(read_stream(sys.stdin.buffer, args.stdin_filename, args.input_format))
            else:
                documents.append(read_document(path, args.input_format))
        except InputError as exc:
            errors.append(str(exc))
    return documents, errors


def _table(args: argparse.Namespace) -> int:
    from numcheck.claims import claim_rows, extract_claims
    from numcheck.formats import TABLE_WRITERS

    lexicon = _lexicon(args)
    documents, errors = _documents(args)
    rows = []
    for document in documents:
        rows.extend(claim_rows(extract_claims(document, lexicon)))
    if documents:
        sys.stdout.write(TABLE_WRITERS[args.format](rows))
    for error in errors:
        print(error, file=sys.stderr)
    return EXIT_USAGE if errors else EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from numcheck.claims import extract_claims
    from numcheck.engine import check
    from numcheck.report import FINDING_WRITERS

    lexicon = _lexicon(args)
    rules = _rules(args)
    documents, errors = _documents(args)
    findings, claims = [], {}
    for document in documents:
        document_claims = extract_claims(document, lexicon)
        claims[document.path] = {c.id: c for c in document_claims}
        findings.extend(check(document_claims, rules, lexicon.definitions))
    if documents:
        sys.stdout.write(FINDING_WRITERS[args.format](findings, claims))
    for error in errors:
        print(error, file=sys.stderr)
    if errors:
        return EXIT_USAGE
    return EXIT_FINDINGS if any(f.severity == "error" for f in findings) else EXIT_OK


def _list_rules(args: argparse.Namespace) -> int:
    from numcheck.report import rule_failures_text, rules_text

    rules = _rules(args)
    if not args.test:
        sys.stdout.write(rules_text(rules.rules))
        return EXIT_OK
    from numcheck import example_findings
    from numcheck.engine import run_examples

    lexicon = _lexicon(args)
    failures = run_examples(rules, lambda text, rule: example_findings(text, rule, rules, lexicon))
    sys.stdout.write(rule_failures_text(failures))
    examples = sum(len(r.valid) + len(r.invalid) for r in rules.rules)
    print(f"{len(rules.rules)} rules, {examples} examples, {len(failures)} failed")
    return EXIT_FINDINGS if failures else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    command = {"table": _table, "check": _check, "rules": _list_rules}[args.command]
    try:
        return command(args)
    except _UsageError as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
