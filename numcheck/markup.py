"""From a file's text to its prose: what is running text, and where its blocks are.

Job: build a `Document` from text in a given format. Plain text: blocks are paragraphs
separated by blank lines. Markdown (parsed with markdown-it-py): only the inline content of
paragraphs, headings, list items, block quotes and table cells is prose; code blocks, inline
code, HTML, link targets, front matter and the markup characters themselves are blanked.
In every format, URLs and e-mail addresses are blanked, so their digits never make claims.

Limits: pure. Blanking replaces characters by spaces one for one, so offsets, lines and
columns stay those of the original file. HTML input is not handled yet.
"""

from __future__ import annotations

import regex as re

from numcheck.document import Document, line_starts
from numcheck.rx import rx

FORMATS = ("text", "markdown")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")

_URL = re.compile(r"\b(?:https?://|ftp://|www\.)[^\s<>\"“”]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_INVISIBLE = str.maketrans(
    {"\ufeff": " ", "\u200b": " ", "\u00ad": " "}
)  # BOM, zero-width space, soft hyphen
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")
_MD_INLINE_NOISE = re.compile(
    r"(?P<code>(`+)[^`\n].*?\2)"  # inline code
    r"|(?P<comment><!--.*?-->)"  # HTML comments
    r"|(?P<tag></?[A-Za-z][^>\n]*>)"  # inline HTML tags
    r"|(?P<target>\]\([^)\n]*\))"  # link and image targets
    r"|(?P<ref>^\s{0,3}\[[^\]\n]+\]:\s*\S+.*$)"  # link reference definitions
    r"|(?P<lead>^\s{0,3}(?:>\s?)*(?:#{1,6}\s|[-*+]\s(?:\[[ xX]\]\s)?|\d{1,9}[.)]\s)?)"  # block markers
    r"|(?P<marks>[*_~|\\]+|!?\[|\])",  # emphasis, table pipes, escapes, link brackets
    re.MULTILINE | re.DOTALL,
)


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] not in "\r\n":
            chars[i] = " "


def format_for(path: str, declared: str | None = None) -> str:
    if declared:
        return declared
    return "markdown" if path.lower().endswith(MARKDOWN_SUFFIXES) else "text"


def build_document(text: str, path: str = "<text>", fmt: str = "text") -> Document:
    """A Document for `text` read as `fmt` ('text' or 'markdown')."""
    starts = line_starts(text)
    if fmt == "markdown":
        prose, blocks = _markdown(text, starts)
    else:
        prose, blocks = text, _paragraphs(text, 0, len(text))
    if "://" in prose or "www." in prose or "@" in prose:
        chars = list(prose)
        for match in _URL.finditer(prose):
            _blank(chars, match.start(), match.end())
        prose = "".join(chars)
    return Document(path, text, prose.translate(_INVISIBLE), tuple(blocks), starts)


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    blocks = []
    position = start
    for match in _PARAGRAPH_BREAK.finditer(text, start, end):
        if text[position : match.start()].strip():
            blocks.append((position, match.start()))
        position = match.end()
    if text[position:end].strip():
        blocks.append((position, end))
    return blocks


def _front_matter_end(text: str) -> int:
    match = rx(r"(?s:\ufeff?(---|\+\+\+)[ \t]*\r?\n.*?\n\1[ \t]*(?:\r?\n|$))").match(text)
    return match.end() if match else 0


def _markdown(text: str, starts: tuple[int, ...]) -> tuple[str, list[tuple[int, int]]]:
    from markdown_it import MarkdownIt

    front = _front_matter_end(text)
    parse_text = "\n" * text.count("\n", 0, front) + text[front:]
    tokens = MarkdownIt("commonmark").enable("table").parse(parse_text)
    chars = [c if c in "\r\n" else " " for c in text]
    blocks: list[tuple[int, int]] = []
    for token in tokens:
        if token.type != "inline" or not token.map:
            continue
        first, last = token.map
        start = starts[first]
        end = starts[last] if last < len(starts) else len(text)
        if start < front:
            continue
        chars[start:end] = text[start:end]
        for match in _MD_INLINE_NOISE.finditer(text, start, end):
            _blank(chars, match.start(), match.end())
        if token.content.strip():
            blocks.append((start, end))
    blocks.sort()
    merged: list[tuple[int, int]] = []
    for block in blocks:  # table cells share their row's lines: one block per row
        if merged and block[0] < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(block[1], merged[-1][1]))
        else:
            merged.append(block)
    return "".join(chars), merged
