"""Precision and speed of the checks on texts that are consistent.

    python benchmarks/findings.py

Runs every rule and built-in check over every sentence of the benchmark suites in data/
(each sentence alone) and over every article in seeds/. The articles do not contradict
themselves, nor do the suites' sentences but four (the README names them), so every other
finding is a false alarm: the goal is those four. Prints the findings raised (with each
one, so that it can be mended), and the time per article after start-up (the median of 20
runs: extraction plus checks; the goal for the seed article is under 20 ms).
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    from numcheck.engine.engine import check, load_rules
    from numcheck.read.claims import article_date, extract_claims
    from numcheck.read.lexicon import load_lexicon
    from numcheck.read.markup import build_document, format_for

    lexicon, rules = load_lexicon(), load_rules()

    def findings(text: str, path: str) -> list:
        document = build_document(text, path, format_for(path))
        reference = article_date(document)[1]
        claims = extract_claims(document, lexicon, reference)
        return check(claims, rules, lexicon.definitions, events=lexicon.events, reference=reference)

    raised = []
    sentences = 0
    for suite in sorted((ROOT / "benchmarks" / "data").glob("*.jsonl")):
        for line in suite.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                sentences += 1
                raised += findings(record["text"], f"{suite.name}:{record['id']}")
    articles = sorted(p for p in (ROOT / "seeds").iterdir() if p.is_file())
    for article in articles:
        raised += findings(article.read_text(encoding="utf-8"), str(article.relative_to(ROOT)))
    for f in raised:
        print(f"  {f.path}:{f.line}:{f.column}: {f.severity} {f.code} {f.message}")
    errors = sum(f.severity == "error" for f in raised)
    print(
        f"findings on {sentences} benchmark sentences and {len(articles)} articles: {len(raised)} "
        f"({errors} errors, {len(raised) - errors} warnings); goal: the 4 the README names"
    )
    for article in articles:
        text = article.read_text(encoding="utf-8")
        findings(text, article.name)
        times = []
        for _ in range(20):
            start = time.perf_counter()
            findings(text, article.name)
            times.append(time.perf_counter() - start)
        print(
            f"{article.name}: {statistics.median(times) * 1000:.1f} ms per check ({len(text):,} characters)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
