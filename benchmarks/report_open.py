"""How long the HTML report of twenty articles takes to open in Chromium.

    python benchmarks/report_open.py

Writes the report of twenty articles (the seed article and the other example articles,
repeated, with a number changed in every other one so that there are findings to mark) and
prints the time from navigation to the load event, and until the first marked number's
finding is shown after a click, in headless Chromium (Debian's, through Playwright). The
goal is under one second to open.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("no chromium on this machine (apt-get install chromium)")
        return 1
    from playwright.sync_api import sync_playwright

    seeds = sorted(p for p in (ROOT / "seeds").iterdir() if p.is_file())
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i in range(20):
            source = seeds[i % len(seeds)]
            text = source.read_text(encoding="utf-8")
            if i % 2:
                text = text.replace("holds 138 hostages", "holds 18 hostages").replace(
                    "140 of the 200", "240 of the 200"
                )
            target = Path(tmp) / f"{i:02d}-{source.name}"
            target.write_text(text, encoding="utf-8")
            paths.append(str(target))
        report = Path(tmp) / "report.html"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "numcheck.cli",
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
            browser = playwright.chromium.launch(
                executable_path=chromium,
                args=[
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                ],
            )
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
