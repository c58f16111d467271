"""Properties of every claims table, whatever the text: generated news-like text, Markdown and
HTML (hypothesis, derandomized so that every run tries the same examples) are read without an
exception, and every row points at what it says, with bounds in order, at the right line and
column for every line-end convention."""

from __future__ import annotations

import math

import regex as re
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from numcheck.read.claims import Claim, extract_claims
from numcheck.read.lexicon import load_lexicon
from numcheck.read.markup import build_document

BOUNDED = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
LINE_ENDS = ("\n", "\r\n", "\r")
NO_AMOUNT = ("identifier", "date", "time", "ordinal")

WORDS = (
    "more than|about|nearly|almost|at least|up to|some|between|and|from|to|of the|including|among them|"
    "million|billion|thousand|hundred|half|a third|three|twenty-five|dozens of|percent|per cent|%|km|miles|"
    "mph|degrees|C|years old|aged|times as many|people|hostages|were killed|were released|still held|"
    "rose|fell|bringing the total to|a total of|the rest|Oct. 7|Dec. 1|2023|Tuesday|yesterday|said|"
    "Police said|Hamas|the U.S.|Mr.|No.|$|£|€|m|bn|-|–|—|/|(|)|,|.|:|;|…|“|”|'|\u00a0|½|"
    "numcheck: ignore|https://example.org/2023/10/07/a-12"
).split("|")
HTML_BITS = (
    "<p>|</p>|<div>|</div>|<b>|</b>|<br>|<li>|<ul>|</ul>|<h1>|</h1>|<td>|<script>|</script>|"
    "<code>|</code>|<!-- note -->|<!-- numcheck: ignore -->|<![|<a href='x 12'>|</a>|&nbsp;|&pound;|"
    "&minus;|&#44;|&#x2212;|&amp;|&lt;|&#1;|&#10;|&shy;|&NotEqualTilde;|&pound|&unknown;|&#x110000;"
).split("|")
MARKDOWN_BITS = (
    "**|*|_|`|``|[|]|](http://x.org/5)|![|<b>|</b>|<!-- numcheck: ignore -->|\\|&pound;|&#44;|"
    "&minus;|&nbsp;|\\&pound;|&amp;|---|| "
).split("|")
MARKDOWN_LEADS = (
    "",
    "",
    "# ",
    "## ",
    "> ",
    "> > ",
    "- ",
    "  - ",
    "    - ",
    "1. ",
    "    ",
    "```",
    "| ",
    "---",
)


def _number(draw: st.DrawFn) -> str:
    value = draw(st.integers(min_value=0, max_value=10**12))
    style = draw(st.sampled_from(("plain", "commas", "decimal", "negative", "minus")))
    if style == "commas":
        return f"{value:,}"
    if style == "decimal":
        return f"{value / 100:.2f}"
    return {"plain": "", "negative": "-", "minus": "\u2212"}[style] + str(value)


@st.composite
def words(draw: st.DrawFn, bits: tuple[str, ...] = ()) -> str:
    """A stretch of news-like words, figures and, for markup, its bits."""
    pieces = []
    for _ in range(draw(st.integers(min_value=0, max_value=25))):
        kind = draw(st.integers(min_value=0, max_value=9))
        if kind < 3:
            pieces.append(_number(draw))
        elif kind < 8 or not bits:
            pieces.append(draw(st.sampled_from(WORDS)))
        else:
            pieces.append(draw(st.sampled_from(bits)))
        if kind == 9:
            pieces.append(draw(st.text(max_size=3)))
    return draw(st.sampled_from(("", " "))).join(pieces) if len(pieces) < 3 else " ".join(pieces)


@st.composite
def plain_texts(draw: st.DrawFn) -> str:
    return "\n".join(draw(st.lists(words(), max_size=6)))


@st.composite
def markdown_texts(draw: st.DrawFn) -> str:
    lines = draw(
        st.lists(st.tuples(st.sampled_from(MARKDOWN_LEADS), words(tuple(MARKDOWN_BITS))), max_size=8)
    )
    return "\n".join(lead + line for lead, line in lines)


@st.composite
def html_texts(draw: st.DrawFn) -> str:
    return "\n".join(draw(st.lists(words(tuple(HTML_BITS)), max_size=6)))


_LINE_END = re.compile(r"\r\n|\r|\n")


def _position(text: str, offset: int) -> tuple[int, int]:
    """(line, column) of `offset`, counted afresh: every line-end convention ends a line."""
    line_start, line = 0, 1
    for match in _LINE_END.finditer(text, 0, offset):
        if match.end() <= offset:
            line, line_start = line + 1, match.end()
    return line, offset - line_start + 1


def _rows(text: str, fmt: str) -> list[Claim]:
    """The claims of `text`, checked against the properties every row has."""
    claims = extract_claims(build_document(text, "<generated>", fmt), load_lexicon())
    for c in claims:
        assert 0 <= c.start < c.end <= len(text)
        assert _LINE_END.sub("\n", text[c.start : c.end]) == _LINE_END.sub("\n", c.text)
        assert (c.line, c.column) == _position(text, c.start)
        assert (c.end_line, c.end_column) == _position(text, c.end)
        bounds = (c.low, c.typical_low, c.typical_high, c.high)
        if all(math.isnan(b) for b in bounds):
            assert c.kind in NO_AMOUNT, c  # "Boeing 737", "Oct. 7": no bounds at all
            continue
        assert c.low <= c.typical_low <= c.typical_high <= c.high, c
        if not math.isnan(c.value):
            assert c.low <= c.value <= c.high, c
    return claims


def _same_rows_for_every_line_end(text: str, fmt: str) -> None:
    """Read with LF, CRLF and CR line ends, `text` gives the same claims at the same places."""
    found = [
        [(c.text.replace(end, "\n"), c.line, c.column, c.value) for c in _rows(text.replace("\n", end), fmt)]
        for end in LINE_ENDS
    ]
    assert found[1] == found[0]
    assert found[2] == found[0]


@BOUNDED
@given(plain_texts())
@example("The hotline is 0 100 100\n2023 callers")  # found: CRLF read as two characters, not one line end
@example("prices up a hundred\n-percent")  # found: a unit after a line break and a hyphen raised KeyError
def test_every_row_of_plain_text_points_at_what_it_says(text: str) -> None:
    _same_rows_for_every_line_end(text, "text")


@BOUNDED
@given(markdown_texts())
def test_every_row_of_markdown_points_at_what_it_says(text: str) -> None:
    _same_rows_for_every_line_end(text, "markdown")


@BOUNDED
@given(html_texts())
def test_every_row_of_html_points_at_what_it_says(text: str) -> None:
    _same_rows_for_every_line_end(text, "html")


@BOUNDED
@given(st.text(max_size=200), st.sampled_from(("text", "markdown", "html")))
def test_any_characters_at_all_are_read_without_an_exception(text: str, fmt: str) -> None:
    _rows(text, fmt)
