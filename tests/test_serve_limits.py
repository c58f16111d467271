"""`numcheck serve`'s guards, on a real server started with a token, a time limit of one second
and one origin allowed: the token on every API call, the body limit (413), the time limit
(503, and the worker replaced, never left hung), CORS for the origin configured alone, and
copy kept confidential (nothing submitted in the log or on disk)."""

from __future__ import annotations

import re
import time

import httpx
import pytest

from tests.conftest import run_cli
from tests.serving import served

TOKEN = "desk-7f3a9c-token"
ORIGIN = "https://cms.example.org"
MARKER = "Quillmarsh"  # a town no test or seed names: it must appear nowhere the server writes
ARTICLE = (
    f"Flooding in {MARKER} forced 340 residents from their homes on Friday, and the county said 12 of "
    "the 10 shelters it opened were full by nightfall.\n"
)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    place = tmp_path_factory.mktemp("serving")
    (place / "token").write_text(TOKEN + "\n")
    work = place / "work"
    work.mkdir()
    args = (
        "--token-file",
        str(place / "token"),
        "--time-limit",
        "1",
        "--cors-origin",
        ORIGIN,
        "--workers",
        "2",
    )
    with served(*args, log=place / "serve.log", cwd=work, env={"TMPDIR": str(work), "HOME": str(work)}) as up:
        yield up, work


@pytest.fixture(scope="module")
def api(server):
    with httpx.Client(
        base_url=server[0].url, timeout=60, headers={"Authorization": f"Bearer {TOKEN}"}
    ) as client:
        yield client


@pytest.mark.parametrize("header", [None, "Bearer wrong-token", f"Basic {TOKEN}"])
def test_every_api_call_needs_the_token(server, header):
    headers = {"Authorization": header} if header else {}
    for method, path in (("GET", "/api/rules"), ("POST", "/api/check"), ("POST", "/api/view")):
        answer = httpx.request(method, server[0].url + path, json={"text": ARTICLE}, headers=headers)
        assert answer.status_code == 401
        assert answer.headers["www-authenticate"].startswith("Bearer")
        assert "Authorization: Bearer" in answer.json()["error"]["message"]


def test_with_the_token_the_api_answers_and_the_page_and_health_need_none(server, api):
    assert api.post("/api/check", json={"text": ARTICLE}).json()["summary"]["errors"] == 1
    page = httpx.get(server[0].url + "/")
    assert page.status_code == 200 and 'id="token"' in page.text
    assert httpx.get(server[0].url + "/healthz").status_code == 200


def test_a_body_over_the_limit_is_refused_unread(api):
    over = b'{"text": "' + b"a" * 5_000_000 + b'"}'
    answer = api.post("/api/check", content=over, headers={"Content-Type": "application/json"})
    assert answer.status_code == 413
    assert answer.json()["error"] == {
        "field": "body",
        "message": "body: larger than 5,000,000 bytes, the limit of this server",
    }


def test_a_body_over_the_limit_without_a_length_is_refused_as_it_passes_it(api):
    def chunks():
        yield b'{"text": "'
        for _ in range(60):
            yield b"a" * 100_000
        yield b'"}'

    answer = api.post("/api/check", content=chunks(), headers={"Content-Type": "application/json"})
    assert answer.status_code == 413


def test_an_article_over_the_time_limit_is_a_503_and_its_worker_is_replaced(api, seed_text):
    long = seed_text * (2_000_000 // len(seed_text))
    answer = api.post("/api/check", json={"text": long})
    assert answer.status_code == 503
    assert answer.json()["error"]["message"] == (
        "the article took longer than 1 s to check, the limit of this server"
    )
    deadline = time.monotonic() + 60
    while api.get("/healthz").json()["workers"] < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert api.get("/healthz").json()["workers"] == 2
    assert api.post("/api/check", json={"text": ARTICLE}).status_code == 200


def test_cors_lets_the_configured_origin_alone_read_the_answers(api):
    allowed = api.post("/api/check", json={"text": ARTICLE}, headers={"Origin": ORIGIN})
    assert allowed.headers["access-control-allow-origin"] == ORIGIN
    other = api.post("/api/check", json={"text": ARTICLE}, headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in other.headers
    preflight = api.options(
        "/api/check",
        headers={
            "Origin": ORIGIN,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization, content-type",
        },
    )
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == ORIGIN


def test_nothing_submitted_reaches_the_log_or_the_disk(server, api):
    for path in ("/api/check", "/api/table", "/api/view"):
        assert api.post(path, json={"text": ARTICLE, "path": f"{MARKER}.txt"}).status_code == 200
    assert api.post("/api/check", json={"text": ARTICLE, "date": f"{MARKER}"}).status_code == 422
    served_, work = server
    log = served_.log.read_text()
    assert MARKER not in log and "shelters" not in log
    request_line = re.compile(
        r"^\S+ \S+ (GET|POST|OPTIONS) \S+ \d{3}: [\d,]+ bytes in, [\d,]+ bytes out, [\d.]+ s$"
    )
    lines = log.splitlines()
    assert lines[0].endswith("Ctrl-C stops it)")
    assert all(request_line.match(line) for line in lines[1:]), lines
    for written in work.rglob("*"):
        if written.is_file():
            assert MARKER.encode() not in written.read_bytes(), written


@pytest.mark.parametrize(
    ("flag", "said"),
    [
        ("--token-file", "cannot read the token file: No such file or directory"),
        ("--rules", "no such rule file or folder"),
    ],
)
def test_a_file_the_server_cannot_start_with_is_one_line_naming_it(tmp_path, flag, said):
    missing = tmp_path / "missing"
    result = run_cli("serve", flag, str(missing))
    assert result.returncode == 2
    assert result.stderr == f"{missing}: {said}\n"
