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
code; entities are decoded in place.

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

import regex as re

from numcheck.read.document import Document, line_starts
from numcheck.read.rx import rx

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
    return Document(path, text, prose, tuple(blocks), starts, date)


def _plain(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Plain text: paragraphs; a suppression directive on a line of its own is no prose."""
    prose = _without_directives(text)
    return prose, _paragraphs(prose, 0, len(prose))


def _lines(text: str, starts: tuple[int, ...]) -> tuple[str, list[tuple[int, int]]]:
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


def _markdown(text: str, starts: tuple[int, ...]) -> tuple[str, list[tuple[int, int]], dt.date | None]:
    """Prose and blocks of a Markdown document, and the date its front matter gives."""
    from markdown_it import MarkdownIt

    front = _front_matter_end(text)
    declared = _FRONT_MATTER_DATE.search(text, 0, front)
    date = iso_date(declared.group("value")) if declared else None
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
            if match.lastgroup == "marks" and "|" in match.group():  # a table's cells are clauses
                chars[match.start() + match.group().index("|")] = ";"
        if token.content.strip():
            blocks.append((start, end))
    blocks.sort()
    merged: list[tuple[int, int]] = []
    for block in blocks:  # table cells share their row's lines: one block per row
        if merged and block[0] < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(block[1], merged[-1][1]))
        else:
            merged.append(block)
    return "".join(chars), merged, date


_BLOCK_TAGS = frozenset(
    "address article aside blockquote body br caption dd details div dl dt fieldset figcaption figure footer "
    "form h1 h2 h3 h4 h5 h6 head header hr html legend li main nav ol p pre section summary table tbody td "
    "tfoot th thead title tr ul".split()
)
_BROKEN_DECLARATION = re.compile(r"<!\[(?!CDATA\[)")
_SKIPPED_TAGS = frozenset("script style noscript template code pre svg math textarea".split())


def _html(text: str, starts: tuple[int, ...]) -> tuple[str, list[tuple[int, int]], dt.date | None]:
    """Prose of an HTML document: text nodes outside script, style and code, with entities
    decoded in place (padded with spaces); block elements end blocks. And the date the page
    declares (`_HTML_DATES`)."""
    from html import unescape
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

        def _reference(self, written: str) -> None:
            if self.skipping:
                return
            start = self.here()
            decoded = unescape(written)
            decoded = " " if decoded in ("\u00a0", "\u202f") else decoded
            if len(decoded) <= len(written):
                chars[start : start + len(written)] = decoded + " " * (len(written) - len(decoded))

        def handle_entityref(self, name: str) -> None:
            self._reference(f"&{name};")

        def handle_charref(self, name: str) -> None:
            self._reference(f"&#{name};")

    parser = Prose()
    # html.parser asserts on a malformed "<![...": such a run is no markup; same length, so positions hold
    parser.feed(_BROKEN_DECLARATION.sub(" ![", text))
    parser.close()
    prose = "".join(chars)
    blocks = []
    for start, end in itertools.pairwise(sorted(set(breaks))):
        blocks.extend(_paragraphs(prose, start, end))
    return prose, blocks, next((dates[kind] for kind in _HTML_DATES if kind in dates), None)
