"""A bounded load on `numcheck serve` over localhost: requests per second and latency.

    python benchmarks/serve.py [--requests N]

Starts the server (`numcheck serve`, its defaults: a worker per core, 5 MB bodies, 10 s a
check) on a free localhost port and posts a 600-word article (paragraphs of the seed article,
one figure changed, so there is a finding to report) to `POST /api/check` from
1, 8 and 32 concurrent clients, each sending its share of N requests (default 256 at each
level, at least 4 a client) one after another. Prints, for each level, the requests per
second, the median and 95th-percentile latency, and the errors (any answer but 200, or none);
the exit status is 1 when there was an error at any level. The clients run on the same
machine as the server, so they take some of its CPU.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEVELS = (1, 8, 32)
WORDS = 600


def article() -> str:
    """The seed article's paragraphs up to the one that says how many are still held, 600 words or
    just over, one figure changed so that it contradicts the others."""
    seed = (ROOT / "seeds" / "gaza-hostages-2023-12-06.txt").read_text(encoding="utf-8")
    paragraphs = seed.replace("more than 240 people taken", "about 200 people taken").split("\n\n")
    last = next(i for i, p in enumerate(paragraphs) if "still holds 138" in p)
    kept, words = [], 0
    for paragraph in reversed(paragraphs[: last + 1]):
        kept.insert(0, paragraph)
        words += len(paragraph.split())
        if words >= WORDS:
            break
    return "\n\n".join(kept) + "\n"


async def _level(url: str, text: str, clients: int, total: int) -> tuple[float, list[float], int]:
    """(wall seconds, each request's latency, errors) for `clients` clients sending `total` requests."""
    import httpx

    latencies: list[float] = []
    errors = 0

    async def client(count: int) -> None:
        nonlocal errors
        async with httpx.AsyncClient(base_url=url, timeout=60) as session:
            for _ in range(count):
                started = time.perf_counter()
                try:
                    answer = await session.post("/api/check", json={"text": text, "path": "story.txt"})
                    ok = answer.status_code == 200 and answer.json()["summary"]["errors"] == 1
                except httpx.HTTPError:
                    ok = False
                latencies.append(time.perf_counter() - started)
                errors += not ok

    each = max(4, total // clients)
    started = time.perf_counter()
    await asyncio.gather(*(client(each) for _ in range(clients)))
    return time.perf_counter() - started, latencies, errors


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=256, help="requests at each level (default 256)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from tests.serving import served

    text = article()
    failed = False
    with tempfile.TemporaryDirectory() as tmp, served(log=Path(tmp) / "serve.log") as server:
        asyncio.run(_level(server.url, text, 2, 8))  # every worker has checked an article once
        print(f"POST /api/check, a {len(text.split())}-word article ({len(text):,} characters)")
        print("| clients | requests | requests/s | median | p95 | errors |")
        print("|---|---|---|---|---|---|")
        for clients in LEVELS:
            seconds, latencies, errors = asyncio.run(_level(server.url, text, clients, args.requests))
            p95 = statistics.quantiles(latencies, n=20)[-1]
            print(
                f"| {clients} | {len(latencies)} | {len(latencies) / seconds:.1f} | "
                f"{statistics.median(latencies) * 1000:.0f} ms | {p95 * 1000:.0f} ms | {errors} |"
            )
            failed = failed or errors > 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
