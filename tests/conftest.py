"""Shared helpers: the claims of a piece of news text, one claim found by its surface, the command
line run for real, headless Chromium, and the seed article."""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from numcheck.read.claims import Claim, extract_claims
from numcheck.read.lexicon import load_lexicon
from numcheck.read.markup import build_document

ROOT = Path(__file__).resolve().parent.parent

# the tests start with an empty cache folder of their own, never the user's (numcheck.cachedir)
os.environ.setdefault("NUMCHECK_CACHE_DIR", tempfile.mkdtemp(prefix="numcheck-test-cache-"))
atexit.register(shutil.rmtree, os.environ["NUMCHECK_CACHE_DIR"], True)
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


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium, headless (tests/chromium.py), for the tests of a module."""
    from tests.chromium import CHROMIUM, launch

    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("CI must have Debian's chromium: .ci/run installs it")
        pytest.skip("no chromium on this machine (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = launch(playwright)
        yield launched
        launched.close()


def _watched(opened, allowed: tuple[str, ...]):
    opened.problems = []  # type: ignore[attr-defined]
    opened.on("pageerror", lambda error: opened.problems.append(str(error)))  # type: ignore[attr-defined]
    opened.on(
        "dialog", lambda dialog: (opened.problems.append(f"dialog: {dialog.message}"), dialog.dismiss())
    )  # type: ignore[attr-defined]
    opened.on(
        "request",
        lambda request: (
            None
            if request.url.startswith(("file:", "data:", "about:", *allowed))
            else opened.problems.append(f"request: {request.url}")
        ),
    )  # type: ignore[attr-defined]
    return opened


@pytest.fixture
def screen(browser):
    """A page on a screen `width` px wide (a phone's, touch and all, when `phone`), which
    records script errors, dialogs and any request off the machine (or to anywhere but the
    addresses `allowed` start with) in `problems`."""
    contexts = []

    def open_page(width: int, height: int = 900, phone: bool = False, allowed: tuple[str, ...] = ()):
        context = browser.new_context(
            viewport={"width": width, "height": height}, is_mobile=phone, has_touch=phone
        )
        contexts.append(context)
        return _watched(context.new_page(), allowed)

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
