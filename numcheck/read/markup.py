"""From a file's text to its prose: what is running text, and where its blocks are.

Job: build a `Document` from text in a given format. Plain text: blocks are paragraphs
separated by blank lines. Markdown (parsed with markdown-it-py): only the inline content of
paragraphs, headings, list items, block quotes and table cells is prose; code blocks, inline
code, HTML, link targets, front matter and the markup characters themselves are blanked.
A Word file comes as its paragraphs, one a line (`word`): each line with text is a block.
In every format, URLs and e-mail addresses are blanked, so their digits never make claims.

Limits: pure. Blanking replaces characters by spaces one for one, so offsets, lines and
columns stay those of the original file; so does reading a lone CR (an old Mac line end) as
LF. HTML (parsed with the standard library's html.parser, which reports the position of
every tag): only text nodes are prose, never tags, attributes, comments, scripts, styles or
code. Last, the prose reads each CRLF as LF, so that every line-end convention reads alike,
and in HTML and Markdown decodes character references (`&pound;`, `&#44;`, `&#x2212;`; with
their semicolon, as CommonMark requires; not after a Markdown backslash; a decoded space,
control or invisible character is read as a space): the prose is then shorter than the file,
and the Document's `offsets` map it back. Markdown nested deeper than MAX_NESTING
containers (where markdown-it stops, so that its recursion stays far from Python's limit) is
read line by line, its container markers blanked; code is not told apart there.

The article's date, where the markup declares one, is the document's `date`: Markdown front
matter's `date:` (YAML, or `date =` in TOML), HTML's `<meta property="article:published_time">`,
else its first `<time datetime>`, else `<meta name="date">`; each an ISO 8601 date, a time
after it ignored ("2026-03-03T09:30:00-05:00" is March 3). A value that is no such date is
passed over.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
from array import array
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from numcheck.read import lazy_regex as re
from numcheck.read.document import Document, Offsets, line_starts
from numcheck.read.rx import rx

if TYPE_CHECKING:
    from markdown_it.token import Token

FORMATS = ("text", "markdown", "html", "docx")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
DOCX_SUFFIXES = (".docx",)

_URL = re.compile(r"\b(?:https?://|ftp://|www\.)[^\s<>\"“”]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
# A suppression directive in plain text: "numcheck: ignore NC201" on a line of its own.
DIRECTIVE_LINE = re.compile(
    r"^[ \t]*(?:#|//|\[)?[ \t]*numcheck:[ \t]*(?P<text>ignore(?:[ \t,]+[\w-]+)*|off|on)[ \t]*\]?[ \t]*\r?$",
    re.MULTILINE | re.IGNORECASE,
)
_LONE_CR = re.compile(r"\r(?!\n)")
_INVISIBLE = ("\ufeff", "\u200b", "\u00ad")  # BOM, zero-width space, soft hyphen: read as spaces
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")
# Container markers at a line's start, at any depth: "> > - [ ] ", "   1. ", "## "
_MD_LEAD = (
    r"^[ \t]*(?:(?:>|(?P<item>[-*+]|\d{1,9}[.)])(?=[ \t]|$))[ \t]*)*"  # quotes and list items
    r"(?:\[[ xX]\][ \t]|#{1,6}(?=[ \t]|$))?"  # a task box or a heading
)
_MD_INLINE_NOISE = re.compile(
    r"(?P<code>(`+)[^`\n].*?\2)"  # inline code
    r"|(?P<comment><!--.*?-->)"  # HTML comments
    r"|(?P<tag></?[A-Za-z][^>\n]*>)"  # inline HTML tags
    r"|(?P<target>\]\([^)\n]*\))"  # link and image targets
    r"|(?P<ref>^\s{0,3}\[[^\]\n]+\]:\s*\S+.*$)"  # link reference definitions
    rf"|(?P<lead>{_MD_LEAD})"  # block markers
    r"|(?P<marks>[*_~|\\]+|!?\[|\])",  # emphasis, table pipes, escapes, link brackets
    re.MULTILINE | re.DOTALL,
)


_ISO_DATE = re.compile(r"""\s*["']?(\d{4}-\d\d-\d\d)(?!\d)""")
_FRONT_MATTER_DATE = re.compile(r"^date[ \t]*[:=][ \t]*(?P<value>.*)$", re.MULTILINE)
_HTML_DATES = ("article:published_time", "time", "date")  # the order in which an HTML page's dates count


def iso_date(value: str) -> dt.date | None:
    """The date an ISO 8601 value opens with ('2026-03-03', '2026-03-03T09:30:00Z'), else None."""
    match = _ISO_DATE.match(value)
    if match:
        with contextlib.suppress(ValueError):
            return dt.date.fromisoformat(match.group(1))
    return None


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] not in "\r\n":
            chars[i] = " "


def format_for(path: str, declared: str | None = None) -> str:
    if declared:
        return declared
    if path.lower().endswith(MARKDOWN_SUFFIXES):
        return "markdown"
    if path.lower().endswith(DOCX_SUFFIXES):
        return "docx"
    return "html" if path.lower().endswith(HTML_SUFFIXES) else "text"


def build_document(text: str, path: str = "<text>", fmt: str = "text") -> Document:
    """A Document for `text` read as `fmt` ('text', 'markdown', 'html', or 'docx': the
    paragraphs of a Word file, one a line, as `word.docx_text` gives them)."""
    if "\r" in text:  # a lone CR (old Mac files) ends a line as LF does: one character for one
        text = _LONE_CR.sub("\n", text)
    starts = line_starts(text)
    date = None
    if fmt == "markdown":
        prose, blocks, date = _markdown(text, starts)
    elif fmt == "html":
        prose, blocks, date = _html(text, starts)
    elif fmt == "docx":
        prose, blocks = _lines(text, starts)
    else:
        prose, blocks = _plain(text)
    if "://" in prose or "www." in prose or "@" in prose:
        chars = list(prose)
        for match in _URL.finditer(prose):
            _blank(chars, match.start(), match.end())
        prose = "".join(chars)
    for invisible in _INVISIBLE:
        if invisible in prose:  # str.replace is many times faster than str.translate
            prose = prose.replace(invisible, " ")
    offsets = Offsets()
    if "\r\n" in prose or (fmt in ("markdown", "html") and "&" in prose):
        prose, offsets = _compact(prose, fmt in ("markdown", "html"), text if fmt == "markdown" else "")
        blocks = [(offsets.in_prose(start), offsets.in_prose(end)) for start, end in blocks]
    return Document(path, text, prose, tuple(blocks), starts, offsets, date)


_COMPACTED = re.compile(r"\r\n|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _compact(prose: str, references: bool, escapes: str) -> tuple[str, Offsets]:
    """`prose` with each CRLF read as LF and, with `references`, its character references
    decoded (a space, control or invisible character read as a space), and where each came
    from; a reference right after a backslash of `escapes` (the Markdown source) stays as written."""
    from html import unescape

    pieces: list[str] = []
    marks = tuple(array("q") for _ in range(4))  # Offsets' prose, length, start and end
    position = lost = 0  # lost: how many characters the prose is shorter than the file so far
    for match in _COMPACTED.finditer(prose):
        start, end = match.span()
        if match.group() == "\r\n":
            decoded = "\n"
        elif not references or (escapes and start and escapes[start - 1] == "\\"):
            continue
        else:
            decoded = unescape(match.group())
            if decoded == match.group():
                continue  # no such name
            decoded = decoded if decoded and decoded.isprintable() else " "
        pieces += (prose[position:start], decoded)
        for mark, value in zip(marks, (start - lost, len(decoded), start, end), strict=True):
            mark.append(value)
        lost += end - start - len(decoded)
        position = end
    pieces.append(prose[position:])
    return "".join(pieces), Offsets(*marks)


def _plain(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Plain text: paragraphs; a suppression directive on a line of its own is no prose."""
    prose = _without_directives(text)
    return prose, _paragraphs(prose, 0, len(prose))


def _lines(text: str, starts: Sequence[int]) -> tuple[str, list[tuple[int, int]]]:
    """A Word file's paragraphs, one a line: each line with text is a block; a suppression
    directive in a paragraph of its own is no prose."""
    prose = _without_directives(text)
    ends = [start - 1 for start in starts[1:]] + [len(text)]
    return prose, [(start, end) for start, end in zip(starts, ends, strict=True) if prose[start:end].strip()]


def _without_directives(text: str) -> str:
    if "numcheck:" not in text:
        return text
    chars = list(text)
    for match in DIRECTIVE_LINE.finditer(text):
        _blank(chars, match.start(), match.end())
    return "".join(chars)


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


MAX_NESTING = 100  # Markdown containers markdown-it opens (3 stack frames each at most)
_MD_LEAD_LINE = re.compile(_MD_LEAD, re.MULTILINE)


def _markdown(text: str, starts: Sequence[int]) -> tuple[str, list[tuple[int, int]], dt.date | None]:
    """Prose and blocks of a Markdown document, and the date its front matter gives."""
    from markdown_it import MarkdownIt

    front = _front_matter_end(text)
    declared = _FRONT_MATTER_DATE.search(text, 0, front)
    date = iso_date(declared.group("value")) if declared else None
    parse_text = "\n" * text.count("\n", 0, front) + text[front:]
    tokens = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).enable("table").parse(parse_text)
    chars = [c if c in "\r\n" else " " for c in text]
    blocks: list[tuple[int, int]] = []

    def inline(start: int, end: int) -> None:
        chars[start:end] = text[start:end]
        for match in _MD_INLINE_NOISE.finditer(text, start, end):
            _blank(chars, match.start(), match.end())
            if match.lastgroup == "marks" and "|" in match.group():  # a table's cells are clauses
                chars[match.start() + match.group().index("|")] = ";"

    def span(first: int, last: int) -> tuple[int, int]:
        return starts[first], starts[last] if last < len(starts) else len(text)

    for token in tokens:
        if token.type != "inline" or not token.map:
            continue
        start, end = span(*token.map)
        if start < front:
            continue
        inline(start, end)
        if token.content.strip():
            blocks.append((start, end))
    blocks += _too_deep(tokens, span, inline, text)
    blocks.sort()
    merged: list[tuple[int, int]] = []
    for block in blocks:  # table cells share their row's lines: one block per row
        if merged and block[0] < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(block[1], merged[-1][1]))
        else:
            merged.append(block)
    return "".join(chars), merged, date


def _too_deep(
    tokens: list[Token],
    span: Callable[[int, int], tuple[int, int]],
    inline: Callable[[int, int], None],
    text: str,
) -> list[tuple[int, int]]:
    """The blocks of the lines inside containers nested MAX_NESTING deep, which markdown-it
    leaves unread: each line is prose after its markers; a blank one or a list item starts a
    new block."""
    covered = {line for t in tokens if t.nesting == 0 and t.map for line in range(*t.map)}
    lines = sorted(
        {
            line
            for t in tokens
            if t.nesting == 1 and t.level == MAX_NESTING - 1 and t.map
            for line in range(*t.map)
            if line not in covered
        }
    )
    blocks: list[tuple[int, int]] = []
    for line in lines:
        start, end = span(line, line + 1)
        lead = _MD_LEAD_LINE.match(text, start, end)
        body = lead.end() if lead else start
        if not text[body:end].strip():
            continue
        inline(start, end)
        if blocks and blocks[-1][1] == start and not (lead and lead.group("item")):
            blocks[-1] = (blocks[-1][0], end)
        else:
            blocks.append((start, end))
    return blocks


_BLOCK_TAGS = frozenset(
    "address article aside blockquote body br caption dd details div dl dt fieldset figcaption figure footer "
    "form h1 h2 h3 h4 h5 h6 head header hr html legend li main nav ol p pre section summary table tbody td "
    "tfoot th thead title tr ul".split()
)
_BROKEN_DECLARATION = re.compile(r"<!\[(?!CDATA\[)")
_SKIPPED_TAGS = frozenset("script style noscript template code pre svg math textarea".split())
_WRITTEN_REFERENCE = re.compile(r"&#?[\w.-]*;?")  # as html.parser reads one, semicolon optional


def _html(text: str, starts: Sequence[int]) -> tuple[str, list[tuple[int, int]], dt.date | None]:
    """Prose of an HTML document: text nodes outside script, style and code, with character
    references as written; block elements end blocks. And the date the page declares
    (`_HTML_DATES`)."""
    from html.parser import HTMLParser

    chars = [c if c in "\r\n" else " " for c in text]
    breaks = [0, len(text)]
    dates: dict[str, dt.date] = {}  # the first date of each kind the page declares

    class Prose(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=False)
            self.skipping = 0

        def here(self) -> int:
            line, column = self.getpos()
            return starts[line - 1] + column

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in ("meta", "time") and not self.skipping:
                self.date(tag, dict(attrs))
            if tag in _SKIPPED_TAGS:
                self.skipping += 1
            if tag in _BLOCK_TAGS or tag in _SKIPPED_TAGS:
                breaks.append(self.here())

        def date(self, tag: str, attrs: dict[str, str | None]) -> None:
            if tag == "time":
                kind, value = "time", attrs.get("datetime")
            elif (attrs.get("property") or "").lower() == "article:published_time":
                kind, value = "article:published_time", attrs.get("content")
            elif (attrs.get("name") or "").lower() == "date":
                kind, value = "date", attrs.get("content")
            else:
                return
            date = iso_date(value or "")
            if date is not None:
                dates.setdefault(kind, date)

        def handle_endtag(self, tag: str) -> None:
            if tag in _SKIPPED_TAGS and self.skipping:
                self.skipping -= 1
            if tag in _BLOCK_TAGS or tag in _SKIPPED_TAGS:
                breaks.append(self.here())

        def handle_data(self, data: str) -> None:
            if not self.skipping:
                start = self.here()
                chars[start : start + len(data)] = data

        def _reference(self) -> None:
            """A character reference, copied as written (decoded with the rest of the prose)."""
            if not self.skipping:
                start = self.here()
                match = _WRITTEN_REFERENCE.match(text, start)
                end = match.end() if match else start + 1
                chars[start:end] = text[start:end]

        def handle_entityref(self, name: str) -> None:
            self._reference()

        def handle_charref(self, name: str) -> None:
            self._reference()

    parser = Prose()
    # html.parser asserts on a malformed "<![...": such a run is no markup; same length, so positions hold
    parser.feed(_BROKEN_DECLARATION.sub(" ![", text))
    parser.close()
    prose = "".join(chars)
    blocks = []
    for start, end in itertools.pairwise(sorted(set(breaks))):
        blocks.extend(_paragraphs(prose, start, end))
    return prose, blocks, next((dates[kind] for kind in _HTML_DATES if kind in dates), None)
