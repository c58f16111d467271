"""The lint interface through the real command line: inputs, configuration, suppression,
output formats, rule docs and many files (issue: a pre-publication lint)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import ROOT, SEED, run_cli

BROKEN = ("holds 138 hostages", "holds 18 hostages")  # NC202, an error
WARNING = ("to more than 16,000 people", "to more than 600 people")  # NC103, a warning


@pytest.fixture
def article(tmp_path: Path, seed_text: str):
    """Write a copy of the seed (optionally with a change) into tmp_path."""

    def write(
        name: str = "article.txt", change: tuple[str, str] | None = None, folder: Path | None = None
    ) -> Path:
        text = seed_text.replace(*change) if change else seed_text
        path = (folder or tmp_path) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    return write


def codes(stdout: str) -> list[str]:
    return re.findall(r": (?:error|warning) (NC\d+) ", stdout)


def test_a_folder_is_searched_honouring_gitignore_and_exclude(tmp_path: Path, article):
    article("news/a.txt", BROKEN)
    article("news/b.md", BROKEN)
    article("news/drafts/c.txt", BROKEN)
    article("news/build/d.txt", BROKEN)
    article("news/notes.rst", BROKEN)
    (tmp_path / "news" / ".gitignore").write_text("build/\n")
    (tmp_path / "pyproject.toml").write_text('[tool.numcheck]\nexclude = ["news/drafts"]\n')
    result = run_cli("check", "--format", "concise", "news", cwd=tmp_path)
    assert result.returncode == 1
    assert re.findall(r"^(news/\S+?):", result.stdout, re.M) == ["news/a.txt", "news/b.md"]
    assert "in 2 of 2 files" in result.stdout


def test_exit_statuses_and_fail_on_warning(tmp_path: Path, article):
    clean, broken, warned = (
        article("clean.txt"),
        article("broken.txt", BROKEN),
        article("warned.txt", WARNING),
    )
    assert run_cli("check", str(clean)).returncode == 0
    assert run_cli("check", str(broken)).returncode == 1
    assert run_cli("check", str(warned)).returncode == 0
    assert run_cli("check", "--fail-on", "warning", str(warned)).returncode == 1
    assert run_cli("check", str(tmp_path / "missing.txt")).returncode == 2
    assert run_cli("check", "--format", "xml", str(clean)).returncode == 2


def test_select_ignore_and_extend_select_by_code_prefix_or_name(article):
    broken = str(article("broken.txt", BROKEN))
    assert codes(run_cli("check", broken).stdout) == ["NC202"]
    assert codes(run_cli("check", "--ignore", "NC202", broken).stdout) == ["NC102"]
    assert codes(run_cli("check", "--ignore", "NC2,parts-within-total", broken).stdout) == ["NC101"]
    assert codes(run_cli("check", "--select", "NC1", "--ignore", "NC102", broken).stdout) == ["NC101"]
    assert codes(
        run_cli(
            "check", "--select", "NC203", "--extend-select", "held-covers-women-and-children", broken
        ).stdout
    ) == ["NC202"]


def test_configuration_closest_file_wins_and_cli_flags_override(tmp_path: Path, article):
    (tmp_path / "pyproject.toml").write_text('[tool.numcheck]\nignore = ["NC2"]\nformat = "concise"\n')
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "numcheck.toml").write_text('ignore = ["NC1"]\n')
    top = article("top.txt", BROKEN)
    desk = article("desk/story.txt", BROKEN)
    assert codes(run_cli("check", str(top), cwd=tmp_path).stdout) == ["NC102"]
    assert codes(run_cli("check", str(desk), cwd=tmp_path).stdout) == ["NC202"]
    assert codes(run_cli("check", "--ignore", "NC102,NC202", str(top), cwd=tmp_path).stdout) == ["NC101"]
    assert "|" not in run_cli("check", str(top), cwd=tmp_path).stdout  # concise: no evidence lines


def test_per_file_ignores_min_severity_and_about_tolerance(tmp_path: Path, article):
    (tmp_path / ".numcheck.toml").write_text(
        'min-severity = "error"\nabout-tolerance = 0.3\n[per-file-ignores]\n"archive/*" = ["NC202"]\n'
    )
    assert codes(run_cli("check", str(article("archive/old.txt", BROKEN)), cwd=tmp_path).stdout) == ["NC102"]
    assert codes(run_cli("check", str(article("warned.txt", WARNING)), cwd=tmp_path).stdout) == []
    about = article("about.txt", ("the more than 240 people taken", "the about 200 people taken"))
    assert codes(run_cli("check", str(about), cwd=tmp_path).stdout) == []  # 200 +/- 30% allows 248
    assert codes(run_cli("check", "--about-tolerance", "0.1", str(about), cwd=tmp_path).stdout) == ["NC201"]


def test_numcheck_config_prints_each_value_and_its_source(tmp_path: Path):
    (tmp_path / "pyproject.toml").write_text('[tool.numcheck]\nselect = ["NC1"]\nfail-on = "warning"\n')
    result = run_cli("config", str(tmp_path))
    assert result.returncode == 0
    assert f'select = ["NC1"]  # {tmp_path / "pyproject.toml"}' in result.stdout
    assert 'fail-on = "warning"  #' in result.stdout
    assert "ignore = []  # default" in result.stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[tool.numcheck]\ncolour = "red"\n', ":2: unknown key 'colour'"),
        (
            '[tool.numcheck]\nselect = "NC1"\n',
            ":2: 'select' must be a list of codes, code prefixes, rule names or packs",
        ),
        ('[tool.numcheck]\nfail-on = "never"\n', ":2: 'fail-on' must be 'warning' or 'error'"),
        ("[tool.numcheck\n", ": invalid TOML"),
        ("[tool.numcheck]\nmax-bytes = 0\n", ":2: 'max-bytes' must be a whole number of bytes, at least 1"),
        ('[tool.numcheck]\nmax-bytes = "10MB"\n', ":2: 'max-bytes' must be a whole number of bytes"),
        pytest.param(
            "[tool.numcheck]\n\nignore = " + "[" * 500 + "]" * 500 + "\n",
            ":3: arrays or tables nested too deeply",
            id="arrays-nested-500-deep",
        ),
    ],
)
def test_a_bad_configuration_is_one_line_naming_the_file_and_key(tmp_path: Path, article, content, message):
    (tmp_path / "pyproject.toml").write_text(content)
    result = run_cli("check", str(article()), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().startswith(str(tmp_path / "pyproject.toml") + message), result.stderr


def test_suppression_comments_for_a_paragraph_and_a_region(tmp_path: Path, seed_text):
    changed = seed_text.replace(*BROKEN)
    marked = changed.replace(
        "The cease-fire came to end", "numcheck: ignore NC202 NC102 NC101\nThe cease-fire came to end"
    )
    path = tmp_path / "marked.txt"
    path.write_text(marked)
    assert codes(run_cli("check", str(path)).stdout) == []
    assert run_cli("check", str(path)).returncode == 0
    md = tmp_path / "region.md"
    md.write_text(
        changed.replace("During the seven-day", "<!-- numcheck: off -->\n\nDuring the seven-day").replace(
            "Qatar —", "<!-- numcheck: on -->\n\nQatar —"
        )
    )
    assert codes(run_cli("check", str(md)).stdout) == []


def test_unused_suppressions_are_reported_on_request(tmp_path: Path, seed_text):
    md = tmp_path / "unused.md"
    md.write_text(seed_text.replace("Qatar —", "<!-- numcheck: ignore NC201 -->\n\nQatar —"))
    assert codes(run_cli("check", str(md)).stdout) == []
    result = run_cli("check", "--report-unused-ignores", str(md))
    assert codes(result.stdout) == ["NC001"] and "silenced nothing" in result.stdout


def _markdown_copy(text: str) -> str:
    return (
        "---\ntitle: Gaza 2023\nissue: 42\n---\n\n# Israel presses on\n\n"
        + text
        + "\n\n```\nhostages = 999\n```\n\nSee [the full report](https://example.com/report-77-2023).\n"
    )


def _html_copy(text: str) -> str:
    import html

    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    body = "\n".join(
        f'<p class="c-{i}" data-count="{i * 7}">{html.escape(p, quote=False)}</p>'
        for i, p in enumerate(paragraphs)
    )
    return (
        "<!DOCTYPE html>\n<html><head><title>News</title><style>p { margin: 12px }</style></head>\n<body>\n"
        + body
        + '\n<pre>x = 555</pre>\n<a href="/2023/10/07/story-888">more</a>\n</body></html>\n'
    )


@pytest.mark.parametrize(("name", "convert"), [("seed.md", _markdown_copy), ("seed.html", _html_copy)])
def test_markdown_and_html_copies_give_the_same_findings_at_their_own_lines(
    tmp_path: Path, seed_text, name, convert
):
    changed = seed_text.replace(*BROKEN)
    plain = tmp_path / "seed.txt"
    plain.write_text(changed)
    other = tmp_path / name
    other.write_text(convert(changed))
    plain_findings = json.loads(run_cli("check", "--format", "json", str(plain)).stdout)["findings"]
    other_findings = json.loads(run_cli("check", "--format", "json", str(other)).stdout)["findings"]
    assert [f["code"] for f in other_findings] == [f["code"] for f in plain_findings] == ["NC202"]
    lines = other.read_text().split("\n")
    for claim in other_findings[0]["claims"]:
        assert lines[claim["line"] - 1][claim["column"] - 1 :].startswith(claim["text"])
    table = json.loads(run_cli("table", "--format", "json", str(other)).stdout)
    texts = [row["text"] for row in table]
    assert not {"999", "555", "888", "77", "42", "7"} & set(texts)
    assert len(table) == len(json.loads(run_cli("table", "--format", "json", str(plain)).stdout))


@pytest.mark.parametrize(("name", "convert"), [("seed.md", _markdown_copy), ("seed.html", _html_copy)])
def test_sarif_validates_against_the_official_schema_and_points_into_the_source(
    tmp_path: Path, seed_text, name, convert
):
    path = tmp_path / name
    path.write_text(convert(seed_text.replace(*BROKEN)))
    result = run_cli("check", "--format", "sarif", str(path))
    assert result.returncode == 1
    report = json.loads(result.stdout)
    schema = json.loads((ROOT / "tests" / "sarif-schema-2.1.0.json").read_text())
    jsonschema.Draft4Validator(schema).validate(report)
    (finding,) = report["runs"][0]["results"]
    region = finding["locations"][0]["physicalLocation"]["region"]
    line = path.read_text().split("\n")[region["startLine"] - 1]
    assert line[region["startColumn"] - 1 :].startswith("18")
    assert finding["ruleId"] == "NC202" and finding["level"] == "error"
    rules = report["runs"][0]["tool"]["driver"]["rules"]
    assert rules[finding["ruleIndex"]]["id"] == "NC202"


def test_github_annotations_and_statistics_and_output_file(tmp_path: Path, article):
    broken = article("broken.txt", BROKEN)
    result = run_cli("check", "--format", "github", str(broken))
    (line,) = result.stdout.splitlines()
    assert line.startswith(f"::error file={broken},line=39,col=129,endLine=39,endColumn=131,title=NC202 ")
    stats = run_cli(
        "check", "--format", "concise", "--statistics", str(broken), str(article("b2.txt", BROKEN))
    )
    assert stats.stdout.rstrip().endswith("2  NC202  held-covers-women-and-children")
    out = tmp_path / "report.json"
    written = run_cli("check", "--format", "json", "--output", str(out), str(broken))
    assert written.stdout == "" and json.loads(out.read_text())["findings"][0]["code"] == "NC202"


def test_text_output_has_no_colour_when_piped_and_colour_on_request():
    from numcheck.lint.report import Run, text

    result = run_cli("check", str(SEED))
    assert "\033[" not in result.stdout
    assert text(Run([], {}, [], 1, 0.1), colour=True) == "0 errors, 0 warnings in 1 file, 0.1 s\n"


def test_many_files_in_parallel_keep_a_stable_order_and_end_with_a_summary(tmp_path: Path, article):
    for i in range(12):
        article(f"batch/{i:02d}.txt", BROKEN if i % 3 == 0 else None)
    serial = run_cli("check", "--format", "concise", "--jobs", "1", "batch", cwd=tmp_path)
    parallel = run_cli("check", "--format", "concise", "--jobs", "2", "batch", cwd=tmp_path)
    assert serial.returncode == parallel.returncode == 1
    strip = re.compile(r", [\d.]+ s$", re.M)
    assert strip.sub("", serial.stdout) == strip.sub("", parallel.stdout)
    assert re.search(r"^4 errors, 0 warnings in 4 of 12 files, [\d.]+ s$", parallel.stdout, re.M)
    assert "it/s" not in parallel.stderr  # no progress bar when piped


def test_explain_by_code_or_name():
    by_code = run_cli("explain", "NC101")
    by_name = run_cli("explain", "part-within-whole")
    assert by_code.returncode == 0 and by_code.stdout == by_name.stdout
    assert "What it checks:" in by_code.stdout and "Invalid (each raises this rule):" in by_code.stdout
    assert run_cli("explain", "NC999").returncode == 2


def test_the_rule_pages_in_docs_are_in_sync_with_the_rules(tmp_path: Path):
    result = run_cli("explain", "--write-docs", str(tmp_path))
    assert result.returncode == 0
    generated = {p.name: p.read_text() for p in tmp_path.iterdir()}
    shipped = {p.name: p.read_text() for p in (ROOT / "docs" / "rules").iterdir()}
    assert generated == shipped, "run: numcheck explain --write-docs docs/rules"


def test_the_pre_commit_hook_runs_numcheck_check():
    import yaml

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "numcheck" and hook["entry"] == "numcheck check" and hook["language"] == "python"
