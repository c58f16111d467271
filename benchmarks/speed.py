"""Extraction speed beside quantulum3's, and the cold start of `numcheck table`.

    pip install '.[bench]'   # quantulum3, for the comparison
    python benchmarks/speed.py

Texts: every article in seeds/ and, as one text per file, the sentences of each benchmark
file in data/. Throughput is characters per second of `numcheck.extract` (the claims table,
as a pandas DataFrame) after start-up and one warm-up call, on one core (this process);
quantulum3's `parser.parse` runs on the same texts. The cold start is the wall time of
`numcheck table seeds/gaza-hostages-2023-12-06.txt` in a new process (median of 5).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "gaza-hostages-2023-12-06.txt"


def texts() -> list[str]:
    articles = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").iterdir()) if p.is_file()]
    suites = [
        "\n\n".join(json.loads(line)["text"] for line in p.read_text(encoding="utf-8").splitlines() if line)
        for p in sorted((ROOT / "benchmarks" / "data").glob("*.jsonl"))
    ]
    return articles + suites


def throughput(function: Callable[[str], object], corpus: list[str], repeat: int = 3) -> float:
    """Characters per second, best of `repeat` passes over the corpus."""
    function(corpus[0])
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for text in corpus:
            function(text)
        best = min(best, time.perf_counter() - start)
    return sum(map(len, corpus)) / best


def cold_start(runs: int = 5) -> float:
    command = [sys.executable, "-m", "numcheck.cli", "table", str(SEED)]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    import numcheck

    corpus = texts()
    print(f"corpus: {len(corpus)} texts, {sum(map(len, corpus)):,} characters")
    ours = throughput(numcheck.extract, corpus)
    print(f"numcheck.extract:        {ours:>12,.0f} characters/s")
    try:
        from quantulum3 import parser
    except ImportError:
        print("quantulum3:              not installed (pip install '.[bench]'): no comparison")
    else:
        theirs = throughput(parser.parse, corpus, repeat=1)
        print(f"quantulum3 parser.parse: {theirs:>12,.0f} characters/s")
        print(f"numcheck / quantulum3:   {ours / theirs:>12.1f}x")
    print(f"cold start, numcheck table on the seed article: {cold_start():.3f} s (median of 5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
