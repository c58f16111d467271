"""The ASGI application of `numcheck serve` (Starlette): the page, the API and their guards.

Job: route each request, and hold every limit the issue sets on what comes in and goes out.

    GET  /              the page: an editor whose article is checked as it is typed
    GET  /healthz       {"status": "ok", "workers": N} once a worker is ready (503 before)
    GET  /openapi.json  the API's OpenAPI description (`serve.openapi`)
    GET  /api/rules     the rules loaded, with their packs
    POST /api/check     the JSON report of `numcheck check --format json`, for one article
    POST /api/table     the claims rows of `numcheck table --format json`
    POST /api/view      the HTML report's pieces, as the page shows them

Guards: with a token, every /api/ call needs `Authorization: Bearer <token>` (401 otherwise);
a POST must be JSON (415) and at most `max_body` bytes (413, refused as soon as it passes the
limit, the rest unread); a bad body or field is a 422 naming the field; a job that runs past
the time limit, or finds no worker free within it, a 503 (`serve.pool` kills the worker). Any
other failure is a 500 with one line, never a traceback. CORS is off (no header at all)
unless origins are configured. Responses are never cached (`Cache-Control: no-store`).

Confidentiality: the article is held in memory for the length of its request and its job,
never written; the log has one line per request, with its method, its route (or `-` for
any other path), its status, the bytes in and out and the seconds taken: nothing submitted.

Limits: one process serving (uvicorn's), its CPU work all in the pool's worker processes.
"""

from __future__ import annotations

import contextlib
import functools
import hmac
import logging
import time
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from numcheck.engine.rulefiles import Rule
from numcheck.lint.config import Config
from numcheck.serve import fields, openapi, page, work
from numcheck.serve.pool import Busy, Failed, Pool, TooSlow

LOG = logging.getLogger("numcheck.serve")
PAGE_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'; "
    "img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
API_POLICY = "default-src 'none'; frame-ancestors 'none'"


@dataclass(frozen=True)
class Settings:
    """What `numcheck serve` was started with."""

    host: str = "127.0.0.1"
    port: int = 8765
    token: str | None = None  # with one, every /api/ call needs it as a Bearer token
    cors_origins: tuple[str, ...] = ()  # none: no CORS headers, so browsers keep other sites out
    max_body: int = 5_000_000  # bytes
    time_limit: float = 10.0  # seconds: for a job to find a worker, and again for it to finish
    workers: int = 1


class _TooLarge(Exception):
    """A request body over the limit."""


def _error(status: int, field: str | None, message: str, headers: dict[str, str] | None = None) -> Response:
    answer = work.problem(status, field, message)
    return Response(answer.body, status, headers, media_type="application/json")


async def _body(request: Request, limit: int) -> bytes:
    """The request's body, read up to `limit` bytes; _TooLarge as soon as it passes it."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _TooLarge
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _TooLarge
        chunks.append(chunk)
    return b"".join(chunks)


class _Server:
    """The endpoints, with what they share: the settings, the configuration, the rules, the pool."""

    def __init__(self, settings: Settings, config: Config, rules: Sequence[Rule], html: str) -> None:
        self.settings, self.config, self.rules, self.html = settings, config, rules, html
        warm_up = (replace(work.WARM_UP, codes=tuple(r.code for r in rules)),)
        self.pool = Pool(
            functools.partial(work.answer, config), settings.workers, settings.time_limit, warm_up
        )

    def refused(self, request: Request) -> Response | None:
        """401 when a token is needed and the request does not carry it."""
        if self.settings.token is None:
            return None
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() == "bearer" and hmac.compare_digest(
            given.strip().encode(), self.settings.token.encode()
        ):
            return None
        return _error(
            401,
            None,
            "this server needs its token: send the header 'Authorization: Bearer <token>'",
            {"WWW-Authenticate": 'Bearer realm="numcheck"'},
        )

    async def page_view(self, request: Request) -> Response:
        return HTMLResponse(self.html, headers={"Content-Security-Policy": PAGE_POLICY})

    async def health(self, request: Request) -> Response:
        ready = self.pool.ready
        return JSONResponse(
            {"status": "ok" if ready else "starting", "workers": ready}, 200 if ready else 503
        )

    async def description(self, request: Request) -> Response:
        return JSONResponse(openapi.document(self.settings))

    async def rules_list(self, request: Request) -> Response:
        return self.refused(request) or JSONResponse(rules_json(self.rules))

    async def job(self, request: Request) -> Response:
        refused = self.refused(request)
        if refused is not None:
            return refused
        media = request.headers.get("content-type", "").partition(";")[0].strip().lower()
        if media != "application/json":
            return _error(415, "body", "body: send JSON, with the header 'Content-Type: application/json'")
        try:
            body = await _body(request, self.settings.max_body)
        except _TooLarge:
            return _error(
                413,
                "body",
                f"body: larger than {self.settings.max_body:,} bytes, the limit of this server",
                {"Connection": "close"},
            )
        kind = request.url.path.rsplit("/", 1)[-1]
        try:
            job = fields.job(kind, body, self.rules, self.config)
        except fields.FieldError as exc:
            return _error(422, exc.field, str(exc))
        try:
            answer: work.Answer = await self.pool.run((job,))
        except Busy as exc:
            return _error(503, None, f"try again: {exc}", {"Retry-After": "1"})
        except TooSlow as exc:
            return _error(503, None, f"the article {exc} to check, the limit of this server")
        except Failed as exc:
            return _error(500, None, f"internal error, please report it: {exc}")
        return Response(answer.body, answer.status, media_type="application/json")

    @contextlib.asynccontextmanager
    async def lifespan(self, app: Starlette) -> AsyncIterator[None]:
        await self.pool.start()
        LOG.info(
            "numcheck serve: http://%s:%d/ (%d workers; requests up to %s bytes, %g s each; Ctrl-C stops it)",
            _shown_host(self.settings.host),
            self.settings.port,
            self.pool.ready,
            f"{self.settings.max_body:,}",
            self.settings.time_limit,
        )
        try:
            yield
        finally:
            self.pool.stop()


async def _http_error(request: Request, exc: Exception) -> Response:
    """Starlette's own refusals (no such route, a method not allowed) as JSON errors."""
    assert isinstance(exc, HTTPException)
    return _error(exc.status_code, None, str(exc.detail), exc.headers)


def _shown_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def rules_json(rules: Sequence[Rule]) -> dict[str, Any]:
    """The rules loaded and their packs, as `numcheck rules` lists them."""
    listed = [
        {
            "code": r.code,
            "name": r.name,
            "severity": r.severity,
            "pack": r.pack,
            "preview": r.preview,
            "file": "" if r.builtin else Path(r.path).name,
            "description": " ".join(r.description.split()),
        }
        for r in sorted(rules, key=lambda r: r.code)
    ]
    return {"rules": listed, "packs": sorted({r.pack for r in rules})}


ROUTES = ("/", "/healthz", "/openapi.json", "/api/rules", "/api/check", "/api/table", "/api/view")


class _Guard:
    """The outermost layer: a failure anywhere is a 500 with one line (never a traceback, in the
    response or the log); every response says not to cache it and not to sniff its type; and
    one log line per request gives its sizes and timing alone."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        counted = {"in": 0, "out": 0, "status": 500, "started": False}

        async def receiving() -> Message:
            message = await receive()
            counted["in"] += len(message.get("body", b""))
            return message

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                counted["status"], counted["started"] = message["status"], True
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"cache-control"]
                headers += [
                    (b"cache-control", b"no-store"),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                ]
                if not any(k.lower() == b"content-security-policy" for k, _ in headers):
                    headers.append((b"content-security-policy", API_POLICY.encode()))
                message = {**message, "headers": headers}
            elif message["type"] == "http.response.body":
                counted["out"] += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receiving, sending)
        except Exception:  # logged without its traceback, which may quote what was submitted
            if not counted["started"]:
                await _error(500, None, "internal error, please report it")(scope, receiving, sending)
        route = scope["path"] if scope["path"] in ROUTES else "-"
        LOG.info(
            "%s %s %d: %s bytes in, %s bytes out, %.3f s",
            scope["method"],
            route,
            counted["status"],
            f"{counted['in']:,}",
            f"{counted['out']:,}",
            time.perf_counter() - started,
        )


def create(settings: Settings, config: Config, rules: Sequence[Rule]) -> ASGIApp:
    """The application: routes, CORS when origins are given, and the guard around it all."""
    server = _Server(settings, config, rules, page.render(rules, settings.token is not None))
    app = Starlette(
        routes=[
            Route("/", server.page_view),
            Route("/healthz", server.health),
            Route("/openapi.json", server.description),
            Route("/api/rules", server.rules_list),
            *(Route(f"/api/{kind}", server.job, methods=["POST"]) for kind in fields.KINDS),
        ],
        lifespan=server.lifespan,
        exception_handlers={HTTPException: _http_error},
    )
    if settings.cors_origins:
        from starlette.middleware.cors import CORSMiddleware

        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
        )
    return _Guard(app)
