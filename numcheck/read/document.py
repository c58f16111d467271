"""The document model: an article's characters, its prose and its block structure.

Job: hold one input text as decoded (CRLF line ends included; a lone CR, an old Mac line
end, read as LF, one character for one), so that offsets, lines and columns point into the
original file, beside `prose`, the text that is read: a copy in which markup, code, URLs and
anything else that is not running text is blanked out, and the blocks (paragraphs, headings,
list items, table cells) that a sentence never crosses, and the article's date where its
markup declares one (Markdown front matter, HTML meta and time elements). The prose is as long
as the file, character for character, except where a CRLF is read as LF or a character
reference of Markdown or HTML (`&pound;`, `&#44;`) was decoded: `offsets` then maps the
prose's offsets back to the file's.

Limits: pure. Turning Markdown into prose is `markup`'s job; reading files is `inputs`'.
"""

from __future__ import annotations

import bisect
import datetime as dt
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Offsets:
    """Where the prose lies in the file: one mark per CRLF read as LF and per decoded character
    reference, in order (arrays: a CRLF file has a mark per line). Between marks the prose and
    the file go one for one; a mark's prose characters all come from the whole mark as written.
    No marks: the prose is the file's length."""

    prose: array[int] = field(default_factory=lambda: array("q"))  # prose offset of each mark
    length: array[int] = field(default_factory=lambda: array("q"))  # its characters in the prose (1 or 2)
    start: array[int] = field(default_factory=lambda: array("q"))  # file offset of the mark as written
    end: array[int] = field(default_factory=lambda: array("q"))  # file offset one past it

    def char(self, offset: int) -> tuple[int, int]:
        """The file's [start, end) of the prose's character at `offset`."""
        k = bisect.bisect_right(self.prose, offset) - 1
        if k < 0:
            return offset, offset + 1
        if offset < self.prose[k] + self.length[k]:
            return self.start[k], self.end[k]
        shift = self.end[k] - self.prose[k] - self.length[k]
        return offset + shift, offset + shift + 1

    def in_prose(self, offset: int) -> int:
        """The prose offset of a file offset, or of the mark it is inside."""
        k = bisect.bisect_right(self.start, offset) - 1
        if k < 0:
            return offset
        if offset < self.end[k]:
            return self.prose[k]
        return offset - (self.end[k] - self.prose[k] - self.length[k])


@dataclass(frozen=True)
class Document:
    path: str  # as given by the user; "<stdin>" or "<text>" when there is no file
    text: str  # the decoded file, character for character
    prose: str  # the text read: non-prose blanked to spaces, CRLF read as LF, references decoded
    blocks: tuple[tuple[int, int], ...]  # (start, end) prose offsets of each block of prose
    line_starts: Sequence[int]  # offset in the file of the first character of each line (`line_starts`)
    offsets: Offsets = field(default_factory=Offsets)  # prose -> file, where the two differ
    date: dt.date | None = None  # the article's date as its markup declares it; None if it does not

    def in_file(self, start: int, end: int) -> tuple[int, int]:
        """The file's [start, end) of the prose's [start, end)."""
        if not self.offsets.prose:
            return start, end
        first = self.offsets.char(start)[0]
        return first, (self.offsets.char(end - 1)[1] if end > start else first)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset in the file; columns count characters."""
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def prose_in_place(self) -> str:
        """The prose laid over the file: as long as `text`, non-prose blank, and each mark as
        written, so that file offsets index it."""
        if not self.offsets.prose:
            return self.prose
        o, pieces, position = self.offsets, [], 0
        for prose, length, start, end in zip(o.prose, o.length, o.start, o.end, strict=True):
            pieces += (self.prose[position:prose], self.text[start:end])
            position = prose + length
        pieces.append(self.prose[position:])
        return "".join(pieces)


def line_starts(text: str) -> array[int]:
    """The offset of each line's first character (an array: 8 bytes a line, not an int object)."""
    starts = array("q", [0])
    position = text.find("\n")
    while position >= 0:
        starts.append(position + 1)
        position = text.find("\n", position + 1)
    return starts
