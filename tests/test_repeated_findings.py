"""One finding per contradiction when an article repeats its figures: findings of one rule
that read the same between figures of the same values and subjects are reported once, at the
first place, with the other places as `also_at` (JSON), related locations (SARIF) and a note
(text) (issue 15, second problem)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from tests.conftest import ROOT, run_cli

REPEATED = """GAZA CITY, Dec. 6 (Reuters) - Hamas still holds 18 hostages, officials said on Wednesday.

Among those still held are 20 women and two children.

Talks resumed in Doha on Wednesday. Among those still held are 20 women and two children.
"""
# the breakdown given again with other figures: another contradiction, not the same one
OTHER_FIGURES = REPEATED.replace(
    "Doha on Wednesday. Among those still held are 20 women and two children.",
    "Doha on Wednesday. Among those still held are 15 women and five children.",
)


def _check(tmp_path: Path, text: str, *options: str):  # type: ignore[no-untyped-def]
    (tmp_path / "held.txt").write_text(text, encoding="utf-8")
    return run_cli("check", *options, "held.txt", cwd=tmp_path)


def test_a_breakdown_repeated_against_one_total_is_one_finding(tmp_path: Path):
    result = _check(tmp_path, REPEATED, "--format", "concise")
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "held.txt:1:49: error NC202 held-covers-women-and-children: 20 women and two children cannot be "
        "among 18 held (also at 5:64)",
        *result.stdout.splitlines()[1:],
    ]
    assert result.stdout.splitlines()[1].startswith("1 error, 0 warnings in 1 of 1 file")


def test_json_lists_the_other_places_as_also_at(tmp_path: Path):
    report = json.loads(_check(tmp_path, REPEATED, "--format", "json").stdout)
    (finding,) = report["findings"]
    assert [c["text"] for c in finding["claims"]] == ["18", "20", "two"]
    assert [c["line"] for c in finding["claims"]] == [1, 3, 3]
    (place,) = finding["also_at"]
    assert (place["line"], place["column"], place["end_line"], place["end_column"]) == (5, 64, 5, 80)
    assert len(place["claims"]) == 2
    assert report["summary"]["errors"] == 1


def test_sarif_gives_the_other_places_as_related_locations_and_validates(tmp_path: Path):
    report = json.loads(_check(tmp_path, REPEATED, "--format", "sarif").stdout)
    schema = json.loads((ROOT / "tests" / "sarif-schema-2.1.0.json").read_text())
    jsonschema.Draft4Validator(schema).validate(report)
    (result,) = report["runs"][0]["results"]
    related = result["relatedLocations"]
    assert [r["physicalLocation"]["region"]["startLine"] for r in related] == [1, 3, 3, 5]
    assert (
        related[-1]["message"]["text"]
        == "stated again: Among those still held are 20 women and two children."
    )
    assert len({r["id"] for r in related}) == len(related)


def test_github_annotations_and_statistics_count_it_once(tmp_path: Path):
    annotations = _check(tmp_path, REPEATED, "--format", "github").stdout.splitlines()
    assert len(annotations) == 1 and annotations[0].endswith("(also at 5:64)")
    stats = _check(tmp_path, REPEATED, "--format", "concise", "--statistics").stdout
    assert stats.rstrip().endswith("1  NC202  held-covers-women-and-children")


def test_the_same_breakdown_with_other_figures_is_another_finding(tmp_path: Path):
    findings = json.loads(_check(tmp_path, OTHER_FIGURES, "--format", "json").stdout)["findings"]
    assert {
        "20 women and two children cannot be among 18 held",
        "15 women and five children cannot be among 18 held",
    } <= {f["message"] for f in findings}
    assert all(f["also_at"] == [] for f in findings)


def test_the_html_report_lists_it_once_and_marks_the_repeated_figures(tmp_path: Path):
    _check(tmp_path, REPEATED, "--format", "html", "-o", "report.html")
    page = (tmp_path / "report.html").read_text()
    assert page.count('<li class="error">') == 1
    assert page.count('class="claim kind-count sev-error"') == 5  # 18, and 20 and two in each paragraph
