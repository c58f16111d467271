"""Extraction speed beside quantulum3's, and the cold start of `numcheck table`.

    pip install '.[bench]'   # quantulum3, for the comparison
    python benchmarks/speed.py

Texts: the seed article (a published news story), the articles in seeds/ (one call per
article, numcheck's use; written for this project, with a figure every 50 characters or so)
and the sentences of the benchmark files in data/ (one call per sentence). Throughput is characters per second
after start-up and one warm-up call, on one core (this process): of `numcheck.extract` (the
claims table as a pandas DataFrame) and of the claims pipeline alone (what `numcheck table`
runs), beside quantulum3's `parser.parse` on the same texts. The cold start is the wall time of
`numcheck table seeds/gaza-hostages-2023-12-06.txt` in a new process (median of 5). Two long
documents show that checking stays linear in the length of a text: the articles joined 20
times, and a run-on text with no full stops.
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


def articles() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").iterdir()) if p.is_file()]


def sentences() -> list[str]:
    return [
        json.loads(line)["text"]
        for p in sorted((ROOT / "benchmarks" / "data").glob("*.jsonl"))
        for line in p.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


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
    command = [sys.executable, "-m", "numcheck.lint.cli", "table", str(SEED)]
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
    from numcheck.read.claims import extract_claims
    from numcheck.read.lexicon import load_lexicon
    from numcheck.read.markup import build_document

    lexicon = load_lexicon()

    def claims(text: str) -> object:
        return extract_claims(build_document(text), lexicon)

    try:
        from quantulum3 import parser
    except ImportError:
        parser = None
        print("quantulum3 is not installed (pip install '.[bench]'): numcheck's figures only")
    for name, corpus in (
        ("the seed article (a published story, a figure every 160 characters)", [SEED.read_text("utf-8")]),
        ("articles in seeds/, one call each (written number-dense)", articles()),
        ("benchmark sentences, one call each", sentences()),
    ):
        print(f"{name}: {len(corpus)} texts, {sum(map(len, corpus)):,} characters")
        ours = throughput(numcheck.extract, corpus)
        pipeline = throughput(claims, corpus)
        print(f"  numcheck.extract (DataFrame):     {ours:>10,.0f} characters/s")
        print(f"  numcheck claims (as the CLI runs): {pipeline:>10,.0f} characters/s")
        if parser is not None:
            theirs = throughput(parser.parse, corpus, repeat=1)
            print(f"  quantulum3 parser.parse:           {theirs:>10,.0f} characters/s")
            print(f"  ratio: extract {ours / theirs:.1f}x, claims {pipeline / theirs:.1f}x")
    long_document = "\n\n".join(articles() * 20)
    run_on = ", ".join(f"about {i} people fled {i * 2} homes" for i in range(3000))
    for name, text in (
        ("the articles joined 20 times", long_document),
        ("a run-on text, no full stops", run_on),
    ):
        rate = throughput(lambda t: numcheck.check(t), [text], repeat=1)
        print(f"one long document, {name} ({len(text):,} characters): check at {rate:,.0f} characters/s")
    print(f"cold start, numcheck table on the seed article: {cold_start():.3f} s (median of 5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
