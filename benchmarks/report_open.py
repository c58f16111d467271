"""How long the HTML report of twenty articles takes to open in Chromium.

    python benchmarks/report_open.py

Writes the report of twenty articles (ten example articles, and between them the seed article
ten times with a number changed, so that there are findings to mark) and
prints the time from navigation to the load event, and until the first marked number's
finding is shown after a click, in headless Chromium (Debian's, through Playwright). The
goal is under one second to open.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from tests.chromium import CHROMIUM, launch

    if CHROMIUM is None:
        print("no chromium on this machine (apt-get install chromium)")
        return 1
    from playwright.sync_api import sync_playwright

    seed = ROOT / "seeds" / "gaza-hostages-2023-12-06.txt"
    others = sorted(p for p in (ROOT / "seeds").iterdir() if p.is_file() and p != seed)
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i in range(20):
            source = seed if i % 2 else others[i // 2 % len(others)]
            text = source.read_text(encoding="utf-8")
            if i % 2:  # the seed article, with a number changed: findings to mark
                text = text.replace("holds 138 hostages", "holds 18 hostages")
            target = Path(tmp) / f"{i:02d}-{source.name}"
            target.write_text(text, encoding="utf-8")
            paths.append(str(target))
        report = Path(tmp) / "report.html"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "numcheck.lint.cli",
                "check",
                "--format",
                "html",
                "--output",
                str(report),
                *paths,
            ],
            cwd=ROOT,
            check=False,
            stdout=subprocess.DEVNULL,
        )
        print(f"report of {len(paths)} articles: {report.stat().st_size / 1024:,.0f} KiB")
        with sync_playwright() as playwright:
            browser = launch(playwright)
            opens, clicks = [], []
            for _ in range(5):
                page = browser.new_page()
                start = time.perf_counter()
                page.goto(report.as_uri(), wait_until="load")
                opens.append(time.perf_counter() - start)
                start = time.perf_counter()
                page.locator("mark.sev-error").first.click()
                page.locator("#explain").wait_for(state="visible")
                clicks.append(time.perf_counter() - start)
                page.close()
            browser.close()
    print(f"open (navigation to load event): {statistics.median(opens):.3f} s, median of 5 (goal: under 1 s)")
    print(f"click to explanation: {statistics.median(clicks) * 1000:.0f} ms, median of 5")
    return 0


if __name__ == "__main__":
    sys.exit(main())
