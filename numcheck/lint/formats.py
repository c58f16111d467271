"""Writing the claims table as text, CSV, JSON or Markdown.

Job: turn claim rows (dicts with the columns of `claims.COLUMNS`) into the text of one
report. Formatters return strings; only the CLI writes them. JSON is a list of objects, one
per row, with infinite bounds and missing values as null. Rows are sorted by path and
position so that output is stable. Unless asked for columns, the text table shows the
`CORE_COLUMNS`, and each of the `EXTRA_COLUMNS` that has something to show and fits in 100
terminal columns; it narrows the widest column and cuts its cells with '…' to fit, unless
asked for every cell in full. Markdown shows every column unless asked for some.

Text and Markdown write control characters of paths and article text as escapes
(`printable`); CSV and JSON keep them, quoted or escaped by their own rules.

Limits: no I/O; no pandas (the command line stays fast to start).
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Callable, Sequence
from typing import Any

from numcheck.lint.terminal import DEFAULT_WIDTH, cut, pad, printable, width
from numcheck.read.claims import COLUMNS, LINK_COLUMNS

Row = dict[str, Any]
TABLE_FORMATS = ("text", "csv", "json", "markdown")


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


_TEXT_COLUMNS: dict[str, Callable[[Row], str]] = {
    "id": lambda r: str(r["id"]),
    "where": lambda r: f"{r['line']}:{r['column']}",
    "text": lambda r: r["text"].replace("\n", " "),
    "kind": lambda r: r["kind"],
    "value": lambda r: number(r["value"]) or r["date"],
    "strict": lambda r: interval(r["low"], r["high"], r["low_inclusive"], r["high_inclusive"]),
    "typical": lambda r: interval(r["typical_low"], r["typical_high"]),
    "unit": lambda r: r["unit"],
    "entity": lambda r: r["entity"],
    "event": lambda r: r["event"],
    "source": lambda r: r["source"],
    "scope": lambda r: r["scope"],
    "links": _links,
}
TEXT_COLUMNS = tuple(_TEXT_COLUMNS)  # the columns of the text and Markdown tables, in order
CORE_COLUMNS = ("id", "where", "text", "value", "strict", "typical", "entity", "event")
EXTRA_COLUMNS = ("links", "kind", "unit", "scope", "source")  # shown where they fit, in this order
_GAP = "  "  # between two columns of the text table


def _cells(rows: Sequence[Row], columns: Sequence[str]) -> list[list[str]]:
    return [[printable(_TEXT_COLUMNS[name](row)) for name in columns] for row in rows]


def _fit(natural: list[int], least: list[int], columns: int) -> list[int]:
    """Widths of at most `columns` in all, gaps included: the widest column is narrowed first,
    none below its least width."""
    widths = list(natural)
    excess = sum(widths) + len(_GAP) * (len(widths) - 1) - columns
    while excess > 0:
        widest = max(range(len(widths)), key=lambda i: (widths[i] > least[i], widths[i]))
        if widths[widest] <= least[widest]:
            break
        widths[widest] -= 1
        excess -= 1
    return widths


def _line(cells: Sequence[str], widths: Sequence[int]) -> str:
    return _GAP.join(pad(cut(c, w), w) for c, w in zip(cells, widths, strict=True)).rstrip()


def _chosen(rows: Sequence[Row], fit: int) -> list[str]:
    """The core columns, and each extra column that has a cell to show and fits beside them
    in full within `fit` terminal columns; in the order of `TEXT_COLUMNS`."""
    cells = dict(zip(TEXT_COLUMNS, zip(*_cells(rows, TEXT_COLUMNS), strict=True), strict=True))
    natural = {name: max(width(name), *(width(c) for c in cells[name])) for name in TEXT_COLUMNS}
    chosen = list(CORE_COLUMNS)
    for name in EXTRA_COLUMNS:
        wider = [*chosen, name]
        if any(cells[name]) and sum(natural[n] for n in wider) + len(_GAP) * (len(wider) - 1) <= fit:
            chosen = wider
    return [name for name in TEXT_COLUMNS if name in chosen]


def table_text(
    rows: Sequence[Row], columns: Sequence[str] | None = None, fit: int | None = DEFAULT_WIDTH
) -> str:
    """Aligned `columns` (by default `_chosen` for each file), one block per file headed by
    its path; with `fit`, the columns are narrowed (widest first, never below their header or
    8) and their cells cut with '…' so that a line takes at most `fit` terminal columns;
    without, every column and cell is shown in full."""
    out: list[str] = []
    by_path: dict[str, list[Row]] = {}
    for row in _sorted(rows):
        by_path.setdefault(row["path"], []).append(row)
    for path, file_rows in by_path.items():
        shown = columns or (_chosen(file_rows, fit) if fit is not None else TEXT_COLUMNS)
        cells = _cells(file_rows, shown)
        natural = [max(width(h), *(width(c[i]) for c in cells)) for i, h in enumerate(shown)]
        if fit is not None:
            least = [min(n, max(len(h), 8)) for n, h in zip(natural, shown, strict=True)]
            natural = _fit(natural, least, fit)
        out.append(f"{printable(path)}: {len(file_rows)} claims")
        out.append(_line(shown, natural))
        out.extend(_line(row_cells, natural) for row_cells in cells)
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


def table_markdown(rows: Sequence[Row], columns: Sequence[str] = TEXT_COLUMNS) -> str:
    headers = ["path", *columns]
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    ordered = _sorted(rows)
    for row, row_cells in zip(ordered, _cells(ordered, columns), strict=True):
        cells = [printable(row["path"]), *row_cells]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines) + "\n"


TABLE_WRITERS: dict[str, Callable[[Sequence[Row]], str]] = {
    "text": table_text,
    "csv": table_csv,
    "json": table_json,
    "markdown": table_markdown,
}
