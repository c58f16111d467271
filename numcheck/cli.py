"""The `numcheck` command line.

Job: parse arguments, read each input (files, or `-` for standard input), run the pipeline
and write the report. An input that cannot be read gets one line on stderr naming it
(`path: what is wrong`); the other inputs are still processed. Exit status: 0 clean,
1 an error-level finding, 2 a usage or input error.

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


def _parser() -> argparse.ArgumentParser:
    from numcheck.formats import TABLE_FORMATS
    from numcheck.markup import FORMATS

    parser = _Parser(prog="numcheck", description="Check the arithmetic of the numbers in an article.")
    parser.add_argument("--version", action="version", version=f"numcheck {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    table = commands.add_parser("table", help="print the claims table: every number, its bounds and subject")
    table.add_argument("paths", nargs="+", metavar="PATH", help="files to read; '-' reads standard input")
    table.add_argument(
        "--format", choices=TABLE_FORMATS, default="text", help="output format (default: text)"
    )
    table.add_argument("--input-format", choices=FORMATS, help="read inputs as this (default: by suffix)")
    table.add_argument("--stdin-filename", default="<stdin>", help="the name to report for standard input")
    table.add_argument(
        "--rules",
        action="append",
        default=[],
        type=Path,
        metavar="DIR",
        help="a folder of lexicon files extending the shipped ones (repeatable)",
    )
    table.add_argument(
        "--about-tolerance",
        type=float,
        metavar="SHARE",
        help="strict half-width of 'about N' as a share of N (default 0.10)",
    )
    return parser


def _documents(paths: Sequence[str], fmt: str | None, stdin_name: str) -> tuple[list, list[str]]:
    from numcheck.reader import InputError, read_document, read_stream

    documents, errors = [], []
    for path in paths:
        try:
            if path == "-":
                documents.append(read_stream(sys.stdin.buffer, stdin_name, fmt))
            else:
                documents.append(read_document(path, fmt))
        except InputError as exc:
            errors.append(str(exc))
    return documents, errors


def _table(args: argparse.Namespace) -> int:
    from numcheck.claims import claim_rows, extract_claims
    from numcheck.formats import TABLE_WRITERS
    from numcheck.lexicon import LexiconError, load_lexicon

    settings: tuple[tuple[str, float], ...] = ()
    if args.about_tolerance is not None:
        if not 0 <= args.about_tolerance < 1:
            print("numcheck: --about-tolerance must be a share from 0 to 1, such as 0.1", file=sys.stderr)
            return EXIT_USAGE
        settings = (("about_tolerance", args.about_tolerance),)
    for folder in args.rules:
        if not folder.exists():
            print(f"{folder}: no such rules folder", file=sys.stderr)
            return EXIT_USAGE
    try:
        lexicon = load_lexicon(tuple(args.rules), settings)
    except LexiconError as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    documents, errors = _documents(args.paths, args.input_format, args.stdin_filename)
    rows = []
    for document in documents:
        rows.extend(claim_rows(extract_claims(document, lexicon)))
    if documents:
        sys.stdout.write(TABLE_WRITERS[args.format](rows))
    for error in errors:
        print(error, file=sys.stderr)
    return EXIT_USAGE if errors else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _table(args)
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
