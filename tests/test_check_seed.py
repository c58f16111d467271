"""The seed article is consistent; each copy with one number changed reports exactly that relation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import numcheck
from tests.conftest import SEED, run_cli

MUTATIONS = [
    (
        "the more than 240 people taken",
        "the about 200 people taken",
        "NC201",
        "error",
        ["110", "about 200", "138"],
        "released + held = 110 + 138 = 248, but taken 'about 200' allows 180-220",
    ),
    (
        "holds 138 hostages",
        "holds 18 hostages",
        "NC202",
        "error",
        ["18", "20", "two"],
        "women_held + children_held = 20 + two = 22, but held '18' is 18",
    ),
    (
        "including 20 women",
        "including 200 women",
        "NC202",
        "error",
        ["138", "200", "two"],
        "women_held + children_held = 200 + two = 202, but held '138' is 138",
    ),
    (
        "to more than 16,000 people",
        "to more than 600 people",
        "NC103",
        "warning",
        ["some 1,000", "more than 600"],
        "the increment 'some 1,000' typically means 900-1,100, "
        "but the total 'more than 600' typically means 600-700",
    ),
]


def test_the_seed_article_is_consistent(seed_text):
    assert numcheck.check(seed_text) == []


def test_numcheck_check_on_the_seed_exits_0_with_only_the_summary():
    result = run_cli("check", str(SEED))
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.startswith("0 errors, 0 warnings in 1 file, ")


@pytest.mark.parametrize(
    ("old", "new", "code", "severity", "surfaces", "arithmetic"),
    MUTATIONS,
    ids=[m[2] + "-" + m[1] for m in MUTATIONS],
)
def test_one_changed_number_reports_exactly_the_broken_relation(
    seed_text, old, new, code, severity, surfaces, arithmetic
):
    text = seed_text.replace(old, new)
    assert text != seed_text
    (finding,) = numcheck.check(text)
    assert (finding.code, finding.severity, finding.arithmetic) == (code, severity, arithmetic)
    claims = numcheck.extract(text)
    involved = claims.set_index("id").loc[list(finding.claims), "text"].tolist()
    assert sorted(involved) == sorted(surfaces)


def test_the_cli_shows_each_claims_sentence_with_its_figures_underlined_and_the_arithmetic(
    tmp_path: Path, seed_text
):
    changed = tmp_path / "changed.txt"
    changed.write_text(seed_text.replace("the more than 240 people taken", "the about 200 people taken"))
    result = run_cli("check", str(changed))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{changed}:37:67: error NC201 hostages-taken-covers-released-and-held: ")
    assert lines[1:10] == [
        "   |",
        "37 | … the seven-day cease-fire that ended Dec. 1, Hamas returned 110 of the about 200 people "
        "taken.",
        "   |                                                              ^^^        ^^^^^^^^^",
        "...",
        "39 | Hamas still holds 138 hostages including 20 women and two children.",
        "   |                   ^^^",
        "   |",
        "   = released + held = 110 + 138 = 248, but taken 'about 200' allows 180-220",
        "",
    ]
    assert lines[-1].startswith("1 error, 0 warnings in 1 of 1 file, ")


def test_a_warning_alone_exits_0(tmp_path: Path, seed_text):
    changed = tmp_path / "changed.txt"
    changed.write_text(seed_text.replace("to more than 16,000 people", "to more than 600 people"))
    result = run_cli("check", str(changed))
    assert result.returncode == 0 and " warning NC103 " in result.stdout


def test_check_json_lists_findings_with_their_claim_rows(tmp_path: Path, seed_text):
    changed = tmp_path / "changed.txt"
    changed.write_text(seed_text.replace("holds 138 hostages", "holds 18 hostages"))
    result = run_cli("check", "--format", "json", str(changed))
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["schema_version"] == 2 and report["summary"]["errors"] == 1
    (finding,) = report["findings"]
    for field in (
        "path",
        "line",
        "column",
        "end_line",
        "end_column",
        "code",
        "name",
        "severity",
        "message",
        "arithmetic",
        "claims",
    ):
        assert field in finding
    assert [c["text"] for c in finding["claims"]] == ["18", "20", "two"]
    assert finding["claims"][0]["high"] == 18 and finding["claims"][0]["entity"] == "hostage"


def test_bad_input_beside_a_good_file_exits_2_and_still_checks_the_good_one(tmp_path: Path, seed_text):
    changed = tmp_path / "changed.txt"
    changed.write_text(seed_text.replace("holds 138 hostages", "holds 18 hostages"))
    result = run_cli("check", str(tmp_path / "missing.txt"), str(changed))
    assert result.returncode == 2
    assert "NC202" in result.stdout
    assert result.stderr.strip() == f"{tmp_path / 'missing.txt'}: no such file"


def test_a_duration_against_a_weekday_uses_the_date_option(tmp_path: Path):
    article = tmp_path / "truce.txt"
    article.write_text("The seven-day truce that began on Nov. 20 ended on Friday.")
    assert run_cli("check", str(article)).returncode == 0  # no date: Friday cannot be placed
    result = run_cli("check", "--date", "2023-12-06", str(article))
    assert result.returncode == 1 and " error NC108 " in result.stdout
    assert "Nov. 20 to Friday is 11 days" in result.stdout
    assert run_cli("check", "--date", "6 Dec", str(article)).returncode == 2
