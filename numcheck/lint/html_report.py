"""The annotated article: one self-contained HTML page an editor can read and click.

Job: render, with Jinja2 templates (numcheck/lint/templates), each article's text (a Word
file's as its paragraphs) with every claim highlighted by kind and every claim in a finding
marked by severity; clicking, hovering or pressing Enter on a marked number shows its
findings (rule, message, arithmetic, the other claims, which are highlighted too, with links
to them); a side panel lists the findings in document order; a tab shows the claims table,
sortable by column; several articles get a contents list. It works without a mouse, prints
with the findings as footnotes, and makes no network request (styles and script are inline;
a Content Security Policy forbids loading anything).

Limits: pure (returns text). Every piece of article text goes through Jinja2's
autoescaping; the findings travel as JSON inside a script element of type
application/json, with `<`, `>` and `&` escaped, so article text never runs.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from numcheck.engine.findings import Finding
from numcheck.lint.formats import interval, number
from numcheck.read.claims import Claim

TABLE_COLUMNS = (
    "id",
    "text",
    "kind",
    "value",
    "strict",
    "typical",
    "unit",
    "entity",
    "event",
    "source",
    "scope",
    "line",
    "sentence",
)


@functools.lru_cache(maxsize=1)
def _environment():  # type: ignore[no-untyped-def]
    from jinja2 import Environment, PackageLoader, select_autoescape

    return Environment(
        loader=PackageLoader("numcheck.lint", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


@dataclass(frozen=True)
class Piece:
    text: str
    claim: Claim | None = None
    findings: tuple[str, ...] = ()  # keys of the findings this claim takes part in
    severity: str = ""  # the most severe of them
    note: str = ""  # footnote numbers, for print
    label: str = ""  # what a screen reader says


def _anchor(index: int) -> str:
    return f"a{index + 1}"


@dataclass(frozen=True)
class _Role:
    key: str  # the finding's key in the page
    code: str
    severity: str
    note: int  # the finding's footnote number


def _pieces(text: str, claims: Sequence[Claim], roles: Mapping[int, list[_Role]]) -> list[Piece]:
    pieces, position = [], 0
    for claim in sorted(claims, key=lambda c: (c.start, -c.end)):
        if claim.start < position:
            continue  # overlapping claims are not nested; the first one wins
        pieces.append(Piece(text[position : claim.start]))
        mine = roles.get(claim.id, [])
        severity = "error" if any(r.severity == "error" for r in mine) else ("warning" if mine else "")
        label = f"{claim.text}: {claim.kind}" + "".join(f", {r.severity} {r.code}" for r in mine)
        pieces.append(
            Piece(
                text[claim.start : claim.end],
                claim,
                tuple(r.key for r in mine),
                severity,
                ",".join(str(r.note) for r in mine),
                label,
            )
        )
        position = claim.end
    pieces.append(Piece(text[position:]))
    return pieces


def _by_paragraph(pieces: Sequence[Piece]) -> list[list[Piece]]:
    """The pieces of a text written one paragraph a line, cut at its line ends (no claim spans
    one) into paragraphs; empty paragraphs are left out."""
    paragraphs: list[list[Piece]] = [[]]
    for piece in pieces:
        if piece.claim:
            paragraphs[-1].append(piece)
            continue
        first, *rest = piece.text.split("\n")
        paragraphs[-1].append(Piece(first))
        paragraphs.extend([Piece(line)] for line in rest)
    return [p for p in paragraphs if any(piece.claim or piece.text.strip() for piece in p)]


def _sortable(value: float) -> str | None:
    return None if value is None or math.isnan(value) or math.isinf(value) else repr(float(value))


def _rows(claims: Sequence[Claim]) -> list[dict[str, Any]]:
    rows = []
    for c in sorted(claims, key=lambda c: c.start):
        sentence_start = c.sentence.find(c.text)
        cells = [
            {"text": str(c.id), "sort": str(c.id)},
            {"text": c.text, "sort": None},
            {"text": c.kind, "sort": None},
            {"text": number(c.value) or c.date, "sort": _sortable(c.value)},
            {"text": interval(c.low, c.high, c.low_inclusive, c.high_inclusive), "sort": _sortable(c.low)},
            {"text": interval(c.typical_low, c.typical_high), "sort": _sortable(c.typical_low)},
            {"text": c.unit, "sort": None},
            {"text": c.entity, "sort": None},
            {"text": c.event, "sort": None},
            {"text": c.source, "sort": None},
            {"text": c.scope, "sort": None},
            {"text": str(c.line), "sort": str(c.line)},
        ]
        if sentence_start >= 0:
            cells.append(
                {
                    "text": c.text,
                    "sort": None,
                    "sentence": True,
                    "before": c.sentence[:sentence_start],
                    "after": c.sentence[sentence_start + len(c.text) :],
                }
            )
        else:
            cells.append({"text": c.sentence, "sort": None})
        rows.append({"id": c.id, "cells": cells})
    return rows


def _safe_json(data: Any) -> Markup:
    text = json.dumps(data, ensure_ascii=False)
    return Markup(text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e"))


def render(
    findings: Sequence[Finding],
    claims: Mapping[str, Mapping[int, Claim]],
    texts: Mapping[str, str],
    summary: str,
    title: str = "numcheck report",
    paragraphs: Collection[str] = (),
) -> str:
    """The report page for the articles in `texts` (path -> text shown); the texts of the
    paths in `paragraphs` are one paragraph a line (Word files), shown as paragraphs."""
    documents, payload = [], {}
    for index, (path, text) in enumerate(texts.items()):
        anchor = _anchor(index)
        where = "paragraph" if path in paragraphs else "line"
        doc_claims = list(claims.get(path, {}).values())
        doc_findings = sorted(
            (f for f in findings if f.path == path), key=lambda f: (f.line, f.column, f.code)
        )
        roles: dict[int, list[_Role]] = {}
        listed = []
        for note, f in enumerate(doc_findings, 1):
            key = f"{anchor}-{f.code}-{note}"
            for claim_id in (*f.claims, *(i for place in f.also_at for i in place.claims)):
                roles.setdefault(claim_id, []).append(_Role(key, f.code, f.severity, note))
            by_id = claims[path]
            payload[key] = {
                "code": f.code,
                "name": f.name,
                "severity": f.severity,
                "message": f.message,
                "arithmetic": f.arithmetic,
                "doc": anchor,
                "where": where,
                "claims": [
                    {"id": i, "text": by_id[i].text, "line": by_id[i].line, "sentence": by_id[i].sentence}
                    for i in f.claims
                ],
            }
            listed.append(
                {
                    **{
                        k: getattr(f, k)
                        for k in (
                            "code",
                            "name",
                            "severity",
                            "message",
                            "arithmetic",
                            "line",
                            "column",
                            "claims",
                        )
                    },
                    "key": key,
                }
            )
        pieces = _pieces(text, doc_claims, roles)
        documents.append(
            {
                "anchor": anchor,
                "path": path,
                "where": where,
                "claims": doc_claims,
                "findings": listed,
                "errors": sum(f["severity"] == "error" for f in listed),
                "warnings": sum(f["severity"] == "warning" for f in listed),
                "pieces": pieces,
                "paragraphs": _by_paragraph(pieces) if path in paragraphs else None,
                "rows": _rows(doc_claims),
            }
        )
    template = _environment().get_template("report.html.j2")
    return template.render(
        title=title,
        summary=summary,
        documents=documents,
        columns=TABLE_COLUMNS,
        findings_json=_safe_json(payload),
    )


def render_table(claims: Mapping[str, Mapping[int, Claim]], title: str = "numcheck claims table") -> str:
    """The claims tables alone, each row's sentence with its claim highlighted."""
    documents = [
        {"anchor": _anchor(i), "path": path, "rows": _rows(list(by_id.values()))}
        for i, (path, by_id) in enumerate(claims.items())
    ]
    template = _environment().get_template("table.html.j2")
    return template.render(title=title, documents=documents, columns=TABLE_COLUMNS)
