"""`numcheck serve`'s HTTP API, on a real server on a free localhost port: the same findings and
claims as the command line, the rules loaded, the OpenAPI description, and a 422 that names
the field for every bad request."""

from __future__ import annotations

import base64
import json

import httpx
import pytest

from tests.conftest import run_cli
from tests.serving import served

CHANGED = ("more than 240 people taken", "about 200 people taken")
ARITHMETIC = "released + held = 110 + 138 = 248, but taken 'about 200' allows 180-220"
SLIPS = (
    "Rescuers said between 500 and 400 people were still missing after the landslide buried the road.\n\n"
    "Officials said 12 of the 10 miners trapped underground were rescued on Sunday.\n"
)


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    with served(log=log) as server, httpx.Client(base_url=server.url, timeout=60) as client:
        yield client


@pytest.fixture(scope="module")
def changed(seed_text: str) -> str:
    return seed_text.replace(*CHANGED)


def _cli_json(tmp_path, name: str, content: str | bytes, *args: str) -> dict:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    result = run_cli(*args, "--format", "json", name, cwd=tmp_path)
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)


def test_the_api_finds_what_the_command_line_finds_in_the_same_text(api, changed, tmp_path):
    answer = api.post("/api/check", json={"text": changed, "path": "changed.txt"})
    assert answer.status_code == 200
    report = answer.json()
    cli = _cli_json(tmp_path, "changed.txt", changed, "check")
    assert report["schema_version"] == cli["schema_version"] == 2
    assert report["findings"] == cli["findings"]
    assert [f["code"] for f in report["findings"]] == ["NC201"]
    assert report["summary"]["errors"] == 1 and report["input_errors"] == []


def test_a_word_file_sent_as_base64_is_read_as_the_command_line_reads_it(api, tmp_path):
    from docx import Document

    document = Document()
    document.add_paragraph("Flood toll rises")
    document.add_paragraph("Officials said 12 of the 10 miners trapped underground were rescued on Sunday.")
    document.save(tmp_path / "made.docx")
    data = (tmp_path / "made.docx").read_bytes()
    answer = api.post("/api/check", json={"file": base64.b64encode(data).decode(), "path": "story.docx"})
    assert answer.status_code == 200
    assert answer.json()["findings"] == _cli_json(tmp_path, "story.docx", data, "check")["findings"]


def test_a_markdown_article_is_read_as_markdown_by_its_format(api):
    text = "# Mine rescue\n\nOfficials said **12** of the 10 miners trapped underground were rescued.\n"
    report = api.post("/api/check", json={"text": text, "format": "markdown"}).json()
    assert [(f["code"], f["line"]) for f in report["findings"]] == [("NC101", 3)]
    assert report["findings"][0]["claims"][0]["text"] == "12"


def test_the_table_is_the_claims_rows_of_the_command_line(api, tmp_path):
    rows = api.post("/api/table", json={"text": SLIPS, "path": "slips.txt"}).json()
    assert rows == _cli_json(tmp_path, "slips.txt", SLIPS, "table")
    assert [row["text"] for row in rows][:2] == ["between 500 and 400", "12"]


def test_select_ignore_packs_and_severity_choose_the_findings_as_the_command_line_does(api, changed):
    def codes(**asked) -> list[str]:
        answer = api.post("/api/check", json={"text": SLIPS, **asked})
        assert answer.status_code == 200, answer.text
        return [f["code"] for f in answer.json()["findings"]]

    assert codes() == ["NC114", "NC101"]
    assert codes(select=["NC101"]) == ["NC101"]
    assert codes(ignore="NC1") == []
    assert codes(min_severity="error") == ["NC101"]
    seed = api.post("/api/check", json={"text": changed, "packs": ["builtin"]}).json()
    assert seed["findings"] == []  # NC201 is of the conflict pack


def test_the_rules_are_listed_with_their_packs(api):
    listed = api.get("/api/rules").json()
    assert {"builtin", "conflict"} <= set(listed["packs"])
    nc201 = next(r for r in listed["rules"] if r["code"] == "NC201")
    assert (nc201["name"], nc201["pack"], nc201["file"]) == (
        "hostages-taken-covers-released-and-held",
        "conflict",
        "conflict.yaml",
    )


def test_the_view_is_the_html_reports_article_with_the_finding_marked(api, changed):
    view = api.post("/api/view", json={"text": changed}).json()
    assert (view["errors"], view["warnings"]) == (1, 0)
    assert 'class="claim kind-count sev-error"' in view["article"]
    assert "NC201" in view["findings_list"]
    (explained,) = view["findings"].values()
    assert explained["arithmetic"] == ARITHMETIC
    assert "text" not in view  # sent as text: nothing to give back


def test_the_view_of_a_file_gives_back_the_text_it_read(api):
    text = "<p>Officials said 12 of the 10 miners trapped underground were rescued.</p>"
    asked = {"file": base64.b64encode(text.encode()).decode(), "format": "html"}
    view = api.post("/api/view", json=asked).json()
    assert view["text"] == text and view["errors"] == 1


@pytest.mark.parametrize(
    ("body", "field", "said"),
    [
        (b"{not json", "body", "body: not JSON"),
        (b"[1, 2]", "body", "body: must be a JSON object"),
        (b'{"txt": "Ten were hurt."}', "txt", "txt: unknown field (did you mean text?)"),
        (b'{"date": "2024-01-01"}', "text", "text: give the article as `text` or as `file`"),
        (b'{"text": "a", "file": "YQ=="}', "text", "text: give the article as `text` or as `file`"),
        (b'{"text": 12}', "text", "text: must be a string"),
        (b'{"text": "   "}', "text", "empty file: nothing to check"),
        (b'{"file": "not base64!"}', "file", "file: not base64"),
        (b'{"text": "Ten were hurt.", "date": "2024-02-30"}', "date", "is not a date like"),
        (b'{"text": "Ten were hurt.", "format": "docs"}', "format", "(did you mean docx?)"),
        (b'{"text": "Ten were hurt.", "select": ["NC1O2"]}', "select", "(did you mean NC102?)"),
        (b'{"text": "Ten were hurt.", "packs": "conflit"}', "packs", "(did you mean conflict?)"),
        (b'{"text": "Ten were hurt.", "preview": "yes"}', "preview", "preview: must be true or false"),
        (b'{"text": "Ten were hurt.", "min_severity": "info"}', "min_severity", "is not one of"),
    ],
)
def test_a_bad_request_is_a_422_naming_its_field(api, body, field, said):
    answer = api.post("/api/check", content=body, headers={"Content-Type": "application/json"})
    assert answer.status_code == 422
    error = answer.json()["error"]
    assert error["field"] == field and said in error["message"]


def test_a_body_that_is_not_json_is_refused_by_its_content_type(api):
    answer = api.post("/api/check", content=b"Ten were hurt.", headers={"Content-Type": "text/plain"})
    assert answer.status_code == 415
    assert answer.json()["error"]["field"] == "body"


def test_health_and_unknown_routes_answer_in_json(api):
    assert api.get("/healthz").json()["status"] == "ok"
    missing = api.get("/api/nothing")
    assert missing.status_code == 404 and missing.json()["error"]["message"] == "Not Found"


def test_nothing_is_cached_and_no_other_site_may_read_an_answer(api):
    answer = api.post("/api/check", json={"text": SLIPS}, headers={"Origin": "https://elsewhere.example"})
    assert answer.headers["cache-control"] == "no-store"
    assert "access-control-allow-origin" not in answer.headers
    preflight = api.options(
        "/api/check",
        headers={"Origin": "https://elsewhere.example", "Access-Control-Request-Method": "POST"},
    )
    assert "access-control-allow-origin" not in preflight.headers


def test_the_openapi_description_is_valid_and_lists_every_route(api):
    from openapi_spec_validator import validate

    described = api.get("/openapi.json").json()
    validate(described)
    assert set(described["paths"]) == {"/api/check", "/api/table", "/api/view", "/api/rules", "/healthz"}
    properties = described["components"]["schemas"]["Article"]["properties"]
    assert {"text", "file", "format", "date", "select", "ignore", "packs"} <= set(properties)
