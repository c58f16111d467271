"""The OpenAPI 3.1 description of `numcheck serve`'s API, served at /openapi.json.

Job: describe every route, the request body (built from `fields.FIELDS`, the same table the
server reads bodies by), the answers and the errors, and the Bearer token when the server
has one. A test validates it against the OpenAPI specification.

Limits: pure; the shapes of the reports are described in outline and by reference to
docs/json-schema.md and the README, which document them field by field.
"""

from __future__ import annotations

from typing import Any

from numcheck import __version__
from numcheck.serve import fields

_ERROR = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["field", "message"],
            "properties": {
                "field": {
                    "type": ["string", "null"],
                    "description": "The field at fault (`body` for the body as a whole), or null.",
                },
                "message": {"type": "string", "description": "One line, starting with the field."},
            },
        }
    },
}
_REQUEST = {
    "type": "object",
    "additionalProperties": False,
    "properties": {f.name: {**f.schema, "description": f.description} for f in fields.FIELDS},
    "oneOf": [{"required": ["text"]}, {"required": ["file"]}],
}
_REPORT = {
    "type": "object",
    "description": "`numcheck check --format json` for this one article: schema_version 2, "
    "documented in docs/json-schema.md.",
    "required": ["schema_version", "tool", "summary", "findings", "input_errors"],
    "properties": {
        "schema_version": {"const": 2},
        "tool": {"type": "object"},
        "summary": {"type": "object"},
        "findings": {"type": "array", "items": {"type": "object"}},
        "input_errors": {"type": "array", "items": {"type": "object"}},
    },
}
_TABLE = {
    "type": "array",
    "description": "`numcheck table --format json`: one row per claim (README, 'The claims table').",
    "items": {"type": "object"},
}
_VIEW = {
    "type": "object",
    "description": "The HTML report's pieces for this article, as the page shows them.",
    "required": ["errors", "warnings", "claims", "article", "findings_list", "findings", "notes"],
    "properties": {
        "errors": {"type": "integer"},
        "warnings": {"type": "integer"},
        "claims": {"type": "integer"},
        "article": {"type": "string", "description": "HTML: the article with its claims marked."},
        "findings_list": {"type": "string", "description": "HTML: the list of findings."},
        "findings": {"type": "object", "description": "Each finding's explanation, by its key."},
        "notes": {"type": "array", "items": {"type": "string"}},
        "text": {"type": "string", "description": "The text read, when the article came as `file`."},
    },
}
_RULES = {
    "type": "object",
    "properties": {
        "rules": {"type": "array", "items": {"type": "object"}},
        "packs": {"type": "array", "items": {"type": "string"}},
    },
}


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _errors(*statuses: int) -> dict[str, Any]:
    said = {
        401: "No token, or the wrong one (a server started with --token-file).",
        413: "The body is larger than the server's limit (--max-body).",
        415: "The body is not JSON.",
        422: "A bad body or field: the error names it.",
        503: "The article took longer than the server's limit to check (--time-limit), or no "
        "worker was free within it.",
    }
    return {str(status): _json({"$ref": "#/components/schemas/Error"}, said[status]) for status in statuses}


def _post(summary: str, answer: dict[str, Any], secured: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "post": {
            "summary": summary,
            "security": secured,
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Article"}}},
            },
            "responses": {"200": _json(answer, "The answer."), **_errors(401, 413, 415, 422, 503)},
        }
    }


def document(settings: Any) -> dict[str, Any]:
    """The description, for a server started with `settings` (its token, its limits)."""
    secured: list[dict[str, Any]] = [{"bearer": []}] if settings.token else []
    components: dict[str, Any] = {"schemas": {"Article": _REQUEST, "Error": _ERROR}}
    if settings.token:
        components["securitySchemes"] = {"bearer": {"type": "http", "scheme": "bearer"}}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "numcheck",
            "version": __version__,
            "description": "Check the arithmetic of the numbers in a news article. Request bodies "
            f"up to {settings.max_body:,} bytes; an article is checked in at most "
            f"{settings.time_limit:g} s.",
        },
        "paths": {
            "/api/check": _post(
                "The findings of one article, as `numcheck check --format json`.", _REPORT, secured
            ),
            "/api/table": _post(
                "The claims table of one article, as `numcheck table --format json`.", _TABLE, secured
            ),
            "/api/view": _post(
                "The annotated article, as the page and the HTML report show it.", _VIEW, secured
            ),
            "/api/rules": {
                "get": {
                    "summary": "The rules loaded, with their packs.",
                    "security": secured,
                    "responses": {"200": _json(_RULES, "The rules."), **_errors(401)},
                }
            },
            "/healthz": {
                "get": {
                    "summary": "Whether a worker is ready.",
                    "responses": {
                        "200": _json({"type": "object"}, "Ready."),
                        "503": _json({"type": "object"}, "Still starting."),
                    },
                }
            },
        },
        "components": components,
    }
