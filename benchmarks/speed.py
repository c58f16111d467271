"""Extraction speed beside quantulum3's, the cold start of `numcheck check`, and memory.

    pip install '.[bench]'   # quantulum3, for the comparison
    python benchmarks/speed.py            # everything
    python benchmarks/speed.py start      # the cold start alone
    python benchmarks/speed.py memory     # the memory alone

Texts: the seed article (a published news story), the articles in seeds/ (one call per
article, numcheck's use; written for this project, with a figure every 50 characters or so)
and the sentences of the benchmark files in data/ (one call per sentence). Throughput is characters per second
after start-up and one warm-up call, on one core (this process): of `numcheck.extract` (the
claims table as a pandas DataFrame) and of the claims pipeline alone (what `numcheck table`
runs), beside quantulum3's `parser.parse` on the same texts. Two long documents show that
checking stays linear in the length of a text: the articles joined 20 times, and a run-on text
with no full stops.

The cold start is the wall time of `numcheck check seeds/gaza-hostages-2023-12-06.txt` in a new
process, best of five, beside `python -c "import pandas, pint"` (best of five, in the same run);
the goal is at most 0.2 s more. Memory: what a claim of the seed articles holds once read
(tracemalloc; goal: well under 1 KB), and the peak resident set of `numcheck check --jobs 1`
(one process), and per MB of input, on the articles of seeds/ joined into one article of 9.5 MiB
(goal: under 300 MB) and on a folder of their files repeated to 9.5 MiB (goal: under 200 MB).
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
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


def wall_time(command: list[str], env: dict[str, str] | None = None) -> float:
    """The wall time of `command` in a new process."""
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, cwd=ROOT, check=False, env=env)
    return time.perf_counter() - start


def cold_start(runs: int = 5) -> None:
    """Best of `runs` of each, taken in turn, so that a busy moment of the machine slows both.
    Both run as an installed package does: with Python's bytecode cache on (pip writes it at
    install; PYTHONDONTWRITEBYTECODE is taken out of the children's environment). numcheck's own
    cache (pint's base units, the rule grammar's tables) is a new, empty folder for the first run,
    which fills it, and is kept for the runs after it."""
    ours_command = [sys.executable, "-m", "numcheck.lint.cli", "check", str(SEED.relative_to(ROOT))]
    theirs_command = [sys.executable, "-c", "import pandas, pint"]
    with tempfile.TemporaryDirectory() as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["NUMCHECK_CACHE_DIR"] = cache
        wall_time(theirs_command, env)  # bytecode of pandas and pint, where it was not written yet
        for stale in (ROOT / "numcheck").rglob("__pycache__"):  # so that the first run compiles numcheck
            shutil.rmtree(stale, ignore_errors=True)
        first = wall_time(ours_command, env)
        ours, theirs = float("inf"), float("inf")
        for _ in range(runs):
            ours = min(ours, wall_time(ours_command, env))
            theirs = min(theirs, wall_time(theirs_command, env))
    print(f"cold start, numcheck check on the seed article: {ours:.3f} s (best of {runs})")
    print(f"  python -c 'import pandas, pint':               {theirs:.3f} s (best of {runs})")
    print(f"  difference {ours - theirs:+.3f} s (goal: at most +0.200 s)")
    print(f"  the first run after installing (no bytecode, an empty cache): {first:.3f} s")


MIB = 1 << 20
INPUT_BYTES = int(9.5 * MIB)


def peak_rss(command: list[str]) -> int:
    """The peak resident set of `command`'s process, in bytes."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    _, _, usage = os.wait4(process.pid, 0)
    process.returncode = 0  # reaped by wait4
    return usage.ru_maxrss * 1024


def _seed_files() -> list[Path]:
    return [p for p in sorted((ROOT / "seeds").iterdir()) if p.is_file()]


def _joined(article: Path) -> int:
    """The seed articles one after another, round after round, up to INPUT_BYTES: bytes written."""
    written = 0
    with article.open("wb") as out:
        for seed in itertools.cycle(_seed_files()):
            data = seed.read_bytes() + b"\n\n"
            if written + len(data) > INPUT_BYTES:
                return written
            out.write(data)
            written += len(data)
    return written


def _copies(folder: Path) -> int:
    """The seed files copied round after round (a folder each) up to INPUT_BYTES: bytes copied."""
    seeds, copied = _seed_files(), 0
    for i, seed in enumerate(itertools.cycle(seeds)):
        if copied + seed.stat().st_size > INPUT_BYTES:
            return copied
        (folder / str(i // len(seeds))).mkdir(parents=True, exist_ok=True)
        shutil.copy(seed, folder / str(i // len(seeds)) / seed.name)
        copied += seed.stat().st_size
    return copied


def claim_cost() -> None:
    """The memory the claims of the seed articles hold once read, per claim."""
    import tracemalloc

    from numcheck.read.claims import extract_claims
    from numcheck.read.lexicon import load_lexicon
    from numcheck.read.markup import build_document

    lexicon = load_lexicon()
    documents = [build_document(text) for text in articles()]
    for document in documents:  # patterns and caches built before measuring
        extract_claims(document, lexicon)
    tracemalloc.start()
    claims = [claim for document in documents for claim in extract_claims(document, lexicon)]
    held = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    print(f"memory, a claim of the seed articles: {held / len(claims):,.0f} bytes ({len(claims):,} claims)")


def memory() -> None:
    claim_cost()
    with tempfile.TemporaryDirectory() as folder:
        article, copies = Path(folder) / "joined.txt", Path(folder) / "copies"
        written, copied = _joined(article), _copies(copies)
        files = sum(1 for p in copies.rglob("*") if p.is_file())
        check = [sys.executable, "-m", "numcheck.lint.cli", "check", "--jobs", "1", "--no-progress"]
        for name, path, size, goal in (
            (f"one article of {written / MIB:.1f} MiB", article, written, 300),
            (f"a folder of {files:,} files, {copied / MIB:.1f} MiB", copies, copied, 200),
        ):
            peak = peak_rss([*check, str(path)]) / 1e6
            print(
                f"memory, numcheck check --jobs 1 on {name}: peak {peak:,.0f} MB, "
                f"{peak / (size / 1e6):.1f} MB per MB of input (goal: under {goal} MB)"
            )


def main() -> int:
    wanted = sys.argv[1:] or ["throughput", "start", "memory"]
    if "start" in wanted:
        cold_start()
    if "memory" in wanted:
        memory()
    if "throughput" in wanted:
        throughput_figures()
    return 0


def throughput_figures() -> None:
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


if __name__ == "__main__":
    sys.exit(main())
