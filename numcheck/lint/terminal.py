"""What text looks like on a terminal: escapes, display widths, cuts, colour and width.

Job: write control characters as escapes (`printable`), so that a file name or an article
can neither start a line of its own nor drive the terminal; measure text in terminal
columns (a CJK character takes two, a combining accent none: wcwidth's tables); cut a cell
to a width with '…'; decide whether to colour (NO_COLOR disables, FORCE_COLOR forces, else
only a terminal that is not 'dumb') and how wide the report may be (COLUMNS, else the
terminal's width, else 100).

Limits: reads the environment and asks the terminal its size; writes nothing.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Mapping
from functools import cache

DEFAULT_WIDTH = 100  # the width of a report that goes to no terminal, and of `numcheck table`
ELLIPSIS = "…"
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def printable(value: str) -> str:
    """`value` with its control characters written out as escapes ('\\n', '\\x1b'), so that
    a file name or an article shown on a terminal can neither start a line of its own nor
    move the cursor or change colours."""
    return _CONTROL.sub(lambda match: repr(match.group())[1:-1], value)


@cache
def char_width(char: str) -> int:
    """The columns one printable character takes: 2 for a wide (East Asian) character, 0 for
    a combining mark or a zero-width one, else 1."""
    from wcwidth import wcwidth

    return max(wcwidth(char), 0)


def width(text: str) -> int:
    """The columns `text` (already printable) takes on a terminal."""
    return len(text) if text.isascii() else sum(char_width(c) for c in text)


def cut(text: str, columns: int) -> str:
    """`text` (already printable) in at most `columns` columns, ending in '…' when cut."""
    if width(text) <= columns:
        return text
    kept, used = [], 0
    for char in text:
        if used + char_width(char) > columns - 1:
            break
        kept.append(char)
        used += char_width(char)
    return "".join(kept) + ELLIPSIS


def pad(text: str, columns: int) -> str:
    """`text` (already printable) followed by spaces up to `columns` columns."""
    return text + " " * (columns - width(text))


def wants_colour(terminal: bool, environ: Mapping[str, str] = os.environ) -> bool:
    """Colour for a stream: never with NO_COLOR set (no-color.org), always with FORCE_COLOR
    set (force-color.org), else only on a terminal that is not 'dumb'."""
    if environ.get("NO_COLOR"):
        return False
    if environ.get("FORCE_COLOR"):
        return True
    return terminal and environ.get("TERM") != "dumb"


def report_width() -> int:
    """The columns a report may take: COLUMNS when set, else the terminal's width, else 100
    (at least 40)."""
    return max(shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns, 40)
