"""The API's request: the fields a JSON body may carry, and reading one into a `Job`.

Job: `FIELDS` says what each field of `POST /api/check`, `/api/table` and `/api/view` takes
(the OpenAPI description is built from it, so the two cannot disagree); `job` reads a body's
bytes into a `Job` for a worker, with the rules to run chosen as `numcheck.check` chooses
them (`select`, `ignore`, `packs`, `preview`), over the server's configuration. Whatever is
wrong is a `FieldError` naming the field (`body` for the body as a whole) in a message that
never quotes the article.

Limits: pure (no I/O). Reading the article itself (decoding it, opening a Word file) is the
worker's (`serve.work`): its errors name the field `text` or `file` too.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from numcheck.engine.rulefiles import Rule
from numcheck.lint.config import SEVERITY_ORDER, Config, suggestion
from numcheck.read.markup import FORMATS, format_for

DEFAULT_PATH = "<text>"
KINDS = ("check", "table", "view")  # what a worker makes of a job


@dataclass(frozen=True)
class Field:
    """One field of the request body, as the OpenAPI description shows it."""

    name: str
    schema: dict[str, Any]  # its JSON Schema
    description: str


_CODES = {
    "oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}],
}
FIELDS = (
    Field("text", {"type": "string"}, "The article (give `text` or `file`)."),
    Field(
        "file",
        {"type": "string", "contentEncoding": "base64"},
        "The article's file, base64-encoded: UTF-8 or UTF-16 with a byte-order mark, or a Word "
        "file (.docx) read as `format` docx (give `text` or `file`).",
    ),
    Field(
        "format",
        {"type": "string", "enum": list(FORMATS)},
        "How to read the article (default: by the suffix of `path`, else text). With `text`, "
        "`docx` means a Word file's paragraphs, one a line, as `/api/view` returns them.",
    ),
    Field(
        "path",
        {"type": "string", "default": DEFAULT_PATH},
        "The name the findings are reported under, as `--stdin-filename`; its suffix sets the "
        "format when `format` is not given. Never opened.",
    ),
    Field(
        "date",
        {"type": "string", "format": "date"},
        "The article's date, YYYY-MM-DD, placing 'Tuesday', 'yesterday' and dates without a "
        "year (default: the date its markup declares, else its dateline's).",
    ),
    Field("select", _CODES, "Only these codes, code prefixes or rule names, as `--select`."),
    Field("ignore", _CODES, "Not these codes, code prefixes or rule names, as `--ignore`."),
    Field("packs", _CODES, "Only the rules of these packs, as `GET /api/rules` names them."),
    Field("preview", {"type": "boolean", "default": False}, "Run the checks in preview too."),
    Field(
        "min_severity",
        {"type": "string", "enum": list(SEVERITY_ORDER)},
        "The least severe finding shown, as `--min-severity`.",
    ),
)
_NAMES = tuple(f.name for f in FIELDS)


class FieldError(Exception):
    """A request that cannot be run: `field` is the one at fault, str() says what is wrong."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class Job:
    """What a worker is asked to do with one article."""

    kind: str  # one of KINDS
    path: str  # the name it is reported under
    fmt: str  # text, markdown, html or docx
    text: str | None  # the article, or None when it came as `file`
    data: bytes | None  # the article's file, when it came as `file`
    date: dt.date | None
    codes: tuple[str, ...]  # the codes of the rules to run
    min_severity: str | None  # None: the server's configuration's


def _string(body: dict[str, Any], name: str) -> str | None:
    value = body.get(name)
    if value is not None and not isinstance(value, str):
        raise FieldError(name, f"{name}: must be a string")
    return value


def _listed(body: dict[str, Any], name: str) -> tuple[str, ...] | None:
    """A list of strings, or one string listing them with commas; None when not given."""
    value = body.get(name)
    if value is None:
        return None
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise FieldError(name, f"{name}: must be a string or a list of strings")
    return tuple(v.strip() for v in value if v.strip())


def _choice(body: dict[str, Any], name: str, choices: Sequence[str]) -> str | None:
    value = _string(body, name)
    if value is not None and value not in choices:
        raise FieldError(
            name,
            f"{name}: '{value}' is not one of {', '.join(choices)}{suggestion(value, choices)}",
        )
    return value


def _date(body: dict[str, Any]) -> dt.date | None:
    value = _string(body, "date")
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise FieldError("date", f"date: '{value[:40]}' is not a date like 2023-12-06") from None


def _article(body: dict[str, Any]) -> tuple[str | None, bytes | None]:
    text, file = _string(body, "text"), _string(body, "file")
    if (text is None) == (file is None):
        raise FieldError("text", "text: give the article as `text` or as `file`, one of them")
    if text is not None:
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise FieldError("text", "text: not valid Unicode (a lone surrogate)") from None
        return text, None
    try:
        return None, base64.b64decode(file, validate=True)  # type: ignore[arg-type]
    except (binascii.Error, ValueError):
        raise FieldError("file", "file: not base64") from None


def chosen(rules: Sequence[Rule], config: Config, body: dict[str, Any]) -> tuple[str, ...]:
    """The codes of the rules the request runs: those `numcheck.check` would choose, with the
    server's configuration's `select`, `ignore` and `preview` where the request gives none."""
    from numcheck import _chosen  # the one choice of rules, shared with numcheck.check

    select = _listed(body, "select") or (*config.select, *config.extend_select)
    ignore = _listed(body, "ignore")
    preview = body.get("preview", False)
    if not isinstance(preview, bool):
        raise FieldError("preview", "preview: must be true or false")
    try:
        picked = _chosen(
            rules,
            select,
            config.ignore if ignore is None else ignore,
            _listed(body, "packs"),
            preview or config.preview,
        )
    except ValueError as exc:  # 'select: unknown rule selector ...': the field comes first
        field, _, _ = str(exc).partition(":")
        raise FieldError(field, str(exc)) from None
    return tuple(r.code for r in picked)


def job(kind: str, data: bytes, rules: Sequence[Rule], config: Config) -> Job:
    """The job a request body asks for, or a FieldError naming the field at fault."""
    try:
        body = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise FieldError("body", f"body: not JSON: {exc}") from None
    if not isinstance(body, dict):
        raise FieldError("body", "body: must be a JSON object")
    for name in body:
        if name not in _NAMES:
            hint = suggestion(name, _NAMES) or f" (known: {', '.join(_NAMES)})"
            raise FieldError(name[:40], f"{name[:40]}: unknown field{hint}")
    text, file = _article(body)
    path = _string(body, "path") or DEFAULT_PATH
    fmt = format_for(path, _choice(body, "format", FORMATS))
    return Job(
        kind,
        path,
        fmt,
        text,
        file,
        _date(body),
        chosen(rules, config, body),
        _choice(body, "min_severity", tuple(SEVERITY_ORDER)),
    )
