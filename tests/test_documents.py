"""Documents: encodings, line ends, Markdown and HTML (references, any depth), and sentences that
survive abbreviations."""

from __future__ import annotations

from pathlib import Path

import pytest

from numcheck.read.document import Document
from numcheck.read.lexicon import load_lexicon
from numcheck.read.markup import build_document
from numcheck.read.sentences import MAX_SENTENCE, split_sentences
from tests.conftest import claims_of, run_cli


def sentences(text: str, fmt: str = "text") -> list[str]:
    document: Document = build_document(text, "<test>", fmt)
    return [text[s.start : s.end] for s in split_sentences(document, load_lexicon().abbreviations)]


def test_a_bom_and_crlf_line_ends_keep_positions_in_the_original_file():
    text = "\ufeffUpdate.\r\nHamas freed 110 hostages.\r\n"
    (c,) = claims_of(text)
    assert (c.line, c.column, c.text) == (2, 13, "110")
    assert text[c.start : c.end] == "110"


def test_sentence_split_survives_dates_titles_and_abbreviations():
    text = (
        "The truce ended Dec. 1. Mr. Levy said the U.S. military sent No. 2 units. "
        "Dr. J. K. Rowling wrote 3.5 books. “It is over,” he said. Then 5 more came… Later, 7 left."
    )
    assert sentences(text) == [
        "The truce ended Dec. 1.",
        "Mr. Levy said the U.S. military sent No. 2 units.",
        "Dr. J. K. Rowling wrote 3.5 books.",
        "“It is over,” he said.",
        "Then 5 more came…",
        "Later, 7 left.",
    ]


def test_an_acronym_can_end_a_sentence():
    assert sentences("Troops returned to the U.S. The army said 40 were hurt.") == [
        "Troops returned to the U.S.",
        "The army said 40 were hurt.",
    ]


def test_a_run_on_text_without_full_stops_is_read_in_pieces_cut_at_commas():
    text = ", ".join(f"about {i} people fled {i * 2} homes" for i in range(400))  # one 13,000-character line
    pieces = sentences(text)
    assert len(pieces) > 1 and all(len(p) <= MAX_SENTENCE for p in pieces)
    assert all(p.endswith(",") for p in pieces[:-1])  # cut after a comma, never inside a figure
    assert len(claims_of(text)) == 800


def test_paragraphs_are_never_joined():
    assert sentences("A headline with 3 numbers\n\nThe body has 4 more.") == [
        "A headline with 3 numbers",
        "The body has 4 more.",
    ]


def test_markdown_code_links_and_front_matter_make_no_claims_but_positions_hold():
    text = (
        "---\ntitle: Report 2023\nyear: 1999\n---\n"
        "# 12 killed in [attack](https://example.com/2023/10/07/story-55)\n\n"
        "Police said `42` was a code and **17** people were hurt.\n\n"
        "```\nx = 99\n```\n\n"
        "1. The first item lists 8 wounded.\n"
    )
    claims = claims_of(text, "markdown")
    assert [c.text for c in claims] == ["12", "17", "first", "8"]
    lines = text.split("\n")
    for c in claims:
        assert lines[c.line - 1][c.column - 1 :].startswith(c.text)


def test_a_bare_url_makes_no_claim():
    assert claims_of("See https://example.org/2023/report-12.html for 40 pages.")[0].text == "40"


def test_html_entities_and_non_breaking_spaces_are_prose_in_place():
    text = "<p>Officials said 40&nbsp;people died &amp; 1,200&#160;were hurt &mdash; not&nbsp;12.</p>"
    claims = claims_of(text, "html")
    assert [c.text for c in claims] == ["40", "1,200", "12"]
    assert [(c.entity, c.event) for c in claims[:2]] == [("person", "dead"), ("person", "injured")]
    for c in claims:
        assert text[c.start : c.end] == c.text


def test_the_cells_of_a_markdown_table_row_are_never_joined_into_a_range():
    text = (
        "| Party | Seats | Change |\n|---|---|---|\n| Conservative | 121 | -244 |\n| Labour | 412 | 211 |\n"
    )
    assert [(c.text, c.value) for c in claims_of(text, "markdown")] == [
        ("121", 121),
        ("-244", -244),
        ("412", 412),
        ("211", 211),
    ]


@pytest.mark.parametrize(
    ("html", "written", "value", "unit"),
    [
        ("<p>The council spent &pound;5m on the bridge.</p>", "&pound;5m", 5_000_000, "GBP"),
        ("<p>Overnight it fell to &minus;5 degrees.</p>", "&minus;5 degrees", -5, "degree"),
        ("<p>Police said 1&#44;000 people marched.</p>", "1&#44;000", 1000, ""),
        ("<p>The convoy was stopped 5&nbsp;km from the border.</p>", "5&nbsp;km", 5, "kilometer"),
    ],
    ids=["pound", "minus", "comma", "nbsp"],
)
def test_html_character_references_are_read_decoded_and_rows_point_at_them_as_written(
    html: str, written: str, value: float, unit: str
):
    text = f"<h1>Update</h1>\r\n{html}\r\n"
    (c,) = claims_of(text, "html")
    assert (c.text, c.value, c.unit) == (written, value, unit)
    assert text[c.start : c.end] == written
    assert (c.line, c.column) == (2, html.index(written) + 1)
    assert (c.end_line, c.end_column) == (2, html.index(written) + len(written) + 1)


def test_markdown_references_are_decoded_but_not_after_a_backslash():
    text = "Ticket sales reached &pound;5m, against \\&pound;4m in the report.\n"
    assert [(c.text, c.unit) for c in claims_of(text, "markdown")] == [("&pound;5m", "GBP"), ("4m", "meter")]


def test_the_sentence_of_a_row_is_the_files_sentence_as_written():
    text = "<p>Rescuers pulled 12&nbsp;people from the rubble &mdash; 3 of them children.</p>"
    claims = claims_of(text, "html")
    assert [c.text for c in claims] == ["12", "3"]
    assert claims[0].sentence == "Rescuers pulled 12&nbsp;people from the rubble &mdash; 3 of them children."


def test_markdown_ten_list_levels_or_twenty_quote_levels_deep_keeps_its_claims():
    levels = "".join("  " * i + f"- Level {i}\n" for i in range(10))
    listed = levels + "  " * 10 + "- Rescuers saved 40 people.\n"
    quoted = "> " * 20 + "Rescuers saved 40 people.\n"
    for text in (listed, quoted):
        (c,) = [c for c in claims_of(text, "markdown") if c.text == "40"]
        assert text[c.start : c.end] == "40"


@pytest.mark.parametrize(
    ("fmt", "text"),
    [
        ("markdown", "> " * 5000 + "Rescuers saved 40 people.\n"),
        ("markdown", "- " * 5000 + "Rescuers saved 40 people.\n"),
        ("markdown", "".join("  " * i + "- item\n" for i in range(300)) + "  " * 300 + "- saved 40.\n"),
        ("markdown", "[" * 5000 + "Rescuers saved 40 people." + "](x)" * 5000 + "\n"),
        ("html", "<div>" * 5000 + "<p>Rescuers saved 40 people.</p>" + "</div>" * 5000),
    ],
    ids=["quotes", "list-markers", "indented-lists", "links", "divs"],
)
def test_markup_thousands_of_levels_deep_is_read_without_a_recursion_error(fmt: str, text: str):
    assert "40" in [c.text for c in claims_of(text, fmt)]


def test_a_reference_in_html_shifts_no_claim_after_it_and_no_suppression(tmp_path: Path):
    (tmp_path / "rally.html").write_bytes(
        b"<h1>Rally&nbsp;report</h1>\r\n"
        b"<!-- numcheck: ignore NC101 -->\r\n"
        b"<p>Police said 1&#44;200 of the 1&#44;000 marchers were hurt.</p>\r\n"
        b"<p>Organisers said 2&#44;400 of the 2&#44;000&nbsp;marchers were hurt.</p>\r\n"
    )
    result = run_cli("check", "--format", "concise", "rally.html", cwd=tmp_path)
    assert result.stdout.splitlines()[0] == (
        "rally.html:4:20: error NC101 part-within-whole: 2&#44;400 cannot be part of 2&#44;000"
    )
    assert result.stdout.splitlines()[1].startswith("1 error, 0 warnings")
