"""Writing the claims table as text, CSV, JSON or Markdown.

Job: turn claim rows (dicts with the columns of `claims.COLUMNS`) into the text of one
report. Formatters return strings; only the CLI writes them. JSON is a list of objects, one
per row, with infinite bounds and missing values as null. Rows are sorted by path and
position so that output is stable.

Text and Markdown write control characters of paths and article text as escapes
(`printable`); CSV and JSON keep them, quoted or escaped by their own rules.

Limits: no I/O; no pandas (the command line stays fast to start).
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Callable, Sequence
from typing import Any

from numcheck.read.claims import COLUMNS, LINK_COLUMNS

Row = dict[str, Any]
TABLE_FORMATS = ("text", "csv", "json", "markdown")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def printable(value: str) -> str:
    """`value` with its control characters written out as escapes ('\\n', '\\x1b'), so that
    a file name or an article shown on a terminal can neither start a line of its own nor
    move the cursor or change colours."""
    return _CONTROL.sub(lambda match: repr(match.group())[1:-1], value)


def _sorted(rows: Sequence[Row]) -> list[Row]:
    return sorted(rows, key=lambda r: (r["path"], r["start"], r["end"], r["id"]))


def json_value(value: Any) -> Any:
    """A JSON-safe value: NaN and infinities become null."""
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    return value


def json_row(row: Row) -> Row:
    return {key: json_value(row[key]) for key in COLUMNS}


def number(value: Any) -> str:
    """A figure for people: 1200 -> '1,200', 0.5 -> '0.5', inf -> 'inf', NaN -> ''."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float) and math.isinf(value):
        return "inf" if value > 0 else "-inf"
    if float(value) == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.6g}" if abs(value) >= 1e-3 else f"{value:.6g}"


def interval(low: Any, high: Any, low_inclusive: bool = True, high_inclusive: bool = True) -> str:
    """'[1,080, 1,320]', '(240, inf)'."""
    if low is None or (isinstance(low, float) and math.isnan(low)):
        return ""
    left = "[" if low_inclusive and not (isinstance(low, float) and math.isinf(low)) else "("
    right = "]" if high_inclusive and not (isinstance(high, float) and math.isinf(high)) else ")"
    return f"{left}{number(low)}, {number(high)}{right}"


def _links(row: Row) -> str:
    parts = [f"{name}={row[name]}" for name in LINK_COLUMNS if row.get(name) is not None]
    if row.get("direction"):
        parts.append("rise" if row["direction"] > 0 else "fall")
    if row.get("completes"):
        parts.append("rest")
    if row.get("sums"):
        parts.append("sum")
    if row.get("per"):
        parts.append(f"per={row['per']}")
    return " ".join(parts)


_TEXT_COLUMNS: tuple[tuple[str, Callable[[Row], str]], ...] = (
    ("id", lambda r: str(r["id"])),
    ("where", lambda r: f"{r['line']}:{r['column']}"),
    ("text", lambda r: r["text"].replace("\n", " ")),
    ("kind", lambda r: r["kind"]),
    ("value", lambda r: number(r["value"]) or r["date"]),
    ("strict", lambda r: interval(r["low"], r["high"], r["low_inclusive"], r["high_inclusive"])),
    ("typical", lambda r: interval(r["typical_low"], r["typical_high"])),
    ("unit", lambda r: r["unit"]),
    ("entity", lambda r: r["entity"]),
    ("event", lambda r: r["event"]),
    ("source", lambda r: r["source"]),
    ("scope", lambda r: r["scope"]),
    ("links", _links),
)


def _cells(rows: Sequence[Row]) -> list[list[str]]:
    return [[printable(render(row)) for _, render in _TEXT_COLUMNS] for row in rows]


def table_text(rows: Sequence[Row]) -> str:
    """Aligned columns, one block per file, headed by its path."""
    out: list[str] = []
    by_path: dict[str, list[Row]] = {}
    for row in _sorted(rows):
        by_path.setdefault(row["path"], []).append(row)
    headers = [name for name, _ in _TEXT_COLUMNS]
    for path, file_rows in by_path.items():
        cells = _cells(file_rows)
        widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(headers)]
        out.append(f"{printable(path)}: {len(file_rows)} claims")
        out.append("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
        for row_cells in cells:
            out.append("  ".join(c.ljust(w) for c, w in zip(row_cells, widths, strict=True)).rstrip())
        out.append("")
    return "\n".join(out)


def table_csv(rows: Sequence[Row]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(COLUMNS), lineterminator="\n")
    writer.writeheader()
    for row in _sorted(rows):
        writer.writerow(
            {k: ("" if v is None or (isinstance(v, float) and math.isnan(v)) else v) for k, v in row.items()}
        )
    return buffer.getvalue()


def table_json(rows: Sequence[Row]) -> str:
    return json.dumps([json_row(row) for row in _sorted(rows)], indent=2, ensure_ascii=False) + "\n"


def table_markdown(rows: Sequence[Row]) -> str:
    headers = ["path", *(name for name, _ in _TEXT_COLUMNS)]
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    ordered = _sorted(rows)
    for row, row_cells in zip(ordered, _cells(ordered), strict=True):
        cells = [printable(row["path"]), *row_cells]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines) + "\n"


TABLE_WRITERS: dict[str, Callable[[Sequence[Row]], str]] = {
    "text": table_text,
    "csv": table_csv,
    "json": table_json,
    "markdown": table_markdown,
}
