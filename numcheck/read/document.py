"""The document model: an article's characters, its prose and its block structure.

Job: hold one input text as decoded (CRLF line ends included; a lone CR, an old Mac line
end, read as LF, one character for one), so that offsets, lines and columns point into the
original file, beside `prose`, a copy of the same length in which markup, code, URLs and
anything else that is not running text is blanked out, and the blocks (paragraphs, headings,
list items, table cells) that a sentence never crosses, and the article's date where its
markup declares one (Markdown front matter, HTML meta and time elements).

Limits: pure. Turning Markdown into prose is `markup`'s job; reading files is `reader`'s.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Document:
    path: str  # as given by the user; "<stdin>" or "<text>" when there is no file
    text: str  # the decoded file, character for character
    prose: str  # same length as text: non-prose characters replaced by spaces
    blocks: tuple[tuple[int, int], ...]  # (start, end) character offsets of each block of prose
    line_starts: tuple[int, ...]  # offset of the first character of each line
    date: dt.date | None = None  # the article's date as its markup declares it; None if it does not

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset; columns count characters."""
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1


def line_starts(text: str) -> tuple[int, ...]:
    starts = [0]
    position = text.find("\n")
    while position >= 0:
        starts.append(position + 1)
        position = text.find("\n", position + 1)
    return tuple(starts)
