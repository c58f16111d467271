"""Recall, false alarms and per-check precision of numcheck on labelled real copy.

    python benchmarks/realcopy.py [--show misses|alarms|all|none] [--json FILE] [--preview]

Scores two sets of cases separately: the shared set, ../shared/realcopy/cases.jsonl beside
the repository (skipped, with a line saying so, when it is absent), and the project's own
set, every benchmarks/realcopy/*.jsonl together. The case format and the judging are those
of ../shared/realcopy/score.py (its README.md describes them), re-implemented here so that
this script runs without that folder: an inconsistent case is CAUGHT when one of its
findings names, among its claims' texts or its message, a numeric token of one of the case's
`conflict` substrings; a consistent case with any finding is a FALSE ALARM. A finding is
RIGHT when it is on an inconsistent case and names such a token, or names the contradiction of
its pair's clean case where the published source contradicts itself and the copy keeps that
error (counted apart in the precision table). Each set's cases are
written to files of their own and checked in one `numcheck check --format json` run.

Prints, for each set, recall and the false-alarm rate overall, by relation and by domain,
and each check's precision; then the checks' precision over both sets, each pack's findings
on consistent cases (which must be none) and right ones, and one summary line per set
(`shared: recall ...`) to grep. Exit status 0 whatever the figures.

Limits: a line that is not a JSON case with an id, a text and a `consistent` label, or
that repeats an id, is skipped with a warning on stderr. A set whose numcheck run prints no
JSON stops the script with status 1. The judging credits any finding that names a number
of the broken relation, whatever it says about it.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "realcopy" / "cases.jsonl"
OWN = ROOT / "benchmarks" / "realcopy"
GOAL = "goal recall >= 0.85, false alarms <= 0.02"
SHOWN = {"none": (), "misses": ("missed",), "alarms": ("false alarm",), "all": ("missed", "false alarm")}

# The token regex and number words of ../shared/realcopy/score.py, unchanged.
NUM = re.compile(r"\d[\d,.]*\d|\d")
WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand million billion trillion half third quarter twice double triple"
).split()

Case = dict[str, Any]
Finding = dict[str, Any]


@dataclass(frozen=True)
class Outcome:
    """One case, its findings and the verdict on them."""

    case: Case
    findings: list[Finding]
    verdict: str  # caught, missed, false alarm or quiet


def warn(message: str) -> None:
    print(f"realcopy: {message}", file=sys.stderr)


def parse_case(line: str, where: str) -> Case | None:
    """The case on one line, or None (with a warning) when the line is not a usable case."""
    try:
        case = json.loads(line)
    except json.JSONDecodeError as exc:
        warn(f"{where}: skipped, not JSON ({exc.msg})")
        return None
    if not isinstance(case, dict) or not {"id", "text", "consistent"} <= case.keys():
        warn(f"{where}: skipped, not a case with an id, a text and a 'consistent' label")
        return None
    if Path(str(case["id"])).name != str(case["id"]):
        warn(f"{where}: skipped, the id {case['id']!r} cannot name a file")
        return None
    return case


def load(paths: Iterable[Path]) -> list[Case]:
    """The cases of the files, in order, each id once."""
    cases: dict[str, Case] = {}
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path.name}:{number}"
            case = parse_case(line, where) if line.strip() else None
            if case is not None and str(case["id"]) in cases:
                warn(f"{where}: skipped, the id {case['id']!r} was already read")
            elif case is not None:
                cases[str(case["id"])] = case
    return list(cases.values())


def tokens(surface: str) -> list[str]:
    """The numeric tokens of a surface: digit groups and number words."""
    s = surface.lower()
    return NUM.findall(s) + [w for w in WORDS if re.search(r"\b" + w + r"\b", s)]


def mentions(texts: list[str], surface: str) -> bool:
    joined = " | ".join(t.lower() for t in texts)
    return any(re.search(r"(?<![\d,.])" + re.escape(t) + r"(?!\d)", joined) for t in tokens(surface))


def texts_of(findings: list[Finding]) -> list[str]:
    """The claims' texts, then the messages, of the findings."""
    texts = [str(c.get("text", "")) for f in findings for c in f.get("claims") or []]
    return texts + [str(f.get("message", "")) for f in findings]


def names_conflict(case: Case, findings: list[Finding]) -> bool:
    """Whether the case is inconsistent and the findings name a token of its conflict."""
    texts = texts_of(findings)
    return not case["consistent"] and any(mentions(texts, s) for s in case.get("conflict") or [])


def judge(case: Case, findings: list[Finding]) -> str:
    if case["consistent"]:
        return "false alarm" if findings else "quiet"
    return "caught" if findings and names_conflict(case, findings) else "missed"


def numcheck_command() -> list[str]:
    """numcheck as this checkout has it (not a copy installed elsewhere): this interpreter runs the
    package of the repository the benchmark lives in, put first on the path by `run`."""
    return [sys.executable, "-m", "numcheck"]


def run(cases: list[Case], preview: bool) -> tuple[dict[str, list[Finding]], dict[str, str]]:
    """Each case's findings, from one numcheck run over files named by the cases' ids, and the
    line numcheck gave for each case it could not check (an internal error scores as no finding,
    so it is reported apart rather than hidden in the recall)."""
    found: dict[str, list[Finding]] = {str(case["id"]): [] for case in cases}
    with tempfile.TemporaryDirectory(prefix="realcopy-") as folder:
        paths = []
        for case in cases:
            path = Path(folder) / f"{case['id']}.txt"
            path.write_text(str(case["text"]) + "\n", encoding="utf-8")
            paths.append(str(path))
        flags = ["--preview"] if preview else []
        command = [*numcheck_command(), "check", "--format", "json", "--no-progress", *flags, *paths]
        paths_before = [str(ROOT), os.environ.get("PYTHONPATH", "")]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths_before if p)}
        proc = subprocess.run(command, capture_output=True, text=True, timeout=900, env=env, cwd=ROOT)
    try:
        report = json.loads(proc.stdout)
    except json.JSONDecodeError:
        sys.exit(f"numcheck printed no JSON (exit {proc.returncode}): {proc.stderr.strip()[-300:]}")
    for finding in report.get("findings", []):
        cid = Path(str(finding.get("path", ""))).name.removesuffix(".txt")
        if cid in found:
            found[cid].append(finding)
    failed = {
        Path(str(e.get("file", ""))).name.removesuffix(".txt"): str(e.get("message", ""))
        for e in report.get("input_errors", [])
        if e.get("level") == "error"
    }
    return found, failed


def ratio(part: int, whole: int) -> str:
    return f"{part}/{whole} = {part / whole:.2f}" if whole else "-"


def rates(outcomes: list[Outcome]) -> tuple[str, str]:
    """Recall and the false-alarm rate, as 'part/whole = share'."""
    count = collections.Counter(o.verdict for o in outcomes)
    recall = ratio(count["caught"], count["caught"] + count["missed"])
    alarms = ratio(count["false alarm"], count["false alarm"] + count["quiet"])
    return recall, alarms


def print_table(key: str, outcomes: list[Outcome]) -> None:
    """Recall and false alarms for each value of a case field."""
    groups: dict[str, list[Outcome]] = collections.defaultdict(list)
    for outcome in outcomes:
        groups[str(outcome.case.get(key) or "-")].append(outcome)
    width = max(len(key), *map(len, groups))
    print(f"\n  {key:<{width}}  {'recall':<16} false alarms")
    for name, group in sorted(groups.items()):
        recall, alarms = rates(group)
        print(f"  {name:<{width}}  {recall:<16} {alarms}")


def kept_source_error(case: Case, cases: list[Case]) -> Case | None:
    """The clean case of the same pair when the published source contradicts itself there and
    that contradiction's figures are all still in `case`'s text (a perturbed copy or a decoy
    keeps the source's own error): a finding on it is right, though not the case's labelled one."""
    for other in cases:
        if (
            other.get("pair") == case.get("pair")
            and other.get("genuine")
            and other is not case
            and all(s in str(case.get("text", "")) for s in other.get("conflict") or [])
        ):
            return other
    return None


def print_precision(outcomes: list[Outcome]) -> None:
    """Each check's findings, how many are right (naming the case's labelled conflict, or the
    source's own error kept in its text), and the share right."""
    cases = [o.case for o in outcomes]
    names: dict[str, str] = {}
    count: collections.Counter[str] = collections.Counter()
    right: collections.Counter[str] = collections.Counter()
    kept: collections.Counter[str] = collections.Counter()
    for outcome in outcomes:
        source = kept_source_error(outcome.case, cases)
        for finding in outcome.findings:
            code = str(finding.get("code", "?"))
            names.setdefault(code, str(finding.get("name", "")))
            count[code] += 1
            if names_conflict(outcome.case, [finding]):
                right[code] += 1
            elif source is not None and names_conflict(source, [finding]):
                right[code] += 1
                kept[code] += 1
    if not count:
        print("  no findings")
        return
    width = max(len(f"{code} {name}") for code, name in names.items())
    print(
        f"  {'check':<{width}}  {'findings':>8}  {'right':>5}  share right  (right on a source's own error)"
    )
    for code in sorted(count):
        share = right[code] / count[code]
        line = f"  {code + ' ' + names[code]:<{width}}  {count[code]:>8}  {right[code]:>5}  {share:.2f}"
        print(line + (f"         ({kept[code]})" if kept[code] else ""))


def print_cases(outcomes: list[Outcome], show: str) -> None:
    """The missed cases and the false alarms that --show asks for."""
    for outcome in outcomes:
        case = outcome.case
        if outcome.verdict not in SHOWN[show]:
            continue
        if outcome.verdict == "missed":
            why = str(case.get("explanation", ""))[:110]
        else:
            why = f"{outcome.findings[0].get('code')} {outcome.findings[0].get('message')}"
        print(f"  {outcome.verdict.upper():<12} {case['id']} ({case.get('relation')}): {why}")


def score(name: str, where: str, cases: list[Case], args: argparse.Namespace) -> list[Outcome]:
    """Check one set's cases and print its report."""
    found, failed = run(cases, args.preview)
    outcomes = [Outcome(c, found[str(c["id"])], judge(c, found[str(c["id"])])) for c in cases]
    sources = len({c.get("source_url") for c in cases if c.get("source_url")})
    recall, alarms = rates(outcomes)
    print(f"\n== {name} set ({where}): {len(cases)} cases, {sources} sources")
    print(f"  recall {recall}, false alarms {alarms}   ({GOAL})")
    if failed:
        print(f"  NUMCHECK COULD NOT CHECK {len(failed)} cases (scored as having no finding):")
        for cid, message in sorted(failed.items()):
            print(f"    {cid}: {message}")
    print_table("relation", outcomes)
    print_table("domain", outcomes)
    print("\n  precision by check")
    print_precision(outcomes)
    print_cases(outcomes, args.show)
    return outcomes


def packs_of_codes() -> dict[str, str]:
    """Each rule's code -> its pack (`builtin` for the built-in checks), as numcheck loads them."""
    from numcheck.engine.engine import load_rules

    return {rule.code: rule.pack for rule in load_rules().rules}


def print_packs(outcomes: list[Outcome], packs: dict[str, str]) -> None:
    """Each pack's findings: on consistent cases (false alarms, which must be none), and right
    ones on inconsistent cases."""
    alarms: collections.Counter[str] = collections.Counter()
    right: collections.Counter[str] = collections.Counter()
    for outcome in outcomes:
        for finding in outcome.findings:
            pack = packs.get(str(finding.get("code")), "?")
            if outcome.case["consistent"]:
                alarms[pack] += 1
            elif names_conflict(outcome.case, [finding]):
                right[pack] += 1
    print(f"  {'pack':<22}  {'findings on consistent cases':>28}  {'right findings':>14}")
    for pack in sorted(set(packs.values())):
        print(f"  {pack:<22}  {alarms[pack]:>28}  {right[pack]:>14}")


def sets() -> list[tuple[str, str, list[Case]]]:
    """The sets that have cases: name, where they come from, cases."""
    found = []
    if SHARED.is_file():
        found.append(("shared", str(SHARED), load([SHARED])))
    else:
        print(f"shared set skipped: {SHARED} does not exist")
    own = sorted(OWN.glob("*.jsonl"))
    cases = load(own)
    if cases:
        found.append(("own", f"{OWN.relative_to(ROOT)}/, {len(own)} files", cases))
    else:
        print(f"own set skipped: no cases in {OWN.relative_to(ROOT)}/")
    return found


def write_json(path: Path, scored: dict[str, list[Outcome]]) -> None:
    records = [
        {"set": name, "id": o.case["id"], "outcome": o.verdict, "findings": o.findings}
        for name, outcomes in scored.items()
        for o in outcomes
    ]
    path.write_text(json.dumps(records, indent=1) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", choices=list(SHOWN), default="none", help="list these cases")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write every case's outcome to FILE")
    parser.add_argument("--preview", action="store_true", help="pass --preview to numcheck")
    args = parser.parse_args()
    scored = {name: score(name, where, cases, args) for name, where, cases in sets()}
    print("\n== precision by check, all sets")
    every = [o for outcomes in scored.values() for o in outcomes]
    print_precision(every)
    print("\n== each pack's findings, all sets (on consistent cases: must be none)")
    print_packs(every, packs_of_codes())
    if args.json:
        write_json(args.json, scored)
    print()
    for name, outcomes in scored.items():
        recall, alarms = rates(outcomes)
        print(f"{name}: recall {recall}, false alarms {alarms}")
    print(GOAL)
    return 0


if __name__ == "__main__":
    sys.exit(main())
