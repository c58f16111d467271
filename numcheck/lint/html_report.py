"""The annotated article: one self-contained HTML page an editor can read and click.

Job: render, with Jinja2 templates (numcheck/lint/templates), each article as a reader sees it
(`article_view`: Markdown rendered, HTML as its prose, a Word file as its paragraphs) with
every claim highlighted by kind and every claim in a finding marked by severity; clicking,
tapping, hovering or pressing Enter on a marked number shows its findings (rule, message,
arithmetic, the other claims, which are highlighted too, with links to them) beside the text,
or on a narrow screen just below the number's line; a side panel lists the findings; a tab
shows the claims table, sortable by column; several articles get a contents list, those with an
error first, then those with a warning, then the clean ones (alphabetical within each). It
works without a mouse, prints with the findings as footnotes, and makes no network request
(styles and script are inline; a Content Security Policy forbids loading anything).
`fragments` gives the same page's pieces (the articles, the list of findings, their
explanations) for a page that lays them out itself: the one `numcheck serve` updates as an
editor types. The page's parts are templates of their own (`report.css`, `article.html.j2`,
`panel.html.j2`, `findings_list.html.j2`, `report.js`), which that page includes too.

Limits: pure (returns text). Every piece of article text is escaped (Jinja2's autoescaping,
markupsafe or markdown-it-py); the findings travel as JSON inside a script element of type
application/json, with `<`, `>` and `&` escaped, so article text never runs.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from numcheck.engine.findings import Finding
from numcheck.lint import article_view
from numcheck.lint.article_view import Span, shown
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


@functools.lru_cache(maxsize=2)
def environment(*packages: str):  # type: ignore[no-untyped-def]
    """The templates of the reports (numcheck/lint/templates), after those of `packages` (a
    package's `templates` folder: the page of `numcheck serve`), autoescaped."""
    from jinja2 import ChoiceLoader, Environment, PackageLoader, select_autoescape

    return Environment(
        loader=ChoiceLoader([PackageLoader(p, "templates") for p in (*packages, "numcheck.lint")]),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _anchor(index: int) -> str:
    return f"a{index + 1}"


@dataclass(frozen=True)
class _Role:
    key: str  # the finding's key in the page
    code: str
    severity: str
    note: int  # the finding's footnote number


def _attributes(pairs: Sequence[tuple[str, str]]) -> Markup:
    return Markup("").join(Markup(' {}="{}"').format(Markup(name), value) for name, value in pairs)


def _spans(claims: Sequence[Claim], roles: Mapping[int, list[_Role]], anchor: str, fmt: str) -> list[Span]:
    """Each claim's mark: its kind, its most severe finding, what a screen reader says."""
    spans, position = [], 0
    for claim in sorted(claims, key=lambda c: (c.start, -c.end)):
        if claim.start < position:
            continue  # overlapping claims are not nested; the first one wins
        mine = roles.get(claim.id, [])
        severity = "error" if any(r.severity == "error" for r in mine) else ("warning" if mine else "")
        common = [
            ("class", f"claim kind-{claim.kind}" + (f" sev-{severity}" if severity else "")),
            ("data-doc", anchor),
            ("data-claim", str(claim.id)),
            ("data-findings", " ".join(r.key for r in mine)),
            *([("data-note", ",".join(str(r.note) for r in mine))] if mine else []),
        ]
        label = f"{shown(claim.text, fmt)}: {claim.kind}" + "".join(f", {r.severity} {r.code}" for r in mine)
        first = [("id", f"{anchor}-c{claim.id}"), *common, ("tabindex", "0"), ("role", "button")]
        spans.append(
            Span(
                claim.start,
                claim.end,
                Markup("<mark{}>").format(_attributes([*first, ("aria-label", label)])),
                Markup("<mark{}>").format(_attributes(common)),
            )
        )
        position = claim.end
    return spans


def _sortable(value: float) -> str | None:
    return None if value is None or math.isnan(value) or math.isinf(value) else repr(float(value))


def _rows(claims: Sequence[Claim], fmt: str) -> list[dict[str, Any]]:
    rows = []
    for c in sorted(claims, key=lambda c: c.start):
        surface, sentence = shown(c.text, fmt), shown(c.sentence, fmt)
        sentence_start = sentence.find(surface)
        cells = [
            {"text": str(c.id), "sort": str(c.id)},
            {"text": surface, "sort": None},
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
                    "text": surface,
                    "sort": None,
                    "sentence": True,
                    "before": sentence[:sentence_start],
                    "after": sentence[sentence_start + len(surface) :],
                }
            )
        else:
            cells.append({"text": sentence, "sort": None})
        rows.append({"id": c.id, "cells": cells})
    return rows


def _safe_json(data: Any) -> Markup:
    text = json.dumps(data, ensure_ascii=False)
    return Markup(text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e"))


def _first_to_read(findings: Sequence[Finding], paths: Sequence[str]) -> list[str]:
    """The paths, those with an error first, then those with a warning, then the clean ones;
    alphabetical within each."""
    worst: dict[str, int] = {}
    for f in findings:
        worst[f.path] = min(worst.get(f.path, 2), 0 if f.severity == "error" else 1)
    return sorted(paths, key=lambda path: (worst.get(path, 2), path.casefold(), path))


_LISTED = ("code", "name", "severity", "message", "arithmetic", "line", "column", "claims")


@dataclass(frozen=True)
class Fragments:
    """The pieces of the report's page for a set of articles, to be set into a page that has the
    report's styles and scripts (the page of `numcheck serve`)."""

    articles: str  # each article's <article> element: its text with the claims marked, its claims table
    findings_list: str  # the side panel's list of findings
    findings: Mapping[str, Any]  # the explanation of each finding, by its key in the page (JSON)
    errors: int
    warnings: int
    claims: int


def _documents(
    findings: Sequence[Finding],
    claims: Mapping[str, Mapping[int, Claim]],
    texts: Mapping[str, str],
    formats: Mapping[str, str],
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """What the templates show of each article, and the explanation of each finding by its key."""
    documents, payload = [], {}
    for index, path in enumerate(_first_to_read(findings, list(texts))):
        anchor, fmt = _anchor(index), formats.get(path, "text")
        where = "paragraph" if fmt == "docx" else "line"
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
                    {
                        "id": i,
                        "text": shown(by_id[i].text, fmt),
                        "line": by_id[i].line,
                        "sentence": shown(by_id[i].sentence, fmt),
                    }
                    for i in f.claims
                ],
            }
            listed.append({**{k: getattr(f, k) for k in _LISTED}, "key": key})
        documents.append(
            {
                "anchor": anchor,
                "path": path,
                "where": where,
                "claims": doc_claims,
                "findings": listed,
                "errors": sum(f["severity"] == "error" for f in listed),
                "warnings": sum(f["severity"] == "warning" for f in listed),
                "body": article_view.render(texts[path], fmt, _spans(doc_claims, roles, anchor, fmt)),
                "rows": _rows(doc_claims, fmt),
            }
        )
    return documents, payload


def render(
    findings: Sequence[Finding],
    claims: Mapping[str, Mapping[int, Claim]],
    texts: Mapping[str, str],
    summary: str,
    formats: Mapping[str, str] | None = None,
    title: str = "numcheck report",
) -> str:
    """The report page for the articles in `texts` (path -> the text the claims' offsets
    index), each read as its format in `formats` (default: plain text)."""
    documents, payload = _documents(findings, claims, texts, formats or {})
    return (
        environment()
        .get_template("report.html.j2")
        .render(
            title=title,
            summary=summary,
            documents=documents,
            columns=TABLE_COLUMNS,
            findings_json=_safe_json(payload),
        )
    )


def fragments(
    findings: Sequence[Finding],
    claims: Mapping[str, Mapping[int, Claim]],
    texts: Mapping[str, str],
    formats: Mapping[str, str] | None = None,
) -> Fragments:
    """The report's pieces for the articles in `texts`, as `render` lays them in its page."""
    documents, payload = _documents(findings, claims, texts, formats or {})
    article = environment().get_template("article.html.j2")
    return Fragments(
        "".join(article.render(doc=doc, columns=TABLE_COLUMNS) for doc in documents),
        environment().get_template("findings_list.html.j2").render(documents=documents),
        payload,
        sum(doc["errors"] for doc in documents),
        sum(doc["warnings"] for doc in documents),
        sum(len(doc["claims"]) for doc in documents),
    )


def render_table(
    claims: Mapping[str, Mapping[int, Claim]],
    formats: Mapping[str, str] | None = None,
    title: str = "numcheck claims table",
) -> str:
    """The claims tables alone, each row's sentence with its claim highlighted (each article
    read as its format in `formats`; default: plain text)."""
    formats = formats or {}
    documents = [
        {"anchor": _anchor(i), "path": path, "rows": _rows(list(by_id.values()), formats.get(path, "text"))}
        for i, (path, by_id) in enumerate(claims.items())
    ]
    template = environment().get_template("table.html.j2")
    return template.render(title=title, documents=documents, columns=TABLE_COLUMNS)
