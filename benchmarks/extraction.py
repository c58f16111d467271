"""Extraction accuracy on test suites nobody here wrote, beside the quantulum3 baseline.

    python benchmarks/extraction.py

Runs `data/score.py --extractor numcheck:extract` over every JSONL file in `data/` (the
English test cases of quantulum3 and Microsoft Recognizers-Text, see data/README.md) and
prints value and value+unit precision, recall and F1 per file, with quantulum3's value F1
(from the baseline table in data/README.md) beside it.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def baseline() -> dict[str, tuple[float, float, float]]:
    """quantulum3's value P / R / F1 per file, read from the baseline table of data/README.md."""
    rows = {}
    for line in (DATA / "README.md").read_text(encoding="utf-8").splitlines():
        match = re.match(r"\|\s*(\S+\.jsonl)\s*\|(?:[^|]*\|){3}\s*([\d.]+) / ([\d.]+) / ([\d.]+)\s*\|", line)
        if match:
            rows[match.group(1)] = tuple(float(match.group(i)) for i in (2, 3, 4))
    return rows


def main() -> int:
    files = sorted(DATA.glob("*.jsonl"))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "scores.json"
        subprocess.run(
            [
                sys.executable,
                str(DATA / "score.py"),
                "--extractor",
                "numcheck:extract",
                "--json",
                str(out),
                *map(str, files),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        results = json.loads(out.read_text(encoding="utf-8"))
    base = baseline()
    print(
        "| file | sentences | numcheck value P / R / F1 | numcheck value+unit P / R / F1 | "
        "quantulum3 value F1 | better | errors |"
    )
    print("|---|---|---|---|---|---|---|")
    for r in results:
        v, vu = r["value"], r["value+unit"]
        q = base.get(r["file"], (0.0, 0.0, 0.0))[2]
        better = "yes" if v["f1"] > q else ("tie" if abs(v["f1"] - q) < 5e-4 else "no")
        print(
            f"| {r['file']} | {r['sentences']} | {v['precision']:.3f} / {v['recall']:.3f} / {v['f1']:.3f} "
            f"| {vu['precision']:.3f} / {vu['recall']:.3f} / {vu['f1']:.3f} | {q:.3f} | {better} "
            f"| {len(r['errors'])} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
