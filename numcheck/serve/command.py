"""The `numcheck serve` command: its options, and starting the server under uvicorn.

Job: `add_arguments` gives the command line's `serve` its flags; `main` checks them (the
token file, the rule files, the configuration of the folder it starts in, the lexicon), each
problem one line naming the file, then serves until Ctrl-C or SIGTERM:

    numcheck serve [--host 127.0.0.1] [--port 8765] [--rules PATH]... [--token-file FILE]
                   [--cors-origin ORIGIN]... [--max-body BYTES] [--time-limit SECONDS] [--workers N]

It binds to localhost unless told otherwise, and loads the rules and the lexicon once (and
once in each worker process). uvicorn's own access log is off: the server logs one line per
request, with sizes and timings only (`serve.app`).

Limits: this module imports only argparse when the command line is built; the server's
modules (Starlette, uvicorn) load when `serve` runs.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

MAX_BODY, TIME_LIMIT = 5_000_000, 10.0


class StartError(Exception):
    """Something the server cannot start with: one line naming it."""


def _positive(kind: type, what: str):  # type: ignore[no-untyped-def]
    def parse(value: str):  # type: ignore[no-untyped-def]
        try:
            number = kind(value)
        except ValueError:
            number = 0
        if not number > 0:
            raise argparse.ArgumentTypeError(f"'{value}' is not {what}")
        return number

    return parse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The flags of `serve` but --rules, which the command line gives it as it gives the others."""
    parser.add_argument("--host", default="127.0.0.1", help="the address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8765, help="the port to listen on (default: 8765)")
    parser.add_argument(
        "--token-file",
        type=Path,
        metavar="FILE",
        help="every API call needs 'Authorization: Bearer' with the token in FILE",
    )
    parser.add_argument(
        "--cors-origin",
        action="append",
        default=[],
        metavar="ORIGIN",
        help="a web origin whose pages may call the API (repeatable; default: none)",
    )
    parser.add_argument(
        "--max-body",
        type=_positive(int, "a number of bytes, 1 or more"),
        default=MAX_BODY,
        metavar="BYTES",
        help=f"the largest request body (default: {MAX_BODY:,}); larger ones get 413",
    )
    parser.add_argument(
        "--time-limit",
        type=_positive(float, "a number of seconds above 0"),
        default=TIME_LIMIT,
        metavar="SECONDS",
        help=f"the longest an article may take to check (default: {TIME_LIMIT:g}); longer ones get 503",
    )
    parser.add_argument(
        "--workers",
        type=_positive(int, "a number of worker processes, 1 or more"),
        metavar="N",
        help="check N articles at once (default: the cores available)",
    )


def _token(path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        token = path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise StartError(
            f"{path}: cannot read the token file: {getattr(exc, 'strerror', None) or exc}"
        ) from None
    if not token or any(c.isspace() for c in token):
        raise StartError(f"{path}: the token file must hold one token, with no spaces")
    return token


def _loaded(rules: list[Path]):  # type: ignore[no-untyped-def]
    """The configuration of the folder the server starts in, with --rules added, and its rules;
    a StartError naming the file of any that cannot be used."""
    from numcheck.engine.engine import load_rules
    from numcheck.engine.rulefiles import RuleFileError
    from numcheck.lint.config import ConfigError, find_config, override
    from numcheck.lint.runner import lexicon_of
    from numcheck.read.lexicon import LexiconError

    for path in rules:
        if not path.exists():
            raise StartError(f"{path}: no such rule file or folder")
    try:
        config = override(find_config(Path.cwd()), {"rules": tuple(p.resolve() for p in rules)})
        lexicon_of(config)
        return config, load_rules(config.rules).rules
    except (ConfigError, RuleFileError, LexiconError) as exc:
        raise StartError(str(exc)) from None


def main(args: argparse.Namespace) -> None:
    """Serve until stopped; a StartError when the options or files cannot be used."""
    import logging

    import uvicorn

    from numcheck.serve.app import Settings, create

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    settings = Settings(
        host=args.host,
        port=args.port,
        token=_token(args.token_file),
        cors_origins=tuple(args.cors_origin),
        max_body=args.max_body,
        time_limit=args.time_limit,
        workers=args.workers or cores,
    )
    config, rules = _loaded(args.rules)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    uvicorn.run(
        create(settings, config, rules),
        host=settings.host,
        port=settings.port,
        log_level="warning",
        access_log=False,
        server_header=False,
        timeout_graceful_shutdown=settings.time_limit,
    )
