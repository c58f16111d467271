"""Time and memory on adversarial inputs, doubled again and again: is any of them super-linear?

    python benchmarks/robustness.py [DOUBLINGS]     # default 5: six sizes per family

Each family repeats one hostile pattern (digit runs, number-word runs, percent runs, long
sentences, deep markup, character-reference runs) until the text reaches a size, then
doubles it DOUBLINGS times. At every size it times what `numcheck check` does to one file
(the document, the claims table and every rule and built-in check; rule files loaded
beforehand), best of two runs below a second, on one core, and measures the peak of Python's
allocations during the same work with tracemalloc (a second run, since tracing slows it).
For each family it prints the time and peak at the smallest and largest size, the mean growth
factor per doubling of each (2.0 is linear) and the exponent over the whole range
(log2(largest / smallest) / doublings: 1 is linear, 2 quadratic). A family whose time or
memory exponent passes SUPER_LINEAR is marked; so is one that raised. About 5 minutes.
"""

from __future__ import annotations

import math
import os
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass

SUPER_LINEAR = 1.25  # an exponent above this is marked
BASE = 4_000  # characters at the smallest size


@dataclass(frozen=True)
class Family:
    name: str
    fmt: str  # the input format the text is read as
    unit: Callable[[int], str]  # the i-th repetition of the pattern
    wrap: Callable[[str], str] = lambda body: body  # around the repetitions (deep markup nests)


def _nested(open_: str, close: str, inner: str) -> Callable[[str], str]:
    """A text of `n` nested `open_` ... `close` levels around one sentence, `n` from its length."""

    def wrap(body: str) -> str:
        levels = len(body) // (len(open_) + len(close))
        return open_ * levels + inner + close * levels

    return wrap


SENTENCE = "Rescuers said 40 people were hurt."
FAMILIES = (
    Family("digit run, one number", "text", lambda i: "1234567890"),
    Family("digit groups, spaced", "text", lambda i: f"{i % 900 + 100} "),
    Family("digit groups, commas", "text", lambda i: f"{i % 900 + 100},"),
    Family("decimals and dots", "text", lambda i: f"{i % 90 + 10}."),
    Family("number words", "text", lambda i: "one hundred and twenty-three thousand "),
    Family("scale words", "text", lambda i: "million billion thousand hundred "),
    Family("percent run", "text", lambda i: f"{i % 97}% "),
    Family("percent words", "text", lambda i: f"up {i % 97} percent to {i % 89} per cent, "),
    Family("long sentence, figures", "text", lambda i: f"about {i} people fled {i * 2} homes, "),
    Family("long sentence, of chains", "text", lambda i: f"{i + 1} of the "),
    Family("long sentence, no spaces", "text", lambda i: f"x{i}y"),
    Family("many short sentences", "text", lambda i: f"Police said {i} were hurt. "),
    Family("markdown quotes, one line", "markdown", lambda i: "> ", _nested("> ", "", SENTENCE)),
    Family("markdown list markers", "markdown", lambda i: "- ", _nested("- ", "", SENTENCE)),
    Family("markdown links", "markdown", lambda i: "[](x)", _nested("[", "](x)", SENTENCE)),
    Family("markdown emphasis", "markdown", lambda i: "**", _nested("*", "*", SENTENCE)),
    Family("html divs", "html", lambda i: "<div></div>", _nested("<div>", "</div>", SENTENCE)),
    Family("html unclosed tags", "html", lambda i: f"<b>{i} "),
    Family("html references", "html", lambda i: f"&pound;{i % 90 + 10}m&nbsp;and "),
    Family("html reference digits", "html", lambda i: "1&#44;000&#44;"),
    Family("crlf lines", "text", lambda i: f"{i} people\r\n"),
)


def text_of(family: Family, size: int) -> str:
    pieces, length, i = [], 0, 0
    while length < size:
        piece = family.unit(i)
        pieces.append(piece)
        length += len(piece)
        i += 1
    return family.wrap("".join(pieces))


def main() -> int:
    doublings = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    sys.setrecursionlimit(1000)  # Python's default, whatever the caller set
    from numcheck.engine.engine import check, load_rules
    from numcheck.read.claims import extract_claims
    from numcheck.read.lexicon import load_lexicon
    from numcheck.read.markup import build_document

    lexicon, rules = load_lexicon(), load_rules()

    def run(text: str, fmt: str) -> int:
        claims = extract_claims(build_document(text, "<adversarial>", fmt), lexicon)
        check(claims, rules, lexicon.definitions, events=lexicon.events)
        return len(claims)

    run(SENTENCE, "text")  # warm-up: patterns compiled, pint loaded
    sizes = [BASE * 2**k for k in range(doublings + 1)]
    print(f"sizes: {', '.join(f'{s:,}' for s in sizes)} characters; marked: exponent > {SUPER_LINEAR}")
    header = f"{'family':<28}{'time, smallest -> largest':>28}{'x/doubling':>11}{'exp':>6}"
    print(header + f"{'peak memory, smallest -> largest':>34}{'x/doubling':>11}{'exp':>6}  claims")
    marked = []
    for family in FAMILIES:
        seconds, peaks, claims, failure = [], [], 0, ""
        for size in sizes:
            text = text_of(family, size)
            try:
                best = math.inf
                for _ in range(2):
                    started = time.perf_counter()
                    claims = run(text, family.fmt)
                    best = min(best, time.perf_counter() - started)
                    if best > 1:
                        break
                tracemalloc.start()
                run(text, family.fmt)
                peaks.append(tracemalloc.get_traced_memory()[1])
                tracemalloc.stop()
            except Exception as exc:  # a crash is a finding of this benchmark: name it, go on
                tracemalloc.stop()
                failure = f"{type(exc).__name__} at {size:,} characters"
                break
            seconds.append(best)
        if failure:
            print(f"{family.name:<28}FAILED: {failure}  <-- super-linear or broken")
            marked.append(family.name)
            continue
        time_exp = math.log2(seconds[-1] / seconds[0]) / doublings
        memory_exp = math.log2(peaks[-1] / peaks[0]) / doublings
        mark = "  <-- super-linear" if max(time_exp, memory_exp) > SUPER_LINEAR else ""
        if mark:
            marked.append(family.name)
        print(
            f"{family.name:<28}{f'{seconds[0]:.3f} s -> {seconds[-1]:.2f} s':>28}{2**time_exp:>11.2f}"
            f"{time_exp:>6.2f}{f'{peaks[0] / 1e6:.1f} MB -> {peaks[-1] / 1e6:.1f} MB':>34}"
            f"{2**memory_exp:>11.2f}{memory_exp:>6.2f}  {claims:,}{mark}"
        )
    print(f"super-linear: {', '.join(marked) if marked else 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
