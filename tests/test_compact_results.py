"""What a run keeps of each file checked: the claims its findings name, not its claims table."""

from __future__ import annotations

from pathlib import Path

from numcheck.lint.runner import Flags, check_file

ARTICLE = (
    "Flooding damaged 120 homes in Ashford on Tuesday, including 140 in the old town.\n\n"
    "Rainfall reached 80 mm in 24 hours, the Met Office said, and 3,000 people lost power.\n"
)


def test_a_checked_file_keeps_only_the_claims_its_findings_name_and_their_sentences(tmp_path: Path):
    article = tmp_path / "flood.txt"
    article.write_text(ARTICLE)
    result = check_file(str(article), Flags())
    assert [f.code for f in result.findings] == ["NC101"]
    assert sorted(result.claims) == sorted(result.findings[0].claims)
    assert [result.text[start:end] for start, end in result.sentences.values()] == [
        "Flooding damaged 120 homes in Ashford on Tuesday, including 140 in the old town."
    ]


def test_a_clean_file_keeps_no_claims_and_no_text(tmp_path: Path):
    article = tmp_path / "rain.txt"
    article.write_text("Rainfall reached 80 mm in 24 hours, the Met Office said.\n")
    result = check_file(str(article), Flags())
    assert (result.findings, result.claims, result.text) == ((), {}, "")


def test_for_the_html_report_a_checked_file_keeps_every_claim_and_its_text(tmp_path: Path):
    article = tmp_path / "flood.txt"
    article.write_text(ARTICLE)
    result = check_file(str(article), Flags(every_claim=True))
    assert [c.text for c in result.claims.values()] == ["120", "140", "80 mm", "24 hours", "3,000"]
    assert result.text == ARTICLE
