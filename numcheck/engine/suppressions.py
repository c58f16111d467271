"""Suppression comments: silencing named rules for a paragraph or a region of an article.

Job: find the directives in a document and filter findings through them.

    <!-- numcheck: ignore NC201 NC202 -->   Markdown and HTML: the next paragraph
    numcheck: ignore NC201                  plain text, on a line of its own (also as
                                            "# numcheck: ..." or "[numcheck: ...]")
    <!-- numcheck: off --> ... <!-- numcheck: on -->   a region, every rule

`ignore` with no codes silences every rule. Codes match by code, code prefix or name, in any
case. A directive that silenced nothing is reported (with --report-unused-ignores) as NC001.

Limits: pure. A directive applies to the first paragraph that starts after it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex as re

from numcheck.engine.findings import Finding
from numcheck.engine.rulefiles import selects
from numcheck.read.document import Document
from numcheck.read.markup import DIRECTIVE_LINE

DIRECTIVE = re.compile(
    r"<!--\s*numcheck:\s*(?P<html>ignore(?:[\s,]+[\w-]+)*|off|on)\s*-->|" + DIRECTIVE_LINE.pattern,
    re.MULTILINE | re.IGNORECASE,
)
UNUSED = ("NC001", "unused-suppression")


@dataclass(frozen=True)
class Suppression:
    start: int  # offsets of the silenced stretch of the document
    end: int
    codes: tuple[str, ...]  # codes, prefixes or names; empty: every rule
    line: int  # where the directive is
    column: int
    end_line: int
    end_column: int
    region: bool  # off ... on, rather than ignore


def find(document: Document) -> list[Suppression]:
    found = []
    off_at: tuple[int, re.Match[str]] | None = None
    for match in DIRECTIVE.finditer(document.text):
        words = (match.group("html") or match.group("text")).split()
        verb = words[0].lower()
        line, column = document.position(match.start())
        end_line, end_column = document.position(match.end())
        if verb == "off":
            off_at = (match.end(), match)
        elif verb == "on" and off_at is not None:
            found.append(
                Suppression(
                    off_at[0],
                    match.start(),
                    (),
                    *document.position(off_at[1].start()),
                    *document.position(off_at[1].end()),
                    True,
                )
            )
            off_at = None
        elif verb == "ignore":
            codes = tuple(c for w in words[1:] for c in w.split(",") if c)
            spans = (document.in_file(s, e) for s, e in document.blocks)
            block = next(((s, e) for s, e in spans if s >= match.end()), None)
            if block:
                found.append(
                    Suppression(block[0], block[1], codes, line, column, end_line, end_column, False)
                )
    if off_at is not None:
        found.append(
            Suppression(
                off_at[0],
                len(document.text),
                (),
                *document.position(off_at[1].start()),
                *document.position(off_at[1].end()),
                True,
            )
        )
    return found


def _silences(suppression: Suppression, finding: Finding, start: int) -> bool:
    if not suppression.start <= start < suppression.end:
        return False
    return not suppression.codes or any(selects(c, finding.code, finding.name) for c in suppression.codes)


def apply(document: Document, findings: Sequence[Finding], report_unused: bool) -> list[Finding]:
    """The findings of `document` that no suppression silences, and, with `report_unused`, an
    NC001 warning for each `ignore` directive that silenced nothing."""
    suppressions = find(document)
    if not suppressions:
        return list(findings)
    kept, used = [], set()
    for finding in findings:
        start = document.line_starts[finding.line - 1] + finding.column - 1
        silencing = [i for i, s in enumerate(suppressions) if _silences(s, finding, start)]
        used.update(silencing)
        if not silencing:
            kept.append(finding)
    if report_unused:
        for i, s in enumerate(suppressions):
            if i not in used and not s.region:
                message = f"this suppression of {' '.join(s.codes) or 'every rule'} silenced nothing"
                kept.append(
                    Finding(
                        document.path,
                        s.line,
                        s.column,
                        s.end_line,
                        s.end_column,
                        *UNUSED,
                        "warning",
                        message,
                        "",
                        (),
                    )
                )
    return kept
