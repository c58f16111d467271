"""Debian's Chromium, headless through Playwright: where it is and how it is started.

Shared by the HTML report tests and benchmarks/report_open.py. Playwright never downloads a
browser here; the flags keep Chromium off this machine's closed network.
"""

from __future__ import annotations

import os
import shutil
from typing import Any

CHROMIUM = os.environ.get("NUMCHECK_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)


def launch(playwright: Any) -> Any:
    """A headless Chromium browser (Playwright's `Browser`) on `CHROMIUM`."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=list(FLAGS))
