"""Shared helpers: the claims of a piece of news text, and one claim found by its surface."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from numcheck.read.claims import Claim, extract_claims
from numcheck.read.lexicon import load_lexicon
from numcheck.read.markup import build_document

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "gaza-hostages-2023-12-06.txt"


def claims_of(text: str, fmt: str = "text") -> list[Claim]:
    return extract_claims(build_document(text, "<test>", fmt), load_lexicon())


def claim(text: str, surface: str, fmt: str = "text") -> Claim:
    """The one claim whose surface is `surface` (or contains it, if none is equal)."""
    claims = claims_of(text, fmt)
    exact = [c for c in claims if c.text == surface]
    found = exact or [c for c in claims if surface in c.text]
    assert len(found) == 1, f"{surface!r} in {[c.text for c in claims]}"
    return found[0]


def run_cli(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The real command line, in a subprocess, its output piped; the width and colour of the
    report are the defaults unless `env` sets COLUMNS, NO_COLOR or FORCE_COLOR."""
    inherited = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "NO_COLOR", "FORCE_COLOR")}
    return subprocess.run(
        [sys.executable, "-m", "numcheck.lint.cli", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        env={**inherited, **(env or {})},
        timeout=120,
    )


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
