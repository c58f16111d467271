"""An article as the HTML report shows it: its prose as a reader sees it, each claim marked in place.

Job: turn an article's text, in the format it was read as, and the spans of its claims into
HTML. Plain text is shown as written, line ends kept. Markdown is rendered as it is read
(markdown-it-py, CommonMark with tables): headings, lists, quotes, emphasis, links, code and
tables, front matter left out, raw HTML dropped, an image shown by its alt text. An HTML
article is shown as its prose, one paragraph for each block of it. `shown` gives a piece of
an article (a claim's surface, a sentence) as a reader sees it, on one line.

Limits: pure. Every character of the article is escaped (by markdown-it-py, or here through
markupsafe); nothing the article says becomes markup of the page. A claim whose span crosses
emphasis or a link is marked in pieces, the first carrying its id, so the marks nest. Should
a claim's mark land anywhere but in text (never seen: claims are prose), the Markdown is
shown as its prose by blocks, as HTML is.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import regex as re
from markupsafe import Markup, escape

from numcheck.read.markup import _front_matter_end, build_document

_OPEN, _CLOSE = "\ue000", "\ue001"  # private-use characters, marking where each claim starts and ends
_OURS = str.maketrans({_OPEN: "\ufffd", _CLOSE: "\ufffd"})
_TAG_OR_SENTINEL = re.compile(r"<[^>]*>|[\ue000\ue001]")


@dataclass(frozen=True)
class Span:
    """A claim's place in the article, and the mark that shows it."""

    start: int  # character offsets into the article's text
    end: int
    tag: Markup  # the opening <mark> tag, with the claim's id
    again: Markup  # the same mark without the id, reopened after markup inside the claim


def render(text: str, fmt: str, spans: Sequence[Span]) -> Markup:
    """The article's text in `fmt` with every span marked (spans in order, not overlapping)."""
    if fmt == "text":
        return Markup('<div class="text">{}</div>').format(_marked(text, 0, len(text), spans))
    body = _markdown(text, spans) if fmt == "markdown" else None
    if body is None:
        document = build_document(text, "<shown>", fmt)
        to_prose = document.offsets.in_prose  # the spans index the file; the prose may be shorter
        in_prose = [replace(s, start=to_prose(s.start), end=to_prose(s.end)) for s in spans]
        body = Markup("").join(
            Markup("<p>{}</p>\n").format(_marked(document.prose, start, end, in_prose))
            for start, end in document.blocks
        )
    return Markup('<div class="text prose">{}</div>').format(body)


@functools.lru_cache(maxsize=4096)
def shown(piece: str, fmt: str) -> str:
    """A piece of an article in `fmt` as a reader sees it: its prose, on one line."""
    prose = piece if fmt == "text" else build_document(piece, "<shown>", fmt).prose
    return " ".join(prose.split())


def _marked(text: str, start: int, end: int, spans: Sequence[Span]) -> Markup:
    """text[start:end], escaped, with the spans that start in it marked."""
    out, position = [], start
    for span in spans:
        if start <= span.start < end:
            out += [escape(text[position : span.start]), span.tag, escape(text[span.start : span.end])]
            out.append(Markup("</mark>"))
            position = span.end
    out.append(escape(text[position:end]))
    return Markup("").join(out)


@functools.lru_cache(maxsize=1)
def _parser():  # type: ignore[no-untyped-def]
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark").enable("table")
    parser.add_render_rule("html_block", lambda *_: "")
    parser.add_render_rule("html_inline", lambda *_: "")
    parser.add_render_rule("image", _alt_text)
    return parser


def _alt_text(self: Any, tokens: Any, index: int, options: Any, env: Any) -> str:
    return f'<span class="alt">{self.renderInline(tokens[index].children, options, env)}</span>'


def _markdown(text: str, spans: Sequence[Span]) -> Markup | None:
    """Rendered Markdown with the spans marked, or None if a mark would land outside text."""
    front = _front_matter_end(text)
    source, position = [], front
    for span in spans:  # the article's own private-use characters are not taken for ours
        source += [text[position : span.start].translate(_OURS), _OPEN]
        source += [text[span.start : span.end].translate(_OURS), _CLOSE]
        position = span.end
    source.append(text[position:].translate(_OURS))
    return _place_marks(_parser().render("".join(source)), spans)


def _place_marks(html: str, spans: Sequence[Span]) -> Markup | None:
    """The rendered Markdown with its sentinels made marks: a claim's mark is closed before
    each tag inside it and opened again after it, and every piece but the last is `data-cut`
    (the severity's symbol follows the last)."""
    out: list[str] = []
    claim, inside, opened = -1, False, False  # opened: a <mark> is open now
    pieces: list[int] = []  # where the current claim's pieces open, in `out`
    position = 0
    for match in _TAG_OR_SENTINEL.finditer(html):
        between = html[position : match.start()]
        if inside and not opened and between.strip():
            pieces.append(len(out))
            out.append(spans[claim].again if len(pieces) > 1 else spans[claim].tag)
            opened = True
        out.append(between)
        token = match.group()
        if token == _OPEN:
            if inside or claim + 1 >= len(spans):
                return None
            claim, inside, pieces = claim + 1, True, []
        elif token == _CLOSE:
            if not inside:
                return None
            if opened:
                out.append("</mark>")
            for index in pieces[:-1]:
                out[index] = str(out[index]).replace("<mark", '<mark data-cut=""', 1)
            inside = opened = False
        elif _OPEN in token or _CLOSE in token:
            return None
        else:
            if opened:
                out.append("</mark>")
                opened = False
            out.append(token)
        position = match.end()
    out.append(html[position:])
    return Markup("".join(out)) if not inside and claim == len(spans) - 1 else None
