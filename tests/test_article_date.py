"""The article's date, through the command line: `--date`, then the date the markup declares
(Markdown front matter `date:`; HTML `article:published_time`, `<time datetime>`, `<meta
name="date">`), then the dateline. It places weekdays, "yesterday" and dates without a year,
so the weekday and age checks work on Markdown and HTML as on plain text (issue 15)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli

STORY = "The county board met on Tuesday and approved the $4.2 million budget by a vote of 5-2."
OBITUARY = (
    "Ruth Alder, who founded the Millbrook food bank, died on Sunday at her home. She was 95.\n\n"
    "She was born on March 2, 1929, in Dayton, Ohio."
)


def dates(path: Path, *flags: str) -> dict[str, str]:
    """The claims table's date of each date claim of `path`, by its text."""
    result = run_cli("table", "--format", "json", *flags, str(path))
    assert result.returncode == 0, result.stderr
    return {row["text"]: row["date"] for row in json.loads(result.stdout) if row["kind"] == "date"}


def test_markdown_front_matter_date_places_a_weekday(tmp_path: Path):
    article = tmp_path / "board.md"
    article.write_text(f"---\ntitle: Budget passes\ndate: 2026-03-05\n---\n\n{STORY}\n")
    assert dates(article) == {"Tuesday": "2026-03-03"}


def test_toml_front_matter_and_a_time_after_the_date(tmp_path: Path):
    article = tmp_path / "board.md"
    article.write_text(f'+++\ntitle = "Budget passes"\ndate = 2026-03-05T18:40:00-05:00\n+++\n\n{STORY}\n')
    assert dates(article) == {"Tuesday": "2026-03-03"}


def test_without_a_declared_date_a_weekday_in_markdown_is_no_date(tmp_path: Path):
    article = tmp_path / "board.md"
    article.write_text(f"---\ntitle: Budget passes\n---\n\n{STORY}\n")
    assert dates(article) == {}


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="article:published_time" content="2026-03-05T09:00:00Z">',
        '<meta name="date" content="2026-03-05">',
        "",  # the <time> in the body
    ],
)
def test_html_declares_its_date_in_meta_or_time(tmp_path: Path, head: str):
    time = '<time datetime="2026-03-05">March 5</time>' if not head else ""
    article = tmp_path / "board.html"
    article.write_text(f"<html><head>{head}</head><body><p>{time}</p><p>{STORY}</p></body></html>")
    assert dates(article)["Tuesday"] == "2026-03-03"


def test_published_time_comes_before_time_and_the_date_meta(tmp_path: Path):
    article = tmp_path / "board.html"
    article.write_text(
        '<html><head><meta name="date" content="2026-01-20">'
        '<meta property="article:published_time" content="2026-03-05T09:00:00Z"></head>'
        f'<body><p>Updated <time datetime="2026-02-11">Feb. 11</time></p><p>{STORY}</p></body></html>'
    )
    assert dates(article)["Tuesday"] == "2026-03-03"


def test_the_date_given_comes_before_the_front_matter(tmp_path: Path):
    article = tmp_path / "board.md"
    article.write_text(f"---\ndate: 2026-03-05\n---\n\n{STORY}\n")
    assert dates(article, "--date", "2026-03-12") == {"Tuesday": "2026-03-10"}


def test_the_front_matter_comes_before_the_dateline(tmp_path: Path):
    article = tmp_path / "board.md"
    article.write_text(f"---\ndate: 2026-03-05\n---\n\nMILLBROOK, Ohio, Feb. 20, 2026 - {STORY}\n")
    assert dates(article)["Tuesday"] == "2026-03-03"


def test_a_front_matter_date_that_is_no_date_leaves_the_dateline(tmp_path: Path):
    article = tmp_path / "board.md"
    article.write_text(f"---\ndate: soon\n---\n\nMILLBROOK, Ohio, Feb. 20, 2026 - {STORY}\n")
    assert dates(article)["Tuesday"] == "2026-02-17"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("obituary.md", f"---\ndate: 2024-04-15\n---\n\n{OBITUARY}\n"),
        (
            "obituary.html",
            '<html><head><meta property="article:published_time" content="2024-04-15T08:00:00-04:00">'
            "</head><body>" + "".join(f"<p>{p}</p>" for p in OBITUARY.split("\n\n")) + "</body></html>",
        ),
    ],
)
def test_the_age_check_reads_the_death_by_the_declared_date(tmp_path: Path, name: str, text: str):
    """Died 'on Sunday' of an article dated Monday April 15, 2024: April 14, 2024, when one born
    on March 2, 1929 was 95, so the obituary is consistent; a slip to 96 is NC113."""
    article = tmp_path / name
    article.write_text(text)
    assert run_cli("check", str(article)).returncode == 0
    article.write_text(text.replace("She was 95.", "She was 96."))
    result = run_cli("check", "--format", "concise", str(article))
    assert result.returncode == 1
    assert " NC113 age-agrees-with-birth: 96 does not fit a birth on March 2, 1929" in result.stdout
